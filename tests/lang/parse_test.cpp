#include <gtest/gtest.h>

#include "lang/syntax.hpp"

namespace crossfoot::syntax {
namespace {

rule_file parse_ok(const std::string& text) {
  diagnostics ds;
  auto f = parse_rules(make_source("t.rules", text), ds);
  EXPECT_TRUE(f) << render_all(ds);
  return f ? *f : rule_file{};
}

// A compact rendering of an expression tree, to assert structure and precedence.
std::string show(const expr& e) {
  switch (e.k) {
    case expr::kind::literal: {
      std::string s = std::to_string(e.number);
      s.erase(s.find_last_not_of('0') + 1);
      if (s.back() == '.') s.pop_back();
      if (e.lit == literal_kind::percent) s += "%";
      if (e.lit == literal_kind::points) s += "pp";
      if (e.lit == literal_kind::level) s += "[" + e.unit_text + "]";
      return s;
    }
    case expr::kind::ref: {
      std::string s;
      for (const auto& seg : e.segments) s += (s.empty() ? "" : ".") + seg;
      return s;
    }
    case expr::kind::call: {
      std::string s = e.name + "(";
      for (std::size_t i = 0; i < e.args.size(); ++i) s += (i ? ", " : "") + show(e.args[i]);
      return s + ")";
    }
    case expr::kind::unary:
      return std::string("(") + spelling(e.ops[0]) + " " + show(e.args[0]) + ")";
    case expr::kind::binary:
      return "(" + show(e.args[0]) + " " + spelling(e.ops[0]) + " " + show(e.args[1]) + ")";
    case expr::kind::chain: {
      std::string s = "chain(" + show(e.args[0]);
      for (std::size_t i = 0; i < e.ops.size(); ++i) {
        s += std::string(" ") + spelling(e.ops[i]) + " " + show(e.args[i + 1]);
      }
      return s + ")";
    }
  }
  return "?";
}

std::string check_of(const std::string& check) {
  auto f = parse_ok("rule r: " + check + "\n");
  return f.rules.empty() ? "" : show(f.rules[0].check);
}

TEST(Parse, RuleWithSeverityDescriptionAndPattern) {
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
  EXPECT_EQ(r.name_range.start().line, 2);
  EXPECT_EQ(r.name_range.start().col, 6);
  EXPECT_EQ(r.name_range.text(), "family_flows_sum");
  EXPECT_EQ(show(r.check), "((X.exports + X.imports) == X.total)");
}

TEST(Parse, SeverityDefaultsToError) {
  EXPECT_EQ(parse_ok("rule r: a == b").rules[0].level, rule_severity::error);
  EXPECT_EQ(parse_ok("rule r info: a == b").rules[0].level, rule_severity::info);
}

TEST(Parse, PrecedenceAndAssociativity) {
  EXPECT_EQ(check_of("a + b * c == d"), "((a + (b * c)) == d)");
  EXPECT_EQ(check_of("a - b - c == d"), "(((a - b) - c) == d)");
  EXPECT_EQ(check_of("(1 + r)^10 == x"), "(((1 + r) ^ 10) == x)");
  EXPECT_EQ(check_of("-2^2 == x"), "((- (2 ^ 2)) == x)");
  EXPECT_EQ(check_of("2^3^2 == x"), "((2 ^ (3 ^ 2)) == x)");
  EXPECT_EQ(check_of("a < b and c > d or not e == f"), "(((a < b) and (c > d)) or (not (e == f)))");
}

TEST(Parse, ChainedComparisons) {
  // "comparisons `== != < <= > >=` (chainable: `a < b < c` means `a < b and b < c`)"
  EXPECT_EQ(check_of("-2% < g < 0"), "chain((- 2%) < g < 0)");
  EXPECT_EQ(check_of("0 <= x.share <= 100%"), "chain(0 <= x.share <= 100%)");
  EXPECT_EQ(check_of("(a < b) == c"), "((a < b) == c)");
}

TEST(Parse, LiteralsAndCalls) {
  EXPECT_EQ(check_of("x == 40 [RMB trillion]"), "(x == 40[RMB trillion])");
  EXPECT_EQ(check_of("x == 1.7pp"), "(x == 1.7pp)");
  EXPECT_EQ(check_of("x == 1e3"), "(x == 1000)");
  EXPECT_EQ(check_of("sum(region.*.exports.share) <= 100%"),
            "(sum(region.*.exports.share) <= 100%)");
  EXPECT_EQ(check_of("agree(a / b, c / d, e)"), "agree((a / b), (c / d), e)");
  EXPECT_EQ(check_of("growth(X.exports + X.imports) == X.total.growth"),
            "(growth((X.exports + X.imports)) == X.total.growth)");
  // Names that merely start like keywords are names.
  EXPECT_EQ(check_of("order.total >= android.units"), "(order.total >= android.units)");
  EXPECT_EQ(check_of("inflation >= 0"), "(inflation >= 0)");
}

TEST(Parse, WithinToleranceKinds) {
  auto f = parse_ok(
      "rule a: x == y within 0.1%\nrule b: x == y within 0.2pp\n"
      "rule c: x == y within 0.01 [RMB trillion]\n");
  ASSERT_EQ(f.rules.size(), 3u);
  EXPECT_EQ(f.rules[0].within->lit, literal_kind::percent);
  EXPECT_DOUBLE_EQ(f.rules[0].within->number, 0.1);
  EXPECT_EQ(f.rules[1].within->lit, literal_kind::points);
  EXPECT_EQ(f.rules[2].within->unit_text, "RMB trillion");
  EXPECT_EQ(f.rules[0].check_text, "x == y");
}

TEST(Parse, LetAndInclude) {
  auto f = parse_ok(
      "include \"common.rules\"\n"
      "let g = (1 + imports.price.growth) * (1 + imports.volume.growth) - 1\n"
      "rule r warning \"fell slightly\": -2% < g < 0\n");
  ASSERT_EQ(f.includes.size(), 1u);
  EXPECT_EQ(f.includes[0].path, "common.rules");
  ASSERT_EQ(f.lets.size(), 1u);
  EXPECT_EQ(f.lets[0].name, "g");
  EXPECT_EQ(show(f.lets[0].value),
            "(((1 + imports.price.growth) * (1 + imports.volume.growth)) - 1)");
  EXPECT_EQ(f.rules.size(), 1u);
}

TEST(Parse, EmptyAndCommentOnlyFilesAreValid) {
  EXPECT_TRUE(parse_ok("").rules.empty());
  EXPECT_TRUE(parse_ok("# nothing here\n\n   # still nothing").rules.empty());
}

TEST(Parse, RangesCoverExpressions) {
  auto f = parse_ok("rule r:\n  a.b + c\n  == d\n");
  const expr& e = f.rules[0].check;
  EXPECT_EQ(e.range.text(), "a.b + c\n  == d");
  EXPECT_EQ(e.args[0].range.text(), "a.b + c");
  EXPECT_EQ(e.args[0].args[0].range.text(), "a.b");
  EXPECT_EQ(f.rules[0].check_text, "a.b + c == d");
}

}  // namespace
}  // namespace crossfoot::syntax
