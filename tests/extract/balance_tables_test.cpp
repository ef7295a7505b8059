// Balance-of-payments forms (issue 9 item 2): a unit row per column ("$m", "%"), a change
// column in money, section rows ("CREDITS", "DEBITS") above labels written twice, debits
// written with a minus sign, footnote marks on labels, rates in brackets after a change, a
// change whose verb is left out, and paragraphs under a heading that names their flow. The
// drafts are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string summary_table =
    "# Trade of Corvia, March 2031\n"
    "\n"
    "Amounts are in Australian dollars.\n"
    "\n"
    "| Summary(a) | | | | |\n"
    "|---|---|---|---|---|\n"
    "| | Feb 2031 | Mar 2031 | Change in Mar 2031 | Change in Mar 2031 |\n"
    "| | $m | $m | $m | % |\n"
    "| BALANCE | -1 200 | -1 000 | 200 | 17 |\n"
    "| CREDITS | | | | |\n"
    "| Total goods | 9 000 | 9 450 | 450 | 5 |\n"
    "| Wool(b) | 700 | 735 | 35 | 5 |\n"
    "| DEBITS | | | | |\n"
    "| Total goods | -10 200 | -10 450 | 250 | 2 |\n";

// "$m" over a column makes its bare cells millions of the draft's dollars; "%" makes rates.
TEST(BalanceTables, UnitRowGivesEachColumnItsUnit) {
  auto d = extract_text(summary_table);
  const auto level = cell(d, 11, 1);
  EXPECT_EQ(level.q.written_unit.dim.to_string(), "AUD");
  EXPECT_EQ(level.q.written_unit.scale_exp, 6);
  EXPECT_EQ(level.kind, claim_kind::level);
  const auto rate = cell(d, 11, 3);
  EXPECT_EQ(rate.kind, claim_kind::growth);
}

// "Change in Mar 2031" over "$m": the change of the level, in money, not a rate of 450%.
TEST(BalanceTables, ChangeColumnInMoneyIsAChange) {
  auto d = extract_text(summary_table);
  const auto change = cell(d, 11, 2);
  EXPECT_EQ(change.kind, claim_kind::level);
  EXPECT_EQ(change.q.written_unit.dim.to_string(), "AUD");
  EXPECT_TRUE(change.id.ends_with(".change")) << change.id;
}

// "Change" in a table whose caption says "Billions of dollars" and no "%": a change too.
TEST(BalanceTables, NeutralChangeColumnTakesTheTablesUnit) {
  auto d = extract_text(
      "# Trade of Corvia, March 2031\n\n"
      "| Billions of dollars | March 2031 | February 2031 | Change |\n"
      "|---|---|---|---|\n"
      "| Exports | 24.9 | 25.8 | -0.9 |\n");
  const auto change = claim_of(d, "-0.9");
  EXPECT_EQ(change.kind, claim_kind::level);
  EXPECT_EQ(change.q.written_unit.dim.to_string(), "USD");
  EXPECT_TRUE(change.id.ends_with(".change")) << change.id;
}

// The section row gives "Total goods" its flow; the debits, written negative, are kept apart
// from the flow (they are not imports of minus 10,450) and their change is of their size.
TEST(BalanceTables, SectionRowsAndNegativeDebits) {
  auto d = extract_text(summary_table);
  EXPECT_EQ(cell(d, 11, 1).id, "trade.exports");
  const auto debit = cell(d, 14, 1);
  EXPECT_EQ(debit.id, "trade.debits.total");
  EXPECT_EQ(cell(d, 14, 2).id, "trade.debits.total.size_change");
  EXPECT_EQ(cell(d, 14, 3).id, "trade.debits.total.size_growth");
}

// A balance written negative stays signed, and its change with it; its rate is of the
// deficit's size.
TEST(BalanceTables, NegativeBalanceKeepsItsChange) {
  auto d = extract_text(summary_table);
  EXPECT_EQ(cell(d, 9, 1).id, "trade.balance");
  EXPECT_EQ(cell(d, 9, 2).id, "trade.balance.change");
  EXPECT_EQ(cell(d, 9, 3).id, "trade.balance.size_growth");
}

// "Wool(b)": the footnote mark is not part of the row's name.
TEST(BalanceTables, FootnoteMarksLeaveTheLabel) {
  auto d = extract_text(summary_table);
  EXPECT_EQ(cell(d, 12, 1).id, "wool.exports");
}

// "(8%)" after an amount is its rate, not a footnote mark; "eased" and a left-out verb
// ("and consumption goods $228m") carry the change on.
TEST(BalanceTables, GappedChangesAndBracketedRates) {
  auto d = extract_text(
      "# Trade of Corvia, March 2031\n\nAmounts are in Australian dollars. Capital goods "
      "climbed $662m (13%) and consumption goods $228m (3%), while fuels dropped $811m (8%), "
      "gold $38m (11%) and travel $18m. Wool came to $34m, $2m more than in February.\n");
  EXPECT_EQ(claim_of(d, "8%").kind, claim_kind::growth);
  const auto consumption = claim_of(d, "$228m");
  EXPECT_TRUE(consumption.id.ends_with(".change")) << consumption.id;
  EXPECT_DOUBLE_EQ(claim_of(d, "$38m").q.number, -38);
  EXPECT_DOUBLE_EQ(claim_of(d, "$18m").q.number, -18);
  EXPECT_FALSE(claim_of(d, "$34m").id.ends_with(".change")) << claim_of(d, "$34m").id;
}

