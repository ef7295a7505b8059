// check --draft: claims that only happen to share a suggested id are separate figures.
#include <gtest/gtest.h>

#include "draft/draft_figures.hpp"
#include "extract/extract.hpp"

namespace crossfoot::testing {
namespace {

draft_extract extract_text(const std::string& text) {
  diagnostics ds;
  auto d = extract_draft_text("draft.md", text, ds);
  EXPECT_TRUE(d) << render_all(ds);
  return d ? *d : draft_extract{};
}

const draft_claim& written(const draft_extract& d, const std::string& w) {
  for (const draft_claim& c : d.claims) {
    if (c.written.find(w) != std::string::npos) return c;
  }
  ADD_FAILURE() << "no claim " << w;
  return d.claims.front();
}

TEST(SeparateClaims, BorrowedSubjectIsAFigureOfItsOwn) {
  draft_extract d =
      extract_text("The number of trading enterprises reached 8,350, of which 1,120 were new.\n");
  ASSERT_EQ(written(d, "8,350").id, written(d, "1,120").id);  // the extractor's guess repeats
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "8,350").id, "enterprises");
  EXPECT_EQ(written(d, "1,120").id, "enterprises_2");
}

// "The trend of the jobless rate ... stood at 5.6 per cent" is said of a series the draft names
// once: not the same figure as "The jobless rate came to 5.4 per cent". A series the draft names
// throughout ("Seasonally adjusted, ..." twice) is its own, and its claims meet the others.
TEST(SeparateClaims, ASeriesSaidOnceIsAFigureOfItsOwn) {
  draft_extract d = extract_text(
      "# Vestland, June 2031\n\nThe jobless rate came to 5.4 per cent in June. The trend of the "
      "jobless rate, smoothed, stood at 5.6 per cent.\n");
  const std::string id = written(d, "5.4").id;
  ASSERT_EQ(id, written(d, "5.6").id);  // the extractor's guess repeats
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "5.4").id, id);
  EXPECT_EQ(written(d, "5.6").id, id + "_2");

  draft_extract main = extract_text(
      "# Vestland, June 2031\n\nSeasonally adjusted, the jobless rate came to 5.4 per cent. The "
      "jobless rate was 5.9 per cent.\n\nSeasonally adjusted, 88,000 people were jobless.\n");
  const std::string rate = written(main, "5.4").id;
  ASSERT_EQ(rate, written(main, "5.9").id);
  separate_unrelated_claims(main);
  EXPECT_EQ(written(main, "5.9").id, rate) << "one figure, a conflict for the check";
}

TEST(SeparateClaims, OtherUnitIsAFigureOfItsOwn) {
  draft_extract d = extract_text(
      "- Shipments to the Aldren Union were worth €12.4 billion, roughly 95 billion "
      "yuan, in 2025.\n");
  const std::string id = written(d, "12.4").id;
  ASSERT_EQ(id, written(d, "95").id);
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "12.4").id, id);
  EXPECT_EQ(written(d, "95").id, id + "_2");
}

// A level kept apart takes its sentence's change and rate with it: checking "€300 million
// (+2%) more" against the month's €4,100 million would report an error the draft does not have.
// ("over the season": a span the reader does not place, so the id repeats; "Exports over January
// to May 2031 together reached" is read as of those months since session 17.)
TEST(SeparateClaims, AFigureKeptApartTakesItsChangeAndRate) {
  draft_extract d = extract_text(
      "# Trade of Corvia, May 2031\n\nBefore adjustment, goods exported in May 2031 were worth "
      "€4,100 million, a fall of €200 million (-5%) on May 2030. Exports over the season "
      "together reached €19,500 million, €300 million (+2%) more than in the first five "
      "months of 2030.\n");
  const std::string id = written(d, "4,100").id;
  ASSERT_EQ(id, written(d, "19,500").id);  // the extractor's guess repeats
  ASSERT_TRUE(written(d, "€300").id.starts_with(id + "."));
  separate_unrelated_claims(d);
  const std::string apart = written(d, "19,500").id;
  ASSERT_NE(apart, id);
  EXPECT_TRUE(written(d, "€300").id.starts_with(apart + ".")) << written(d, "€300").id;
  EXPECT_TRUE(written(d, "+2%").id.starts_with(apart + ".")) << written(d, "+2%").id;
  // The month's own change and rate stay with the month.
  EXPECT_TRUE(written(d, "€200").id.starts_with(id + ".")) << written(d, "€200").id;
  EXPECT_TRUE(written(d, "-5%").id.starts_with(id + ".")) << written(d, "-5%").id;
}

