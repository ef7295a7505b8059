// Rows grouped by the codes of some columns (unique(), `by`): every way of numbering the
// groups (a row's packed key itself, or ids per row in a dense array, a map of packed keys or a
// map of the codes) agrees with grouping the codes' texts in a std::map, on the edges: an
// empty table, empty cells, repeated keys, rows across key blocks and batches, columns packed
// by locality, and more combinations than 64 bits hold.
#include <gtest/gtest.h>

#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "dataset/detail/groups.hpp"

namespace crossfoot::testing {
namespace {

using namespace dataset_detail;

// A table of code columns only, each row's codes given as texts.
table make_table(const std::vector<std::vector<std::string>>& rows, std::size_t columns) {
  table t;
  t.code.resize(columns);
  t.dicts.resize(columns);
  for (const auto& r : rows) {
    for (std::size_t c = 0; c < columns; ++c) t.code[c].push_back(t.dicts[c].intern(r[c]));
  }
  t.rows = rows.size();
  return t;
}

// Checks `g` against the rows' codes grouped by their texts: the same partition, each
// group's size, the ids of every block of rows (at every offset and length tried) and of
// rows in any order the same as row by row; ids numbered by first appearance unless direct.
void expect_groups(const grouping& g, const std::vector<int>& columns,
                   const std::vector<std::vector<std::string>>& rows) {
  std::map<std::vector<std::string>, std::vector<std::size_t>> reference;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    std::vector<std::string> key;
    for (int c : columns) key.push_back(rows[row][static_cast<std::size_t>(c)]);
    reference[key].push_back(row);
  }
  std::map<std::uint32_t, std::size_t> first_of;  // id -> first row with it
  for (const auto& [key, members] : reference) {
    std::uint32_t id = g.id(members[0]);
    ASSERT_LT(id, g.groups());
    EXPECT_TRUE(first_of.emplace(id, members[0]).second) << "two keys share group " << id;
    EXPECT_EQ(g.size(id), members.size());
    for (std::size_t row : members) EXPECT_EQ(g.id(row), id) << "row " << row;
  }
  if (!g.direct()) {
    // Numbered in order of first appearance: 0, 1, 2, ...
    std::vector<std::size_t> firsts;
    for (const auto& [id, row] : first_of) firsts.push_back(row);
    EXPECT_TRUE(std::is_sorted(firsts.begin(), firsts.end()));
    EXPECT_EQ(g.groups(), reference.size());
  }
  std::vector<std::uint32_t> ids(rows.size() + 1);
  for (std::size_t first : {std::size_t{0}, std::size_t{1}, rows.size() / 3}) {
    for (std::size_t n : {rows.size() - std::min(first, rows.size()), std::size_t{0},
                          std::min<std::size_t>(513, rows.size() - std::min(first, rows.size()))}) {
      if (first + n > rows.size()) continue;
      g.ids(first, n, ids.data());
      for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(ids[i], g.id(first + i)) << first + i;
    }
  }
  std::vector<std::uint32_t> order(std::min<std::size_t>(rows.size(), batch_lanes));
  std::iota(order.rbegin(), order.rend(), 0u);  // backwards
  g.ids(lane_rows{order.data(), 0}, order.size(), ids.data());
  for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(ids[i], g.id(order[i]));
}

// Direct (the key is the group), and ids per row in a dense array of keys.
constexpr std::uint64_t always_direct = ~std::uint64_t{0};
constexpr std::uint64_t never_direct = 0;

// Rows in the order of a file sorted by its last columns: the first column changes on every
// row (packed by locality, it gets the smallest stride), with repeats and empty cells.
std::vector<std::vector<std::string>> sample_rows(std::size_t n) {
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < n; ++i) {
    std::string country = i % 7 == 3 ? "" : "C" + std::to_string(i % 13);
    std::string year = std::to_string(2000 + (i / 13) % 5);
    std::string product = i % 101 == 0 ? "" : std::to_string((i / 65) % 9);
    rows.push_back({country, year, product});
  }
  return rows;
}

