// Qualifier words: the grammar owns the spellings, this file only names the results.
#include "quantity/detail/parse.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot {

const char* to_string(qualifier q) {
  switch (q) {
    case qualifier::none:
      return "";
    case qualifier::nearly:
      return "nearly";
    case qualifier::about:
      return "about";
    case qualifier::more_than:
      return "more than";
    case qualifier::less_than:
      return "less than";
    case qualifier::at_least:
      return "at least";
    case qualifier::at_most:
      return "at most";
  }
  return "";
}

std::optional<qualifier> parse_qualifier(std::string_view word) {
  return quantity_detail::parse_qualifier_text(word);
}

}  // namespace crossfoot
