// The draft grammar's matchers (extract/detail/grammar.hpp): where a quantity starting at an
// offset ends, and what it is.
#include <gtest/gtest.h>

#include "extract/detail/grammar.hpp"

namespace crossfoot::extract_detail {
namespace {

std::string matched_number(std::string_view text) {
  auto m = match_number(text, 0);
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
}

TEST(MatchNumber, CountedThingsAreLeftToTheCaller) {
  auto m = match_number("723 approved exporters", 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->end, 3u);
  EXPECT_TRUE(m->ast.unit.counted_words.empty());
}

TEST(MatchNumber, NeedsANumber) {
  EXPECT_FALSE(match_number("RMB trillion", 0));
  EXPECT_FALSE(match_number("Regional", 0));
  EXPECT_FALSE(match_number("", 0));
}

TEST(MatchNumber, StartsAtTheGivenOffset) {
  const std::string_view text = "up 6.2% on";
  auto m = match_number(text, 3);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->end, 7u);
}

TEST(MatchWords, Forms) {
  struct row {
    std::string_view text;
    word_form form;
    double value;
    std::size_t end;
  };
  const row rows[] = {
      {"nine cities", word_form::cardinal, 9, 4},
      {"twenty-five firms", word_form::cardinal, 25, 11},
      {"two-thirds of", word_form::fraction, 2.0 / 3, 10},
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
    auto m = match_words(r.text, 0);
    ASSERT_TRUE(m) << r.text;
    EXPECT_EQ(m->form, r.form) << r.text;
    EXPECT_DOUBLE_EQ(m->value, r.value) << r.text;
    EXPECT_EQ(m->end, r.end) << r.text;
  }
}

TEST(MatchWords, WordsThatAreNotNumbers) {
  for (std::string_view text : {"someone", "oneself", "tenth", "halfway", "first", "a", "the"}) {
    EXPECT_FALSE(match_words(text, 0)) << text;
  }
}

}  // namespace
}  // namespace crossfoot::extract_detail
