// Forms behind planted errors that check --draft missed (issue 9): the same figure written in
// prose and in a table must get the same id, so that a slip in one of them meets the other.
// The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "All groups CPI" is the whole index: the row is the CPI's, as the prose's "the CPI" is.
TEST(PlantedForms, AllGroupsRowIsTheWholeIndex) {
  auto d = extract_text(
      "# Prices in Corvia, June quarter 2031\n"
      "\n"
      "The CPI went up 0.6% in the June quarter 2031.\n"
      "\n"
      "| Eight towns | Mar Qtr 2031 to Jun Qtr 2031 |\n"
      "|---|---|\n"
      "| | % change |\n"
      "| All groups CPI | 0.6 |\n"
      "| All items index, excluding fuel | 0.4 |\n");
  const draft_claim prose = claim_of(d, "0.6%");
  const draft_claim row = cell(d, 8, 0);
  EXPECT_EQ(prose.id, "cpi.growth");
  EXPECT_EQ(row.id, prose.id);
  EXPECT_FALSE(cell(d, 9, 0).id.starts_with("all")) << cell(d, 9, 0).id;
}

// A table whose rows and columns name no period, under a caption that names the draft's own,
// states its cells' period: the cell and "in May 2031" in prose are one figure's claims.
TEST(PlantedForms, CaptionNamingTheOwnPeriodStatesIt) {
  auto d = extract_text(
      "# Trade of Corvia, May 2031\n"
      "\n"
      "Exports to the Aldren Union reached 7.4 billion euros in May 2031.\n"
      "\n"
      "| Corvian trade, May 2031 | EUR bn |\n"
      "|---|---|\n"
      "| Exports to the Aldren Union | 7.4 |\n");
  const draft_claim prose = claim_of(d, "7.4 billion euros");
  const draft_claim row = cell(d, 7, 0);
  EXPECT_EQ(row.id, prose.id);
  EXPECT_TRUE(prose.period_stated);
  EXPECT_TRUE(row.period_stated);
  EXPECT_EQ(row.caption_period, "2031-05");
}

// A caption of rates "between" an earlier period "and" the draft's own states the own period of
// its rates, as "in June 2031" does; a corner cell that names the rows ("| Group | % |") leaves
// the line above the table its caption. Levels under such a caption are of a range: unstated.
TEST(PlantedForms, CaptionOfRatesUpToTheOwnPeriodStatesIt) {
  auto d = extract_text(
      "# Prices in Corvia, June 2031\n"
      "\n"
      "Prices went up for rice (1.4%) between May 2031 and June 2031.\n"
      "\n"
      "Cereals: percentage change between May 2031 and June 2031\n"
      "\n"
      "| Group | % |\n"
      "|---|---|\n"
      "| Rice | 1.4 |\n");
  const draft_claim prose = claim_of(d, "1.4%");
  const draft_claim row = cell(d, 9, 0);
  EXPECT_EQ(row.id, prose.id);
  EXPECT_TRUE(row.period_stated);
  EXPECT_EQ(row.caption_period, "2031-06");

  auto levels = extract_text(
      "# Trade of Corvia, June 2031\n"
      "\n"
      "Exports between May 2031 and June 2031\n"
      "\n"
      "| Group | EUR bn |\n"
      "|---|---|\n"
      "| Rice | 1.4 |\n");
  EXPECT_FALSE(cell(levels, 7, 0).period_stated);
  EXPECT_EQ(cell(levels, 7, 0).caption_period, "");
}

// A caption that names another period too says nothing of one cell's period.
TEST(PlantedForms, CaptionNamingTwoPeriodsStatesNone) {
  auto d = extract_text(
      "# Trade of Corvia, May 2031\n"
      "\n"
      "| Corvian trade, May 2031 and May 2030 | EUR bn |\n"
      "|---|---|\n"
      "| Exports to the Aldren Union | 7.4 |\n");
  EXPECT_FALSE(cell(d, 5, 0).period_stated);
  EXPECT_EQ(cell(d, 5, 0).caption_period, "");
}

