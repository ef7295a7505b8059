#include <gtest/gtest.h>

#include "check_fixture.hpp"

namespace crossfoot {
namespace {

using testing::run;

// Cross-border e-commerce figures of the 2023 customs briefing.
const char* cbec = R"(
[cbec.total]
value = "RMB 2.38 trillion"
growth = "15.6%"
[cbec.exports]
value = "RMB 1.83 trillion"
growth = "19.6%"
[cbec.imports]
value = "RMB 548.3 billion"
growth = "3.9%"
)";

const char* flows = R"(
rule flows_sum "exports and imports add up to the total":
  for each X: X.exports + X.imports == X.total
)";

TEST(Check, RoundingExplainsSmallDifferences) {
  // "Arithmetic converts scales (RMB 548.3 billion + RMB 1.83 trillion works)"
  auto c = run(flows, cbec);
  const finding* f = c.find("flows_sum", "X=cbec");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, finding_kind::pass);
  EXPECT_EQ(c.result.summary.instances, 1);
}

// The port's exports and imports; tests add its total.
const std::string port_flows = R"(
[port.exports]
value = "RMB 1.83 trillion"
[port.imports]
value = "RMB 548.3 billion"
)";

TEST(Check, WrongTotalFailsWithGap) {
  auto c = run(flows, port_flows + R"(
[port.total]
value = "RMB 2.48 trillion"
)");
  const finding* f = c.find("flows_sum", "X=port");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, finding_kind::fail);
  ASSERT_TRUE(f->lhs && f->rhs);
  // lhs is at most 1.835 + 0.54835 = 2.38335 trillion, rhs at least 2.475 trillion.
  EXPECT_NEAR(f->gap, 2.475e12 - 2.38335e12, 1e6);
  EXPECT_EQ(f->figures.size(), 3u);
  EXPECT_EQ(f->check, "X.exports + X.imports == X.total");
}

TEST(Check, PatternNeedsEveryVariableReferenceStated) {
  // "A pattern rule is instantiated once for each binding of its variables for which every
  // reference containing a variable names a stated figure"
  auto c = run(flows, R"(
[a.exports]
value = "RMB 1 trillion"
[a.imports]
value = "RMB 1 trillion"
[b.c.exports]
value = "RMB 2 trillion"
[b.c.imports]
value = "RMB 1 trillion"
[b.c.total]
value = "RMB 3 trillion"
)");
  EXPECT_EQ(c.find("flows_sum", "X=a"), nullptr);
  const finding* f = c.find("flows_sum", "X=b.c");  // a variable binds several segments
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, finding_kind::pass);
  EXPECT_EQ(c.result.summary.instances, 1);
}

TEST(Check, UnstatedFixedReferenceIsUnknown) {
  auto c = run(R"(
rule share_of_trade: for each X: X.total / trade.total == X.total.share
)",
               R"(
[bri.total]
value = "RMB 19.47 trillion"
share = "46.6%"
)");
  const finding* f = c.find("share_of_trade", "X=bri");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, finding_kind::unknown);
  EXPECT_EQ(f->message, "trade.total is not stated, and no other rule implies it");
}

TEST(Check, ShareMatchesLevelAsPercent) {
  auto rules = R"(
rule share_of_trade: for each X: X.total / trade.total == X.total.share
)";
  auto ok = run(rules, R"(
[trade.total]
value = "RMB 41.76 trillion"
[bri.total]
value = "RMB 19.47 trillion"
share = "46.6%"
)");
  EXPECT_EQ(ok.find("share_of_trade")->kind, finding_kind::pass);
  EXPECT_EQ(ok.find("share_of_trade")->lhs->display.style, unit_style::percent);
  auto bad = run(rules, R"(
[trade.total]
value = "RMB 41.76 trillion"
[bri.total]
value = "RMB 19.47 trillion"
share = "48.6%"
)");
  EXPECT_EQ(bad.find("share_of_trade")->kind, finding_kind::fail);
}

TEST(Check, AnotherRowByItsKeyIsAnErrorOnAFiguresFile) {
  auto c = run("rule r: x.a <= x.a[country = WORLD]", "[x.a]\nvalue = \"5\"\n");
  ASSERT_NE(c.find("r"), nullptr);
  EXPECT_EQ(c.find("r")->kind, finding_kind::error);
  EXPECT_EQ(c.find("r")->message,
            "x.a[country = WORLD] reads another row of a dataset; a figures file has none");
}

TEST(Check, DimensionMismatchIsErrorInFixedRuleAndSkippedInPattern) {
  auto figures = R"(
[autos.exports]
value = "5.221 million vehicles"
[autos.imports]
value = "RMB 1 trillion"
[autos.total]
value = "RMB 2 trillion"
)";
  auto fixed = run("rule r: autos.exports + autos.imports == autos.total", figures);
  ASSERT_NE(fixed.find("r"), nullptr);
  EXPECT_EQ(fixed.find("r")->kind, finding_kind::error);
  EXPECT_EQ(fixed.find("r")->message, "cannot add autos.exports (vehicle) and autos.imports (RMB)");
  auto pattern = run(flows, figures, true);
  EXPECT_EQ(pattern.find("flows_sum"), nullptr);
  ASSERT_EQ(pattern.result.skipped.size(), 1u);
  EXPECT_EQ(pattern.result.skipped[0],
            "flows_sum [X = autos]: cannot add X.exports (vehicle) and X.imports (RMB)");
}

