#include <gtest/gtest.h>

#include "quantity/quantity.hpp"
#include "test_helpers.hpp"

namespace crossfoot {
namespace {

using testing::expect_level;
using testing::parse_ok;

TEST(ParseQuantity, CurrencyBeforeNumberWithScale) {
  const quantity q = parse_ok("RMB 13.47 trillion");
  EXPECT_EQ(q.qual, qualifier::none);
  EXPECT_DOUBLE_EQ(q.number, 13.47);
  EXPECT_EQ(q.decimals, 2);
  EXPECT_FALSE(q.thousands_rounded);
  expect_level(q.written_unit, "RMB", 12, "trillion");
}

TEST(ParseQuantity, CurrencyWordAfterScale) {
  const quantity q = parse_ok("42.07 trillion yuan");
  EXPECT_DOUBLE_EQ(q.number, 42.07);
  expect_level(q.written_unit, "RMB", 12, "trillion");
}

TEST(ParseQuantity, CurrencyGluedToNumber) {
  const quantity rmb = parse_ok("RMB39.1 trillion");
  EXPECT_DOUBLE_EQ(rmb.number, 39.1);
  EXPECT_EQ(rmb.decimals, 1);
  expect_level(rmb.written_unit, "RMB", 12, "trillion");

  const quantity usd = parse_ok("US$1.2bn");
  EXPECT_DOUBLE_EQ(usd.number, 1.2);
  expect_level(usd.written_unit, "USD", 9, "billion");
}

struct currency_case {
  const char* text;
  const char* dim;
};

class Currencies : public ::testing::TestWithParam<currency_case> {};

TEST_P(Currencies, MapToOneDimension) {
  const quantity q = parse_ok(GetParam().text);
  EXPECT_DOUBLE_EQ(q.number, 5);
  expect_level(q.written_unit, GetParam().dim, 9, "billion");
}

INSTANTIATE_TEST_SUITE_P(
    AllSpellings, Currencies,
    ::testing::Values(currency_case{"RMB 5 billion", "RMB"}, currency_case{"CNY 5 billion", "RMB"},
                      currency_case{"5 billion yuan", "RMB"}, currency_case{"rmb5bn", "RMB"},
                      currency_case{"USD 5 billion", "USD"}, currency_case{"US$5 billion", "USD"},
                      currency_case{"$5 billion", "USD"}, currency_case{"5 billion dollars", "USD"},
                      currency_case{"EUR 5 billion", "EUR"},
                      currency_case{"\xE2\x82\xAC"
                                    "5 billion",
                                    "EUR"},
                      currency_case{"5 billion euros", "EUR"}, currency_case{"GBP 5bn", "GBP"},
                      currency_case{"\xC2\xA3"
                                    "5bn",
                                    "GBP"},
                      currency_case{"5bn pounds", "GBP"}, currency_case{"JPY 5 billion", "JPY"},
                      currency_case{"\xC2\xA5"
                                    "5 billion",
                                    "JPY"},
                      currency_case{"5 billion yen", "JPY"},
                      currency_case{"5 billion RMB", "RMB"}));

TEST(ParseQuantity, CurrencyWithoutScaleIsALevelInUnits) {
  const quantity q = parse_ok("$250");
  EXPECT_DOUBLE_EQ(q.number, 250);
  expect_level(q.written_unit, "USD", 0, "");
}

TEST(ParseQuantity, SignBeforeCurrencyOrNumber) {
  const quantity before = parse_ok("-$62.2 billion");
  EXPECT_DOUBLE_EQ(before.number, -62.2);
  expect_level(before.written_unit, "USD", 9, "billion");

  const quantity after = parse_ok("USD -62.2 billion");
  EXPECT_DOUBLE_EQ(after.number, -62.2);
  expect_level(after.written_unit, "USD", 9, "billion");

  EXPECT_DOUBLE_EQ(parse_ok("+2.8%").number, 2.8);
  EXPECT_DOUBLE_EQ(parse_ok("- 4").number, -4);
}

TEST(ParseQuantity, UnicodeMinus) {
  const quantity q = parse_ok(
      "\xE2\x88\x92"
      "3.1%");
  EXPECT_DOUBLE_EQ(q.number, -3.1);
  EXPECT_EQ(q.decimals, 1);
  EXPECT_EQ(q.written_unit.style, unit_style::percent);
}

TEST(ParseQuantity, ThousandsSeparators) {
  EXPECT_DOUBLE_EQ(parse_ok("17,000").number, 17000);
  EXPECT_DOUBLE_EQ(parse_ok("17 000").number, 17000);
  EXPECT_DOUBLE_EQ(parse_ok("17\xE2\x80\x89"
                            "000")
                       .number,
                   17000);  // thin space
  EXPECT_DOUBLE_EQ(parse_ok("17\xE2\x80\xAF"
                            "000")
                       .number,
                   17000);  // narrow no-break space
  EXPECT_DOUBLE_EQ(parse_ok("1,234,567.89").number, 1234567.89);
  EXPECT_EQ(parse_ok("1,234,567.89").decimals, 2);
  EXPECT_DOUBLE_EQ(parse_ok("17000").number, 17000);
}

TEST(ParseQuantity, ThousandsRounded) {
  const quantity trains = parse_ok("17,000 trains");
  EXPECT_TRUE(trains.thousands_rounded);
  expect_level(trains.written_unit, "train", 0, "");
  EXPECT_TRUE(parse_ok("645,000").thousands_rounded);
  EXPECT_TRUE(parse_ok("1000").thousands_rounded);
  EXPECT_FALSE(parse_ok("1,500").thousands_rounded);
  EXPECT_FALSE(parse_ok("723").thousands_rounded);
  EXPECT_FALSE(parse_ok("17,000.0").thousands_rounded);  // a written decimal says otherwise
  EXPECT_FALSE(parse_ok("000").thousands_rounded);
}

TEST(ParseQuantity, Decimals) {
  EXPECT_EQ(parse_ok("723").decimals, 0);
  EXPECT_EQ(parse_ok("548.30").decimals, 2);
  EXPECT_EQ(parse_ok("0.125").decimals, 3);
}

TEST(ParseQuantity, Scales) {
  expect_level(parse_ok("4 thousand").written_unit, "", 3, "thousand");
  expect_level(parse_ok("4 Million").written_unit, "", 6, "million");
  expect_level(parse_ok("4 BILLION").written_unit, "", 9, "billion");
  expect_level(parse_ok("4 trillion").written_unit, "", 12, "trillion");
  expect_level(parse_ok("4k").written_unit, "", 3, "thousand");
  expect_level(parse_ok("4 K").written_unit, "", 3, "thousand");
  expect_level(parse_ok("1.2m").written_unit, "", 6, "million");
  expect_level(parse_ok("1.2M").written_unit, "", 6, "million");
  expect_level(parse_ok("4bn").written_unit, "", 9, "billion");
  expect_level(parse_ok("4 tn").written_unit, "", 12, "trillion");
}

TEST(ParseQuantity, BareScaledCountIsDimensionlessLevel) {
  const quantity q = parse_ok("3 million");
  EXPECT_DOUBLE_EQ(q.number, 3);
  EXPECT_TRUE(q.written_unit.dim.dimensionless());
  EXPECT_EQ(q.written_unit.style, unit_style::level);
  EXPECT_EQ(q.written_unit.scale_exp, 6);
  EXPECT_EQ(q.written_unit.scale_word, "million");
}

TEST(ParseQuantity, PlainNumber) {
  const quantity q = parse_ok("723");
  EXPECT_EQ(q.written_unit.style, unit_style::number);
  EXPECT_TRUE(q.written_unit.dim.dimensionless());
  EXPECT_EQ(q.written_unit.scale_exp, 0);
}

TEST(ParseQuantity, SpacedMIsACountedThingNotAScale) {
  // "m" is a scale only when glued to the number.
  expect_level(parse_ok("1.2 m").written_unit, "m", 0, "");
  // Scale abbreviations need a word end: "kg" is not "k" + "g".
  expect_level(parse_ok("5 kg").written_unit, "kg", 0, "");
}

TEST(ParseQuantity, PercentSpellings) {
  for (const char* text : {"56.6%", "56.6 %", "56.6 percent", "56.6 per cent", "56.6 Percent"}) {
    const quantity q = parse_ok(text);
    EXPECT_DOUBLE_EQ(q.number, 56.6) << text;
    EXPECT_EQ(q.written_unit.style, unit_style::percent) << text;
    EXPECT_TRUE(q.written_unit.dim.dimensionless()) << text;
  }
}

TEST(ParseQuantity, PointsSpellings) {
  for (const char* text :
       {"1.7pp", "1.7 pp", "1.7%p", "1.7 percentage points", "1.7 percentage point",
        "1.7 percent points", "1.7 per cent points", "1.7 PP", "1.7 p. p.", "1.7 p.p."}) {
    const quantity q = parse_ok(text);
    EXPECT_DOUBLE_EQ(q.number, 1.7) << text;
    EXPECT_EQ(q.written_unit.style, unit_style::points) << text;
  }
}

TEST(ParseQuantity, TimesIsAPlainNumber) {
  const quantity q = parse_ok("2.5 times");
  EXPECT_DOUBLE_EQ(q.number, 2.5);
  EXPECT_EQ(q.written_unit.style, unit_style::number);
}

TEST(ParseQuantity, CountedThingsAreNormalised) {
  expect_level(parse_ok("5.221 million vehicles").written_unit, "vehicle", 6, "million");
  // The lexicon's unit for a counted word names it as the draft reader does.
  expect_level(parse_ok("28.75 million TEU").written_unit, "TEU", 6, "million");
  expect_level(parse_ok("12 tons").written_unit, "tonne", 0, "");
  expect_level(parse_ok("300 people").written_unit, "person", 0, "");
  // "persons" and "people" count one thing (lexicon::counted_name).
  expect_level(parse_ok("28,288 thousand persons").written_unit, "person", 3, "thousand");
  expect_level(parse_ok("40 units").written_unit, "unit", 0, "");
  expect_level(parse_ok("9 gas").written_unit, "gas", 0, "");      // three letters: kept
  expect_level(parse_ok("9 glass").written_unit, "glass", 0, "");  // 'ss': kept
  expect_level(parse_ok("7 Standard  Containers").written_unit, "standard container", 0, "");
  expect_level(parse_ok("2 twenty-foot containers").written_unit, "twenty-foot container", 0, "");
}

struct qualifier_case {
  const char* text;
  qualifier expected;
};

class QualifiedQuantities : public ::testing::TestWithParam<qualifier_case> {};

TEST_P(QualifiedQuantities, ReadTheQualifier) {
  const quantity q = parse_ok(GetParam().text);
  EXPECT_EQ(q.qual, GetParam().expected);
  EXPECT_DOUBLE_EQ(q.number, 5);
  expect_level(q.written_unit, "RMB", 12, "trillion");
}

INSTANTIATE_TEST_SUITE_P(
    EveryWord, QualifiedQuantities,
    ::testing::Values(qualifier_case{"nearly RMB 5 trillion", qualifier::nearly},
                      qualifier_case{"about RMB 5 trillion", qualifier::about},
                      qualifier_case{"around RMB 5 trillion", qualifier::about},
                      qualifier_case{"approximately RMB 5 trillion", qualifier::about},
                      qualifier_case{"over RMB 5 trillion", qualifier::more_than},
                      qualifier_case{"more than RMB 5 trillion", qualifier::more_than},
                      qualifier_case{"More  Than RMB 5 trillion", qualifier::more_than},
                      qualifier_case{"less than RMB 5 trillion", qualifier::less_than},
                      qualifier_case{"under RMB 5 trillion", qualifier::less_than},
                      qualifier_case{"at least RMB 5 trillion", qualifier::at_least},
                      qualifier_case{"at most RMB 5 trillion", qualifier::at_most},
                      qualifier_case{"UP TO RMB 5 trillion", qualifier::at_most},
                      qualifier_case{"about 5 trillion yuan", qualifier::about}));

TEST(ParseQuantity, QualifierSignAndCurrencyTogether) {
  const quantity q = parse_ok("nearly -US$3.5bn");
  EXPECT_EQ(q.qual, qualifier::nearly);
  EXPECT_DOUBLE_EQ(q.number, -3.5);
  expect_level(q.written_unit, "USD", 9, "billion");
}

TEST(ParseQuantity, WhiteSpaceAroundIsAllowed) {
  const quantity q = parse_ok("  \t20%\xE2\x80\x89 ");
  EXPECT_DOUBLE_EQ(q.number, 20);
  EXPECT_EQ(q.written_unit.style, unit_style::percent);
}

}  // namespace
}  // namespace crossfoot
