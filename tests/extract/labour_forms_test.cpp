// Forms of labour-market releases (issue 9 item 2): rates that are ratios of two levels
// ("unemployment rate"), a table whose unit rows change among its rows ("(000)" below rows in
// "Percent" and "Percentage points"), counts in thousands of what a row counts, counts that
// changed ("22,000 fewer people"), "went up to" and a headline's "up to", "a quarter earlier"
// and a chart's axis labels under its unit. The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string glance_table =
    "# Labour market of Corvia: June 2031 quarter\n"
    "\n"
    "| | Jun 2031 quarter | Quarterly change | Annual change |\n"
    "|---|---|---|---|\n"
    "| | Percent | Percentage points | |\n"
    "| Jobless rate | 6.1 | 0.9 | 1.4 |\n"
    "| Growth rate | 2.0 | -0.5 | 0.3 |\n"
    "| | (000) | Percent | |\n"
    "| Unemployed | 212 | 17.2 | 30.1 |\n"
    "| Filled jobs | 2,340 | -0.6 | 0.4 |\n";

// A unit row among the rows starts a band with units of its own; an empty unit cell over a
// column of the same kind as the one to its left takes its unit.
TEST(LabourForms, UnitRowsAmongTheRowsStartABand) {
  auto d = extract_text(glance_table);
  EXPECT_EQ(cell(d, 6, 1).kind, claim_kind::pp);
  EXPECT_EQ(cell(d, 6, 2).kind, claim_kind::pp) << "the empty cell spans from its left";
  const auto unemployed = cell(d, 9, 0);
  EXPECT_EQ(unemployed.kind, claim_kind::level);
  EXPECT_EQ(unemployed.q.written_unit.scale_exp, 3);
  EXPECT_EQ(cell(d, 9, 1).kind, claim_kind::growth);
  EXPECT_EQ(cell(d, 9, 1).q.written_unit.style, unit_style::percent);
  EXPECT_EQ(cell(d, 9, 2).kind, claim_kind::growth);
  // The unit row itself holds no claims: "(000)" is not a number.
  EXPECT_TRUE(on_line(d, 8).empty());
}

// "| Jobless rate | 6.1 |" in "Percent" is the rate's level, a share; "| Growth rate |" is a
// growth rate.
TEST(LabourForms, RateOfARatioIsAShare) {
  auto d = extract_text(glance_table);
  EXPECT_EQ(cell(d, 6, 0).kind, claim_kind::share);
  EXPECT_EQ(cell(d, 7, 0).kind, claim_kind::growth);
}

// "(000)" over "| Unemployed |" is thousands of people, over "| Filled jobs |" of jobs.
TEST(LabourForms, ThousandsOfWhatTheRowCounts) {
  auto d = extract_text(glance_table);
  const auto people = cell(d, 9, 0);
  const auto jobs = cell(d, 10, 0);
  EXPECT_NE(people.q.written_unit.name().find("person"), std::string::npos)
      << people.q.written_unit.name();
  EXPECT_NE(jobs.q.written_unit.name().find("job"), std::string::npos)
      << jobs.q.written_unit.name();
}

// "went up to 5.3 percent" and a headline's "Jobless rate up to 6.1 percent" say where the rate
// went, not a bound; "up to 40 percent of income" is one.
TEST(LabourForms, WentUpToIsNotABound) {
  auto d = extract_text(
      "# Corvia\n\n**Jobless rate up to 6.1 percent in the June 2031 quarter**\n\n"
      "The jobless rate went up to 6.1 percent.\n\n"
      "Households may deduct up to 40 percent of income.\n");
  const std::vector<draft_claim> headline = on_line(d, 3);
  ASSERT_EQ(headline.size(), 1U);
  EXPECT_EQ(headline[0].q.qual, qualifier::none);
  EXPECT_EQ(headline[0].kind, claim_kind::share);
  const std::vector<draft_claim> went = on_line(d, 5);
  ASSERT_EQ(went.size(), 1U);
  EXPECT_EQ(went[0].q.qual, qualifier::none);
  EXPECT_EQ(went[0].kind, claim_kind::share);
  EXPECT_EQ(claim_of(d, "40 percent").q.qual, qualifier::at_most);
}

// "22,000 fewer people", "8,700 (0.4 percent) fewer than", "37,000 more than a quarter
// earlier": changes of the count, signed; "a quarter earlier" is no fraction.
TEST(LabourForms, CountsThatChanged) {
  auto d = extract_text(
      "# Corvia, June 2031 quarter\n\n"
      "There were 22,000 fewer people in employment.\n\n"
      "The survey counted 1,979,700 filled jobs, that is 8,700 (0.4 percent) fewer than in the "
      "March 2031 quarter.\n\n"
      "In all 151,000 people were unemployed, 37,000 more than a quarter earlier.\n");
  const auto fewer = claim_of(d, "22,000");
  EXPECT_DOUBLE_EQ(fewer.q.number, -22000);
  EXPECT_TRUE(fewer.id.ends_with("change")) << fewer.id;
  EXPECT_DOUBLE_EQ(claim_of(d, "8,700").q.number, -8700);
  const auto rate = claim_of(d, "0.4 percent");
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(rate.q.number, -0.4);
  const auto more = claim_of(d, "37,000");
  EXPECT_DOUBLE_EQ(more.q.number, 37000);
  EXPECT_NE(more.q.written_unit.name().find("person"), std::string::npos);
  for (const std::string& w : written_claims(d))
    EXPECT_EQ(w.find("quarter"), std::string::npos) << w;
}

