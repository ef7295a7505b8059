// Forms of labour-force releases (issue 9 item 2) as several statistics offices write them: a
// title whose month follows its year after a comma ("Workforce survey 2031, June"); a table in
// thousands with rows of rates whose label names their unit ("| Jobless rate, % |"); a change
// column in percent whose rate rows hold points, said by a footnote mark ("-0.5³" above "³
// percentage points"); a decimal comma ("5,4 per cent"); ages that bound a population ("aged 16
// to 74"). The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string workforce =
    "# Workforce survey 2031, June: fewer jobless\n"
    "\n"
    "Labour market of Vestland, thousand people\n"
    "\n"
    "| | June 2031 | June 2030 | Change, % 6/30 - 6/31 |\n"
    "|---|---|---|---|\n"
    "| Employed, total | 1 812 | 1 790 | 1.2 |\n"
    "| Jobless rate, % | 5.4 | 5.9 | -0.5\xC2\xB3 |\n"
    "| Jobless\xC2\xB9 | 104 | 111 | -6.3 |\n"
    "| Activity rate (%) | 71.0 | 70.2 | 1.1 |\n"
    "\n"
    "\xC2\xB9 As the ILO defines them\n"
    "\xC2\xB3 percentage points\n";

// "| Jobless rate, % |" in a table of thousands holds the rate's level in percent (shares); the
// other rows keep the table's unit.
TEST(LabourReleaseForms, ALabelThatNamesPercentGivesItsRowThatUnit) {
  auto d = extract_text(workforce);
  const auto rate = cell(d, 8, 0);
  EXPECT_EQ(rate.kind, claim_kind::share);
  EXPECT_EQ(rate.q.written_unit.style, unit_style::percent);
  EXPECT_DOUBLE_EQ(rate.q.number, 5.4);
  EXPECT_EQ(cell(d, 8, 1).kind, claim_kind::share);
  EXPECT_EQ(cell(d, 10, 0).kind, claim_kind::share) << "(%) in brackets";
  const auto jobless = cell(d, 9, 0);
  EXPECT_EQ(jobless.kind, claim_kind::level);
  EXPECT_EQ(jobless.q.written_unit.scale_exp, 3);
}

// "-0.5³" under "Change, %" with the footnote "³ percentage points" is a change in points, on a
// year earlier (the column compares June 2031 with June 2030); "-6.3" beside a footnote mark of
// another meaning ("¹" on the label) and "1.1" without a mark stay rates.
TEST(LabourReleaseForms, AFootnoteMarkNamesPointsForItsCells) {
  auto d = extract_text(workforce);
  const auto points = cell(d, 8, 2);
  EXPECT_EQ(points.kind, claim_kind::pp);
  EXPECT_EQ(points.q.written_unit.style, unit_style::points);
  EXPECT_DOUBLE_EQ(points.q.number, -0.5);
  EXPECT_EQ(points.id, "all.unemployment_rate.change_yoy")
      << "a ratio's change, named as the catalogue names it";
  EXPECT_EQ(cell(d, 9, 2).kind, claim_kind::growth);
  EXPECT_EQ(cell(d, 10, 2).kind, claim_kind::growth);
}

// "| Employed, total |" in a table of thousands of people is the whole of the employed, no
// flow of trade: `employed`, as prose names them.
TEST(LabourReleaseForms, CommaTotalInALabelOfPeopleIsNoFlow) {
  auto d = extract_text(workforce);
  EXPECT_EQ(cell(d, 7, 0).id, "all.employed");
}

// "2031, June" in the title is the draft's own month: the June 2031 column needs no period in
// its ids, June 2030 is a segment, and the change column's rates are on a year earlier.
TEST(LabourReleaseForms, ATitlesMonthAfterItsYear) {
  auto d = extract_text(workforce);
  EXPECT_EQ(cell(d, 7, 0).id.find("2031"), std::string::npos) << cell(d, 7, 0).id;
  EXPECT_NE(cell(d, 7, 1).id.find("2030-06"), std::string::npos) << cell(d, 7, 1).id;
  EXPECT_TRUE(cell(d, 7, 2).id.ends_with("growth_yoy")) << cell(d, 7, 2).id;
}

