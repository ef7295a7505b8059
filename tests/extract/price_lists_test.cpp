// Forms of consumer-price releases (issue 9 item 7) as Statistics Canada writes them: lists of
// main contributors under a line that says which change they contribute to ("To the 12-month
// change, upward:"), and one verb for two rates ("fell 1.7%, and clothing and footwear 0.8%").
// The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// A line ending with a colon says of the list below it what a heading would: its rates are on
// a year earlier; the next paragraph's inline list is not.
TEST(PriceLists, ListUnderATwelveMonthLineIsAnnual) {
  auto d = extract_text(
      "# Prices of Corvia, May 2031\n\n"
      "To the 12-month change, downward:\n\n"
      "- air fares (-11.0%)\n"
      "- natural gas (-20.4%)\n\n"
      "To the monthly change, upward: air fares (+3.0%) and fresh fruit (+4.1%).\n");
  EXPECT_EQ(claim_of(d, "-11.0%").id, "air_fares.growth_yoy");
  EXPECT_EQ(claim_of(d, "-20.4%").id, "natural_gas.growth_yoy");
  EXPECT_EQ(claim_of(d, "+4.1%").id, "fresh_fruit.growth");
}

// "and clothing and footwear 0.8%": a gapped clause names a subject of its own; an -ing word the
// lexicon knows as a thing ("clothing", "housing") is no verb.
TEST(PriceLists, GappedClauseWithAnIngNoun) {
  auto d = extract_text(
      "# Prices of Corvia, May 2031\n\n"
      "Rents, by contrast, fell 1.2%, and clothing and footwear 0.6%. Housing rose 0.4%.\n");
  EXPECT_EQ(claim_of(d, "1.2%").id, "rents.growth");
  EXPECT_EQ(claim_of(d, "0.6%").id, "clothing_footwear.growth");
  EXPECT_DOUBLE_EQ(claim_of(d, "0.6%").q.number, -0.6);
  EXPECT_EQ(claim_of(d, "0.4%").id, "housing.growth");
}

}  // namespace
}  // namespace crossfoot::testing
