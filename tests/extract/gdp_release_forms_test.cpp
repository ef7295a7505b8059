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

// Verbs of a change's pace ("quickened", "picked up", "slowed", "accelerated") bring in a rate of
// change, after "to" too: the sector's growth, not a share of it. A ratio's level after "rose
// to" stays a share.
TEST(GdpReleaseForms, PaceVerbsBringInRates) {
  auto d = extract_text(
      "# Economy of Westport, second quarter of 2031\n"
      "\n"
      "The Farming sector picked up, to 3.3 per cent (Q1 2031: 2.1%). Retail quickened to 5.5 "
      "per cent from 4.2 per cent, and Mining slowed to 1.2 per cent. The investment ratio rose "
      "to 24.6%.\n");
  for (const char* rate : {"3.3 per cent", "2.1%", "5.5 per cent", "4.2 per cent", "1.2 per cent"})
    EXPECT_EQ(claim_of(d, rate).kind, claim_kind::growth) << rate;
  EXPECT_GT(editor_value(claim_of(d, "1.2 per cent")), 0);
  EXPECT_EQ(claim_of(d, "24.6%").kind, claim_kind::share);
}

// "X led the increase, up RM2.1 billion (8.2 per cent), followed by Y (12.5 per cent) and Z (3.0
// per cent)": the items that "followed by" brings in are ranked by the measure of the rate before
// them (rates of change), not shares. Without it a name's bracket stays a share.
TEST(GdpReleaseForms, FollowedByRanksByTheRateBefore) {
  auto d = extract_text(
      "# Trade of Westport, second quarter of 2031\n"
      "\n"
      "Machinery led the increase, up RM2.1 billion (8.2 per cent) to RM27.7 billion, followed "
      "by timber (12.5 per cent) and rubber (3.0 per cent).\n"
      "\n"
      "Exports went mostly to Eastmarch (31.2 per cent).\n");
  for (const char* rate : {"8.2 per cent", "12.5 per cent", "3.0 per cent"})
    EXPECT_EQ(claim_of(d, rate).kind, claim_kind::growth) << rate;
  EXPECT_EQ(claim_of(d, "12.5 per cent").id, "timber.growth");
  EXPECT_EQ(claim_of(d, "31.2 per cent").kind, claim_kind::share);
}

// "Two other exports were lower: timber by 6.1 per cent and processed rubber goods by 2.4 per
// cent": changes "by" a rate in a list a colon opens go the way the words before the colon say;
// "processed", opening an item of the list before a noun, describes it and is no verb.
TEST(GdpReleaseForms, ListAfterAColonTakesItsDirection) {
  auto d = extract_text(
      "# Trade of Westport, second quarter of 2031\n"
      "\n"
      "Exports rose 2.0 per cent. Two other exports were lower: timber by 6.1 per cent and "
      "processed rubber goods by 2.4 per cent.\n");
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "6.1 per cent")), -6.1);
  EXPECT_EQ(claim_of(d, "6.1 per cent").kind, claim_kind::growth);
  const draft_claim rubber = claim_of(d, "2.4 per cent");
  EXPECT_DOUBLE_EQ(editor_value(rubber), -2.4);
  EXPECT_EQ(rubber.id.find("trade."), std::string::npos) << rubber.id;
  EXPECT_EQ(rubber.id.rfind("rubber", 0), 0U) << rubber.id;
}

// "GDP at constant 2015 prices": the year the prices are of names the valuation, no count of
// prices.
TEST(GdpReleaseForms, YearOfConstantPricesIsNoCount) {
  auto d = extract_text(
      "# Economy of Westport, third quarter of 2031\n"
      "\n"
      "Table 2: GDP at Constant 2015 Prices\n"
      "\n"
      "| | Q2 2031 | Q3 2031 |\n"
      "|---|---|---|\n"
      "| GDP | 2.1 | 2.4 |\n");
  for (const draft_claim& c : d.claims) EXPECT_EQ(c.written.find("2015"), std::string::npos);
  EXPECT_EQ(d.claims.size(), 2U);
}

}  // namespace
}  // namespace crossfoot::testing
