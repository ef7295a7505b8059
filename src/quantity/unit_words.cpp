#include <set>
#include <vector>

#include "core/edit_distance.hpp"
#include "core/text.hpp"
#include "quantity/detail/unit_words.hpp"
#include "quantity/lexicon.hpp"

namespace crossfoot::quantity_detail {

namespace {

std::size_t offset_of(std::string_view text, std::string_view part) {
  return static_cast<std::size_t>(part.data() - text.data());
}

std::optional<unit> fail(quantity_error& error, std::size_t offset, std::string message) {
  error = {offset, std::move(message)};
  return std::nullopt;
}

// The last word of a currency's name of several words ("kroner" of "Danish kroner"), which
// names no currency alone (Danish or Norwegian) but is still money, never a counted thing.
bool ends_a_currency_name(const std::string& word) {
  static const std::set<std::string_view> last_words = [] {
    std::set<std::string_view> out;
    for (const lexicon::entry* e : lexicon::of_class(lexicon::word_class::currency)) {
      const std::size_t space = e->text.rfind(' ');
      if (space != std::string_view::npos) out.insert(e->text.substr(space + 1));
    }
    return out;
  }();
  return last_words.count(word) > 0;
}

// Words that never name a counted thing: the lexicon's currencies, scales and percent words.
// Inside a counted thing they are a misspelt unit, as in "5 billon pounds", which would
// otherwise silently count "billon pound".
bool reserved_word(const std::string& word) {
  using lexicon::word_class;
  if (ends_a_currency_name(word)) return true;
  const lexicon::entry* e = lexicon::find(word);
  // "m" glued to a number is a scale; spaced, it counts metres.
  const bool scale = e && e->is(word_class::scale) && !e->is(word_class::glued_scale);
  return e && (e->is(word_class::currency) || scale || e->is(word_class::percent) ||
               word == "percentage");
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
    if (reserved_word(ascii_lower(w))) return fail(error, at, "unknown unit '" + words + "'");
  }
  return level_unit(ast, counted_dimension(ast));
}

}  // namespace

std::string counted_dimension(const unit_ast& ast) {
  std::string result;
  // The head noun (the last word) by the lexicon's name for what it counts ("persons" and
  // "people" are "person"); the words before it as written, singular ("twenty-foot").
  for (std::size_t i = 0; i < ast.counted_words.size(); ++i) {
    if (!result.empty()) result += ' ';
    const std::string w = ascii_lower(ast.counted_words[i]);
    result += i + 1 == ast.counted_words.size() ? lexicon::counted_name(w) : lexicon::singular(w);
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
    rest = rest.substr(0, utf8_ceil(rest, max_bytes));  // never half a character
  }
  while (!rest.empty() && is_blank(rest.back())) rest.remove_suffix(1);
  return "'" + std::string(rest) + (long_text ? "...'" : "'");
}

}  // namespace crossfoot::quantity_detail

namespace crossfoot {

std::string unknown_counted_word(const unit& u) {
  if (u.dim.dimensionless() || u.style != unit_style::level) return "";
  const std::string name = u.dim.to_string();
  if (is_currency(name)) return "";
  for (std::size_t at = 0; at <= name.size();) {
    std::size_t space = name.find(' ', at);
    if (space == std::string::npos) space = name.size();
    if (lexicon::counted_thing(ascii_lower(std::string_view(name).substr(at, space - at))))
      return "";
    at = space + 1;
  }
  return name;
}

std::string nearest_unit_word(std::string_view word) {
  using lexicon::word_class;
  const std::string w = ascii_lower(word);
  const std::size_t limit = w.size() <= 3 ? 1 : 2;
  std::vector<std::size_t> row;
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const lexicon::entry& e : lexicon::entries()) {
    const bool unit_word = e.is(word_class::currency) || e.is(word_class::scale) ||
                           e.is(word_class::percent) || lexicon::counted_thing(e.text);
    if (!unit_word || e.text == w || e.text.size() < 2) continue;
    const std::size_t d = edit_distance(w, e.text, limit, row);
    if (d < best_distance) best_distance = d, best = std::string(e.text);
  }
  return best;
}

}  // namespace crossfoot
