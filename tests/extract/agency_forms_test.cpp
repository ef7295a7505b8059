// Forms of labour-force and national-accounts releases of agencies outside the release corpus
// (issue 9, session 13): the sentences and tables are written for these tests, in the styles
// the probes of /work/coord/probe13-report.md found misread.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// The title's "3rd quarter 2031" is the draft's own period, so the rate "in the 2nd quarter"
// is the one before (.prev), and "the third quarter 2030" a year before it: three figures,
// where all three were gdp.growth (a false conflict) and "3rd" named a family "rd".
TEST(AgencyForms, OrdinalQuartersInProse) {
  auto d = extract_text(
      "# Corvian economy, 3rd quarter 2031\n"
      "\n"
      "Gross domestic product rose by 0.6% in the 3rd quarter (0.2% in the 2nd quarter). "
      "Compared with the third quarter 2030, GDP was 1.9% higher.\n");
  EXPECT_EQ(claim_of(d, "0.6%").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "0.2%").id, "gdp.growth.prev");
  EXPECT_EQ(claim_of(d, "0.2%").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "1.9%").id, "gdp.growth_yoy");
}

// A bracket after a rate and its period that names only another period is that rate then, of
// its kind; a bracket naming a group is not.
TEST(AgencyForms, BracketOfAnotherPeriodTakesTheRatesKind) {
  auto d = extract_text(
      "# Corvian economy, second quarter 2031\n"
      "\n"
      "Household spending grew by 0.8% in the second quarter (0.5% in the first quarter).\n");
  EXPECT_EQ(claim_of(d, "0.5%").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "0.5%").id, "household_consumption.growth.prev");
}

// "with respect to the previous quarter and by 0.9% in comparison with ...": the "to" of a base
// phrase brings in no level, and the second rate is the aggregate's on a year earlier; so is a
// rate in a sentence opening on "With respect to" a quarter a year before.
TEST(AgencyForms, BasePhrasesOfThreeWords) {
  auto d = extract_text(
      "# Corvian national accounts, fourth quarter 2031\n"
      "\n"
      "In the fourth quarter of 2031 GDP rose by 0.2% with respect to the previous quarter and by "
      "0.9% in comparison with the fourth quarter of 2030.\n"
      "\n"
      "With respect to the fourth quarter of 2030, household spending increased by 1.4 per "
      "cent.\n");
  EXPECT_EQ(claim_of(d, "0.2%").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "0.9%").id, "gdp.growth_yoy");
  EXPECT_EQ(claim_of(d, "1.4 per cent").id, "household_consumption.growth_yoy");
}

// "reversing the 0.7 per cent contraction in the first quarter": a rate named as a change
// after "the" is of the period after it, signed by its noun.
TEST(AgencyForms, TheRateOfAnotherPeriodNamedAsAChange) {
  auto d = extract_text(
      "# Corvian economy in the second quarter of 2031\n"
      "\n"
      "On a seasonally adjusted quarter-on-quarter basis, GDP expanded by 1.1 per cent, "
      "reversing the 0.7 per cent contraction in the first quarter.\n");
  EXPECT_EQ(claim_of(d, "1.1 per cent").id, "gdp.growth");
  const draft_claim earlier = claim_of(d, "0.7 per cent");
  EXPECT_EQ(earlier.id, "gdp.growth.prev");
  EXPECT_DOUBLE_EQ(earlier.q.number, -0.7);
}

// An annualised rate named before its number ("(annualized +2.4%)", "at an annualised rate
// of") is growth_annualized, of the line's aggregate, not a share or a family "annual".
TEST(AgencyForms, AnnualizedBeforeTheRate) {
  auto d = extract_text(
      "# Corvian national accounts, second quarter 2031\n"
      "\n"
      "- Real GDP: +0.6% q/q (annualized +2.4%)\n"
      "- Nominal GDP: +1.0% q/q (annualized +4.1%)\n"
      "\n"
      "Gross fixed capital formation grew at an annualised rate of 3.3%.\n");
  EXPECT_EQ(claim_of(d, "+2.4%").id, "gdp.growth_annualized");
  EXPECT_EQ(claim_of(d, "+4.1%").id, "nominal_gdp.growth_annualized");
  EXPECT_EQ(claim_of(d, "3.3%").id, "gfcf.growth_annualized");
  EXPECT_EQ(claim_of(d, "3.3%").kind, claim_kind::growth);
}

