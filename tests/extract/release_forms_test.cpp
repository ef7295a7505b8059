// Forms of other agencies' releases (issue 9 items 5 and 7): amounts after a lead-in, growth
// written "or 1.5 percent" after a change, changes of a level, deficits and their changes, and
// currencies written after the scale. The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "increased $3.9 billion, or 1.5 percent, to $258.2 billion": a change, its rate, a level.
TEST(ReleaseForms, ChangeOrPercentIsGrowth) {
  auto d = extract_text(
      "# U.S. trade in April 2023\n\nExports of goods increased $3.9 billion, or 1.5 percent, to "
      "$258.2 billion in April.\n");
  const auto change = claim_of(d, "$3.9 billion");
  const auto rate = claim_of(d, "1.5 percent");
  const auto level = claim_of(d, "$258.2 billion");
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(rate.q.number, 1.5);
  EXPECT_EQ(change.kind, claim_kind::level);
  EXPECT_TRUE(change.id.ends_with(".change")) << change.id;
  // "goods" names nothing of its own: these are the country's exports.
  EXPECT_EQ(level.id, "trade.exports");
  EXPECT_EQ(rate.id, "trade.exports.growth");
}

// "€560 million (-19%) lower than a year before": the comparative after the amount's bracket
// makes it a change; "(-7%) on February 2019" compares with what follows the bracket, a year
// earlier in a February 2020 release.
TEST(ReleaseForms, BracketBeforeTheComparativeOrTheBase) {
  auto d = extract_text(
      "# Trade of Corvia, February 2020\n\nCopper exports were \u20ac560 million (-19%) lower "
      "than a year before.\n\nExports fell by \u20ac812 million (-7%) on February 2019.\n");
  const auto lower = claim_of(d, "\u20ac560 million");
  EXPECT_TRUE(lower.id.ends_with(".change")) << lower.id;
  EXPECT_DOUBLE_EQ(lower.q.number, -560);
  EXPECT_EQ(claim_of(d, "-7%").id, "trade.exports.growth_yoy");
}

TEST(ReleaseForms, AFallIsANegativeChange) {
  auto d = extract_text("Imports fell $9.2 billion to $330.1 billion.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "$9.2 billion").q.number, -9.2);
  EXPECT_DOUBLE_EQ(claim_of(d, "$330.1 billion").q.number, 330.1);
}

// "£1.9 billion (7.8 per cent)": the bracket gives the change's rate.
TEST(ReleaseForms, BracketedRateOfAChange) {
  auto d = extract_text(
      "Goods exports climbed £1.9 billion (7.8 per cent), from £23.8 billion to £25.7 "
      "billion.\n");
  EXPECT_EQ(claim_of(d, "7.8 per cent").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "£23.8 billion").period, "prev");
}

// Deficits are negative balances; a deficit that narrows is a rise of the balance.
TEST(ReleaseForms, DeficitsAndTheirChanges) {
  auto d = extract_text(
      "# UK trade: May 2012\n\nThe deficit on trade in goods and services was £2.7 billion in "
      "May, £1.4 billion narrower than in April. On goods, the deficit narrowed by £1.3 billion "
      "to £8.4 billion. The deficit with the rest of the world widened by £0.4 billion.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "£2.7 billion").q.number, -2.7);
  EXPECT_DOUBLE_EQ(claim_of(d, "£1.4 billion").q.number, 1.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "£1.3 billion").q.number, 1.3);
  EXPECT_DOUBLE_EQ(claim_of(d, "£8.4 billion").q.number, -8.4);
  EXPECT_DOUBLE_EQ(claim_of(d, "£0.4 billion").q.number, -0.4);
  EXPECT_TRUE(claim_of(d, "£1.3 billion").id.ends_with("balance.change"))
      << claim_of(d, "£1.3 billion").id;
}

