#include <gtest/gtest.h>

#include "quantity/quantity.hpp"
#include "test_helpers.hpp"

namespace crossfoot {
namespace {

using testing::expect_level;

unit unit_ok(std::string_view text) {
  quantity_error error;
  std::optional<unit> u = parse_unit(text, error);
  EXPECT_TRUE(u.has_value()) << "'" << text << "': " << error.message << " at " << error.offset;
  return u.value_or(unit{});
}

quantity_error unit_fails(std::string_view text) {
  quantity_error error;
  EXPECT_FALSE(parse_unit(text, error).has_value()) << "'" << text << "' was accepted";
  return error;
}

TEST(ParseUnit, CurrencyAndScaleInEitherOrder) {
  expect_level(unit_ok("RMB trillion"), "RMB", 12, "trillion");
  expect_level(unit_ok("trillion yuan"), "RMB", 12, "trillion");
  expect_level(unit_ok("USD bn"), "USD", 9, "billion");
  expect_level(unit_ok("\xE2\x82\xAC million"), "EUR", 6, "million");
  expect_level(unit_ok(" RMB "), "RMB", 0, "");
}

// A table's unit row glues the scale to the sign: "$m" above a column of millions of dollars.
// Spaced, "m" after a sign is not a scale (it would count metres) and is refused.
TEST(ParseUnit, ScaleGluedToTheSign) {
  expect_level(unit_ok("$m"), "USD", 6, "million");
  expect_level(unit_ok("\xC2\xA3m"), "GBP", 6, "million");
  expect_level(unit_ok("$bn"), "USD", 9, "billion");
  unit_fails("$ m");
}

TEST(ParseUnit, CountedThings) {
  expect_level(unit_ok("million vehicles"), "vehicle", 6, "million");
  expect_level(unit_ok("tons"), "tonne", 0, "");
  expect_level(unit_ok("thousand TEU"), "TEU", 3, "thousand");
}

TEST(ParseUnit, DimensionlessStyles) {
  EXPECT_EQ(unit_ok("%").style, unit_style::percent);
  EXPECT_EQ(unit_ok("percent").style, unit_style::percent);
  EXPECT_EQ(unit_ok("pp").style, unit_style::points);
  EXPECT_EQ(unit_ok("percentage points").style, unit_style::points);
  EXPECT_EQ(unit_ok("times").style, unit_style::number);
  expect_level(unit_ok("billion"), "", 9, "billion");
}

struct unit_error_case {
  const char* text;
  std::size_t offset;
  const char* message;
};

class MalformedUnits : public ::testing::TestWithParam<unit_error_case> {};

TEST_P(MalformedUnits, ReportOffsetAndMessage) {
  const quantity_error error = unit_fails(GetParam().text);
  EXPECT_EQ(error.offset, GetParam().offset) << GetParam().text;
  EXPECT_EQ(error.message, GetParam().message) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MalformedUnits,
    ::testing::Values(
        unit_error_case{"", 0, "expected a unit"}, unit_error_case{"  ", 2, "expected a unit"},
        unit_error_case{"5", 0, "expected a unit"},
        unit_error_case{"RMB trillion 5", 13, "unexpected text '5' after the unit"},
        unit_error_case{"RMB vehicles", 4, "unknown unit 'vehicles' after a currency amount"},
        unit_error_case{"RMB yuan", 4, "currency written twice: 'RMB' and 'yuan'"},
        unit_error_case{"million %", 0, "scale 'million' cannot be combined with '%'"},
        unit_error_case{"USD %", 4, "'%' cannot follow a currency amount"},
        unit_error_case{"trillon yuan", 0, "unknown unit 'trillon yuan'"}));

TEST(ParseQualifier, EveryWord) {
  EXPECT_EQ(parse_qualifier("nearly"), qualifier::nearly);
  EXPECT_EQ(parse_qualifier("about"), qualifier::about);
  EXPECT_EQ(parse_qualifier("around"), qualifier::about);
  EXPECT_EQ(parse_qualifier("approximately"), qualifier::about);
  EXPECT_EQ(parse_qualifier("over"), qualifier::more_than);
  EXPECT_EQ(parse_qualifier("more than"), qualifier::more_than);
  EXPECT_EQ(parse_qualifier("less than"), qualifier::less_than);
  EXPECT_EQ(parse_qualifier("under"), qualifier::less_than);
  EXPECT_EQ(parse_qualifier("at least"), qualifier::at_least);
  EXPECT_EQ(parse_qualifier("at most"), qualifier::at_most);
  EXPECT_EQ(parse_qualifier("up to"), qualifier::at_most);
}

TEST(ParseQualifier, CaseAndSpacingDoNotMatter) {
  EXPECT_EQ(parse_qualifier("At Least"), qualifier::at_least);
  EXPECT_EQ(parse_qualifier("  MORE   THAN "), qualifier::more_than);
}

TEST(ParseQualifier, RejectsAnythingElse) {
  for (const char* text : {"", "more", "than", "over 5", "approximate", "nearlyy", "at"}) {
    EXPECT_FALSE(parse_qualifier(text).has_value()) << text;
  }
}

TEST(QualifierToString, RoundTrips) {
  EXPECT_STREQ(to_string(qualifier::none), "");
  for (qualifier q : {qualifier::nearly, qualifier::about, qualifier::more_than,
                      qualifier::less_than, qualifier::at_least, qualifier::at_most}) {
    EXPECT_EQ(parse_qualifier(to_string(q)), q) << to_string(q);
  }
  EXPECT_STREQ(to_string(qualifier::more_than), "more than");
  EXPECT_STREQ(to_string(qualifier::at_most), "at most");
}

}  // namespace
}  // namespace crossfoot
