// What a rate compares with, read per rate from its own words (issue 9): a monthly and an
// annual rate in one sentence ("0.6% compared with the previous month and 2.7% compared with
// the same month of the previous year", "0.2% m/m and 1.7% y/y") are two figures, never one
// figure claimed twice; a rate after "following", "(3.6% in the previous month)", "(February
// 2031: 0.8%)" and "(from +2.3% to +1.9%)" give a rate's earlier value. The drafts are written
// for these tests, in the forms many agencies' consumer price releases use.
#include <gtest/gtest.h>

#include <utility>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// Reads `body` under a March 2031 title and expects each claim written so to have its id.
void expect_ids(const std::string& body,
                const std::vector<std::pair<std::string, std::string>>& ids) {
  auto d = extract_text("# Consumer prices in Eastmarch, March 2031\n\n" + body);
  for (const auto& [written, id] : ids) EXPECT_EQ(claim_of(d, written).id, id) << body;
}

TEST(RateSpans, ComparedWithThePreviousMonthAndTheSameMonthOfThePreviousYear) {
  expect_ids(
      "Consumer prices rose by 0.6% compared with the previous month and by 2.7% compared "
      "with the same month of the previous year.\n",
      {{"0.6%", "cpi.growth"}, {"2.7%", "cpi.growth_yoy"}});
  // The other order, and the month's span after a year's.
  expect_ids(
      "Consumer prices were 2.7% higher than in the same month a year earlier and 0.6% higher "
      "than the previous month.\n",
      {{"0.6%", "cpi.growth"}, {"2.7%", "cpi.growth_yoy"}});
}

TEST(RateSpans, OnTheMonthAndOnTheYear) {
  expect_ids(
      "The harmonised index of consumer prices (HICP) went up 0.7% on the month and 4.1% on "
      "the year.\n",
      {{"0.7%", "hicp.growth"}, {"4.1%", "hicp.growth_yoy"}});
  expect_ids(
      "Prices of consumer goods went up 3.9 percent year on year and 0.8 percent month on "
      "month in March 2031.\n",
      {{"3.9 percent", "consumer.growth_yoy"}, {"0.8 percent", "consumer.growth"}});
}

TEST(RateSpans, AbbreviatedSpansAreEachRatesOwn) {
  expect_ids("Consumer prices rose 0.2% m/m and 1.7% y/y.\n",
             {{"0.2%", "cpi.growth"}, {"1.7%", "cpi.growth_yoy"}});
  // The span after the rate before is that rate's: "+1.7% YoY, +0.2% MoM".
  expect_ids("Consumer prices: +1.7% YoY, +0.2% MoM.\n",
             {{"+1.7%", "cpi.growth_yoy"}, {"+0.2%", "cpi.growth"}});
  // A span opening the rate's own clause: "; on a month-on-month basis, ... rose 0.5%".
  expect_ids(
      "Consumer prices were 1.9% higher y-o-y; on a month-on-month basis, consumer prices rose "
      "0.5%.\n",
      {{"1.9%", "cpi.growth_yoy"}, {"0.5%", "cpi.growth"}});
}

TEST(RateSpans, TwelveMonthsAfterTheRate) {
  expect_ids(
      "Consumer prices rose by 4.4% in the 12 months to March 2031, up from 4.0% in February. "
      "Consumer prices rose 0.3% in March.\n",
      {{"4.4%", "cpi.growth_yoy"}, {"4.0%", "cpi.growth_yoy.prev"}, {"0.3%", "cpi.growth"}});
  expect_ids("Consumer prices have risen 1.3 percent over the past 12 months.\n",
             {{"1.3 percent", "cpi.growth_yoy"}});
}

TEST(RateSpans, FollowingARiseIsTheEarlierRate) {
  expect_ids(
      "Consumer prices rose 2.9 per cent year-on-year in March, following a 2.6 per cent "
      "increase in February.\n",
      {{"2.9 per cent", "cpi.growth_yoy"}, {"2.6 per cent", "cpi.growth_yoy.prev"}});
}

TEST(RateSpans, TheRateOfThePeriodBeforeInBrackets) {
  // "in the previous month" names a period, not what the rate compares with ("inflation"
  // alone is a rate on a year earlier).
  expect_ids("Core inflation, which leaves out energy, was 3.4% (3.6% in the previous month).\n",
             {{"3.4%", "core.growth_yoy"}, {"3.6%", "core.growth_yoy.prev"}});
  // A period and a colon in brackets before the rate.
  expect_ids("Consumer prices rose 1.1% in March (February 2031: 0.8%).\n",
             {{"1.1%", "cpi.growth"}, {"0.8%", "cpi.growth.prev"}});
}

