#include <gtest/gtest.h>

#include <set>

#include "resolve_helpers.hpp"

namespace crossfoot {
namespace {

using resolve_test::resolve_text;

std::vector<std::string> texts(const rexpr& ref) {
  std::vector<std::string> out;
  for (const auto& s : ref.segments) out.push_back(s.text + (s.is_var ? "?" : ""));
  return out;
}

using strings = std::vector<std::string>;

TEST(Resolve, MarksPatternVariablesInAnySegment) {
  auto r = resolve_text("rule r: for each X, Y: X.exports + trade.Y.imports == X.total.Y");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rexpr& c = *r.rules->rules[0].check;
  EXPECT_EQ(r.rules->rules[0].vars, (strings{"X", "Y"}));
  EXPECT_EQ(texts(c.arg(0).arg(0)), (strings{"X?", "exports"}));
  EXPECT_EQ(texts(c.arg(0).arg(1)), (strings{"trade", "Y?", "imports"}));
  EXPECT_EQ(texts(c.arg(1)), (strings{"X?", "total", "Y?"}));
}

TEST(Resolve, NamesOutsideForEachAreFigures) {
  auto r = resolve_text("rule r: X.exports == Y");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  EXPECT_EQ(texts(r.rules->rules[0].check->arg(0)), (strings{"X", "exports"}));
  EXPECT_EQ(texts(r.rules->rules[0].check->arg(1)), (strings{"Y"}));
}

TEST(Resolve, InlinesNestedLetsDefinedInAnyOrder) {
  auto r = resolve_text(
      "rule r: -2% < g < 0\n"
      "let g = (1 + p) * (1 + v) - 1\n"
      "let p = price\n"
      "let price = imports.price.growth\n"
      "let v = imports.volume.growth\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rule& rl = r.rules->rules[0];
  EXPECT_EQ(rl.check->k, rexpr::kind::chain);
  const rexpr& g = rl.check->arg(1);  // (1 + p) * (1 + v) - 1
  ASSERT_EQ(g.k, rexpr::kind::binary);
  EXPECT_EQ(g.ops[0], syntax::op::sub);
  const rexpr& product = g.arg(0);
  EXPECT_EQ(product.ops[0], syntax::op::mul);
  EXPECT_EQ(texts(product.arg(0).arg(1)), (strings{"imports", "price", "growth"}));
  EXPECT_EQ(texts(product.arg(1).arg(1)), (strings{"imports", "volume", "growth"}));
  EXPECT_EQ(rl.check_text, "-2% < g < 0");  // as written, not expanded
}

TEST(Resolve, ALetIsOneSharedNodeAtEveryUse) {
  auto r = resolve_text("let t = trade.total\nrule r: t == t\nrule s: t < 1 + x\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rexpr& c = *r.rules->rules[0].check;
  EXPECT_EQ(texts(c.arg(0)), (strings{"trade", "total"}));
  EXPECT_EQ(&c.arg(0), &c.arg(1));
  EXPECT_EQ(&c.arg(0), &r.rules->rules[1].check->arg(0));
  EXPECT_TRUE(c.arg(0).shared);
  EXPECT_FALSE(c.shared);
  EXPECT_FALSE(r.rules->rules[1].check->arg(1).shared);  // 1 + x: used once
  EXPECT_EQ(r.rules->rules[0].order.size(), 2u);         // t, then ==
}

// let d1 = d0 + d0 … d40: a tree would hold 2^40 copies of d0; the DAG holds one node per let.
TEST(Resolve, DoublingLetsStayLinear) {
  std::string text = "let d0 = x\n";
  for (int i = 1; i <= 40; ++i)
    text += "let d" + std::to_string(i) + " = d" + std::to_string(i - 1) + " + d" +
            std::to_string(i - 1) + "\n";
  text += "rule r: d40 == 0\n";
  auto r = resolve_text(text);
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rule& rl = r.rules->rules[0];
  EXPECT_EQ(rl.order.size(), 43u);  // x, d1 … d40, 0, ==
  EXPECT_EQ(rl.check->depth, 42);
  EXPECT_EQ(rl.order.back(), rl.check.get());
}

TEST(Resolve, TopologicalOrderPutsOperandsFirst) {
  auto r = resolve_text("let a = x * 2\nlet b = a + y\nrule r: b + a == sum(a, b, z)\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rule& rl = r.rules->rules[0];
  std::set<const rexpr*> before;
  for (const rexpr* e : rl.order) {
    for (const auto& a : e->args) EXPECT_TRUE(before.count(a.get()));
    EXPECT_TRUE(before.insert(e).second);  // each node once
  }
  EXPECT_EQ(before.size(), 9u);  // x, 2, *, y, + (b), b + a, z, sum, ==
}

// A chain of lets is resolved without recursion, and past the depth limit it is one error at
// the let that crosses it.
TEST(Resolve, LongLetChainsAreAnErrorAtTheLimit) {
  std::string text = "let c0 = x\n";
  for (int i = 1; i <= 10000; ++i)
    text += "let c" + std::to_string(i) + " = c" + std::to_string(i - 1) + " + 1\n";
  text += "rule r: c10000 == 0\n";
  auto r = resolve_text(text);
  EXPECT_FALSE(r.rules);
  ASSERT_EQ(r.diags.items().size(), 1u) << render_all(r.diags);
  EXPECT_EQ(resolve_test::describe(r.diags.items()[0]),
            "CF7001 257:5 let 'c256' nests too deeply once its lets are expanded: more than 256 "
            "levels of operators and calls");
}

TEST(Resolve, DepthAddsUpAcrossLetsAndTheRule) {
  std::string text = "let c0 = x\n";
  for (int i = 1; i <= 200; ++i)
    text += "let c" + std::to_string(i) + " = c" + std::to_string(i - 1) + " + 1\n";
  auto fine = resolve_text(text + "rule r: c200 == 0\n");
  EXPECT_TRUE(fine.rules) << render_all(fine.diags);
  std::string deep = "rule r: c200";
  for (int i = 0; i < 60; ++i) deep += " + 1";
  auto r = resolve_text(text + deep + " == 0\n");
  EXPECT_FALSE(r.rules);
  ASSERT_EQ(r.diags.items().size(), 1u) << render_all(r.diags);
  EXPECT_EQ(r.diags.items()[0].code, "CF7001");
  EXPECT_EQ(r.diags.items()[0].range.text(), "r");
}

TEST(Resolve, RuleSizeIsCapped) {
  std::string many = "rule big: sum(a";
  for (std::size_t i = 0; i < max_rule_nodes; ++i) many += ",a";
  auto r = resolve_text(many + ") == 1\n");
  EXPECT_FALSE(r.rules);
  ASSERT_EQ(r.diags.items().size(), 1u) << render_all(r.diags);
  EXPECT_EQ(resolve_test::describe(r.diags.items()[0]),
            "CF7002 1:6 rule 'big' is too large once its lets are expanded: 100004 distinct "
            "operations, more than the limit of 100000");
}

TEST(Resolve, OnlySingleSegmentNamesAreLets) {
  auto r = resolve_text("let t = 1\nrule r: t.share == 1\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  EXPECT_EQ(texts(r.rules->rules[0].check->arg(0)), (strings{"t", "share"}));
}

TEST(Resolve, WildcardsInSumMinMax) {
  auto r = resolve_text(
      "rule r: sum(region.*.exports.share) == 100%\n"
      "rule s: for each X: min(X.*, a) <= max(X.*.b, c.*)\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rexpr& sum = r.rules->rules[0].check->arg(0);
  EXPECT_EQ(sum.k, rexpr::kind::call);
  EXPECT_EQ(sum.fn, function::sum);
  EXPECT_EQ(texts(sum.arg(0)), (strings{"region", "*", "exports", "share"}));
  const rexpr& s = *r.rules->rules[1].check;
  EXPECT_EQ(s.arg(0).fn, function::min);
  EXPECT_EQ(texts(s.arg(0).arg(0)), (strings{"X?", "*"}));
  EXPECT_EQ(s.arg(1).fn, function::max);
  EXPECT_EQ(texts(s.arg(1).arg(1)), (strings{"c", "*"}));
}

TEST(Resolve, ConvertsLiteralsToBaseUnits) {
  auto r = resolve_text("rule r: a == 56.6% or a == 1.7pp or a == 40 [RMB trillion] or a == 1e3");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  // ((a == 56.6% or a == 1.7pp) or a == 40 [RMB trillion]) or a == 1e3
  const rexpr& c = *r.rules->rules[0].check;
  const rexpr& percent = c.arg(0).arg(0).arg(0).arg(1);
  const rexpr& points = c.arg(0).arg(0).arg(1).arg(1);
  const rexpr& level = c.arg(0).arg(1).arg(1);
  const rexpr& number = c.arg(1).arg(1);
  for (const rexpr* l : {&percent, &points, &level, &number}) {
    EXPECT_EQ(l->k, rexpr::kind::literal);
    EXPECT_EQ(l->value.lo, l->value.hi);  // a point
    EXPECT_FALSE(l->value.lo_open || l->value.hi_open);
  }
  EXPECT_DOUBLE_EQ(percent.value.lo, 0.566);
  EXPECT_EQ(percent.literal_unit.style, unit_style::percent);
  EXPECT_DOUBLE_EQ(points.value.lo, 0.017);
  EXPECT_EQ(points.literal_unit.style, unit_style::points);
  EXPECT_DOUBLE_EQ(level.value.lo, 40e12);
  EXPECT_EQ(level.literal_unit.dim, dimension::of("RMB"));
  EXPECT_EQ(level.literal_unit.scale_exp, 12);
  EXPECT_DOUBLE_EQ(number.value.lo, 1000);
  EXPECT_EQ(number.literal_unit.style, unit_style::number);
  EXPECT_TRUE(number.literal_unit.dim.dimensionless());
}

TEST(Resolve, Tolerances) {
  auto r = resolve_text(
      "rule a: x == y within 0.1%\nrule b: x == y within 0.2pp\n"
      "rule c: x == y within 0.01 [RMB trillion]\nrule d: x != y within 5\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const auto& rs = r.rules->rules;
  ASSERT_TRUE(rs[0].within && rs[1].within && rs[2].within && rs[3].within);
  EXPECT_TRUE(rs[0].within->relative);
  EXPECT_DOUBLE_EQ(rs[0].within->amount, 0.001);
  EXPECT_EQ(rs[0].within->text, "0.1%");
  EXPECT_FALSE(rs[1].within->relative);
  EXPECT_DOUBLE_EQ(rs[1].within->amount, 0.002);
  EXPECT_TRUE(rs[1].within->dim.dimensionless());
  EXPECT_FALSE(rs[2].within->relative);
  EXPECT_DOUBLE_EQ(rs[2].within->amount, 1e10);
  EXPECT_EQ(rs[2].within->dim, dimension::of("RMB"));
  EXPECT_FALSE(rs[3].within->relative);
  EXPECT_DOUBLE_EQ(rs[3].within->amount, 5);
}

TEST(Resolve, WithinSeesComparisonsInsideLets) {
  auto r = resolve_text("let same = a == b\nrule r: same or c within 1%\n");
  EXPECT_FALSE(r.rules);  // 'or' needs conditions: c is a number
  auto ok = resolve_text("let same = a == b\nrule r: same within 1%\n");
  ASSERT_TRUE(ok.rules) << render_all(ok.diags);
  EXPECT_TRUE(ok.rules->rules[0].within);
}

TEST(Resolve, RuleHeader) {
  auto r = resolve_text(
      "rule a: x == y\n"
      "rule b warning \"b holds\": x == y\n"
      "  rule c info: x == y\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const auto& rs = r.rules->rules;
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(rs[0].level, severity::error);
  EXPECT_EQ(rs[1].level, severity::warning);
  EXPECT_EQ(rs[1].description, "b holds");
  EXPECT_EQ(rs[2].level, severity::info);
  EXPECT_EQ(rs[2].name, "c");
  EXPECT_EQ(rs[2].range.text(), "c");
  EXPECT_EQ(rs[2].range.start().line, 3);
  EXPECT_EQ(rs[2].range.start().col, 8);
  EXPECT_EQ(rs[2].check_text, "x == y");
  EXPECT_FALSE(rs[0].within);
}

TEST(Resolve, Functions) {
  auto r = resolve_text(
      "rule r: abs(a) < 1 and exists(b.c) and agree(a, b, c) and not exists(d)\n"
      "rule g: for each X: growth(X.exports + X.imports - (X.re + -X.out)) == prev(X) / "
      "prev(-X.y)\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rexpr& c = *r.rules->rules[0].check;  // ((abs < 1 and exists) and agree) and not exists
  EXPECT_EQ(c.arg(0).arg(0).arg(0).arg(0).fn, function::abs);
  EXPECT_EQ(c.arg(0).arg(0).arg(1).fn, function::exists);
  EXPECT_EQ(c.arg(0).arg(1).fn, function::agree);
  EXPECT_EQ(c.arg(0).arg(1).args.size(), 3u);
  EXPECT_EQ(c.arg(1).ops[0], syntax::op::logical_not);
  const rexpr& g = *r.rules->rules[1].check;
  EXPECT_EQ(g.arg(0).fn, function::growth);
  EXPECT_EQ(g.arg(1).arg(0).fn, function::prev);
}

TEST(Resolve, IsBoolean) {
  rexpr ref;
  ref.k = rexpr::kind::ref;
  EXPECT_FALSE(ref.is_boolean());
  rexpr lit;
  EXPECT_FALSE(lit.is_boolean());
  auto make = [&](rexpr::kind k, syntax::op o) {
    rexpr e;
    e.k = k;
    e.ops = {o};
    e.args = {std::make_shared<const rexpr>(ref), std::make_shared<const rexpr>(ref)};
    return e;
  };
  EXPECT_FALSE(make(rexpr::kind::binary, syntax::op::add).is_boolean());
  EXPECT_FALSE(make(rexpr::kind::binary, syntax::op::pow).is_boolean());
  EXPECT_FALSE(make(rexpr::kind::unary, syntax::op::neg).is_boolean());
  EXPECT_TRUE(make(rexpr::kind::binary, syntax::op::ge).is_boolean());
  EXPECT_TRUE(make(rexpr::kind::binary, syntax::op::logical_or).is_boolean());
  EXPECT_TRUE(make(rexpr::kind::unary, syntax::op::logical_not).is_boolean());
  EXPECT_TRUE(make(rexpr::kind::chain, syntax::op::lt).is_boolean());
  rexpr call;
  call.k = rexpr::kind::call;
  for (function f : {function::sum, function::min, function::max, function::abs, function::prev,
                     function::growth}) {
    call.fn = f;
    EXPECT_FALSE(call.is_boolean());
  }
  call.fn = function::exists;
  EXPECT_TRUE(call.is_boolean());
  call.fn = function::agree;
  EXPECT_TRUE(call.is_boolean());
}

TEST(Resolve, NamesAreUniqueAcrossFiles) {
  diagnostics ds;
  auto a = syntax::parse_rules(make_source("a.rules", "rule flows: a == b\n"), ds);
  auto b = syntax::parse_rules(make_source("b.rules", "let x = 1\n\nlet flows = 2\n"), ds);
  ASSERT_TRUE(a && b);
  EXPECT_FALSE(resolve({*a, *b}, ds));
  ASSERT_EQ(ds.items().size(), 1u);
  const diagnostic& d = ds.items()[0];
  EXPECT_EQ(resolve_test::describe(d), "CF3010 3:5 'flows' is already defined");
  EXPECT_EQ(d.range.file->name(), "b.rules");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].level, severity::note);
  EXPECT_EQ(d.notes[0].message, "first defined here");
  EXPECT_EQ(d.notes[0].range.file->name(), "a.rules");
  EXPECT_EQ(d.notes[0].range.text(), "flows");
}

TEST(Resolve, FilesInOrderAndRulesInFileOrder) {
  diagnostics ds;
  auto a = syntax::parse_rules(make_source("a.rules", "rule z: a == b\nrule y: a == b\n"), ds);
  auto b = syntax::parse_rules(make_source("b.rules", "rule x: a == b\n"), ds);
  ASSERT_TRUE(a && b);
  auto rs = resolve({*b, *a}, ds);
  ASSERT_TRUE(rs) << render_all(ds);
  EXPECT_EQ(rs->files, (strings{"b.rules", "a.rules"}));
  ASSERT_EQ(rs->rules.size(), 3u);
  EXPECT_EQ(rs->rules[0].name, "x");
  EXPECT_EQ(rs->rules[1].name, "z");
  EXPECT_EQ(rs->rules[2].name, "y");
}

TEST(Resolve, ReportsEveryErrorNotOnlyTheFirst) {
  auto r = resolve_text(
      "rule a: grwoth(x) == 1\n"
      "rule b: x.*.y == 1\n"
      "rule c: x + 1\n"
      "let u = abs(1, 2)\n");  // unused lets are checked too
  EXPECT_FALSE(r.rules);
  std::vector<std::string> codes;
  for (const auto& d : r.diags.items()) codes.push_back(d.code);
  EXPECT_EQ(codes, (strings{"CF3011", "CF3015", "CF3017", "CF3012"}));
}

TEST(Resolve, EarlierErrorsOfOtherStagesDoNotFailIt) {
  diagnostics ds;
  ds.error("CF9999", {}, "an error of some earlier stage");
  auto f = syntax::parse_rules(make_source("t.rules", "rule r: a == b\n"), ds);
  ASSERT_TRUE(f);
  EXPECT_TRUE(resolve({*f}, ds));
  EXPECT_EQ(ds.items().size(), 1u);
}

}  // namespace
}  // namespace crossfoot
