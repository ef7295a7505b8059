// The table header model (issue 9 item 2): a column's unit and measure come from the header
// cells above it, its own first, then the header that spans it, and only then the table's
// caption; never from another column's header. The drafts are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

void expect_read(const draft_claim& c, claim_kind kind, const std::string& unit, double value) {
  EXPECT_EQ(c.kind, kind) << c.written;
  EXPECT_EQ(editor_unit(c), unit) << c.written;
  EXPECT_DOUBLE_EQ(editor_value(c), value) << c.written;
}

// Two indices side by side, each spanning an index column and a rate column; the caption speaks
// of indices and of rates of change. Lines 9-11 hold the data.
const std::string two_indices =
    "# Producer prices in Valdoria, June 2031\n"
    "\n"
    "Producer Price Indices and Rates of Change by Industry, June 2031\n"
    "(2025 = 100)\n"
    "\n"
    "| Industry | Output PPI | | Input PPI | |\n"
    "|---|---|---|---|---|\n"
    "| | Index for Jun 31 | % change over Jun 30 | Index for Jun 31 | % change over Jun 30 |\n"
    "| Mining | 142.7 | +6.3 | 131.9 | +2.8 |\n"
    "| Forestry | 97.4 | -3.5 | 104.2 | -0.9 |\n"
    "| All industries | 120.8 | +1.9 | 118.6 | +0.7 |\n";

// "Index for Jun 31" names its column's measure: index levels, though the caption speaks of
// rates and the column beside it says "%".
TEST(HeaderModel, AnIndexColumnHoldsLevelsUnderACaptionOfRates) {
  auto d = extract_text(two_indices);
  for (int line : {9, 10, 11}) {
    for (std::size_t i : {0U, 2U}) {
      const draft_claim c = cell(d, line, i);
      EXPECT_EQ(c.kind, claim_kind::level) << line << " " << c.written;
      EXPECT_NE(editor_unit(c), "%") << line << " " << c.written;
    }
    for (std::size_t i : {1U, 3U}) {
      const draft_claim c = cell(d, line, i);
      EXPECT_EQ(c.kind, claim_kind::growth) << line << " " << c.written;
      EXPECT_EQ(editor_unit(c), "%") << line << " " << c.written;
    }
  }
  EXPECT_DOUBLE_EQ(editor_value(cell(d, 10, 2)), 104.2);
  EXPECT_DOUBLE_EQ(editor_value(cell(d, 10, 1)), -3.5);
}

// The same table separated by tabs reads alike.
TEST(HeaderModel, AnIndexColumnHoldsLevelsInATabTable) {
  auto d = extract_text(
      "# Producer prices in Valdoria, June 2031\n\n"
      "Producer Price Indices and Rates of Change by Industry, June 2031\n\n"
      "Industry\tOutput PPI\t\tInput PPI\t\n"
      "\tIndex for Jun 31\t% change over Jun 30\tIndex for Jun 31\t% change over Jun 30\n"
      "Mining\t142.7\t+6.3\t131.9\t+2.8\n"
      "Forestry\t97.4\t-3.5\t104.2\t-0.9\n");
  EXPECT_EQ(cell(d, 7, 0).kind, claim_kind::level);
  EXPECT_EQ(cell(d, 7, 2).kind, claim_kind::level);
  EXPECT_EQ(cell(d, 7, 1).kind, claim_kind::growth);
  EXPECT_EQ(editor_unit(cell(d, 8, 3)), "%");
}

// "EUR million at current prices" spans two period columns: a unit, whatever its valuation
// says ("at current exchange rates" names no rate). The column beside it, "..., %", holds rates
// though the unit of the columns to its left is a currency's.
TEST(HeaderModel, AUnitSpanningPeriodsBesideAColumnOfRates) {
  auto d = extract_text(
      "# Foreign trade of Ostrava Bay, March 2031\n\n"
      "Exports by product group, first quarter\n\n"
      "| | EUR million at current exchange rates | | Change on a year before at current "
      "exchange rates, % |\n"
      "|---|---|---|---|\n"
      "| | Q1 2030 | Q1 2031 | Q1 2031 |\n"
      "| Machinery | 4,210.5 | 4,502.2 | 6.9 |\n"
      "| Timber | 812.0 | 750.4 | -7.6 |\n");
  expect_read(cell(d, 9, 0), claim_kind::level, "EUR", 812.0e6);
  expect_read(cell(d, 8, 1), claim_kind::level, "EUR", 4502.2e6);
  expect_read(cell(d, 9, 2), claim_kind::growth, "%", -7.6);
}

// "Billions of dollars, seasonally adjusted at annual rates": levels, not rates.
TEST(HeaderModel, LevelsAtAnnualRatesAreLevels) {
  auto d = extract_text(
      "# Personal income in Lindqvist, May 2030\n\n"
      "Billions of dollars, seasonally adjusted at annual rates\n\n"
      "| | April 2030 | May 2030 |\n"
      "|---|---|---|\n"
      "| Wages and salaries | 9,410.2 | 9,455.8 |\n");
  expect_read(cell(d, 7, 1), claim_kind::level, "USD", 9455.8e9);
}

