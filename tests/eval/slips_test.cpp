// The readings a slip would explain, one claim at a time.
#include <gtest/gtest.h>

#include <set>

#include "eval/diagnose.hpp"

namespace crossfoot {
namespace {

claim claim_of(const std::string& written) {
  quantity_error err;
  claim c;
  c.written = written;
  c.q = *parse_quantity(written, err);
  c.value = to_interval(c.q, c.prec, c.slack);
  return c;
}

std::set<std::string> readings(const std::string& written, hypothesis::kind k,
                               const std::string& slot = "total",
                               std::optional<interval> parent = std::nullopt) {
  std::set<std::string> out;
  for (const auto& r : value_slips(claim_of(written), slot, parent)) {
    if (r.what == k) out.insert(r.becomes);
  }
  return out;
}

// "a digit slip (two adjacent digits swapped, one digit wrong by one, a digit dropped or
// doubled)"
TEST(Slips, DigitSlipsOfALevel) {
  auto r = readings("RMB 11.24 trillion", hypothesis::kind::digit_slip);
  EXPECT_TRUE(r.count("RMB 11.42 trillion"));   // swapped
  EXPECT_TRUE(r.count("RMB 12.24 trillion"));   // one up
  EXPECT_TRUE(r.count("RMB 11.23 trillion"));   // one down
  EXPECT_TRUE(r.count("RMB 1.24 trillion"));    // a digit too many
  EXPECT_TRUE(r.count("RMB 111.24 trillion"));  // a digit dropped
  EXPECT_FALSE(r.count("RMB 11.24 trillion"));  // never the value itself
}

// "a scale slip (thousand, million, billion, trillion mixed up)"
TEST(Slips, ScaleSlipsKeepTheDigits) {
  auto r = readings("EUR 21.4 trillion", hypothesis::kind::scale_slip);
  EXPECT_EQ(r,
            (std::set<std::string>{"EUR 21.4 billion", "EUR 21.4 million", "EUR 21.4 thousand"}));
  EXPECT_TRUE(readings("15.6%", hypothesis::kind::scale_slip).empty());
}

// "a sign flip of a growth rate or change"
TEST(Slips, SignFlipsOnlyForRates) {
  EXPECT_EQ(readings("3.1%", hypothesis::kind::sign_flip), std::set<std::string>{"-3.1%"});
  EXPECT_TRUE(readings("RMB 3 trillion", hypothesis::kind::sign_flip).empty());
}

// "a deficit written without its sign": only a balance has a sign to lose.
TEST(Slips, SignLostOnlyForBalances) {
  EXPECT_EQ(readings("SEK 15.3 billion", hypothesis::kind::sign_lost, "balance"),
            std::set<std::string>{"SEK -15.3 billion"});
  EXPECT_EQ(readings("-4.1 billion euros", hypothesis::kind::sign_lost, "balance"),
            std::set<std::string>{"EUR 4.1 billion"});
  EXPECT_TRUE(readings("SEK 15.3 billion", hypothesis::kind::sign_lost, "exports").empty());
  EXPECT_TRUE(readings("2.5%", hypothesis::kind::sign_lost, "balance").empty());
}

// "percent confused with percentage points"
TEST(Slips, PercentForPointsDependsOnTheSlot) {
  interval share = interval::closed(0.2995, 0.3005);  // a share of 30.0%
  // A change in points written as a 4.2% rise: 30% * 4.2% / 1.042 = 1.2 points, shown to the
  // claim's own decimals.
  auto change = readings("4.2%", hypothesis::kind::points_for_percent, "change", share);
  EXPECT_EQ(change, std::set<std::string>{"1.2pp"});
  // A growth written as 1.2 points: 1.2 / (30 - 1.2) = 4.2%.
  auto growth = readings("1.2pp", hypothesis::kind::points_for_percent, "growth", share);
  EXPECT_EQ(growth, std::set<std::string>{"4.2%"});
  EXPECT_TRUE(readings("1.2pp", hypothesis::kind::points_for_percent, "growth").empty());
}

// "relabel: the claim belongs to a sibling figure (same parent, other last segment: total,
// exports, imports, balance)"
TEST(Slips, SiblingsOfAFlow) {
  EXPECT_EQ(sibling_ids("intermediate.total"),
            (std::vector<std::string>{"intermediate.exports", "intermediate.imports",
                                      "intermediate.balance"}));
  EXPECT_TRUE(sibling_ids("intermediate.total.share").empty());
  EXPECT_EQ(sibling_ids("exports").size(), 3u);
}

}  // namespace
}  // namespace crossfoot
