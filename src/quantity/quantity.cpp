// Quantity strings: the grammar (grammar.cpp) finds the parts, this file gives them meaning
// and turns every failure into a quantity_error. Nothing here throws.
#include "quantity/quantity.hpp"

#include <charconv>
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
  return sign != "+";
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

std::optional<prose_match> match_prose_quantity(std::string_view text, std::size_t at) {
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
