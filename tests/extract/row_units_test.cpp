// Tables whose rows, headers and captions say what the numbers are (issue 9, session 13): a row
// label that names its unit or measure in brackets or after a comma ("Customs value (in million
// US dollars)", "Annual change (%)", "Exports, % change", "Output (index, 2020=100)"), period
// headers with a status mark ("March 2031p", "2030r"), a header cell above the row labels that
// names the rows ("Region", "Sector") rather than a unit, and rate columns headed by two periods
// joined by "and" under a caption of percentage changes. The drafts are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

bool in_percent(const draft_claim& c) {
  return c.q.written_unit.style == unit_style::percent;
}

// Two header rows (flows over periods marked preliminary and revised), rows whose labels carry
// the unit ("in million US dollars") and the measure ("Annual change (%)"), and a section row.
// Line 6 is the value row, 7 its rates, 9 and 10 the section's.
const std::string flows_by_marked_periods =
    "# Foreign trade of Korvania, March 2031\n"
    "\n"
    "| | Exports | | Imports | |\n"
    "|---|---|---|---|---|\n"
    "| | March 2031p | March 2030r | March 2031p | March 2030 |\n"
    "| Value, US$ million | 1,200.5 | 1,000.0 | 900.0 | 1,000.0 |\n"
    "| Annual change (%) | 20.1 | 3.0 | -10.0 | 2.0 |\n"
    "| Timber and wood | | | | |\n"
    "| Value (in million US dollars) | 300.0 | 250.0 | 40.0 | 50.0 |\n"
    "| Annual change (%) | 20.0 | -1.0 | -20.0 | 4.0 |\n";

TEST(RowUnits, ALabelsBracketGivesItsRowAUnitOfMoney) {
  auto d = extract_text(flows_by_marked_periods);
  const draft_claim level = cell(d, 6, 0);
  EXPECT_EQ(level.kind, claim_kind::level);
  EXPECT_EQ(level.q.written_unit.dim.to_string(), "USD");
  EXPECT_EQ(level.q.written_unit.scale_exp, 6);
  EXPECT_EQ(level.id, "trade.exports");
  // "March 2030r" is March 2030, revised; "March 2031p" March 2031, preliminary.
  EXPECT_EQ(cell(d, 6, 1).id, "trade.2030-03.exports");
  EXPECT_EQ(cell(d, 6, 2).id, "trade.imports");
}

TEST(RowUnits, ALabelsPercentWithAChangeWordGivesRatesOnAYearEarlier) {
  auto d = extract_text(flows_by_marked_periods);
  const draft_claim rate = cell(d, 7, 0);
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_TRUE(in_percent(rate));
  EXPECT_EQ(rate.id, "trade.exports.growth_yoy");
  EXPECT_EQ(cell(d, 7, 2).id, "trade.imports.growth_yoy");
}

TEST(RowUnits, RowsUnderASectionRowAreTheSectionsAndKeepTheirUnits) {
  auto d = extract_text(flows_by_marked_periods);
  const draft_claim level = cell(d, 9, 0);
  EXPECT_EQ(level.kind, claim_kind::level);
  EXPECT_EQ(level.q.written_unit.dim.to_string(), "USD");
  EXPECT_NE(level.id.find("timber"), std::string::npos) << level.id;
  EXPECT_NE(level.id, cell(d, 6, 0).id);
  EXPECT_EQ(cell(d, 10, 0).kind, claim_kind::growth);
  EXPECT_NE(cell(d, 10, 0).id, cell(d, 7, 0).id);
}

