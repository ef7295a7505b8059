#pragma once
// Repeated claims of one figure: agreeing claims are intersected; claims that cannot all be
// true form a conflict group with their children from the same TOML tables.
#include <map>
#include <set>
#include <vector>

#include "eval/check.hpp"
#include "eval/evaluate.hpp"

namespace crossfoot {

struct conflict_group {
  std::string key;  // the array-of-tables key: "intermediate.total"
  std::vector<const figure*> members;
  std::set<int> alternatives;
};

/// A figure's state for evaluation: its claims intersected, and its conflict group (the
/// array-of-tables key) when they cannot all be true ("" when they can).
figure_state state_of(const figure& f);

/// Figure states for evaluation, and the conflict groups found among them.
figure_states build_states(const figure_set& figures, std::vector<conflict_group>& groups);

/// The conflict finding of a group, without its alternative outcomes.
finding conflict_finding(const conflict_group& g);

}  // namespace crossfoot