// "Percent" above "7 6 5 4 3 2 1 0" in one paragraph: axis labels are no claims.
TEST(LabourForms, AxisLabelsUnderTheirUnit) {
  auto d = extract_text(
      "# Corvia\n\nJobless rate, quarterly\n\nPercent\n7 6 5 4 3 2 1 0\n\nThe rate was 6.1 "
      "percent.\n");
  EXPECT_EQ(written_claims(d), std::vector<std::string>{"6.1 percent"});
}

// "Annual change" over a rate column: rates and changes on a year earlier (growth_yoy,
// change_yoy), beside "Quarterly change" (growth, change).
TEST(LabourForms, AnnualChangeColumnIsOnAYearEarlier) {
  auto d = extract_text(glance_table);
  EXPECT_EQ(cell(d, 6, 1).id, "all.unemployment_rate.change");
  EXPECT_EQ(cell(d, 6, 2).id, "all.unemployment_rate.change_yoy");
  EXPECT_EQ(cell(d, 9, 1).id, "all.unemployed.growth");
  EXPECT_EQ(cell(d, 9, 2).id, "all.unemployed.growth_yoy");
}

// "71.8 percent for men (72.4 percent before)": the group after a rate names it, with the
// sentence's measure; the bracket closed by "before" is its earlier value. "and for women to
// 5.8 percent" after "For men the jobless rate" is women's rate of the same measure.
TEST(LabourForms, GroupsAfterARateAndInAGappedClause) {
  auto d = extract_text(
      "# Labour market of Corvia: June 2031 quarter\n\n"
      "The employment rate fell to 66.4 percent: to 71.8 percent for men (72.4 percent before) "
      "and to 61.2 percent for women (62.0 percent before).\n\n"
      "For men the jobless rate climbed to 4.8 percent (3.6 percent in the March quarter), and "
      "for women to 5.8 percent (from 4.5 percent).\n");
  EXPECT_EQ(claim_of(d, "71.8 percent").id, "all.men.employment_rate");
  EXPECT_EQ(claim_of(d, "72.4 percent").id, "all.men.employment_rate.prev");
  EXPECT_EQ(claim_of(d, "61.2 percent").id, "all.women.employment_rate");
  EXPECT_EQ(claim_of(d, "62.0 percent").id, "all.women.employment_rate.prev");
  EXPECT_EQ(claim_of(d, "4.8 percent").id, "all.men.unemployment_rate");
  EXPECT_EQ(claim_of(d, "3.6 percent").id, "all.men.unemployment_rate.prev") << "the March quarter";
  EXPECT_EQ(claim_of(d, "5.8 percent").id, "all.women.unemployment_rate");
}

// "Seasonally adjusted, 151,000 people were unemployed, 37,000 more than a quarter earlier":
// people named by what they were, the change of them; "the number unemployed was up 37,000" a
// change; a count after the level it changes ("that is 8,700 fewer") that level's change.
TEST(LabourForms, PeopleNamedByWhatTheyWere) {
  auto d = extract_text(
      "# Labour market of Corvia: June 2031 quarter\n\n"
      "Seasonally adjusted, 151,000 people were unemployed, 37,000 more than a quarter "
      "earlier.\n\n"
      "The number unemployed was up 37,000, to 151,000.\n\n"
      "The quarterly survey counted 1,979,700 filled jobs, that is 8,700 fewer than in the "
      "March 2031 quarter.\n");
  const std::vector<draft_claim> first = on_line(d, 3);
  ASSERT_EQ(first.size(), 2U);
  EXPECT_EQ(first[0].id, "all.unemployed");
  EXPECT_EQ(first[1].id, "all.unemployed.change");
  const std::vector<draft_claim> second = on_line(d, 5);
  ASSERT_EQ(second.size(), 2U);
  EXPECT_EQ(second[0].id, "all.unemployed.change");
  EXPECT_EQ(second[1].id, "all.unemployed");
  EXPECT_EQ(claim_of(d, "8,700").id, "filled_jobs.change");
}

// "grew 2.2 percent over the year", "Over the year the rate was up 1.1 percentage points":
// rates and changes on a year earlier.
TEST(LabourForms, OverTheYearIsYearOnYear) {
  auto d = extract_text(
      "# Labour market of Corvia: June 2031 quarter\n\n"
      "The working-age population grew 2.2 percent over the year.\n\n"
      "Over the year the jobless rate was up 1.1 percentage points.\n");
  const std::string rate = claim_of(d, "2.2 percent").id;
  EXPECT_TRUE(rate.ends_with("growth_yoy")) << rate;
  const std::string points = claim_of(d, "1.1 percentage points").id;
  EXPECT_TRUE(points.ends_with("change_yoy")) << points;
}

// "0.3 percentage points above the March quarter's rate as now revised, 64.1 percent (first
// published as 64.0 percent)": the value after the rate named nearer than the change's direction
// word is that rate's earlier value; "first published as" brings in its earlier estimate. Three
// figures, none of them the quarter's own rate.
TEST(LabourForms, RevisedEarlierRateAndItsFirstEstimate) {
  auto d = extract_text(
      "# Labour market of Corvia: June 2031 quarter\n\n"
      "The employment rate was 64.4 percent, 0.3 percentage points above the March quarter's "
      "rate as now revised, 64.1 percent (first published as 64.0 percent).\n");
  EXPECT_EQ(claim_of(d, "64.4 percent").id, "all.employment_rate");
  EXPECT_EQ(claim_of(d, "64.1 percent").id, "all.employment_rate.prev");
  EXPECT_EQ(claim_of(d, "64.1 percent").kind, claim_kind::share);
  EXPECT_EQ(claim_of(d, "64.0 percent").id, "all.employment_rate.previous_estimate");
}

}  // namespace
}  // namespace crossfoot::testing
