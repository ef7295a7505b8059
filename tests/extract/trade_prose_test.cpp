// The prose of monthly trade releases (issue 9): a line wrapped after "worth", a sentence
// opening "A year earlier, in May 2030,", the balance with a group and with the countries
// outside it, and "net trade balance". The drafts are written for these tests.
#include <gtest/gtest.h>

#include <set>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// A short line ending in "worth" wraps on: the amount on the next line is in the same
// sentence, and "imported" names its flow.
TEST(TradeProse, ALineEndingInWorthWrapsOn) {
  auto d = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "Norland exported machinery worth DKK 48.3 billion in May and imported machinery worth\n"
      "DKK 45.0 billion, so the balance stood at DKK 3.3 billion.\n");
  EXPECT_EQ(claim_of(d, "DKK 48.3 billion").id, "trade.exports");
  EXPECT_EQ(claim_of(d, "DKK 45.0 billion").id, "trade.imports");
}

// "A year earlier, in May 2030," opening a sentence gives its amounts that period, both of
// them; "A year before," alone gives the period a year before the draft's own.
TEST(TradeProse, AYearEarlierOpeningASentenceGivesItsPeriod) {
  auto d = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "A year earlier, in May 2030, exports had come to DKK 41.0 billion and imports to DKK "
      "40.5 billion.\n\n"
      "A year before, the balance had been DKK 0.4 billion.\n");
  EXPECT_EQ(claim_of(d, "DKK 41.0 billion").id, "trade.2030-05.exports");
  EXPECT_EQ(claim_of(d, "DKK 40.5 billion").id, "trade.2030-05.imports");
  EXPECT_EQ(claim_of(d, "DKK 0.4 billion").id, "trade.2030-05.balance");
}

// "countries outside the EU" are non_eu, and naming them does not make "the EU" after them the
// complement too.
TEST(TradeProse, CountriesOutsideAGroupAreItsComplement) {
  auto d = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "Trade with partners outside the EU showed a surplus of DKK 3.1 billion, whereas trade "
      "with the EU showed a deficit of DKK 1.2 billion.\n\n"
      "Trade with the EU had shown a deficit of DKK 0.9 billion in April.\n");
  EXPECT_EQ(claim_of(d, "DKK 3.1 billion").id, "non_eu.balance");
  EXPECT_EQ(claim_of(d, "DKK 1.2 billion").id, "eu.balance");
  EXPECT_EQ(claim_of(d, "DKK 0.9 billion").id, "eu.balance.prev");
}

// "net trade balance", "net trade surplus": the balance, not a family called "net".
TEST(TradeProse, NetTradeBalanceIsTheBalance) {
  auto d = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "The net trade balance came to DKK 3.3 billion.\n\n"
      "Trade with the EU closed in a deficit of DKK 0.7 billion. The net trade balance was DKK "
      "2.6 billion.\n");
  EXPECT_EQ(claim_of(d, "DKK 3.3 billion").id, "trade.balance");
  // The whole: it does not go on about the sentence before's EU.
  EXPECT_EQ(claim_of(d, "DKK 2.6 billion").id, "trade.balance");
}

// "Published 2031-06-15 9.30": an ISO date and the time of day after it are no claims; the
// amounts around them are.
TEST(TradeProse, AnIsoDateAndItsTimeAreNoClaims) {
  auto d = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "Press release from the statistics office 2031-06-15 9.30\n\n"
      "Exports came to DKK 48.3 billion; the 2031-04 figure was revised.\n");
  EXPECT_EQ(written_claims(d), (std::vector<std::string>{"DKK 48.3 billion"}));
}

// A flow valued two ways: the valuation the draft names most (fob here) is its own; the other
// (cif) is a measure of its own, kept apart, whether it follows the amount or leads it. The
// valuation words name no family.
TEST(TradeProse, AValuationTheDraftNamesLessIsKeptApart) {
  auto d = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "Exports reached DKK 31.2 billion fob in May, and imports DKK 29.9 billion fob (DKK 31.0 "
      "billion cif). Imports cif grew by 2.4%. All flows here are fob unless said.\n");
  EXPECT_EQ(claim_of(d, "DKK 31.2 billion").id, "trade.exports");
  EXPECT_EQ(claim_of(d, "DKK 29.9 billion").id, "trade.imports");
  EXPECT_EQ(claim_of(d, "DKK 31.0 billion").id, "trade.imports_cif");
  EXPECT_EQ(claim_of(d, "2.4%").id, "trade.imports_cif.growth");

  // A claim after one kept apart that says the draft's own valuation is of that one.
  auto both = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "Exports fob came to DKK 30.2 billion, while imports cif reached DKK 29.0 billion and "
      "imports fob DKK 27.9 billion.\n");
  EXPECT_EQ(claim_of(both, "DKK 29.0 billion").id, "trade.imports_cif");
  EXPECT_EQ(claim_of(both, "DKK 27.9 billion").id, "trade.imports");
}

// A draft that names one valuation keeps it out of its ids: its flows are the flows.
TEST(TradeProse, OneValuationNamesNothing) {
  auto d = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "Imports cif came to DKK 30.1 billion and exports to DKK 32.4 billion.\n");
  EXPECT_EQ(claim_of(d, "DKK 30.1 billion").id, "trade.imports");
  EXPECT_EQ(claim_of(d, "DKK 32.4 billion").id, "trade.exports");
}

