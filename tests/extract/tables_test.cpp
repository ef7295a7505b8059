// Tables (issue 9 item 2): pipe, tab-separated and whitespace-aligned tables; units from
// captions, unit rows and headers; period headers that become the cells' periods; growth,
// change and share columns by their headers; chart labels and footnote markers that are not
// figures. The drafts here are written for these tests, in the shapes real releases use.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const char* const eurostat_like =
    "# Trade in goods: September 2019\n\n"
    "| EA19 trade, not seasonally adjusted | | | | | | |\n"
    "|---|---|---|---|---|---|---|\n"
    "| bn € | | | | | | |\n"
    "| Flows | Sep 18 | Sep 19 | Growth | Jan-Sep 18 | Jan-Sep 19 | Growth |\n"
    "| Extra-EA19 exports | 186.5 | 196.2 | 5.2% | 1 692.3 | 1 741.9 | 2.9% |\n"
    "| Extra-EA19 trade balance | 12.6 | 18.7 | | 147.3 | 155.5 | |\n";

const draft_claim* in_row(const draft_extract& d, int line, const std::string& written) {
  for (const auto& c : d.claims) {
    if (c.from.line == line && c.written == written) return &c;
  }
  ADD_FAILURE() << "no claim '" << written << "' on line " << line;
  return nullptr;
}

TEST(Tables, UnitRowGivesCellsTheirUnit) {
  auto d = extract_text(eurostat_like);
  const draft_claim* c = in_row(d, 7, "186.5");
  ASSERT_TRUE(c);
  EXPECT_EQ(editor_unit(*c), "EUR");
  EXPECT_DOUBLE_EQ(editor_value(*c), 186.5e9);
  EXPECT_EQ(c->kind, claim_kind::level);
  EXPECT_DOUBLE_EQ(editor_value(*in_row(d, 7, "1 692.3")), 1692.3e9);
}

// A row label has no verb: "processed" and "unprocessed" name their rows, which are not the
// row "Food" (an -ed word in a sentence's subject is still a verb: "goods exported"); dashed,
// they are its parts, named in it (prices.rules' components X.Y).
TEST(Tables, AnEdWordInARowLabelNamesTheRow) {
  auto d = extract_text(
      "# Prices in September 2018\n\n| | Weight (‰) | Sep 2018 |\n|---|---|---|\n"
      "| Food | 195.7 | 2.7 |\n| – processed food | 121.0 | 2.3 |\n"
      "| – unprocessed food | 74.8 | 3.2 |\n");
  EXPECT_EQ(in_row(d, 6, "121.0")->id, "food.processed_food.weight");
  EXPECT_EQ(in_row(d, 7, "74.8")->id, "food.unprocessed_food.weight");
  EXPECT_EQ(in_row(d, 5, "195.7")->id, "food.weight");
}

// Some agencies sign a cell with a bracketed minus: "(-)412.6" is a deficit, not a surplus that
// would then fail exports - imports = balance.
TEST(Tables, ABracketedMinusSignsACell) {
  auto d = extract_text(
      "# Trade by partner, May 2031\n\n| Partner | Exports | Imports | Balance |\n"
      "|---|---|---|---|\n| | EUR million | EUR million | EUR million |\n"
      "| Norway | 97.3 | 509.9 | (-)412.6 |\n| Chile | 61.0 | 20.5 | (+)40.5 |\n");
  EXPECT_DOUBLE_EQ(editor_value(*in_row(d, 6, "(-)412.6")), -412.6e6);
  EXPECT_DOUBLE_EQ(editor_value(*in_row(d, 7, "(+)40.5")), 40.5e6);
}

TEST(Tables, GrowthColumnsAreGrowthRates) {
  auto d = extract_text(eurostat_like);
  const draft_claim* c = in_row(d, 7, "5.2%");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, claim_kind::growth);
  // The September growth and the year-to-date growth of one row have ids of their own.
  EXPECT_NE(c->id, in_row(d, 7, "2.9%")->id);
}

TEST(Tables, PeriodHeadersBecomeTheCellsPeriods) {
  auto d = extract_text(eurostat_like);
  // September 2019 is the draft's own period (its title's); the others are segments.
  EXPECT_EQ(in_row(d, 7, "196.2")->period, "");
  EXPECT_EQ(in_row(d, 7, "186.5")->period, "2018-09");
  EXPECT_EQ(in_row(d, 7, "1 741.9")->period, "2019-01/2019-09");
  EXPECT_EQ(in_row(d, 7, "1 692.3")->period, "2018-01/2018-09");
  EXPECT_EQ(in_row(d, 7, "196.2")->column, "Sep 19");
  EXPECT_EQ(in_row(d, 7, "196.2")->row, "Extra-EA19 exports");
  EXPECT_EQ(in_row(d, 7, "196.2")->column_period, "2019-09");
  // The four levels of a row are four figures.
  std::set<std::string> ids;
  for (const char* w : {"186.5", "196.2", "1 692.3", "1 741.9"}) ids.insert(in_row(d, 7, w)->id);
  EXPECT_EQ(ids.size(), 4u);
}

