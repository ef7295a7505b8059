// Forms of real releases of agencies new to the project that gave `check --draft` false
// error-level findings on consistent texts (issue 9, review16): a deficit's share of total
// trade, a table captioned "Inflation, %", a span of months across a year's end, and "the
// quarter ended in" a month; and (review17) groups that became cheaper, a list of changes after
// the clause that moved them, a month opening a sentence without a comma, points below an
// earlier estimate, and a note that the draft's changes are on a year earlier. The drafts are
// written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "a deficit of ..., or 35.0% of total trade turnover": the share is the balance's, of the
// country's whole trade (trade.balance_share), not the total's share of itself.
TEST(ConsistentForms, ADeficitsShareOfTotalTradeStaysTheBalances) {
  auto d = extract_text(
      "# Foreign trade of Norvania, January-June 2031\n\n"
      "The trade deficit came to USD 2,100.0 million, or 35.0% of total trade turnover. "
      "Machinery exports were USD 410.0 million, or 21.0% of all exports.\n");
  EXPECT_EQ(claim_of(d, "35.0%").id, "trade.balance_share");
  EXPECT_EQ(claim_of(d, "21.0%").id, "machinery.exports.share");
}

// A table whose corner cell says "Inflation, %" holds rates on a year earlier, as the word does
// in prose; a caption naming a month's span as well says nothing of the whole table.
TEST(ConsistentForms, ATableCaptionedInflationHoldsAnnualRates) {
  auto d = extract_text(
      "# Consumer prices, June 2031\n\n"
      "Food prices were 0.4% higher than a month earlier.\n\n"
      "| Inflation, %  | May 2031 | June 2031 |\n"
      "|---------------|---------:|----------:|\n"
      "| Food          |      6.0 |       5.5 |\n");
  EXPECT_EQ(claim_of(d, "0.4%").id, "food.growth");
  EXPECT_EQ(cell(d, 7, 1).id, "food.growth_yoy");
  auto both = extract_text(
      "# Consumer prices, June 2031\n\n"
      "| Inflation, month-on-month, % | June 2031 |\n"
      "|------------------------------|----------:|\n"
      "| Food                         |       0.5 |\n");
  EXPECT_NE(cell(both, 5, 0).id, "food.growth_yoy");
}

// "The average of July 2029 to June 2030": a span of months across a year's end, after "of" in
// the words before a rate, is the rate's period; "than that of" a span is what it compares with.
TEST(ConsistentForms, ASpanOfMonthsAcrossAYearEndBeforeARate) {
  auto d = extract_text(
      "# Consumer prices, June 2031\n\n"
      "The average of July 2029 to June 2030 had been 0.6% above that of the twelve months "
      "before. Prices were 1.1% higher than those of July 2029 to June 2030.\n");
  EXPECT_EQ(claim_of(d, "0.6%").period, "2029-07/2030-06");
  EXPECT_EQ(claim_of(d, "1.1%").period, "");
}

// "Over the quarter ended in June 2031", "the 12 months ending May 2031": spans of months that
// end in the month named, not the month itself.
TEST(ConsistentForms, TheQuarterEndedInAMonth) {
  auto d = extract_text(
      "# International trade, June 2031\n\n"
      "Exports grew by 3.0% in June. Over the quarter ended in June 2031 exports grew by 6.1% "
      "and imports by 5.2% on the same three months of 2030. In the 12 months ending May 2031 "
      "imports rose by 4.0%.\n");
  EXPECT_EQ(claim_of(d, "3.0%").id, "trade.exports.growth");
  EXPECT_EQ(claim_of(d, "6.1%").period, "2031-04/2031-06");
  EXPECT_EQ(claim_of(d, "5.2%").period, "2031-04/2031-06");
  EXPECT_EQ(claim_of(d, "4.0%").period, "2030-06/2031-05");
}

