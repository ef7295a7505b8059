// Trade tables of a month and the year so far (issue 9 item 2): headers with a unit and a span
// after a spaced dash ("EUR Billion - so far this year"), rate columns named by two months
// ("October 2031 - November 2031"), year-to-date columns under a header of their own, a row of
// a flow alone above the rows of its parts, a caption that names the table's flow; and the
// prose of such releases ("on the year", "That left a surplus", "so far this year"). The drafts
// are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// Line 7 is Exports, 8 its part Timber, 9 Imports, 10 its part Timber.
const std::string month_and_year_table =
    "# External trade of Halvia, November 2031\n"
    "\n"
    "Table 1. Trade in goods, the month and the year so far\n"
    "\n"
    "| | EUR Billion | Change in per cent | | EUR Billion - so far this year | Change in "
    "per cent - so far this year |\n"
    "| | November 2031 | October 2031 - November 2031 | November 2030 - November 2031 | "
    "November 2031 | November 2030 - November 2031 |\n"
    "| Exports | 40.2 | 1.5 | -2.0 | 410.7 | 3.3 |\n"
    "| Timber | 5.1 | 0.8 | 4.4 | 52.0 | 1.2 |\n"
    "| Imports | 30.0 | -1.0 | 2.2 | 320.5 | 0.5 |\n"
    "| Timber | 1.0 | 2.0 | 3.0 | 11.0 | 4.0 |\n";

// "EUR Billion - so far this year": the unit before the dash, the span after it; the months
// below such a header run from January. "October 2031 - November 2031" holds rates on the
// month before, "November 2030 - November 2031" on a year before.
TEST(TradeTables, YearToDateColumnsAndRatesBetweenTwoMonths) {
  auto d = extract_text(month_and_year_table);
  EXPECT_EQ(cell(d, 7, 0).id, "trade.exports");
  EXPECT_EQ(cell(d, 7, 1).id, "trade.exports.growth");
  EXPECT_EQ(cell(d, 7, 2).id, "trade.exports.growth_yoy");
  const draft_claim ytd = cell(d, 7, 3);
  EXPECT_EQ(ytd.id, "trade.2031-01/2031-11.exports");
  EXPECT_EQ(ytd.q.written_unit.dim.to_string(), "EUR");
  EXPECT_EQ(ytd.q.written_unit.scale_exp, 9);
  EXPECT_DOUBLE_EQ(ytd.q.number, 410.7);
  EXPECT_EQ(cell(d, 7, 4).id, "trade.2031-01/2031-11.exports.growth_yoy");
}

// "| Exports | 40.2 |" names a flow and nothing else: the rows below it that name no flow are
// its parts, until the next such row ("| Imports |"), so the two "Timber" rows are two figures.
TEST(TradeTables, ARowOfAFlowAloneGivesItsFlowToTheRowsBelow) {
  auto d = extract_text(month_and_year_table);
  EXPECT_EQ(cell(d, 8, 0).id, "timber.exports");
  EXPECT_EQ(cell(d, 8, 3).id, "timber.2031-01/2031-11.exports");
  EXPECT_EQ(cell(d, 10, 0).id, "timber.imports");
  EXPECT_EQ(cell(d, 10, 2).id, "timber.imports.growth_yoy");
}

// A table of national accounts, whose first row is GDP: "| Imports |" is one component of
// many, and "| Household consumption |" below it is not a part of imports.
TEST(TradeTables, OnlyATableLaidOutByFlowsHasFlowRowsHeadingOthers) {
  auto d = extract_text(
      "# National accounts of Halvia, 2031 Q1\n\n"
      "| | 2030 Q4 | 2031 Q1 |\n"
      "|---|---|---|\n"
      "| | % | % |\n"
      "| GDP | 0.5 | 0.3 |\n"
      "| Imports | 0.8 | 1.5 |\n"
      "| Household consumption | 0.6 | 0.1 |\n");
  EXPECT_EQ(cell(d, 7, 1).id, "trade.imports.growth");
  EXPECT_EQ(cell(d, 8, 1).id, "household_consumption.growth");
}

