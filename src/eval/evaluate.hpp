#pragma once
// Interval evaluation of one rule instance. Figures are looked up through the binding; a
// figure whose claims conflict takes the claim of the alternative selected for its group.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eval/binder.hpp"
#include "eval/check.hpp"

namespace crossfoot {

/// What a figure contributes to evaluation: its claims intersected, or a conflict group.
struct figure_state {
  const figure* fig = nullptr;
  interval value;  // intersection of the claims (empty when they conflict)
  // Conflict group (array-of-tables key, a view into the first claim's origin), "" when the
  // claims agree.
  std::string_view group;
};

/// Every stated figure's state, by id: a vector parallel to the figure set's figures, found
/// through the set's own index of ids (a second map of every id cost a check of 300,000
/// figures 36 MB). The figure set must outlive it.
class figure_states {
 public:
  figure_states() = default;  // states nothing
  explicit figure_states(const figure_set& figures)
      : figures_(&figures), of_(figures.figures.size()) {}
  /// `base`'s states with the figure at `position` in another state (its claims re-read in
  /// another unit), without a copy of the others: a check that tries this for many figures
  /// stays linear. `base` must outlive it.
  figure_states(const figure_states& base, std::size_t position, figure_state replaced)
      : figures_(base.figures_), base_(&base), replaced_at_(position), replaced_(replaced) {}
  /// The state of the stated figure `id`; nullptr when nothing states it.
  const figure_state* find(const std::string& id) const {
    if (!figures_) return nullptr;
    auto it = figures_->index.find(id);
    if (it == figures_->index.end()) return nullptr;
    if (!base_) return &of_[it->second];
    return it->second == replaced_at_ ? &replaced_ : &base_->of_[it->second];
  }
  bool count(const std::string& id) const { return find(id) != nullptr; }
  /// The state of the figure at `position` in the set's figures.
  figure_state& at(std::size_t position) { return of_[position]; }

 private:
  const figure_set* figures_ = nullptr;
  std::vector<figure_state> of_;         // empty in an overlay
  const figure_states* base_ = nullptr;  // an overlay's states but one
  std::size_t replaced_at_ = 0;
  figure_state replaced_;
};
using selection = std::map<std::string, int>;  // conflict group -> chosen alternative

struct value {
  interval iv = interval::entire();
  unit u;
  bool is_bool = false;
  truth t;
  bool known = true;          // false: depends on a figure nothing states, or on a conflict
  bool zero_literal = false;  // a bare 0 fits any dimension
};

struct eval_context {
  eval_context(const figure_index& i, const figure_states& s, const binding_map& b,
               const selection& c, const tolerance* w)
      : index(i), states(s), bound(b), chosen(c), within(w) {}

  const figure_index& index;
  const figure_states& states;
  const binding_map& bound;
  const selection& chosen;
  const tolerance* within = nullptr;
  // Figures nobody states, as inference implies them; null before inference has run.
  const std::unordered_map<std::string, const implied_figure*>* implied = nullptr;

  std::vector<figure_use> uses;              // in order of first use
  std::unordered_set<std::string> used_ids;  // the ids in `uses`: sum(x.*) of 100,000 is linear
  std::set<std::string> needed_groups;       // conflict groups met without a chosen alternative
  std::string missing;                       // first unstated figure met
  std::string unit_error;                    // first dimension mismatch met
  bool currency_mismatch = false;            // ... and it is between two currencies
  std::optional<side> lhs, rhs;              // of the deciding comparison
  bool sides_fail = false;
  std::vector<side> terms;  // the arguments of agree()
  // Values of shared nodes (a let used twice) in this instance: each is evaluated once.
  std::unordered_map<const rexpr*, value> memo;
  // (shared node, span: ".prev" or ".year_ago") -> its earlier level
  std::map<std::pair<const rexpr*, std::string_view>, value> previous_memo;
};

/// The value of `e` in the instance; a shared node is evaluated once per context.
value evaluate(const rexpr& e, eval_context& ctx);

/// A figure as a finding shows it: one claim (claim_index >= 0) or all intersected (-1).
figure_use make_use(const figure& f, int claim_index, const interval& iv);

/// The value of anything that depends on a figure nobody states (or a conflict).
value unknown_value();

/// The claim(s) of a figure under a selection: one claim's interval, or all intersected.
interval claim_value(const figure& f, const std::string& group, const selection& chosen,
                     int& claim_index);

}  // namespace crossfoot
