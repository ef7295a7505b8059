// One test per reading rule of the drafts issue (section 1) and per form its section 3 lists,
// with the sentence beside the check.
#include <gtest/gtest.h>

#include <cmath>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "RMB 23.51 trillion ... a hundred times too small": money in base units of its currency.
TEST(Forms, MoneyIsInBaseUnits) {
  auto d = extract_text("China exported RMB 23.51 trillion of manufacturing products.\n");
  auto c = claim_of(d, "RMB 23.51 trillion");
  EXPECT_DOUBLE_EQ(editor_value(c), 23.51e12);
  EXPECT_EQ(editor_unit(c), "RMB");
  EXPECT_EQ(c.kind, claim_kind::level);
}

// "reads '1.7 percentage points' as 1.7%".
TEST(Forms, PercentagePointsAreNotPercent) {
  auto d =
      extract_text("Its share in the total export value increased by 1.7 percentage points.\n");
  auto c = claim_of(d, "1.7 percentage points");
  EXPECT_EQ(editor_unit(c), "pp");
  EXPECT_EQ(c.kind, claim_kind::pp);
}

// "drops every hedge ('nearly', 'more than')".
TEST(Forms, HedgesAreQualifiers) {
  auto d = extract_text(
      "China imported more than RMB 5 trillion of bulk commodities, nearly RMB 3 trillion of "
      "electronic components and about 14% of the total; clearance takes 10 minutes at most, "
      "and at least 45 routes opened. Passengers exceeded 10,000 a day.\n");
  EXPECT_EQ(claim_of(d, "RMB 5 trillion").q.qual, qualifier::more_than);
  EXPECT_EQ(claim_of(d, "RMB 3 trillion").q.qual, qualifier::nearly);
  EXPECT_EQ(claim_of(d, "14%").q.qual, qualifier::about);
  EXPECT_EQ(claim_of(d, "10 minutes").q.qual, qualifier::at_most);
  EXPECT_EQ(claim_of(d, "45 routes").q.qual, qualifier::at_least);
  EXPECT_EQ(claim_of(d, "10,000").q.qual, qualifier::more_than);
  EXPECT_EQ(claim_of(d, "RMB 5 trillion").written, "more than RMB 5 trillion");
}

// "the sign from direction words ('dropped by 3.1%' is −3.1%)".
TEST(Forms, DirectionWordsGiveTheSign) {
  auto d = extract_text(
      "The import price has dropped by 3.1% and the import volume has increased by 2.9%. "
      "Clearance time was reduced by about 80%. Grain cost 4 per cent less than a year earlier.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "3.1%").q.number, -3.1);
  EXPECT_DOUBLE_EQ(claim_of(d, "2.9%").q.number, 2.9);
  EXPECT_DOUBLE_EQ(claim_of(d, "80%").q.number, -80);
  EXPECT_DOUBLE_EQ(claim_of(d, "4 per cent").q.number, -4);
  EXPECT_EQ(claim_of(d, "3.1%").kind, claim_kind::growth);
}

// A rate after "from" is the level it changed from, whatever direction word came before.
TEST(Forms, FromNamesALevel) {
  auto d = extract_text("The Compact took 31.6% of all trade, down from 31.9% in 2023.\n");
  EXPECT_EQ(claim_of(d, "31.9%").kind, claim_kind::share);
  EXPECT_DOUBLE_EQ(claim_of(d, "31.9%").q.number, 31.9);
}

// "the kind: level, growth, share, pp change, count, rank or other".
TEST(Forms, KindsFromTheWordsAround) {
  auto d = extract_text(
      "Exports reached RMB 13.47 trillion, with an increase of 2.8%, and a rising share to "
      "56.6% in China's total export value. The number of foreign trade entities reached "
      "645,000. China's manufacturing scale ranks first in the world. It has been the largest "
      "partner for five consecutive years. Convenient measures save 1-2 days.\n");
  EXPECT_EQ(claim_of(d, "RMB 13.47 trillion").kind, claim_kind::level);
  EXPECT_EQ(claim_of(d, "2.8%").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "56.6%").kind, claim_kind::share);
  EXPECT_EQ(claim_of(d, "645,000").kind, claim_kind::count);
  EXPECT_EQ(editor_unit(claim_of(d, "645,000")), "entity");
  EXPECT_EQ(claim_of(d, "first").kind, claim_kind::rank);
  EXPECT_EQ(claim_of(d, "five consecutive years").kind, claim_kind::rank);
  EXPECT_EQ(claim_of(d, "1-2 days").kind, claim_kind::other);
}