// "grew by 4,200 from 612,300 to 616,500" states a change, the level before and the level of
// one figure: when that level is kept apart from an earlier statement of it, the change and the
// level before go with it, so the change is still checked against the two levels beside it. A
// claim of the id earlier in the sentence keeps the claims before the moved one.
TEST(SeparateClaims, AFigureKeptApartTakesTheChangeAndLevelBeforeIt) {
  draft_extract d = extract_text(
      "# Labour force of Orlania, 2031\n\nThe labour force of Orlania was estimated at 616,500 "
      "in 2031.\n\nOver the year the labour force grew by 4,200 from 612,300 to 616,500, while "
      "employment went up by 3,100.\n");
  auto level_on = [&](int line) -> const draft_claim& {
    for (const draft_claim& c : d.claims) {
      if (c.from.line == line && c.written == "616,500") return c;
    }
    ADD_FAILURE() << "no level on line " << line;
    return d.claims.front();
  };
  const std::string id = level_on(3).id;
  ASSERT_EQ(id, level_on(5).id);  // the extractor's guess repeats
  const std::string change = written(d, "4,200").id, before = written(d, "612,300").id;
  ASSERT_TRUE(change.starts_with(id + ".")) << change;
  ASSERT_TRUE(before.starts_with(id + ".")) << before;
  separate_unrelated_claims(d);
  const std::string apart = level_on(5).id;
  ASSERT_NE(apart, id);
  EXPECT_EQ(written(d, "4,200").id, apart + change.substr(id.size()));
  EXPECT_EQ(written(d, "612,300").id, apart + before.substr(id.size()));
  EXPECT_EQ(level_on(3).id, id);
}

// A count of people that takes its unit from its subject ("The resident population rose ...,
// to 3,120,000") and the row "| Resident population | 3,120 |" under "(000)" are one figure:
// both name what they count (the lexicon's noun_stock), so a scale slip in one meets the other.
// Things counted by a unit borrowed from elsewhere (enterprises, above) stay apart.
TEST(SeparateClaims, ACountOfPeopleAndItsRowAreOneFigure) {
  const std::string table =
      "\n\n| | Jun 2031 quarter | Annual change |\n|---|---|---|\n| | (000) | Percent |\n"
      "| Resident population | 3,120 | 1.4 |\n";
  draft_extract d = extract_text(
      "# Jobs in Corvia: June 2031 quarter\n\nThe resident population rose 1.4 percent over the "
      "year, to 3,120 million." +
      table);
  separate_unrelated_claims(d);
  std::vector<std::string> ids;
  for (const draft_claim& c : d.claims) {
    if (c.written == "3,120 million" || c.written == "3,120") ids.push_back(c.id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"resident_population", "resident_population"}));
}