// "(y-on-y)", "(q-to-q)" and "(c-to-c)": the year to date on the same months a year earlier.
TEST(AgencyForms, SpanMarksInBrackets) {
  auto d = extract_text(
      "# Corvian economic growth, third quarter 2031\n"
      "\n"
      "The economy grew by 4.87 percent (y-on-y) and by 1.62 percent (q-to-q). Up to the third "
      "quarter, gross domestic product grew 4.95 percent (c-to-c).\n");
  EXPECT_EQ(claim_of(d, "4.87 percent").id, "gdp.growth_yoy");
  EXPECT_EQ(claim_of(d, "1.62 percent").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "4.95 percent").id, "gdp.2031-Q1/2031-Q3.growth_yoy");
}

// "revised from 1.2%", "revised up from the first estimate of 0.3%": a rate's earlier estimate,
// of its kind and span (X.growth.previous_estimate), never the rate itself; a title's three
// months of a quarter are that quarter.
TEST(AgencyForms, EarlierEstimatesOfARate) {
  auto d = extract_text(
      "# GDP first quarterly estimate, Corvia: January to March 2031\n"
      "\n"
      "Real GDP is estimated to have grown by 0.5% in the first quarter of 2031, revised up from "
      "the first estimate of 0.3%.\n"
      "\n"
      "Compared with the same quarter a year ago, GDP rose by 1.6% in the first quarter, revised "
      "from 1.4%.\n");
  EXPECT_EQ(claim_of(d, "0.5%").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "0.3%").id, "gdp.growth.previous_estimate");
  EXPECT_EQ(claim_of(d, "0.3%").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "1.6%").id, "gdp.growth_yoy");
  EXPECT_EQ(claim_of(d, "1.4%").id, "gdp.growth_yoy.previous_estimate");
}

// "persons not in the labour force", "outside the labour force", "out of the labour force"
// (lexicon complement_lead) are the inactive, never the labour force; "totalled" names no flow
// of a count of people.
TEST(AgencyForms, OutsideTheLabourForce) {
  auto d = extract_text(
      "# Corvian labour force survey, June 2031\n"
      "\n"
      "The number of persons not in the labour force was 3.12 million. People outside the "
      "labour force numbered 3.1 million a year earlier. The labour force totalled 5.44 million "
      "persons.\n");
  EXPECT_EQ(claim_of(d, "3.12 million").id, "all.inactive");
  EXPECT_EQ(claim_of(d, "5.44 million persons").id, "all.labour_force");
}

// "On a seasonally adjusted basis, the rate fell 0.2 points to 4.9 per cent": a rate named
// after the change before it is still of the series its sentence names, so it never meets
// the original series' 5.1 per cent as one figure.
TEST(AgencyForms, SeriesOfARateNamedAfterItsChange) {
  auto d = extract_text(
      "# Corvian labour force survey, June 2031\n"
      "\n"
      "The unemployment rate was 5.1 per cent in June 2031. On a seasonally adjusted basis, the "
      "unemployment rate fell 0.2 percentage points to 4.9 per cent.\n");
  EXPECT_EQ(claim_of(d, "5.1 per cent").series, "");
  EXPECT_EQ(claim_of(d, "4.9 per cent").series, "seasonally_adjusted");
}