// A comma names the unit as a bracket does; "(index, 2020=100)" gives index levels; "%" with no
// word of a measure ("Exports (%)": a share or a rate) leaves the cells unclaimed; a share's
// label makes shares; a table's unit row does not override a row that names its own.
TEST(RowUnits, CommasIndexesAndPercentWithoutAMeasure) {
  auto d = extract_text(
      "# Industry of Korvania, 2031\n"
      "\n"
      "| Indicator | 2030 | 2031 |\n"
      "|---|---|---|\n"
      "| | EUR bn | EUR bn |\n"
      "| Turnover | 410.5 | 420.0 |\n"
      "| Turnover, % change | 1.5 | 2.3 |\n"
      "| Output (index, 2020=100) | 104.2 | 107.9 |\n"
      "| Exports (%) | 40.1 | 41.3 |\n"
      "| Share of exports in turnover (percent) | 40.1 | 41.3 |\n");
  EXPECT_EQ(cell(d, 6, 1).q.written_unit.dim.to_string(), "EUR");
  const draft_claim rate = cell(d, 7, 1);
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_TRUE(in_percent(rate));
  const draft_claim index = cell(d, 8, 1);
  EXPECT_EQ(index.kind, claim_kind::level);
  EXPECT_NE(index.q.written_unit.dim.to_string(), "EUR");
  const draft_claim unsaid = cell(d, 9, 1);
  EXPECT_NE(unsaid.kind, claim_kind::level);
  EXPECT_NE(unsaid.q.written_unit.dim.to_string(), "EUR");
  EXPECT_NE(unsaid.kind, claim_kind::growth);
  const draft_claim share = cell(d, 10, 1);
  EXPECT_EQ(share.kind, claim_kind::share);
  EXPECT_TRUE(in_percent(share));
}

// A label's unit of thousands with the row's counted subject; a part of a row in money ("- of
// which ...") is in money too.
TEST(RowUnits, ThousandsInALabelAndPartsOfARow) {
  auto d = extract_text(
      "# Labour and trade of Korvania, 2031\n"
      "\n"
      "| | 2030 | 2031 |\n"
      "|---|---|---|\n"
      "| Employed persons (thousands) | 2,310 | 2,355 |\n"
      "| Exports (US$ million) | 820.0 | 870.0 |\n"
      "| - of which fish | 120.0 | 130.0 |\n");
  const draft_claim employed = cell(d, 5, 1);
  EXPECT_EQ(employed.kind, claim_kind::level);
  EXPECT_EQ(employed.q.written_unit.scale_exp, 3);
  const draft_claim fish = cell(d, 7, 1);
  EXPECT_EQ(fish.kind, claim_kind::level);
  EXPECT_EQ(fish.q.written_unit.dim.to_string(), "USD");
  EXPECT_EQ(fish.q.written_unit.scale_exp, 6);
}

// "| Region | % |" under a caption of monthly changes: "Region" names the rows, not a count of
// regions; "%" is the column's unit. "| Sector | June 2030 and June 2031, % |" under a caption
// of annual changes holds rates of June 2031 on a year earlier.
TEST(RowUnits, AHeaderCellNamingTheRowsIsNoUnit) {
  auto d = extract_text(
      "# Prices in Korvania, June 2031\n"
      "\n"
      "Producer prices by region: percentage change between May 2031 and June 2031\n"
      "\n"
      "| Region | % |\n"
      "|---|---|\n"
      "| North | 0,4 |\n"
      "| Coast | -0,2 |\n"
      "\n"
      "Producer prices: annual percentage change by sector, June 2031\n"
      "\n"
      "| Sector | June 2030 and June 2031, % |\n"
      "|---|---|\n"
      "| Mining | 3,1 |\n"
      "| Farming | 2,2 |\n");
  const draft_claim north = cell(d, 7, 0);
  EXPECT_EQ(north.kind, claim_kind::growth);
  EXPECT_TRUE(in_percent(north));
  EXPECT_EQ(north.id, "north.growth");
  const draft_claim mining = cell(d, 14, 0);
  EXPECT_EQ(mining.kind, claim_kind::growth);
  EXPECT_EQ(mining.id, "mining.growth_yoy");
}

