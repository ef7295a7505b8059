#include <array>
#include <cctype>

#include "quantity/detail/unit_words.hpp"

namespace crossfoot::quantity_detail {

namespace {

std::size_t offset_of(std::string_view text, std::string_view part) {
  return static_cast<std::size_t>(part.data() - text.data());
}

std::optional<unit> fail(quantity_error& error, std::size_t offset, std::string message) {
  error = {offset, std::move(message)};
  return std::nullopt;
}

std::string lower(std::string_view word) {
  std::string result(word);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

// Words that never name a counted thing: inside one they are a misspelt unit, as in
// "5 billon yuan", which would otherwise silently count "billon yuan".
bool reserved_word(const std::string& word) {
  static const std::array<const char*, 19> reserved = {
      "thousand", "million", "billion", "trillion", "yuan",      "renminbi", "rmb",
      "cny",      "usd",     "dollar",  "dollars",  "euro",      "euros",    "eur",
      "gbp",      "jpy",     "yen",     "percent",  "percentage"};
  for (const char* r : reserved) {
    if (word == r) return true;
  }
  return false;
}

std::optional<unit> level_unit(const unit_ast& ast, const std::string& base) {
  const std::string word = scale_name(ast.scale_exp);
  if (base.empty()) {
    // A bare scaled count ("3 million"): dimensionless, but shown with its scale word.
    return unit{dimension{}, unit_style::level, ast.scale_exp, word};
  }
  return unit::level(base, ast.scale_exp, word);
}

std::optional<unit> plain_unit(const unit_ast& ast, const std::string& currency,
                               std::string_view text, quantity_error& error) {
  const std::string words(ast.words_text);
  if (!currency.empty()) {
    return fail(error, offset_of(text, ast.words_text),
                "'" + words + "' cannot follow a currency amount");
  }
  if (!ast.scale_text.empty()) {
    return fail(
        error, offset_of(text, ast.scale_text),
        "scale '" + std::string(ast.scale_text) + "' cannot be combined with '" + words + "'");
  }
  if (ast.words == unit_words_kind::percent) return unit::percent();
  if (ast.words == unit_words_kind::points) return unit::points();
  return unit::number();
}

std::optional<unit> counted_unit(const unit_ast& ast, const std::string& currency,
                                 std::string_view text, quantity_error& error) {
  const std::size_t at = offset_of(text, ast.words_text);
  const std::string words(ast.words_text);
  if (!currency.empty()) {
    return fail(error, at, "unknown unit '" + words + "' after a currency amount");
  }
  for (std::string_view w : ast.counted_words) {
    if (reserved_word(lower(w))) return fail(error, at, "unknown unit '" + words + "'");
  }
  return level_unit(ast, counted_dimension(ast));
}

}  // namespace

std::string counted_dimension(const unit_ast& ast) {
  std::string result;
  for (std::string_view w : ast.counted_words) {
    std::string word = lower(w);
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    if (!result.empty()) result += ' ';
    result += word;
  }
  return result;
}

std::optional<unit> make_unit(const unit_ast& ast, std::string_view text, quantity_error& error) {
  if (!ast.prefix_currency.empty() && !ast.suffix_currency.empty()) {
    return fail(error, offset_of(text, ast.words_text),
                "currency written twice: '" + std::string(ast.prefix_text) + "' and '" +
                    std::string(ast.words_text) + "'");
  }
  const std::string currency =
      ast.prefix_currency.empty() ? ast.suffix_currency : ast.prefix_currency;
  switch (ast.words) {
    case unit_words_kind::percent:
    case unit_words_kind::points:
    case unit_words_kind::times:
      return plain_unit(ast, currency, text, error);
    case unit_words_kind::counted:
      return counted_unit(ast, currency, text, error);
    case unit_words_kind::none:
    case unit_words_kind::currency:
      break;
  }
  if (currency.empty() && ast.scale_text.empty()) return unit::number();
  return level_unit(ast, currency);
}

std::string quote_rest(std::string_view text, std::size_t offset) {
  std::string_view rest = text.substr(offset);
  constexpr std::size_t max_bytes = 24;
  const bool long_text = rest.size() > max_bytes;
  if (long_text) {
    std::size_t cut = max_bytes;
    // Never cut a UTF-8 sequence in half: continuation bytes are 10xxxxxx.
    while (cut < rest.size() && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) ++cut;
    rest = rest.substr(0, cut);
  }
  while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back()))) {
    rest.remove_suffix(1);
  }
  return "'" + std::string(rest) + (long_text ? "...'" : "'");
}

}  // namespace crossfoot::quantity_detail