// A balance that "worsened by" or "improved by" an amount, or is an amount "worse than" before,
// changed by it; "and the income balance by $0.7 billion" carries the verb before it over, also
// past a preposition in its subject ("the deficit on secondary income by").
TEST(ReleaseForms, ABalanceThatWorsenedOrImproved) {
  auto d = extract_text(
      "# Balance of payments of Corvia, second quarter\n\nThe current account deficit was $12.4 "
      "billion. That is $3.1 billion worse than in the first quarter. The services balance "
      "worsened by "
      "$2.6 billion and the income balance by $0.7 billion, while the goods balance improved by "
      "$1.2 billion. The goods deficit grew by $4.6 billion and the deficit on secondary income "
      "by $0.8 billion.\n");
  for (const char* amount :
       {"$3.1 billion", "$2.6 billion", "$0.7 billion", "$1.2 billion", "$0.8 billion"}) {
    EXPECT_TRUE(claim_of(d, amount).id.ends_with(".change"))
        << amount << " " << claim_of(d, amount).id;
  }
  EXPECT_DOUBLE_EQ(claim_of(d, "$3.1 billion").q.number, -3.1);
  EXPECT_DOUBLE_EQ(claim_of(d, "$2.6 billion").q.number, -2.6);
  EXPECT_DOUBLE_EQ(claim_of(d, "$0.7 billion").q.number, -0.7);
  EXPECT_DOUBLE_EQ(claim_of(d, "$1.2 billion").q.number, 1.2);
  EXPECT_DOUBLE_EQ(claim_of(d, "$0.8 billion").q.number,
                   claim_of(d, "$4.6 billion").q.number / 4.6 * 0.8);
  EXPECT_NE(claim_of(d, "$0.7 billion").id, claim_of(d, "$2.6 billion").id);
}

// In a sentence that tells of a revision, the amount after "from" or "instead of" is the
// figure's earlier estimate; "rose from" is still the earlier period's level.
TEST(ReleaseForms, FromInARevisionIsTheEarlierEstimate) {
  auto d = extract_text(
      "# Trade of Corvia, May 2021\n\nExports rose from $41.0 billion in April to $43.5 billion "
      "in May. April has been revised since the last release: imports from $38.2 billion to "
      "$38.6 billion, and the April balance now stands at $2.4 billion instead of $2.8 "
      "billion.\n");
  // April's earlier estimate: apart from April's level (trade.imports.prev) and May's.
  EXPECT_NE(claim_of(d, "$38.2 billion").id.find("previous_estimate"), std::string::npos)
      << claim_of(d, "$38.2 billion").id;
  EXPECT_NE(claim_of(d, "$2.8 billion").id.find("previous_estimate"), std::string::npos)
      << claim_of(d, "$2.8 billion").id;
  EXPECT_EQ(claim_of(d, "$41.0 billion").period, "prev");
}

// "€5.0 bn deficit", "ended the month €5.0 bn in deficit": the sign word after the amount.
TEST(ReleaseForms, DeficitAfterTheAmount) {
  auto d = extract_text(
      "# EU28 trade: September 2019\n\nThe EU28 had a €5.0 bn deficit. Its trade ended the month "
      "€4.0 bn in deficit, after a €2.1 bn surplus.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "€5.0 bn").q.number, -5.0);
  EXPECT_DOUBLE_EQ(claim_of(d, "€4.0 bn").q.number, -4.0);
  EXPECT_DOUBLE_EQ(claim_of(d, "€2.1 bn").q.number, 2.1);
}

// "in billions of dollars ... China ($22.8), European Union ($17.6)": the lead-in gives the
// bracketed amounts their scale, and deficits their sign.
TEST(ReleaseForms, AmountsAfterALeadIn) {
  auto d = extract_text(
      "The deficits with the largest partners, in billions of dollars, were with China ($22.8), "
      "the European Union ($17.6) and Mexico ($13.0).\n");
  const auto china = claim_of(d, "$22.8");
  EXPECT_DOUBLE_EQ(editor_value(china), -22.8e9);
  EXPECT_EQ(editor_unit(china), "USD");
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "$17.6")), -17.6e9);
  EXPECT_NE(china.id, claim_of(d, "$17.6").id);
}

TEST(ReleaseForms, CurrencyAfterTheScaleAndTheUnitWordAlone) {
  auto d = extract_text("Exports were 52.2 billion euros (+1.6%), imports 5.0 bn EUR.\n");
  EXPECT_EQ(editor_unit(claim_of(d, "52.2 billion euros")), "EUR");
  EXPECT_EQ(claim_of(d, "+1.6%").kind, claim_kind::growth);
}