// Line 9 is Total, 10 Machinery. "So far this year" spans the empty header after it, and the
// third header row names its months; the rate column after two year-to-date columns, headed by
// the months they end in, is the rate between them. The caption names the table's one flow.
const std::string imports_table =
    "# External trade of Halvia, November 2031\n"
    "\n"
    "Table 2. Imports of goods by group\n"
    "\n"
    "| | EUR Million | | Change in per cent | EUR Million | | Change in per cent |\n"
    "|---|---|---|---|---|---|---|\n"
    "| | November 2030 | November 2031 | November 2030 - November 2031 | So far this year | | "
    "November 2030 - November 2031 |\n"
    "| | | | | November 2030 | November 2031 | |\n"
    "| Total | 29 400 | 30 012 | 2.1 | 300 100 | 320 450 | 6.8 |\n"
    "| Machinery | 5 000 | 5 250 | 5.0 | 50 000 | 52 000 | 4.0 |\n";

TEST(TradeTables, YearToDateUnderASpanningHeaderAndTheCaptionsFlow) {
  auto d = extract_text(imports_table);
  EXPECT_EQ(cell(d, 9, 0).id, "trade.2030-11.imports");
  EXPECT_EQ(cell(d, 9, 1).id, "trade.imports");
  EXPECT_EQ(cell(d, 9, 2).id, "trade.imports.growth_yoy");
  EXPECT_EQ(cell(d, 9, 3).id, "trade.2030-01/2030-11.imports");
  EXPECT_EQ(cell(d, 9, 4).id, "trade.2031-01/2031-11.imports");
  EXPECT_EQ(cell(d, 9, 4).q.written_unit.scale_exp, 6);
  EXPECT_EQ(cell(d, 9, 5).id, "trade.2031-01/2031-11.imports.growth_yoy");
  EXPECT_EQ(cell(d, 10, 1).id, "machinery.imports");
  EXPECT_EQ(cell(d, 10, 5).id, "machinery.2031-01/2031-11.imports.growth_yoy");
}

// "on the year" closing a rate is on a year earlier; "left" is a verb ("That left a surplus"
// goes on about the sentence before); "so far" names no subject.
TEST(TradeTables, OnTheYearAndThatLeftASurplus) {
  auto d = extract_text(
      "# External trade of Halvia, November 2031\n\n"
      "Halvia exported goods worth EUR 40.2 billion, up 1.5 per cent on the month and down 2.0 "
      "per cent on the year. Imports came to EUR 30.0 billion. That left a trade surplus of "
      "EUR 10.2 billion.\n\n"
      "Over the first eleven months of 2031, exports totalled EUR 410.7 billion. The surplus so "
      "far this year, EUR 90.2 billion, is 3.0 per cent larger than a year earlier.\n");
  EXPECT_EQ(claim_of(d, "1.5 per cent").id, "trade.exports.growth");
  EXPECT_EQ(claim_of(d, "2.0 per cent").id, "trade.exports.growth_yoy");
  EXPECT_EQ(claim_of(d, "EUR 10.2 billion").id, "trade.balance");
  EXPECT_EQ(claim_of(d, "EUR 90.2 billion").id, "trade.2031-01/2031-11.balance");
}

// "the mainland balance worsened by 10.8 per cent, to a deficit of EUR 31.3 billion": a level
// after a rate whose words name only the rate's own flow again goes on about its subject.
TEST(TradeTables, ALevelAfterARateOfItsOwnFlowKeepsTheRatesSubject) {
  auto d = extract_text(
      "# External trade of Halvia, November 2031\n\n"
      "The surplus was 15.1 per cent smaller than a year earlier, and the mainland trade "
      "balance worsened by 10.8 per cent, to a deficit of EUR 31.3 billion.\n");
  EXPECT_EQ(claim_of(d, "10.8 per cent").id, "mainland.balance.growth");
  const draft_claim deficit = claim_of(d, "EUR 31.3 billion");
  EXPECT_EQ(deficit.id, "mainland.balance");
  EXPECT_DOUBLE_EQ(deficit.q.number, -31.3);
}

// A table's row named in a list or an aside before the amount's clause does not name the
// amount: "Mainland exports, that is all goods but timber, came to ..." is not timber's.
TEST(TradeTables, ARowNamedInAnAsideDoesNotNameTheAmount) {
  auto d = extract_text(
      "# External trade of Halvia, November 2031\n\n"
      "Mainland exports, that is all goods but crude timber, came to EUR 35.1 billion.\n\n"
      "| | November 2031 |\n"
      "|---|---|\n"
      "| Crude timber | 5.1 |\n"
      "| Mainland exports | 35.1 |\n");
  EXPECT_EQ(claim_of(d, "EUR 35.1 billion").id, "mainland.exports");
}