// "a counted thing (vehicles, trains, standard containers/TEU, tons, enterprises)".
TEST(Forms, CountedThings) {
  auto d = extract_text(
      "It exported 5.221 million vehicles, operated 17,000 trains, delivered 1.9 million "
      "standard containers and carried 4.218 million tons; 723 approved exporters issued "
      "declarations.\n");
  EXPECT_EQ(editor_unit(claim_of(d, "vehicles")), "vehicle");
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "vehicles")), 5221000);
  EXPECT_EQ(editor_unit(claim_of(d, "trains")), "train");
  EXPECT_EQ(editor_unit(claim_of(d, "standard containers")), "TEU");
  EXPECT_EQ(editor_unit(claim_of(d, "tons")), "tonne");
  EXPECT_EQ(editor_unit(claim_of(d, "exporters")), "exporter");
  EXPECT_EQ(claim_of(d, "exporters").kind, claim_kind::count);
}

// "'respectively' lists are distributed to their subjects: 'operated 17,000 trains and
// delivered 1.9 million standard containers of goods, with a year-on-year increase of 6% and
// 18% respectively' gives the trains a growth of 6% and the containers 18%."
TEST(Forms, RespectivelyListsAreDistributed) {
  auto d = extract_text(
      "In 2023, China-Europe Railway Express operated 17,000 trains and delivered 1.9 million "
      "standard containers of goods, with a year-on-year increase of 6% and 18% respectively.\n");
  const auto trains = claim_of(d, "17,000 trains");
  const auto containers = claim_of(d, "standard containers");
  EXPECT_EQ(claim_of(d, "6%").id, trains.id + ".growth");
  EXPECT_EQ(claim_of(d, "18%").id, containers.id + ".growth");
  EXPECT_NE(trains.id, containers.id);
}

TEST(Forms, RespectivelyListsNameTheirSubjects) {
  auto d = extract_text(
      "In 2023, China's crude oil, natural gas and coal imports increased by 11%, 9.9% and "
      "61.8% respectively.\n");
  EXPECT_EQ(claim_of(d, "11%").id, "crude_oil.imports.growth");
  EXPECT_EQ(claim_of(d, "9.9%").id, "natural_gas.imports.growth");
  EXPECT_EQ(claim_of(d, "61.8%").id, "coal.imports.growth");
}

// "These are not claims: years and dates, section ordinals ('First,'), names ('COVID-19',
// 'RCEP')."
TEST(Forms, YearsDatesOrdinalsAndNamesAreNotClaims) {
  auto d = extract_text(
      "First, on January 12, 2024, after COVID-19, the 3rd Forum under Article 5 of the RCEP "
      "opened in 2023. Over the past two years trade rose 5% compared with five years ago.\n");
  EXPECT_EQ(written_claims(d), std::vector<std::string>{"5%"});
}

// "Ranges ('1-2 days', '1~2 days') are ranges."
TEST(Forms, RangesAreRanges) {
  auto d = extract_text("It saves 1-2 days, cuts time from 1~2 days and takes 2–3 hours.\n");
  ASSERT_EQ(d.claims.size(), 3u);
  for (const auto& c : d.claims) {
    ASSERT_TRUE(c.upper) << c.written;
    EXPECT_DOUBLE_EQ(*c.upper - c.q.number, 1) << c.written;
  }
  EXPECT_EQ(d.claims[2].written, "2–3 hours");
  // Found by the fuzzer: neither end may be a name, and a range must climb.
  for (const auto& c : extract_text("It took 2-2 days, RMB~2 RMB~2docs and 5-3rd.\n").claims) {
    EXPECT_FALSE(c.upper) << c.written;
  }
}

// "Share denominators are kept where the text gives them ('of China's total import value')."
TEST(Forms, ShareDenominatorsAreKept) {
  auto d = extract_text(
      "China imported RMB 6.19 trillion, accounting for 34.4% of China's total import value.\n");
  EXPECT_EQ(claim_of(d, "34.4%").denominator, "China's total import value");
  EXPECT_EQ(claim_of(d, "34.4%").kind, claim_kind::share);
}

