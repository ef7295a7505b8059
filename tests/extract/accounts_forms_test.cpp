// Forms of national accounts releases (issue 9): a volume index by year and quarter under a
// caption naming the aggregate, aggregates by their usual names ("gross domestic product in
// volume terms" is gdp), acronyms in brackets, lists of rates sharing one unit, "points" of a
// contribution, periods of "when" clauses. The sentences are written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string index_table =
    "# Corvian economy, first quarter of 2031\n"
    "\n"
    "GDP (volume), seasonally adjusted\n"
    "\n"
    "| Year | Quarter | Index (2015=100) |\n"
    "|---|---|---|\n"
    "| 2030 | Quarter 3 | 108.2 |\n"
    "| 2030 | Quarter 4 | 109.0 |\n"
    "| 2031 | Quarter 1 | 108.5 |\n";

// "2030 Quarter 3" (a year cell and a quarter cell joined) and "Quarter 3 2030" are quarters.
TEST(AccountsForms, QuarterWrittenAsAWord) {
  EXPECT_EQ(period_written("2030 Quarter 3"), "2030-Q3");
  EXPECT_EQ(period_written("Quarter 4 2030"), "2030-Q4");
  EXPECT_EQ(period_written("2030 Quarter 5"), "");
}

// A series of one number a row: the cells are the index levels of what the caption names, in
// the rows' periods; the quarter's cell holds no claim, and "Year" is no unit.
TEST(AccountsForms, IndexSeriesByYearAndQuarter) {
  auto d = extract_text(index_table);
  for (int line : {7, 8, 9}) {
    const std::vector<draft_claim> row = on_line(d, line);
    ASSERT_EQ(row.size(), 1U) << "line " << line << ": the quarter's number is no claim";
    EXPECT_EQ(row[0].kind, claim_kind::level);
    EXPECT_NE(editor_unit(row[0]).find("index"), std::string::npos) << editor_unit(row[0]);
  }
  EXPECT_EQ(cell(d, 7, 0).id, "gdp.2030-Q3");
  EXPECT_EQ(cell(d, 8, 0).id, "gdp.prev");
  EXPECT_EQ(cell(d, 9, 0).id, "gdp");
}

// A table of several numbers a row keeps its rows labelled by period unnamed by the caption
// (two columns would be one figure), and a caption naming two flows names neither.
TEST(AccountsForms, CaptionNamesOnlyASeries) {
  auto d = extract_text(
      "# Corvian trade, March 2031\n"
      "\n"
      "Goods exports and imports, seasonally adjusted\n"
      "\n"
      "| Month | Exports | Imports |\n"
      "|---|---|---|\n"
      "| | € million | € million |\n"
      "| February 2031 | 1,210 | 980 |\n"
      "| March 2031 | 1,250 | 1,010 |\n");
  const draft_claim imports = cell(d, 9, 1);
  EXPECT_EQ(imports.id.find("exports"), std::string::npos) << imports.id;
}

// "gross domestic product in volume terms", "GDP (volume)": the aggregate by its family's name,
// its volume no aspect; "GDP" in the title names no country.
TEST(AccountsForms, AggregateByItsUsualName) {
  auto d = extract_text(
      "# Corvia, first quarter of 2031: GDP up 0.4%\n"
      "\n"
      "Corvia's gross domestic product in volume terms grew by 0.4% in the first quarter of "
      "2031.\n"
      "\n"
      "Volume, percentage change on the previous quarter\n"
      "\n"
      "| | 2030 Q4 | 2031 Q1 |\n"
      "|---|---|---|\n"
      "| GDP | 0.2 | 0.4 |\n");
  ASSERT_EQ(on_line(d, 1).size(), 1U);
  EXPECT_EQ(on_line(d, 1)[0].id, "gdp.growth") << "the title's claim";
  ASSERT_EQ(on_line(d, 3).size(), 1U);
  EXPECT_EQ(on_line(d, 3)[0].id, "gdp.growth");
  EXPECT_EQ(cell(d, 9, 1).id, "gdp.growth");
}

// "gross fixed capital formation (GFCF) picked up to +0.9%": the name and its acronym are one
// subject, named by the acronym (as the table's "| GFCF |"); "picked up to" says where the rate
// went, not a bound.
TEST(AccountsForms, AcronymInBracketsNamesTheSubject) {
  auto d = extract_text(
      "On the first estimate by the Corvian Statistics Office (CSO), gross domestic product "
      "(GDP) shrank by 1.2 percent, while gross fixed capital formation (GFCF) picked up to "
      "+0.9% from +0.6%.\n");
  EXPECT_EQ(claim_of(d, "1.2 percent").id, "gdp.growth");
  const draft_claim gfcf = claim_of(d, "0.9%");
  EXPECT_EQ(gfcf.id, "gfcf.growth");
  EXPECT_EQ(gfcf.q.qual, qualifier::none);
}