// "| Annual growth rates, % | ... |" over "| Bonds | -4.2 | -3.6 |": a table of rates holds no
// levels, so a row of falls is the row's rates, not a debit's size. "grew at 6.3% a year" is an
// annual rate; a rate with a direction word that names a row of annual rates ("bonds shrank by
// 3.6%") is annual where its paragraph has said "annual" and its clause names no time.
TEST(PlantedForms, ProseRateOfARowOfAnnualRates) {
  const std::string table =
      "\n\n| Annual growth rates, % | Apr 2031 | May 2031 |\n"
      "|---|---|---|\n"
      "| Loans | 5.9 | 6.3 |\n"
      "| Bonds | -4.2 | -3.6 |\n";
  auto d = extract_text(
      "# Credit in Corvia: May 2031\n\n"
      "Annual growth slowed again. Loans grew at 6.3% a year, while bonds "
      "shrank by 3.6%." +
      table);
  EXPECT_EQ(claim_of(d, "-3.6").id, "bonds.growth_yoy");
  EXPECT_EQ(claim_of(d, "3.6%").id, "bonds.growth_yoy");
  EXPECT_DOUBLE_EQ(claim_of(d, "3.6%").q.number, -3.6);
  EXPECT_EQ(claim_of(d, "6.3%").id, "loans.growth_yoy");
  EXPECT_EQ(claim_of(d, "6.3").id, "loans.growth_yoy");
  // No word of a year in its paragraph, or a time in its clause: its own span.
  for (const char* text : {"Bonds shrank by 3.6%.",
                           "Annual growth slowed. Bonds shrank by 3.6% "
                           "this quarter."}) {
    auto other = extract_text(std::string("# Credit in Corvia: May 2031\n\n") + text + table);
    EXPECT_EQ(claim_of(other, "3.6%").id, "bonds.growth") << text;
  }
}

// "The employment survey counted 2,345,600 paid jobs, that is 6,100 (0.3 percent) more": a
// change that borrows the counted thing of the level before it ("jobs" of "paid jobs") is that
// level's change, with its rate, whatever named the counter ("the employment survey").
TEST(PlantedForms, ChangeOfACountAfterItsQualifiedLevel) {
  auto d = extract_text(
      "# Labour market of Corvia: June 2031 quarter\n\n"
      "The employment survey counted 2,345,600 paid jobs, that is 6,100 (0.3 percent) more than "
      "in the March 2031 quarter.\n");
  EXPECT_EQ(claim_of(d, "2,345,600 paid jobs").id, "paid_jobs");
  EXPECT_EQ(claim_of(d, "6,100").id, "paid_jobs.change");
  EXPECT_EQ(claim_of(d, "0.3 percent").id, "paid_jobs.growth");
}

// A row that names a whole, "excluding" and what it leaves out is the whole's row less those
// parts, a segment each (cpi.excluding_two.rents.fuel, no part of cpi.excluding.fuel: "All
// items" in a column of weights is the
// headline index the draft has named), when the table has the whole's row;
// without it ("Machinery (except vehicles)" alone) the label names a thing of its own.
TEST(PlantedForms, AnAggregateExcludingPartsIsTheWholeLessThem) {
  auto d = extract_text(
      "# Consumer price index of Marrow Isle: August 2033\n"
      "\n"
      "The consumer price index stood at 131.4 in August 2033.\n"
      "\n"
      "| Group | Weight (%) | Index, August 2033 |\n"
      "|---|---|---|\n"
      "| All items | 100.0 | 131.4 |\n"
      "| Fuel | 8.1 | 155.0 |\n"
      "| All items excluding fuel | 91.9 | 129.3 |\n"
      "| All items excluding rents and fuel | 69.4 | 124.8 |\n"
      "| Machinery (except vehicles) | 3.0 | 101.2 |\n");
  EXPECT_EQ(cell(d, 7, 0).id, "cpi.weight");
  EXPECT_EQ(cell(d, 7, 1).id, "cpi");
  EXPECT_EQ(cell(d, 9, 0).id, "cpi.excluding.fuel.weight");
  EXPECT_EQ(cell(d, 10, 0).id, "cpi.excluding_two.rents.fuel.weight");
  EXPECT_EQ(cell(d, 8, 0).id, "fuel.weight");
  EXPECT_EQ(cell(d, 11, 0).id.find("excluding"), std::string::npos) << cell(d, 11, 0).id;
}