// A figure is stated once in a sentence: a second claim of the sentence under the same id is
// another figure the extractor did not tell apart ("the idleness rate (16 to 64) was 21.5%"
// read as the jobless rate), kept apart; a claim of another sentence still meets the first.
TEST(SeparateClaims, AFigureIsStatedOnceInASentence) {
  draft_extract d = extract_text(
      "# Corvia labour market, third quarter 2031\n\nThe jobless rate was 4.3%.\n\nThe jobless "
      "rate for people aged 16 and over was 4.3%, and the idleness rate (16 to 64) was 21.5%.\n");
  const std::string id = written(d, "4.3").id;
  ASSERT_EQ(id, written(d, "21.5").id);  // the extractor's guess repeats
  separate_unrelated_claims(d);
  EXPECT_EQ(d.claims[0].id, id);
  EXPECT_EQ(d.claims[1].id, id) << "the other sentence's 4.3% is one figure with the first";
  EXPECT_EQ(written(d, "21.5").id, id + "_2");
}

// Two cells of one table row under one id are columns the extractor did not tell apart: none
// is named safely, so all are kept apart.
TEST(SeparateClaims, CellsOfOneRowUnderOneIdAreAllKeptApart) {
  draft_extract d = extract_text(
      "# Corvia, 2031\n\n| Area | Col A | Col B |\n|---|---|---|\n| Northmark | 584 | 543 |\n");
  const std::string id = written(d, "584").id;
  ASSERT_EQ(id, written(d, "543").id);  // the extractor's guess repeats
  separate_unrelated_claims(d);
  EXPECT_NE(written(d, "584").id, id);
  EXPECT_NE(written(d, "543").id, id);
  EXPECT_NE(written(d, "584").id, written(d, "543").id);
}

// Two rates of one sentence, each with its span in its own words right after it, are one
// figure stated twice: the sentence contradicts itself, and the check must say so.
TEST(SeparateClaims, TwoRatesOfOneSpanInOneSentenceStayOne) {
  draft_extract d = extract_text(
      "# Corvia GDP, third quarter 2031\n\nInvestment fell by 0.6% on the year, though it was "
      "still 0.9% up on the year.\n");
  const std::string id = written(d, "0.6").id;
  ASSERT_EQ(id, written(d, "0.9").id);
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "0.6").id, id);
  EXPECT_EQ(written(d, "0.9").id, id);
}

TEST(SeparateClaims, RepeatsOfOneFigureStayOne) {
  // The planted billion/trillion slip must still reach check as one figure claimed twice.
  draft_extract d = extract_text(
      "Exports reached EUR 21.4 billion in 2024.\n\nExports reached EUR 21.4 trillion in 2024.\n");
  ASSERT_EQ(d.claims.size(), 2u);
  ASSERT_TRUE(d.claims[0].own_subject && d.claims[1].own_subject);
  separate_unrelated_claims(d);
  EXPECT_EQ(d.claims[0].id, d.claims[1].id);
}

// A cell under the draft's own month says its period as plainly as prose that leaves it to
// the draft: "a deficit of $2,460m" and the balance row's "-2 460" under "Jul 2031" are one
// figure, so a sign lost in either reaches check as a conflict.
TEST(SeparateClaims, CellOfTheDraftsOwnPeriodIsTheProsesFigure) {
  draft_extract d = extract_text(
      "# Trade of Corvia, July 2031\n\nThe deficit was $2,460m.\n\n"
      "| Millions of dollars | Jun 2031 | Jul 2031 |\n|---|---|---|\n"
      "| Balance | -3 050 | 2 460 |\n");
  ASSERT_EQ(written(d, "$2,460m").id, written(d, "2 460").id);
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "$2,460m").id, written(d, "2 460").id);
}

// A rate in the title is of the draft's own period, which the title names: one figure with the
// rate a sentence says is of that period, so a slip in either is a conflict.
TEST(SeparateClaims, TitleRateIsTheOwnPeriodsRate) {
  draft_extract d = extract_text(
      "# Corvia, second quarter of 2033: GDP up 0.4%\n\n"
      "Corvia's gross domestic product grew by 1.4% in the second quarter of 2033.\n");
  ASSERT_EQ(written(d, "0.4%").id, written(d, "1.4%").id);
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "0.4%").id, written(d, "1.4%").id);
}

