#pragma once
// Scoring the extract library's own claims (the accuracy tests); the e2e tests score the
// binary's JSON output with the same scorer.
#include "extract/extract.hpp"
#include "gold_scoring.hpp"

namespace crossfoot::testing {

inline std::string gold_qualifier_name(qualifier q) {
  switch (q) {
    case qualifier::none:
      return "exact";
    case qualifier::nearly:
      return "nearly";
    case qualifier::about:
      return "about";
    case qualifier::more_than:
    case qualifier::at_least:
      return "more_than";
    case qualifier::less_than:
    case qualifier::at_most:
      return "less_than";
  }
  return "exact";
}

inline scored_claim to_scored(const draft_claim& c) {
  return {c.from.line,
          c.from.col,
          c.to.line,
          c.to.col,
          editor_value(c),
          c.upper,
          editor_unit(c),
          to_string(c.kind),
          gold_qualifier_name(c.q.qual),
          std::string(c.written)};
}

inline score score_extract(const draft_extract& d, const std::vector<gold_claim>& gold) {
  std::vector<scored_claim> claims;
  claims.reserve(d.claims.size());
  for (const draft_claim& c : d.claims) claims.push_back(to_scored(c));
  return score_claims(d.draft->text(), claims, gold);
}

}  // namespace crossfoot::testing
