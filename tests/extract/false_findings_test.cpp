// Forms of other agencies' releases that gave `check --draft` false error-level findings
// (issue 9): a partner as the subject of "bought", a list of shares each naming its part after
// "in", "went up to" a list of partners, and the North American "year-over-year". The drafts
// are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// A partner that buys is the country's exports to it; the country buying, or goods "bought
// from" a partner in the passive, stay imports. "United" before "Kingdom" is a part of a name,
// no verb.
TEST(FalseFindings, APartnerThatBuysIsTheCountrysExportsToIt) {
  auto d = extract_text(
      "# Trade of Norvania, March 2031\n\n"
      "Norvania's exports reached USD6.40 billion in March 2031. Japan bought more Norvanian "
      "goods than any other partner, USD1.28 billion worth, and the United Kingdom purchased "
      "USD640 million worth. The country bought USD2.13 billion of goods from China. Machinery "
      "worth USD0.9 billion was bought from Korea.\n");
  EXPECT_EQ(claim_of(d, "USD1.28 billion").id, "japan.exports");
  EXPECT_EQ(claim_of(d, "USD640 million").id, "united_kingdom.exports");
  EXPECT_EQ(claim_of(d, "USD2.13 billion").id, "china.imports");
  EXPECT_EQ(claim_of(d, "USD0.9 billion").id, "machinery.imports");
}

// "22.0% worked in agriculture, 17.5% in industry": each share names its part after "in", not
// the item before it; "in the second quarter" is a time.
TEST(FalseFindings, SharesListedWithTheirPartsAfterIn) {
  auto d = extract_text(
      "# Labour force survey, second quarter 2031\n\n"
      "Of all the employed, 22.0% worked in agriculture, 17.5% in industry, 7.0% in "
      "construction and 53.5% in services. The employment rate was 47.0% in the second "
      "quarter.\n");
  EXPECT_EQ(claim_of(d, "22.0%").id, "agriculture.share");
  EXPECT_EQ(claim_of(d, "17.5%").id, "industry.share");
  EXPECT_EQ(claim_of(d, "7.0%").id, "construction.share");
  EXPECT_EQ(claim_of(d, "53.5%").id, "services.share");
  EXPECT_EQ(claim_of(d, "47.0%").id, "all.employment_rate");
}

// "went up to the main partners: Germany (24.2%)": "up to" a place says where exports went;
// the brackets are shares, not rates of change.
TEST(FalseFindings, WentUpToPartnersListsShares) {
  auto d = extract_text(
      "# Exports of goods, March 2031\n\n"
      "Most of the exports went up to the main partners: Germany (24.2%), Poland (15.1%) and "
      "Latvia (9.8%).\n");
  EXPECT_EQ(claim_of(d, "24.2%").id, "germany.exports.share");
  EXPECT_EQ(claim_of(d, "15.1%").id, "poland.exports.share");
  EXPECT_EQ(claim_of(d, "9.8%").id, "latvia.exports.share");
}

// "On a year-over-year basis," and "year over year" are on a year earlier; "month-over-month"
// on the month before.
TEST(FalseFindings, YearOverYearIsOnAYearEarlier) {
  auto d = extract_text(
      "# Consumer Price Index, April 2031\n\n"
      "The CPI rose 0.4% in April. On a year-over-year basis, the CPI was up 2.8%. Food prices "
      "were 3.1% higher year over year and 0.2% lower month-over-month.\n");
  EXPECT_EQ(claim_of(d, "0.4%").id, "cpi.growth");
  EXPECT_EQ(claim_of(d, "2.8%").id, "cpi.growth_yoy");
  EXPECT_EQ(claim_of(d, "3.1%").id, "food.growth_yoy");
  EXPECT_EQ(claim_of(d, "0.2%").id, "food.growth");
}

}  // namespace
}  // namespace crossfoot::testing
