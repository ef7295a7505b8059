// Forms of household-survey releases (issue 9 item 2) as Statistics Korea writes them: a unit
// line listing a level's unit, "%" and the span of the changes ("(thousand persons, %,
// year-on-year)"); two header rows, periods spanning a level and its "Change rate", then
// "Change" and "Change rate" under the latest month; row marks and a ratio's row in brackets
// ("(63.5)", "(0.0p)"); changes of rates in "%p"; "a fall of 140 thousand persons or 13.7
// percent". The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string survey =
    "# Labour survey of Corvia: May 2031\n"
    "\n"
    "In May 512 thousand people were out of work, a fall of 40 thousand persons or 7.2 percent\n"
    "year-on-year. The jobless rate was 4.4 percent, 0.4%p lower than a year earlier.\n"
    "\n"
    "(thousand persons, %, year-on-year)\n"
    "\n"
    "| | May 2030 | | April 2031 | | May 2031 | | |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| | | Change rate | | Change rate | | Change | Change rate |\n"
    "| * Residents 15 years & over | 9,120 | 0.5 | 9,160 | 0.6 | 9,171 | 51 | 0.6 |\n"
    "| (Activity rate) | (61.0) | | (61.2) | | (61.3) | (0.3p) | |\n";

// "Change" beside "Change rate" under a caption naming thousands of persons and "%" is the
// level's change, on a year earlier as the caption says; "Change rate" is the rate on a year
// earlier; each period's "Change rate" is its own.
TEST(SurveyTables, ChangeBesideChangeRateIsALevelsChange) {
  auto d = extract_text(survey);
  const auto change = cell(d, 11, 5);
  EXPECT_EQ(change.kind, claim_kind::level);
  EXPECT_EQ(change.q.written_unit.scale_exp, 3);
  EXPECT_NE(change.q.written_unit.name().find("person"), std::string::npos);
  EXPECT_TRUE(change.id.ends_with("change_yoy")) << change.id;
  const auto rate = cell(d, 11, 6);
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_TRUE(rate.id.ends_with("growth_yoy")) << rate.id;
  const auto earlier_rate = cell(d, 11, 1);
  EXPECT_EQ(earlier_rate.kind, claim_kind::growth);
  EXPECT_TRUE(earlier_rate.id.ends_with("2030-05.growth_yoy")) << earlier_rate.id;
}

// "& over" in a row's label is no qualifier of its cells.
TEST(SurveyTables, LabelWordsDoNotQualifyCells) {
  auto d = extract_text(survey);
  EXPECT_EQ(cell(d, 11, 0).q.qual, qualifier::none);
  EXPECT_EQ(cell(d, 11, 0).written, "9,120");
}

// A ratio's row in a table of levels and "%": its levels are shares in percent, its change is
// in points (the "p" of "(0.3p)" is the table's, not pence).
TEST(SurveyTables, RatioRowHoldsSharesAndPoints) {
  auto d = extract_text(survey);
  const auto level = cell(d, 12, 2);
  EXPECT_EQ(level.kind, claim_kind::share);
  EXPECT_EQ(level.q.written_unit.style, unit_style::percent);
  EXPECT_DOUBLE_EQ(level.q.number, 61.3);
  const auto change = cell(d, 12, 3);
  EXPECT_EQ(change.kind, claim_kind::pp);
  // "activity rate" is the catalogue's participation rate (lexicon rate_measure).
  EXPECT_EQ(change.id, "all.participation_rate.change_yoy");
}

// "a fall of 40 thousand persons or 7.2 percent": the noun of a direction makes a change as its
// verb does, and signs the rate after it; "0.4%p lower" is a change in points.
TEST(SurveyTables, FallOfACountAndItsRate) {
  auto d = extract_text(survey);
  const auto fall = claim_of(d, "40 thousand persons");
  EXPECT_EQ(fall.kind, claim_kind::level);
  EXPECT_DOUBLE_EQ(fall.q.number, -40);
  const auto rate = claim_of(d, "7.2 percent");
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(rate.q.number, -7.2);
  const auto points = claim_of(d, "0.4%p");
  EXPECT_EQ(points.kind, claim_kind::pp);
  EXPECT_DOUBLE_EQ(points.q.number, -0.4);
}

