// The measures of a labour market release named as rules/labour.rules names them (issue 9:
// `check --draft` binds the catalogue's identities only when the reader's ids are the
// catalogue's). A ratio's level is all.<rate> ("the jobless rate" is all.unemployment_rate), a
// count of people all.<count> ("the labor force" is all.labour_force), a sex's figure
// all.men.<measure>; words that name something else keep the reader's own name. The sentences
// are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// Prose in other words than any release: each measure by one of its names.
TEST(LabourMeasures, ProseNamesTheCatalogueMeasures) {
  auto d = extract_text(
      "# Household survey of Brenmark: October 2032\n\n"
      "The jobless rate eased to 4.2 percent, 0.3 percentage points lower than a year before.\n\n"
      "The labor force grew to 3,110,000, and 2,979,000 persons were employed.\n\n"
      "The participation rate stood at 61.9 percent.\n");
  EXPECT_EQ(claim_of(d, "4.2 percent").id, "all.unemployment_rate");
  EXPECT_EQ(claim_of(d, "0.3 percentage points").id, "all.unemployment_rate.change_yoy");
  EXPECT_EQ(claim_of(d, "3,110,000").id, "all.labour_force");
  EXPECT_EQ(claim_of(d, "61.9 percent").id, "all.participation_rate");
}

// "to 74.0 percent for men and to 66.5 percent for women": the sexes' rates of the sentence's
// measure, under the whole population (all.men), as the catalogue's rules for the sexes read them.
TEST(LabourMeasures, TheSexesAreGroupsOfTheWhole) {
  auto d = extract_text(
      "# Household survey of Brenmark: October 2032\n\n"
      "The employment rate rose to 70.2 percent: to 74.0 percent for men, and to 66.5 percent "
      "for women.\n");
  EXPECT_EQ(claim_of(d, "70.2 percent").id, "all.employment_rate");
  EXPECT_EQ(claim_of(d, "74.0 percent").id, "all.men.employment_rate");
  EXPECT_EQ(claim_of(d, "66.5 percent").id, "all.women.employment_rate");
  // Without the comma the group still ends where the next clause begins: the first rate is
  // men's, not the women's named after the second.
  auto bare = extract_text(
      "# Household survey of Brenmark: October 2032\n\n"
      "The jobless rate was 5.9 percent for men and 6.8 percent for women, and 6.3 percent for "
      "men and women together.\n");
  EXPECT_EQ(claim_of(bare, "5.9 percent").id, "all.men.unemployment_rate");
  EXPECT_EQ(claim_of(bare, "6.8 percent").id, "all.women.unemployment_rate");
  EXPECT_NE(claim_of(bare, "6.3 percent").id, "all.men.unemployment_rate");
}

// "The employment rate was 61.4% (men 66.0%, women 57.1%)": the sexes' rates in a bracket after a
// rate break that rate down, so the sexes of two rates in one text are never one figure; of a
// rate that is no labour market measure, they are parts of its family.
TEST(LabourMeasures, SexesInABracketBreakDownTheRateBeforeIt) {
  auto d = extract_text(
      "# Household survey of Brenmark: October 2032\n\n"
      "The employment rate was 61.4% (men 66.0%, women 57.1%), and the jobless rate came to\n"
      "5.2% of the labour force (males 4.9% and females 5.6%).\n\n"
      "The labour force counted 3,000 persons, or 59.0% of the population (men 63.2%, women\n"
      "55.0%).\n");
  EXPECT_EQ(claim_of(d, "61.4%").id, "all.employment_rate");
  EXPECT_EQ(claim_of(d, "66.0%").id, "all.men.employment_rate");
  EXPECT_EQ(claim_of(d, "57.1%").id, "all.women.employment_rate");
  EXPECT_EQ(claim_of(d, "4.9%").id, "all.men.unemployment_rate");
  EXPECT_EQ(claim_of(d, "5.6%").id, "all.women.unemployment_rate");
  const std::string whole = claim_of(d, "59.0%").id;
  ASSERT_TRUE(whole.ends_with(".share")) << whole;
  const std::string family = whole.substr(0, whole.size() - 6);
  EXPECT_EQ(claim_of(d, "63.2%").id, family + ".men.share");
  EXPECT_EQ(claim_of(d, "55.0%").id, family + ".women.share");
  // A bracket that holds more than the sexes' rates breaks nothing down.
  auto other = extract_text(
      "# Household survey of Brenmark: October 2032\n\n"
      "The employment rate was 61.4% (a year before: men 66.0%).\n");
  EXPECT_NE(claim_of(other, "66.0%").id, "all.men.employment_rate");
}