// "(+0.1% after +0.6%)", "fell by 0.7% after rising 1.4%": the rate after "after" is the
// earlier period's, with its own direction, and its id says so.
TEST(ReleaseForms, TheRateAfterAfterIsTheEarlierPeriods) {
  auto d = extract_text(
      "# Output: third quarter of 2021\n\nHousehold spending barely moved (+0.2% after +0.9%). "
      "Exports fell by 0.4% after rising 2.2%, and imports rose faster, by 1.8% after 0.6%.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "2.2%").q.number, 2.2);  // "rising" gives its own sign
  EXPECT_EQ(claim_of(d, "2.2%").id, claim_of(d, "0.4%").id + ".prev");
  EXPECT_EQ(claim_of(d, "+0.9%").id, claim_of(d, "+0.2%").id + ".prev");
  // "imports" after the comma starts a subject of its own.
  EXPECT_EQ(claim_of(d, "1.8%").id, "trade.imports.growth");
  EXPECT_EQ(claim_of(d, "0.6%").id, "trade.imports.growth.prev");
}

// "for older workers (4.1 percent), younger workers (9.7 percent)": each rate is its name's.
TEST(ReleaseForms, ABracketAfterANameIsThatNames) {
  auto d = extract_text(
      "The jobless rate edged down for older workers (4.1 percent), younger workers (9.7 "
      "percent) and part-timers (5.5 percent).\n");
  EXPECT_EQ(claim_of(d, "4.1 percent").id, "older_workers.share");
  EXPECT_EQ(claim_of(d, "9.7 percent").id, "younger_workers.share");
  EXPECT_NE(claim_of(d, "5.5 percent").id, claim_of(d, "9.7 percent").id);
}

// "gained £0.8 billion (5.1 per cent) to reach £16.4 billion, and imports from it £0.3 billion
// (1.9 per cent) to reach £15.9 billion": the second amount is a change too, its verb left out.
TEST(ReleaseForms, AChangeWithItsVerbLeftOut) {
  auto d = extract_text(
      "Exports to the Union gained £0.8 billion (5.1 per cent) to reach £16.4 billion, and "
      "imports from it £0.3 billion (1.9 per cent) to reach £15.9 billion.\n");
  const auto change = claim_of(d, "£0.3 billion");
  EXPECT_TRUE(change.id.ends_with(".change")) << change.id;
  EXPECT_DOUBLE_EQ(change.q.number, 0.3);
  EXPECT_EQ(claim_of(d, "1.9 per cent").kind, claim_kind::growth);
  EXPECT_NE(change.id, claim_of(d, "£15.9 billion").id);
  // "from £23.8 billion to £25.7 billion": the earlier level, not a change.
  auto e = extract_text(
      "Exports gained £1.1 billion, and imports went from £23.8 billion to £25.7 billion.\n");
  EXPECT_FALSE(claim_of(e, "£23.8 billion").id.ends_with(".change"))
      << claim_of(e, "£23.8 billion").id;
}

// "more than RMB 4 trillion of ores, nearly RMB 2 trillion of machinery parts": what follows
// each amount names it; the second does not take the first one's id.
TEST(ReleaseForms, WhatFollowsAnAmountNamesIt) {
  auto d = extract_text(
      "Last year the country imported more than RMB 4 trillion of ores, nearly RMB 2 trillion of "
      "machinery parts and RMB 0.6 trillion of grain.\n");
  EXPECT_NE(claim_of(d, "more than RMB 4 trillion").id, claim_of(d, "nearly RMB 2 trillion").id);
  EXPECT_NE(claim_of(d, "nearly RMB 2 trillion").id, claim_of(d, "RMB 0.6 trillion").id);
}

// "the deficit on trade in goods and services" is the whole of trade, not its services part.
TEST(ReleaseForms, GoodsAndServicesIsTheWhole) {
  auto d = extract_text(
      "# Trade: June 2014\n\nThe deficit on trade in goods and services was £3.1 billion in "
      "June. The deficit on trade in services was £1.2 billion.\n");
  EXPECT_EQ(claim_of(d, "£3.1 billion").id, "trade.balance");
  EXPECT_EQ(claim_of(d, "£1.2 billion").id, "services.balance");
}

// What a balance is "on" says what it is a balance of: the amount compared with it is the same
// balance a year earlier, not a total of "trade".
TEST(ReleaseForms, ABalanceOnTradeKeepsItsComparison) {
  auto d = extract_text(
      "# Euro area trade in September 2019\n\nThe euro area ran a surplus of €18.7 bn on its "
      "goods trade with the rest of the world in September 2019, against +€12.6 bn a year "
      "before. Trade between the members reached €163.4 bn.\n");
  EXPECT_EQ(claim_of(d, "€18.7 bn").id, "trade.balance");
  EXPECT_EQ(claim_of(d, "+€12.6 bn").id, "trade.2018-09.balance");
  // The flow named after a claim that is not a balance still starts a subject of its own.
  auto e =
      extract_text("Exports fell by 0.7% after rising 1.4%, and imports rose faster, by 1.5%.\n");
  EXPECT_EQ(claim_of(e, "1.5%").id, "trade.imports.growth");
}

// The title's period is the draft's own: written as [document] period, so that a figure of the
// same period a year earlier is that figure's year_ago for the catalogue's growth rules.
TEST(ReleaseForms, TheTitlesPeriodIsTheDocumentsPeriod) {
  auto d = extract_text(
      "# Euro area exports in September 2019\n\nExports of goods from the euro area came to "
      "€196.2 billion, 5.2% more than in September 2018 (€186.5 bn).\n");
  EXPECT_EQ(d.period, "2019-09");
  const std::string toml = to_figures_toml(d, "draft.md");
  EXPECT_NE(toml.find("[document]\nsource = \"draft.md\"\nperiod = \"2019-09\"\n"),
            std::string::npos)
      << toml;
  EXPECT_EQ(claim_of(d, "€186.5 bn").id, "trade.2018-09.exports");
  EXPECT_TRUE(extract_text("Exports came to €196.2 billion.\n").period.empty());
}

// Payroll employment counts jobs: a bare number whose subject is "payrolls" or "employment", or
// in a table whose corner says so, is a level of jobs; "jobs" and "people" are levels too.
TEST(ReleaseForms, PayrollsCountJobs) {
  auto d = extract_text(
      "# Jobs in January 2021\n\nEmployment on nonfarm payrolls barely moved (+49,000). "
      "Business services added 97,000 jobs, 81,000 of them in temporary help.\n\n"
      "| Change in total nonfarm payroll employment | Previous estimate | Revised |\n"
      "|---|---|---|\n| November 2020 | +336,000 | +264,000 |\n");
  for (const char* written : {"+49,000", "97,000 jobs", "81,000", "+336,000", "+264,000"}) {
    const auto c = claim_of(d, written);
    EXPECT_EQ(c.kind, claim_kind::level) << written;
    EXPECT_EQ(editor_unit(c), "job") << written;
  }
  // A bare number with no counting subject stays a bare number.
  auto e = extract_text("The index stood at 104,000 in January.\n");
  EXPECT_NE(editor_unit(claim_of(e, "104,000")), "job");
}

// "Over the first four months of the year": January to the draft's month, for its sentence and
// for the next sentence of its paragraph that names no period of its own.
TEST(ReleaseForms, TheFirstMonthsOfTheYearAreARange) {
  auto d = extract_text(
      "# Trade: April 2023\n\nOver the first four months of the year the deficit shrank by $86.5 "
      "billion. Exports were up $55.9 billion. Imports rose $3.0 billion in April.\n\nExports "
      "fell $9.2 billion.\n");
  EXPECT_EQ(claim_of(d, "$86.5 billion").id, "trade.2023-01/2023-04.balance.change");
  EXPECT_EQ(claim_of(d, "$55.9 billion").id, "trade.2023-01/2023-04.exports.change");
  // A sentence naming its own period, or one in another paragraph, is not carried.
  EXPECT_EQ(claim_of(d, "$3.0 billion").id, "trade.imports.change");
  EXPECT_EQ(claim_of(d, "$9.2 billion").id, "trade.exports.change");
  auto e = extract_text(
      "# Trade: 2019\n\nOver the first nine months of 2019, exports grew by $4.0 billion.\n");
  EXPECT_EQ(claim_of(e, "$4.0 billion").period, "2019-01/2019-09");
}

// "In the five months they came to ..." in a May release: as many months as the draft's own
// month counts are January to it. Another count is a span of its own (three months to May),
// and a month lead after the months ("of 2030", "to May") bounds another span.
TEST(ReleaseForms, TheMonthsSoFarAreARange) {
  auto d = extract_text(
      "# Trade of Corvia: May 2031\n\nExports rose to $6.1 billion in May. In the five months "
      "they came to $27.4 billion. Over the three months to May, imports came to $17.0 "
      "billion. In the five months of 2030, exports were $25.0 billion.\n");
  EXPECT_EQ(claim_of(d, "$6.1 billion").id, "trade.exports");
  EXPECT_EQ(claim_of(d, "$27.4 billion").period, "2031-01/2031-05");
  EXPECT_NE(claim_of(d, "$17.0 billion").period, "2031-01/2031-05");
  EXPECT_NE(claim_of(d, "$25.0 billion").period, "2031-01/2031-05");
}

// "From January to August 2031 exports ...": a span of months opening a sentence dates its
// claims without a comma before the subject.
TEST(ReleaseForms, AnOpeningSpanOfMonthsNeedsNoComma) {
  auto d = extract_text(
      "# Trade of Corvia: August 2031\n\nExports reached $4.2 billion in August. From January "
      "to August 2031 exports came to $30.5 billion and imports to $29.8 billion.\n");
  EXPECT_EQ(claim_of(d, "$4.2 billion").id, "trade.exports");
  EXPECT_EQ(claim_of(d, "$30.5 billion").period, "2031-01/2031-08");
  EXPECT_EQ(claim_of(d, "$29.8 billion").period, "2031-01/2031-08");
}

// "..., after a rise of 3.1% in February" right after a rate on a year earlier is that rate's
// February value; after a rate on the month before it stays a rate on the month before.
TEST(ReleaseForms, AnEarlierRateAfterAYearOnYearRateIsYearOnYear) {
  auto d = extract_text(
      "# Industrial output of Corvia: March 2031\n\nOutput in March 2031 was 2.4% higher than "
      "in March 2030, after a rise of 3.1% in February. On the previous month, output fell by "
      "0.6%, after a fall of 0.2% in February.\n");
  const auto earlier_yoy = claim_of(d, "3.1%");
  EXPECT_TRUE(earlier_yoy.id.ends_with("growth_yoy.prev")) << earlier_yoy.id;
  const auto earlier_month = claim_of(d, "0.2%");
  EXPECT_TRUE(earlier_month.id.ends_with(".growth.prev")) << earlier_month.id;
}

// "so far this year" in prose is January to the draft's month, as over a table's column.
TEST(ReleaseForms, SoFarThisYearInProseIsARange) {
  auto d = extract_text(
      "# Trade of Corvia: May 2031\n\nTotal trade so far this year came to $305.5 billion. In "
      "May, total trade reached $66.6 billion.\n");
  EXPECT_EQ(claim_of(d, "$305.5 billion").period, "2031-01/2031-05");
  EXPECT_EQ(claim_of(d, "$66.6 billion").id, "trade.total");
}

// In a release of goods and services, goods are a part; beside a name, "goods" says what the
// named partner trades, and "EU countries" are the EU.
TEST(ReleaseForms, GoodsArePartBesideServices) {
  auto d = extract_text(
      "# Trade in goods and services: April 2023\n\nGoods exports dropped $9.4 billion to $167.1 "
      "billion, and services exports edged up $0.2 billion to $81.9 billion. With EU countries "
      "the goods deficit was $4.5 billion; exports to the EU reached $12.5 billion.\n");
  EXPECT_EQ(claim_of(d, "$167.1 billion").id, "goods.exports");
  EXPECT_EQ(claim_of(d, "$9.4 billion").id, "goods.exports.change");
  EXPECT_EQ(claim_of(d, "$81.9 billion").id, "services.exports");
  EXPECT_EQ(claim_of(d, "$4.5 billion").id, "eu.balance");
  EXPECT_EQ(claim_of(d, "$12.5 billion").id, "eu.exports");
  // Without services, goods are the whole of the trade.
  auto e = extract_text("# Trade: 2023\n\nGoods exports reached $30.1 billion.\n");
  EXPECT_EQ(claim_of(e, "$30.1 billion").id, "trade.exports");
}

// A moving average is a figure of its own, and a change on the same period a year earlier is
// not the change on the period before.
TEST(ReleaseForms, AveragesAndChangesOnAYearEarlier) {
  auto d = extract_text(
      "# Trade: April 2023\n\nThe deficit was $74.6 billion. Averaged over the three months to "
      "April, the deficit widened by $1.5 billion to $68.5 billion. Compared with the three "
      "months to April 2022, that average deficit was $23.4 billion smaller.\n");
  EXPECT_EQ(claim_of(d, "$74.6 billion").id, "trade.balance");
  EXPECT_EQ(claim_of(d, "$1.5 billion").id, "trade.balance.average.change");
  EXPECT_EQ(claim_of(d, "$23.4 billion").id, "trade.balance.average.change_yoy");
}

// An en dash glued to a number, after a blank, is a minus sign; between digits it is a range.
TEST(ReleaseForms, AnEnDashBeforeANumberIsAMinus) {
  auto d = extract_text(
      "# Trade: April 2023\n\n- Exports: $249.0 billion, \xE2\x80\x93"
      "3.6%\n\nDelivery took "
      "1\xE2\x80\x93"
      "2 days.\n");
  const auto rate = claim_of(d,
                             "\xE2\x80\x93"
                             "3.6%");
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(rate.q.number, -3.6);
  EXPECT_EQ(rate.id, "trade.exports.growth");
}

// Who reports a figure is not what it is about; a heading before a colon yields to a clause of
// its own after it; "to reach" after an amount is not a name.
TEST(ReleaseForms, SubjectsOfReportedFigures) {
  auto d = extract_text(
      "# Trade in goods and services: April 2023\n\nThe two agencies put the combined goods and "
      "services deficit for April at $74.6 billion, $14.0 billion wider than the revised $60.6 "
      "billion of March. Exports fell to $249.0 billion.\n\nBehind the wider gap: the goods "
      "deficit grew by $14.5 billion to $96.1 billion, and the services surplus added $0.6 "
      "billion to reach $21.6 billion.\n");
  EXPECT_EQ(claim_of(d, "$74.6 billion").id, "trade.balance");
  EXPECT_EQ(claim_of(d, "$60.6 billion").id, "trade.balance.prev");
  EXPECT_EQ(claim_of(d, "$249.0 billion").id, "trade.exports");
  EXPECT_EQ(claim_of(d, "$96.1 billion").id, "goods.balance");
  EXPECT_EQ(claim_of(d, "$0.6 billion").id, "services.balance.change");
  EXPECT_EQ(claim_of(d, "$21.6 billion").id, "services.balance");
}

// "of which" rows are parts of the row above them and take its flow.
TEST(ReleaseForms, OfWhichRowsArePartsOfTheRowAbove) {
  auto d = extract_text(
      "# Trade: February 2023\n\n| Trade, February 2023 | EUR bn |\n|---|---|\n"
      "| Exports to EU countries | 73.9 |\n| of which euro area | 52.2 |\n"
      "| Imports from EU countries | 62.8 |\n| of which euro area | 41.7 |\n");
  const auto exports = claim_of(d, "52.2");
  const auto imports = claim_of(d, "41.7");
  EXPECT_TRUE(exports.id.ends_with(".exports")) << exports.id;
  EXPECT_TRUE(imports.id.ends_with(".imports")) << imports.id;
  EXPECT_NE(exports.id, imports.id);
}

// A period right after an amount's comma, or opening a clause after a semicolon, is the
// amount's.
TEST(ReleaseForms, PeriodsAfterACommaAndAfterASemicolon) {
  auto d = extract_text(
      "# Trade: February 2023\n\nThe surplus had been the same, +16.0 billion euros, in January "
      "2023; a year earlier, in February 2022, it came to +10.7 billion euros.\n");
  EXPECT_EQ(claim_of(d, "+16.0 billion euros").period, "prev");
  EXPECT_EQ(claim_of(d, "+10.7 billion euros").period, "2022-02");
}

// "a rise of 2.0% for exports ... and of 5.1% for imports from them": the second rate repeats
// the first's construction: a growth rate, of the same partner, of the flow after "for".
TEST(ReleaseForms, AParallelRateAfterAJoiner) {
  auto d = extract_text(
      "# Trade: February 2023\n\nExports to the EU reached 73.9 billion euros and imports from it "
      "62.8 billion euros. That is a rise of 2.0% for exports to EU countries and of 5.1% for "
      "imports from them.\n");
  const auto rate = claim_of(d, "5.1%");
  EXPECT_EQ(rate.kind, claim_kind::growth);
  EXPECT_EQ(rate.id, "eu.imports.growth");
  EXPECT_EQ(claim_of(d, "2.0%").id, "eu.exports.growth");
}

// A table of estimates: the columns "Previous estimate" and "Revision" name the cells'
// roles, the "Revised" cell is the figure, and rows labelled by a month are about what the
// caption names; every cell keeps its period as a segment, so one X binds all three.
TEST(ReleaseForms, ARevisionsTableNamesItsEstimates) {
  auto d = extract_text(
      "# Jobs in January 2021\n\n| Change in total nonfarm payroll employment | Previous "
      "estimate | Revised | Revision |\n|---|---|---|---|\n| November 2020 | +336,000 | +264,000 "
      "| -72,000 |\n| December 2020 | -140,000 | -227,000 | -87,000 |\n");
  const std::string x = claim_of(d, "+264,000").id;
  EXPECT_TRUE(x.ends_with(".2020-11")) << x;
  EXPECT_EQ(claim_of(d, "+336,000").id, x + ".previous_estimate");
  EXPECT_EQ(claim_of(d, "-72,000").id, x + ".revision");
  const std::string y = claim_of(d, "-227,000").id;
  EXPECT_TRUE(y.ends_with(".2020-12")) << y;  // not .prev: the roles name X's children
  EXPECT_EQ(claim_of(d, "-140,000").id, y + ".previous_estimate");
  EXPECT_EQ(claim_of(d, "-87,000").id, y + ".revision");
}

// The id of the cell of row `row` under column `column`.
std::string cell_id(const draft_extract& d, std::string_view row, std::string_view column) {
  for (const auto& c : d.claims) {
    if (c.row == row && c.column == column) return c.id;
  }
  ADD_FAILURE() << "no cell " << row << " / " << column;
  return "";
}

// A rate in prose that names a row of a table of rates is that row's rate, named as the row's
// cell is: the draft's two statements of it are one figure, so a slip in either is a
// conflict `check --draft` finds.
TEST(ReleaseForms, ProseRateNamesATableRow) {
  auto d = extract_text(
      "# Consumer prices, June 2022\n\nOf the main groups, transport shows the highest annual "
      "rate in June, at 4.1% (3.8% in May). Housing and utilities follows with 2.2%, then "
      "clothing at 0.9%, as in May.\n\nAnnual rates of change, %\n\n| | May 2022 | Jun 2022 "
      "|\n|---|---|---|\n| Transport | 3.8 | 4.1 |\n| Housing and utilities | 2.0 | 2.2 |\n| "
      "Clothing | 0.9 | 0.9 |\n");
  const auto transport = claim_of(d, "4.1%");
  EXPECT_EQ(transport.kind, claim_kind::growth);
  EXPECT_EQ(transport.id, cell_id(d, "Transport", "Jun 2022"));
  EXPECT_EQ(claim_of(d, "3.8%").id, cell_id(d, "Transport", "May 2022"));
  EXPECT_EQ(claim_of(d, "2.2%").id, cell_id(d, "Housing and utilities", "Jun 2022"));
  EXPECT_EQ(claim_of(d, "0.9%").id, cell_id(d, "Clothing", "Jun 2022"));
  EXPECT_TRUE(transport.id.ends_with("growth_yoy")) << transport.id;
  // The paragraph said "in June": the rates after it are June's, as said as the cells' are,
  // so `check --draft` takes the two statements as one figure.
  EXPECT_TRUE(claim_of(d, "2.2%").period_stated);
  EXPECT_TRUE(claim_of(d, "3.8%").period_stated);
}

// Not when the words say it is a share, nor when the table's numbers are not all rates.
TEST(ReleaseForms, ProseShareOfATableRowStaysAShare) {
  auto share = extract_text(
      "# Consumer prices, June 2022\n\nTransport, accounting for 14.2%, rose fastest.\n\n"
      "Annual rates of change, %\n\n| | Jun 2022 |\n|---|---|\n| Transport | 4.1 |\n");
  EXPECT_EQ(claim_of(share, "14.2%").kind, claim_kind::share);
  auto made_up = extract_text(
      "# Consumer prices, June 2022\n\nTransport made up 14.2%.\n\nAnnual rates of change, "
      "%\n\n| | Jun 2022 |\n|---|---|\n| Transport | 4.1 |\n");
  EXPECT_EQ(claim_of(made_up, "14.2%").kind, claim_kind::share);
  auto levels = extract_text(
      "# Trade, June 2022\n\nMachinery stood at 31.7%.\n\nEUR bn\n\n| | Jun 2022 "
      "|\n|---|---|\n| Machinery | 41.2 |\n");
  EXPECT_EQ(claim_of(levels, "31.7%").kind, claim_kind::share);
}

// "the 2.0% of August 2018": a month after "of" is the rate's period, not what it is a share of.
TEST(ReleaseForms, MonthAfterOfIsNotAWhole) {
  auto d = extract_text(
      "# Inflation, September 2018\n\nAnnual inflation is put at 2.1% in September, a little "
      "above the 2.0% of August 2018.\n");
  EXPECT_EQ(claim_of(d, "2.0%").kind, claim_kind::growth);
  EXPECT_TRUE(claim_of(d, "2.0%").denominator.empty());
}

// "after a 1.0% rise": a direction word after a rate that an article brings in makes it a
// change, and "after" makes it the earlier one, not a second value of the same figure.
TEST(ReleaseForms, AfterARiseIsTheEarlierRate) {
  auto d = extract_text(
      "# Consumer Price Index, December 2009\n\nThe CPI went up 1.3% in the 12 months to "
      "December, after a 1.0% rise in the 12 months to November. Gasoline saw a 4.2% fall.\n");
  const auto now = claim_of(d, "1.3%"), before = claim_of(d, "1.0%");
  EXPECT_EQ(before.kind, claim_kind::growth);
  EXPECT_NE(before.id, now.id);
  EXPECT_TRUE(before.id.ends_with(".prev") || !before.period.empty()) << before.id;
  EXPECT_EQ(claim_of(d, "4.2%").kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(claim_of(d, "4.2%").q.number, -4.2);
}

// A release's identifiers and headings carry numbers that are no figures: a number after
// digits and a hyphen ("Bulletin No: 2031-047"), a time of day ("08:30"), a numbered heading
// in bold ("**2. Imports ...**") as after "#", and a selection named "Top 5".
TEST(ReleaseForms, IdentifiersTimesAndNumberedHeadingsAreNoFigures) {
  auto d = extract_text(
      "# Kestrel's trade in March 2033\n\n"
      "Bulletin No: 2031-047\nPublished at 08:30\n\n"
      "**2. Imports slip by 3.1 percent**\n\n"
      "Table 4  Top 5 Partners of Kestrel: March 2033\n\n"
      "| Partner | % |\n|---|---|\n| Valdoria | 12.5 |\n\n"
      "Imports came to 4.2 billion euros.\n");
  EXPECT_EQ(written_claims(d),
            (std::vector<std::string>{"3.1 percent", "12.5", "4.2 billion euros"}));
}

// "0,3 of a percentage point", "0.25 of a point": a fraction of a point written in digits is
// points, as "a tenth of a percentage point" is.
TEST(ReleaseForms, DigitsOfAPercentagePointArePoints) {
  auto d = extract_text(
      "# Prices in Tarn, May 2032\n\n"
      "Annual inflation was 3,4% in May 2032, 0,3 of a percentage point below April's rate.\n"
      "Core inflation moved 0.25 of a point higher.\n");
  for (const char* written : {"0,3 of a percentage point", "0.25 of a point"}) {
    EXPECT_EQ(claim_of(d, written).kind, claim_kind::pp) << written;
    EXPECT_EQ(editor_unit(claim_of(d, written)), "pp") << written;
  }
}

}  // namespace
}  // namespace crossfoot::testing