TEST(grouping, DirectAndNumberedGroupsAgreeWithTheCodesTexts) {
  // 9,000 rows: blocks of 4,096 keys and batches of 512 lanes cut through groups.
  auto rows = sample_rows(9000);
  table t = make_table(rows, 3);
  for (const std::vector<int>& columns :
       {std::vector<int>{0, 1, 2}, std::vector<int>{2, 0}, std::vector<int>{1}}) {
    for (std::uint64_t max_direct : {always_direct, never_direct}) {
      SCOPED_TRACE(::testing::Message()
                   << columns.size() << " columns, direct up to " << max_direct);
      grouping g(t, columns, max_direct);
      EXPECT_EQ(g.direct(), max_direct == always_direct);
      expect_groups(g, columns, rows);
    }
  }
}

TEST(grouping, RepeatedKeysCountEveryRow) {
  std::vector<std::vector<std::string>> rows = {{"a", "1"}, {"b", "1"}, {"a", "1"}, {"a", "2"},
                                                {"a", "1"}, {"", ""},   {"", ""}};
  table t = make_table(rows, 2);
  for (std::uint64_t max_direct : {always_direct, never_direct}) {
    grouping g(t, {0, 1}, max_direct);
    EXPECT_EQ(g.size(g.id(0)), 3u);
    EXPECT_EQ(g.size(g.id(1)), 1u);
    EXPECT_EQ(g.size(g.id(5)), 2u);
    expect_groups(g, {0, 1}, rows);
  }
}

TEST(grouping, AnEmptyTableHasNoRowsToGroup) {
  table t = make_table({}, 2);
  for (std::uint64_t max_direct : {always_direct, never_direct}) {
    grouping g(t, {0, 1}, max_direct);
    std::uint32_t none = 0;
    g.ids(0, 0, &none);
    EXPECT_EQ(g.groups(), g.direct() ? 1u : 0u);  // direct: the one key of no codes
  }
}

TEST(grouping, ManyCombinationsAndFewRowsAreNumberedFromAMap) {
  // Codes beyond the rows (10,000 per column, 10^12 combinations): neither direct nor dense.
  auto rows = sample_rows(3000);
  table t = make_table(rows, 3);
  for (std::size_t c = 0; c < 3; ++c) {
    for (int k = 0; k < 10000; ++k) t.dicts[c].intern("extra" + std::to_string(k));
  }
  grouping g(t, {0, 1, 2}, 4 * std::uint64_t{t.rows} + 4096);
  EXPECT_FALSE(g.direct());
  expect_groups(g, {0, 1, 2}, rows);
}

TEST(grouping, CombinationsBeyondSixtyFourBitsAreGroupedByTheirCodes) {
  // Five columns of 2^13 codes each: 2^65 combinations, no packed key.
  auto rows = sample_rows(1000);
  for (auto& r : rows) {
    r.push_back(r[0] + "x");
    r.push_back(r[1] + "y");
  }
  table t = make_table(rows, 5);
  for (std::size_t c = 0; c < 5; ++c) {
    for (int k = 0; k < 8192; ++k) t.dicts[c].intern("extra" + std::to_string(k));
  }
  std::vector<int> columns = {0, 1, 2, 3, 4};
  key_layout layout;
  layout.pack(t, columns);
  EXPECT_FALSE(layout.usable());
  grouping g(t, columns, always_direct);
  EXPECT_FALSE(g.direct());
  expect_groups(g, columns, rows);
}

TEST(grouping, PackedByLocalityTheColumnThatChangesMostIsLeastSignificant) {
  auto rows = sample_rows(500);
  table t = make_table(rows, 3);
  key_layout plain, local;
  plain.pack(t, {0, 1, 2});
  local.pack(t, {0, 1, 2}, true);
  EXPECT_EQ(plain.stride(2), 1u);  // the last column, as a key index packs
  // The country changes on every row, the year every 13th, the product every 65th.
  EXPECT_EQ(local.stride(0), 1u);
  EXPECT_EQ(local.stride(1), local.radix(0));
  EXPECT_EQ(local.stride(2), local.radix(0) * local.radix(1));
  // Both are one-to-one over the same combinations.
  EXPECT_EQ(plain.combinations(), local.combinations());
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (std::size_t p = 0; p < 3; ++p)
      EXPECT_EQ(local.code_at(local.key_of(row), p), t.code[p][row]);
  }
}

}  // namespace
}  // namespace crossfoot::testing
