#pragma once
// Inference over all rule instances and claims together: the values of figures nobody states,
// the minimal sets of claims and rules that cannot all hold, and the likely error behind each.
#include <deque>
#include <optional>
#include <vector>

#include "eval/check.hpp"
#include "eval/compile.hpp"

namespace crossfoot {

/// Two rule instances that give an unstated figure different dimensions.
struct unit_clash {
  std::string id;
  std::size_t first = 0, second = 0;  // the instances (constraints) that disagree
  unit first_unit, second_unit;
};

struct conflict_report {
  std::vector<std::size_t> facts;        // indices into the problem's facts
  std::vector<std::size_t> constraints;  // indices into the problem's constraints
  std::optional<implied_side> cannot_close;
  std::optional<diagnosis> cause;
};

struct inference {
  compiled_problem base;
  solve::active_set active;  // elements left once each conflict's culprit is set aside
  solve::outcome final;      // propagation over `active`
  std::vector<conflict_report> conflicts;
  std::vector<implied_figure> implied;
  std::vector<unit_clash> unit_clashes;
};

struct inference_input {
  const rule_set& rules;
  const figure_set& figures;
  const figure_index& index;
  std::vector<instance_key> instances;
  bool diagnose = true;
};

/// Takes the instances over (they move into the compiled problem).
inference infer(inference_input in);

/// Every instance of every rule over a figure set, as run_check binds them.
std::vector<instance_key> all_instances(const rule_set& rules, const figure_index& index);

/// A claim as a finding shows it.
figure_use claim_use(const figure& f, std::size_t claim);

/// The display unit of each variable of a problem: a stated figure's own (referred to, not
/// copied: a check of 300,000 figures holds 8 bytes per variable, not a 64-byte unit), one
/// inferred for an unstated figure, or a plain number where nothing says.
class unit_table {
 public:
  unit_table() = default;
  explicit unit_table(std::size_t vars) : of_(vars, nullptr) {}
  const unit& operator[](std::size_t v) const { return of_[v] ? *of_[v] : plain(); }
  std::size_t size() const { return of_.size(); }
  /// Whether variable v has a unit (else it reads as a plain number).
  bool known(std::size_t v) const { return of_[v] != nullptr; }
  /// Variable v's unit is `u`, which outlives the table (a figure's, or another table's).
  void refer(std::size_t v, const unit& u) { of_[v] = &u; }
  /// Variable v's unit is `u`, kept by the table.
  void set(std::size_t v, unit u) {
    owned_.push_back(std::move(u));
    of_[v] = &owned_.back();
  }
  /// A new last variable whose unit is `u` (kept elsewhere, as for refer).
  void push_back_ref(const unit& u) { of_.push_back(&u); }

 private:
  static const unit& plain();
  std::vector<const unit*> of_;
  std::deque<unit> owned_;  // inferred units; a deque keeps them in place
};

/// The display unit of each variable: a stated figure's own, and for an unstated one the unit
/// inferred from the rules that use it; clashes between rules are appended to `clashes` when
/// given. The table refers to the figures' units: it lives no longer than they do.
unit_table infer_units(const compiled_problem& cp, const figure_index& index,
                       std::vector<unit_clash>* clashes = nullptr);

}  // namespace crossfoot
