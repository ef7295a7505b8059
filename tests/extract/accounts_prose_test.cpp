// Forms of quarterly national accounts releases met in session 12 (issue 9), each written for
// these tests in other words and with other figures: a caption whose "% change" wraps onto its
// next line, a section row of points under a column of rates, points of a rate and of a
// slowdown, tenths of a point, "the first quarter" without its year, a section on a year
// earlier, a sentence opening on the quarter it compares with, and a rate's change in points.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "Volume, % change on the previous quarter" as a caption, wrapped or not, makes the cells
// rates, as "% change on the previous quarter" does over a column.
TEST(AccountsProse, CaptionOfPercentChange) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Table 4. Output by branch. Chain-linked volumes, adjusted, % change\n"
      "over the quarter before\n"
      "\n"
      "| Industry | 2030 Q3 |\n"
      "|---|---|\n"
      "| Farming | 2.3 |\n"
      "| Mining | -0.6 |\n");
  for (int line : {8, 9}) {
    const draft_claim c = cell(d, line, 0);
    EXPECT_EQ(c.kind, claim_kind::growth) << "line " << line;
    EXPECT_EQ(editor_unit(c), "%") << "line " << line;
  }
}

// A section row that names contributions and points ("Contributions to growth (points):")
// gives its rows points, though their column says "% change".
TEST(AccountsProse, SectionOfPointsUnderAColumnOfRates) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "| | 2030 Q3 |\n"
      "|---|---|\n"
      "| | % change on the quarter before |\n"
      "| GDP | 0.6 |\n"
      "| Exports | 1.9 |\n"
      "| Contributions to growth (points): | |\n"
      "| Home demand | 0.1 |\n"
      "| Foreign demand | 0.5 |\n");
  EXPECT_EQ(cell(d, 6, 0).kind, claim_kind::growth);
  EXPECT_EQ(editor_unit(cell(d, 7, 0)), "%");
  for (int line : {9, 10}) {
    const draft_claim c = cell(d, line, 0);
    EXPECT_EQ(c.kind, claim_kind::pp) << "line " << line;
    EXPECT_EQ(editor_unit(c), "pp") << "line " << line;
    EXPECT_EQ(c.id.substr(c.id.rfind('.') + 1), "contribution") << c.id;
  }
}

// "points" in a sentence that names a rate, or of a change that goes on to the rate it led to,
// are percentage points; "points" of an index that rose to a level stay the index's.
TEST(AccountsProse, PointsOfARateAndOfASlowdown) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Of this rate, 1.6 points were due to home demand. Mining slowed by 0.8 points on the "
      "second quarter, to 2.4%. The share index gained 4.1 points to 212.6.\n");
  const draft_claim of_rate = claim_of(d, "1.6 points");
  EXPECT_EQ(of_rate.kind, claim_kind::pp);
  EXPECT_EQ(editor_unit(of_rate), "pp");
  const draft_claim slowed = claim_of(d, "0.8 points");
  EXPECT_EQ(slowed.kind, claim_kind::pp);
  EXPECT_EQ(editor_unit(slowed), "pp");
  EXPECT_DOUBLE_EQ(editor_value(slowed), -0.8) << "slowed: a fall of the rate";
  EXPECT_NE(editor_unit(claim_of(d, "4.1 points")), "pp");
}

