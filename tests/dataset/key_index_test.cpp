// The index of rows by their key (the spec's key columns, and a cube's lookups): the packed key
// space at the edge of 64 bits, where a product of code counts once wrapped (four columns of
// 2^16 codes make 2^64, which is 0 in 64 bits: taken as a dense array of no entries), and the
// hash table's probe running past its last slot to its first.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dataset/detail/cross_row.hpp"

namespace crossfoot::testing {
namespace {

using namespace dataset_detail;

// A table of code columns: `codes[c]` codes interned in column c ("c0", "c1", ...), in that
// order (so code k is "ck"), and the rows given as code numbers.
table code_table(const std::vector<std::uint32_t>& codes,
                 const std::vector<std::vector<std::uint32_t>>& rows) {
  table t;
  t.code.resize(codes.size());
  t.dicts.resize(codes.size());
  for (std::size_t c = 0; c < codes.size(); ++c) {
    for (std::uint32_t k = 0; k < codes[c]; ++k) t.dicts[c].intern("c" + std::to_string(k));
  }
  for (const auto& r : rows) {
    for (std::size_t c = 0; c < codes.size(); ++c) t.code[c].push_back(r[c]);
  }
  t.rows = rows.size();
  return t;
}

constexpr std::uint32_t two_16 = 1u << 16;

TEST(KeyIndex, CombinationsOfTwoToTheSixtyFourAreNotPackedNorWrappedToZero) {
  const std::vector<std::vector<std::uint32_t>> rows = {
      {0, 0, 0, 0}, {1, 2, 3, 4}, {two_16 - 1, two_16 - 1, two_16 - 1, two_16 - 1}, {1, 2, 3, 4}};
  // 2^64 combinations (0 in 64 bits), and 2^63 exactly: neither fits below 2^63.
  for (std::uint32_t last : {two_16, two_16 / 2}) {
    table t = code_table({two_16, two_16, two_16, last}, rows);
    key_index index;
    index.build(t, {0, 1, 2, 3});
    EXPECT_FALSE(index.usable()) << last;
    EXPECT_EQ(index.combinations(), 0u);
    EXPECT_EQ(index.find(0), -1);
    EXPECT_EQ(index.find(key_index::no_key), -1);
  }
}

TEST(KeyIndex, CombinationsJustBelowTwoToTheSixtyThreeAreHashedAndFound) {
  // 2^48 x (2^15 - 1) = 2^63 - 2^48 combinations: packed, far too many for a dense array.
  const std::uint32_t last = two_16 / 2 - 1;
  const std::vector<std::vector<std::uint32_t>> rows = {
      {0, 0, 0, 0},
      {1, 2, 3, 4},
      {two_16 - 1, two_16 - 1, two_16 - 1, last - 1},
      {two_16 - 1, 0, two_16 - 1, last - 1},
      {1, 2, 3, 4}};
  table t = code_table({two_16, two_16, two_16, last}, rows);
  key_index index;
  index.build(t, {0, 1, 2, 3});
  ASSERT_TRUE(index.usable());
  EXPECT_EQ(index.combinations(), (std::uint64_t{1} << 63) - (std::uint64_t{1} << 48));
  // The largest key is the last combination, one below the count.
  EXPECT_EQ(index.key_of(2), index.combinations() - 1);
  EXPECT_EQ(index.find(index.key_of(0)), 0);
  EXPECT_EQ(index.find(index.key_of(1)), 1);
  EXPECT_EQ(index.find(index.key_of(2)), 2);
  EXPECT_EQ(index.find(index.key_of(3)), 3);
  EXPECT_EQ(index.find(index.key_of(4)), 1);  // a repeated key finds its first row
  EXPECT_EQ(index.find(index.key_of(2) - 1), -1);
  for (std::size_t p = 0; p < 4; ++p) EXPECT_EQ(index.code_at(index.key_of(2), p), rows[2][p]);
  // A code past a column's count is no key, and finds nothing.
  EXPECT_EQ(index.with(index.key_of(0), 3, last), key_index::no_key);
  EXPECT_EQ(index.with(index.key_of(0), 3, last - 1), index.key_of(0) + (last - 1));
}

// The table's slot of a key, as key_index hashes it (64 slots for up to 32 rows).
std::uint64_t slot_of(std::uint64_t key) {
  return ((key * 0x9E3779B97F4A7C15ull) >> 17) & 63;
}

TEST(KeyIndex, AProbePastTheLastSlotGoesOnFromTheFirst) {
  // One column of 10,000 codes and a few rows: hashed (not dense). The keys (the codes) are
  // chosen to land in the last slot, so that each after the first probes round to slot 0, 1.
  const std::uint32_t count = 10000;
  std::vector<std::uint32_t> last_slot;
  for (std::uint32_t k = 0; k < count && last_slot.size() < 4; ++k) {
    if (slot_of(k) == 63) last_slot.push_back(k);
  }
  ASSERT_EQ(last_slot.size(), 4u);
  const std::vector<std::vector<std::uint32_t>> rows = {
      {last_slot[0]}, {last_slot[1]}, {last_slot[2]}, {last_slot[1]}};
  table t = code_table({count}, rows);
  key_index index;
  index.build(t, {0});
  ASSERT_TRUE(index.usable());
  EXPECT_EQ(index.find(last_slot[0]), 0);
  EXPECT_EQ(index.find(last_slot[1]), 1);  // in slot 0, and its repeat kept the first row
  EXPECT_EQ(index.find(last_slot[2]), 2);  // in slot 1
  // Absent, from the last slot: probes 63, 0, 1 and stops at the empty slot 2.
  EXPECT_EQ(index.find(last_slot[3]), -1);
}

}  // namespace
}  // namespace crossfoot::testing