// Columns headed by two periods joined by "and" under a header of percentage changes: each
// column's rates are of the later period on the earlier, so the three are three figures.
TEST(RowUnits, ColumnsOfTwoPeriodsJoinedByAnd) {
  auto d = extract_text(
      "# Prices in Korvania, June 2031\n"
      "\n"
      "| Index | Percentage change between | | |\n"
      "|---|---|---|---|\n"
      "| | May 2030 and May 2031 | May 2031 and June 2031 | June 2030 and June 2031 |\n"
      "| Fuel | 4,0 | 0,5 | 3,2 |\n");
  EXPECT_EQ(cell(d, 6, 0).id, "fuel.growth_yoy.prev");  // May 2031's, the month before
  EXPECT_EQ(cell(d, 6, 1).id, "fuel.growth");
  EXPECT_EQ(cell(d, 6, 2).id, "fuel.growth_yoy");
}

// A line above the table naming shares makes a column headed "%" alone shares, not rates; one
// naming a change on a period makes them rates on it (here a year earlier).
TEST(RowUnits, TheLineAboveNamesTheMeasureOfAColumnOfPercent) {
  auto d = extract_text(
      "# Trade of Korvania, June 2031\n"
      "\n"
      "Table 3. Exports by destination, June 2031\n"
      "\n"
      "Share of total exports, %\n"
      "\n"
      "| Country | % |\n"
      "|---|---|\n"
      "| Norland | 31.5 |\n"
      "\n"
      "Table 4. Imports by origin: percentage change on June 2030\n"
      "\n"
      "| Country | % |\n"
      "|---|---|\n"
      "| Norland | 4.5 |\n");
  const draft_claim share = cell(d, 9, 0);
  EXPECT_EQ(share.kind, claim_kind::share);
  EXPECT_EQ(share.id, "norland.exports.share");
  const draft_claim rate = cell(d, 15, 0);
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_EQ(rate.id, "norland.imports.growth_yoy");
}

// Headers that name a period and, after a comma, a unit head their columns: "June 2030, EUR
// million" is June 2030 in millions of euros, not a unit row over columns of no period; a row
// whose label names its base ("Change on June 2030, %") holds rates on it.
TEST(RowUnits, HeadersOfAPeriodAndAUnitAndRowsNamingTheirBase) {
  auto d = extract_text(
      "# Trade of Korvania, June 2031\n"
      "\n"
      "| Item | June 2030, EUR million | June 2031, EUR million |\n"
      "|---|---|---|\n"
      "| Exports | 410.5 | 420.0 |\n"
      "\n"
      "| | Exports | Imports |\n"
      "|---|---|---|\n"
      "| | EUR million | EUR million |\n"
      "| June 2031 | 420.0 | 380.0 |\n"
      "| Change on June 2030, % | 2.3 | -1.5 |\n");
  const draft_claim earlier = cell(d, 5, 0);
  EXPECT_EQ(earlier.id, "trade.2030-06.exports");
  EXPECT_EQ(earlier.q.written_unit.dim.to_string(), "EUR");
  EXPECT_EQ(cell(d, 5, 1).id, "trade.exports");
  EXPECT_EQ(cell(d, 11, 0).id, "trade.exports.growth_yoy");
  EXPECT_EQ(cell(d, 11, 1).id, "trade.imports.growth_yoy");
}

// "Sep 2031 Prel." is September 2031, so the rate column after it is of September 2031 on a year
// earlier; "US$ m" is millions of dollars; a first row of units under a header naming the rows
// gives each column its own unit, and a header of a measure and a unit is no unit row.
TEST(RowUnits, StatusWordsCurrencyMillionsAndUnitsPerColumn) {
  auto d = extract_text(
      "# Trade of Ostravia, September 2031\n"
      "\n"
      "| | Sep 2030 | Sep 2031 Prel. | Change (%) |\n"
      "|---|---|---|---|\n"
      "| Exports (USD bn) | 10.0 | 11.0 | 10.0 |\n"
      "\n"
      "| Partner | Value (US$ m) | Share (%) |\n"
      "|---|---|---|\n"
      "| Norland | 2,100.0 | 19.1 |\n"
      "\n"
      "| Partner | US$ m | EUR bn |\n"
      "|---|---|---|\n"
      "| Sudria | 7.5 | 1.2 |\n");
  EXPECT_EQ(cell(d, 5, 1).id, "trade.exports");
  EXPECT_EQ(cell(d, 5, 2).id, "trade.exports.growth_yoy");
  const draft_claim value = cell(d, 9, 0);
  EXPECT_EQ(value.q.written_unit.dim.to_string(), "USD");
  EXPECT_EQ(value.q.written_unit.scale_exp, 6);
  EXPECT_EQ(cell(d, 9, 1).kind, claim_kind::share);
  EXPECT_EQ(cell(d, 13, 0).q.written_unit.dim.to_string(), "USD");
  const draft_claim euros = cell(d, 13, 1);
  EXPECT_EQ(euros.q.written_unit.dim.to_string(), "EUR");
  EXPECT_EQ(euros.q.written_unit.scale_exp, 9);
}