// One amount in two currencies is a currency slip, not a conversion: it stays one figure
// (check names both claims). A converted amount has another number (OtherUnitIsAFigureOfItsOwn).
TEST(SeparateClaims, SameAmountInTwoCurrenciesStaysOne) {
  draft_extract d = extract_text(
      "# Trade of Corvia, July 2031\n\nExports were \u20ac26.9 billion in July 2031.\n\n"
      "Exports were $26.9 billion in July 2031.\n");
  ASSERT_EQ(d.claims.size(), 2u);
  ASSERT_EQ(d.claims[0].id, d.claims[1].id);
  separate_unrelated_claims(d);
  EXPECT_EQ(d.claims[0].id, d.claims[1].id);
}

// A table's cell written again in prose, rounded and in another currency, is one figure with a
// currency slip: "USD 14.0 billion" for the row's "13 962.4" under "EUR million". Another
// amount stays apart even in another currency ("EUR 10 billion (USD 11 billion)").
TEST(SeparateClaims, RoundedAmountInAnotherCurrencyStaysOne) {
  draft_extract d = extract_text(
      "# Trade of Corvia, June 2031\n\nExports in May 2031 came to USD 14.0 billion.\n\n"
      "| EUR million | May 2031 | June 2031 |\n|---|---|---|\n"
      "| Exports | 13 962.4 | 14 870.2 |\n");
  const std::string id = written(d, "13 962.4").id;
  ASSERT_EQ(written(d, "14.0 billion").id, id);
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "14.0 billion").id, id);
  EXPECT_EQ(written(d, "13 962.4").id, id);

  draft_extract other = extract_text(
      "# Trade of Corvia, July 2031\n\nExports were EUR 10 billion in July 2031.\n\n"
      "Exports were USD 11 billion in July 2031.\n");
  ASSERT_EQ(other.claims.size(), 2u);
  ASSERT_EQ(other.claims[0].id, other.claims[1].id);
  separate_unrelated_claims(other);
  EXPECT_NE(other.claims[0].id, other.claims[1].id);
}

TEST(SeparateClaims, FreshIdsNeverTakeAnExistingOne) {
  draft_extract d =
      extract_text("The number of trading enterprises reached 8,350, of which 1,120 were new.\n");
  d.claims.push_back(d.claims.front());
  d.claims.back().id = "enterprises_2";
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "1,120").id, "enterprises_3");
}

// Two table rows whose labels read as one subject ("Fuels, oils & gas" and its sub-row
// "– refined fuels, oils & gas") are two figures: cells are one figure only in one row and
// column.
TEST(SeparateClaims, CellsOfTwoRowsAreTwoFigures) {
  draft_extract d = extract_text(
      "# Prices: June 2021\n\n"
      "| Annual rates, % | May 2021 | Jun 2021 |\n"
      "|---|---|---|\n"
      "| Fuels, oils & gas | 3.1 | 3.4 |\n"
      "| \u2013 refined fuels, oils & gas | 2.0 | 2.6 |\n");
  separate_unrelated_claims(d);
  EXPECT_NE(written(d, "3.4").id, written(d, "2.6").id);
  EXPECT_NE(written(d, "3.1").id, written(d, "2.0").id);
}

// A fresh id stays a valid id: when its last segment is a period, the number goes on its
// first segment ("enterprises.2011-05" -> "enterprises_2.2011-05", not "2011-05_2", which the
// figures loader rejects as a malformed period).
TEST(SeparateClaims, FreshIdsKeepAPeriodSegment) {
  draft_extract d =
      extract_text("The number of trading enterprises reached 8,350, of which 1,120 were new.\n");
  for (draft_claim& c : d.claims) c.id = "enterprises.2011-05";
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "8,350").id, "enterprises.2011-05");
  EXPECT_EQ(written(d, "1,120").id, "enterprises_2.2011-05");
  for (draft_claim& c : d.claims) c.id = "trade.2011-05.exports";
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "1,120").id, "trade.2011-05.exports_2");
}

