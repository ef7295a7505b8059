// Forms of other agencies' releases (issue 9 items 5 and 7): amounts after a lead-in, growth
// written "or 1.5 percent" after a change, changes of a level, deficits and their changes, and
// currencies written after the scale. The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "increased $3.9 billion, or 1.5 percent, to $258.2 billion": a change, its rate, a level.
TEST(ReleaseForms, ChangeOrPercentIsGrowth) {
  auto d = extract_text(
      "# U.S. trade in April 2023\n\nExports of goods increased $3.9 billion, or 1.5 percent, to "
      "$258.2 billion in April.\n");
  const auto change = claim_of(d, "$3.9 billion");
  const auto rate = claim_of(d, "1.5 percent");
  const auto level = claim_of(d, "$258.2 billion");
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(rate.q.number, 1.5);
  EXPECT_EQ(change.kind, claim_kind::level);
  EXPECT_TRUE(change.id.ends_with(".change")) << change.id;
  // "goods" names nothing of its own: these are the country's exports.
  EXPECT_EQ(level.id, "trade.exports");
  EXPECT_EQ(rate.id, "trade.exports.growth");
}

TEST(ReleaseForms, AFallIsANegativeChange) {
  auto d = extract_text("Imports fell $9.2 billion to $330.1 billion.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "$9.2 billion").q.number, -9.2);
  EXPECT_DOUBLE_EQ(claim_of(d, "$330.1 billion").q.number, 330.1);
}

// "£1.9 billion (7.8 per cent)": the bracket gives the change's rate.
TEST(ReleaseForms, BracketedRateOfAChange) {
  auto d = extract_text(
      "Goods exports climbed £1.9 billion (7.8 per cent), from £23.8 billion to £25.7 "
      "billion.\n");
  EXPECT_EQ(claim_of(d, "7.8 per cent").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "£23.8 billion").period, "prev");
}

// Deficits are negative balances; a deficit that narrows is a rise of the balance.
TEST(ReleaseForms, DeficitsAndTheirChanges) {
  auto d = extract_text(
      "# UK trade: May 2012\n\nThe deficit on trade in goods and services was £2.7 billion in "
      "May, £1.4 billion narrower than in April. On goods, the deficit narrowed by £1.3 billion "
      "to £8.4 billion. The deficit with the rest of the world widened by £0.4 billion.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "£2.7 billion").q.number, -2.7);
  EXPECT_DOUBLE_EQ(claim_of(d, "£1.4 billion").q.number, 1.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "£1.3 billion").q.number, 1.3);
  EXPECT_DOUBLE_EQ(claim_of(d, "£8.4 billion").q.number, -8.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "£0.4 billion").q.number, -0.4);
  EXPECT_TRUE(claim_of(d, "£1.3 billion").id.ends_with("balance.change"))
      << claim_of(d, "£1.3 billion").id;
}

// "€5.0 bn deficit", "ended the month €5.0 bn in deficit": the sign word after the amount.
TEST(ReleaseForms, DeficitAfterTheAmount) {
  auto d = extract_text(
      "# EU28 trade: September 2019\n\nThe EU28 had a €5.0 bn deficit. Its trade ended the month "
      "€4.0 bn in deficit, after a €2.1 bn surplus.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "€5.0 bn").q.number, -5.0);
  EXPECT_DOUBLE_EQ(claim_of(d, "€4.0 bn").q.number, -4.0);
  EXPECT_DOUBLE_EQ(claim_of(d, "€2.1 bn").q.number, 2.1);
}

// "in billions of dollars ... China ($22.8), European Union ($17.6)": the lead-in gives the
// bracketed amounts their scale, and deficits their sign.
TEST(ReleaseForms, AmountsAfterALeadIn) {
  auto d = extract_text(
      "The deficits with the largest partners, in billions of dollars, were with China ($22.8), "
      "the European Union ($17.6) and Mexico ($13.0).\n");
  const auto china = claim_of(d, "$22.8");
  EXPECT_DOUBLE_EQ(editor_value(china), -22.8e9);
  EXPECT_EQ(editor_unit(china), "USD");
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "$17.6")), -17.6e9);
  EXPECT_NE(china.id, claim_of(d, "$17.6").id);
}

TEST(ReleaseForms, CurrencyAfterTheScaleAndTheUnitWordAlone) {
  auto d = extract_text("Exports were 52.2 billion euros (+1.6%), imports 5.0 bn EUR.\n");
  EXPECT_EQ(editor_unit(claim_of(d, "52.2 billion euros")), "EUR");
  EXPECT_EQ(claim_of(d, "+1.6%").kind, claim_kind::growth);
}

}  // namespace
}  // namespace crossfoot::testing