// "Within the index, prices went up for shoes (1,4%)": the index named by its word alone is no
// parent of its own (index.shoes); the part is named as its row in the group's table is.
TEST(PlantedForms, PartWithinTheIndexIsNamedAlone) {
  auto d = extract_text(
      "# Consumer prices in Marrow Isle, March 2033\n"
      "\n"
      "The index for clothing rose by 0,8% between February 2033 and March 2033. Within the "
      "index, prices went up for shoes (1,4%) and went down for coats (-0,6%).\n"
      "\n"
      "| Group | % |\n"
      "|---|---|\n"
      "| Clothing | 0,8 |\n"
      "| Shoes | 1,4 |\n");
  const draft_claim prose = claim_of(d, "1,4%");
  EXPECT_EQ(prose.id, "shoes.growth");
  EXPECT_EQ(cell(d, 8, 0).id, prose.id);
}

// "the housing index's annual rate": the index of a named group is the group's, as its row
// "| Housing |" is; the possessive names no word of its own.
TEST(PlantedForms, AGroupsIndexIsTheGroup) {
  auto d = extract_text(
      "# Consumer prices in Marrow Isle, March 2033\n"
      "\n"
      "Over the year to March 2033 the housing index's annual rate fell to 2,1%.\n"
      "\n"
      "| Main groups | Percentage change between | | |\n"
      "|---|---|---|---|\n"
      "| | February 2032 and February 2033 | February 2033 and March 2033 | March 2032 and "
      "March 2033 |\n"
      "| | % | % | % |\n"
      "| Housing | 2,5 | 0,2 | 2,1 |\n");
  const draft_claim prose = claim_of(d, "2,1%");
  EXPECT_EQ(prose.id.substr(0, prose.id.find('.')), "housing");
  EXPECT_EQ(cell(d, 9, 2).id, "housing.growth_yoy");
}

// "Among economic blocs, Westmark was the largest supplier": the phrase opening on "among" names
// the set the subject is picked from, and a partner that supplies the country is where its
// imports come from. So the level, its share and the level a year before are Westmark's
// imports, and a slip of currency between the two levels meets a rule.
TEST(PlantedForms, AmongASetTheNamedPartnerSupplies) {
  auto d = extract_text(
      "# Foreign trade of Corvia, March 2032\n"
      "\n"
      "Among economic blocs, Westmark was the largest supplier, with USD2.41 billion or 31.6 "
      "percent of total imports, 3.9 percent more than the USD2.32 billion of March 2031.\n");
  EXPECT_EQ(claim_of(d, "USD2.41 billion").id, "westmark.imports");
  EXPECT_EQ(claim_of(d, "31.6").id, "westmark.imports.share");
  EXPECT_EQ(claim_of(d, "USD2.32 billion").id, "westmark.2031-03.imports");
}

// Without "among", a phrase before the subject still names it: "For the EU, exports ...".
TEST(PlantedForms, AnOpeningPhraseThatIsNoSetStillNames) {
  auto d = extract_text(
      "# Foreign trade of Corvia, March 2032\n"
      "\n"
      "For the Aldren Union, the exports of Corvia came to USD1.20 billion in March 2032.\n");
  EXPECT_EQ(claim_of(d, "USD1.20 billion").id, "aldren_union.exports");
}

// "puts the country's gross domestic product (GDP) in I quarter 2018 at EUR 9.8 billion": a
// report verb's object names the level though it holds its acronym in brackets and its period,
// not the words of the clause before it ("worked out from econometric models").
TEST(PlantedForms, AReportedObjectWithItsAcronymAndPeriod) {
  auto d = extract_text(
      "# Gross domestic product in II quarter 2032: flash estimate\n"
      "\n"
      "The office's flash estimate, drawn up from tax data and from statistical models, puts "
      "the country's gross domestic product (GDP) in II quarter 2032 at EUR 14.2 billion at "
      "current prices.\n");
  EXPECT_EQ(claim_of(d, "EUR 14.2 billion").id, "gdp.current_prices");
}

// "the real change in GDP ... stood at 0.6%": "change" after "real" (a lexicon growth_noun
// phrase) and before "in" is a noun, not the clause's verb, so "in GDP" names what changed.
TEST(PlantedForms, TheRealChangeInANamedAggregate) {
  auto d = extract_text(
      "# Gross domestic product in II quarter 2032: flash estimate\n"
      "\n"
      "Against I quarter 2032, the real change in GDP, seasonally and calendar adjusted, stood "
      "at 0.6%.\n");
  EXPECT_EQ(claim_of(d, "0.6%").id, "gdp.growth");
}

}  // namespace
}  // namespace crossfoot::testing
