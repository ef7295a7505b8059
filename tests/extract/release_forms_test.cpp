// Forms of other agencies' releases (issue 9 items 5 and 7): amounts after a lead-in, growth
// written "or 1.5 percent" after a change, changes of a level, deficits and their changes, and
// currencies written after the scale. The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "increased $3.9 billion, or 1.5 percent, to $258.2 billion": a change, its rate, a level.
TEST(ReleaseForms, ChangeOrPercentIsGrowth) {
  auto d = extract_text(
      "# U.S. trade in April 2023\n\nExports of goods increased $3.9 billion, or 1.5 percent, to "
      "$258.2 billion in April.\n");
  const auto change = claim_of(d, "$3.9 billion");
  const auto rate = claim_of(d, "1.5 percent");
  const auto level = claim_of(d, "$258.2 billion");
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(rate.q.number, 1.5);
  EXPECT_EQ(change.kind, claim_kind::level);
  EXPECT_TRUE(change.id.ends_with(".change")) << change.id;
  // "goods" names nothing of its own: these are the country's exports.
  EXPECT_EQ(level.id, "trade.exports");
  EXPECT_EQ(rate.id, "trade.exports.growth");
}

TEST(ReleaseForms, AFallIsANegativeChange) {
  auto d = extract_text("Imports fell $9.2 billion to $330.1 billion.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "$9.2 billion").q.number, -9.2);
  EXPECT_DOUBLE_EQ(claim_of(d, "$330.1 billion").q.number, 330.1);
}

// "£1.9 billion (7.8 per cent)": the bracket gives the change's rate.
TEST(ReleaseForms, BracketedRateOfAChange) {
  auto d = extract_text(
      "Goods exports climbed £1.9 billion (7.8 per cent), from £23.8 billion to £25.7 "
      "billion.\n");
  EXPECT_EQ(claim_of(d, "7.8 per cent").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "£23.8 billion").period, "prev");
}

// Deficits are negative balances; a deficit that narrows is a rise of the balance.
TEST(ReleaseForms, DeficitsAndTheirChanges) {
  auto d = extract_text(
      "# UK trade: May 2012\n\nThe deficit on trade in goods and services was £2.7 billion in "
      "May, £1.4 billion narrower than in April. On goods, the deficit narrowed by £1.3 billion "
      "to £8.4 billion. The deficit with the rest of the world widened by £0.4 billion.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "£2.7 billion").q.number, -2.7);
  EXPECT_DOUBLE_EQ(claim_of(d, "£1.4 billion").q.number, 1.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "£1.3 billion").q.number, 1.3);
  EXPECT_DOUBLE_EQ(claim_of(d, "£8.4 billion").q.number, -8.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "£0.4 billion").q.number, -0.4);
  EXPECT_TRUE(claim_of(d, "£1.3 billion").id.ends_with("balance.change"))
      << claim_of(d, "£1.3 billion").id;
}

// "€5.0 bn deficit", "ended the month €5.0 bn in deficit": the sign word after the amount.
TEST(ReleaseForms, DeficitAfterTheAmount) {
  auto d = extract_text(
      "# EU28 trade: September 2019\n\nThe EU28 had a €5.0 bn deficit. Its trade ended the month "
      "€4.0 bn in deficit, after a €2.1 bn surplus.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "€5.0 bn").q.number, -5.0);
  EXPECT_DOUBLE_EQ(claim_of(d, "€4.0 bn").q.number, -4.0);
  EXPECT_DOUBLE_EQ(claim_of(d, "€2.1 bn").q.number, 2.1);
}

// "in billions of dollars ... China ($22.8), European Union ($17.6)": the lead-in gives the
// bracketed amounts their scale, and deficits their sign.
TEST(ReleaseForms, AmountsAfterALeadIn) {
  auto d = extract_text(
      "The deficits with the largest partners, in billions of dollars, were with China ($22.8), "
      "the European Union ($17.6) and Mexico ($13.0).\n");
  const auto china = claim_of(d, "$22.8");
  EXPECT_DOUBLE_EQ(editor_value(china), -22.8e9);
  EXPECT_EQ(editor_unit(china), "USD");
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "$17.6")), -17.6e9);
  EXPECT_NE(china.id, claim_of(d, "$17.6").id);
}

