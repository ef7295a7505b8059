// Series and sections of price releases (issue 9 item 7): a draft that names more than one
// series of its figures (a seasonally adjusted row beside the original one) keeps a claim said
// to be of a series apart from the others; "the group" under a heading that names a group is
// that group; a chart's axis labels that open with their unit are no claims. The sentences are
// written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string groups =
    "# Consumer prices of Corvia: March quarter 2031\n"
    "\n"
    "| | % change |\n"
    "|---|---|\n"
    "| All groups CPI | 0.3 |\n"
    "| Food group | 1.9 |\n"
    "| All groups CPI, seasonally adjusted | 0.4 |\n"
    "\n"
    "### Food group (+1.9%)\n"
    "\n"
    "- Fruit (up 6.0%) did most to lift the group.\n"
    "- Seasonally adjusted, the group rose 1.4%; fruit (+3.8%) contributed most.\n";

// The row "All groups CPI, seasonally adjusted" says the draft has two series: "Seasonally
// adjusted, the group rose 1.4%" is not the group's 1.9% of the table, nor fruit's 3.8% its 6.0%.
TEST(Series, ASeriesNamedBesideAnotherKeepsItsClaimsApart) {
  auto d = extract_text(groups);
  EXPECT_EQ(claim_of(d, "6.0%").id, "fruit.growth");
  EXPECT_EQ(claim_of(d, "+3.8%").id, "fruit.seasonally_adjusted.growth");
  EXPECT_EQ(claim_of(d, "1.4%").id, "food.seasonally_adjusted.growth");
}

// Without another series, "Seasonally adjusted, ..." names no series apart: the draft's figures
// are all of it.
TEST(Series, OneSeriesOnlyNamesNothingApart) {
  auto d = extract_text(
      "# Labour market of Corvia: June 2031 quarter\n\n"
      "Seasonally adjusted, the jobless rate reached 6.1 percent.\n");
  EXPECT_EQ(claim_of(d, "6.1 percent").id.find("seasonally"), std::string::npos);
}

// A table whose header row says its series ("| Trade of Corvia, May 2031 (seasonally adjusted)
// | EUR bn |") is of that series throughout, and nothing in it is apart from it: prose that says
// the same series, "calendar and seasonally adjusted, imports reached ...", is the table's
// figure. Words that say what a series is adjusted for name nothing the figure is about.
TEST(Series, AHeaderRowsSeriesSetsNothingApart) {
  auto d = extract_text(
      "# Trade of Corvia, May 2031\n\n"
      "Sales to the Delta Union came to 48.1 billion euros in May 2031, calendar and "
      "seasonally adjusted, and purchases from it 39.5 billion euros.\n\n"
      "| Trade of Corvia, May 2031 (seasonally adjusted) | EUR bn |\n"
      "|---|---|\n"
      "| Exports to the Delta Union | 48.1 |\n"
      "| Imports from the Delta Union | 39.5 |\n");
  EXPECT_EQ(claim_of(d, "39.5 billion euros").id.find("seasonally"), std::string::npos)
      << claim_of(d, "39.5 billion euros").id;
  EXPECT_EQ(claim_of(d, "39.5 billion euros").id.find("calendar"), std::string::npos)
      << claim_of(d, "39.5 billion euros").id;
  EXPECT_EQ(claim_of(d, "39.5 billion euros").id, claim_of(d, "39.5").id);
}

// "Over the twelve months the group rose 3.2%" under "### Food group (+1.9%)": the food group.
TEST(Series, TheGroupIsTheHeadingsGroup) {
  auto d = extract_text(
      "# Consumer prices of Corvia: March quarter 2031\n\n### Food group (+1.9%)\n\n"
      "- Over the twelve months the group rose 3.2%.\n\n## Goods and services\n\n"
      "Services exports edged up $0.2 billion.\n");
  EXPECT_EQ(claim_of(d, "3.2%").id, "food.growth_yoy");
  // "## Goods and services" names no group: services stay services.
  EXPECT_EQ(claim_of(d, "$0.2 billion").id.find("goods"), std::string::npos)
      << claim_of(d, "$0.2 billion").id;
}

// "% 3.0 2.0 1.0 0.0 -1.0 -2.0": an axis that opens with its unit holds no claims.
TEST(Series, AxisLabelsOpeningWithTheirUnit) {
  auto d = extract_text(
      "# Consumer prices of Corvia: March quarter 2031\n\nPrices rose 0.3%.\n\n"
      "% 3.0 2.0 1.0 0.0 -1.0 -2.0\n");
  EXPECT_EQ(written_claims(d), std::vector<std::string>{"0.3%"});
}

// "Seasonally adjusted" spans two columns of changes, and the same two columns beside them
// under no series are the unadjusted ones: each cell of a row is its own figure
// (gdp.original.growth beside gdp.growth), and prose said seasonally adjusted meets the
// adjusted column. Read as one series, a row's changes of the two series were one id.
TEST(Series, ColumnsBesideASeriesGroupAreTheOriginalSeries) {
  auto d = extract_text(
      "# Corvian output, third quarter 2031\n"
      "\n"
      "Seasonally adjusted, GDP rose by 0.6% on the previous quarter.\n"
      "\n"
      "Gross domestic product\n"
      "\n"
      "| | GDP, EUR million | Change in volume, % | | | |\n"
      "|---|---|---|---|---|---|\n"
      "| | | Seasonally adjusted | | On the previous quarter | On a year earlier |\n"
      "| | | On the previous quarter | On a year earlier | | |\n"
      "| Q2 2031 | 10 100.0 | 0.4 | 1.8 | 6.2 | 1.7 |\n"
      "| Q3 2031 | 10 700.0 | 0.6 | 2.0 | 5.9 | 2.2 |\n");
  EXPECT_EQ(claim_of(d, "0.6%").id, "gdp.growth");
  EXPECT_EQ(cell(d, 12, 1).id, "gdp.growth");
  EXPECT_EQ(cell(d, 12, 2).id, "gdp.growth_yoy");
  EXPECT_EQ(cell(d, 12, 3).id, "gdp.original.growth");
  EXPECT_EQ(cell(d, 12, 4).id, "gdp.original.growth_yoy");
  EXPECT_EQ(cell(d, 12, 0).id, "gdp");
}

}  // namespace
}  // namespace crossfoot::testing
