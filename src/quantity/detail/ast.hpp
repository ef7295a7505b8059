#pragma once
// What the quantity grammar recognises, before any meaning is given to it. X3-free so that
// quantity.cpp can turn it into a `quantity` without compiling Spirit. Views point into the
// parsed text; their positions become error offsets.
#include <string>
#include <string_view>
#include <vector>

#include "quantity/quantity.hpp"

namespace crossfoot::quantity_detail {

enum class unit_words_kind { none, percent, points, times, currency, counted };

struct unit_ast {
  std::string prefix_currency;   // canonical code of a currency before the number: "RMB"
  std::string_view prefix_text;  // as written: "US$"
  int scale_exp = 0;
  std::string_view scale_text;  // as written: "bn"
  unit_words_kind words = unit_words_kind::none;
  std::string suffix_currency;  // canonical code of a currency word after the number
  std::string_view words_text;  // the unit words as written: "percentage points", "TEU"
  std::vector<std::string_view> counted_words;  // one view per word of a counted thing
};

struct quantity_ast {
  qualifier qual = qualifier::none;
  std::vector<std::string_view> signs;  // each sign as written; more than one is an error
  std::string_view integer_text;        // digits with their separators: "17,000"
  std::string_view fraction_text;       // digits after the decimal point
  unit_ast unit;
  int sign_word = 0;                // -1 after "deficit", +1 after "surplus"
  std::string_view sign_word_text;  // the word as written
};

// The grammar fills either AST through the same pieces; this finds the unit part of each.
inline unit_ast& unit_part(unit_ast& u) {
  return u;
}
inline unit_ast& unit_part(quantity_ast& q) {
  return q.unit;
}

}  // namespace crossfoot::quantity_detail