// "512 thousand people" and "thousand persons" count one thing.
TEST(SurveyTables, PersonsAndPeopleAreOneUnit) {
  auto d = extract_text(survey);
  EXPECT_EQ(claim_of(d, "512 thousand").q.written_unit.name(),
            claim_of(d, "40 thousand persons").q.written_unit.name());
}

const std::string survey_prose =
    "# Active Population Survey of Corvia: May 2031\n"
    "\n"
    "In May the active population came to 6,512 thousand, up 41 thousand persons or 0.6\n"
    "percent on May 2030.\n"
    "\n"
    "Persons in work numbered 6,100 thousand, 52 thousand persons or 0.9 percent more than a\n"
    "year before.\n"
    "\n"
    "The inactive population stood at 3,020 thousand people, having risen by 12 thousand\n"
    "persons or 0.4 percent year-on-year.\n"
    "\n"
    "(thousand persons, %, year-on-year)\n"
    "\n"
    "| | May 2030 | May 2031 | Change |\n"
    "|---|---|---|---|\n"
    "| Active population | 6,471 | 6,512 | 41 |\n";

// The title's capitalised words that the draft also writes in lower case are common words, not
// the name of the country: "the active population" is the active population.
// A count written with its scale alone ("came to 6,512 thousand") that names a table's row is
// the row's figure; "persons" after it is what is counted, not the subject.
TEST(SurveyTables, TitleWordsInLowerCaseNameTheSubject) {
  auto d = extract_text(survey_prose);
  const std::string level = claim_of(d, "6,512 thousand").id;
  EXPECT_EQ(level, "active_population");
  EXPECT_EQ(level, cell(d, 16, 1).id) << "the prose names the table's row";
  EXPECT_EQ(claim_of(d, "41 thousand persons").id, "active_population.change_yoy");
  EXPECT_EQ(claim_of(d, "0.6\npercent").id, "active_population.growth_yoy");
}

// "52 thousand persons or 0.9 percent more than a year before": a comparative after the count's
// rate makes the count a change, on a year earlier as the rate is; "having risen by 12 thousand
// persons or 0.4 percent year-on-year" too.
TEST(SurveyTables, ChangeTakesItsRatesSpan) {
  auto d = extract_text(survey_prose);
  const auto more = claim_of(d, "52 thousand persons");
  EXPECT_EQ(more.kind, claim_kind::level);
  EXPECT_TRUE(more.id.ends_with(".change_yoy")) << more.id;
  EXPECT_TRUE(claim_of(d, "12 thousand\npersons").id.ends_with(".change_yoy"))
      << claim_of(d, "12 thousand\npersons").id;
  EXPECT_EQ(claim_of(d, "3,020 thousand people").id, "all.inactive");
}

// "At 61.3 percent, the activity rate ...": a rate put before its subject is the subject's,
// here a ratio's row of the table below, named as the table names it.
TEST(SurveyTables, FrontedRateNamesTheRowAfterIt) {
  auto d = extract_text(
      "# Labour survey of Corvia: May 2031\n\n"
      "At 61.3 percent, the labour force activity rate in May was as a year earlier.\n\n"
      "(thousand persons, %)\n\n"
      "| | May 2030 | May 2031 |\n"
      "|---|---|---|\n"
      "| Active population | 6,471 | 6,512 |\n"
      "| (Activity rate) | (61.3) | (61.3) |\n");
  const auto fronted = claim_of(d, "61.3 percent");
  EXPECT_EQ(fronted.kind, claim_kind::share);
  EXPECT_EQ(fronted.id, cell(d, 10, 1).id);
  EXPECT_EQ(fronted.id, "all.participation_rate");
}

}  // namespace
}  // namespace crossfoot::testing