// A key-figures list: "(May: 4.4%)" is May's rate; a bare "(70.1%)" after a rate says neither
// when nor what, so check --draft keeps it apart (no subject of its own); "(6.9%)" after
// "from the February-April quarter" is the rate then.
TEST(AgencyForms, RatesInBracketsOfAKeyFiguresList) {
  auto d = extract_text(
      "# Corvian labour force survey, June 2031\n"
      "\n"
      "- Unemployment rate: 4.2% (May: 4.4%)\n"
      "- Employment rate: 70.3% (70.1%)\n"
      "\n"
      "The unemployment rate fell to 6.6% in the quarter to June, down 0.3 percentage point "
      "from the February-April quarter (6.9%).\n");
  EXPECT_EQ(claim_of(d, "4.4%").id, "all.unemployment_rate.prev");
  EXPECT_EQ(claim_of(d, "70.3%").id, "all.employment_rate");
  EXPECT_TRUE(claim_of(d, "70.3%").own_subject);
  EXPECT_FALSE(claim_of(d, "70.1%").own_subject);
  EXPECT_EQ(claim_of(d, "6.9%").id, "all.unemployment_rate.prev");
}

// "(previously reported: 0.1%)" is a rate's earlier estimate; "revised up by $0.4 billion" is
// a revision of a level, not its change over the month (lexicon column_role phrases).
TEST(AgencyForms, RevisionsAndReportedEstimates) {
  auto d = extract_text(
      "# Corvia GDP, second quarter 2031\n"
      "\n"
      "GDP grew by 0.4% in the second quarter of 2031, after 0.2% in the first quarter "
      "(previously reported: 0.1%).\n"
      "\n"
      "Exports were revised up by $0.4 billion and imports were revised down by $0.1 "
      "billion.\n");
  EXPECT_EQ(claim_of(d, "0.1%").id, "gdp.growth.previous_estimate");
  EXPECT_EQ(claim_of(d, "$0.4 billion").id, "trade.exports.revision");
  EXPECT_EQ(claim_of(d, "$0.1 billion").id, "trade.imports.revision");
}

// Quarters numbered in Roman numerals: the title's "II quarter 2031" is the draft's own period,
// "I quarter 2031" the one before and "the II quarter of 2030" a year before it; a table's rows
// "| I |" to "| IV |" under a year's row are that year's quarters, and the last quarter's row
// is the draft's own. Read as names they were figures "ii", "iii" of two years at once (false
// conflicts).
TEST(AgencyForms, RomanNumeralQuarters) {
  auto d = extract_text(
      "# Corvian output in II quarter 2031\n"
      "\n"
      "Against I quarter 2031, GDP grew by 0.5%. GDP rose by 2.1% compared with the II quarter "
      "of 2030.\n"
      "\n"
      "Gross domestic product\n"
      "\n"
      "| | GDP, EUR million | Change on the previous quarter, % |\n"
      "|---|---|---|\n"
      "| 2030 | 40 100.0 | 3.0 |\n"
      "| I | 9 500.0 | 0.4 |\n"
      "| II | 9 900.0 | 0.6 |\n"
      "| III | 10 300.0 | 0.7 |\n"
      "| IV | 10 400.0 | 0.9 |\n"
      "| 2031 | | |\n"
      "| I | 9 800.0 | 0.3 |\n"
      "| II | 10 200.0 | 0.5 |\n");
  EXPECT_EQ(d.period, "2031-Q2");
  EXPECT_EQ(claim_of(d, "0.5%").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "2.1%").id, "gdp.growth_yoy");
  EXPECT_EQ(claim_of(d, "9 900.0").id, "gdp.2030-Q2");
  EXPECT_EQ(claim_of(d, "10 300.0").id, "gdp.2030-Q3");
  EXPECT_EQ(claim_of(d, "9 800.0").id, "gdp.prev");
  EXPECT_EQ(claim_of(d, "10 200.0").id, "gdp");
  EXPECT_EQ(cell(d, 16, 1).id, "gdp.growth");
}