// "two tenths more than the 1.3%": tenths of a point where rates are compared; the change of
// the rate before it (X.growth.change), not 20%. A tenth of the exports is still a share.
TEST(AccountsProse, TenthsOfAPoint) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Output grew 1.5% in the third quarter, two tenths more than the 1.3% of the second "
      "quarter. Prices rose a tenth of a percentage point faster.\n"
      "\n"
      "Timber made up a tenth of the exports.\n");
  const draft_claim tenths = claim_of(d, "two tenths");
  EXPECT_EQ(tenths.kind, claim_kind::pp);
  EXPECT_EQ(editor_unit(tenths), "pp");
  EXPECT_DOUBLE_EQ(editor_value(tenths), 0.2);
  EXPECT_EQ(tenths.id, "output.growth.change");
  EXPECT_EQ(claim_of(d, "1.3%").id, "output.growth.prev") << "of the quarter named after 'of'";
  EXPECT_EQ(claim_of(d, "1.3%").kind, claim_kind::growth) << "no share of a quarter";
  const draft_claim tenth = claim_of(d, "a tenth of a percentage point");
  EXPECT_EQ(editor_unit(tenth), "pp");
  EXPECT_DOUBLE_EQ(editor_value(tenth), 0.1);
  EXPECT_NE(editor_unit(claim_of(d, "a tenth")), "pp");
}

// "in the second quarter" without a year, in a quarterly draft, is the latest second quarter up
// to the draft's own: the quarter before in a third-quarter release, last year's in a first.
TEST(AccountsProse, QuarterWithoutItsYear) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Investment grew 0.9%, after 1.7% in the second quarter.\n");
  EXPECT_EQ(claim_of(d, "1.7%").id, "investment.growth.prev");
  auto e = extract_text(
      "# Valdorian accounts, first quarter of 2031\n"
      "\n"
      "Investment grew 0.9%, after 1.7% in the fourth quarter.\n");
  EXPECT_EQ(claim_of(e, "1.7%").id, "investment.growth.prev");
}

// A section whose heading says its changes are on a year earlier makes its rates and its
// contributions year-on-year (contribution_yoy, apart from the quarter's contributions); so
// does "Year on year," opening a sentence.
TEST(AccountsProse, SectionOnAYearEarlier) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "## On the quarter\n"
      "\n"
      "Output grew 0.6%. Home demand contributed 0.4 points.\n"
      "\n"
      "## Output: change on a year earlier\n"
      "\n"
      "Output grew 2.2%. Home demand contributed 1.5 points.\n"
      "\n"
      "## Investment\n"
      "\n"
      "Year on year, investment rose 3.1%.\n");
  EXPECT_EQ(claim_of(d, "0.6%").id, "output.growth");
  EXPECT_EQ(claim_of(d, "0.4 points").id, "home_demand.contribution");
  EXPECT_EQ(claim_of(d, "2.2%").id, "output.growth_yoy");
  EXPECT_EQ(claim_of(d, "1.5 points").id, "home_demand.contribution_yoy");
  EXPECT_EQ(claim_of(d, "3.1%").id, "investment.growth_yoy");
}

// "On the third quarter of 2029 output was 2.0% higher": a sentence that opens on a period
// compares its rates with it (a year before the draft's: growth_yoy); "On the first estimate"
// names no period.
TEST(AccountsProse, OpeningOnThePeriodCompared) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "On the third quarter of 2029 output was 2.0% higher. On the first estimate, output grew "
      "0.6%.\n");
  EXPECT_EQ(claim_of(d, "2.0%").id, "output.growth_yoy");
  EXPECT_EQ(claim_of(d, "0.6%").id, "output.growth");
}

// Under a heading on a year earlier, a sentence that opens on the quarter before compares with
// that quarter: its rate is the quarter's growth, not the year's.
TEST(AccountsProse, OpeningBaseBeforeItsSection) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "## Output: change on a year earlier\n"
      "\n"
      "On the second quarter, output grew 0.7%. Investment grew 2.4%.\n");
  EXPECT_EQ(claim_of(d, "0.7%").id, "output.growth");
  EXPECT_EQ(claim_of(d, "2.4%").id, "investment.growth_yoy");
}

