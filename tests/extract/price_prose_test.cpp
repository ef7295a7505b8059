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

// The kind of each claim written as one of `written`.
void expect_kinds(const draft_extract& d, std::initializer_list<const char*> written,
                  claim_kind kind) {
  for (const char* w : written) EXPECT_EQ(claim_of(d, w).kind, kind) << w;
}

// Rates in brackets after names in a list are the names' changes when the clause that brings
// the list in names a change: a verb or noun of direction ("fares went up for ..."), or a
// comparison with an earlier time ("more than a year earlier: ..."). The items after the first
// take its reading, and a direction of their own ("went down for") signs them. A list brought
// in by a share, or by a ratio that moved ("the jobless rate fell for ..."), keeps its levels.
TEST(PriceProse, RatesInBracketsAfterNamesGovernedByAChangeAreChanges) {
  auto d = extract_text(
      "# Transport prices in Tarn, May 2032\n\n"
      "Over the month, tariffs went up for rail fares (3.2%), bus and tram fares (1.4%) and taxi\n"
      "fares (0.8%), and went down for air fares (2.5%).\n");
  for (const char* w : {"3.2%", "1.4%", "0.8%"}) {
    EXPECT_EQ(claim_of(d, w).kind, claim_kind::growth) << w;
    EXPECT_GT(editor_value(claim_of(d, w)), 0) << w;
  }
  EXPECT_EQ(claim_of(d, "2.5%").kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "2.5%")), -2.5);

  auto partners = extract_text(
      "# Kestrel's exports, March 2033\n\n"
      "Nearly every partner took more of Kestrel's goods than a year earlier: Valdoria (12.5%);\n"
      "the islands of the south (7.1%); and Dornland (2.0%).\n");
  expect_kinds(partners, {"12.5%", "7.1%", "2.0%"}, claim_kind::growth);
}

TEST(PriceProse, RatesInBracketsAfterNamesStayLevelsWithoutAChange) {
  auto shares = extract_text(
      "# Kestrel's exports, March 2033\n\n"
      "The largest shares of the month's exports went to Valdoria (31.0%), Dornland (12.4%) and\n"
      "Tarn (8.0%).\n");
  expect_kinds(shares, {"31.0%", "12.4%", "8.0%"}, claim_kind::share);
  auto ratio = extract_text(
      "# Labour market in Tarn, May 2032\n\n"
      "Over the month the unemployment rate fell for young people (11.2%) and older workers\n"
      "(4.1%). It was unchanged for women (5.0%) and men (5.3%).\n");
  expect_kinds(ratio, {"11.2%", "4.1%", "5.0%", "5.3%"}, claim_kind::share);
  // Compared with another figure, not with an earlier time: nothing said of the kind.
  auto compared = extract_text(
      "# Kestrel's regions, March 2033\n\n"
      "The jobless rate was higher than the national one in the north (8.1%) and the east "
      "(7.7%).\n");
  EXPECT_EQ(claim_of(compared, "8.1%").kind, claim_kind::share);
}

}  // namespace
}  // namespace crossfoot::testing