// GDP at current prices is nominal, apart from the real (volume) figures the accounts' ids
// mean by default: a level said to be at current prices, in prose or under a column so headed,
// is gdp.current_prices, and a real rate beside it stays gdp.growth. As one id, current-price
// levels and real rates bound common.rules' growth_matches_levels (a false failure).
TEST(AgencyForms, LevelsAtCurrentPricesAreNominal) {
  auto d = extract_text(
      "# Corvian output, second quarter 2031\n"
      "\n"
      "GDP came to EUR 12.4 billion at current prices.\n"
      "\n"
      "Gross domestic product\n"
      "\n"
      "| | At current prices, EUR million | Change in volume on the previous quarter, % |\n"
      "|---|---|---|\n"
      "| Q1 2031 | 11 950.2 | 0.3 |\n"
      "| Q2 2031 | 12 380.6 | 0.5 |\n");
  EXPECT_EQ(claim_of(d, "EUR 12.4 billion").id, "gdp.current_prices");
  EXPECT_EQ(cell(d, 10, 0).id, "gdp.current_prices");
  EXPECT_EQ(cell(d, 9, 0).id, "gdp.current_prices.prev");
  EXPECT_EQ(cell(d, 10, 1).id, "gdp.growth");
}

// "GDP in that quarter" is of the last quarter named before it in its paragraph, not the
// draft's own (a false conflict with the own quarter's level); "the real change in GDP ...
// stood at 0.5%" is a rate of change, not a share; a column "against the respective period of
// the previous year" holds rates on a year earlier.
TEST(AgencyForms, ThatQuarterRealChangeAndRespectivePeriod) {
  auto d = extract_text(
      "# Corvian output in II quarter 2031\n"
      "\n"
      "The office revised its estimate for I quarter 2031: GDP in that quarter came to EUR 11.2 "
      "billion at current prices. Against I quarter 2031, the real change in GDP stood at "
      "0.5%.\n"
      "\n"
      "Gross domestic product\n"
      "\n"
      "| | Change against the previous period, % | Change against the respective period of the "
      "previous year, % |\n"
      "|---|---|---|\n"
      "| Q1 2031 | 0.4 | 2.0 |\n"
      "| Q2 2031 | 0.5 | 2.2 |\n");
  EXPECT_EQ(claim_of(d, "EUR 11.2 billion").period, "prev");
  EXPECT_EQ(claim_of(d, "0.5%").kind, claim_kind::growth);
  EXPECT_EQ(cell(d, 10, 0).id, "gdp.growth");
  EXPECT_EQ(cell(d, 10, 1).id, "gdp.growth_yoy");
}

// Session 16: forms of a South Asian central bank's external sector release and of a small
// statistics office's labour force survey (sentences and tables written for these tests).

// "a deficit of US dollars 285 million": the currency's name written before the amount, as
// its code would be, makes it US dollars (and the deficit signs it).
TEST(AgencyForms, UsDollarsNamedBeforeTheAmount) {
  auto d = extract_text(
      "# Corvian external sector, March 2031\n"
      "\n"
      "The trade account closed March 2031 with a deficit of US dollars 412 million, while "
      "exports came to US dollars 1,230 million.\n");
  EXPECT_EQ(editor_unit(claim_of(d, "US dollars 412 million")), "USD");
  EXPECT_EQ(claim_of(d, "US dollars 412 million").q.number, -412);
  EXPECT_EQ(editor_unit(claim_of(d, "US dollars 1,230 million")), "USD");
}

// "Rs. 363" is the Indian rupee unless the draft names another rupee or its publisher writes
// one: the Central Bank of Sri Lanka's "Rs" is the Sri Lankan rupee.
TEST(AgencyForms, RupeeSignReadByThePublisher) {
  auto indian = extract_text("# Corvian prices\n\nA litre of milk cost Rs. 48 in March.\n");
  EXPECT_EQ(editor_unit(claim_of(indian, "Rs. 48")), "INR");
  auto lankan = extract_text(
      "# External Sector Performance, March 2031\n"
      "\n"
      "Central Bank of Sri Lanka, Economic Research Department.\n"
      "\n"
      "The rupee stayed near Rs. 301 per US dollar.\n");
  EXPECT_EQ(editor_unit(claim_of(lankan, "Rs. 301")), "LKR");
  auto named = extract_text(
      "# Corvian remittances\n\nRemittances, in Nepalese rupees, came to Rs. 96 billion and "
      "Rs. 12 billion came by bank, a total of NPR 108 billion.\n");
  EXPECT_EQ(editor_unit(claim_of(named, "Rs. 96 billion")), "NPR");
}