TEST(Tables, ARateComparedWithTheSameMonthAYearEarlierIsGrowthYoy) {
  auto d = extract_text(eurostat_like);
  EXPECT_TRUE(in_row(d, 7, "5.2%")->id.ends_with(".growth_yoy")) << in_row(d, 7, "5.2%")->id;
}

TEST(Tables, CaptionAboveTheTableGivesTheUnit) {
  auto d = extract_text(
      "# UK trade: May 2012\n\nTable 1: UK trade balances, £ billion, seasonally adjusted\n\n"
      "| | | Goods: EU | Goods: non-EU | Services |\n|---|---|---|---|---|\n"
      "| 2011 | May | -3.2 | -5.3 | +6.0 |\n| 2012 | Apr | -4.6 | -5.1 | +5.6 |\n"
      "| | May | -4.5 | -3.9 | +5.6 |\n");
  const draft_claim* c = in_row(d, 7, "-3.2");
  ASSERT_TRUE(c);
  EXPECT_EQ(editor_unit(*c), "GBP");
  EXPECT_DOUBLE_EQ(editor_value(*c), -3.2e9);
  // Years and months at the start of a row are its period, not claims.
  for (const auto& x : d.claims) EXPECT_NE(x.written, "2011");
  EXPECT_EQ(in_row(d, 9, "-4.5")->row_period, "2012-05");
  EXPECT_EQ(in_row(d, 8, "-4.6")->row_period, "2012-04");
}

