// The draft reader on notations of agencies outside the release corpus (session 17's survey,
// docs/extract.md "Currencies, scales and digit groups of other agencies"): sentences and tables
// of our own in the forms those agencies' English releases use. Before the survey each of these
// amounts was read without its currency or scale (a bare "2.37", "5,231", "35.2 trillion").
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

void expect_money(const draft_claim& c, const std::string& code, int scale_exp, double number) {
  EXPECT_EQ(c.q.written_unit.dim.to_string(), code) << c.written;
  EXPECT_EQ(c.q.written_unit.scale_exp, scale_exp) << c.written;
  EXPECT_DOUBLE_EQ(c.q.number, number) << c.written;
  EXPECT_EQ(c.kind, claim_kind::level) << c.written;
}

// A South Asian release: the rupee's sign and the taka's letters, lakh and crore, a lakh crore,
// the lakh grouping of digits, and a crore and lakhs written as one number.
TEST(WorldNotations, SouthAsianAmounts) {
  auto d = extract_text(
      "# Foreign trade of Meridia, April 2031\n"
      "\n"
      "Merchandise exports rose to \xE2\x82\xB9"
      "2.37 lakh crore in April, while imports were "
      "Rs. 45,000 crore.\n"
      "\n"
      "The trade deficit of Tk 5,231 crore compares with Tk1.2 lakh crore a year earlier.\n"
      "\n"
      "Tax collections reached 1,25,481 crore rupees, and grants 1 crore 25 lakh rupees.\n");
  expect_money(claim_of(d,
                        "\xE2\x82\xB9"
                        "2.37 lakh crore"),
               "INR", 12, 2.37);
  expect_money(claim_of(d, "Rs. 45,000 crore"), "INR", 7, 45000);
  expect_money(claim_of(d, "Tk 5,231 crore"), "BDT", 7, -5231);
  expect_money(claim_of(d, "Tk1.2 lakh crore"), "BDT", 12, -1.2);
  expect_money(claim_of(d, "1,25,481 crore rupees"), "INR", 7, 125481);
  expect_money(claim_of(d, "1 crore 25 lakh rupees"), "INR", 5, 125);
}

// Signs and letters of African, Middle Eastern and Asian agencies, each of one currency.
TEST(WorldNotations, SignsAndLettersOfOneCurrency) {
  auto d = extract_text(
      "# Quarterly trade bulletin\n"
      "\n"
      "Total trade stood at \xE2\x82\xA6"
      "35.2 trillion. Exports were GH\xC2\xA2"
      "59.5 billion "
      "and imports GHC48.1 billion. The deficit reached LE21.3 billion. Tea earned KSh 118.4 "
      "billion and flowers Ksh 31 billion. Imports came to NT$104.90 billion and S$12.3 "
      "billion. Non-oil exports were SR26.8 billion and QR102.1 billion. Diamonds brought "
      "NIS 3.3 billion. Retail sales were 3 quadrillion dong. Imports reached R$ 8.2 billion "
      "and \xE2\x82\xB1"
      "4.1 billion.\n");
  expect_money(claim_of(d,
                        "\xE2\x82\xA6"
                        "35.2 trillion"),
               "NGN", 12, 35.2);
  expect_money(claim_of(d,
                        "GH\xC2\xA2"
                        "59.5 billion"),
               "GHS", 9, 59.5);
  expect_money(claim_of(d, "GHC48.1 billion"), "GHS", 9, 48.1);
  expect_money(claim_of(d, "LE21.3 billion"), "EGP", 9, -21.3);
  expect_money(claim_of(d, "KSh 118.4 billion"), "KES", 9, 118.4);
  expect_money(claim_of(d, "Ksh 31 billion"), "KES", 9, 31);
  expect_money(claim_of(d, "NT$104.90 billion"), "TWD", 9, 104.9);
  expect_money(claim_of(d, "S$12.3 billion"), "SGD", 9, 12.3);
  expect_money(claim_of(d, "SR26.8 billion"), "SAR", 9, 26.8);
  expect_money(claim_of(d, "QR102.1 billion"), "QAR", 9, 102.1);
  expect_money(claim_of(d, "NIS 3.3 billion"), "ILS", 9, 3.3);
  expect_money(claim_of(d, "3 quadrillion dong"), "VND", 15, 3);
  expect_money(claim_of(d, "R$ 8.2 billion"), "BRL", 9, 8.2);
  expect_money(claim_of(d,
                        "\xE2\x82\xB1"
                        "4.1 billion"),
               "PHP", 9, 4.1);
}

// "won" and "lei" are money after a scale, and words elsewhere; a short sign in small letters
// ("le") is no currency.
TEST(WorldNotations, WordsThatAreCurrenciesOnlyAfterAScale) {
  auto d = extract_text(
      "# Trade of Corvia\n"
      "\n"
      "Exports reached 3.2 trillion won and imports 5 billion lei. The national team won 5 "
      "medals.\n");
  expect_money(claim_of(d, "3.2 trillion won"), "KRW", 12, 3.2);
  expect_money(claim_of(d, "5 billion lei"), "RON", 9, 5);
  EXPECT_TRUE(claim_of(d, "5 medals").q.written_unit.dim.to_string() != "KRW");
}

// The Swiss apostrophe groups thousands in prose and in a table; a figure file's quote and the
// reader read it alike (one grammar).
TEST(WorldNotations, ApostropheGroups) {
  auto d = extract_text(
      "# Swiss-style foreign trade, May 2031\n"
      "\n"
      "Exports amounted to CHF 21'345 million, imports to CHF 18\xE2\x80\x99"
      "250.5 million.\n"
      "\n"
      "Table 1. Exports by sector (CHF million)\n"
      "\n"
      "| Sector | May 2031 |\n"
      "|---|---|\n"
      "| Watches | 2'154.3 |\n"
      "| Pharmaceuticals | 10'823.0 |\n");
  expect_money(claim_of(d, "CHF 21'345 million"), "CHF", 6, 21345);
  expect_money(claim_of(d, "250.5 million"), "CHF", 6, 18250.5);
  expect_money(claim_of(d, "2'154.3"), "CHF", 6, 2154.3);
  expect_money(claim_of(d, "10'823.0"), "CHF", 6, 10823);
}

// A table's unit line in the taka and crore of Bangladesh's releases: every cell is a level.
TEST(WorldNotations, UnitLineInCrore) {
  auto d = extract_text(
      "# Trade by partner, 2031\n"
      "\n"
      "Unit: Tk crore\n"
      "\n"
      "| Partner | 2030 | 2031 |\n"
      "|---|---|---|\n"
      "| India | 12,345.6 | 13,210.4 |\n"
      "| China | 20,101.2 | 21,550.9 |\n");
  expect_money(cell(d, 7, 1), "BDT", 7, 13210.4);
  expect_money(cell(d, 8, 0), "BDT", 7, 20101.2);
}

}  // namespace
}  // namespace crossfoot::testing
