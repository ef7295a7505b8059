#include "core/text.hpp"

#include <algorithm>

namespace crossfoot {

namespace {

unsigned char byte_at(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii_lower(x) == ascii_lower(y);
         });
}

std::string_view trim_blank(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

bool all_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_blank(c); });
}

// The second byte's range narrows for E0 (no overlong three-byte forms), ED (no surrogates),
// F0 (no overlong four-byte forms) and F4 (nothing above U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const unsigned char c = byte_at(s, i);
  if (i >= s.size()) return 0;
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    lo = c == 0xE0 ? 0xA0 : 0x80;
    hi = c == 0xED ? 0x9F : 0xBF;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    lo = c == 0xF0 ? 0x90 : 0x80;
    hi = c == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (byte_at(s, i + 1) < lo || byte_at(s, i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (!is_utf8_continuation(s[i + k])) return 0;
  }
  return n;
}

code_point utf8_decode(std::string_view s, std::size_t i) {
  const std::size_t n = utf8_length(s, i);
  if (n == 0) return {};
  static constexpr unsigned char lead_mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t v = byte_at(s, i) & lead_mask[n];
  for (std::size_t k = 1; k < n; ++k) v = (v << 6) | (byte_at(s, i + k) & 0x3F);
  return {v, n};
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII runs are the common case: skip them without decoding.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

std::size_t utf8_ceil(std::string_view s, std::size_t i) {
  while (i < s.size() && is_utf8_continuation(s[i])) ++i;
  return std::min(i, s.size());
}

std::size_t utf8_floor(std::string_view s, std::size_t i) {
  i = std::min(i, s.size());
  while (i > 0 && i < s.size() && is_utf8_continuation(s[i])) --i;
  return i;
}

std::size_t count_code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return !is_utf8_continuation(c); }));
}

std::size_t unicode_space_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (is_blank(s[i])) return 1;
  const unsigned char c = byte_at(s, i);
  if (c != 0xC2 && c != 0xE2 && c != 0xE3) return 0;
  const code_point cp = utf8_decode(s, i);
  const char32_t v = cp.value;
  const bool space =
      v == 0xA0 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x3000;
  return space ? cp.length : 0;
}

}  // namespace crossfoot
