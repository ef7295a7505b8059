// Forms of a monthly CPI release (issue 9): a table of the broad groups' weights with their
// change on the month and on the same month a year earlier (each header naming its two months
// as a ratio, "(June 2031/ May 2031)"), a "Total" row that is the index itself, a table of the
// index's level and inflation rate by month under a line giving the index's base, "inflation"
// alone as the headline index's annual rate, and "Tables 1 and 2 show the CPI rising from ...".
// The draft is written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string orrin_cpi =
    "# Consumer Price Index, June 2031\n"
    "\n"
    "The Orrin Statistics Office publishes the consumer price index (CPI) for June 2031.\n"
    "\n"
    "Tables 1 and 2 show the CPI climbing from 142.10 in May to 143.02 in June 2031. Overall\n"
    "inflation stood at 5.31 per cent in June 2031.\n"
    "\n"
    "Table 1: Monthly and Twelve Months Changes by Group\n"
    "\n"
    "| Group | CPI Weight | % Change on last month (June 2031/ May 2031) | % Change on same "
    "month of previous year (June 2031/ June 2030) |\n"
    "|---|---|---|---|\n"
    "| Bread & Cereals | 61.50 | 0.90 | 7.10 |\n"
    "| Fuel & Light | 38.50 | 0.40 | 2.48 |\n"
    "| Total | 100 | 0.65 | 5.31 |\n"
    "\n"
    "Table 2: Headline CPI and Inflation\n"
    "\n"
    "Base: January 2020=100\n"
    "\n"
    "| Month | Headline CPI | Rate of Inflation |\n"
    "|---|---|---|\n"
    "| Jun-30 | 135.81 | 4.02 |\n"
    "| May-31 | 142.10 | 5.05 |\n"
    "| Jun-31 | 143.02 | 5.31 |\n"
    "\n"
    "Against June 2030, bread inflation reached 7.10 per cent. Jet fuel inflation was 9.90 per\n"
    "cent.\n";

TEST(CpiReleaseForms, ReferencesToTablesAreNoFigures) {
  auto d = extract_text(orrin_cpi);
  for (const draft_claim& c : on_line(d, 5)) {
    EXPECT_NE(c.written, "1") << c.id;
    EXPECT_NE(c.written, "2") << c.id;
  }
  // A number after a joiner is part of the list only when it is a bare whole number.
  auto rate = extract_text("# Prices, June 2031\n\nTable 1 and 2.5% of the rest were late.\n");
  EXPECT_EQ(written_claims(rate), std::vector<std::string>{"2.5%"});
}

TEST(CpiReleaseForms, ASpanBeforeANounIsNoCount) {
  auto d = extract_text(orrin_cpi);
  for (const draft_claim& c : d.claims) EXPECT_EQ(c.written.find("Twelve"), std::string::npos);
  // So in digits: "12 months averages" are twelve-month averages.
  auto digits = extract_text("# Notes, June 2031\n\nThe 12 months averages rose 2.0%.\n");
  EXPECT_EQ(written_claims(digits), std::vector<std::string>{"2.0%"});
}

TEST(CpiReleaseForms, TheObjectOfAReferenceThatShowsNamesTheLevels) {
  auto d = extract_text(orrin_cpi);
  const std::vector<draft_claim> line = on_line(d, 5);
  ASSERT_EQ(line.size(), 2u);
  EXPECT_EQ(line[0].id, "cpi.prev");
  EXPECT_EQ(line[1].id, "cpi");
  EXPECT_EQ(line[1].kind, claim_kind::level);
  EXPECT_EQ(editor_unit(line[1]), "index point");
}

TEST(CpiReleaseForms, InflationAloneIsTheHeadlineIndexsAnnualRate) {
  auto d = extract_text(orrin_cpi);
  EXPECT_EQ(on_line(d, 6).at(0).id, "cpi.growth_yoy");
  // A monthly one says so.
  auto monthly = extract_text(
      "# Consumer prices, June 2031\n\nThe CPI stood at 143.0 in June 2031. The monthly rate of "
      "inflation was 0.6%.\n");
  EXPECT_EQ(claim_of(monthly, "0.6%").id.find("growth_yoy"), std::string::npos);
}

TEST(CpiReleaseForms, PeriodsAsARatioInAHeaderNameTheRatesSpan) {
  auto d = extract_text(orrin_cpi);
  EXPECT_EQ(cell(d, 12, 0).id, "bread_cereals.weight");
  EXPECT_EQ(cell(d, 12, 1).id, "bread_cereals.growth");
  EXPECT_EQ(cell(d, 12, 2).id, "bread_cereals.growth_yoy");
}

TEST(CpiReleaseForms, TheTotalOfATableOfWeightsIsTheIndex) {
  auto d = extract_text(orrin_cpi);
  EXPECT_EQ(cell(d, 14, 0).id, "cpi.weight");
  EXPECT_EQ(cell(d, 14, 1).id, "cpi.growth");
  EXPECT_EQ(cell(d, 14, 2).id, "cpi.growth_yoy");
}

TEST(CpiReleaseForms, ABaseLineMakesTheIndexColumnLevelsAndTheColumnsNameTheIndex) {
  auto d = extract_text(orrin_cpi);
  const draft_claim year_ago = cell(d, 22, 0);
  EXPECT_EQ(year_ago.id, "cpi.2030-06");
  EXPECT_EQ(year_ago.kind, claim_kind::level);
  EXPECT_EQ(editor_unit(year_ago), "index point");
  EXPECT_EQ(cell(d, 22, 1).id, "cpi.2030-06.growth_yoy");
  EXPECT_EQ(cell(d, 23, 0).id, "cpi.prev");
  EXPECT_EQ(cell(d, 24, 0).id, "cpi");
  EXPECT_EQ(cell(d, 24, 1).id, "cpi.growth_yoy");
  // The base's numbers are no claims.
  for (int line = 16; line <= 20; ++line) EXPECT_TRUE(on_line(d, line).empty()) << line;
}

// "bread inflation" names the row "Bread & Cereals" by its first item, in a table of weights
// and rates: the row's annual rate, one figure with its cell. "Jet fuel" is no "Fuel & Light".
TEST(CpiReleaseForms, ARowsFirstItemBeforeInflationNamesTheRowsRate) {
  auto d = extract_text(orrin_cpi);
  EXPECT_EQ(claim_of(d, "7.10 per cent").id, "bread_cereals.growth_yoy");
  EXPECT_NE(claim_of(d, "9.90 per").id, "fuel_light.growth_yoy");
}

}  // namespace
}  // namespace crossfoot::testing
