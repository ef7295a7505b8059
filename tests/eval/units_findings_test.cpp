// Findings that stay true about units: a binding that meets an implied figure of another
// dimension is not an instance; a claim in another currency is a finding with its cause; one
// figure claimed in two currencies is a conflict naming each claim.
#include <gtest/gtest.h>

#include <algorithm>

#include "check_fixture.hpp"

namespace crossfoot {
namespace {

using testing::run;

const char* shares = R"(
[bri.total]
value = "RMB 19.47 trillion"
share = "46.6%"
[yrd.total]
value = "RMB 15.17 trillion"
share = "36.3%"
[autos.exports]
value = "5.221 million vehicles"
[equipment.exports]
value = "RMB 13.47 trillion"
)";

// "today `X.exports <= trade.exports` with `autos.exports` in vehicles and `trade.exports`
// implied in RMB is reported as an error"
TEST(UnitFindings, ABindingThatMeetsAnImpliedFigureOfAnotherDimensionIsNoInstance) {
  const char* rules =
      "rule share_of_total_trade: for each X: X.total / trade.total == X.total.share\n"
      "rule exports_within_total: trade.exports <= trade.total\n"
      "rule part_within_exports: for each X: X.exports <= trade.exports\n";
  auto r = run(rules, shares, true);
  EXPECT_EQ(r.count(finding_kind::error), 0);
  EXPECT_FALSE(r.find("part_within_exports", "X=autos"));
  ASSERT_TRUE(r.find("part_within_exports", "X=equipment"));
  bool listed = false;
  for (const auto& s : r.result.skipped) {
    listed = listed || s == "part_within_exports [X = autos]: trade.exports is not stated and "
                            "the other rules imply it in RMB, not vehicle";
  }
  EXPECT_TRUE(listed) << ::testing::PrintToString(r.result.skipped);
}

// An unstated figure two rules need in two units is an error of the rule that meets the second:
// also when that rule's instance passes whatever the figure is (it was only counted, and its
// error finding once had no description, no check and no figures).
TEST(UnitFindings, AUnitClashOnAPassingInstanceSaysWhatItChecks) {
  const char* rules =
      "rule share_of_total_trade: for each X: X.total / trade.total == X.total.share\n"
      "rule vehicles_within \"vehicles within trade\": "
      "autos.exports <= trade.total or autos.exports > 0\n";
  for (bool keep_passing : {false, true}) {
    auto r = run(rules, shares, keep_passing);
    const finding* f = r.find("vehicles_within");
    ASSERT_TRUE(f) << keep_passing;
    EXPECT_EQ(f->kind, finding_kind::error);
    EXPECT_FALSE(f->summarised);
    EXPECT_EQ(f->description, "vehicles within trade");
    EXPECT_EQ(f->check, "autos.exports <= trade.total or autos.exports > 0");
    EXPECT_EQ(f->message,
              "trade.total is not stated, and the rules need it in two units: RMB by "
              "share_of_total_trade for bri, vehicle by vehicles_within");
    std::vector<std::string> read;
    for (const auto& u : f->figures) read.push_back(u.id);
    EXPECT_NE(std::find(read.begin(), read.end(), "autos.exports"), read.end())
        << ::testing::PrintToString(read);
    EXPECT_FALSE(f->lhs || f->rhs);
    EXPECT_EQ(r.result.summary.error, 1);
    EXPECT_EQ(r.result.summary.pass, 2);  // share_of_total_trade for bri and yrd
  }
}

// An exponent of a level is a whole power the unit takes; one far beyond int's range is an error
// finding, not a conversion of the exponent to int (undefined behaviour before).
TEST(UnitFindings, AHugeExponentOfALevelIsAnErrorFinding) {
  for (const char* exponent : {"1e10", "-1e300", "2.5"}) {
    auto r =
        run(std::string("rule huge_power: equipment.exports ^ ") + exponent + " > 0\n", shares);
    const finding* f = r.find("huge_power");
    ASSERT_TRUE(f) << exponent;
    EXPECT_EQ(f->kind, finding_kind::error) << exponent;
    EXPECT_NE(f->message.find("whole power"), std::string::npos) << f->message;
  }
  auto squared = run("rule squared: equipment.exports ^ 2 > 0\n", shares);
  ASSERT_TRUE(squared.find("squared"));
  EXPECT_EQ(squared.find("squared")->kind, finding_kind::pass);
}

// A unit's powers stay within 64: a power of a power, or a product of high powers, beyond it is
// an error finding of the rule (the int holding the power once wrapped: RMB^(64^6) was 1/RMB).
TEST(UnitFindings, AUnitBeyondThePowerSixtyFourIsAnErrorFinding) {
  const char* rules =
      "rule powers: ((((((equipment.exports ^ 64) ^ 64) ^ 64) ^ 64) ^ 64) ^ 64) > 0\n"
      "let high = equipment.exports ^ 64\n"
      "rule product: high * equipment.exports > 0\n"
      "rule quotient: high / (1 / equipment.exports) > 0\n"
      "rule and_back: high / high * equipment.exports ^ -64 * equipment.exports ^ 64 > 0\n";
  auto r = run(rules, shares, true);
  const std::pair<const char*, const char*> expected[] = {
      {"powers", "RMB^64 to the power 64 goes beyond the power 64 a unit may have"},
      {"product", "cannot multiply RMB^64 by RMB: the unit goes beyond the power 64"},
      {"quotient", "cannot divide RMB^64 by 1/RMB: the unit goes beyond the power 64"}};
  for (const auto& [rule, message] : expected) {
    const finding* f = r.find(rule);
    ASSERT_TRUE(f) << rule;
    EXPECT_EQ(f->kind, finding_kind::error) << rule;
    EXPECT_EQ(f->message, message);
  }
  // Up to 64 and back is a plain number (its value, 13.47 trillion to the power 64, is beyond
  // a double's range: unknown, but no error).
  const finding* within = r.find("and_back");
  ASSERT_TRUE(within);
  EXPECT_NE(within->kind, finding_kind::error) << within->message;
}

// The order of the rules does not decide which dimension the implied figure takes: the rule
// that meets vehicles comes first here, and the shares still make trade.exports money.
TEST(UnitFindings, TheImpliedDimensionIsTheOneMostRulesGive) {
  const char* rules =
      "rule part_within_exports: for each X: X.exports <= trade.exports\n"
      "rule share_of_exports: for each X: X.exports / trade.exports == X.exports.share\n";
  std::string figures = std::string(shares) +
                        "[equipment.exports.share]\nvalue = \"56.6%\"\n"
                        "[electronics.exports]\nvalue = \"RMB 2.1 trillion\"\nshare = \"8.8%\"\n";
  auto r = run(rules, figures);
  EXPECT_EQ(r.count(finding_kind::error), 0);
  EXPECT_FALSE(r.find("part_within_exports", "X=autos"));
  ASSERT_TRUE(r.find("share_of_exports", "X=equipment"));
  EXPECT_EQ(r.find("share_of_exports", "X=equipment")->kind, finding_kind::pass);
  ASSERT_TRUE(r.find("part_within_exports", "X=equipment"));
  EXPECT_EQ(r.find("part_within_exports", "X=equipment")->kind, finding_kind::pass);
}

TEST(UnitFindings, AClaimInAnotherCurrencyIsAFindingWithItsCause) {
  auto r = run("rule flows_sum: for each X: X.exports + X.imports == X.total",
               "[us]\nexports = \"€26.9 billion\"\nimports = \"$30.0 billion\"\n"
               "total = \"$56.9 billion\"\n"
               "[mx]\nexports = \"$12.0 billion\"\nimports = \"$10.0 billion\"\n"
               "total = \"$22.0 billion\"\n");
  const finding* f = r.find("flows_sum", "X=us");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->kind, finding_kind::error);
  EXPECT_EQ(f->message, "cannot add X.exports (EUR) and X.imports (USD)");
  ASSERT_TRUE(f->cause);
  ASSERT_EQ(f->cause->fits.size(), 1u);
  const hypothesis& h = f->cause->fits[0];
  EXPECT_EQ(h.what, hypothesis::kind::wrong_currency);
  EXPECT_EQ(h.id, "us.exports");
  EXPECT_EQ(h.becomes, "USD 26.9 billion");
  EXPECT_EQ(h.detail, "EUR written for USD");
}

