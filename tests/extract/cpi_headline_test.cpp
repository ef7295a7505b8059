// How a CPI release names its headline index in prose and in its table: the prose's "the
// consumer price index ... fell 0.3% from the previous month" and the table's "| General |" row
// under "Monthly change (%)" state one figure, so they get one id, and a slip in either meets the
// other (issue 9). The sentences and tables are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const char* const general_table =
    "# Consumer Price Index, Ostmark, March 2031\n"
    "\n"
    "The consumer price index of March 2031 stood at 104.2 (2025=100). It was down 0.3% from "
    "the previous month and up 1.4% over the year.\n"
    "\n"
    "Table 1   Ostmark, March 2031\n"
    "\n"
    "| | Index | Monthly change (%) | Annual change (%) |\n"
    "|---|---|---|---|\n"
    "| General | 104.2 | -0.3 | 1.4 |\n"
    "| Food | 106.0 | 0.2 | 2.9 |\n"
    "| General, excluding fresh food | 103.9 | -0.2 | 1.1 |\n"
    "| General government services | 99.0 | 0.0 | 0.1 |\n";

// "| General |" in a table of a price index's levels is the whole index, named as the prose
// names it (cpi), in every column; so is the whole of a row that leaves parts out of it.
TEST(CpiHeadline, GeneralRowIsTheWholeIndex) {
  auto d = extract_text(general_table);
  EXPECT_EQ(cell(d, 9, 0).id, "cpi");
  EXPECT_EQ(cell(d, 9, 1).id, "cpi.growth");
  EXPECT_EQ(cell(d, 9, 2).id, "cpi.growth_yoy");
  EXPECT_EQ(claim_of(d, "0.3%").id, "cpi.growth");
  EXPECT_EQ(claim_of(d, "1.4%").id, "cpi.growth_yoy");
  EXPECT_EQ(cell(d, 11, 0).id, "cpi.excluding.fresh_food");
  // A label with more words than the whole index's name is a thing of its own.
  EXPECT_EQ(cell(d, 12, 0).id.find("cpi"), std::string::npos) << cell(d, 12, 0).id;
  EXPECT_EQ(cell(d, 10, 0).id, "food");
}

// Without a table of the index's levels or weights (a table of rates alone), "General" is no
// name of the whole index: it stays the row's own words.
TEST(CpiHeadline, GeneralInATableOfRatesAloneStaysItself) {
  auto d = extract_text(
      "# Consumer Price Index, Ostmark, March 2031\n"
      "\n"
      "The consumer price index was up 1.4% over the year.\n"
      "\n"
      "| | Annual change (%) |\n"
      "|---|---|\n"
      "| General | 1.4 |\n");
  EXPECT_EQ(cell(d, 7, 0).id, "general.growth_yoy");
}

// "| CPI headline (all households) |": the headline index, with a bracket saying it covers all
// of something, is the whole index even in a table of rates alone; a bracket of another kind
// ("(rural areas)") keeps the row apart. "prices rose by 0,4%" in a release whose title names the
// index is the index's rate before any claim has named it, one figure with the row's cell.
TEST(CpiHeadline, HeadlineRowCoveringAllAndPricesAlone) {
  auto d = extract_text(
      "# Consumer Price Index, Ostmark, April 2031\n"
      "\n"
      "Between March 2031 and April 2031 prices rose by 0,4% on average.\n"
      "\n"
      "| Main indices | March 2031 and April 2031, % |\n"
      "|---|---|\n"
      "| CPI headline (all households) | 0,4 |\n"
      "| CPI (rural areas) | 0,5 |\n"
      "| Transport | 0,2 |\n");
  EXPECT_EQ(claim_of(d, "0,4%").id, "cpi.growth");
  EXPECT_EQ(cell(d, 7, 0).id, "cpi.growth");
  EXPECT_NE(cell(d, 8, 0).id, "cpi.growth");
}

// Without a price index in the title or named before, prices alone stay an aspect: "prices rose"
// in a trade release is no index's rate.
TEST(CpiHeadline, PricesAloneInATradeReleaseStayAnAspect) {
  auto d = extract_text(
      "# Trade of Ostmark, April 2031\n"
      "\n"
      "Exports grew by 2.0%. Prices rose by 0.4% on average.\n");
  EXPECT_EQ(claim_of(d, "0.4%").id.find("cpi"), std::string::npos) << claim_of(d, "0.4%").id;
}

}  // namespace
}  // namespace crossfoot::testing
