// The lexicon is one table, well formed, and its currency and scale words are exactly what the
// quantity grammar reads: every currency word parses to its code where the table says it may
// stand, every scale word to its power of ten.
#include "quantity/lexicon.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/text.hpp"
#include "num/unit.hpp"
#include "quantity/quantity.hpp"
#include "test_helpers.hpp"

namespace crossfoot::lexicon {
namespace {

TEST(Lexicon, TableIsWellFormed) {
  const auto problems = table_problems();
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_TRUE(problems.empty()) << all;
  EXPECT_GT(entries().size(), 500u);
}

TEST(Lexicon, EachWordHasAllItsClassesOnOneRow) {
  const entry* deficit = find("deficit");
  ASSERT_TRUE(deficit);
  EXPECT_TRUE(deficit->is(word_class::sign));
  EXPECT_EQ(deficit->sign, -1);
  EXPECT_EQ(deficit->flow, flow_kind::balance);
  EXPECT_TRUE(deficit->is(word_class::filler));
  EXPECT_EQ(find("surplus")->sign, 1);
  EXPECT_EQ(find("bn")->number, 9);
  EXPECT_EQ(find("sep")->number, 9);
  EXPECT_EQ(find("more than")->qual, qualifier::more_than);
  EXPECT_EQ(find("fell")->dir, direction::down);
  EXPECT_TRUE(is("of", word_class::preposition));
  EXPECT_FALSE(find("Deficit"));  // looked up in lower case
  EXPECT_FALSE(find("zorkmid"));
}

using testing::currency_of;

// Every currency word the table places before a number reads as that currency there, and
// every one it places after a number (or its scale) reads so there. A capitalised word reads
// so written with a capital ("Tk 5"), and not in small letters; a word that is money only after
// a scale ("won") reads so after one, and not after the number alone.
TEST(Lexicon, CurrencyWordsAreTheGrammarsCurrencies) {
  int checked = 0;
  for (const entry* e : of_class(word_class::currency)) {
    std::string w(e->text);
    const std::string code(e->currency);
    EXPECT_TRUE(e->is(word_class::currency_before) || e->is(word_class::currency_after)) << w;
    if (e->is(word_class::capitalised)) {
      EXPECT_NE(currency_of(w + " 5"), code) << w;
      EXPECT_NE(currency_of("5 " + w), code) << w;
      w.front() = ascii_upper(w.front());
    }
    if (e->is(word_class::currency_before)) {
      const std::string glue = is_ascii_letter(w.back()) ? " " : "";
      EXPECT_EQ(currency_of(w + glue + "5"), code) << w;
      EXPECT_EQ(currency_of(w + glue + "5 billion"), code) << w;
      ++checked;
    }
    const bool scaled_only = e->is(word_class::scaled_only);
    if (e->is(word_class::currency_after)) {
      EXPECT_EQ(currency_of("5 " + w) == code, !scaled_only) << w;
      EXPECT_EQ(currency_of("5 bn " + w), code) << w;
      ++checked;
    }
    quantity_error error;
    auto u = parse_unit(scaled_only ? "bn " + w : w, error);
    ASSERT_TRUE(u) << w << ": " << error.message;
    EXPECT_EQ(u->dim.to_string(), code) << w;
  }
  EXPECT_GT(checked, 20);
}

// The currencies the lexicon's words name are ones units know (num/unit.cpp): a code named
// and not known would parse but not format as money.
TEST(Lexicon, CurrencyCodesAreTheUnitsCurrencies) {
  std::set<std::string> named, known;
  for (const entry* e : of_class(word_class::currency)) named.emplace(e->currency);
  for (std::string_view code : currency_codes()) known.emplace(code);
  for (const std::string& code : named) EXPECT_TRUE(known.count(code)) << code;
}

// A code the lexicon has no word for is read as ISO 4217 prints it: in capitals, before or after
// the amount. Not in small letters, and not the codes that are English words or abbreviations.
TEST(Lexicon, ReadsEveryIsoCurrencyCodeInCapitals) {
  EXPECT_EQ(currency_of("KZT 1.2 trillion"), "KZT");
  EXPECT_EQ(currency_of("4.5 billion GHS"), "GHS");
  EXPECT_EQ(currency_of("COP 310 bn"), "COP");
  EXPECT_EQ(currency_of("XOF 82 billion"), "XOF");
  EXPECT_NE(currency_of("kzt 1.2 trillion"), "KZT");
  EXPECT_NE(currency_of("TOP 10"), "TOP");
  EXPECT_NE(currency_of("ALL 27"), "ALL");
  EXPECT_NE(currency_of("IRR 5%"), "IRR");
  EXPECT_NE(currency_of("XAU 5"), "XAU");  // gold is no money a release counts in
  // Every code units know is read, but the ones that are words.
  std::set<std::string> unread;
  for (std::string_view code : currency_codes()) {
    if (currency_of(std::string(code) + " 5 million") != code) unread.emplace(code);
  }
  std::set<std::string> words;
  for (const entry* e : of_class(word_class::not_a_currency)) {
    std::string code(e->text);
    for (char& c : code) c = ascii_upper(c);
    if (is_currency(code)) words.insert(code);
  }
  EXPECT_EQ(unread, words);
  EXPECT_TRUE(words.count("TOP"));
  EXPECT_NE(currency_of("SDG 17"), "SDG");  // a Sustainable Development Goal
  EXPECT_GT(currency_codes().size(), 150u);
}

// Currencies beyond the big five, as releases write them: a code, a dollar sign with its
// country's letters, a name after the number.
TEST(Lexicon, ReadsOtherAgenciesCurrencies) {
  EXPECT_EQ(currency_of("A$5.2 billion"), "AUD");
  EXPECT_EQ(currency_of("AUD 5.2 billion"), "AUD");
  EXPECT_EQ(currency_of("C$64.0 billion"), "CAD");
  EXPECT_EQ(currency_of("64.0 billion Canadian dollars"), "CAD");
  EXPECT_EQ(currency_of("NZ$6.1 billion"), "NZD");
  EXPECT_EQ(currency_of("CHF 21.3 billion"), "CHF");
  EXPECT_EQ(currency_of("ISK 61.2 billion"), "ISK");
  EXPECT_EQ(currency_of("61.2 billion kronur"), "ISK");
  EXPECT_EQ(currency_of("PLN 4.8 bn"), "PLN");
  EXPECT_EQ(currency_of("310 million forint"), "HUF");
  EXPECT_EQ(currency_of("2.5 billion Turkish lira"), "TRY");
  EXPECT_EQ(currency_of("19.4 billion Danish kroner"), "DKK");
  EXPECT_EQ(currency_of("21.3 billion Swiss francs"), "CHF");
  EXPECT_EQ(currency_of("5 million US dollars"), "USD");
  EXPECT_EQ(currency_of("$5 million"), "USD");  // a bare dollar sign is the US dollar here
}

TEST(Lexicon, ScaleWordsAreTheGrammarsScales) {
  for (const entry* e : of_class(word_class::scale)) {
    if (e->is(word_class::plural_scale)) continue;  // unit rows: "Billions of dollars"
    const std::string w(e->text);
    const std::string text = e->is(word_class::glued_scale) ? "5" + w : "5 " + w;
    quantity_error error;
    auto q = parse_quantity("EUR " + text, error);
    ASSERT_TRUE(q) << text << ": " << error.message;
    EXPECT_EQ(q->written_unit.scale_exp, e->number) << w;
  }
}

// The drift the lexicon ends: a misspelt scale before a currency word is an unknown unit
// whatever the currency, never a count of "billon pound".
TEST(Lexicon, MisspeltScaleBeforeAnyCurrencyIsRejected) {
  for (const entry* e : of_class(word_class::currency_after)) {
    if (!is_ascii_letter(e->text.front())) continue;
    quantity_error error;
    EXPECT_FALSE(parse_quantity("5 billon " + std::string(e->text), error)) << e->text;
  }
}

}  // namespace
}  // namespace crossfoot::lexicon
