// Anchored claims (`anchor` instead of `value`): what the figures stage reads and rejects. The
// value itself is read from the draft later (tests/draft/anchors_test.cpp).
#include <gtest/gtest.h>

#include "figures_fixture.hpp"

namespace crossfoot::testing {
namespace {

void expect_error_at(const loaded& r, const std::string& code, int line, int col) {
  EXPECT_FALSE(r.set);
  const diagnostic& d = r.only(code);
  EXPECT_EQ(d.level, severity::error);
  EXPECT_EQ(d.range.start().line, line) << render(d);
  EXPECT_EQ(d.range.start().col, col) << render(d);
}

TEST(AnchoredFigures, LoadUnboundWithAnchorPickAndPlace) {
  loaded r = load(
      "[document]\nsource = \"draft.md\"\n"
      "[trade.exports]\nanchor = \"Exports grew by\"\n"
      "growth = { anchor = \"Exports grew by\", pick = 2 }\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(r.set->has_unbound_anchors());
  const claim& level = r.first("trade.exports");
  ASSERT_TRUE(level.anchor);
  EXPECT_EQ(level.anchor->text, "Exports grew by");
  EXPECT_EQ(level.anchor->pick, 1);
  EXPECT_FALSE(level.anchor->bound);
  EXPECT_EQ(level.where.start().line, 4);
  EXPECT_EQ(level.where.start().col, 10);
  const claim& growth = r.first("trade.exports.growth");
  ASSERT_TRUE(growth.anchor);
  EXPECT_EQ(growth.anchor->pick, 2);
  EXPECT_EQ(growth.origin, level.origin);  // one table: reported together
}

TEST(AnchoredFigures, SourceIsNotReadWithoutQuotes) {
  // Binding reads the draft and reports on it; loading must not warn about it first.
  temp_dir dir;
  loaded r = load("[document]\nsource = \"missing.md\"\n[a]\nanchor = \"grew by\"\n",
                  dir.file("figures.toml"));
  ASSERT_TRUE(r.set);
  EXPECT_TRUE(r.diags.items().empty()) << render_all(r.diags);
}

TEST(AnchoredFigures, FileWithoutAnchorsHasNoneUnbound) {
  loaded r = load("[a]\nvalue = \"5%\"\n");
  ASSERT_TRUE(r.set);
  EXPECT_FALSE(r.set->has_unbound_anchors());
}

TEST(AnchoredFigures, KeepsItsOwnPrecisionWhenBound) {
  loaded r = load("[a]\nanchor = \"grew by\"\nprecision = 0.5\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  claim c = r.first("a");
  ASSERT_TRUE(c.anchor && c.anchor->own_precision);
  quantity q;
  q.number = 10;
  q.decimals = 0;
  set_claim_value(c, q, precision{});
  EXPECT_TRUE(near_interval(c.value, 9.5, 10.5));
}

TEST(AnchoredFigures, ValueAndAnchorBothGiven) {
  expect_error_at(load("[a]\nvalue = \"5%\"\nanchor = \"grew by\"\n"), "CF2013", 3, 10);
}

TEST(AnchoredFigures, NeitherValueNorAnchor) {
  expect_error_at(load("[a]\nnote = \"exports\"\n"), "CF2008", 2, 1);
  expect_error_at(load("[a]\npick = 2\n"), "CF2008", 2, 1);
}

TEST(AnchoredFigures, AnchorMustBeANonEmptyString) {
  expect_error_at(load("[a]\nanchor = 12\n"), "CF2014", 2, 10);
  expect_error_at(load("[a]\nanchor = [\"grew\"]\n"), "CF2014", 2, 10);
  expect_error_at(load("[a]\nanchor = \"\"\n"), "CF2014", 2, 10);
  expect_error_at(load("[a]\nanchor = \"  \\n \"\n"), "CF2014", 2, 10);
}

TEST(AnchoredFigures, PickMustBeAWholeNumberFromOne) {
  expect_error_at(load("[a]\nanchor = \"grew by\"\npick = 0\n"), "CF2015", 3, 8);
  expect_error_at(load("[a]\nanchor = \"grew by\"\npick = -1\n"), "CF2015", 3, 8);
  expect_error_at(load("[a]\nanchor = \"grew by\"\npick = 1.5\n"), "CF2015", 3, 8);
  expect_error_at(load("[a]\nanchor = \"grew by\"\npick = 2.0\n"), "CF2015", 3, 8);
  expect_error_at(load("[a]\nanchor = \"grew by\"\npick = \"2\"\n"), "CF2015", 3, 8);
  expect_error_at(load("[a]\nanchor = \"grew by\"\npick = true\n"), "CF2015", 3, 8);
  expect_error_at(load("[a]\nanchor = \"grew by\"\npick = 100000\n"), "CF2015", 3, 8);
}

TEST(AnchoredFigures, BadAnchorAndBadPickAreBothReported) {
  loaded r = load("[a]\nanchor = 1\npick = 0\n");
  EXPECT_FALSE(r.set);
  r.only("CF2014");
  r.only("CF2015");
}

TEST(AnchoredFigures, PickWithoutAnchor) {
  expect_error_at(load("[a]\nvalue = \"5%\"\npick = 2\n"), "CF2015", 3, 8);
}

TEST(AnchoredFigures, ValueKeysBesideAnAnchor) {
  // A unit may be given: a table cell is often a bare number whose unit is in its caption.
  loaded u = load("[a]\nanchor = \"grew by\"\nunit = \"bn \u20ac\"\n");
  ASSERT_TRUE(u.set) << render_all(u.diags);
  ASSERT_TRUE(u.first("a").anchor->unit_of);
  EXPECT_EQ(u.first("a").anchor->unit_of->name(), "EUR billion");
  expect_error_at(load("[a]\nanchor = \"grew by\"\nunit = \"zorkmid bn\"\n"), "CF2004", 3, 9);
  expect_error_at(load("[a]\nanchor = \"grew by\"\nqualifier = \"about\"\n"), "CF2016", 3, 13);
  expect_error_at(load("[a]\nanchor = \"grew by\"\nquote = \"grew by 5%\"\n"), "CF2016", 3, 9);
}

// issue 9 item 2: `anchor = { row = "...", column = "..." }` anchors a table cell.
TEST(AnchoredFigures, TableCellAnchors) {
  loaded r = load(
      "[ea19.exports]\nanchor = { row = \"Extra-EA19 exports\", column = \"Sep 19\" }\n"
      "unit = \"EUR billion\"\n[ea19.exports.growth_yoy]\nanchor = { row = \"Extra-EA19 "
      "exports\", column = \"Growth\" }\npick = 2\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  const claim& c = r.first("ea19.exports");
  ASSERT_TRUE(c.anchor);
  EXPECT_TRUE(c.anchor->cell());
  EXPECT_EQ(c.anchor->row, "Extra-EA19 exports");
  EXPECT_EQ(c.anchor->column, "Sep 19");
  EXPECT_TRUE(r.first("ea19.exports.growth_yoy").anchor->pick_given);
  EXPECT_FALSE(c.anchor->pick_given);
  expect_error_at(load("[a]\nanchor = { row = \"Exports\" }\n"), "CF2014", 2, 10);
  expect_error_at(load("[a]\nanchor = { row = \"Exports\", col = \"Sep 19\" }\n"), "CF2014", 2, 29);
  expect_error_at(load("[a]\nanchor = { row = \" \", column = \"Sep 19\" }\n"), "CF2014", 2, 18);
}

TEST(AnchoredFigures, EveryBadAnchorIsReported) {
  loaded r = load("[a]\nanchor = 1\n[b]\nanchor = \"x\"\npick = 0\n[c]\nanchor = \"\"\n");
  EXPECT_FALSE(r.set);
  int n = 0;
  for (const auto& d : r.diags.items()) n += d.level == severity::error;
  EXPECT_EQ(n, 3) << render_all(r.diags);
}

}  // namespace
}  // namespace crossfoot::testing
