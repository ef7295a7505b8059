// Every node carries the source range it was parsed from; later stages point at it.
#include "lang_test_util.hpp"

namespace crossfoot::syntax {
namespace {

using testing::parse_ok;

// Walks a tree and checks every node has a range inside the file.
void expect_ranges(const expr& e, const source_ptr& src) {
  EXPECT_EQ(e.range.file, src);
  EXPECT_LT(e.range.begin, e.range.end);
  EXPECT_LE(e.range.end, src->text().size());
  for (const auto& a : e.args) {
    EXPECT_LE(e.range.begin, a.range.begin);
    EXPECT_GE(e.range.end, a.range.end);
    expect_ranges(a, src);
  }
}

TEST(Ranges, EveryNodeKind) {
  auto f =
      parse_ok("rule r:\n  -a.b + f(c, 2%) * (d - 1)\n  <= 40 [RMB trillion] < -x ^ 2 and not y\n");
  const expr& conj = f.rules[0].check;
  EXPECT_EQ(conj.range.text(),
            "-a.b + f(c, 2%) * (d - 1)\n  <= 40 [RMB trillion] < -x ^ 2 and not y");
  EXPECT_EQ(conj.args[1].range.text(), "not y");  // not: from the keyword
  const expr& chain = conj.args[0];
  EXPECT_EQ(chain.k, expr::kind::chain);
  EXPECT_EQ(chain.range.text(), "-a.b + f(c, 2%) * (d - 1)\n  <= 40 [RMB trillion] < -x ^ 2");
  const expr& sum = chain.args[0];
  EXPECT_EQ(sum.range.text(), "-a.b + f(c, 2%) * (d - 1)");
  EXPECT_EQ(sum.args[0].range.text(), "-a.b");                // unary: from the operator
  EXPECT_EQ(sum.args[0].args[0].range.text(), "a.b");         // reference
  EXPECT_EQ(sum.args[1].range.text(), "f(c, 2%) * (d - 1)");  // binary
  EXPECT_EQ(sum.args[1].args[0].range.text(), "f(c, 2%)");    // call: name to ')'
  EXPECT_EQ(sum.args[1].args[0].args[1].range.text(), "2%");  // percent literal
  EXPECT_EQ(sum.args[1].args[1].range.text(), "(d - 1)");     // with its parentheses
  EXPECT_EQ(sum.args[1].args[1].args[0].range.text(), "d");
  EXPECT_EQ(chain.args[1].range.text(), "40 [RMB trillion]");  // level literal
  EXPECT_EQ(chain.args[2].range.text(), "-x ^ 2");
  EXPECT_EQ(chain.args[2].args[0].range.text(), "x ^ 2");
  expect_ranges(conj, f.source);
}

TEST(Ranges, LineAndColumn) {
  auto f = parse_ok("# header\n\nrule r:\n    trade.exports == trade.total\n");
  const expr& e = f.rules[0].check;
  EXPECT_EQ(e.range.start().line, 4);
  EXPECT_EQ(e.range.start().col, 5);
  EXPECT_EQ(e.args[1].range.start().col, 22);
}

TEST(Ranges, StatementsAndNames) {
  auto f = parse_ok(
      "  rule flows warning \"d\": for each X, Yy: X.a == Yy.b within 0.1% # c\n"
      "let g = 1 + 2  # c\ninclude   \"x.rules\" # c\n");
  const rule_stmt& r = f.rules[0];
  EXPECT_EQ(r.range.text(), "rule flows warning \"d\": for each X, Yy: X.a == Yy.b within 0.1%");
  EXPECT_EQ(r.name_range.text(), "flows");
  EXPECT_EQ(r.name_range.start().col, 8);
  EXPECT_EQ(r.var_ranges[0].text(), "X");
  EXPECT_EQ(r.var_ranges[1].text(), "Yy");
  EXPECT_EQ(r.check.range.text(), "X.a == Yy.b");
  EXPECT_EQ(r.within->range.text(), "0.1%");
  EXPECT_EQ(f.lets[0].range.text(), "let g = 1 + 2");
  EXPECT_EQ(f.lets[0].name_range.text(), "g");
  EXPECT_EQ(f.lets[0].value.range.text(), "1 + 2");
  EXPECT_EQ(f.includes[0].range.text(), "include   \"x.rules\"");
}

TEST(Ranges, ChecksAcrossLines) {
  auto f = parse_ok("rule r:\n  a.b + c\n  == d\n");
  const expr& e = f.rules[0].check;
  EXPECT_EQ(e.range.text(), "a.b + c\n  == d");
  EXPECT_EQ(e.args[0].range.text(), "a.b + c");
  EXPECT_EQ(e.args[0].args[0].range.text(), "a.b");
  EXPECT_EQ(f.rules[0].check_text, "a.b + c == d");
}

// "the check as written from the source, white space runs collapsed to one space"
TEST(Ranges, CheckText) {
  auto f = parse_ok(
      "rule r: for each X:\n\tX.a   +  # the first part\n   X.b ==\tX.c * 40 [RMB  #  x]"
      "  within 1%\n");
  EXPECT_EQ(f.rules[0].check_text, "X.a + X.b == X.c * 40 [RMB # x]");
  EXPECT_EQ(f.rules[0].check.args[1].args[1].unit_text, "RMB  #  x");
  EXPECT_EQ(parse_ok("rule r: (a==b)").rules[0].check_text, "(a==b)");
}

TEST(Ranges, TreesCopyWithTheirRanges) {
  auto f = parse_ok("rule r: a + b == c");
  rule_file copy = f;
  f = rule_file{};
  EXPECT_EQ(copy.rules[0].check.args[0].range.text(), "a + b");
}

}  // namespace
}  // namespace crossfoot::syntax