// Section 3: "US$1.2bn", "€12.4 billion", "12.4 billion euros", "RMB5 trillion".
TEST(Forms, CurrencyForms) {
  auto d =
      extract_text("Sales were US$1.2bn, €12.4 billion, 12.4 billion euros and RMB5 trillion.\n");
  EXPECT_EQ(editor_unit(claim_of(d, "US$1.2bn")), "USD");
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "US$1.2bn")), 1.2e9);
  EXPECT_EQ(editor_unit(claim_of(d, "€12.4 billion")), "EUR");
  EXPECT_EQ(editor_unit(claim_of(d, "12.4 billion euros")), "EUR");
  EXPECT_DOUBLE_EQ(editor_value(claim_of(d, "RMB5 trillion")), 5e12);
}

// Section 3: "'¥5 trillion' (yuan or yen by the document's currency)".
TEST(Forms, YenSignFollowsTheDocumentsCurrency) {
  auto yuan =
      extract_text("Exports were RMB 3 trillion and imports ¥5 trillion, 2 trillion yuan.\n");
  EXPECT_EQ(editor_unit(claim_of(yuan, "¥5 trillion")), "RMB");
  auto yen = extract_text("Exports were 3 trillion yen and imports ¥5 trillion.\n");
  EXPECT_EQ(editor_unit(claim_of(yen, "¥5 trillion")), "JPY");
}

// "$" is the dollar the draft names: a Canadian release writes "$64.0 billion" for Canadian
// dollars, and a table "Millions of dollars" in them too. A claim that names the US dollar
// itself keeps it; a draft that names no other dollar, or names the US dollar as often, reads
// "$" as the US dollar.
TEST(Forms, DollarSignFollowsTheDollarTheDocumentNames) {
  auto cad = extract_text(
      "# Canadian trade, March\n\nAll values are in Canadian dollars. Exports rose to $64.0 "
      "billion, 5.2 billion dollars more than in February, or C$2.1 billion more than a year "
      "earlier; exports to the United States were US$41.3 billion. Imports from Australia were "
      "A$1.1 billion and from Switzerland CHF 0.8 billion.\n\n| Millions of dollars | March "
      "|\n|---|---|\n| Exports | 64,012 |\n");
  EXPECT_EQ(editor_unit(claim_of(cad, "$64.0 billion")), "CAD");
  EXPECT_EQ(editor_unit(claim_of(cad, "5.2 billion dollars")), "CAD");
  EXPECT_EQ(editor_unit(claim_of(cad, "US$41.3 billion")), "USD");
  EXPECT_EQ(editor_unit(claim_of(cad, "A$1.1 billion")), "AUD");
  EXPECT_EQ(editor_unit(claim_of(cad, "CHF 0.8 billion")), "CHF");
  EXPECT_EQ(editor_unit(claim_of(cad, "64,012")), "CAD");
  auto nzd = extract_text("Exports were NZ$6.1 billion, imports $6.5 billion.\n");
  EXPECT_EQ(editor_unit(claim_of(nzd, "$6.5 billion")), "NZD");
  auto usd = extract_text("Exports were $258.2 billion and imports $332.9 billion.\n");
  EXPECT_EQ(editor_unit(claim_of(usd, "$258.2 billion")), "USD");
  // Named as often as the US dollar: "$" stays the US dollar (the draft must say otherwise).
  auto tie =
      extract_text("The Canadian dollar rose against the US dollar. Exports were $64.0 billion.\n");
  EXPECT_EQ(editor_unit(claim_of(tie, "$64.0 billion")), "USD");
}

// An agency that writes its own dollar as "$" says which dollar the draft's "$" is, though
// the draft never names it; a word of the agency's name alone says nothing.
TEST(Forms, DollarSignFollowsThePublisherTheDocumentNames) {
  auto nz = extract_text(
      "# Wages, June quarter\n\nStatistics New Zealand reports that the average hourly wage "
      "reached $31.40 in the June quarter.\n");
  EXPECT_EQ(editor_unit(claim_of(nz, "$31.40")), "NZD");
  auto ca = extract_text("After Statistics Canada's release: retail sales were $52.6 billion.\n");
  EXPECT_EQ(editor_unit(claim_of(ca, "$52.6 billion")), "CAD");
  auto partner = extract_text(
      "Exports to Canada were $27.9 billion and to New Zealand $0.4 "
      "billion; national statistics as published in Canada.\n");
  EXPECT_EQ(editor_unit(claim_of(partner, "$27.9 billion")), "USD");
  // A US release that cites another agency's data: its own agency ties with it, and a source
  // cited past the opening does not count at all.
  auto cited = extract_text(
      "# Trade, May\n\nThe Census Bureau and Statistics Canada exchange their data. Exports "
      "were $27.9 billion.\n");
  EXPECT_EQ(editor_unit(claim_of(cited, "$27.9 billion")), "USD");
  std::string long_draft = "# Trade, May\n\nExports were $27.9 billion.";
  for (int i = 0; i < 40; ++i) long_draft += " The trade in goods changed in May.";
  long_draft += " Canadian figures are those of Statistics Canada.\n";
  EXPECT_EQ(editor_unit(claim_of(extract_text(long_draft), "$27.9 billion")), "USD");
  // The draft names the US dollar as often as its publisher: a tie keeps the US dollar.
  auto us = extract_text(
      "Stats NZ: imports were US$1.2 billion, exports US$1.5 billion and "
      "re-exports $0.2 billion, in US dollars.\n");
  EXPECT_EQ(editor_unit(claim_of(us, "$0.2 billion")), "USD");
  // A publisher counts once however often the opening names it: three mentions of the agency
  // weigh less than two of the currency the draft writes in.
  auto repeated = extract_text(
      "# Shipments\n\nStatistics Canada compiles these data; Statistics Canada revises them "
      "monthly, and Statistics Canada states them in US dollars. Shipments to Mexico were "
      "$4.1 billion, in US dollars.\n");
  EXPECT_EQ(editor_unit(claim_of(repeated, "$4.1 billion")), "USD");
}