// A cell of a table whose caption alone names the draft's own period is one figure with prose
// of that period, whether the prose says its period or leaves it to the draft: a digit slip
// between them is a conflict.
TEST(SeparateClaims, CellUnderOwnPeriodCaptionMeetsProse) {
  draft_extract d = extract_text(
      "# Trade of Corvia, May 2031\n\nExports to the Aldren Union reached 7.9 billion euros in "
      "May 2031, and imports from it 6.1 billion euros.\n\n"
      "| Corvian trade, May 2031 | EUR bn |\n|---|---|\n| Exports to the Aldren Union | 9.7 |\n"
      "| Imports from the Aldren Union | 6.1 |\n");
  const std::string id = written(d, "7.9").id;
  ASSERT_EQ(id, written(d, "9.7").id);
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "7.9").id, id);
  EXPECT_EQ(written(d, "9.7").id, id);
}

// "DKK 48,300 million" in prose and "48,262.7" in the table's cell of that figure: the round
// statement is read at its rounding (48,250 to 48,350), so the two are one figure without a
// conflict; a round number with no finer statement keeps its written reading, and one that
// its rounding cannot reach stays a conflict.
TEST(SeparateClaims, ARoundRestatementIsReadAtItsRounding) {
  draft_extract d = extract_text(
      "# Trade of Norland, May 2031\n\nExports came to DKK 48,300 million in May and imports to "
      "DKK 45,200 million.\n\n"
      "| DKK million | May 2031 |\n|---|---|\n| Exports | 48,262.7 |\n| Imports | 45,311.0 |\n");
  ASSERT_EQ(written(d, "48,300").id, written(d, "48,262.7").id);
  separate_unrelated_claims(d);
  const draft_claim& exports = written(d, "48,300");
  EXPECT_EQ(exports.id, written(d, "48,262.7").id);
  EXPECT_DOUBLE_EQ(exports.q.number, 48250);
  ASSERT_TRUE(exports.upper);
  EXPECT_DOUBLE_EQ(*exports.upper, 48350);
  // 45,311.0 is no rounding of 45,200: the widened reading still excludes it.
  const draft_claim& imports = written(d, "45,200");
  ASSERT_TRUE(imports.upper);
  EXPECT_LT(*imports.upper, 45311.0);
  EXPECT_FALSE(written(d, "48,262.7").upper);

  draft_extract alone = extract_text(
      "# Trade of Norland, May 2031\n\nExports came to DKK "
      "48,300 million in May.\n");
  separate_unrelated_claims(alone);
  EXPECT_FALSE(written(alone, "48,300").upper);

  // A rate is no rounding ("20%" beside 24.6% is a slip), and a level is read to two
  // significant digits at least ("1,000" to the hundred, "50" to the unit). The column of rates
  // on the month before is the prose's "rose by 20%".
  draft_extract rates = extract_text(
      "# Trade of Norland, May 2031\n\nExports rose by 20% to DKK 1,000 million; "
      "imports came to DKK 50 million.\n\n| DKK million | May 2031 | % on April 2031 |\n"
      "|---|---|---|\n| Exports | 1,013.2 | 24.6 |\n| Imports | 46.3 | 8.1 |\n");
  separate_unrelated_claims(rates);
  ASSERT_EQ(written(rates, "20%").id, written(rates, "24.6").id);
  ASSERT_EQ(written(rates, "50 million").id, written(rates, "46.3").id);
  EXPECT_FALSE(written(rates, "20%").upper);
  ASSERT_TRUE(written(rates, "1,000").upper);
  EXPECT_DOUBLE_EQ(*written(rates, "1,000").upper, 1050);
  EXPECT_FALSE(written(rates, "50 million").upper);
}