// Section rows that name a measure of rates and its unit ("| Year-on-year growth (%) | | |")
// give it to the rows below them, whose ids then need no section; sections of levels keep
// theirs ("| Services | | |"), and "| Imports |" after "| Exports |" is no part of exports.
TEST(RowUnits, SectionRowsNamingAMeasure) {
  auto d = extract_text(
      "# Trade of Ostravia, September 2031\n"
      "\n"
      "| | Sep 2030 | Sep 2031 |\n"
      "|---|---|---|\n"
      "| Value (USD million) | | |\n"
      "| Exports | 100.0 | 110.0 |\n"
      "| Imports | 90.0 | 95.0 |\n"
      "| Year-on-year growth (%) | | |\n"
      "| Exports | 5.0 | 10.0 |\n"
      "| Imports | -1.0 | 5.6 |\n"
      "| Services | | |\n"
      "| Exports | 30.0 | 33.0 |\n");
  EXPECT_EQ(cell(d, 6, 1).id, "trade.exports");
  EXPECT_EQ(cell(d, 7, 1).id, "trade.imports");
  const draft_claim rate = cell(d, 9, 1);
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_EQ(rate.id, "trade.exports.growth_yoy");
  EXPECT_EQ(cell(d, 10, 1).id, "trade.imports.growth_yoy");
  const draft_claim services = cell(d, 12, 1);
  EXPECT_EQ(services.kind, claim_kind::level);
  EXPECT_NE(services.id, "trade.exports");
}

// "| Thousand persons | Q3 2030 | Q3 2031 | Change on year |": a neutral change column whose
// header ends in a word of time ("year", "quarter") under a corner cell naming a count holds
// each row's change in the row's unit (persons, points for a rate's row), not rates: the words
// of time say over what span ("on year" a year, "on quarter" the quarter before), and are no
// unit of the column.
TEST(RowUnits, AChangeOnYearColumnUnderACountIsAChangeOfTheLevel) {
  const std::pair<std::string, std::string> headers[] = {
      {"Change on year", "all.employed.change_yoy"},
      {"Change on quarter", "all.employed.change"},
      {"Increase year", "all.employed.change"}};
  for (const auto& [header, id] : headers) {
    auto d = extract_text(
        "# Labour force survey of Korvania, third quarter 2031\n"
        "\n"
        "| Thousand persons | Q3 2030 | Q3 2031 | " +
        header +
        " |\n"
        "|---|---|---|---|\n"
        "| Employed | 1,830 | 1,847 | 17 |\n"
        "| Unemployment rate (%) | 6.1 | 5.7 | -0.4 |\n");
    const draft_claim employed = cell(d, 5, 2);
    EXPECT_EQ(employed.kind, claim_kind::level) << header;
    EXPECT_EQ(employed.q.written_unit.dim.to_string(), "person") << header;
    EXPECT_EQ(employed.id, id) << header;
    const draft_claim rate = cell(d, 6, 2);
    EXPECT_EQ(rate.q.written_unit.style, unit_style::points) << header;
  }
}

}  // namespace
}  // namespace crossfoot::testing