// Section 3: "'−3.1%' with a Unicode minus, '17 000' with a thin space, full-width digits
// '１２.５%'".
TEST(Forms, TypographicNumbers) {
  auto d = extract_text(
      "Prices changed by \u22123.1%, the port moved 17\u2009000 trains and the share reached "
      "\uff11\uff12.\uff15%.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "3.1%").q.number, -3.1);
  EXPECT_DOUBLE_EQ(claim_of(d, "trains").q.number, 17000);
  EXPECT_DOUBLE_EQ(d.claims.back().q.number, 12.5);
  EXPECT_EQ(d.claims.back().written, "\uff11\uff12.\uff15%");
}

// Section 3: "'a quarter', 'two-thirds', 'one out of every three', 'doubled', 'fell by half'".
TEST(Forms, NumbersInWords) {
  auto d = extract_text(
      "About a quarter of firms export. Machinery is two-thirds of exports. One out of every "
      "three vehicles is electric. The surplus doubled, while sales to Corvan fell by half. "
      "Nine cities and more than half of the ports joined.\n");
  EXPECT_DOUBLE_EQ(claim_of(d, "a quarter").q.number, 25);
  EXPECT_EQ(claim_of(d, "a quarter").q.qual, qualifier::about);
  EXPECT_NEAR(claim_of(d, "two-thirds").q.number, 66.667, 1e-3);
  EXPECT_EQ(claim_of(d, "two-thirds").kind, claim_kind::share);
  EXPECT_NEAR(claim_of(d, "One out of every three").q.number, 33.333, 1e-3);
  EXPECT_DOUBLE_EQ(claim_of(d, "doubled").q.number, 100);
  EXPECT_EQ(claim_of(d, "doubled").kind, claim_kind::growth);
  EXPECT_DOUBLE_EQ(claim_of(d, "half").q.number, -50);
  EXPECT_DOUBLE_EQ(claim_of(d, "Nine cities").q.number, 9);
  EXPECT_EQ(claim_of(d, "more than half").q.qual, qualifier::more_than);
}

// "Each claim gets an id suggested from its subject phrase (equipment_manufacturing.exports)".
TEST(Forms, IdsFromTheSubjectPhrase) {
  auto d = extract_text(
      "In 2023, the export value of the equipment manufacturing industry reached RMB 13.47 "
      "trillion, with an increase of 2.8%, and a rising share to 56.6% in China's total "
      "export value.\n");
  EXPECT_EQ(claim_of(d, "13.47").id, "equipment_manufacturing.exports");
  EXPECT_EQ(claim_of(d, "2.8%").id, "equipment_manufacturing.exports.growth");
  EXPECT_EQ(claim_of(d, "56.6%").id, "equipment_manufacturing.exports.share");
}

// "the source span (line:col to line:col) and the sentence".
TEST(Forms, SpanAndSentence) {
  auto d = extract_text("# Title\n\nFirst sentence. Exports rose 5%\nin 2023. Last one.\n");
  auto c = claim_of(d, "5%");
  EXPECT_EQ(c.from.line, 3);
  EXPECT_EQ(c.from.col, 30);
  EXPECT_EQ(c.to.col, 32);
  EXPECT_EQ(c.sentence, "Exports rose 5%\nin 2023.");
}

}  // namespace
}  // namespace crossfoot::testing