// "..., whereas May 2030 had closed with a surplus of ...": the period a clause opens on, after
// the word that opens it, is its amount's; the first balance stays the draft's own, its sign
// kept, and "values" names nothing.
TEST(TradeProse, APeriodOpeningAClauseIsItsAmounts) {
  auto d = extract_text(
      "# Trade of Norland, May 2031\n\n"
      "On fob values, trade closed the month with a deficit of DKK 0.8 billion, "
      "whereas May 2030 had closed with a surplus of DKK 2.2 billion. Exports came to DKK 30.0 "
      "billion, while 2030 as a whole saw exports of DKK 350.1 billion.\n");
  EXPECT_EQ(claim_of(d, "DKK 0.8 billion").id, "trade.balance");
  EXPECT_EQ(claim_of(d, "DKK 0.8 billion").q.number, -0.8);
  EXPECT_EQ(claim_of(d, "DKK 2.2 billion").id, "trade.2030-05.balance");
  EXPECT_EQ(claim_of(d, "DKK 2.2 billion").q.number, 2.2);
  EXPECT_EQ(claim_of(d, "DKK 30.0 billion").id, "trade.exports");
  EXPECT_EQ(claim_of(d, "DKK 350.1 billion").id, "trade.2030.exports");
}

// "Its" after a sentence that opens on "For X," points back to X, whose figures that sentence
// gives, not to the words after its comma ("countries outside the bloc").
TEST(TradeProse, ItsAfterForXPointsBackToX) {
  auto d = extract_text(
      "# Trade of Velmora, May 2031\n\n"
      "For the Danube bloc, the first estimate of exports to countries outside the bloc in May\n"
      "2031 is €42.1 billion. Its trade with the rest of the world closed the month €2.2 bn in\n"
      "surplus.\n");
  EXPECT_EQ(claim_of(d, "€42.1 billion").id, "danube_bloc.exports");
  EXPECT_EQ(claim_of(d, "€2.2 bn").id, "danube_bloc.balance");
  // "For May 2031, ..." names a time, not whose figures follow.
  auto timed = extract_text(
      "# Trade of Velmora, May 2031\n\n"
      "For May 2031, exports of machinery came to €3.1 billion. Its share was 7.4% of exports.\n");
  EXPECT_EQ(claim_of(timed, "7.4%").id, "machinery.exports.share");
}

// "4.0% higher than in April 2031 and imports 4.6% higher": "than in April 2031" is what the
// first rate compares with, not the second rate's period (it is no earlier rate, .prev).
TEST(TradeProse, ThanInAPeriodIsTheBaseNotTheNextRatesPeriod) {
  auto d = extract_text(
      "# Trade of Velmora, May 2031\n\n"
      "Exports of Velmora in May 2031 were 3.1% higher than in April 2031 and imports 2.7%\n"
      "higher.\n");
  EXPECT_EQ(claim_of(d, "3.1%").id, "trade.exports.growth");
  EXPECT_EQ(claim_of(d, "2.7%").id, "trade.imports.growth");
}

// "Once seasonal effects are taken out, exports were 3.1% higher": a clause of its own before
// the claim's, whose subject is a flow, names nothing of it; a phrase without a verb still does.
TEST(TradeProse, AClauseOfItsOwnBeforeAFlowNamesNothing) {
  auto d = extract_text(
      "# Trade of Velmora, May 2031\n\n"
      "Once seasonal effects are taken out, exports were 3.1% higher than in April 2031.\n\n"
      "For the Danube bloc, exports were 2.2% higher than in April 2031.\n");
  EXPECT_EQ(claim_of(d, "3.1%").id, "trade.exports.growth");
  EXPECT_EQ(claim_of(d, "2.2%").id, "danube_bloc.exports.growth");
}

// "External trade" is the country's trade with the rest of the world, its whole: the flows of
// a sentence about it are the country's, and a flow's share of it is the flow's share of trade.
TEST(TradeProse, ExternalTradeIsTheWhole) {
  auto d = extract_text(
      "# Kestrel's trade, March 2033\n\n"
      "Kestrel's external trade in goods came to EUR 9.40 billion in March 2033. Goods sold\n"
      "abroad made up EUR 3.76 billion (40.0%) of it.\n");
  EXPECT_EQ(claim_of(d, "EUR 9.40 billion").id, "trade.total");
  EXPECT_EQ(claim_of(d, "EUR 3.76 billion").id.rfind("trade.", 0), 0u)
      << claim_of(d, "EUR 3.76 billion").id;
}

// Each rate in brackets after a name in a list is that name's, whatever words name it: "other
// goods" or "processed fish" are items of their own, not the item before them again.
TEST(TradeProse, EachBracketedItemOfAListNamesItself) {
  auto d = extract_text(
      "# Kestrel's exports, March 2033\n\n"
      "Most export groups sold more than a year before: timber (8.8%); other goods (4.4%);\n"
      "processed fish (2.2%).\n");
  std::set<std::string> ids;
  for (const char* w : {"8.8%", "4.4%", "2.2%"}) ids.insert(claim_of(d, w).id);
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_TRUE(claim_of(d, "4.4%").id.starts_with("other_goods.")) << claim_of(d, "4.4%").id;
}

// "(timber -31.4 million eur, pulp -12.1 million eur)": a hyphen glued to a flow's amount right
// after its name is a dash between the two, not a minus; the balance's sign stays, and so does
// a growth rate's.
TEST(TradeProse, ADashBetweenAFlowsPartAndItsAmountIsNoMinus) {
  auto d = extract_text(
      "# Vestland trade\n\nExports reached 88.6 million eur (timber -31.4 million eur, pulp "
      "-12.1 million eur, and others), and imports of fuel came to 40.2 million eur. The trade "
      "balance was -15.5 million eur, and fish exports fell by -2.5%.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "31.4 million eur").q.number, 31.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "12.1 million eur").q.number, 12.1);
  EXPECT_DOUBLE_EQ(claim_of(d, "15.5 million eur").q.number, -15.5);
  EXPECT_LT(claim_of(d, "2.5%").q.number, 0);
}

}  // namespace
}  // namespace crossfoot::testing