// A row is named by its head too, the words before its last joiner ("Fish, crustaceans,
// molluscs and prep. thereof" by "Fish, crustaceans and molluscs", joiners aside), and an amount
// that names a row, and no flow, has the row's flow ("| Exports |" above it).
TEST(TradeTables, AnAmountNamingARowByItsHeadTakesTheRowsIdAndFlow) {
  auto d = extract_text(
      "# External trade of Halvia, November 2031\n\n"
      "Fish, crustaceans and molluscs accounted for EUR 16.7 billion.\n\n"
      "| | November 2031 |\n"
      "|---|---|\n"
      "| Exports | 40.2 |\n"
      "| Fish, crustaceans, molluscs and prep. thereof | 16.7 |\n");
  EXPECT_EQ(claim_of(d, "EUR 16.7 billion").id, "fish_crustaceans_molluscs_prep.exports");
  EXPECT_EQ(cell(d, 8, 0).id, "fish_crustaceans_molluscs_prep.exports");
}

// "See the note to table 1": a reference in lower case is no claim, unless its word is an
// ordinary word too ("a level 3" is read as a number).
TEST(TradeTables, ALowerCaseReferenceIsNoClaim) {
  auto d = extract_text(
      "# External trade of Halvia, November 2031\n\n"
      "Exports came to EUR 40.2 billion (see the note to table 1).\n");
  EXPECT_EQ(written_claims(d), std::vector<std::string>{"EUR 40.2 billion"});
}

// A first header row of units, "DKK million" spanning two period columns beside "Increase on a
// year before, %", above "| | May 2030 | May 2031 | May |": the last column holds rates of May
// 2031 on May 2030, a year earlier (growth_yoy); "May-May 2030", a range of one month, is May.
TEST(TradeTables, AChangeNamedInAUnitRowHoldsRatesOnTheColumnsBefore) {
  auto d = extract_text(
      "# External trade of Halvia, May 2031\n\n"
      "| | DKK million | | Increase on a year before, % |\n"
      "|---|---|---|---|\n"
      "| | May-May 2030 | May-May 2031 | May |\n"
      "| Exports | 1,210.4 | 1,331.5 | 10.0 |\n");
  EXPECT_EQ(cell(d, 6, 0).id, "trade.2030-05.exports");
  EXPECT_EQ(cell(d, 6, 1).id, "trade.exports");
  EXPECT_EQ(cell(d, 6, 2).id, "trade.exports.growth_yoy");
  EXPECT_EQ(cell(d, 6, 2).kind, claim_kind::growth);
}

// "| Imports, total |" heads the rows below it down to a blank row: they are parts of the
// country's imports (trade.X.imports, which the catalogue's parts rules add up), in each period
// column; a row marked as a part of a part ("of which") is not one of them, and the rows after
// the blank row are not.
TEST(TradeTables, ATotalRowHeadsItsPartsDownToABlankRow) {
  auto d = extract_text(
      "# External trade of Halvia, May 2031\n\n"
      "| DKK million | May 2030 | May 2031 |\n"
      "|---|---|---|\n"
      "| Imports, total | 900.0 | 950.0 |\n"
      "| Machinery | 400.0 | 420.0 |\n"
      "| of which vehicles | 150.0 | 160.0 |\n"
      "| Raw materials | 500.0 | 530.0 |\n"
      "| | | |\n"
      "| Exports | 1,000.0 | 1,020.0 |\n"
      "| Timber | 300.0 | 310.0 |\n");
  EXPECT_EQ(cell(d, 5, 1).id, "trade.imports");
  EXPECT_EQ(cell(d, 6, 0).id, "trade.machinery.2030-05.imports");
  EXPECT_EQ(cell(d, 6, 1).id, "trade.machinery.imports");
  EXPECT_EQ(cell(d, 8, 1).id, "trade.raw_materials.imports");
  EXPECT_NE(cell(d, 7, 1).id.rfind("trade.vehicles", 0), 0u) << cell(d, 7, 1).id;
  // "| Exports |" says no total: its rows keep the reading of a flow's section.
  EXPECT_EQ(cell(d, 11, 1).id, "timber.exports");
}

}  // namespace
}  // namespace crossfoot::testing
