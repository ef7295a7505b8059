// Quantity strings: the grammar (grammar.cpp) finds the parts, this file gives them meaning
// and turns every failure into a quantity_error. Nothing here throws.
#include "quantity/quantity.hpp"

#include <charconv>
#include <cmath>
#include <string>

#include "core/text.hpp"
#include "quantity/detail/parse.hpp"
#include "quantity/detail/unit_words.hpp"

namespace crossfoot {

namespace {

using quantity_detail::quote_rest;

std::size_t offset_of(std::string_view text, std::string_view part) {
  return static_cast<std::size_t>(part.data() - text.data());
}

bool is_negative(std::string_view sign) {
  return sign != "+" && sign != "(+)";
}

std::string digits_only(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (is_ascii_digit(c)) digits += c;
  }
  return digits;
}

// "12..3" and "1,23" leave text behind; a stray comma is almost always a decimal comma or
// a mistyped group, which deserves a clearer word than "unexpected text".
std::string leftover_message(std::string_view text, std::size_t offset) {
  const std::string_view rest = text.substr(offset);
  if (rest.size() > 1 && rest[0] == ',' && is_ascii_digit(rest[1])) {
    return "malformed number: a thousands separator must be followed by three digits "
           "(decimal commas are not supported)";
  }
  return "unexpected text " + quote_rest(text, offset) + " after the quantity";
}

bool read_number(const quantity_detail::quantity_ast& ast, std::string_view text, quantity& result,
                 quantity_error& error) {
  const std::string integer = digits_only(ast.integer_text);
  std::string written = integer;
  if (!ast.fraction_text.empty()) written += "." + std::string(ast.fraction_text);
  double value = 0;
  const auto [end, ec] = std::from_chars(written.data(), written.data() + written.size(), value);
  if (ec != std::errc{} || end != written.data() + written.size()) {
    error = {offset_of(text, ast.integer_text), "number out of range"};
    return false;
  }
  result.decimals = static_cast<int>(ast.fraction_text.size());
  result.thousands_rounded = ast.fraction_text.empty() && value >= 1000 && integer.ends_with("000");
  result.number = value;
  return true;
}

// A sign, or a word after the amount that gives it one ("€5.0 bn deficit" is -5.0), not both.
bool apply_sign(const quantity_detail::quantity_ast& ast, std::string_view text, quantity& result,
                quantity_error& error) {
  if (ast.signs.size() > 1) {
    error = {offset_of(text, ast.signs[1]), "a number takes only one sign"};
    return false;
  }
  if (ast.sign_word != 0 && !ast.signs.empty()) {
    error = {offset_of(text, ast.signs.front()),
             "'" + std::string(ast.sign_word_text) +
                 "' gives the amount its sign; write the amount without one"};
    return false;
  }
  if (!ast.signs.empty() && is_negative(ast.signs.front())) result.number = -result.number;
  if (ast.sign_word < 0) result.number = -result.number;
  return true;
}

}  // namespace

namespace quantity_detail {

std::optional<quantity> interpret_quantity(const quantity_ast& ast, std::string_view text,
                                           quantity_error& error) {
  quantity result;
  result.qual = ast.qual;
  if (!read_number(ast, text, result, error) || !apply_sign(ast, text, result, error)) {
    return std::nullopt;
  }
  std::optional<unit> written = quantity_detail::make_unit(ast.unit, text, error);
  if (!written) return std::nullopt;
  result.written_unit = std::move(*written);
  return result;
}

}  // namespace quantity_detail

std::optional<quantity> parse_quantity(std::string_view text, quantity_error& error) {
  quantity_detail::quantity_ast ast;
  const quantity_detail::parse_stop stop = quantity_detail::parse_quantity_text(text, ast);
  if (!stop.matched) {
    error = {stop.offset, "expected a number"};
    return std::nullopt;
  }
  if (stop.offset != text.size()) {
    error = {stop.offset, leftover_message(text, stop.offset)};
    return std::nullopt;
  }
  return quantity_detail::interpret_quantity(ast, text, error);
}

namespace {

std::optional<prose_match> match_one(std::string_view text, std::size_t at) {
  quantity_detail::quantity_ast ast;
  const auto end = quantity_detail::parse_prose_quantity(text, at, ast);
  if (!end) return std::nullopt;
  prose_match m;
  m.end = *end;
  m.q = quantity_detail::interpret_quantity(ast, text, m.error);
  m.signs = ast.signs.empty() ? std::string_view() : ast.signs.front();
  m.currency = ast.unit.prefix_text;
  m.integer = ast.integer_text;
  m.fraction = ast.fraction_text;
  m.scale = ast.unit.scale_text;
  m.unit_words = ast.unit.words_text;
  return m;
}

// The power of ten `exp` (small, non-negative).
double power_of_ten(int exp) {
  double p = 1;
  for (int i = 0; i < exp; ++i) p *= 10;
  return p;
}

// "4 million 650 thousand persons", "1 billion 250 million": a whole number and its scale word,
// one blank, and a whole number below the ratio of the two scales with a smaller scale word
// are one number, in the smaller scale (4650 thousand). The first part names no currency and
// no unit, so the second part's unit is the whole's. Two cells of an aligned table (two
// blanks) or a list ("2 million and 3 million") stay two numbers.
bool extend_compound(std::string_view text, prose_match& m) {
  if (!m.q || !m.fraction.empty() || m.scale.empty() || !m.currency.empty() ||
      !m.unit_words.empty() || m.q->written_unit.style != unit_style::level)
    return false;
  const int big = m.q->written_unit.scale_exp;
  const std::size_t gap = unicode_space_length(text, m.end);
  const std::size_t at = m.end + gap;
  if (big <= 0 || gap == 0 || at >= text.size() || !is_ascii_digit(text[at])) return false;
  std::optional<prose_match> rest = match_one(text, at);
  if (!rest || !rest->q || !rest->signs.empty() || !rest->currency.empty() ||
      !rest->fraction.empty() || rest->scale.empty() ||
      rest->q->written_unit.style != unit_style::level)
    return false;
  const int small = rest->q->written_unit.scale_exp;
  if (small <= 0 || small >= big || rest->q->number >= power_of_ten(big - small)) return false;
  quantity q = *rest->q;
  q.qual = m.q->qual;
  const double whole = std::abs(m.q->number) * power_of_ten(big - small) + rest->q->number;
  q.number = m.q->number < 0 ? -whole : whole;
  m.q = q;
  m.end = rest->end;
  m.scale = rest->scale;
  m.unit_words = rest->unit_words;
  ++m.parts;
  return true;
}

}  // namespace

std::optional<prose_match> match_prose_quantity(std::string_view text, std::size_t at) {
  std::optional<prose_match> m = match_one(text, at);
  while (m && extend_compound(text, *m)) {
  }
  return m;
}

std::optional<unit> parse_unit(std::string_view text, quantity_error& error) {
  quantity_detail::unit_ast ast;
  const quantity_detail::parse_stop stop = quantity_detail::parse_unit_text(text, ast);
  const bool empty = ast.prefix_text.empty() && ast.scale_text.empty() &&
                     ast.words == quantity_detail::unit_words_kind::none;
  if (empty) {
    error = {stop.offset, "expected a unit"};
    return std::nullopt;
  }
  if (stop.offset != text.size()) {
    error = {stop.offset, "unexpected text " + quote_rest(text, stop.offset) + " after the unit"};
    return std::nullopt;
  }
  return quantity_detail::make_unit(ast, text, error);
}

}  // namespace crossfoot