TEST(Tables, UnitLineAboveWithRatesAndLevels) {
  auto d = extract_text(
      "# Trade in May 2008\n\n(Unit: Millions of YEN, %)\n\n"
      "| | May.2008 | May.2007 | Percent Change |\n|---|---|---|---|\n"
      "| Exports | 3,747,488 | 3,785,444 | -1.0 |\n| Balance | -418,542 | -41,544 | 907.5 |\n");
  const draft_claim* level = in_row(d, 7, "3,747,488");
  ASSERT_TRUE(level);
  EXPECT_EQ(editor_unit(*level), "JPY");
  EXPECT_DOUBLE_EQ(editor_value(*level), 3747488e6);
  const draft_claim* rate = in_row(d, 7, "-1.0");
  ASSERT_TRUE(rate);
  EXPECT_EQ(editor_unit(*rate), "%");
  EXPECT_EQ(rate->kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(rate->q.number, -1.0);
  EXPECT_EQ(in_row(d, 7, "3,785,444")->period, "2007-05");
}

TEST(Tables, ACaptionOfRatesAndAWeightColumn) {
  auto d = extract_text(
      "# Flash estimate, September 2018\n\n"
      "Euro area annual inflation and its components, %\n\n"
      "| | Weight (\u2030) 2018 | Aug 2018 | Sep 2018 |\n|---|---|---|---|\n"
      "| All-items HICP | 1000.0 | 2.0 | 2.1e |\n| \u2013 energy, unprocessed food | 828.2 | 1.2 | "
      "1.1e |\n");
  const draft_claim* rate = in_row(d, 7, "2.0");
  ASSERT_TRUE(rate);
  EXPECT_EQ(editor_unit(*rate), "%");
  EXPECT_EQ(rate->kind, claim_kind::growth);
  // A footnote marker glued to the last cell is not part of the number, nor a name.
  const draft_claim* marked = in_row(d, 7, "2.1");
  ASSERT_TRUE(marked);
  EXPECT_EQ(marked->kind, claim_kind::growth);
  const draft_claim* weight = in_row(d, 7, "1000.0");
  ASSERT_TRUE(weight);
  EXPECT_EQ(weight->kind, claim_kind::share);
  EXPECT_EQ(editor_unit(*weight), "per mille");
}

TEST(Tables, ASectionRowOfContributionsMakesPoints) {
  auto d = extract_text(
      "# France, first quarter of 2017\n\n"
      "Table: GDP and its components, percentage change from the previous period\n\n"
      "| | 2016 Q4 | 2017 Q1 |\n|---|---|---|\n| GDP | 0.5 | 0.3 |\n| Contributions: | | |\n"
      "| Net foreign trade | 0.2 | -0.7 |\n");
  EXPECT_EQ(in_row(d, 7, "0.3")->kind, claim_kind::growth);
  EXPECT_EQ(editor_unit(*in_row(d, 7, "0.3")), "%");
  EXPECT_EQ(in_row(d, 9, "-0.7")->kind, claim_kind::pp);
  EXPECT_EQ(editor_unit(*in_row(d, 9, "-0.7")), "pp");
  EXPECT_EQ(in_row(d, 7, "0.5")->period, "prev");
}

TEST(Tables, TabSeparatedTables) {
  auto d = extract_text(
      "# Port of Kestrel Bay: 2024\n\nTrade, € billion\n\n"
      "Flow\t2024\t2023\nImports\t37.9\t36.2\nExports\t41.0\t39.5\n");
  const draft_claim* c = in_row(d, 6, "37.9");
  ASSERT_TRUE(c);
  EXPECT_EQ(editor_unit(*c), "EUR");
  EXPECT_EQ(c->id, "trade.imports");
  EXPECT_EQ(in_row(d, 6, "36.2")->id, "trade.imports.prev");
}

TEST(Tables, WhitespaceAlignedTables) {
  auto d = extract_text(
      "# Port of Kestrel Bay: 2024\n\nTrade, € billion\n\n"
      "                  2024      2023\n"
      "Imports           37.9      36.2\n"
      "Exports           41.0      39.5\n\n"
      "Imports grew.\n");
  const draft_claim* c = in_row(d, 6, "37.9");
  ASSERT_TRUE(c);
  EXPECT_EQ(editor_unit(*c), "EUR");
  EXPECT_EQ(c->id, "trade.imports");
  EXPECT_EQ(in_row(d, 7, "39.5")->id, "trade.exports.prev");
}

TEST(Tables, ChartAxisAndTickLabelsAreNotFigures) {
  auto d = extract_text(
      "International trade in goods of the euro area, € bn\n\n220 200 180 160 140 120 100 80\n\n"
      "09-09 09-11 09-13 09-15 09-17 09-19\n\nExports rose 5%.\n");
  EXPECT_EQ(written_claims(d), std::vector<std::string>{"5%"});
}

TEST(Tables, FootnoteMarkersInBracketsAreNotFigures) {
  auto d = extract_text("Exports(1) rose 5%, imports 3% (2).\n");
  EXPECT_EQ(written_claims(d), (std::vector<std::string>{"5%", "3%"}));
}

TEST(Tables, TablesOfAnyLengthReadInLinearTime) {
  // header_line used to walk back to the header from every row.
  std::string text = "| Region | 2024 | 2023 |\n|---|---|---|\n";
  for (int i = 0; i < 20000; ++i) text += "| Region " + std::to_string(i) + " | 1.5 | 2.5 |\n";
  auto d = extract_text(text);
  EXPECT_EQ(d.claims.size(), 40000u);
}

// The header cell above the row labels is the caption: "Annual growth rates, %" makes the
// cells growth rates, and its bracket "(contributions, percentage points)" says what a second
// number in brackets in a cell is.
TEST(Tables, TheCornerCellIsTheCaption) {
  auto d = extract_text(
      "# Money: July 2020\n\n"
      "| Annual growth rates, % (contributions to M3 growth, percentage points) | Jun 2020 | Jul "
      "2020 |\n"
      "|---|---|---|\n"
      "| M1 | 6.1 (4.0) | 6.6 (4.3) |\n");
  const draft_claim* rate = in_row(d, 5, "6.6");
  const draft_claim* points = in_row(d, 5, "4.3");
  ASSERT_TRUE(rate && points);
  EXPECT_EQ(rate->kind, claim_kind::growth);
  EXPECT_EQ(editor_unit(*rate), "%");
  EXPECT_EQ(points->kind, claim_kind::pp);
  EXPECT_EQ(editor_unit(*points), "pp");
  EXPECT_NE(rate->id, points->id);
}

// A paragraph of sentences before a table is not its caption, and a clause that ends in a
// counted noun ("... for the rest of the year") is not a unit.
TEST(Tables, AParagraphBeforeATableIsNotItsCaption) {
  auto d = extract_text(
      "# Accounts: 2018 Q2\n\n"
      "Should output hold its level of the second quarter for the rest of the year, growth in "
      "2018 would be 1.2% (the carry-over, shown below).\n\n"
      "| | 2018 Q1 | 2018 Q2 |\n"
      "|---|---|---|\n"
      "| Exports | 0.4 | -0.3 |\n");
  const draft_claim* c = in_row(d, 7, "-0.3");
  ASSERT_TRUE(c);
  EXPECT_EQ(editor_unit(*c), "");
}

// A caption that names a change of a level ("Change in payroll employment") does not make the
// cells rates; "Percentage change from the previous quarter" does.
TEST(Tables, AChangeCaptionWithoutARateWordIsNotARate) {
  auto d = extract_text(
      "# Jobs: March 2022\n\n"
      "| Change in payroll employment | First estimate | Revised |\n"
      "|---|---|---|\n"
      "| January 2022 | +412,000 | +481,000 |\n");
  const draft_claim* c = in_row(d, 5, "+481,000");
  ASSERT_TRUE(c);
  EXPECT_NE(editor_unit(*c), "%");
  auto e = extract_text(
      "# Output: 2022 Q1\n\n"
      "| Percentage change from the previous quarter | 2021 Q4 | 2022 Q1 |\n"
      "|---|---|---|\n"
      "| GDP | 0.6 | 0.2 |\n");
  const draft_claim* r = in_row(e, 5, "0.2");
  ASSERT_TRUE(r);
  EXPECT_EQ(editor_unit(*r), "%");
  EXPECT_EQ(r->kind, claim_kind::growth);
}

}  // namespace
}  // namespace crossfoot::testing
