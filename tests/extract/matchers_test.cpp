// The matchers the draft reader runs at each word start: the quantity grammar's prose entry
// point (quantity.hpp) and the numbers in words (extract/detail/number_words.hpp).
#include <gtest/gtest.h>

#include "core/text.hpp"
#include "extract/detail/number_words.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot::extract_detail {
namespace {

std::string matched_number(std::string_view text) {
  auto m = match_prose_quantity(text, 0);
  return m ? std::string(text.substr(0, m->end)) : "<none>";
}

TEST(MatchNumber, StopsWhereTheQuantityEnds) {
  EXPECT_EQ(matched_number("RMB 23.51 trillion of goods"), "RMB 23.51 trillion");
  EXPECT_EQ(matched_number("17,000 trains and"), "17,000");
  EXPECT_EQ(matched_number("1.7 percentage points higher"), "1.7 percentage points");
  EXPECT_EQ(matched_number("5 per cent less"), "5 per cent");
  EXPECT_EQ(matched_number("US$1.2bn, after"), "US$1.2bn");
  EXPECT_EQ(matched_number("12.4 billion euros at"), "12.4 billion euros");
  EXPECT_EQ(matched_number("2 million-level steps"), "2 million");
  EXPECT_EQ(matched_number("3 times a year"), "3 times");
  EXPECT_EQ(matched_number("€5.0 bn deficit"), "€5.0 bn");
}

TEST(MatchNumber, CountedThingsAreLeftToTheCaller) {
  auto m = match_prose_quantity("723 approved exporters", 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->end, 3u);
  EXPECT_TRUE(m->bare());
  EXPECT_EQ(m->integer, "723");
}

TEST(MatchNumber, PartsAsWritten) {
  auto m = match_prose_quantity("-US$1,234.5bn more", 0);
  ASSERT_TRUE(m && m->q);
  EXPECT_EQ(m->signs, "-");
  EXPECT_EQ(m->currency, "US$");
  EXPECT_EQ(m->integer, "1,234");
  EXPECT_EQ(m->fraction, "5");
  EXPECT_EQ(m->scale, "bn");
  EXPECT_DOUBLE_EQ(m->q->number, -1234.5);
  EXPECT_FALSE(m->bare());
}

// "2 million 75 thousand households": digits and scale words, the larger first, are one number
// in the last scale; a blank more (two cells of an aligned table), a comma, "and", a fraction
// or a second part as large as its scale's step leave two numbers.
TEST(MatchNumber, DigitsAndScaleWordsMakeOneNumber) {
  auto m = match_prose_quantity("2 million 75 thousand households", 0);
  ASSERT_TRUE(m && m->q);
  EXPECT_DOUBLE_EQ(m->q->number, 2075);
  EXPECT_EQ(m->q->written_unit.scale_exp, 3);
  EXPECT_EQ(m->scale, "thousand");
  EXPECT_EQ(m->parts, 2);
  EXPECT_EQ(matched_number("2 million 75 thousand households"), "2 million 75 thousand");
  EXPECT_EQ(matched_number("1 billion 300 million 20 thousand tonnes"),
            "1 billion 300 million 20 thousand");
  auto minus = match_prose_quantity("-3 billion 5 million euros", 0);
  ASSERT_TRUE(minus && minus->q);
  EXPECT_DOUBLE_EQ(minus->q->number, -3005);
  EXPECT_EQ(minus->q->written_unit.scale_exp, 6);
  EXPECT_EQ(matched_number("2 million  75 thousand"), "2 million");
  EXPECT_EQ(matched_number("2 million, 75 thousand"), "2 million");
  EXPECT_EQ(matched_number("2 million and 3 million"), "2 million");
  EXPECT_EQ(matched_number("2 million 1500 thousand"), "2 million");
  EXPECT_EQ(matched_number("2.5 million 75 thousand"), "2.5 million");
  EXPECT_EQ(matched_number("2 thousand 75 million"), "2 thousand");
  EXPECT_EQ(matched_number("2 million 75"), "2 million");
}

TEST(MatchNumber, NeedsANumber) {
  EXPECT_FALSE(match_prose_quantity("RMB trillion", 0));
  EXPECT_FALSE(match_prose_quantity("Regional", 0));
  EXPECT_FALSE(match_prose_quantity("", 0));
}

TEST(MatchNumber, StartsAtTheGivenOffset) {
  const std::string_view text = "up 6.2% on";
  auto m = match_prose_quantity(text, 3);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->end, 7u);
}

prose of(const std::string& text, std::string& lower) {
  lower = ascii_lower(text);
  return {text, lower};
}

TEST(MatchWords, Forms) {
  struct row {
    std::string text;
    word_form form;
    double value;
    std::size_t end;
  };
  const row rows[] = {
      {"nine cities", word_form::cardinal, 9, 4},
      {"twenty-five firms", word_form::cardinal, 25, 11},
      {"Two-thirds of", word_form::fraction, 2.0 / 3, 10},
      {"three quarters of", word_form::fraction, 0.75, 14},
      {"a quarter of", word_form::fraction, 0.25, 9},
      {"half of", word_form::fraction, 0.5, 4},
      {"one out of every three vehicles", word_form::ratio, 1.0 / 3, 22},
      {"one in five firms", word_form::ratio, 0.2, 11},
      {"doubled.", word_form::multiple, 2, 7},
      {"halved", word_form::multiple, 0.5, 6},
      {"double-digit growth", word_form::digit_class, 10, 12},
  };
  for (const row& r : rows) {
    std::string lower;
    auto m = match_number_words(of(r.text, lower), 0, r.text.size());
    ASSERT_TRUE(m) << r.text;
    EXPECT_EQ(m->form, r.form) << r.text;
    EXPECT_DOUBLE_EQ(m->value, r.value) << r.text;
    EXPECT_EQ(m->end, r.end) << r.text;
  }
}

TEST(MatchWords, WordsThatAreNotNumbers) {
  for (std::string text : {"someone", "oneself", "tenth", "halfway", "first", "a", "the"}) {
    std::string lower;
    EXPECT_FALSE(match_number_words(of(text, lower), 0, text.size())) << text;
  }
}

}  // namespace
}  // namespace crossfoot::extract_detail
