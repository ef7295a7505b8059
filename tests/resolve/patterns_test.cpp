// Restricted pattern variables, months()/quarters()/years(), year_ago()/growth_yoy(), and the lint
// of segments that look like undeclared variables.
#include <gtest/gtest.h>

#include "resolve_helpers.hpp"

namespace crossfoot {
namespace {

using resolve_test::describe;
using resolve_test::only_error;
using resolve_test::resolve_text;

TEST(Patterns, RestrictionsResolve) {
  auto r = resolve_text(
      "rule a: for each A, F in {exports, imports}: A.jan_sep.F >= A.sep.F\n"
      "rule b: for each X, F in levels: X.F >= 0\n"
      "rule c: for each A, P in months, F: A.P.F >= 0\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const auto& rules = r.rules->rules;
  ASSERT_EQ(rules[0].restrictions.size(), 2u);
  EXPECT_EQ(rules[0].restrictions[0].what, binds::anything);
  EXPECT_EQ(rules[0].restrictions[1].what, binds::members);
  EXPECT_EQ(rules[0].restrictions[1].members, (std::vector<std::string>{"exports", "imports"}));
  EXPECT_EQ(rules[1].restrictions[1].what, binds::levels);
  EXPECT_TRUE(rules[1].restrictions[1].on_figures());
  EXPECT_EQ(rules[2].restrictions[1].what, binds::months);
  EXPECT_TRUE(rules[2].restrictions[1].on_period());
}

TEST(Patterns, UnknownKindSuggestsTheClosest) {
  EXPECT_EQ(only_error("rule r: for each F in lvels: x.F >= 0"),
            "CF3024 1:23 unknown kind 'lvels' after 'in'; did you mean 'levels'?; a variable can "
            "be restricted to levels, shares, growth_rates, changes, periods, years, quarters, "
            "months");
}

TEST(Patterns, AKindOfFigureNeedsAReferenceTheVariableEnds) {
  EXPECT_EQ(only_error("rule r: for each X in levels: X.total >= 0"),
            "CF3025 1:23 'X in levels' restricts the figures X names, but no reference ends with "
            "X");
}

TEST(Patterns, ANameListedTwice) {
  EXPECT_EQ(only_error("rule r: for each F in {exports, exports}: x.F >= 0"),
            "CF3026 1:33 'exports' is listed twice after 'F in'");
}

TEST(Patterns, PartsOnlyInsideSums) {
  EXPECT_EQ(only_error("rule r: for each A, P in periods: A.P == months(A.P)"),
            "CF3027 1:42 months() names a set of figures: use it inside sum, min or max");
}

TEST(Patterns, PartsNeedAPeriodSegment) {
  EXPECT_EQ(only_error("rule r: for each A: A.x == sum(months(A.x))"),
            "CF3028 1:39 months(), quarters() and years() take a reference with a period "
            "segment: a period such as 2019, or a variable declared 'in periods'");
  auto ok = resolve_text("rule r: ea19.2019.exports == sum(months(ea19.2019.exports))");
  EXPECT_TRUE(ok.rules) << render_all(ok.diags);
}

TEST(Patterns, PartsCannotBindVariables) {
  EXPECT_EQ(only_error("rule r: for each A, P in periods: x.P == sum(months(A.P))"),
            "CF3029 1:53 variable 'A' is used only inside months(), quarters() or years(); name "
            "the whole period's figure too, as in 'A.P.F == sum(months(A.P.F))'");
}

TEST(Patterns, YearAgoAndYoyAreFunctions) {
  auto r = resolve_text(
      "rule r: for each X: growth_yoy(X.exports + X.imports) == X.total.growth_yoy\n"
      "rule s: for each X: year_ago(X) >= 0");
  EXPECT_TRUE(r.rules) << render_all(r.diags);
  EXPECT_EQ(only_error("rule r: growth_yoy(a * b) == c"),
            "CF3014 1:20 growth_yoy() applies to figures and their sums and differences");
}

// "lint warns on an upper-case segment that looks like an undeclared variable"
TEST(Patterns, UpperCaseSegmentsThatLookLikeVariablesAreWarned) {
  auto r = resolve_text("rule r: for each X: X.exports <= Y.total");
  ASSERT_TRUE(r.rules);  // a warning only: `Y` may be a real id
  ASSERT_EQ(r.diags.items().size(), 1u) << render_all(r.diags);
  EXPECT_EQ(r.diags.items()[0].level, severity::warning);
  EXPECT_EQ(describe(r.diags.items()[0]),
            "CF3030 1:34 'Y' looks like a pattern variable, but 'for each' declares X; it is read "
            "as a figure named 'Y'");
  auto none = resolve_text("rule r: EU27.exports <= trade.exports");
  EXPECT_TRUE(none.diags.items().empty()) << render_all(none.diags);
  auto plain = resolve_text("rule r: X.exports <= trade.exports");
  ASSERT_EQ(plain.diags.items().size(), 1u);
  EXPECT_EQ(plain.diags.items()[0].message,
            "'X' looks like a pattern variable, but the rule has no 'for each'; it is read as a "
            "figure named 'X'");
}

}  // namespace
}  // namespace crossfoot
