// Prose of a consumer price release (issue 9): an index's base period is no figure, "consumer
// prices" and "Consumer Price Index (CPI)" name the CPI, a place's name of two words before its
// possessive is the draft's own, and two numbers a comma and "and" apart are two clauses'. The
// drafts are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string valdoria_prices =
    "# Consumer prices, June 2031\n\n"
    "Consumer prices 2.4% higher than a year earlier\n\n"
    "Port Valdor's Consumer Price Index (CPI) stood at 131.2 in June 2031 (January to December "
    "2025 = 100), 2.4% above its level of June 2030. In May the index had been 130.6, and 2.1% "
    "higher than a year before. Port Valdor's harbours were busy.\n";

TEST(PriceProse, TheBaseOfAnIndexIsNoFigure) {
  auto d = extract_text(valdoria_prices);
  for (const draft_claim& c : d.claims) EXPECT_NE(c.written, "100") << c.id;
  // Glued to its "=" in brackets: "(2025=100)". A table header's numbers are never claims,
  // so only prose shows that the base is skipped.
  auto base = extract_text("# Prices, June 2031\n\nThe index (2025=100) stood at 104.1 in June.\n");
  EXPECT_EQ(written_claims(base), std::vector<std::string>{"104.1"});
}

TEST(PriceProse, ConsumerPricesAndTheCpiNameTheCpi) {
  auto d = extract_text(valdoria_prices);
  EXPECT_EQ(claim_of(d, "131.2").id, "cpi");
  EXPECT_EQ(on_line(d, 3).at(0).id, "cpi.growth_yoy");
}

TEST(PriceProse, ANumberACommaAndAndBeforeARateIsNoRateOfAList) {
  auto d = extract_text(valdoria_prices);
  const draft_claim level = claim_of(d, "130.6");
  EXPECT_EQ(level.kind, claim_kind::level);
  EXPECT_DOUBLE_EQ(editor_value(level), 130.6);
  // A list of three still shares the rate's unit: "fell by 3.0, 3.5, and 4.1 percent".
  auto list = extract_text("# Prices, June 2031\n\nRents fell by 3.0, 3.5, and 4.1 percent.\n");
  EXPECT_EQ(editor_unit(claim_of(list, "3.0")), "%");
}

// "The index" alone is the headline index the draft has named (lexicon `headline_index`): its
// level a month before is the PPI's previous level, which growth_matches_levels checks
// against the month's rate. Another index named by its own words keeps its own family, and a
// draft that has named no headline index leaves "index" alone.
TEST(PriceProse, TheIndexAloneIsTheHeadlineIndexNamedBefore) {
  auto d = extract_text(
      "# Producer prices in Kestrel, October 2031\n\n"
      "Kestrel's producer price index (PPI) reached 113.3 in October 2031, 0.8% above its\n"
      "September level. In September the index had stood at 112.4. The CPI, by contrast, stood\n"
      "at 98.7 in October 2031.\n");
  EXPECT_EQ(claim_of(d, "113.3").id, "ppi");
  EXPECT_EQ(claim_of(d, "112.4").id, "ppi.prev");
  EXPECT_EQ(claim_of(d, "98.7").id, "cpi");
  auto none =
      extract_text("# Harbour report, October 2031\n\nThe index reached 57.2 in October.\n");
  EXPECT_EQ(claim_of(none, "57.2").id, "index");
}

// A heading that says "a year earlier" makes the rates below it annual, but not a rate that
// names its own base less than a year back: "0.4% above its level of May 2031" in a June 2031
// release is the month's rate, which growth_matches_levels checks against May's level.
TEST(PriceProse, ARateNamingTheMonthBeforeIsMonthlyUnderAnAnnualHeading) {
  auto d = extract_text(
      "# Consumer prices in Kestrel, June 2031\n\n"
      "**Consumer prices 2.0% higher than a year earlier**\n\n"
      "Kestrel's consumer price index (CPI) stood at 104.6 in June 2031, 0.4% above its level of\n"
      "May 2031 and 2.0% above its level of June 2030.\n");
  EXPECT_EQ(claim_of(d, "0.4%").id, "cpi.growth");
  EXPECT_EQ(on_line(d, 6).at(0).id, "cpi.growth_yoy");
}

// "The index" after a second headline index is named is that one when it was named in the same
// paragraph ("the index had been 97.8" after the PPI's rate is ppi.prev, not the CPI's level of
// the paragraph before); in a later paragraph that names neither, it stays "index".
TEST(PriceProse, TheIndexIsTheHeadlineIndexNamedLastInItsParagraph) {
  auto d = extract_text(
      "# Prices in Tarn, May 2032\n\n"
      "The CPI rose 0.3% in May 2032. The index stood at 124.6 in May 2032.\n\n"
      "The producer price index rose 1.1% in May 2032 to 98.9. In April the index had been\n"
      "97.8.\n\n"
      "In the quarter the index averaged 96.1.\n");
  EXPECT_EQ(claim_of(d, "124.6").id, "cpi");
  EXPECT_EQ(claim_of(d, "98.9").id, "ppi");
  EXPECT_EQ(claim_of(d, "97.8").id, "ppi.prev");
  EXPECT_EQ(claim_of(d, "96.1").id.rfind("index", 0), 0u) << claim_of(d, "96.1").id;
}

}  // namespace
}  // namespace crossfoot::testing
