#pragma once
// Diagnosis of one minimal conflict: which claims, set aside alone, make every rule
// satisfiable (suspects), and which simple slip, repaired, makes them fit (hypotheses).
#include <optional>
#include <vector>

#include "eval/components.hpp"
#include "eval/infer.hpp"

namespace crossfoot {

struct diagnosis_input {
  const rule_set& rules;
  const figure_set& figures;
  compiled_problem& base;                // the conflict's group of connected elements, alone;
                                         // fact values are swapped in and out while testing
  const std::vector<std::size_t>& live;  // the elements the suspects are tested among
  const conflict_report& conflict;       // in `base`'s numbering
  const figure_groups& groups;           // of the whole check: what a relabelling can touch
};

/// The likely error, when some suspect exists; `culprit` becomes the elements to set aside.
std::optional<diagnosis> diagnose(diagnosis_input& d, std::vector<std::size_t>& culprit);

/// A reading of a claim that a slip would explain.
struct repaired_value {
  hypothesis::kind what;
  interval value;       // base units
  std::string becomes;  // as it would be written
  std::string detail;
};

/// Digit, scale, sign and percent/points slips of one claim. `slot` is the last segment of its
/// id; `parent` the value of the figure a growth or change belongs to, when it is a stated rate.
std::vector<repaired_value> value_slips(const claim& c, const std::string& slot,
                                        const std::optional<interval>& parent);

/// The sibling ids a table of claims could have been meant for: "intermediate.total" ->
/// intermediate.exports, intermediate.imports, intermediate.balance.
std::vector<std::string> sibling_ids(const std::string& id);

}  // namespace crossfoot