// "made up 12.1% of all employment, or 48,310 persons": the count after a share of a whole counts
// the share's part, not the whole; "12.5% of them" after a level is a part of the level's
// subject, named by the words after it, and so is its count in brackets.
TEST(LabourMeasures, ACountAfterAShareIsThePartsCount) {
  auto d = extract_text(
      "# Household survey of Brenmark: October 2032\n\n"
      "There were 399,000 employed persons. Part-time workers made up 12.1% of all employment,\n"
      "or 48,310 persons. Employees were 84.0% of the employed, or 350,100 persons, and 12.5% of\n"
      "them (43,800 persons) held a fixed-term contract.\n");
  EXPECT_EQ(claim_of(d, "399,000").id, "all.employed");
  const std::string part_time = claim_of(d, "48,310").id;
  EXPECT_NE(part_time, "all.employed");
  EXPECT_EQ(claim_of(d, "12.1%").id.rfind(part_time, 0), 0u) << claim_of(d, "12.1%").id;
  EXPECT_EQ(claim_of(d, "350,100").id, "employees");
  EXPECT_EQ(claim_of(d, "12.5%").id, "employees.fixed_term_contract.share");
  EXPECT_EQ(claim_of(d, "43,800").id, "employees.fixed_term_contract");
}

// "Women's participation rate reached 61.0 per cent and men's 69.8 per cent": the second
// group's possessive alone is its rate of the same measure; a sex's possessive is never the
// draft's own country, though it is the only name written with "'s".
TEST(LabourMeasures, ASexsPossessiveAloneGoesOnWithTheMeasure) {
  auto d = extract_text(
      "# Workforce survey 2032, May\n\n"
      "Women's participation rate reached 61.0 per cent and men's 69.8 per cent.\n");
  EXPECT_EQ(claim_of(d, "61.0 per cent").id, "all.women.participation_rate");
  EXPECT_EQ(claim_of(d, "69.8 per cent").id, "all.men.participation_rate");
}

// "For women the jobless rate fell to 3.9 percent" under a table with the row "| Jobless rate
// |": the sentence's sex makes it women's rate, not the whole's row.
TEST(LabourMeasures, ASentenceForASexIsNotTheWholesRow) {
  auto d = extract_text(
      "# Household survey of Brenmark: October 2032\n\n"
      "| | October 2032 |\n"
      "|---|---|\n"
      "| | Percent |\n"
      "| Jobless rate | 4.2 |\n"
      "\n"
      "For women the jobless rate fell to 3.9 percent (4.1 percent in September), and for men to "
      "4.4 percent.\n");
  EXPECT_EQ(claim_of(d, "3.9 percent").id, "all.women.unemployment_rate");
  EXPECT_EQ(claim_of(d, "4.4 percent").id, "all.men.unemployment_rate");
}

// Rows of a table of thousands: "Economically active population" is the labour force,
// "Economically inactive" the inactive, "Labour force participation rate" the participation rate
// and its change in points that rate's change; the female row is women's.
TEST(LabourMeasures, TableRowsNameTheCatalogueMeasures) {
  auto d = extract_text(
      "# Workforce of Brenmark, 2032 Q3\n\n"
      "Labour market, thousand persons\n\n"
      "| | 2032 Q3 | 2031 Q3 | Change |\n"
      "|---|---|---|---|\n"
      "| Economically active population | 1 540 | 1 522 | 18 |\n"
      "| Economically inactive | 702 | 711 | -9 |\n"
      "| Labour force participation rate, % | 68.7 | 68.2 | 0.5\xC2\xB2 |\n"
      "\n"
      "\xC2\xB2 percentage points\n");
  EXPECT_EQ(cell(d, 7, 0).id, "all.labour_force");
  EXPECT_EQ(cell(d, 7, 1).id, "all.2031-Q3.labour_force");
  EXPECT_EQ(cell(d, 8, 0).id, "all.inactive");
  EXPECT_EQ(cell(d, 9, 0).id, "all.participation_rate");
  EXPECT_TRUE(cell(d, 9, 2).id.starts_with("all.participation_rate.change")) << cell(d, 9, 2).id;
}

// Words that name something besides the measure keep their own name: another register's
// people ("unemployed job seekers"), jobs on payrolls, a share of a stated whole, a rate that
// is no group's ("harmonised").
TEST(LabourMeasures, OtherThingsKeepTheirOwnNames) {
  auto d = extract_text(
      "# Household survey of Brenmark: October 2032\n\n"
      "Unemployed job seekers numbered 41,000.\n\n"
      "Payroll employment rose by 12,000.\n\n"
      "Employment in services made up 78 percent of all employment.\n\n"
      "The harmonised unemployment rate was 6.1 percent.\n");
  for (const char* written : {"41,000", "12,000", "78 percent", "6.1 percent"}) {
    const std::string id = claim_of(d, written).id;
    EXPECT_FALSE(id.starts_with("all.")) << written << ": " << id;
  }
}

}  // namespace
}  // namespace crossfoot::testing
