// Forms of quarterly GDP releases met in session 16 (issue 9), each written for these tests in
// other words and with other figures: a local currency's sign before the amount ("RM28.5
// billion"), the first quarters of a year as a span, section rows that name what a table's
// rates compare with, and the previous quarter's rate in brackets.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// A local currency's sign written before the amount, glued or apart, is that currency: the
// ringgit's "RM", the rupiah's "Rp". "RMB" stays the yuan.
TEST(GdpReleaseForms, LocalCurrencySignBeforeTheAmount) {
  auto d = extract_text(
      "# Economy of Westport, second quarter of 2031\n"
      "\n"
      "Exports rose to RM41.7 billion and imports to RM 38.2 billion. Remittances came to Rp 2.5 "
      "trillion, and the yuan loans to RMB3.1 billion.\n");
  const draft_claim exports = claim_of(d, "RM41.7 billion");
  EXPECT_EQ(editor_unit(exports), "MYR");
  EXPECT_DOUBLE_EQ(editor_value(exports), 41.7e9);
  EXPECT_EQ(exports.kind, claim_kind::level);
  EXPECT_EQ(editor_unit(claim_of(d, "RM 38.2 billion")), "MYR");
  EXPECT_EQ(editor_unit(claim_of(d, "Rp 2.5")), "IDR");
  EXPECT_EQ(editor_unit(claim_of(d, "RMB3.1 billion")), "RMB");
}

// "the first three quarters of 2031" is 2031 Q1 to Q3, as "the first nine months of 2031" is
// January to September; a rate over such a part of a year compares with the same part of the
// year before (growth_yoy), never with the quarters just before it, so it is no second value
// of the quarter's rate.
TEST(GdpReleaseForms, FirstQuartersOfAYear) {
  auto d = extract_text(
      "# Economy of Westport, third quarter of 2031\n"
      "\n"
      "GDP grew 3.1 per cent in the third quarter. Over the first three quarters of 2031, GDP "
      "grew 3.6 per cent, to RM512.4 billion.\n"
      "\n"
      "In the first nine months of 2031, exports rose 4.1%.\n");
  EXPECT_EQ(claim_of(d, "3.1 per cent").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "3.6 per cent").id, "gdp.2031-Q1/2031-Q3.growth_yoy");
  EXPECT_EQ(claim_of(d, "RM512.4 billion").id, "gdp.2031-Q1/2031-Q3");
  EXPECT_EQ(claim_of(d, "4.1%").id, "trade.2031-01/2031-09.exports.growth_yoy");
}

}  // namespace
}  // namespace crossfoot::testing