// Groups of columns side by side, each an index spanning its index and rate columns: the cells
// of one row under two groups are two figures, each a component of its group's index
// (output_ppi.mining, as prices.rules' X.Y); the row naming the whole is the index itself.
TEST(HeaderModel, GroupsOfIndicesSideBySideAreFamiliesOfTheirRows) {
  auto d = extract_text(two_indices);
  EXPECT_EQ(cell(d, 9, 0).id, "output_ppi.mining");
  EXPECT_EQ(cell(d, 9, 2).id, "input_ppi.mining");
  EXPECT_NE(cell(d, 9, 1).id, cell(d, 9, 3).id);
  EXPECT_TRUE(cell(d, 9, 1).id.starts_with("output_ppi.mining.growth")) << cell(d, 9, 1).id;
  EXPECT_TRUE(cell(d, 9, 3).id.starts_with("input_ppi.mining.growth")) << cell(d, 9, 3).id;
}

// "CPI(L)" and "CPI(H)" read alike without the letters in brackets, which a row label's
// footnote mark would be: here they name the groups apart. "Overall CPI" is the whole index. A
// flow verb after the noun it describes in a row label ("Books bought online") is no flow.
TEST(HeaderModel, LettersInBracketsNameGroupsThatReadAlikeWithoutThem) {
  auto d = extract_text(
      "# Consumer prices in Ostrava Bay, March 2031\n\n"
      "Consumer price indices by household group and annual rates of change\n\n"
      "| Section | Overall CPI | | CPI(L) | | CPI(H) | |\n"
      "|---|---|---|---|---|---|---|\n"
      "| | Index | % change | Index | % change | Index | % change |\n"
      "| Rent | 131.4 | 2.2 | 128.0 | 2.9 | 135.6 | 1.4 |\n"
      "| Books bought online | 94.1 | -3.0 | 95.5 | -2.6 | 92.8 | -3.3 |\n");
  EXPECT_EQ(cell(d, 8, 0).id, "cpi.rent");
  EXPECT_EQ(cell(d, 8, 2).id, "cpi_l.rent");
  EXPECT_EQ(cell(d, 8, 4).id, "cpi_h.rent");
  EXPECT_EQ(cell(d, 8, 5).id, "cpi_h.rent.growth_yoy");
  EXPECT_EQ(cell(d, 9, 1).id, "cpi.books_online.growth_yoy");
}

// Whitespace-aligned, a header spans the cells below it from its start to the next header's.
TEST(HeaderModel, AlignedGroupsSpanToTheNextHeader) {
  auto d = extract_text(
      "# Producer prices in Valdoria, June 2031\n\n"
      "Producer Price Indices and Rates of Change by Industry, June 2031\n\n"
      "Industry     Output PPI              Input PPI\n"
      "             Index     % change      Index     % change\n"
      "Mining       142.7     +6.3          131.9     +2.8\n"
      "Forestry     97.4      -3.5          104.2     -0.9\n");
  EXPECT_EQ(cell(d, 8, 0).id, "output_ppi.forestry");
  EXPECT_EQ(cell(d, 8, 1).id, "output_ppi.forestry.growth");
  EXPECT_EQ(cell(d, 8, 2).id, "input_ppi.forestry");
  EXPECT_EQ(cell(d, 8, 3).id, "input_ppi.forestry.growth");
  EXPECT_EQ(cell(d, 7, 2).kind, claim_kind::level);
}

// A rate in prose that names a row and, in its sentence, one of the groups: the row's rate
// under that group, one figure with its cell (and a slip in either a conflict).
TEST(HeaderModel, ProseNamingARowAndAGroupIsThatCell) {
  auto d = extract_text(
      "# Producer prices in Valdoria, June 2031\n\n"
      "Among the industries of the Input PPI, prices in forestry fell furthest, by 0.9% over the "
      "year.\n\n"
      "Producer Price Indices and Annual Rates of Change by Industry, June 2031\n\n"
      "| Industry | Output PPI | | Input PPI | |\n"
      "|---|---|---|---|---|\n"
      "| | Index | % change | Index | % change |\n"
      "| Mining | 142.7 | +6.3 | 131.9 | +2.8 |\n"
      "| Forestry | 97.4 | -3.5 | 104.2 | -0.9 |\n");
  const draft_claim prose = claim_of(d, "0.9%");
  EXPECT_EQ(prose.id, "input_ppi.forestry.growth_yoy");
  EXPECT_EQ(cell(d, 11, 3).id, prose.id);
}

// Two groups named in one sentence: each rate is of the group named last before it, not of the
// longer name ("Output PPI" outranked "Input PPI" before; so would "women" "men").
TEST(HeaderModel, ARateIsOfTheGroupNamedLastBeforeIt) {
  auto d = extract_text(
      "# Producer prices in Valdoria, June 2031\n\n"
      "Among the industries of the Output PPI, prices in forestry fell by 3.5% over the year, "
      "while among those of the Input PPI prices in forestry fell by 0.9% over the year.\n\n"
      "Producer Price Indices and Annual Rates of Change by Industry, June 2031\n\n"
      "| Industry | Output PPI | | Input PPI | |\n"
      "|---|---|---|---|---|\n"
      "| | Index | % change | Index | % change |\n"
      "| Mining | 142.7 | +6.3 | 131.9 | +2.8 |\n"
      "| Forestry | 97.4 | -3.5 | 104.2 | -0.9 |\n");
  EXPECT_EQ(claim_of(d, "0.9%").id, cell(d, 11, 3).id);
  EXPECT_EQ(claim_of(d, "3.5%").id, cell(d, 11, 1).id);
  EXPECT_NE(claim_of(d, "0.9%").id, claim_of(d, "3.5%").id);
}

}  // namespace
}  // namespace crossfoot::testing