// A hyphened acronym the lexicon does not know, in brackets after the words whose initials it
// is, names nothing more than those words: "the balance of trade in goods (BoT-G)" is the
// country's balance, as "the balance of trade in goods" alone is.
TEST(AccountsForms, HyphenedAcronymAfterItsWordsNamesNothingMore) {
  auto d = extract_text(
      "# Corvia's trade, May 2033\n"
      "\n"
      "In May 2033 the balance of trade in goods (BoT-G) showed a deficit of USD1.62 billion.\n");
  EXPECT_EQ(claim_of(d, "USD1.62 billion").id, "trade.balance");
}

const std::string quarter_prose =
    "# Economic contraction of 1.2 percent in Q2 2033\n"
    "\n"
    "Gross domestic product shrank by 1.2 percent in Q2 2033 compared with Q1 2033. The last "
    "larger fall came in Q4 2030, when GDP dropped 2.4 percent on the quarter before. GDP "
    "was 0.3 percent lower in Q2 2033 compared with Q2 2032. If GDP stayed at its level, "
    "growth in 2033 would be 0.9%.\n";

// A rate of the economy alone is GDP's; "in Q2 2033 compared with Q2 2032" compares with a year
// earlier (the rate's own period is not its base); a "when" clause after a period is of it; "in
// 2033" in the rate's own clause is its period.
TEST(AccountsForms, PeriodsOfNationalAccountsRates) {
  auto d = extract_text(quarter_prose);
  ASSERT_EQ(on_line(d, 1).size(), 1U);
  EXPECT_EQ(on_line(d, 1)[0].id, "gdp.growth") << "economic contraction";
  ASSERT_EQ(on_line(d, 3).size(), 4U);
  EXPECT_EQ(on_line(d, 3)[0].id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "2.4 percent").id, "gdp.2030-Q4.growth");
  EXPECT_EQ(claim_of(d, "0.3 percent").id, "gdp.growth_yoy");
  EXPECT_EQ(claim_of(d, "0.9%").id, "gdp.2033.growth");
}

// "rose to 5.7%, from 5.1% in July, and averaged 5.1% over the three months": the average is a
// figure of its own, not the month's rate.
TEST(AccountsForms, AverageAfterARateIsItsOwn) {
  auto d = extract_text(
      "# Corvian money, May 2033\n\nBroad money grew faster: the annual growth rate of M3 rose "
      "to 5.7%, from 5.1% in April, and averaged 5.3% over the three months to May.\n");
  const std::string rate = claim_of(d, "5.7%").id;
  EXPECT_EQ(rate, "broad_money.growth_yoy");
  EXPECT_EQ(claim_of(d, "5.3%").id, "broad_money.growth_average");
}

// "fell by 3.0 and 3.5 percent respectively": a bare number listed before a rate is a rate in
// its unit; things listed by their flow alone take the rates in turn.
TEST(AccountsForms, ListOfRatesSharesItsUnit) {
  auto d = extract_text(
      "# Corvia, Q2 2033\n\nExports and imports of goods and services fell by 2.0 and 2.5 "
      "percent respectively.\n");
  const draft_claim first = claim_of(d, "2.0");
  EXPECT_EQ(editor_unit(first), "%");
  EXPECT_EQ(first.kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(editor_value(first), -2.0);
  EXPECT_EQ(first.id, "trade.exports.growth");
  EXPECT_EQ(claim_of(d, "2.5 percent").id, "trade.imports.growth");
}

// "Their output was 7.1, 3.4 and 2.9 percent respectively below": the comparative after the list
// is every rate's; the things are the items of the sentence before, after its colon, one a
// semicolon apart; rates of things it cannot tell apart get no id of their own.
TEST(AccountsForms, RespectivelyOverTheListBefore) {
  auto d = extract_text(
      "# Corvia, Q2 2033\n\nBy output, three sectors lost most: mining and quarrying; trade, "
      "transport and storage; and government, education and care.\nTheir output was 7.1, 3.4 "
      "and 2.9 percent respectively below the previous quarter's.\n\nThey were 1.1 and 1.2 "
      "percent respectively lower.\n");
  const draft_claim mining = claim_of(d, "7.1");
  EXPECT_EQ(mining.kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(editor_value(mining), -7.1);
  EXPECT_EQ(mining.id, "mining_quarrying.growth");
  EXPECT_EQ(claim_of(d, "3.4").id, "transport_storage.growth");
  EXPECT_EQ(claim_of(d, "2.9 percent").id, "government_education_care.growth");
  EXPECT_FALSE(claim_of(d, "1.1").own_subject);
  EXPECT_FALSE(claim_of(d, "1.2 percent").own_subject);
}

// "points" in a sentence of growth or contributions are percentage points: "added 0.4 points to
// GDP growth, after 0.5 points the quarter before", "took 0.7 points off growth", "Changes in
// inventories contributed +0.6 points, after -0.2 points"; "index points" stay the index's.
TEST(AccountsForms, PointsOfAContribution) {
  auto d = extract_text(
      "# Corvia, Q2 2033\n\nDomestic demand added 0.4 points to GDP growth, after 0.5 points the "
      "quarter before. Foreign trade took 0.7 points off growth. Changes in inventories "
      "contributed +0.6 points, after -0.2 points. The index rose 3.2 index points.\n");
  const draft_claim added = claim_of(d, "0.4 points");
  EXPECT_EQ(editor_unit(added), "pp");
  EXPECT_EQ(added.kind, claim_kind::pp);
  EXPECT_EQ(added.id.substr(added.id.rfind('.') + 1), "contribution");
  EXPECT_EQ(claim_of(d, "0.5 points").id, added.id + ".prev");
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "0.7 points")), -0.7);
  EXPECT_EQ(claim_of(d, "+0.6 points").id, "inventories.contribution");
  EXPECT_EQ(claim_of(d, "-0.2 points").id, "inventories.contribution.prev");
  EXPECT_NE(editor_unit(claim_of(d, "3.2")), "pp");
}

