#pragma once
// Text as every reader sees it: UTF-8 sequences and the character classes the readers use.
// One definition of each, so that a rules file, a figures file, a draft and a dataset agree
// on what a blank, a letter, a digit or a well-formed character is.
//
// Classes are ASCII on purpose: bytes of other scripts are never letters, digits or blanks
// here, so no <cctype> call (locale-dependent, undefined on negative chars) ever sees them.
// White space of typeset text (no-break, thin and other Unicode spaces) is recognised by
// unicode_space_length, which works on sequences, not bytes.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crossfoot {

// ---- bytes -------------------------------------------------------------------------------

/// A byte that continues a UTF-8 sequence (10xxxxxx): never the start of a character.
inline bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
/// Space, tab, line feed, carriage return, form feed, vertical tab.
inline bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
inline bool is_ascii_letter(char c) {
  return is_ascii_upper(c) || is_ascii_lower(c);
}
inline bool is_ascii_alnum(char c) {
  return is_ascii_letter(c) || is_ascii_digit(c);
}
inline char ascii_lower(char c) {
  return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
inline char ascii_upper(char c) {
  return is_ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}
/// The text with ASCII capitals made small; other bytes unchanged.
std::string ascii_lower(std::string_view s);
/// Whether `a` and `b` are equal ignoring ASCII case.
bool equal_ignoring_case(std::string_view a, std::string_view b);

/// `s` without blanks (is_blank) at either end.
std::string_view trim_blank(std::string_view s);
/// Whether `s` holds only blanks (an empty `s` does).
bool all_blank(std::string_view s);

// ---- UTF-8 -------------------------------------------------------------------------------

/// The length of the well-formed UTF-8 sequence starting at s[i] (1 to 4), or 0 when there is
/// none: a stray continuation byte, an overlong form, a surrogate, a code point above
/// U+10FFFF, or a sequence cut short by the end of `s`.
std::size_t utf8_length(std::string_view s, std::size_t i);

struct code_point {
  char32_t value = 0;
  std::size_t length = 0;  // bytes read; 0 when s[i] starts no well-formed sequence
};
/// The character starting at s[i].
code_point utf8_decode(std::string_view s, std::size_t i);

/// The offset of the first byte that starts no well-formed sequence, or nullopt for valid
/// UTF-8. NUL is a valid character here; readers that refuse it check it themselves.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// The nearest character boundary at or after `i` (s.size() at most): never half a character.
std::size_t utf8_ceil(std::string_view s, std::size_t i);
/// The nearest character boundary at or before `i`.
std::size_t utf8_floor(std::string_view s, std::size_t i);

/// Characters (code points) in `s`, counting each byte that is not a continuation: the column
/// width compilers report.
std::size_t count_code_points(std::string_view s);

/// The length of the white space character at s[i]: an ASCII blank, or a Unicode space of
/// typeset text (U+00A0 no-break, U+2000 to U+200A, U+202F narrow no-break, U+205F, U+3000);
/// 0 otherwise.
std::size_t unicode_space_length(std::string_view s, std::size_t i);

}  // namespace crossfoot
