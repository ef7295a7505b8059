// Counts of a labour force survey as agencies write them in prose: levels with the sexes in
// brackets ("(220,100 males and 192,200 females)"), measures named by a phrase ("the labour force",
// "those outside the labour force"), "of whom", employment counted in persons where the draft
// counts no jobs, and the changes of a sentence's second clause without its verb ("and
// unemployment by 200 from 9,100 to 9,300"). The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "220,100 males": a sex counted after a number is people, as "persons" are.
TEST(SurveyCounts, SexesCountedAfterANumberArePeople) {
  auto d = extract_text(
      "# Vestland survey 2031\n\nThe workforce stood at 412,300 (220,100 males and 192,200 "
      "females) "
      "and 3,100 females were in training.\n");
  EXPECT_EQ(editor_unit(claim_of(d, "220,100 males")), "person");
  EXPECT_EQ(editor_unit(claim_of(d, "192,200 females")), "person");
  EXPECT_EQ(editor_unit(claim_of(d, "3,100 females")), "person");
}

// "the labour force stood at 412,300 (220,100 males and 192,200 females)": the sexes in brackets
// after a count are its parts, named by the count's measure (labour.rules' sexes_make_the_whole
// adds them up).
TEST(SurveyCounts, SexesInBracketsAfterACountAreItsParts) {
  auto d = extract_text(
      "# Vestland survey 2031\n\nThe labour force stood at 412,300 (220,100 males and 192,200 "
      "females), and the unemployed numbered 20,400 (9,900 males and 10,500 females).\n");
  EXPECT_EQ(claim_of(d, "412,300").id, "all.labour_force");
  EXPECT_EQ(claim_of(d, "220,100 males").id, "all.men.labour_force");
  EXPECT_EQ(claim_of(d, "192,200 females").id, "all.women.labour_force");
  EXPECT_EQ(claim_of(d, "20,400").id, "all.unemployed");
  EXPECT_EQ(claim_of(d, "9,900 males").id, "all.men.unemployed");
  EXPECT_EQ(claim_of(d, "10,500 females").id, "all.women.unemployed");
}

// "the labour force grew by 4,200", "(economically inactive) numbered 310,500", "of whom
// 2,100": a bare number whose clause names a measure of people (a phrase of the lexicon's
// count_measure class, an aside in brackets between) or "whom" counts people.
TEST(SurveyCounts, AMeasureOfPeopleNamedByAPhraseCountsPeople) {
  auto d = extract_text(
      "# Vestland survey 2031\n\nThe labour force grew by 4,200.\n\n"
      "Those not in the labour force (economically inactive) numbered 310,500, of whom 2,100 "
      "were waiting to start a job.\n");
  const auto grew = claim_of(d, "4,200");
  EXPECT_EQ(editor_unit(grew), "person");
  EXPECT_EQ(grew.id, "all.labour_force.change");
  EXPECT_EQ(editor_unit(claim_of(d, "310,500")), "person");
  EXPECT_EQ(editor_unit(claim_of(d, "2,100")), "person");
  // "the number of those ...": no plural after "number of" that says what it counts.
  auto number = extract_text(
      "# Vestland survey 2031\n\nThe number of those outside the labour force fell by 900.\n");
  EXPECT_EQ(editor_unit(claim_of(number, "900")), "person");
}

// "Employment went up by 3,400": a labour force survey's employment counts employed persons;
// only a draft that counts jobs somewhere ("payrolls", "jobs") keeps its employment in jobs.
TEST(SurveyCounts, EmploymentCountsPersonsWhereTheDraftCountsNoJobs) {
  auto persons = extract_text(
      "# Vestland survey 2031\n\nEmployment went up by 3,400 and unemployment fell by 800.\n");
  const auto employment = claim_of(persons, "3,400");
  EXPECT_EQ(editor_unit(employment), "person");
  EXPECT_EQ(employment.id, "all.employed.change");
  const auto unemployment = claim_of(persons, "800");
  EXPECT_EQ(editor_unit(unemployment), "person");
  // "unemployment" alone keeps the reader's name: the unemployed, counted, are its measure.
  EXPECT_EQ(unemployment.id, "unemployment.change");
  auto jobs = extract_text(
      "# Vestland payrolls 2031\n\nEmployment went up by 3,400, most of the new jobs in "
      "retail.\n");
  EXPECT_EQ(editor_unit(claim_of(jobs, "3,400")), "job");
}

// "Employment rose by 1,500 from 80,200 to 81,700 and unemployment by 200 from 9,100 to
// 9,300": the second clause leaves out its verb; its count is a change in the verb's
// direction, and the levels after "from" and "to" are its own, not the first clause's.
TEST(SurveyCounts, ASecondClauseWithoutItsVerbChangesItsOwnThing) {
  auto d = extract_text(
      "# Vestland survey 2031\n\nEmployment rose by 1,500 from 80,200 to 81,700 and "
      "unemployment by 200 from 9,100 to 9,300.\n");
  EXPECT_EQ(claim_of(d, "1,500").id, "all.employed.change");
  EXPECT_EQ(claim_of(d, "80,200").id, "all.employed.prev");
  EXPECT_EQ(claim_of(d, "81,700").id, "all.employed");
  const auto change = claim_of(d, "200");
  EXPECT_EQ(change.id, "unemployment.change");
  EXPECT_DOUBLE_EQ(editor_value(change), 200);
  EXPECT_EQ(claim_of(d, "9,100").id, "unemployment.prev");
  EXPECT_EQ(claim_of(d, "9,300").id, "unemployment");
}

// "Female employment rose ... while unemployment fell ...", "The male activity rate and
// unemployment rate were 70.1% and 5.2% respectively": a measure named alone in a sentence that
// opens on a sex's measure is that sex's, never the whole population's; "the activity rate" is
// the participation rate.
TEST(SurveyCounts, AMeasureNamedAloneTakesTheGroupItsSentenceOpensOn) {
  auto d = extract_text(
      "# Vestland survey 2031\n\nThe unemployment rate was 6.0% and the activity rate 61.0%.\n\n"
      "Female employment rose by 1,200 from 50,100 to 51,300 while unemployment fell by 100 "
      "from 3,400 to 3,300.\n\n"
      "The male activity rate and unemployment rate were 70.1% and 5.2% respectively.\n");
  EXPECT_EQ(claim_of(d, "6.0%").id, "all.unemployment_rate");
  EXPECT_EQ(claim_of(d, "61.0%").id, "all.participation_rate");
  EXPECT_EQ(claim_of(d, "1,200").id, "all.women.employed.change");
  EXPECT_EQ(claim_of(d, "100").id, "female_unemployment.change");
  EXPECT_EQ(claim_of(d, "3,400").id, "female_unemployment.prev");
  EXPECT_EQ(claim_of(d, "70.1%").id, "all.men.participation_rate");
  EXPECT_EQ(claim_of(d, "5.2%").id, "all.men.unemployment_rate");
}

}  // namespace
}  // namespace crossfoot::testing