// "passed USD 1 bn": a verb that says a level went beyond the amount bounds it from below;
// "stayed near" an amount is about it.
TEST(AgencyForms, PassedAndNearQualifyTheAmount) {
  auto d = extract_text(
      "# Corvian tourism, 2031\n\nEarnings from tourism passed USD 2 bn, and spending stayed "
      "near USD 0.4 bn.\n");
  EXPECT_EQ(claim_of(d, "USD 2 bn").q.qual, qualifier::more_than);
  EXPECT_EQ(claim_of(d, "USD 0.4 bn").q.qual, qualifier::about);
}

// "... earned more in March 2031: over January-March 2031 the earnings passed USD 1 bn": a
// clause after a colon that opens on its period is of that period, not the document's month.
TEST(AgencyForms, ColonClauseOpeningOnItsPeriod) {
  auto d = extract_text(
      "# Corvian external sector, March 2031\n"
      "\n"
      "Tourism earned more in March 2031: over January-March 2031 its earnings came to "
      "USD 1.4 bn and remittances to USD 0.9 bn.\n"
      "\n"
      "Exports: US dollars 412 million in March 2031.\n");
  EXPECT_EQ(claim_of(d, "USD 1.4 bn").period, "2031-01/2031-03");
  EXPECT_EQ(claim_of(d, "USD 0.9 bn").period, "2031-01/2031-03");
  EXPECT_NE(claim_of(d, "US dollars 412 million").period, "2031-01/2031-03");
}

// "a little up on a year earlier (39.1% in the first quarter of 2030)": the rate in brackets
// with its own period is the sentence's rate then, a level of the ratio like it, not a change.
TEST(AgencyForms, RateInBracketsWithItsPeriodIsTheRateThen) {
  auto d = extract_text(
      "# Corvian labour force survey, first quarter 2031\n"
      "\n"
      "The participation rate was 41.2%, slightly up on a year earlier (40.8% in the first "
      "quarter of 2030).\n");
  EXPECT_EQ(claim_of(d, "40.8%").kind, claim_kind::share);
  EXPECT_EQ(claim_of(d, "41.2%").kind, claim_kind::share);
}

// A table of percentages whose columns name a share or a ratio ("Participation rate") holds
// levels of those ratios; a row naming a ratio before the population it is of ("Participation
// rate, 15 and over, %") too. A rate in prose naming a row of such a table ("and women
// 46.9%") is that row's level, not its change.
TEST(AgencyForms, RatioNamedByColumnOrBeforeAComma) {
  auto d = extract_text(
      "# Corvian labour force survey, first quarter 2031\n"
      "\n"
      "Men made up 53.1% of the labour force and women 46.9%.\n"
      "\n"
      "Table 1. Labour force by sex, first quarter 2031, %\n"
      "\n"
      "| | Share of the labour force | Participation rate |\n"
      "|---|---|---|\n"
      "| Men | 53.1 | 45.2 |\n"
      "| Women | 46.9 | 36.4 |\n"
      "\n"
      "Table 2. Main indicators\n"
      "\n"
      "| Indicator | Q1 2030 | Q1 2031 |\n"
      "|---|---|---|\n"
      "| Labour force, thousand persons | 801.5 | 812.0 |\n"
      "| Participation rate, 15 and over, % | 40.8 | 41.2 |\n");
  EXPECT_EQ(cell(d, 9, 1).kind, claim_kind::share);
  EXPECT_EQ(cell(d, 10, 1).kind, claim_kind::share);
  EXPECT_EQ(cell(d, 17, 0).kind, claim_kind::share);
  EXPECT_EQ(editor_unit(cell(d, 17, 1)), "%");
  EXPECT_EQ(claim_of(d, "46.9%").kind, claim_kind::share);
}

}  // namespace
}  // namespace crossfoot::testing
