#pragma once
// The currency a draft's ambiguous signs stand for. "$" is the US dollar, unless the draft
// names another dollar more often ("Canadian dollars", "C$", "CAD"): a Canadian release writes
// "$64.0 billion" for Canadian dollars. "¥" is the yen, unless the draft names the yuan more
// often. Which currencies a sign may stand for is the lexicon's (`sign_of`).
#include <string>
#include <string_view>
#include <vector>

#include "extract/detail/text.hpp"
#include "num/unit.hpp"

namespace crossfoot::extract_detail {

class document_money {
 public:
  /// Counts the currencies the text names, one pass over its words.
  static document_money of(const prose& p);

  /// The unit of a claim written `written` (as in the draft): a level in a sign's default
  /// currency (USD, JPY) becomes the draft's reading of the sign, unless the claim names its
  /// currency itself ("US$5 billion", "5 billion yen").
  unit read(const unit& u, std::string_view written) const;

 private:
  struct sign_reading {
    std::string_view sign;          // "$"
    std::string_view default_code;  // "USD": what the sign is when nothing says otherwise
    std::string code;               // what it is in this draft
  };
  std::vector<sign_reading> signs_;
};

}  // namespace crossfoot::extract_detail
