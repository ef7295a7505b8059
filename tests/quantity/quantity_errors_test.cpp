#include <gtest/gtest.h>

#include "quantity/quantity.hpp"
#include "test_helpers.hpp"

namespace crossfoot {
namespace {

using testing::parse_fails;

struct error_case {
  const char* text;
  std::size_t offset;
  const char* message;
};

class MalformedQuantities : public ::testing::TestWithParam<error_case> {};

TEST_P(MalformedQuantities, ReportOffsetAndMessage) {
  const quantity_error error = parse_fails(GetParam().text);
  EXPECT_EQ(error.offset, GetParam().offset) << GetParam().text;
  EXPECT_EQ(error.message, GetParam().message) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MalformedQuantities,
    ::testing::Values(
        error_case{"", 0, "expected a number"}, error_case{"   ", 3, "expected a number"},
        error_case{"RMB", 3, "expected a number"}, error_case{"abc", 0, "expected a number"},
        error_case{"about", 5, "expected a number"},
        error_case{"more than $", 11, "expected a number"},
        // "Overall" is not "over": a qualifier ends at a word boundary.
        error_case{"Overall 5", 0, "expected a number"}, error_case{"%", 0, "expected a number"},
        error_case{"12..3", 2, "unexpected text '..3' after the quantity"},
        error_case{"12 zorkmids extra%", 17, "unexpected text '%' after the quantity"},
        error_case{"5 trillion yuan extra ", 16, "unexpected text 'extra' after the quantity"},
        error_case{"5% and then a long tail of words", 3,
                   "unexpected text 'and then a long tail of...' after the quantity"},
        error_case{"1,23", 1,
                   "malformed number: a thousands separator must be followed by three digits "
                   "(decimal commas are not supported)"},
        error_case{"1,234,56", 5,
                   "malformed number: a thousands separator must be followed by three digits "
                   "(decimal commas are not supported)"},
        error_case{"-$-5", 2, "a number takes only one sign"},
        error_case{"RMB 5 yuan", 6, "currency written twice: 'RMB' and 'yuan'"},
        error_case{"RMB 5%", 5, "'%' cannot follow a currency amount"},
        error_case{"$5 pp", 3, "'pp' cannot follow a currency amount"},
        error_case{"5 million %", 2, "scale 'million' cannot be combined with '%'"},
        error_case{"2bn times", 1, "scale 'bn' cannot be combined with 'times'"},
        error_case{"RMB 5 vehicles", 6, "unknown unit 'vehicles' after a currency amount"},
        error_case{"5 billon yuan", 2, "unknown unit 'billon yuan'"},
        error_case{"5 vehicles million", 2, "unknown unit 'vehicles million'"}));

TEST(MalformedQuantities, ThreeByteSeparatorKeepsByteOffsets) {
  // U+2009 is three bytes: the offset counts bytes, not characters.
  const quantity_error error = parse_fails(
      "17\xE2\x80\x89"
      "000 trains!");
  EXPECT_EQ(error.offset, 15u);
  EXPECT_EQ(error.message, "unexpected text '!' after the quantity");
}

TEST(MalformedQuantities, LongTailIsNotCutInsideAUtf8Sequence) {
  // 23 ASCII bytes, then a 3-byte minus sign straddling the 24-byte limit.
  const std::string x23(23, 'x');
  const quantity_error error = parse_fails("5% " + x23 + "\xE2\x88\x92 more");
  EXPECT_EQ(error.offset, 3u);
  EXPECT_EQ(error.message, "unexpected text '" + x23 + "\xE2\x88\x92...' after the quantity");
}

}  // namespace
}  // namespace crossfoot