TEST(ReleaseForms, CurrencyAfterTheScaleAndTheUnitWordAlone) {
  auto d = extract_text("Exports were 52.2 billion euros (+1.6%), imports 5.0 bn EUR.\n");
  EXPECT_EQ(editor_unit(claim_of(d, "52.2 billion euros")), "EUR");
  EXPECT_EQ(claim_of(d, "+1.6%").kind, claim_kind::growth);
}

// "(+0.1% after +0.6%)", "fell by 0.7% after rising 1.4%": the rate after "after" is the
// earlier period's, with its own direction, and its id says so.
TEST(ReleaseForms, TheRateAfterAfterIsTheEarlierPeriods) {
  auto d = extract_text(
      "# Output: third quarter of 2021\n\nHousehold spending barely moved (+0.2% after +0.9%). "
      "Exports fell by 0.4% after rising 2.2%, and imports rose faster, by 1.8% after 0.6%.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "2.2%").q.number, 2.2);  // "rising" gives its own sign
  EXPECT_EQ(claim_of(d, "2.2%").id, claim_of(d, "0.4%").id + ".prev");
  EXPECT_EQ(claim_of(d, "+0.9%").id, claim_of(d, "+0.2%").id + ".prev");
  // "imports" after the comma starts a subject of its own.
  EXPECT_EQ(claim_of(d, "1.8%").id, "trade.imports.growth");
  EXPECT_EQ(claim_of(d, "0.6%").id, "trade.imports.growth.prev");
}

// "for older workers (4.1 percent), younger workers (9.7 percent)": each rate is its name's.
TEST(ReleaseForms, ABracketAfterANameIsThatNames) {
  auto d = extract_text(
      "The jobless rate edged down for older workers (4.1 percent), younger workers (9.7 "
      "percent) and part-timers (5.5 percent).\n");
  EXPECT_EQ(claim_of(d, "4.1 percent").id, "older_workers.share");
  EXPECT_EQ(claim_of(d, "9.7 percent").id, "younger_workers.share");
  EXPECT_NE(claim_of(d, "5.5 percent").id, claim_of(d, "9.7 percent").id);
}

// "gained £0.8 billion (5.1 per cent) to reach £16.4 billion, and imports from it £0.3 billion
// (1.9 per cent) to reach £15.9 billion": the second amount is a change too, its verb left out.
TEST(ReleaseForms, AChangeWithItsVerbLeftOut) {
  auto d = extract_text(
      "Exports to the Union gained £0.8 billion (5.1 per cent) to reach £16.4 billion, and "
      "imports from it £0.3 billion (1.9 per cent) to reach £15.9 billion.\n");
  const auto change = claim_of(d, "£0.3 billion");
  EXPECT_TRUE(change.id.ends_with(".change")) << change.id;
  EXPECT_DOUBLE_EQ(change.q.number, 0.3);
  EXPECT_EQ(claim_of(d, "1.9 per cent").kind, claim_kind::growth);
  EXPECT_NE(change.id, claim_of(d, "£15.9 billion").id);
  // "from £23.8 billion to £25.7 billion": the earlier level, not a change.
  auto e = extract_text(
      "Exports gained £1.1 billion, and imports went from £23.8 billion to £25.7 billion.\n");
  EXPECT_FALSE(claim_of(e, "£23.8 billion").id.ends_with(".change"))
      << claim_of(e, "£23.8 billion").id;
}

// "more than RMB 4 trillion of ores, nearly RMB 2 trillion of machinery parts": what follows
// each amount names it; the second does not take the first one's id.
TEST(ReleaseForms, WhatFollowsAnAmountNamesIt) {
  auto d = extract_text(
      "Last year the country imported more than RMB 4 trillion of ores, nearly RMB 2 trillion of "
      "machinery parts and RMB 0.6 trillion of grain.\n");
  EXPECT_NE(claim_of(d, "more than RMB 4 trillion").id, claim_of(d, "nearly RMB 2 trillion").id);
  EXPECT_NE(claim_of(d, "nearly RMB 2 trillion").id, claim_of(d, "RMB 0.6 trillion").id);
}

// "the deficit on trade in goods and services" is the whole of trade, not its services part.
TEST(ReleaseForms, GoodsAndServicesIsTheWhole) {
  auto d = extract_text(
      "# Trade: June 2014\n\nThe deficit on trade in goods and services was £3.1 billion in "
      "June. The deficit on trade in services was £1.2 billion.\n");
  EXPECT_EQ(claim_of(d, "£3.1 billion").id, "trade.balance");
  EXPECT_EQ(claim_of(d, "£1.2 billion").id, "services.balance");
}

// What a balance is "on" says what it is a balance of: the amount compared with it is the same
// balance a year earlier, not a total of "trade".
TEST(ReleaseForms, ABalanceOnTradeKeepsItsComparison) {
  auto d = extract_text(
      "# Euro area trade in September 2019\n\nThe euro area ran a surplus of €18.7 bn on its "
      "goods trade with the rest of the world in September 2019, against +€12.6 bn a year "
      "before. Trade between the members reached €163.4 bn.\n");
  EXPECT_EQ(claim_of(d, "€18.7 bn").id, "trade.balance");
  EXPECT_EQ(claim_of(d, "+€12.6 bn").id, "trade.2018-09.balance");
  // The flow named after a claim that is not a balance still starts a subject of its own.
  auto e =
      extract_text("Exports fell by 0.7% after rising 1.4%, and imports rose faster, by 1.5%.\n");
  EXPECT_EQ(claim_of(e, "1.5%").id, "trade.imports.growth");
}

// The title's period is the draft's own: written as [document] period, so that a figure of the
// same period a year earlier is that figure's year_ago for the catalogue's growth rules.
TEST(ReleaseForms, TheTitlesPeriodIsTheDocumentsPeriod) {
  auto d = extract_text(
      "# Euro area exports in September 2019\n\nExports of goods from the euro area came to "
      "€196.2 billion, 5.2% more than in September 2018 (€186.5 bn).\n");
  EXPECT_EQ(d.period, "2019-09");
  const std::string toml = to_figures_toml(d, "draft.md");
  EXPECT_NE(toml.find("[document]\nsource = \"draft.md\"\nperiod = \"2019-09\"\n"),
            std::string::npos)
      << toml;
  EXPECT_EQ(claim_of(d, "€186.5 bn").id, "trade.2018-09.exports");
  EXPECT_TRUE(extract_text("Exports came to €196.2 billion.\n").period.empty());
}

// Payroll employment counts jobs: a bare number whose subject is "payrolls" or "employment", or
// in a table whose corner says so, is a level of jobs; "jobs" and "people" are levels too.
TEST(ReleaseForms, PayrollsCountJobs) {
  auto d = extract_text(
      "# Jobs in January 2021\n\nEmployment on nonfarm payrolls barely moved (+49,000). "
      "Business services added 97,000 jobs, 81,000 of them in temporary help.\n\n"
      "| Change in total nonfarm payroll employment | Previous estimate | Revised |\n"
      "|---|---|---|\n| November 2020 | +336,000 | +264,000 |\n");
  for (const char* written : {"+49,000", "97,000 jobs", "81,000", "+336,000", "+264,000"}) {
    const auto c = claim_of(d, written);
    EXPECT_EQ(c.kind, claim_kind::level) << written;
    EXPECT_EQ(editor_unit(c), "job") << written;
  }
  // A bare number with no counting subject stays a bare number.
  auto e = extract_text("The index stood at 104,000 in January.\n");
  EXPECT_NE(editor_unit(claim_of(e, "104,000")), "job");
}

}  // namespace
}  // namespace crossfoot::testing