// A paragraph under "## Debits (imports ...)" speaks of imports; the title's flow does not
// carry into the draft, and the next heading ends the section.
TEST(BalanceTables, HeadingNamesTheFlowOfItsParagraphs) {
  auto d = extract_text(
      "# Corvia's exports, March 2031\n\nAmounts are in Australian dollars.\n\n"
      "## Debits (imports of goods)\n\nGold fell $38m.\n\n## Notes\n\nGold fell $12m.\n");
  EXPECT_EQ(claim_of(d, "$38m").id, "gold.imports.change");
  EXPECT_EQ(claim_of(d, "$12m").id, "gold.change");
}

// "Net exports of wool under contract came to $34m" names the table row below it, written
// with a footnote mark: the amount is that row's figure.
TEST(BalanceTables, ProseNamingARowOfLevelsTakesItsId) {
  auto d = extract_text(
      "# Trade of Corvia, March 2031\n\nAmounts are in Australian dollars. Net exports of wool "
      "under contract came to $34m.\n\n"
      "| | Feb 2031 | Mar 2031 |\n|---|---|---|\n| | $m | $m |\n"
      "| Net exports of wool under contract(c) | 32 | 34 |\n");
  EXPECT_EQ(claim_of(d, "$34m").id, cell(d, 8, 1).id);
}

// "US$" sets one amount apart in a release of Australian dollars: it does not make "$" the
// US dollar.
TEST(BalanceTables, UsDollarSignDoesNotNameTheDraftsDollar) {
  auto d = extract_text(
      "# Trade of Corvia, March 2031\n\nAmounts are in Australian dollars. The deficit was "
      "US$2,460m; exports were $26,903m.\n");
  EXPECT_EQ(claim_of(d, "$26,903m").q.written_unit.dim.to_string(), "AUD");
  EXPECT_EQ(claim_of(d, "US$2,460m").q.written_unit.dim.to_string(), "USD");
}

// "Dec Qtr 2019 to Mar Qtr 2020" over "% change": the rates of the March quarter 2020 on the
// quarter before; "Mar Qtr 2019 to Mar Qtr 2020", on a year earlier (growth_yoy). The title's
// "March quarter 2020" is the draft's own quarter, so neither carries a period segment.
TEST(BalanceTables, FromToHeadersGiveARatesPeriodAndBase) {
  auto d = extract_text(
      "# Prices in Corvia: March quarter 2020\n\n"
      "| Capital cities | Dec Qtr 2019 to Mar Qtr 2020 | Mar Qtr 2019 to Mar Qtr 2020 |\n"
      "|---|---|---|\n"
      "| | % change | % change |\n"
      "| Health | 1.7 | 2.9 |\n");
  EXPECT_EQ(cell(d, 6, 0).id, "health.growth");
  EXPECT_EQ(cell(d, 6, 1).id, "health.growth_yoy");
}

// "In the twelve months to the March 2020 quarter" and "Over the twelve months ..., led by
// ... (+5.6%)": rates on a year earlier, beside the quarter's own rate.
TEST(BalanceTables, TwelveMonthsIsAYearOnYearRate) {
  auto d = extract_text(
      "# Prices in Corvia: March quarter 2020\n\n"
      "The CPI went up 0.3% in the March quarter 2020. In the twelve months to the March 2020 "
      "quarter, the CPI rose 2.2%.\n\nOver the twelve months the group rose 3.2%, led by fish "
      "(+2.3%) and meat (+5.6%).\n");
  EXPECT_EQ(claim_of(d, "0.3%").id, "cpi.growth");
  EXPECT_EQ(claim_of(d, "2.2%").id, "cpi.growth_yoy");
  EXPECT_EQ(claim_of(d, "+5.6%").id, "meat.growth_yoy");
}

// A consumer-price table: "Relative importance" is a weight; "Percentage change, December 2009
// from" spans the two columns after it, whose second header row names what the rates are from:
// the month before (growth) and a year before (growth_yoy).
TEST(BalanceTables, SpanningHeaderNamesTheRatesPeriodBeforeFrom) {
  auto d = extract_text(
      "# Consumer prices in Corvia, December 2009\n\n"
      "| | Relative importance | Indexes | | Percentage change, December 2009 from | |\n"
      "|---|---|---|---|---|---|\n"
      "| | | December 2009 | November 2009 | November 2009 | December 2008 |\n"
      "| Food | 17.0 | 121.8 | 121.5 | 0.2 | 1.7 |\n");
  EXPECT_EQ(cell(d, 6, 0).id, "food.weight");
  EXPECT_EQ(cell(d, 6, 1).id, "food");
  EXPECT_EQ(cell(d, 6, 2).id, "food.prev");
  EXPECT_EQ(cell(d, 6, 3).id, "food.growth");
  EXPECT_EQ(cell(d, 6, 4).id, "food.growth_yoy");
}

// "slipped 0.3% between November and December, having climbed 0.5% between October and
// November": December's rate and November's (the month before); rates under a heading "over
// 12 months" are on a year earlier.
TEST(BalanceTables, RatesBetweenMonthsAndUnderAnAnnualHeading) {
  auto d = extract_text(
      "# Consumer prices in Corvia, December 2009\n\n"
      "The index slipped 0.3% between November and December, having climbed 0.5% between "
      "October and November.\n\n## Components over 12 months\n\nFood prices rose 1.7%.\n");
  // The title's "Consumer prices" names the headline index that "the index" refers back to.
  EXPECT_EQ(claim_of(d, "0.3%").id, "cpi.growth");
  EXPECT_EQ(claim_of(d, "0.5%").id, "cpi.growth.prev");
  EXPECT_EQ(claim_of(d, "1.7%").id, "food.price.growth_yoy");
}

}  // namespace
}  // namespace crossfoot::testing