TEST(RateSpans, ARateInBracketsAfterAnAnnualRateIsItsEarlierValue) {
  expect_ids(
      "Consumer prices rose by 0.5% compared with the previous month and by 2.8% compared with "
      "March 2030 (2.6% in February).\n",
      {{"0.5%", "cpi.growth"}, {"2.8%", "cpi.growth_yoy"}, {"2.6%", "cpi.growth_yoy.prev"}});
}

// A bracketed rate that names its own base or a comparative keeps its own span: "(0.6%
// compared with February 2031)" is the month's rate, not the year's rate a second time.
TEST(RateSpans, ARateInBracketsWithItsOwnBaseKeepsItsSpan) {
  expect_ids(
      "Consumer prices rose by 3.4% compared with March 2030 (0.6% compared with February "
      "2031).\n",
      {{"3.4%", "cpi.growth_yoy"}, {"0.6%", "cpi.growth"}});
  auto d = extract_text(
      "# Consumer prices in Eastmarch, March 2031\n\nConsumer prices rose by 3.4% compared with "
      "March 2030 (0.6% above February).\n");
  EXPECT_EQ(claim_of(d, "3.4%").id, "cpi.growth_yoy");
  EXPECT_NE(claim_of(d, "0.6%").id, "cpi.growth_yoy");
}

TEST(RateSpans, FromAndToInBracketsAfterAName) {
  expect_ids(
      "The easing came from processed food (from +2.3% to +1.9%) and rents (from +3.2% to "
      "+2.8%).\n",
      {{"+2.3%", "processed_food.growth.prev"},
       {"+1.9%", "processed_food.growth"},
       {"+3.2%", "rents.growth.prev"},
       {"+2.8%", "rents.growth"}});
}

TEST(RateSpans, AHeaderRowOfUnitsNamesEachColumnsSpan) {
  // Headers that give units right above the data are the header row, not a unit row whose
  // "Annual" would make every column annual.
  expect_ids(
      "| | Monthly rate (%) | Annual rate (%) |\n|---|---|---|\n| CPI | 0.6 | 2.7 |\n"
      "| HICP | 0.5 | 2.9 |\n",
      {{"0.6", "cpi.growth"},
       {"2.7", "cpi.growth_yoy"},
       {"0.5", "hicp.growth"},
       {"2.9", "hicp.growth_yoy"}});
}

TEST(RateSpans, ARateOverASpanIsAChangeNotAShare) {
  expect_ids("The CPI annual rate was 2.3% in March 2031.\n", {{"2.3%", "cpi.growth_yoy"}});
  // A key fact's label before its colon names its rate; a ratio's rate stays a share.
  auto d = extract_text(
      "# Consumer prices in Eastmarch, March 2031\n\n- Annual inflation: 2.3%\n- HICP annual "
      "rate: 2.5%\n- Unemployment rate: 5.2%\n");
  EXPECT_EQ(claim_of(d, "2.3%").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "2.5%").id, "hicp.growth_yoy");
  EXPECT_EQ(claim_of(d, "5.2%").kind, claim_kind::share);
}

// "at a seasonally adjusted annual rate", "at an annual rate", "annualised" (lexicon rate_span
// annualized): a quarter's rate compounded over a year, neither the quarter's rate nor the rate
// on a year earlier.
TEST(RateSpans, AnAnnualisedRateIsItsOwnFigure) {
  const std::string title = "# Output of Eastmarch, second quarter of 2031\n\n";
  auto d = extract_text(title +
                        "Real GDP grew at a seasonally adjusted annual rate of 3.6% in the second "
                        "quarter of 2031. GDP was 1.9% higher than a year earlier.\n");
  EXPECT_EQ(claim_of(d, "3.6%").id, "gdp.growth_annualized");
  EXPECT_EQ(claim_of(d, "1.9%").id, "gdp.growth_yoy");
  d = extract_text(title +
                   "GDP rose 0.9% on the previous quarter, or 3.7% at an annual rate, and 1.6% "
                   "on the same quarter a year earlier.\n");
  EXPECT_EQ(claim_of(d, "0.9%").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "3.7%").id, "gdp.growth_annualized");
  EXPECT_EQ(claim_of(d, "1.6%").id, "gdp.growth_yoy");
  d = extract_text(title + "GDP grew 3.7% annualised in the second quarter of 2031.\n");
  EXPECT_EQ(claim_of(d, "3.7%").id, "gdp.growth_annualized");
}

}  // namespace
}  // namespace crossfoot::testing