// "Rs." is the rupee: the Indian by default, the one the draft names otherwise (its publisher,
// "Pakistani rupees", "LKR"), as "$" is read; never a family "rs".
TEST(ConsistentForms, RsIsTheRupeeTheDraftNames) {
  auto d = extract_text(
      "# External trade, May 2031\n\n"
      "Pakistan Bureau of Statistics. Exports in May 2031 came to Rs. 210,300 million, against "
      "Rs. 198,700 million in April 2031.\n");
  EXPECT_EQ(claim_of(d, "210,300").id, "trade.exports");
  EXPECT_EQ(claim_of(d, "210,300").q.written_unit.dim.to_string(), "PKR");
  EXPECT_EQ(claim_of(d, "198,700").id, "trade.exports.prev");
  auto india = extract_text(
      "# Foreign trade, May 2031\n\n"
      "Imports in May 2031 were Rs. 61,200 million.\n");
  EXPECT_EQ(claim_of(india, "61,200").q.written_unit.dim.to_string(), "INR");
  EXPECT_EQ(claim_of(india, "61,200").id, "trade.imports");
}

// "With X left out,", "Leaving out X,", "Excluding X,": the clause's claims are the aggregate's
// without X, a family of its own, neither the whole's nor X's.
TEST(ConsistentForms, AnOpeningThatLeavesAPartOut) {
  auto d = extract_text(
      "# International trade, June 2031\n\n"
      "Exports grew by 3.0% and imports by 2.0%. With Mineral fuels left out, exports rose by "
      "4.5% and imports by 1.5%. Leaving out Mineral fuels, the balance stood at EUR -410 "
      "million. Excluding Mineral fuels, exports were 4.7% higher than a year earlier.\n");
  EXPECT_EQ(claim_of(d, "3.0%").id, "trade.exports.growth");
  EXPECT_EQ(claim_of(d, "2.0%").id, "trade.imports.growth");
  EXPECT_EQ(claim_of(d, "4.5%").id, "excluding_mineral_fuels.exports.growth");
  EXPECT_EQ(claim_of(d, "1.5%").id, "excluding_mineral_fuels.imports.growth");
  EXPECT_EQ(claim_of(d, "EUR -410 million").id, "excluding_mineral_fuels.balance");
  EXPECT_EQ(claim_of(d, "4.7%").id, "excluding_mineral_fuels.exports.growth_yoy");
}

// "In the five months" in a May release is January to May, as "the first five months" is; a
// count that is not the draft's month, or that runs on ("the five months to"), is no period.
TEST(ConsistentForms, TheMonthsOfTheYearSoFar) {
  auto d = extract_text(
      "# Goods trade, May 2031\n\n"
      "Imports in May were USD 30.10 billion. In the five months they amounted to "
      "USD 140.20 billion. In the four months exports came to USD 120.30 billion.\n");
  EXPECT_EQ(claim_of(d, "USD 30.10 billion").id, "trade.imports");
  EXPECT_EQ(claim_of(d, "USD 140.20 billion").period, "2031-01/2031-05");
  EXPECT_NE(claim_of(d, "USD 120.30 billion").period, "2031-01/2031-04");
}

// "Four groups became cheaper: ... by 1.20%, ... by 0.40%": "cheaper" is a fall and "dearer" a
// rise (lexicon direction), "became" ends the subject as "was" does, and every item of the list
// after the colon goes the list's way, also when its name is a row of a table of rates below
// (whose cells carry their own signs).
TEST(ConsistentForms, GroupsThatBecameCheaperFell) {
  auto d = extract_text(
      "# Consumer prices, May 2031\n\n"
      "Four groups became cheaper: \"Transport\" by 1.20%, \"Food\" by 0.40% and \"Health\" by "
      "0.30%. Fuel was 2.5% dearer.\n\n"
      "| Group     | M-o-M |\n"
      "|-----------|------:|\n"
      "| Transport | -1.20 |\n"
      "| Food      | -0.40 |\n"
      "| Health    | -0.30 |\n");
  EXPECT_EQ(claim_of(d, "1.20%").id, "transport.growth");
  EXPECT_LT(claim_of(d, "1.20%").q.number, 0);
  EXPECT_LT(claim_of(d, "0.40%").q.number, 0);
  EXPECT_LT(claim_of(d, "0.30%").q.number, 0);
  EXPECT_EQ(claim_of(d, "2.5%").id, "fuel.growth");
  EXPECT_GT(claim_of(d, "2.5%").q.number, 0);
  // A list that rose keeps its items' signs.
  auto up = extract_text(
      "# Consumer prices, May 2031\n\n"
      "Two groups rose: \"Transport\" by 1.20% and \"Food\" by 0.40%.\n\n"
      "| Group     | M-o-M |\n"
      "|-----------|------:|\n"
      "| Transport |  1.20 |\n"
      "| Food      |  0.40 |\n");
  EXPECT_GT(claim_of(up, "0.40%").q.number, 0);
}