// A table row is no sentence: when the All-items level cell is kept apart from the prose's
// level (the prose gives its period, the cell does not), the row's rate cell still meets the
// prose's rate, so a slip in either is a conflict.
TEST(SeparateClaims, ARowsRateMeetsTheProseThoughItsLevelIsKeptApart) {
  draft_extract d = extract_text(
      "# Consumer prices, March 2031\n\nNorvania's Consumer Price Index (CPI) stood at 104.2 in "
      "March 2031 (2025 = 100), 2.3% above its level of March 2030.\n\n"
      "Table 1: consumer price indices and their year-on-year rates\n\n"
      "| Group | Composite CPI | | CPI(A) | |\n|---|---|---|---|---|\n"
      "| | Index for Mar 31 | % change over Mar 30 | Index for Mar 31 | % change over Mar 30 |\n"
      "| Food | 106.1 | +3.0 | 105.7 | +3.3 |\n| All items | 104.2 | +2.8 | 103.9 | +2.5 |\n");
  ASSERT_EQ(written(d, "2.3%").id, written(d, "+2.8").id);  // the extractor's guess repeats
  separate_unrelated_claims(d);
  std::vector<std::string> levels;
  for (const draft_claim& c : d.claims)
    if (c.written == "104.2") levels.push_back(c.id);
  ASSERT_EQ(levels.size(), 2u);
  ASSERT_NE(levels[0], levels[1]) << "the level cell kept apart from the prose's level";
  EXPECT_EQ(written(d, "2.3%").id, written(d, "+2.8").id) << "one rate, a conflict for the check";
}

// "In the May 2031 period, ... 7 thousand more than a year before" says its period; a change
// column on a year earlier leaves its cell's period to the draft, whose own period the prose
// says: one figure, so a slip in either is a conflict.
TEST(SeparateClaims, ProseSayingTheOwnPeriodMeetsACellLeftToTheDraft) {
  draft_extract d = extract_text(
      "# Workforce survey, May 2031\n\nIn the May 2031 period, 175 thousand persons aged 15 and\n"
      "over were unemployed, 7 thousand more than in the same period of 2030.\n\n"
      "(Thousand persons)\n\n| | May 2031 | Change on May 2030 |\n|---|---|---|\n"
      "| Unemployed | 175 | 7 |\n");
  auto at_line = [&](int line) -> const draft_claim& {
    for (const draft_claim& c : d.claims) {
      if (c.from.line == line && c.id.ends_with("change_yoy")) return c;
    }
    ADD_FAILURE() << "no change on line " << line;
    return d.claims.front();
  };
  ASSERT_EQ(at_line(4).id, "all.unemployed.change_yoy");
  ASSERT_EQ(at_line(10).id, at_line(4).id);
  ASSERT_TRUE(at_line(4).period_stated);
  separate_unrelated_claims(d);
  EXPECT_EQ(at_line(4).id, at_line(10).id);
}

// A draft whose own period the reader does not know (a title without one): a rate in a "when"
// clause after a period it cannot place ("the first quarter") is of that period, and rates
// whose words name two different periods are two figures; a rate said again of the same
// period stays one figure.
TEST(SeparateClaims, PeriodsNamedInADraftWithoutItsOwnStayApart) {
  draft_extract d = extract_text(
      "# Output of Norland: the fall slowed\n\nOutput was 1.4% lower than a year before. The "
      "fall was smaller than in the first quarter, when output was 2.6% below its level a year "
      "before.\n");
  ASSERT_EQ(written(d, "1.4%").id, written(d, "2.6%").id);  // the extractor's guess repeats
  separate_unrelated_claims(d);
  EXPECT_NE(written(d, "1.4%").id, written(d, "2.6%").id);

  draft_extract named = extract_text(
      "# Output of Norland: growth slowed\n\nOutput grew 0.5% in the fourth quarter of 2031. "
      "Output grew 0.8% in the third quarter of 2031.\n\nRevised, output grew 0.6% in the "
      "fourth quarter of 2031.\n");
  const std::string id = written(named, "0.5%").id;
  ASSERT_EQ(id, written(named, "0.8%").id);
  separate_unrelated_claims(named);
  EXPECT_NE(written(named, "0.8%").id, id);
  EXPECT_EQ(written(named, "0.6%").id, id) << "one period: a conflict to report";
}

