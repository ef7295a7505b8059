// Period segments in references and restricted pattern variables (`for each F in {...}`,
// `for each F in levels`).
#include "lang_test_util.hpp"

namespace crossfoot::syntax {
namespace {

using testing::check_of;
using testing::expect_error;
using testing::parse_ok;

// "ea19.2019-09.exports" is one reference with a period segment, not arithmetic.
TEST(Periods, APeriodSegmentIsOneSegment) {
  EXPECT_EQ(check_of("ea19.2019-09.exports >= 0"), "(ea19.2019-09.exports >= 0)");
  EXPECT_EQ(check_of("x.2019-Q3 == x.2019"), "(x.2019-Q3 == x.2019)");
  EXPECT_EQ(check_of("x.2019-01/2019-09.exports > 0"), "(x.2019-01/2019-09.exports > 0)");
}

// As in a TOML key, a period may be quoted.
TEST(Periods, QuotedPeriods) {
  EXPECT_EQ(check_of("x.\"2019-01/2019-09\".exports > 0"), "(x.2019-01/2019-09.exports > 0)");
  EXPECT_EQ(check_of("x.\"2019-01..2019-09\" > 0"), "(x.2019-01/2019-09 > 0)");
  expect_error("rule r: x.\"exports\" > 0", "CF1018", 1, 12,
               "'exports' is not a period: a quoted segment must be a period; write spaces "
               "around '-' and '/' for arithmetic");
}

TEST(Periods, SegmentsAreCanonical) {
  // Every way of writing a period names the same figure.
  EXPECT_EQ(check_of("x.2019M09 == x.2019q3"), "(x.2019-09 == x.2019-Q3)");
  EXPECT_EQ(check_of("x.2019-01..2019-09 > 0"), "(x.2019-01/2019-09 > 0)");
}

TEST(Periods, ArithmeticNeedsSpaces) {
  EXPECT_EQ(check_of("x.2019 - 9 == y"), "((x.2019 - 9) == y)");
  EXPECT_EQ(check_of("x.2019 / 2019 == y"), "((x.2019 / 2019) == y)");
  // Division by a number that is not a year stays division.
  EXPECT_EQ(check_of("x.2019/12 == y"), "((x.2019 / 12) == y)");
}

TEST(Periods, NumericNamesStayNames) {
  // An HS heading outside the year range is a plain segment.
  EXPECT_EQ(check_of("hs.8703.exports >= 0"), "(hs.8703.exports >= 0)");
}

TEST(Periods, MalformedPeriodsAreErrors) {
  expect_error("rule r: x.2019-13 > 0", "CF1018", 1, 11,
               "'2019-13' is not a period: month 13 out of range 01..12; write spaces around "
               "'-' and '/' for arithmetic");
  expect_error("rule r: x.2019-9 > 0", "CF1018", 1, 11,
               "'2019-9' is not a period: expected a year, a quarter (2019-Q3) or a month "
               "(2019-09); write spaces around '-' and '/' for arithmetic");
  expect_error("rule r: x.10x > 0", "CF1018", 1, 11,
               "'10x' is not a period: a segment that starts with a digit is a period or a "
               "number; write spaces around '-' and '/' for arithmetic");
}

TEST(Restrictions, SetsOfNames) {
  auto f = parse_ok("rule r: for each A, F in {exports, imports.value}: A.jan_sep.F >= A.sep.F");
  const rule_stmt& r = f.rules.at(0);
  ASSERT_EQ(r.restrictions.size(), 2u);
  EXPECT_TRUE(r.restrictions[0].empty());
  EXPECT_EQ(r.restrictions[1].members, (std::vector<std::string>{"exports", "imports.value"}));
  EXPECT_EQ(r.restrictions[1].member_ranges.at(1).text(), "imports.value");
  EXPECT_EQ(r.restrictions[1].range.text(), "{exports, imports.value}");
  EXPECT_EQ(r.vars, (std::vector<std::string>{"A", "F"}));
}

TEST(Restrictions, PeriodsInSetsAreCanonical) {
  auto f = parse_ok("rule r: for each A, P in {2019M09, 2018-09}: A.P.exports >= 0");
  EXPECT_EQ(f.rules[0].restrictions[1].members, (std::vector<std::string>{"2019-09", "2018-09"}));
}

TEST(Restrictions, Kinds) {
  auto f = parse_ok("rule r: for each X in levels, P in periods: X.P >= 0");
  EXPECT_EQ(f.rules[0].restrictions[0].kind, "levels");
  EXPECT_EQ(f.rules[0].restrictions[1].kind, "periods");
  EXPECT_EQ(f.rules[0].restrictions[1].range.text(), "periods");
}

TEST(Restrictions, AVariableNamedInIsStillAVariable) {
  EXPECT_EQ(parse_ok("rule r: for each in: in.x > 0").rules[0].vars,
            (std::vector<std::string>{"in"}));
}

TEST(Restrictions, Errors) {
  expect_error("rule r: for each F in : F > 0", "CF1019", 1, 23,
               "expected '{' and names, or a kind such as levels or periods, after 'in', got ':'");
  expect_error("rule r: for each F in {}: F > 0", "CF1020", 1, 24,
               "expected a name inside '{ }', got '}'");
  expect_error("rule r: for each F in {a, b: F > 0", "CF1021", 1, 28,
               "expected '}' after the names, got ':'");
}

}  // namespace
}  // namespace crossfoot::syntax
