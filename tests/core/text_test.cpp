#include "core/text.hpp"

#include <gtest/gtest.h>

namespace crossfoot {
namespace {

TEST(Text, AsciiClasses) {
  EXPECT_TRUE(is_blank(' ') && is_blank('\t') && is_blank('\n') && is_blank('\r'));
  EXPECT_TRUE(is_blank('\f') && is_blank('\v'));
  EXPECT_FALSE(is_blank('x') || is_blank('\0') || is_blank('\xA0'));
  EXPECT_TRUE(is_ascii_letter('a') && is_ascii_letter('Z'));
  // Bytes of other scripts are never letters or digits: no <cctype> call sees them.
  for (int b = 0x80; b < 0x100; ++b) {
    const char c = static_cast<char>(b);
    EXPECT_FALSE(is_ascii_letter(c) || is_ascii_digit(c) || is_blank(c)) << b;
    EXPECT_EQ(ascii_lower(c), c);
  }
  EXPECT_EQ(ascii_lower("Euro AREA \xC3\x89"), "euro area \xC3\x89");
  EXPECT_TRUE(equal_ignoring_case("Sep", "SEP"));
  EXPECT_FALSE(equal_ignoring_case("Sep", "Sept"));
  EXPECT_EQ(trim_blank(" \t a b \r\n"), "a b");
  EXPECT_EQ(trim_blank("   "), "");
  EXPECT_TRUE(all_blank(" \t\r\n"));
  EXPECT_TRUE(all_blank(""));
  EXPECT_FALSE(all_blank(" x "));
}

TEST(Text, WellFormedSequences) {
  EXPECT_EQ(utf8_length("a", 0), 1u);
  EXPECT_EQ(utf8_length("\xC2\xA3", 0), 2u);          // £
  EXPECT_EQ(utf8_length("\xE2\x82\xAC", 0), 3u);      // €
  EXPECT_EQ(utf8_length("\xF0\x9F\x98\x80", 0), 4u);  // U+1F600
  EXPECT_EQ(utf8_decode("\xE2\x82\xAC", 0).value, U'\u20AC');
  EXPECT_EQ(utf8_decode("\xF0\x9F\x98\x80", 0).value, U'\U0001F600');
  EXPECT_EQ(utf8_decode("x\xC2\xA3", 1).value, U'\u00A3');
}

TEST(Text, IllFormedSequences) {
  for (std::string_view bad :
       {"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF0\x80\x80\x80",
        "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xE2\x82", "\xC3", "\xFF"}) {
    EXPECT_EQ(utf8_length(bad, 0), 0u) << bad;
    EXPECT_EQ(utf8_decode(bad, 0).length, 0u) << bad;
    EXPECT_EQ(find_invalid_utf8(std::string("ok ") + std::string(bad)), 3u) << bad;
  }
  EXPECT_EQ(utf8_length("", 0), 0u);
  EXPECT_FALSE(find_invalid_utf8("caf\xC3\xA9 \xE2\x82\xAC 5 \xF0\x9F\x98\x80"));
  // NUL is a character; readers that refuse it say so themselves.
  EXPECT_FALSE(find_invalid_utf8(std::string_view("a\0b", 3)));
}

TEST(Text, Boundaries) {
  const std::string_view s =
      "a\xE2\x82\xAC"
      "b";  // a € b
  EXPECT_EQ(utf8_ceil(s, 2), 4u);
  EXPECT_EQ(utf8_ceil(s, 1), 1u);
  EXPECT_EQ(utf8_floor(s, 3), 1u);
  EXPECT_EQ(utf8_floor(s, 4), 4u);
  EXPECT_EQ(utf8_ceil(s, 99), s.size());
  EXPECT_EQ(utf8_floor(s, 99), s.size());
  EXPECT_EQ(count_code_points(s), 3u);
  EXPECT_EQ(count_code_points(""), 0u);
}

TEST(Text, UnicodeSpaces) {
  EXPECT_EQ(unicode_space_length(" ", 0), 1u);
  EXPECT_EQ(unicode_space_length("\xC2\xA0", 0), 2u);      // no-break space
  EXPECT_EQ(unicode_space_length("\xE2\x80\x89", 0), 3u);  // thin space
  EXPECT_EQ(unicode_space_length("\xE2\x80\xAF", 0), 3u);  // narrow no-break space
  EXPECT_EQ(unicode_space_length("\xE3\x80\x80", 0), 3u);  // ideographic space
  EXPECT_EQ(unicode_space_length("\xE2\x82\xAC", 0), 0u);  // €
  EXPECT_EQ(unicode_space_length("\xC2\xA3", 0), 0u);      // £
  EXPECT_EQ(unicode_space_length("\xE2\x80", 0), 0u);      // cut short
  EXPECT_EQ(unicode_space_length("x", 0), 0u);
  EXPECT_EQ(unicode_space_length("", 0), 0u);
}

}  // namespace
}  // namespace crossfoot
