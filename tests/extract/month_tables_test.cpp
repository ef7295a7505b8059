// Tables of a flow by month and year (issue 9): months as rows ("Jan.", "Febr.", "March"),
// years as columns under groups of columns that span them ("| Total | | | Nordic countries |
// | |"), a flow named once in the first cell of its block, and a "Total" row of each year. The
// drafts are written for these tests.
#include <gtest/gtest.h>

#include <map>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// Line 8 is Exports in January, 9 February, 10 March, 11 the year's total; 12 to 14 imports.
const std::string month_by_year_table =
    "# Goods trade of Ostrava Bay, March 2031\n"
    "\n"
    "Trade in goods by month, 2029-2031 (EUR million)\n"
    "\n"
    "| | Month | Total | | | Nordic countries | | | Non-Nordic countries | | |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|\n"
    "| | | 2029 | 2030 | 2031 | 2029 | 2030 | 2031 | 2029 | 2030 | 2031 |\n"
    "| Exports | Jan. | 40.0 | 44.0 | 48.0 | 25.0 | 27.0 | 30.0 | 15.0 | 17.0 | 18.0 |\n"
    "| | Febr. | 41.0 | 45.0 | 47.0 | 26.0 | 28.0 | 29.0 | 15.0 | 17.0 | 18.0 |\n"
    "| | March | 42.0 | 46.0 | 49.0 | 26.5 | 28.5 | 30.5 | 15.5 | 17.5 | 18.5 |\n"
    "| | Total | 123.0 | 135.0 | | | | | | | |\n"
    "| Imports | Jan. | 38.0 | 41.0 | 45.0 | 20.0 | 22.0 | 24.0 | 18.0 | 19.0 | 21.0 |\n"
    "| | Febr. | 39.0 | 42.0 | 46.0 | 21.0 | 23.0 | 25.0 | 18.0 | 19.0 | 21.0 |\n"
    "| | Sept | 40.0 | 43.0 | | 21.5 | 23.5 | | 18.5 | 19.5 | |\n";

// A month in the row and a year in the column: the cell is of that month of that year. The
// draft's own month (March 2031) has no period segment, the month before it is .prev.
TEST(MonthTables, ARowOfAMonthUnderAColumnOfAYearIsThatMonthOfThatYear) {
  auto d = extract_text(month_by_year_table);
  EXPECT_EQ(cell(d, 9, 0).id, "trade.2029-02.exports");
  EXPECT_EQ(cell(d, 9, 1).id, "trade.2030-02.exports");
  EXPECT_EQ(cell(d, 9, 2).id, "trade.exports.prev");
  EXPECT_EQ(cell(d, 10, 2).id, "trade.exports");
  EXPECT_EQ(cell(d, 14, 0).id, "trade.2029-09.imports");
  const draft_claim jan = cell(d, 8, 0);
  EXPECT_EQ(jan.id, "trade.2029-01.exports");
  EXPECT_EQ(jan.q.written_unit.dim.to_string(), "EUR");
  EXPECT_EQ(jan.q.written_unit.scale_exp, 6);
}

// "Total" in the month's place is the year's total; the flow named once in the block's first
// cell holds for the empty labels below it, until the next block ("Imports").
TEST(MonthTables, ATotalRowIsTheYearAndTheBlocksFlowHoldsBelowIt) {
  auto d = extract_text(month_by_year_table);
  EXPECT_EQ(cell(d, 11, 0).id, "trade.2029.exports");
  EXPECT_EQ(cell(d, 11, 1).id, "trade.2030.exports");
  EXPECT_EQ(cell(d, 13, 0).id, "trade.2029-02.imports");
}

// The groups over the years: "Total" is the whole, the others are its parts (trade.nordic,
// trade.non_nordic), so the three cells of one month and year are three figures.
TEST(MonthTables, GroupsOfColumnsBesideATotalAreItsParts) {
  auto d = extract_text(month_by_year_table);
  EXPECT_EQ(cell(d, 8, 3).id, "trade.nordic.2029-01.exports");
  EXPECT_EQ(cell(d, 8, 6).id, "trade.non_nordic.2029-01.exports");
  EXPECT_EQ(cell(d, 10, 5).id, "trade.nordic.exports");
  EXPECT_EQ(cell(d, 10, 8).id, "trade.non_nordic.exports");
  const draft_claim part = cell(d, 8, 6);
  EXPECT_EQ(part.q.written_unit.dim.to_string(), "EUR");  // a group's name is no counted unit
}

// Whatever the reader cannot tell apart, it never gives one id to two cells.
TEST(MonthTables, NoTwoCellsShareAnId) {
  auto d = extract_text(month_by_year_table);
  std::map<std::string, int> seen;
  for (const draft_claim& c : d.claims) ++seen[c.id];
  for (const auto& [id, n] : seen) EXPECT_EQ(n, 1) << id;
}

