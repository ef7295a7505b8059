// Suggested ids follow the conventions of rules/trade.rules, so that `check --draft` binds a
// draft without renaming. "Each claim gets an id suggested from its subject phrase
// (equipment_manufacturing.exports)."
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

std::string id_of(const draft_extract& d, const std::string& written) {
  return claim_of(d, written).id;
}

// "trade.exports, trade.imports, trade.total: the country's own flows (the national wholes)".
TEST(Naming, TheCountrysOwnFlowsAreTrade) {
  auto d = extract_text(
      "# Valdoria in 2024\n\nValdoria traded goods worth $821.7 billion in 2024, 3.5% more than "
      "a year earlier. Exports grew by 4.8% to $412.6 billion and imports by 2.1% to $389.1 "
      "billion, for a surplus of $23.5 billion.\n");
  EXPECT_EQ(id_of(d, "$821.7 billion"), "trade.total");
  EXPECT_EQ(id_of(d, "3.5%"), "trade.total.growth");
  EXPECT_EQ(id_of(d, "4.8%"), "trade.exports.growth");
  EXPECT_EQ(id_of(d, "$412.6 billion"), "trade.exports");
  EXPECT_EQ(id_of(d, "2.1%"), "trade.imports.growth");
  EXPECT_EQ(id_of(d, "$389.1 billion"), "trade.imports");
  EXPECT_EQ(id_of(d, "$23.5 billion"), "trade.balance");
}

// "trade.balance: exports minus imports": a deficit is negative.
TEST(Naming, ADeficitIsANegativeBalance) {
  auto d = extract_text("Exports fell, so the country ran a trade deficit of £15.5 billion.\n");
  EXPECT_EQ(id_of(d, "£15.5 billion"), "trade.balance");
  EXPECT_DOUBLE_EQ(claim_of(d, "£15.5 billion").q.number, -15.5);
}

// "X.exports.share: the family's share of the NATIONAL flow of the same kind".
TEST(Naming, SharesTakeTheirFlowFromWhatTheyAreOf) {
  auto d = extract_text(
      "Machinery stayed the largest export, at $118.3 billion, or 31.7% of everything the "
      "country sold abroad. On the import side, energy cost $74.6 billion, 19.2% of all "
      "purchases. Intermediate goods reached RMB 25.53 trillion, 61.1% of the total import and "
      "export value.\n");
  EXPECT_EQ(id_of(d, "$118.3 billion"), "machinery.exports");
  EXPECT_EQ(id_of(d, "31.7%"), "machinery.exports.share");
  EXPECT_EQ(id_of(d, "$74.6 billion"), "energy.imports");
  EXPECT_EQ(id_of(d, "19.2%"), "energy.imports.share");
  EXPECT_EQ(id_of(d, "61.1%"), "intermediate.total.share");
}

// A share of a part of a flow, or of world trade, is not a share of the national flow.
TEST(Naming, SharesOfPartsAndOfTheWorldAreKeptApart) {
  auto d = extract_text(
      "Imports of the Beijing-Tianjin-Hebei region accounted for 20% of China's total import "
      "value, covering more than half of China's imports of grain. Intermediate goods are more "
      "than half of global trade.\n");
  ASSERT_EQ(d.claims.size(), 3u);
  EXPECT_EQ(d.claims[0].id, "beijing_tianjin_hebei.imports.share");
  EXPECT_EQ(d.claims[1].id, "beijing_tianjin_hebei.imports.share_of_grain");
  EXPECT_EQ(d.claims[2].id, "intermediate.total.share_of_world");
}

// "X.Y.exports: a part Y of family X".
TEST(Naming, PartsOfAFamily) {
  auto d = extract_text(
      "Machinery exports reached £104.8 billion. Within machinery, aircraft brought in £21.3 "
      "billion (7.4% of exports).\n");
  EXPECT_EQ(id_of(d, "£21.3 billion"), "machinery.aircraft.exports");
  EXPECT_EQ(id_of(d, "7.4%"), "machinery.aircraft.exports.share");
  d = extract_text(
      "Machinery stayed the largest export, at $118.3 billion; vehicles made up $41.2 billion "
      "of it.\n");
  EXPECT_EQ(id_of(d, "$41.2 billion"), "machinery.vehicles.exports");
}

// "growth_matches_levels: X == X.prev * (1 + X.growth)": the level a change started from.
TEST(Naming, PreviousLevelsArePrev) {
  auto d = extract_text(
      "# Dornland in 2024\n\nTrade with the Northern Compact totalled £185.9 billion. Exports "
      "to the Compact grew 6.9% to £97.3 billion, from £91.0 "
      "billion in 2023, and made up 34% of Dornish exports. The Compact took 31.6% of all trade, "
      "down from 31.9%, a fall of 0.3 percentage points. Machinery took two-thirds of exports; "
      "in 2023 it was 61.5%.\n");
  EXPECT_EQ(id_of(d, "£97.3 billion"), "northern_compact.exports");
  EXPECT_EQ(id_of(d, "£91.0 billion"), "northern_compact.exports.prev");
  EXPECT_EQ(id_of(d, "34%"), "northern_compact.exports.share");
  EXPECT_EQ(id_of(d, "31.6%"), "northern_compact.total.share");
  EXPECT_EQ(id_of(d, "31.9%"), "northern_compact.total.share.prev");
  EXPECT_EQ(id_of(d, "0.3 percentage points"), "northern_compact.total.share.change");
  EXPECT_EQ(id_of(d, "61.5%"), "machinery.exports.share.prev");
}

TEST(Naming, AColumnOfAnEarlierYearIsPrev) {
  auto d = extract_text(
      "# Port of Kestrel Bay: 2024\n\n| | 2024 | 2023 |\n|---|---|---|\n| Imports | €37.9 "
      "billion | €36.2 billion |\n| Container exports | €21.4 billion | |\n");
  EXPECT_EQ(id_of(d, "€37.9 billion"), "trade.imports");
  EXPECT_EQ(id_of(d, "€36.2 billion"), "trade.imports.prev");
  EXPECT_EQ(id_of(d, "€21.4 billion"), "container.exports");
}

// "it", "they" and "this region" point at the subject of the sentence before.
TEST(Naming, PronounsPointBack) {
  auto d = extract_text(
      "# Valdoria in 2024\n\nThe Coastal League remained the main partner. Valdoria sold it $150.2 "
      "billion of goods "
      "and bought $131.2 billion from it, for a total of $281.4 billion. Machinery exports "
      "reached £104.8 billion. They grew 8.0% and added 2.9 percentage points to the growth of "
      "exports.\n");
  EXPECT_EQ(id_of(d, "$150.2 billion"), "coastal_league.exports");
  EXPECT_EQ(id_of(d, "$131.2 billion"), "coastal_league.imports");
  EXPECT_EQ(id_of(d, "$281.4 billion"), "coastal_league.total");
  EXPECT_EQ(id_of(d, "8.0%"), "machinery.exports.growth");
  EXPECT_EQ(id_of(d, "2.9 percentage points"), "machinery.exports.contribution");
}

// Counted things are levels of their own, never flows of money.
TEST(Naming, CountedThingsAreNotFlows) {
  auto d = extract_text("Exports through the port reached 3.42 million TEU, a rise of 7.5%.\n");
  EXPECT_EQ(id_of(d, "3.42 million TEU"), "teu");
  EXPECT_EQ(id_of(d, "7.5%"), "teu.growth");
}

}  // namespace
}  // namespace crossfoot::testing