// "Home demand added 0.4 points to growth and foreign demand 0.2 points": a clause without its
// verb names its own subject (not "growth" before the joiner) and keeps the contribution; a
// rate in such a clause compares with what the rate before it compares with.
TEST(AccountsProse, ClauseWithoutItsVerb) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Home demand added 0.4 points to the quarter's growth and foreign demand 0.2 points.\n"
      "\n"
      "Investment was up 3.3% on a year earlier and consumer spending 1.8%.\n"
      "\n"
      "Net exports took 0.3 points off growth, after adding 0.1 points.\n");
  EXPECT_EQ(claim_of(d, "0.4 points").id, "home_demand.contribution");
  EXPECT_EQ(claim_of(d, "0.2 points").id, "foreign_demand.contribution");
  EXPECT_EQ(claim_of(d, "3.3%").id, "investment.growth_yoy");
  EXPECT_EQ(claim_of(d, "1.8%").id, "household_consumption.growth_yoy");
  EXPECT_NE(claim_of(d, "0.1 points").id, claim_of(d, "0.3 points").id)
      << "'after adding' is a clause of its own: the earlier value, not a second statement";
}

// "against 1.4% and 3.2% in the first quarter" after two rates: each is the earlier value of the
// rate in its place, of the period the list names.
TEST(AccountsProse, EarlierValuesListedInOrder) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Investment rose 2.5% on a year earlier and consumer spending 4.0%, against 1.1% and 3.6% in "
      "the "
      "second quarter. Wages rose 1.0% and rents 2.0%, compared with 0.8% and 1.5% in the first "
      "quarter.\n");
  EXPECT_EQ(claim_of(d, "1.1%").id, "investment.growth_yoy.prev");
  EXPECT_EQ(claim_of(d, "3.6%").id, "household_consumption.growth_yoy.prev");
  EXPECT_EQ(claim_of(d, "0.8%").id, "wages.2030-Q1.growth");
  EXPECT_EQ(claim_of(d, "1.5%").id, "rents.2030-Q1.growth");
}

// National accounts' measures by their usual names: "hours worked" (whose words alone are a
// time and a verb), "full-time equivalent employment", "GDP at market prices", "general
// government final consumption expenditure".
TEST(AccountsProse, MeasuresByTheirNames) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Employment grew 1.2%, and hours worked rose 0.9%. Full-time equivalent employment was "
      "1.0% higher.\n"
      "\n"
      "| | 2030 Q3 |\n"
      "|---|---|\n"
      "| | % change on the previous quarter |\n"
      "| GDP at market prices | 0.5 |\n"
      "| General government final consumption expenditure | 0.2 |\n");
  EXPECT_EQ(claim_of(d, "0.9%").id, "hours_worked.growth");
  EXPECT_EQ(claim_of(d, "1.0%").id, "employment_fte.growth");
  EXPECT_EQ(cell(d, 8, 0).id, "gdp.growth");
  EXPECT_EQ(cell(d, 9, 0).id, "government_consumption.growth");
}

// "| GDP, volume, third quarter of 2030 |": a piece of a row's label between commas that is
// a period says the row's period ("Third quarter of 2030" is 2030 Q3), so the cell is as plainly
// of the draft's quarter as prose that says "in the third quarter".
TEST(AccountsProse, PeriodInARowLabel) {
  EXPECT_EQ(period_written("Third quarter of 2030"), "2030-Q3");
  EXPECT_EQ(period_written("first quarter 2031"), "2031-Q1");
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "| Output | Quarter-on-quarter rate |\n"
      "|---|---|\n"
      "| GDP, volume, third quarter of 2030 | 0.6 |\n");
  const draft_claim c = cell(d, 5, 0);
  EXPECT_EQ(c.id, "gdp.growth");
  EXPECT_EQ(c.row_period, "2030-Q3");
  EXPECT_TRUE(c.period_stated);
}

// "the same quarter of the previous year" (and "of last year") is the draft's quarter a year
// before: the rate compared with it is growth_yoy, never the quarter's growth.
TEST(AccountsProse, SameQuarterOfThePreviousYear) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Output grew 0.5% on the quarter and 1.7% compared with the same quarter of the previous "
      "year. Investment rose 2.2% on the same quarter of last year.\n");
  EXPECT_EQ(claim_of(d, "0.5%").id, "output.growth");
  EXPECT_EQ(claim_of(d, "1.7%").id, "output.growth_yoy");
  EXPECT_EQ(claim_of(d, "2.2%").id, "investment.growth_yoy");
}

