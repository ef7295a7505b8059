// Forms of national accounts releases (issue 9): a volume index by year and quarter under a
// caption naming the aggregate, aggregates by their usual names ("gross domestic product in
// volume terms" is gdp), acronyms in brackets, lists of rates sharing one unit, "points" of a
// contribution, periods of "when" clauses. The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string index_table =
    "# Corvian economy, first quarter of 2031\n"
    "\n"
    "GDP (volume), seasonally adjusted\n"
    "\n"
    "| Year | Quarter | Index (2015=100) |\n"
    "|---|---|---|\n"
    "| 2030 | Quarter 3 | 108.2 |\n"
    "| 2030 | Quarter 4 | 109.0 |\n"
    "| 2031 | Quarter 1 | 108.5 |\n";

// "2030 Quarter 3" (a year cell and a quarter cell joined) and "Quarter 3 2030" are quarters.
TEST(AccountsForms, QuarterWrittenAsAWord) {
  EXPECT_EQ(period_written("2030 Quarter 3"), "2030-Q3");
  EXPECT_EQ(period_written("Quarter 4 2030"), "2030-Q4");
  EXPECT_EQ(period_written("2030 Quarter 5"), "");
}

// A series of one number a row: the cells are the index levels of what the caption names, in
// the rows' periods; the quarter's cell holds no claim, and "Year" is no unit.
TEST(AccountsForms, IndexSeriesByYearAndQuarter) {
  auto d = extract_text(index_table);
  for (int line : {7, 8, 9}) {
    const std::vector<draft_claim> row = on_line(d, line);
    ASSERT_EQ(row.size(), 1U) << "line " << line << ": the quarter's number is no claim";
    EXPECT_EQ(row[0].kind, claim_kind::level);
    EXPECT_NE(editor_unit(row[0]).find("index"), std::string::npos) << editor_unit(row[0]);
  }
  EXPECT_EQ(cell(d, 7, 0).id, "gdp.2030-Q3");
  EXPECT_EQ(cell(d, 8, 0).id, "gdp.prev");
  EXPECT_EQ(cell(d, 9, 0).id, "gdp");
}

// A table of several numbers a row keeps its rows labelled by period unnamed by the caption
// (two columns would be one figure), and a caption naming two flows names neither.
TEST(AccountsForms, CaptionNamesOnlyASeries) {
  auto d = extract_text(
      "# Corvian trade, March 2031\n"
      "\n"
      "Goods exports and imports, seasonally adjusted\n"
      "\n"
      "| Month | Exports | Imports |\n"
      "|---|---|---|\n"
      "| | € million | € million |\n"
      "| February 2031 | 1,210 | 980 |\n"
      "| March 2031 | 1,250 | 1,010 |\n");
  const draft_claim imports = cell(d, 9, 1);
  EXPECT_EQ(imports.id.find("exports"), std::string::npos) << imports.id;
}

// "gross domestic product in volume terms", "GDP (volume)": the aggregate by its family's name,
// its volume no aspect; "GDP" in the title names no country.
TEST(AccountsForms, AggregateByItsUsualName) {
  auto d = extract_text(
      "# Corvia, first quarter of 2031: GDP up 0.4%\n"
      "\n"
      "Corvia's gross domestic product in volume terms grew by 0.4% in the first quarter of "
      "2031.\n"
      "\n"
      "Volume, percentage change on the previous quarter\n"
      "\n"
      "| | 2030 Q4 | 2031 Q1 |\n"
      "|---|---|---|\n"
      "| GDP | 0.2 | 0.4 |\n");
  ASSERT_EQ(on_line(d, 1).size(), 1U);
  EXPECT_EQ(on_line(d, 1)[0].id, "gdp.growth") << "the title's claim";
  ASSERT_EQ(on_line(d, 3).size(), 1U);
  EXPECT_EQ(on_line(d, 3)[0].id, "gdp.growth");
  EXPECT_EQ(cell(d, 9, 1).id, "gdp.growth");
}

}  // namespace
}  // namespace crossfoot::testing