// "In the first quarter of the fiscal year, ..." opens on a period the reader cannot place (a
// fiscal year's): the deficit there is no figure of the draft's own month, though the id
// repeats; "Over the first ten days of May" is a span of the draft's own month and stays one.
TEST(SeparateClaims, AnOpeningOfAPeriodNotPlacedIsAFigureOfItsOwn) {
  draft_extract d = extract_text(
      "# Norland's trade in goods, September 2031\n\nThe merchandise trade deficit for "
      "September 2031 was USD 4.1 billion.\n\nIn the first quarter of the fiscal year, the "
      "merchandise trade deficit came to USD 21.7 billion.\n");
  const std::string id = written(d, "4.1").id;
  ASSERT_EQ(id, written(d, "21.7").id);  // the extractor's guess repeats
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, "4.1").id, id);
  EXPECT_NE(written(d, "21.7").id, id);

  draft_extract days = extract_text(
      "# Norland's trade in goods, first ten days of May 2031\n\n| | May 2031 |\n|---|---|\n"
      "| Exports | 1,212 |\n\nOver the first ten days of May, exports came to USD 1,212 "
      "million.\n");
  EXPECT_TRUE(written(days, "USD 1,212").said_period.empty())
      << written(days, "USD 1,212").said_period;
  EXPECT_TRUE(written(d, "21.7").said_period.starts_with("first_quarter"))
      << written(d, "21.7").said_period;
}

// The two claims share the extractor's id, the first names no thing of its own, and the second
// is kept apart from it.
void expect_kept_apart(draft_extract& d, const std::string& first, const std::string& second) {
  const std::string id = written(d, first).id;
  ASSERT_EQ(id, written(d, second).id);  // the extractor's guess repeats
  EXPECT_FALSE(written(d, first).own_subject);
  separate_unrelated_claims(d);
  EXPECT_EQ(written(d, first).id, id);
  EXPECT_NE(written(d, second).id, id);
}

// "The jobless numbered 11,900 persons (4.8%)": a rate alone in brackets right after a level is
// that level's ratio to a whole its words leave unsaid, not its subject's rate said again, so
// "the largest part of the jobless (41.5%)" named alike is no second statement of it. A rate in
// brackets after a change stays the change's rate.
TEST(SeparateClaims, ARateInBracketsAfterALevelIsAFigureOfItsOwn) {
  draft_extract d = extract_text(
      "# Vestland workforce survey\n\nThe jobless numbered 11,900 persons (4.8%).\n\nBy age, the "
      "young made up the largest part of the jobless (41.5%).\n");
  expect_kept_apart(d, "4.8%", "41.5%");

  draft_extract change =
      extract_text("Exports to Aldren climbed \u00a31.9 billion (7.8 per cent) on the year.\n");
  EXPECT_EQ(written(change, "7.8 per cent").kind, claim_kind::growth);
  EXPECT_TRUE(written(change, "7.8 per cent").own_subject);
}

// "The labour force was 61.2% in towns. Participation was 48.0% in towns.": a share named only
// by "in" and a place says where it was measured, not of what; two such in prose may be of
// different wholes, and stay apart rather than make a conflict.
TEST(SeparateClaims, SharesNamedOnlyByAPlaceStayApartInProse) {
  draft_extract d = extract_text(
      "# Vestland workforce survey\n\nThe labour force was 61.2% in towns. Participation was "
      "48.0% in towns.\n");
  EXPECT_TRUE(written(d, "61.2%").named_by_place);
  expect_kept_apart(d, "61.2%", "48.0%");
}

}  // namespace

}  // namespace crossfoot::testing