// Each agency names GDP's components in its own words; the lexicon gives each the family
// accounts.rules uses, however many words the name has, so two components never share an id
// ("gross value added" and "gross fixed capital formation" were both "gross").
TEST(AccountsForms, ComponentsByTheirCatalogueNames) {
  auto d = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "Private consumption rose by 0.5%, public consumption by 0.2% and fixed investment by "
      "1.4%.\n"
      "\n"
      "Household final consumption expenditure was 1.8% higher than a year earlier.\n");
  EXPECT_EQ(claim_of(d, "0.5%").id, "household_consumption.growth");
  EXPECT_EQ(claim_of(d, "0.2%").id, "government_consumption.growth");
  EXPECT_EQ(claim_of(d, "1.4%").id, "gfcf.growth");
  EXPECT_EQ(claim_of(d, "1.8%").id, "household_consumption.growth_yoy");
  // Another name of the same component, in a draft of its own (in one draft, two rates of one
  // id are one figure stated twice: a conflict).
  auto other = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "Gross value added grew by 0.6%, while gross fixed capital formation fell by 0.9%.\n");
  EXPECT_EQ(claim_of(other, "0.6%").id, "gva.growth");
  EXPECT_EQ(claim_of(other, "0.9%").id, "gfcf.growth");
}

// "0.4 p. p.", "0.4 p.p.": percentage points as Central European releases abbreviate them; a
// rate's span written "q-o-q" or "y-o-y" after it is no subject ("Construction (+1.1%)" after
// "... 0.3% q-o-q." is construction's).
TEST(AccountsForms, AbbreviatedPointsAndSpans) {
  auto d = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "Value added rose by 0.3% q-o-q. Construction (+1.1%) led. Of the 1.9% y-o-y growth, "
      "exports contributed 0.4 p. p. and inventories 0.2 p.p.\n");
  EXPECT_EQ(claim_of(d, "+1.1%").id, "construction.growth");
  const draft_claim points = claim_of(d, "0.4 p. p.");
  EXPECT_EQ(points.kind, claim_kind::pp);
  EXPECT_EQ(claim_of(d, "0.2 p.p.").kind, claim_kind::pp);
}

// "Against the third quarter of 2031, output was 2.2% higher": a sentence that opens on what it
// compares with says so of its rate (a year before the draft's quarter: growth_yoy); "In
// mining, GVA fell 1.5%" is mining's, apart from the whole's; "In the third quarter," names a
// time and "In contrast," or "In summary," nothing; "In manufacturing, employment fell" names
// employment, a thing of its own, not manufacturing.
TEST(AccountsForms, OpeningNamesTheBaseOrThePart) {
  auto d = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "Against the third quarter of 2031, GVA was 2.2% higher. In mining, GVA fell by 1.5% on "
      "the year. In contrast, GVA rose by 0.3% on the quarter. Against Q3 2031, investment was "
      "0.8% lower.\n");
  EXPECT_EQ(claim_of(d, "2.2%").id, "gva.growth_yoy");
  EXPECT_EQ(claim_of(d, "1.5%").id, "mining.growth_yoy");
  EXPECT_EQ(claim_of(d, "0.3%").id, "gva.growth");
  EXPECT_EQ(claim_of(d, "0.8%").id, "investment.growth_yoy");

  auto own = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "In manufacturing, output rose by 2.0% on the quarter. In manufacturing, employment fell "
      "by 1.0% on the quarter. In summary, investment grew by 0.4% on the quarter.\n");
  EXPECT_NE(claim_of(own, "2.0%").id, claim_of(own, "1.0%").id);
  EXPECT_EQ(claim_of(own, "1.0%").id, "employment.growth");
  EXPECT_EQ(claim_of(own, "0.4%").id, "investment.growth");
}