// "(+0.4% after +0.9%)": the earlier value after "after" is the quarter before's, said as
// plainly as the table's column of that quarter, so the two are one figure to check --draft.
TEST(AccountsProse, AfterSaysTheQuarterBefore) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Investment slowed (+0.4% after +0.9%).\n"
      "\n"
      "| | 2030 Q2 | 2030 Q3 |\n"
      "|---|---|---|\n"
      "| | % change on the previous quarter | |\n"
      "| Investment | 0.9 | 0.4 |\n");
  const draft_claim before = claim_of(d, "+0.9%");
  EXPECT_EQ(before.id, "investment.growth.prev");
  EXPECT_TRUE(before.period_stated);
  EXPECT_EQ(cell(d, 8, 0).id, before.id);
  EXPECT_TRUE(cell(d, 8, 0).period_stated);
}

// "Compared with the same quarter a year ago" opens on the draft's quarter a year before; "in
// Quarter 3 (Jul to Sep) 2030" names a quarter, and its "3" is no claim.
TEST(AccountsProse, SameQuarterAYearAgoAndQuarterN) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Output rose by 0.4% in Quarter 3 (Jul to Sep) 2030. Compared with the same quarter a "
      "year ago, output increased by 1.3%.\n");
  EXPECT_EQ(claim_of(d, "0.4%").id, "output.growth");
  EXPECT_EQ(claim_of(d, "1.3%").id, "output.growth_yoy");
  for (const draft_claim& c : d.claims) EXPECT_NE(c.written, "3") << "Quarter 3 is a name";
}

// "In the euro area, GDP rose by 0.3% and in the EU by 0.4%": the clause without its verb that
// repeats the opening's preposition names its own area; two areas are never one figure.
TEST(AccountsProse, TwoAreasInOneSentence) {
  auto d = extract_text(
      "# Flash estimate, third quarter of 2030\n"
      "\n"
      "In the Northern Union, GDP rose by 0.2% and in the Southern Union by 0.5%.\n");
  EXPECT_NE(claim_of(d, "0.2%").id, claim_of(d, "0.5%").id);
  EXPECT_NE(claim_of(d, "0.5%").id.find("southern"), std::string::npos) << claim_of(d, "0.5%").id;
}

// "Real GDP" is GDP in volume; "GDP per capita" is a measure of its own; "through the year"
// (lexicon yoy_word) is a rate on a year earlier.
TEST(AccountsProse, RealGdpPerCapitaAndThroughTheYear) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Real GDP grew 0.3% and real GDP per capita fell 0.2%. The economy grew 1.4% through the "
      "year.\n");
  EXPECT_EQ(claim_of(d, "0.3%").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "0.2%").id, "gdp_per_capita.growth");
  EXPECT_EQ(claim_of(d, "1.4%").id, "gdp.growth_yoy");
}

// "Of output's 1.9% growth", "its 0.6% rise": a possessive brings a rate in as an article
// does, so the noun after it says it is a change; an aggregate's possessive names it.
TEST(AccountsProse, RateAfterAPossessive) {
  auto d = extract_text(
      "# Valdorian accounts, third quarter of 2030\n"
      "\n"
      "Of GDP's 1.9% growth on a year earlier, home demand contributed 1.2 points. Investment "
      "kept its 0.6% rise.\n");
  const draft_claim growth = claim_of(d, "1.9%");
  EXPECT_EQ(growth.kind, claim_kind::growth);
  EXPECT_EQ(growth.id, "gdp.growth_yoy");
  EXPECT_EQ(claim_of(d, "0.6%").kind, claim_kind::growth);
}

}  // namespace
}  // namespace crossfoot::testing
