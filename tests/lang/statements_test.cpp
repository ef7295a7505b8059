// Statements of the rules language: rule, let, include; severities, descriptions, pattern
// variables, tolerances, comments and free-form line breaks.
#include "lang_test_util.hpp"

namespace crossfoot::syntax {
namespace {

using testing::parse_ok;
using testing::show;

TEST(Statements, RuleWithSeverityDescriptionAndPattern) {
  auto f = parse_ok(
      "# comment\nrule family_flows_sum warning \"a family's flows add up\":\n"
      "    for each X, Y: X.exports + X.imports == X.total   # trailing\n");
  ASSERT_EQ(f.rules.size(), 1u);
  const rule_stmt& r = f.rules[0];
  EXPECT_EQ(r.name, "family_flows_sum");
  EXPECT_EQ(r.level, rule_severity::warning);
  EXPECT_EQ(r.description, "a family's flows add up");
  EXPECT_EQ(r.vars, (std::vector<std::string>{"X", "Y"}));
  EXPECT_EQ(r.check_text, "X.exports + X.imports == X.total");
  EXPECT_EQ(show(r.check), "((X.exports + X.imports) == X.total)");
  EXPECT_FALSE(r.within);
  EXPECT_TRUE(f.lets.empty());
  EXPECT_TRUE(f.includes.empty());
}

// "(severity defaults to error)"
TEST(Statements, SeverityDefaultsToError) {
  EXPECT_EQ(parse_ok("rule r: a == b").rules[0].level, rule_severity::error);
  EXPECT_EQ(parse_ok("rule r \"d\": a == b").rules[0].level, rule_severity::error);
}

TEST(Statements, EverySeverity) {
  EXPECT_EQ(parse_ok("rule r error: a == b").rules[0].level, rule_severity::error);
  EXPECT_EQ(parse_ok("rule r warning: a == b").rules[0].level, rule_severity::warning);
  EXPECT_EQ(parse_ok("rule r info: a == b").rules[0].level, rule_severity::info);
  EXPECT_EQ(parse_ok("rule r info \"d\": a == b").rules[0].description, "d");
}

TEST(Statements, DescriptionIsOptionalAndKeptAsWritten) {
  EXPECT_EQ(parse_ok("rule r: a == b").rules[0].description, "");
  // A '#' inside a string is text, not a comment; non-ASCII text is kept byte for byte.
  EXPECT_EQ(parse_ok("rule r \"shares # of 100%, ±0.1 – ok\": a == b").rules[0].description,
            "shares # of 100%, ±0.1 – ok");
  EXPECT_EQ(parse_ok("rule r \"\": a == b").rules[0].description, "");
}

TEST(Statements, ForEachWithSeveralVariables) {
  auto f = parse_ok("rule r: for each A, B ,C,D_2: A.x + B.x + C.x == D_2.x");
  ASSERT_EQ(f.rules.size(), 1u);
  EXPECT_EQ(f.rules[0].vars, (std::vector<std::string>{"A", "B", "C", "D_2"}));
  ASSERT_EQ(f.rules[0].var_ranges.size(), 4u);
  EXPECT_EQ(f.rules[0].var_ranges[2].text(), "C");
  EXPECT_EQ(f.rules[0].var_ranges[3].text(), "D_2");
  EXPECT_EQ(f.rules[0].check_text, "A.x + B.x + C.x == D_2.x");
}

TEST(Statements, RuleWithoutPatternHasNoVariables) {
  auto f = parse_ok("rule r: a == b");
  EXPECT_TRUE(f.rules[0].vars.empty());
  EXPECT_TRUE(f.rules[0].var_ranges.empty());
}

// "`within 0.1%` … `within 0.2pp` and `within 0.01 [RMB trillion]` are absolute."
TEST(Statements, WithinToleranceKinds) {
  auto f = parse_ok(
      "rule a: x == y within 0.1%\nrule b: x == y within 0.2pp\n"
      "rule c: x == y within 0.01 [ RMB trillion ]\nrule d: x == y within 5\n"
      "rule e: x == y\n   within\n   1e-3 %\n");
  ASSERT_EQ(f.rules.size(), 5u);
  for (const auto& r : f.rules) ASSERT_TRUE(r.within) << r.name;
  EXPECT_EQ(f.rules[0].within->lit, literal_kind::percent);
  EXPECT_DOUBLE_EQ(f.rules[0].within->number, 0.1);
  EXPECT_EQ(f.rules[0].within->range.text(), "0.1%");
  EXPECT_EQ(f.rules[1].within->lit, literal_kind::points);
  EXPECT_DOUBLE_EQ(f.rules[1].within->number, 0.2);
  EXPECT_EQ(f.rules[2].within->lit, literal_kind::level);
  EXPECT_DOUBLE_EQ(f.rules[2].within->number, 0.01);
  EXPECT_EQ(f.rules[2].within->unit_text, "RMB trillion");
  EXPECT_EQ(f.rules[2].within->range.text(), "0.01 [ RMB trillion ]");
  EXPECT_EQ(f.rules[3].within->lit, literal_kind::number);
  EXPECT_DOUBLE_EQ(f.rules[3].within->number, 5);
  EXPECT_EQ(f.rules[4].within->lit, literal_kind::percent);
  EXPECT_DOUBLE_EQ(f.rules[4].within->number, 0.001);
  // The check text is the check only, without the tolerance.
  EXPECT_EQ(f.rules[0].check_text, "x == y");
  EXPECT_EQ(f.rules[4].check_text, "x == y");
}

TEST(Statements, LetAndInclude) {
  auto f = parse_ok(
      "include \"common.rules\"\n"
      "let g = (1 + imports.price.growth) * (1 + imports.volume.growth) - 1\n"
      "rule r warning \"fell slightly\": -2% < g < 0\n"
      "include \"../shared/more rules.rules\"\n");
  ASSERT_EQ(f.includes.size(), 2u);
  EXPECT_EQ(f.includes[0].path, "common.rules");
  EXPECT_EQ(f.includes[1].path, "../shared/more rules.rules");
  ASSERT_EQ(f.lets.size(), 1u);
  EXPECT_EQ(f.lets[0].name, "g");
  EXPECT_EQ(show(f.lets[0].value),
            "(((1 + imports.price.growth) * (1 + imports.volume.growth)) - 1)");
  ASSERT_EQ(f.rules.size(), 1u);
  EXPECT_EQ(show(f.rules[0].check), "chain((- 2%) < g < 0)");
}

TEST(Statements, StatementsKeepTheirOrderPerKind) {
  auto f = parse_ok("let a = 1 rule r1: a == 1 let b = 2 rule r2: b == 2 let c = 3");
  ASSERT_EQ(f.lets.size(), 3u);
  EXPECT_EQ(f.lets[0].name, "a");
  EXPECT_EQ(f.lets[2].name, "c");
  ASSERT_EQ(f.rules.size(), 2u);
  EXPECT_EQ(f.rules[0].name, "r1");
  EXPECT_EQ(f.rules[1].name, "r2");
}

// "A statement may span lines; indentation carries no meaning."
TEST(Statements, FreeFormLinesAndCommentsBetweenAnyTokens) {
  auto f = parse_ok(
      "rule # the name follows\n  r  # severity next\n warning\n\"d\" # then the colon\n"
      "  :  for # vars\n each X # more\n , Y : X.a # lhs\n + Y.a\n\n==\n X.b # done\n"
      "   within # tolerance\n 1%");
  ASSERT_EQ(f.rules.size(), 1u);
  const rule_stmt& r = f.rules[0];
  EXPECT_EQ(r.name, "r");
  EXPECT_EQ(r.level, rule_severity::warning);
  EXPECT_EQ(r.vars, (std::vector<std::string>{"X", "Y"}));
  EXPECT_EQ(show(r.check), "((X.a + Y.a) == X.b)");
  EXPECT_EQ(r.check_text, "X.a + Y.a == X.b");  // comments dropped, white space collapsed
  ASSERT_TRUE(r.within);
  EXPECT_EQ(r.within->lit, literal_kind::percent);
}

TEST(Statements, WholeFileOnOneLineAndWindowsLineEnds) {
  EXPECT_EQ(parse_ok("rule a: x == y rule b: y == z include \"c\" let d = 1").rules.size(), 2u);
  auto f = parse_ok("rule a:\r\n  x ==\r\n  y\r\n# c\r\nlet d = 1\r\n");
  EXPECT_EQ(f.rules[0].check_text, "x == y");
  EXPECT_EQ(f.lets.size(), 1u);
  EXPECT_EQ(parse_ok("rule a:\tx\t==\ty\f").rules.size(), 1u);
}

TEST(Statements, EmptyAndCommentOnlyFilesAreValid) {
  auto empty = parse_ok("");
  EXPECT_TRUE(empty.rules.empty() && empty.lets.empty() && empty.includes.empty());
  EXPECT_TRUE(parse_ok("# nothing here\n\n   # still nothing").rules.empty());
  EXPECT_TRUE(parse_ok(" \n\t\r\n").rules.empty());
  EXPECT_TRUE(parse_ok("#").rules.empty());
}

TEST(Statements, TheFileKnowsItsSource) {
  auto src = make_source("x.rules", "rule r: a == b");
  diagnostics ds;
  auto f = parse_rules(src, ds);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->source, src);
  EXPECT_EQ(f->rules[0].range.file, src);
}

// Keywords are whole words: names that merely start with one are names.
TEST(Statements, NamesThatStartWithKeywords) {
  auto f = parse_ok(
      "rule order_total: order.total >= android.units\n"
      "rule rules: a == b\nrule errors warning: a == b\nrule notable: a == b\n"
      "let letter = 1\nlet included = 2\nlet within_x = 3\n"
      "rule r: for each each, error: each.x == error.y\n");
  ASSERT_EQ(f.rules.size(), 5u);
  EXPECT_EQ(f.rules[0].name, "order_total");
  EXPECT_EQ(show(f.rules[0].check), "(order.total >= android.units)");
  EXPECT_EQ(f.rules[1].name, "rules");
  EXPECT_EQ(f.rules[2].name, "errors");
  EXPECT_EQ(f.rules[2].level, rule_severity::warning);
  EXPECT_EQ(f.rules[3].name, "notable");
  EXPECT_EQ(f.rules[4].vars, (std::vector<std::string>{"each", "error"}));
  ASSERT_EQ(f.lets.size(), 3u);
  EXPECT_EQ(f.lets[0].name, "letter");
  EXPECT_EQ(f.lets[1].name, "included");
  EXPECT_EQ(f.lets[2].name, "within_x");
}

// A rule named like a severity is still a name: the name always comes first.
TEST(Statements, SeverityWordAsRuleName) {
  auto f = parse_ok("rule warning info: a == b");
  EXPECT_EQ(f.rules[0].name, "warning");
  EXPECT_EQ(f.rules[0].level, rule_severity::info);
}

}  // namespace
}  // namespace crossfoot::syntax
