// Table cells anchored by row label and column header (issue 9 item 2): which cell an anchor
// takes, the unit a figures file gives a bare cell, and the errors that name what the draft's
// tables hold instead.
#include <gtest/gtest.h>

#include "bind_helpers.hpp"

namespace crossfoot::testing {
namespace {

// Written for this test in the shape of a Eurostat table: caption row, unit row, period
// headers and two growth columns.
const char* const table_draft =
    "# Trade in goods: September 2019\n\n"
    "| EA19 trade, not seasonally adjusted | | | | | | |\n"
    "|---|---|---|---|---|---|---|\n"
    "| bn \u20ac | | | | | | |\n"
    "| Flows | Sep 18 | Sep 19 | Growth | Jan-Sep 18 | Jan-Sep 19 | Growth |\n"
    "| Extra-EA19 exports | 186.5 | 196.2 | 5.2% | 1 692.3 | 1 741.9 | 2.9% |\n"
    "| \u2013 of which machinery | 80.1 | 84.0 | 4.9% | 700.0 | 720.5 | 2.9% |\n";

bound bind_to(const std::string& figures, const std::string& draft = table_draft) {
  return bind_figures_file(figures, draft);
}

TEST(CellAnchors, RowAndColumnTakeTheCell) {
  bound b = bind_to(
      "[ea19.exports]\nanchor = { row = \"Extra-EA19 exports\", column = \"Sep 19\" }\n"
      "[ea19.2018-09.exports]\nanchor = { row = \"extra-ea19 EXPORTS\", column = \"2018-09\" }\n"
      "[ea19.machinery.exports]\nanchor = { row = \"of which machinery\", column = \"Sep 19\" }\n");
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  EXPECT_EQ(b.of("ea19.exports").written, "196.2");
  EXPECT_DOUBLE_EQ(b.of("ea19.exports").value.lo, 196.15e9);  // the table's unit row: bn €
  EXPECT_EQ(b.of("ea19.exports").q.written_unit.dim.to_string(), "EUR");
  EXPECT_EQ(b.of("ea19.2018-09.exports").written, "186.5");
  EXPECT_EQ(b.of("ea19.machinery.exports").written, "84.0");
}

// The Sep 19 column holds a level, and its growth column is of Sep 19 too: the id's kind
// chooses between them.
TEST(CellAnchors, TheIdsKindChoosesAmongTheColumnsOfAPeriod) {
  bound b = bind_to(
      "[ea19.exports.growth_yoy]\nanchor = { row = \"Extra-EA19 exports\", column = \"Sep 19\" "
      "}\n[ea19.\"2019-01/2019-09\".exports.growth_yoy]\nanchor = { row = \"Extra-EA19 exports\", "
      "column = \"Jan-Sep 19\" }\n");
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  EXPECT_EQ(b.of("ea19.exports.growth_yoy").written, "5.2%");
  EXPECT_EQ(b.of("ea19.2019-01/2019-09.exports.growth_yoy").written, "2.9%");
}

TEST(CellAnchors, ARepeatedHeaderNeedsAPick) {
  bound b = bind_to(
      "[ea19.exports.growth]\nanchor = { row = \"Extra-EA19 exports\", column = \"Growth\" }\n");
  EXPECT_FALSE(b.ok);
  const diagnostic& d = only_diagnostic(b.diags, "CF5102");
  EXPECT_NE(d.message.find("matches 2 cells"), std::string::npos) << d.message;
  bound picked = bind_to(
      "[ea19.exports.growth]\nanchor = { row = \"Extra-EA19 exports\", column = \"Growth\" }\n"
      "pick = 2\n");
  ASSERT_TRUE(picked.ok) << render_all(picked.diags);
  EXPECT_EQ(picked.of("ea19.exports.growth").written, "2.9%");
}

TEST(CellAnchors, AUnitKeyGivesABareCellItsUnit) {
  const std::string draft =
      "# Trade\n\n| | 2024 | 2023 |\n|---|---|---|\n| Imports | 37.9 | 36.2 |\n";
  bound b = bind_to(
      "[trade.imports]\nanchor = { row = \"Imports\", column = \"2024\" }\nunit = \"\u20ac bn\"\n",
      draft);
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  EXPECT_EQ(b.of("trade.imports").q.written_unit.name(), "EUR billion");
  // A number that has a unit of its own must agree with the key.
  bound clash = bind_to(
      "[ea19.exports]\nanchor = { row = \"Extra-EA19 exports\", column = \"Sep 19\" }\nunit = "
      "\"USD billion\"\n");
  EXPECT_FALSE(clash.ok);
  EXPECT_NE(only_diagnostic(clash.diags, "CF5106").message.find("EUR billion"), std::string::npos);
}

TEST(CellAnchors, AMissingRowOrColumnSuggestsTheNearest) {
  bound b = bind_to("[x]\nanchor = { row = \"Extra-EA19 export\", column = \"Sep 19\" }\n");
  EXPECT_FALSE(b.ok);
  const diagnostic& d = only_diagnostic(b.diags, "CF5101");
  EXPECT_NE(d.message.find("no table row has that label"), std::string::npos) << d.message;
  ASSERT_FALSE(d.notes.empty());
  EXPECT_NE(d.notes[0].message.find("Extra-EA19 exports"), std::string::npos);
  bound c = bind_to("[x]\nanchor = { row = \"Extra-EA19 exports\", column = \"Sep 20\" }\n");
  EXPECT_NE(only_diagnostic(c.diags, "CF5101").message.find("no column of that row"),
            std::string::npos);
}

}  // namespace
}  // namespace crossfoot::testing