// Groups that name no whole: each is a family of its own ("Region A", "Region B"), and a
// group whose words name nothing the lexicon knows still keeps its cells apart.
TEST(MonthTables, GroupsWithoutATotalAreFamiliesOfTheirOwn) {
  auto d = extract_text(
      "# Sales of Lindqvist, May 2030\n\n"
      "Sales by month (SEK million)\n\n"
      "| | North | | Other | |\n"
      "|---|---|---|---|---|\n"
      "| | 2029 | 2030 | 2029 | 2030 |\n"
      "| Apr | 12.0 | 13.5 | 8.0 | 8.5 |\n"
      "| May | 12.5 | 14.0 | 8.5 | 9.0 |\n");
  EXPECT_EQ(cell(d, 8, 0).id, "north.2029-04.exports");  // "Sales": what was sold
  EXPECT_EQ(cell(d, 8, 2).id, "other.2029-04.exports");
  EXPECT_EQ(cell(d, 9, 1).id, "north.exports");
  EXPECT_EQ(cell(d, 9, 3).id, "other.exports");
}

// "| Apr | 12.0 |": a number in a cell of its own, or with decimals, is no day of the month
// written before it.
TEST(MonthTables, ACellAfterAMonthIsNoDay) {
  auto d = extract_text(
      "# Sales of Lindqvist, May 2030\n\n"
      "| Month | 2029 | 2030 |\n"
      "|---|---|---|\n"
      "| Apr | 12 | 14 |\n"
      "| May | 12.5 | 14.0 |\n");
  EXPECT_EQ(on_line(d, 5).size(), 2U);
  EXPECT_EQ(on_line(d, 6).size(), 2U);
  EXPECT_EQ(cell(d, 5, 0).q.number, 12);
}

// Groups of columns that are flows alone: each gives its columns its flow, not a family.
TEST(MonthTables, GroupsOfColumnsThatAreFlowsGiveTheirFlow) {
  auto d = extract_text(
      "# Trade of Lindqvist, March 2031\n\n"
      "Trade by month (DKK billion)\n\n"
      "| Month | Exports | | Imports | |\n"
      "|---|---|---|---|---|\n"
      "| | 2030 | 2031 | 2030 | 2031 |\n"
      "| Jan | 30.0 | 33.0 | 28.0 | 29.0 |\n"
      "| March | 32.0 | 35.0 | 29.5 | 31.0 |\n");
  EXPECT_EQ(cell(d, 8, 0).id, "trade.2030-01.exports");
  EXPECT_EQ(cell(d, 8, 2).id, "trade.2030-01.imports");
  EXPECT_EQ(cell(d, 9, 1).id, "trade.exports");
  EXPECT_EQ(cell(d, 9, 3).id, "trade.imports");
}

// Months (with their years) as rows and flows as columns: a row labelled only by its period
// takes the flow its column's own header names, so the draft's own month is the prose's figure
// and the months before it are figures of their own (issue 9: a planted slip in one month's
// cell meets its balance).
TEST(MonthTables, ColumnsThatNameFlowsGiveTheirFlowToRowsOfPeriods) {
  auto d = extract_text(
      "# Merchandise trade of Tessaly, June 2032\n"
      "\n"
      "| Month | Exports | Imports | Trade balance |\n"
      "|---|---|---|---|\n"
      "| | NZD million | NZD million | NZD million |\n"
      "| April 2032 | 5,210 | 4,880 | 330 |\n"
      "| May 2032 | 5,405 | 5,120 | 285 |\n"
      "| June 2032 | 5,030 | 5,245 | -215 |\n"
      "\n"
      "In June 2032 exports fell to NZD 5,030 million and the balance was a deficit of NZD 215\n"
      "million.\n");
  EXPECT_EQ(cell(d, 6, 0).id, "trade.2032-04.exports");
  EXPECT_EQ(cell(d, 6, 1).id, "trade.2032-04.imports");
  EXPECT_EQ(cell(d, 6, 2).id, "trade.2032-04.balance");
  EXPECT_EQ(cell(d, 7, 0).id, "trade.exports.prev");
  EXPECT_EQ(cell(d, 8, 0).id, "trade.exports");
  EXPECT_EQ(cell(d, 8, 2).id, "trade.balance");
  EXPECT_EQ(claim_of(d, "NZD 5,030 million").id, cell(d, 8, 0).id);
  EXPECT_EQ(claim_of(d, "NZD 215\nmillion").id, cell(d, 8, 2).id);
}

// A row that names a thing of its own under such columns is that thing's flow.
TEST(MonthTables, ColumnsThatNameFlowsGiveTheirFlowToRowsOfThings) {
  auto d = extract_text(
      "# Merchandise trade of Tessaly, June 2032\n"
      "\n"
      "| Commodity | Exports | Imports |\n"
      "|---|---|---|\n"
      "| | NZD million | NZD million |\n"
      "| Dairy products | 1,410 | 96 |\n"
      "| Timber | 412 | 37 |\n");
  EXPECT_EQ(cell(d, 6, 0).id, "dairy_products.exports");
  EXPECT_EQ(cell(d, 6, 1).id, "dairy_products.imports");
  EXPECT_EQ(cell(d, 7, 1).id, "timber.imports");
}

}  // namespace
}  // namespace crossfoot::testing