TEST(Check, GrowthOfSumUsesPreviousLevels) {
  auto rules = R"(
rule growth_of_sum: for each X: growth(X.exports + X.imports) == X.total.growth
)";
  EXPECT_EQ(run(rules, cbec).find("growth_of_sum")->kind, finding_kind::pass);
  std::string wrong = cbec;
  wrong.replace(wrong.find("15.6%"), 5, "17.6%");
  EXPECT_EQ(run(rules, wrong).find("growth_of_sum")->kind, finding_kind::fail);
}

TEST(Check, GrowthAgreesWithStatedPreviousLevel) {
  auto rules = "rule levels: for each X: X == X.prev * (1 + X.growth)";
  auto c = run(rules, R"(
[autos.exports]
value = "5.221 million vehicles"
growth = "57.4%"
prev = { value = "3 million vehicles", qualifier = "at least" }
)");
  EXPECT_EQ(c.find("levels", "X=autos.exports")->kind, finding_kind::pass);
  auto bad = run(rules, R"(
[autos.exports]
value = "5.221 million vehicles"
growth = "57.4%"
prev = "4.1 million vehicles"
)");
  EXPECT_EQ(bad.find("levels", "X=autos.exports")->kind, finding_kind::fail);
}

TEST(Check, OpenEndsStayOpen) {
  // "more than 5" excludes 5.
  auto figures = R"(
[bulk.imports]
value = "more than RMB 5 trillion"
[cap.imports]
value = "RMB 5 trillion"
precision = "exact"
)";
  EXPECT_EQ(run("rule r: bulk.imports <= cap.imports", figures).find("r")->kind,
            finding_kind::fail);
  EXPECT_EQ(run("rule r: bulk.imports >= cap.imports", figures).find("r")->kind,
            finding_kind::pass);
}

TEST(Check, WildcardSumsEveryMatch) {
  auto rules = "rule cover: sum(region.*.exports.share) <= 100%";
  auto figures = R"(
[region.east.exports]
share = "nearly 80%"
[region.west.exports]
share = "15%"
[region.north.exports]
share = "9%"
)";
  auto c = run(rules, figures);
  const finding* f = c.find("cover");
  ASSERT_NE(f, nullptr);
  // 72% + 14.5% + 8.5% can still be at most 100%: rounding and "nearly" explain it.
  EXPECT_EQ(f->kind, finding_kind::pass);
  EXPECT_EQ(f->figures.size(), 3u);
  auto over = run("rule cover: sum(region.*.exports.share) < 90%", figures);
  EXPECT_EQ(over.find("cover")->kind, finding_kind::fail);
}

TEST(Check, WithinToleranceAllowsSmallGaps) {
  auto figures = R"(
[t.exports]
value = "RMB 10.0 trillion"
[t.imports]
value = "RMB 10.0 trillion"
[t.total]
value = "RMB 20.3 trillion"
)";
  auto strict = run("rule r: t.exports + t.imports == t.total", figures);
  EXPECT_EQ(strict.find("r")->kind, finding_kind::fail);
  auto loose = run("rule r: t.exports + t.imports == t.total within 1%", figures);
  EXPECT_EQ(loose.find("r")->kind, finding_kind::pass);
  // The sides are at least 20.25 - 20.1 = 0.15 trillion apart.
  auto absolute =
      run("rule r: t.exports + t.imports == t.total within 0.2 [RMB trillion]", figures);
  EXPECT_EQ(absolute.find("r")->kind, finding_kind::pass);
  auto short_absolute =
      run("rule r: t.exports + t.imports == t.total within 0.1 [RMB trillion]", figures);
  EXPECT_EQ(short_absolute.find("r")->kind, finding_kind::fail);
  auto tight = run("rule r: t.exports + t.imports == t.total within 0.1%", figures);
  EXPECT_EQ(tight.find("r")->kind, finding_kind::fail);
}

TEST(Check, ExistsDoesNotNeedTheFigure) {
  auto c = run("rule r: exists(trade.total) or 1 == 1", "[a]\nvalue = \"1\"\n");
  EXPECT_EQ(c.find("r")->kind, finding_kind::pass);
  auto d = run("rule r: exists(trade.total)", "[a]\nvalue = \"1\"\n");
  EXPECT_EQ(d.find("r")->kind, finding_kind::fail);
}

}  // namespace
}  // namespace crossfoot

namespace crossfoot::testing {
namespace {

// A claim anchored to a draft has no value until bind_anchors reads it; run_check must not
// check the placeholder as if the draft said it.
TEST(Check, UnboundAnchoredClaimsAreLeftOutAndNamed) {
  auto c = run(flows, port_flows + R"(
[port.total]
anchor = "Total trade was"
)");
  EXPECT_EQ(c.count(finding_kind::fail), 0);
  EXPECT_EQ(c.count(finding_kind::conflict), 0);
  // port.total is unstated, so the pattern rule has no instance for port.
  EXPECT_EQ(c.find("flows_sum", "X=port"), nullptr);
  EXPECT_EQ(c.result.summary.instances, 0);
  ASSERT_EQ(c.result.skipped.size(), 1u);
  EXPECT_NE(c.result.skipped[0].find("port.total: anchored"), std::string::npos)
      << c.result.skipped[0];
}

}  // namespace
}  // namespace crossfoot::testing