// "The first estimate puts household consumption 0.5% above the previous quarter, and 1.7%
// above the same quarter of 2031": a report verb's object names the rate right after it, with no
// "at"; "the same quarter of 2031" is the draft's quarter a year earlier (growth_yoy); an
// aggregate's possessive ("Of GDP's 1.9% growth") never names the country, so "GDP" stays GDP;
// "comparison" and "though" name nothing ("it" goes on about the subject before).
TEST(AccountsForms, ReportedRatesAndTheirBases) {
  auto d = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "The first estimate puts household consumption 0.5% above the previous quarter, and "
      "1.7% above the same quarter of 2031. Investment fell by 0.3% on the quarter, though it "
      "was 1.2% up on the year. Seasonally adjusted, GDP was 0.6% higher; in the annual "
      "(y-o-y) comparison it grew by 1.9%. Of GDP's 1.9% growth, exports contributed 0.8 p. "
      "p.\n");
  EXPECT_EQ(claim_of(d, "0.5%").id, "household_consumption.growth");
  EXPECT_EQ(claim_of(d, "1.7%").id, "household_consumption.growth_yoy");
  EXPECT_EQ(claim_of(d, "0.6%").id, "gdp.growth");
  const auto yoy = std::find_if(d.claims.begin(), d.claims.end(),
                                [](const draft_claim& c) { return c.written == "1.9%"; });
  ASSERT_NE(yoy, d.claims.end());
  EXPECT_EQ(yoy->id, "gdp.growth_yoy") << "it grew by 1.9%";
  EXPECT_EQ(claim_of(d, "0.3%").id, "investment.growth");
  EXPECT_EQ(claim_of(d, "1.2%").id, "investment.growth_yoy");
}

// "| Stockbuilding | -0.3 | 0.2 |" below "| Contributions to growth: | | |": a row of a section of
// contributions holds contributions, in points, as "stockbuilding contributed 0.2 points"
// does in prose, so the table's and the prose's figures meet under one suffix.
TEST(AccountsForms, SectionOfContributions) {
  auto d = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "Volume, percentage change on the previous quarter\n"
      "\n"
      "| | 2032 Q2 | 2032 Q3 |\n"
      "|---|---|---|\n"
      "| GDP | 0.1 | 0.4 |\n"
      "| Contributions to growth: | | |\n"
      "| Stockbuilding | -0.3 | 0.2 |\n");
  const draft_claim stock = cell(d, 9, 1);
  EXPECT_EQ(stock.kind, claim_kind::pp);
  EXPECT_TRUE(stock.id.ends_with(".contribution")) << stock.id;
}

// The three contributions that make GDP's growth whole, by the names accounts.rules gives them:
// "Internal demand excluding inventory changes" is final domestic demand, and the flow word in
// "Net foreign trade" names the aggregate (net_trade), no flow of trade of its own.
TEST(AccountsForms, ContributionsOfTheWholeByTheirCatalogueNames) {
  auto d = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "Volume, percentage change on the previous quarter\n"
      "\n"
      "| | 2032 Q2 | 2032 Q3 |\n"
      "|---|---|---|\n"
      "| GDP | 0.1 | 0.4 |\n"
      "| Contributions: | | |\n"
      "| Internal demand excluding inventory changes | 0.3 | 0.5 |\n"
      "| Inventory changes | -0.4 | 0.2 |\n"
      "| Net foreign trade | 0.2 | -0.3 |\n");
  EXPECT_EQ(cell(d, 9, 1).id, "final_domestic_demand.contribution");
  EXPECT_EQ(cell(d, 10, 1).id, "inventories.contribution");
  EXPECT_EQ(cell(d, 11, 1).id, "net_trade.contribution");
  auto prose = extract_text(
      "# Corvia, third quarter of 2032\n"
      "\n"
      "Final domestic demand excluding inventories added 0.5 points to GDP growth, and net "
      "exports took 0.3 points off it.\n");
  EXPECT_EQ(claim_of(prose, "0.5 points").id, "final_domestic_demand.contribution");
  const std::string net = claim_of(prose, "0.3 points").id;
  EXPECT_TRUE(net.starts_with("net_trade.")) << net;
  EXPECT_EQ(net.find("exports"), std::string::npos) << net;
}

}  // namespace
}  // namespace crossfoot::testing
