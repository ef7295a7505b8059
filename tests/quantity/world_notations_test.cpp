// Notations of agencies outside the release corpus (session 17's survey, docs/extract.md
// "Currencies, scales and digit groups of other agencies"): each as the figures file's quantity
// parser reads it, which is the grammar the draft reader reads prose with. The sentences are
// our own, in the forms the agencies' English releases use.
#include <gtest/gtest.h>

#include "quantity/quantity.hpp"
#include "test_helpers.hpp"

namespace crossfoot {
namespace {

using testing::currency_of;
using testing::expect_level;
using testing::parse_fails;
using testing::parse_ok;

// Signs a currency writes before the number, glued or apart, each of one currency only.
TEST(WorldNotations, SignsBeforeTheNumber) {
  EXPECT_EQ(currency_of("\xE2\x82\xB9"
                        "2.37 lakh crore"),
            "INR");  // ₹ (India)
  EXPECT_EQ(currency_of("\xE2\x82\xA6"
                        "35.2 trillion"),
            "NGN");  // ₦ (Nigeria)
  EXPECT_EQ(currency_of("\xE2\x82\xB1"
                        "4.1 billion"),
            "PHP");  // ₱ (Philippines)
  EXPECT_EQ(currency_of("\xE2\x82\xB4"
                        "12.5 million"),
            "UAH");  // ₴ (Ukraine)
  EXPECT_EQ(currency_of("GH\xC2\xA2"
                        "59.5 billion"),
            "GHS");  // GH¢ (Ghana)
  EXPECT_EQ(currency_of("GH\xE2\x82\xB5"
                        " 59.5 billion"),
            "GHS");  // GH₵
  EXPECT_EQ(currency_of("GHC48.1 billion"), "GHS");
  EXPECT_EQ(currency_of("NT$104.90 billion"), "TWD");
  EXPECT_EQ(currency_of("S$12.3 billion"), "SGD");
  EXPECT_EQ(currency_of("R$ 8.2 billion"), "BRL");
}

// Letters a central bank or statistics office writes for its own currency, read only with a
// capital first ("Tk", "LE", "SR", "QR", "KSh", "NIS"): in small letters they are words.
TEST(WorldNotations, CapitalisedSigns) {
  EXPECT_EQ(currency_of("Tk 5,231 crore"), "BDT");
  EXPECT_EQ(currency_of("TK1.2 lakh crore"), "BDT");
  EXPECT_EQ(currency_of("LE21.3 billion"), "EGP");
  EXPECT_EQ(currency_of("SR26.8 billion"), "SAR");
  EXPECT_EQ(currency_of("QR102.1bn"), "QAR");
  EXPECT_EQ(currency_of("KSh 118.4 billion"), "KES");
  EXPECT_EQ(currency_of("Ksh 31 billion"), "KES");
  EXPECT_EQ(currency_of("KShs 5 million"), "KES");
  EXPECT_EQ(currency_of("NIS 3.3 billion"), "ILS");
  EXPECT_EQ(currency_of("3.3 billion NIS"), "ILS");
  for (const char* lower : {"tk 5", "le 21.3", "sr 26.8", "qr 102.1", "ksh 31", "nis 3.3"})
    EXPECT_EQ(currency_of(lower).rfind("error", 0), 0u) << lower;
}

// Names after the number; "won" and "lei" are words too ("won 5 seats"), read as money only
// after a scale ("3.2 trillion won").
TEST(WorldNotations, NamesAfterTheNumber) {
  EXPECT_EQ(currency_of("486 trillion dong"), "VND");
  EXPECT_EQ(currency_of("3.3 billion shekels"), "ILS");
  EXPECT_EQ(currency_of("5 billion naira"), "NGN");
  EXPECT_EQ(currency_of("107 billion cedis"), "GHS");
  EXPECT_EQ(currency_of("1,200 crore taka"), "BDT");
  EXPECT_EQ(currency_of("45.6 million hryvnias"), "UAH");
  EXPECT_EQ(currency_of("21.3 billion Egyptian pounds"), "EGP");
  EXPECT_EQ(currency_of("118 billion Kenya shillings"), "KES");
  EXPECT_EQ(currency_of("26.8 billion Saudi riyals"), "SAR");
  EXPECT_EQ(currency_of("102 billion Qatari riyals"), "QAR");
  EXPECT_EQ(currency_of("679 billion UAE dirhams"), "AED");
  EXPECT_EQ(currency_of("5.2 billion Philippine pesos"), "PHP");
  EXPECT_EQ(currency_of("11.2 billion Czech crowns"), "CZK");
  EXPECT_EQ(currency_of("3.2 trillion won"), "KRW");
  EXPECT_EQ(currency_of("5 billion lei"), "RON");
  EXPECT_NE(currency_of("5 won"), "KRW");
  EXPECT_NE(currency_of("5 lei"), "RON");
}

// India's and Bangladesh's scales: a lakh is 10^5, a crore 10^7, a lakh crore 10^12; and
// Vietnam's quadrillion.
TEST(WorldNotations, SouthAsianScales) {
  const quantity lakh_crore = parse_ok(
      "\xE2\x82\xB9"
      "2.37 lakh crore");
  EXPECT_DOUBLE_EQ(lakh_crore.number, 2.37);
  expect_level(lakh_crore.written_unit, "INR", 12, "trillion");
  expect_level(parse_ok("Tk 5,231 crore").written_unit, "BDT", 7, "crore");
  expect_level(parse_ok("Rs. 45 crores").written_unit, "INR", 7, "crore");
  EXPECT_TRUE(parse_ok("12 lakh").written_unit.dim.dimensionless());
  EXPECT_EQ(parse_ok("12 lakh").written_unit.scale_word, "lakh");
  expect_level(parse_ok("3 lakhs tonnes").written_unit, "tonne", 5, "lakh");
  expect_level(parse_ok("VND 3 quadrillion").written_unit, "VND", 15, "quadrillion");
  EXPECT_DOUBLE_EQ(parse_ok("Tk 5,231 crore").written_unit.factor(), 1e7);
}

// Digit groups: India's lakh grouping ("1,25,481"), the Swiss apostrophe ("21'345", typeset
// "21’345") and a figure space; a decimal point after them as usual.
TEST(WorldNotations, DigitGroups) {
  EXPECT_DOUBLE_EQ(parse_ok("1,25,481 crore").number, 125481);
  EXPECT_DOUBLE_EQ(parse_ok("12,34,56,789").number, 123456789);
  EXPECT_DOUBLE_EQ(parse_ok("\xE2\x82\xB9"
                            "1,10,828.5 crore")
                       .number,
                   110828.5);
  EXPECT_DOUBLE_EQ(parse_ok("CHF 21'345 million").number, 21345);
  EXPECT_DOUBLE_EQ(parse_ok("CHF 1'018'250.5").number, 1018250.5);
  EXPECT_DOUBLE_EQ(parse_ok("21\xE2\x80\x99"
                            "345")
                       .number,
                   21345);
  EXPECT_DOUBLE_EQ(parse_ok("21\xE2\x80\x87"
                            "345")
                       .number,
                   21345);
  // A lakh group is two digits and ends in three: "1,25" and "1,25,48" are no number.
  parse_fails("1,25,48");
  parse_fails("12'34");
}

// The grammar's fix: a currency prefix that fails at its word's end leaves nothing behind in
// the code the next alternative reads ("SR" of Saudi Arabia inside Suriname's "SRD", "Tk"
// inside nothing, "KSh" inside nothing).
TEST(WorldNotations, APrefixOfACodeLeavesNoTrace) {
  EXPECT_EQ(currency_of("SRD 5 million"), "SRD");
  EXPECT_EQ(currency_of("5 million SRD"), "SRD");
  EXPECT_EQ(currency_of("QAR 5 million"), "QAR");
  EXPECT_EQ(currency_of("BTN 5 million"), "BTN");
}

}  // namespace
}  // namespace crossfoot
