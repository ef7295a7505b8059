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