// "5,4 per cent": a comma before one or two digits that end the number is a decimal comma;
// "51,000" keeps its thousands, and "in 2030,12 regions" (four digits before the comma) is no
// decimal.
TEST(LabourReleaseForms, ADecimalComma) {
  auto d = extract_text(
      "# Vestland\n\nThe jobless rate came to 5,4 per cent, against 5,95 per cent a year\n"
      "earlier. Some 51,000 people found work, and output reached 2 446,5 tonnes. In 2030,12\n"
      "regions reported.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "5,4 per cent").q.number, 5.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "5,95 per cent").q.number, 5.95);
  EXPECT_DOUBLE_EQ(claim_of(d, "51,000").q.number, 51000);
  EXPECT_DOUBLE_EQ(claim_of(d, "2 446,5").q.number, 2446.5);
  for (const auto& c : d.claims) EXPECT_NE(c.q.number, 2030.12) << c.written;
}

// A decimal comma at a line's end, its scale on the next line, ends the number as a blank does:
// "(timber 31,4\nmillion eur)" is 31.4 million euros, not 31 and "4 million"; a comma before
// three digits at a line's end keeps its thousands.
TEST(LabourReleaseForms, ADecimalCommaAtALinesEnd) {
  auto d = extract_text(
      "# Vestland\n\nSawmills sold abroad goods worth 88,6 million eur (timber 31,4\n"
      "million eur, pulp 12,05\nmillion eur); some 51,000\npeople work there.\n");
  const auto timber = claim_of(d, "31,4\nmillion eur");
  EXPECT_DOUBLE_EQ(timber.q.number, 31.4);
  EXPECT_EQ(timber.q.written_unit.scale_exp, 6);
  EXPECT_DOUBLE_EQ(claim_of(d, "12,05\nmillion eur").q.number, 12.05);
  for (const auto& c : d.claims) {
    EXPECT_NE(c.q.number, 31) << c.written;
    EXPECT_NE(c.q.number, 4) << c.written;
  }
  EXPECT_DOUBLE_EQ(claim_of(d, "51,000").q.number, 51000);
}

// A document that writes decimal commas ("3,4 per cent", "12,5%") groups thousands with points:
// "8.512 people" is 8512 there, "1.204.330,5 tonnes" 1204330.5, and a date stays no number.
TEST(LabourReleaseForms, ADocumentsDecimalMark) {
  auto d = extract_text(
      "# Vestland\n\nOn 03.10.2031 the jobless rate came to 3,4 per cent, with 8.512 people out "
      "of\n"
      "work, and 12,5% of the employed worked part-time. Output reached 1.204.330,5 tonnes.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "3,4 per cent").q.number, 3.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "8.512").q.number, 8512);
  EXPECT_DOUBLE_EQ(claim_of(d, "12,5%").q.number, 12.5);
  EXPECT_DOUBLE_EQ(claim_of(d, "1.204.330,5 tonnes").q.number, 1204330.5);
  // In a text of decimal points the same words keep "8.512" a decimal.
  d = extract_text("# Vestland\n\nThe jobless rate came to 3.4 per cent, with 8.512 tonnes.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "8.512 tonnes").q.number, 8.512);
}

// "persons aged 16 to 74", "those aged 20-24": ages bound a population; they are no figures.
TEST(LabourReleaseForms, AgesAreNoClaims) {
  auto d = extract_text(
      "# Vestland\n\nOf persons aged 16 to 74, 61.2 per cent were in work; of those aged 20-24,\n"
      "48.0 per cent.\n");
  EXPECT_EQ(written_claims(d), (std::vector<std::string>{"61.2 per cent", "48.0 per cent"}));
}

// "out of work for less than 3 months", "for 3-9 months": bounds and spans of a duration name
// the classes of a breakdown, no figures; a streak "for four consecutive years" stays a claim.
// "the two shares" points at figures, it counts nothing.
TEST(LabourReleaseForms, DurationClassesAndFiguresReferredToAreNoClaims) {
  auto d = extract_text(
      "# Vestland\n\nOf the jobless, 41.0 per cent had been out of work for less than 3 months "
      "and\n"
      "22.5 per cent for 3-9 months; the two shares were 39.8 and 23.0 per cent a year before.\n"
      "Output has grown for four consecutive years.\n");
  EXPECT_EQ(written_claims(d),
            (std::vector<std::string>{"41.0 per cent", "22.5 per cent", "39.8", "23.0 per cent",
                                      "four consecutive years"}));
}

// "- Employed people: 12,400 more than a year earlier" (a key fact's label, a colon and its value)
// and "with 88,000 unemployed" (a counting subject right after the number) say what the bare
// numbers count: people.
TEST(LabourReleaseForms, KeyFactsAndCountingSubjectsSayWhatIsCounted) {
  auto d = extract_text(
      "# Vestland\n\n- Employed people: 12,400 more than a year earlier\n"
      "- Jobless rate: 5.4 per cent, with 88,000 unemployed\n");
  const auto more = claim_of(d, "12,400");
  EXPECT_EQ(more.kind, claim_kind::level);
  EXPECT_NE(more.q.written_unit.name().find("person"), std::string::npos)
      << more.q.written_unit.name();
  const auto jobless = claim_of(d, "88,000");
  EXPECT_EQ(jobless.kind, claim_kind::level);
  EXPECT_NE(jobless.q.written_unit.name().find("person"), std::string::npos)
      << jobless.q.written_unit.name();
}

// "The office puts the number of employed persons in June at 1,812,000": what a report verb
// puts at a number names it, not the office; "employed persons" and "unemployed people" are
// named by the word that counts them, as the rows "| Employed |" and "| Unemployed |" are.
TEST(LabourReleaseForms, WhatAReportVerbPutsAtANumberNamesIt) {
  auto d = extract_text(
      "# Vestland workforce survey 2031, June\n\nThe Vestland Survey Office puts the number of "
      "employed persons in June at 1,812,000. There were 88,000 unemployed people in June.\n");
  EXPECT_EQ(claim_of(d, "1,812,000").id, "all.employed");
  EXPECT_TRUE(claim_of(d, "1,812,000").own_subject) << "its clause names it";
  EXPECT_EQ(claim_of(d, "88,000").id, "all.unemployed");
  EXPECT_TRUE(claim_of(d, "88,000").own_subject);
}

// "88,000 unemployed people, i.e. 4 000 fewer than a year earlier": the change of the level
// before it ("i.e." names nothing), on a year earlier.
TEST(LabourReleaseForms, IeAndAChangeOnAYearEarlier) {
  auto d = extract_text(
      "# Vestland workforce survey 2031, June\n\nThere were 88,000 unemployed people in June, "
      "i.e. 4 000 fewer than a year earlier.\n");
  EXPECT_EQ(claim_of(d, "4 000").id, "all.unemployed.change_yoy");
  EXPECT_DOUBLE_EQ(claim_of(d, "4 000").q.number, -4000);
}

// "| - part-time workers |" under "| Jobholders |" is a part of it, named in it; the dashed rows
// under "| All items excluding: fuel |" go on with its list and are no parts of it.
TEST(LabourReleaseForms, DashedSubRowsAreParts) {
  auto d = extract_text(
      "# Vestland\n\nThousand people\n\n| | June 2031 |\n|---|---|\n| Jobholders | 1 812 |\n"
      "| - part-time workers | 402 |\n\nPrices, % on a year earlier\n\n| | June 2031 |\n|---|---|\n"
      "| All items excluding: fuel | 2.2 |\n"
      "| \xE2\x80\x93 fuel, fresh fruit | 2.0 |\n"
      "| \xE2\x80\x93 fuel, fruit, tobacco | 1.9 |\n");
  EXPECT_TRUE(cell(d, 8, 0).id.starts_with("jobholders.")) << cell(d, 8, 0).id;
  EXPECT_FALSE(cell(d, 15, 0).id.starts_with("all_items")) << cell(d, 15, 0).id;
  EXPECT_FALSE(cell(d, 16, 0).id.starts_with("fuel_fresh")) << cell(d, 16, 0).id;
}

// "2 million 75 thousand people": digits and scale words are one count, in its last scale,
// with the noun after it; a second number two blanks away (an aligned table's next cell) is not
// part of it.
TEST(LabourReleaseForms, ACountInDigitsAndScaleWords) {
  auto d = extract_text(
      "# Vestland\n\nIn June 2031 some 2 million 75 thousand people held a job, 31 thousand more "
      "than a year before.\n");
  const auto c = claim_of(d, "2 million 75 thousand people");
  EXPECT_DOUBLE_EQ(c.q.number, 2075);
  EXPECT_EQ(c.q.written_unit.scale_exp, 3);
  EXPECT_EQ(c.kind, claim_kind::level);
  EXPECT_EQ(on_line(d, 3).size(), 2u);
}

// A monthly bulletin of another office, written for these tests: a heading "X rate at N%", a
// table whose unit line names a count's unit, percent and points, a change column headed by its
// base ("Change from May 2030"), sub-rows of a ratio's row for each sex, a row bounded by ages.
const std::string bulletin =
    "# Household labour survey, May 2031\n"
    "\n"
    "## Jobless rate at 6.2%\n"
    "\n"
    "In May 2031, 1 million 212 thousand people aged 16 and over were unemployed, 45 thousand\n"
    "fewer than in the same period of 2030. The jobless rate was 0.4 percentage points\n"
    "lower than a year before. Among people aged 16-29 it came to 11.8%, and among people\n"
    "aged 30-64 it came to 5.1%. The labour force participation rate stood at 61.7%.\n"
    "\n"
    "Table 4. Key indicators, May 2031\n"
    "\n"
    "(Thousand people, %, percentage points)\n"
    "\n"
    "| | May 2031 | Change from May 2030 |\n"
    "|---|---|---|\n"
    "| Unemployed | 1,212 | -45 |\n"
    "| Labour force participation rate (%) | 61.7 | 0.3 |\n"
    "| - Men | 70.4 | 0.1 |\n"
    "| - Women | 53.2 | 0.5 |\n"
    "| Unemployment rate (%) | 6.2 | -0.4 |\n"
    "| Unemployment rate, 30-64 (%) | 5.1 | -0.2 |\n";

// "## Jobless rate at 6.2%": "at" after a ratio's name brings in its level (a share), not the
// pace of a change ("grew at 8.4%").
TEST(LabourReleaseForms, ARatioAtARateIsItsLevel) {
  auto d = extract_text(bulletin);
  const auto heading = on_line(d, 3);
  ASSERT_EQ(heading.size(), 1u);
  EXPECT_EQ(heading[0].kind, claim_kind::share);
  EXPECT_EQ(heading[0].id, "all.unemployment_rate");
  EXPECT_EQ(claim_of(d, "61.7%").id, "all.participation_rate") << "a measure of three words";
}

// "(Thousand people, %, percentage points)": a change column beside levels and rates holds each
// row's change in its own unit, thousands of people for a count and points for a rate; its
// header names its base, a year before the draft's month, so they are changes on a year.
TEST(LabourReleaseForms, AUnitLineOfLevelsRatesAndPointsMakesAChangeColumn) {
  auto d = extract_text(bulletin);
  const auto count = cell(d, 16, 1);
  EXPECT_EQ(count.kind, claim_kind::level);
  EXPECT_EQ(count.q.written_unit.scale_exp, 3);
  EXPECT_EQ(count.id, "all.unemployed.change_yoy");
  const auto points = cell(d, 20, 1);
  EXPECT_EQ(points.kind, claim_kind::pp);
  EXPECT_EQ(points.id, "all.unemployment_rate.change_yoy");
}

// "| - Women |" under "| Labour force participation rate (%) |": the ratio of that part, in
// percent, named by the catalogue for the group; its change is in points.
TEST(LabourReleaseForms, SubRowsOfARatioAreTheRatioOfEachPart) {
  auto d = extract_text(bulletin);
  const auto women = cell(d, 19, 0);
  EXPECT_EQ(women.kind, claim_kind::share);
  EXPECT_EQ(women.id, "all.women.participation_rate");
  EXPECT_EQ(cell(d, 19, 1).kind, claim_kind::pp);
  EXPECT_EQ(cell(d, 19, 1).id, "all.women.participation_rate.change_yoy");
  EXPECT_EQ(cell(d, 18, 0).id, "all.men.participation_rate");
}

// Ages bound a population: "| Unemployment rate, 30-64 (%) |" is not the whole's rate, and
// "among people aged 16-29" and "aged 30-64" name two groups, so no two of the rates are one
// figure.
TEST(LabourReleaseForms, AgesBoundAPopulation) {
  auto d = extract_text(bulletin);
  EXPECT_EQ(cell(d, 21, 0).id, "all.aged_30_64.unemployment_rate");
  EXPECT_EQ(cell(d, 20, 0).id, "all.unemployment_rate");
  const auto young = claim_of(d, "11.8%");
  const auto older = claim_of(d, "5.1%");
  EXPECT_NE(young.id, older.id);
  EXPECT_NE(young.id.find("aged_16_29"), std::string::npos) << young.id;
}

// "people aged 16 and over were unemployed" are the unemployed, the age span between them left
// out; "than in the same period of 2030" is a year before the draft's May 2031; points of the
// ratio its clause names are the ratio's change.
TEST(LabourReleaseForms, AgedPeopleNamedByWhatTheyWere) {
  auto d = extract_text(bulletin);
  EXPECT_EQ(claim_of(d, "1 million 212 thousand people").id, "all.unemployed");
  EXPECT_EQ(claim_of(d, "45 thousand").id, "all.unemployed.change_yoy");
  EXPECT_EQ(claim_of(d, "0.4 percentage points").id, "all.unemployment_rate.change_yoy");
}

// Two bounded age groups counted in prose ("people aged 16 to 29", "people aged 16 to 64") are
// populations of their own, never both the unemployed; only a span open upward from working
// age ("aged 16 and over") is everyone.
TEST(LabourReleaseForms, BoundedAgesInProseAreAPopulationOfTheirOwn) {
  auto d = extract_text(
      "# Workforce survey, March 2031\n\nIn March 2031, 38 thousand people aged 16 to 29 were\n"
      "unemployed. Altogether 2,950 thousand people were employed and 190 thousand people aged\n"
      "16 to 64 were unemployed, while 205 thousand people aged 16 and over were unemployed.\n");
  EXPECT_EQ(claim_of(d, "38 thousand people").id, "all.aged_16_29.unemployed");
  EXPECT_EQ(claim_of(d, "190 thousand people").id, "all.aged_16_64.unemployed");
  EXPECT_EQ(claim_of(d, "205 thousand people").id, "all.unemployed");
}

// "The jobless rate among women rose 0.3 percentage points": the change of the group's ratio,
// not of the whole's, which the sentence before names.
TEST(LabourReleaseForms, PointsOfAGroupsRatioAreNotTheWholes) {
  auto d = extract_text(
      "# Workforce survey, second quarter of 2031\n\nThe jobless rate was 6.4%,\n"
      "up 0.1 percentage points on the previous quarter. The jobless rate among women\n"
      "rose 0.3 percentage points on the previous quarter.\n");
  EXPECT_EQ(claim_of(d, "0.1 percentage points").id, "all.unemployment_rate.change");
  EXPECT_NE(claim_of(d, "0.3 percentage points").id, "all.unemployment_rate.change");
}

// "Employment" alone counts jobs (a payroll), but a count of it stated in persons is the
// employed (lexicon person_measure), and its change counts what the level it went to counts:
// "Jobs in Corvia grew by 12,000" stays a count of jobs.
TEST(LabourReleaseForms, EmploymentCountedInPersonsIsTheEmployed) {
  auto d = extract_text(
      "# Workforce survey, May 2031\n\nEmployment rose by 41 thousand on May 2030, to 3 million\n"
      "112 thousand persons in the May 2031 period. Payroll employment grew by 12,000.\n");
  EXPECT_EQ(claim_of(d, "3 million\n112 thousand persons").id, "all.employed");
  EXPECT_EQ(claim_of(d, "41 thousand").id, "all.employed.change_yoy");
  EXPECT_NE(claim_of(d, "41 thousand").q.written_unit.name().find("person"), std::string::npos)
      << claim_of(d, "41 thousand").q.written_unit.name();
  EXPECT_EQ(claim_of(d, "12,000").id.find("all.employed"), std::string::npos)
      << claim_of(d, "12,000").id;
}

// "In the May 2030 period, ..." opens its sentence on that period, as "In May 2030," does: a
// count of a year before is the level a year earlier, which the change on a year meets.
TEST(LabourReleaseForms, ThePeriodNamedAsAPeriodOpensTheSentence) {
  auto d = extract_text(
      "# Workforce survey, May 2031\n\nIn the May 2030 period, 182 thousand persons aged 15 and\n"
      "over were unemployed.\n\nIn the May 2031 period, 175 thousand persons aged 15 and over\n"
      "were unemployed.\n");
  EXPECT_EQ(claim_of(d, "182 thousand persons").id, "all.2030-05.unemployed");
  EXPECT_EQ(claim_of(d, "175 thousand persons").id, "all.unemployed");
  EXPECT_TRUE(claim_of(d, "175 thousand persons").period_stated);
}

// "It was higher for men, at 48.2 percent, than for women, at 39.6 percent": "for", a group and
// "at" right before a rate name the group's rate of what the sentence before names, not the
// whole's (nbs-md-lfs-2021-q1 writes its rates by sex so). Written for this test.
TEST(LabourReleaseForms, AGroupNamedBeforeAtIsTheGroupsRate) {
  auto d = extract_text(
      "# Norland: 2031\n\nThe activity rate of persons aged 15 and over was 41.2 percent. It was "
      "higher for men, at 48.2 percent, than for women, at 39.6 percent.\n");
  EXPECT_EQ(claim_of(d, "48.2 percent").id, "all.men.participation_rate");
  EXPECT_EQ(claim_of(d, "39.6 percent").id, "all.women.participation_rate");
}

// "(17-60 for women and 17-64 for men) it came to 55.3 percent": a bracket closed between the
// claim before and a rate is an aside; its group ("men") does not name the rate after it, nor
// is the rate a share of the aside's figure (nbs-md-lfs-2021-q1's working age by law). Written
// for this test.
TEST(LabourReleaseForms, AGroupInAClosedAsideDoesNotNameTheRateAfterIt) {
  auto d = extract_text(
      "# Norland: 2031\n\nMen made up 51.9 percent of the labour force. The activity rate was "
      "41.2 percent. For the population of working age as the law sets it (17-60 for women and "
      "17-64 for men) it came to 55.3 percent.\n");
  const std::string id = claim_of(d, "55.3 percent").id;
  EXPECT_EQ(id.find("men"), std::string::npos) << id;
  EXPECT_NE(id, claim_of(d, "51.9 percent").id);
  EXPECT_NE(id, claim_of(d, "41.2 percent").id);
}

}  // namespace
}  // namespace crossfoot::testing

namespace crossfoot::testing {
namespace {

// An annual report's summary table: no unit anywhere, years as columns, a heading row without
// figures for each ratio (one right under the headers, one among the data) and rows saying what
// it is broken down by ("By sex", "By area", "By age group (years)"). The sentences and figures
// are written for these tests.
const std::string annual_report =
    "# Household labour survey of Norland: annual report 2031\n"
    "\n"
    "The jobless rate fell to 5.5 percent in 2031, from 5.8 percent in 2030. For women it eased\n"
    "to 6.6 percent from 7.0 percent, while for men it went down to 4.7 percent.\n"
    "\n"
    "The activity rate rose to 60.9 percent. Among women the rate climbed to 52.0 percent from\n"
    "51.1 percent; among men it was 69.8 percent. The share of services in all employment rose\n"
    "to 41.5 percent.\n"
    "\n"
    "| Indicator | Year | | |\n"
    "|---|---|---|---|\n"
    "| | 2029 | 2030 | 2031 |\n"
    "| Unemployment rate | | | |\n"
    "| By sex | | | |\n"
    "| Total | 6.1 | 5.8 | 5.5 |\n"
    "| Men | 5.0 | 4.9 | 4.7 |\n"
    "| Women | 7.5 | 7.0 | 6.6 |\n"
    "| By age group (years) | | | |\n"
    "| 15 – 24 | 18.2 | 17.5 | 16.9 |\n"
    "| Labour force participation rate | | | |\n"
    "| By area | | | |\n"
    "| Total | 60.1 | 60.4 | 60.9 |\n"
    "| Urban | 58.0 | 58.2 | 58.8 |\n"
    "| By sex | | | |\n"
    "| Women | 50.8 | 51.1 | 52.0 |\n"
    "| Employed persons | 812 | 820 | 829 |\n"
    "| Men | 430 | 433 | 437 |\n";

// "| Men |" under "| Unemployment rate |" and "| By sex |" is men's unemployment rate, in
// percent; "| Total |" is the whole's. A column of an earlier year puts its year after the
// whole population, before the group (as figures files write lk.2022.men.participation_rate),
// so that rate_between_the_sexes binds X = all.2029.
TEST(LabourReleaseForms, RowsUnderARatiosHeadingBreakItDown) {
  auto d = extract_text(annual_report);
  const auto total = cell(d, 15, 2);
  EXPECT_EQ(total.kind, claim_kind::share);
  EXPECT_EQ(total.q.written_unit.style, unit_style::percent);
  EXPECT_EQ(total.id, "all.unemployment_rate");
  EXPECT_EQ(cell(d, 15, 0).id, "all.2029.unemployment_rate");
  EXPECT_EQ(cell(d, 16, 2).id, "all.men.unemployment_rate");
  EXPECT_EQ(cell(d, 16, 0).id, "all.2029.men.unemployment_rate");
  EXPECT_EQ(cell(d, 17, 2).id, "all.women.unemployment_rate");
  EXPECT_EQ(cell(d, 19, 2).id, "all.aged_15_24.unemployment_rate") << "a row of ages alone";
  EXPECT_EQ(cell(d, 22, 2).id, "all.participation_rate") << "a heading among the data";
  EXPECT_EQ(cell(d, 25, 2).id, "all.women.participation_rate") << "a second breakdown";
  const auto urban = cell(d, 23, 2);
  EXPECT_EQ(urban.kind, claim_kind::share);
  EXPECT_FALSE(urban.id.starts_with("all.")) << "no group the catalogue names: " << urban.id;
}

// A row that names a measure of its own ends the breakdown: "| Employed persons |" is a count,
// and "| Men |" below it is no ratio.
TEST(LabourReleaseForms, ARowOfAMeasureOfItsOwnEndsTheBreakdown) {
  auto d = extract_text(annual_report);
  EXPECT_EQ(cell(d, 26, 2).kind, claim_kind::level) << cell(d, 26, 2).id;
  EXPECT_EQ(cell(d, 27, 2).id.find("rate"), std::string::npos) << cell(d, 27, 2).id;
}

// "For women it eased to 6.6 percent", "Among women the rate climbed to 52.0 percent": a sex's
// ratio said by a pronoun or "the rate" alone is that sex's ratio of the measure named before
// it, in the sentence before or its own; "among men it was 69.8 percent" goes on with the
// measure of women's rate before it.
TEST(LabourReleaseForms, ASexsRateTakesTheMeasureNamedBefore) {
  auto d = extract_text(annual_report);
  EXPECT_EQ(claim_of(d, "6.6 percent").id, "all.women.unemployment_rate");
  EXPECT_EQ(claim_of(d, "7.0 percent").id, "all.women.unemployment_rate.prev");
  EXPECT_EQ(claim_of(d, "4.7 percent").id, "all.men.unemployment_rate");
  EXPECT_EQ(claim_of(d, "52.0 percent").id, "all.women.participation_rate");
  EXPECT_EQ(claim_of(d, "51.1 percent").id, "all.women.participation_rate.prev");
  EXPECT_EQ(claim_of(d, "69.8 percent").id, "all.men.participation_rate");
}

// "The share of services in all employment": a share of a stated whole, not the employment
// rate; and a sex's rate after a ratio that names no labour market measure stays the sex's own.
TEST(LabourReleaseForms, AShareOfAWholeIsNoRatioOfTheMarket) {
  auto d = extract_text(annual_report);
  EXPECT_FALSE(claim_of(d, "41.5 percent").id.starts_with("all.")) << claim_of(d, "41.5").id;
  auto other = extract_text(
      "# Norland: 2031\n\nThe vacancy rate was 2.1 percent. For women it was 3.3 percent.\n");
  EXPECT_FALSE(claim_of(other, "3.3 percent").id.starts_with("all."))
      << claim_of(other, "3.3 percent").id;
}

}  // namespace
}  // namespace crossfoot::testing