// Each claim in another currency is re-read on its own, against the check's figures as they
// are: a cause names its own figure only, a claim that does not fit once re-read is a suspect
// without a cause, and the figures the other findings show keep their written currency.
TEST(UnitFindings, EachClaimInAnotherCurrencyIsReadAgainOnItsOwn) {
  auto r = run("rule flows_sum: for each X: X.exports + X.imports == X.total",
               "[us]\nexports = \"€26.9 billion\"\nimports = \"$30.0 billion\"\n"
               "total = \"$56.9 billion\"\n"
               "[mx]\nexports = \"$12.0 billion\"\nimports = \"€10.0 billion\"\n"
               "total = \"$22.0 billion\"\n"
               "[ca]\nexports = \"€40.0 billion\"\nimports = \"$5.0 billion\"\n"
               "total = \"$50.0 billion\"\n"
               "[jp]\nexports = \"$7.0 billion\"\nimports = \"$3.0 billion\"\n"
               "total = \"$10.0 billion\"\n");
  auto cause_of = [&](const char* x) -> const hypothesis* {
    const finding* f = r.find("flows_sum", x);
    if (!f || f->kind != finding_kind::error || !f->cause || f->cause->fits.size() != 1)
      return nullptr;
    return &f->cause->fits[0];
  };
  const hypothesis* us = cause_of("X=us");
  ASSERT_TRUE(us);
  EXPECT_EQ(us->id, "us.exports");
  EXPECT_EQ(us->becomes, "USD 26.9 billion");
  EXPECT_EQ(us->fits, std::vector<std::string>{"flows_sum for us"});
  const hypothesis* mx = cause_of("X=mx");
  ASSERT_TRUE(mx);
  EXPECT_EQ(mx->id, "mx.imports");
  EXPECT_EQ(mx->becomes, "USD 10 billion");
  EXPECT_EQ(mx->detail, "EUR written for USD");
  // 40 + 5 is not 50 in any currency: the EUR claim is the suspect, and nothing fits.
  const finding* ca = r.find("flows_sum", "X=ca");
  ASSERT_TRUE(ca);
  EXPECT_EQ(ca->kind, finding_kind::error);
  EXPECT_FALSE(ca->cause);
  ASSERT_TRUE(r.find("flows_sum", "X=jp"));
  EXPECT_EQ(r.find("flows_sum", "X=jp")->kind, finding_kind::pass);
  // The re-reading changed nothing of the figures checked.
  bool written_as_is = false;
  for (const auto& u : r.find("flows_sum", "X=us")->figures)
    written_as_is = written_as_is || (u.id == "us.exports" && u.written == "€26.9 billion");
  EXPECT_TRUE(written_as_is);
}