// "Employment grew in every branch: by 13.1% in construction, ...": the verb of the clause before
// a list's colon says the rates "by" which the list's items moved are changes, not shares; a
// number before the colon stops the search.
TEST(ConsistentForms, AListOfChangesAfterTheClauseThatMovedThem) {
  auto d = extract_text(
      "# Labour market, October 2031\n\n"
      "Formal employment fell in every region: by 3.1% in the north and 2.2% in the south.\n");
  EXPECT_EQ(claim_of(d, "3.1%").kind, claim_kind::growth);
  EXPECT_LT(claim_of(d, "3.1%").q.number, 0);
  EXPECT_EQ(claim_of(d, "2.2%").kind, claim_kind::growth);
  auto shares = extract_text(
      "# Labour market, October 2031\n\n"
      "Employment rose in 41 regions: by 13.1% in the north.\n");
  EXPECT_NE(claim_of(shares, "13.1%").kind, claim_kind::growth);
}

// "In August exports had been ...": a sentence that opens on a month by its name is of that month
// with or without a comma before its subject; a month that opens a span ("Between April and May
// prices rose") or a year before a noun ("In 2030 prices, ...") is not.
TEST(ConsistentForms, AnOpeningMonthWithoutAComma) {
  auto d = extract_text(
      "# Foreign trade, October 2031\n\n"
      "Exports were USD 5.9 billion in October 2031. In August exports had been USD 5.4 billion. "
      "Between September 2031 and October 2031 imports rose by 0.3%. In 2030 prices exports "
      "grew by 1.2%.\n");
  EXPECT_EQ(claim_of(d, "USD 5.4 billion").period, "2031-08");
  EXPECT_EQ(claim_of(d, "USD 5.9 billion").period, "");
  EXPECT_NE(claim_of(d, "0.3%").period, "2031-09");
  EXPECT_NE(claim_of(d, "1.2%").period, "2030");
}

// "grew 1.71%, 0.01 percentage point below the advance estimate of 1.72%": points that compare a
// rate with an earlier estimate of it are its revision, not its change on the quarter before.
TEST(ConsistentForms, PointsBelowAnEarlierEstimateAreARevision) {
  auto d = extract_text(
      "# GDP, 2031Q1\n\n"
      "Real GDP grew by 1.71% year on year in 2031Q1, 0.01 percentage point below the advance "
      "estimate of 1.72%. Exports grew 2.0%, 0.3 percentage points more than in 2030Q4.\n");
  EXPECT_EQ(claim_of(d, "0.01 percentage point").id, "gdp.growth_yoy.revision");
  EXPECT_NE(claim_of(d, "0.3 percentage points").id, "gdp.growth_yoy.revision");
  EXPECT_TRUE(claim_of(d, "0.3 percentage points").id.ends_with("change"));
}

// "Values in US dollars; changes on the same month of 2030.": a sentence with no figure of its
// own that names the draft's rates (lexicon change_noun) right before what they compare with, a
// year back, makes its rates that name no base of their own rates on a year earlier; a verb
// ("fell on a year earlier") tells of one figure and does not.
TEST(ConsistentForms, ANoteThatTheDraftsChangesAreOnAYearEarlier) {
  auto d = extract_text(
      "# Foreign trade, October 2031\n\n"
      "Values in US dollars; changes on the same month of 2030.\n\n"
      "Exports rose 12.9% to USD 5.9 billion, while imports fell 3.0% on September 2031.\n");
  EXPECT_EQ(claim_of(d, "12.9%").id, "trade.exports.growth_yoy");
  EXPECT_EQ(claim_of(d, "3.0%").id, "trade.imports.growth");
  auto verb = extract_text(
      "# Foreign trade, October 2031\n\n"
      "Spending on imports fell on a year earlier for an eighth month.\n\n"
      "Exports rose 12.9% to USD 5.9 billion.\n");
  EXPECT_EQ(claim_of(verb, "12.9%").id, "trade.exports.growth");
}

}  // namespace
}  // namespace crossfoot::testing
