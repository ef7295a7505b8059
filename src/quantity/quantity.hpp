#pragma once
// Published quantities: "more than RMB 5 trillion", "−3.1%", "17,000 trains", "1.7pp".
// The parser is Spirit X3 (grammar in detail/, instantiated once in grammar.cpp); this header
// is X3-free so every other stage can use it. The same grammar will later read draft text.
#include <optional>
#include <string>
#include <string_view>

#include "num/interval.hpp"
#include "num/unit.hpp"

namespace crossfoot {

enum class qualifier { none, nearly, about, more_than, less_than, at_least, at_most };

const char* to_string(qualifier q);
/// "nearly", "about", "around", "approximately", "over", "more than", "less than", "under",
/// "at least", "at most", "up to" (case-insensitive); nullopt for anything else.
std::optional<qualifier> parse_qualifier(std::string_view word);

struct quantity {
  qualifier qual = qualifier::none;
  double number = 0;  // signed, as written, in the written scale: 13.47 for "RMB 13.47 trillion"
  int decimals = 0;   // digits after the decimal point as written
  bool thousands_rounded = false;  // an integer >= 1000 ending in three or more zeros
  unit written_unit;               // dimension, style and scale as written
};

struct quantity_error {
  std::size_t offset = 0;  // byte offset in the parsed text where it went wrong
  std::string message;     // "expected a number", "unknown unit 'zorkmids'"
};

/// Parses a whole quantity string. Leading and trailing white space is allowed.
std::optional<quantity> parse_quantity(std::string_view text, quantity_error& error);

/// A quantity written with digits in running prose, as found at one place of a text: the
/// quantity (when its parts make one), where it ends, and its parts as written (views into the
/// text), so a reader can judge whether it is a claim at all ("2019" alone is a year).
struct prose_match {
  std::optional<quantity> q;    // nullopt when the parts make no quantity (a number too large)
  quantity_error error;         // why, then
  std::size_t end = 0;          // one past the quantity in the text
  std::string_view signs;       // "-" or "+" as written, or "" (the first sign when two)
  std::string_view currency;    // a currency before the number as written: "US$", "¥", or ""
  std::string_view integer;     // the digits before the point, separators included: "17,000"
  std::string_view fraction;    // the digits after the point, or ""
  std::string_view scale;       // "bn", "million", or ""
  std::string_view unit_words;  // "%", "percentage points", "euros", or ""
  int parts = 1;                // the numbers it joins: 2 for "4 million 650 thousand"
  /// Digits alone: no sign, currency, fraction, scale or unit words ("2019", "17,000").
  bool bare() const {
    return signs.empty() && currency.empty() && fraction.empty() && scale.empty() &&
           unit_words.empty();
  }
};

/// The quantity written with digits that starts exactly at text[at]: an optional sign and
/// currency, the number, a scale and the fixed unit words (%, percentage points, times, a
/// currency word), but no counted things, which in prose are the caller's to judge ("17,000
/// trains and delivered"). A number written in digits and scale words, the larger first ("4
/// million 650 thousand"), is one number in its last scale (4650 thousand): `integer` is its
/// first part's digits and `scale` its last scale word. nullopt when no number starts there.
/// The draft reader and the figures file's quote check both read numbers through this.
std::optional<prose_match> match_prose_quantity(std::string_view text, std::size_t at);

/// The word of a counted unit that the lexicon does not know as a counted thing, or "" when it
/// knows one of its words: "pc" for "5.2 pc", "" for "approved exporters" (exporter) or "TEU".
/// Levels in a currency and dimensionless units give "".
std::string unknown_counted_word(const unit& u);

/// The lexicon's unit word nearest to `word` (a currency, a scale, a percent word or a
/// counted thing, within an edit or two), for "did you mean": "pct" for "pc", "vehicles" for
/// "vehicels"; "" when none is near.
std::string nearest_unit_word(std::string_view word);

/// Parses the unit in a level literal's brackets or a TOML `unit` key: "RMB trillion",
/// "million vehicles", "%", "pp", "USD bn".
std::optional<unit> parse_unit(std::string_view text, quantity_error& error);

/// Precision of a figure: half a unit in the last written digit, or an explicit half-width
/// in the written unit and scale, or exact.
struct precision {
  enum class kind { from_digits, half_width, exact } how = kind::from_digits;
  double half_width = 0;
};

/// The interval of true values a published quantity stands for, in base units, with the
/// qualifier applied (`slack` is the fraction used by nearly/about, 0.10 by default).
interval to_interval(const quantity& q, const precision& p, double slack);

}  // namespace crossfoot
