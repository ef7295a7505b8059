#pragma once
// What inference changes in the per-instance findings: undecided instances decided with the
// implied values, instances with repeated figures decided by splitting, and each conflict
// attached to the finding it explains (or made a finding of its own).
#include <vector>

#include "eval/evaluate.hpp"
#include "eval/infer.hpp"

namespace crossfoot {

// An instance as run_check decided it. Its binding is not repeated here: it is the key given
// to inference at the same index (inf.base: among the compiled instances, or those left out).
struct instance_record {
  const rule* r = nullptr;
  int finding = -1;  // index into the result's findings; -1 when decided per claim or unlisted
  // A pass counted without a finding (check_options::keep_passing false): where its finding
  // would stand among the findings; -1 otherwise.
  int unlisted_at = -1;
};

struct refine_input {
  const inference& inf;
  const std::vector<instance_record>& instances;  // in the order of inf.base's keys' sources
  const figure_index& index;
  const figure_states& states;
  const rule_set& rules;  // the records' rules, in the order of check_result::unlisted_passes
};

void refine(const refine_input& in, check_result& result);

}  // namespace crossfoot