// "claims of one figure in different currencies ("$26.9 billion" and "€26.9 billion") are a
// finding naming each claim (today the figure and its rule instance vanish silently)"
TEST(UnitFindings, OneFigureClaimedInTwoCurrenciesIsAConflict) {
  auto r = run("rule flows_sum: for each X: X.exports + X.imports == X.total",
               "[[us.exports]]\nvalue = \"$26.9 billion\"\n"
               "[[us.exports]]\nvalue = \"€26.9 billion\"\n"
               "[us]\nimports = \"$30.0 billion\"\ntotal = \"$56.9 billion\"\n");
  ASSERT_FALSE(r.result.findings.empty());
  const finding& c = r.result.findings.front();
  EXPECT_EQ(c.kind, finding_kind::conflict);
  EXPECT_EQ(c.message,
            "us.exports is claimed 2 times in different units (EUR, USD): the claims cannot all "
            "be true");
  ASSERT_EQ(c.figures.size(), 2u);
  EXPECT_EQ(c.figures[1].written, "€26.9 billion");
  ASSERT_EQ(c.alternatives.size(), 2u);
  ASSERT_TRUE(c.cause);
  ASSERT_EQ(c.cause->fits.size(), 1u);
  EXPECT_EQ(c.cause->fits[0].what, hypothesis::kind::wrong_currency);
  EXPECT_EQ(c.cause->fits[0].written, "€26.9 billion");
  EXPECT_EQ(c.cause->fits[0].becomes, "$26.9 billion");
  EXPECT_EQ(r.result.summary.conflict, 1);
}

}  // namespace
}  // namespace crossfoot
