#pragma once
// A compiled problem cut into its groups of connected elements. Facts and rule instances that
// share no figure, directly or through other instances, cannot affect each other's
// feasibility, so a failing group is taken apart, and its likely error sought, among its own
// elements: the work per conflict is sized by its group, not by the whole check.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "eval/compile.hpp"
#include "eval/figure_index.hpp"

namespace crossfoot {

/// Some elements of a problem, renumbered as a problem of their own (facts, constraints and
/// variables keep their relative order, so the solver visits them as it would in the whole).
struct sub_problem {
  compiled_problem cp;
  std::vector<std::size_t> element_of;  // element here -> element of the whole
  std::vector<std::size_t> var_of;      // variable here -> variable of the whole
};

/// The sub-problem of `elements` (sorted element indices of `whole`): each constraint keeps
/// every variable it names, so the elements should be whole groups of connected ones.
sub_problem sub_problem_of(const compiled_problem& whole, const std::vector<std::size_t>& elements);
/// The same with a scratch list of the whole's variables, kept between calls: cutting every
/// group of a large check out of it then costs in proportion to the groups, not to the groups
/// times the variables of the whole (a list of every variable made for each group).
sub_problem sub_problem_of(const compiled_problem& whole, const std::vector<std::size_t>& elements,
                           std::vector<std::size_t>& scratch);

/// Where the figures of a problem lie among its groups of connected elements (every fact and
/// constraint counted, active or not), so that a relabelling the diagnosis tries is rebuilt
/// from the groups it can touch rather than from every figure of the check.
class figure_groups {
 public:
  figure_groups(const compiled_problem& whole, const figure_index& index);

  /// The group of a variable of the whole problem: the figure `id` names, stated or not
  /// (a stated one also through a period alias); none when no instance or claim names it.
  std::optional<std::size_t> group_of(const std::string& id) const;
  /// The groups of every stated figure whose id starts with `prefix` + ".".
  const std::vector<std::size_t>& groups_under(const std::string& prefix) const;
  /// The facts of the whole problem in `groups`, in the whole problem's order.
  std::vector<std::size_t> facts_of(const std::vector<std::size_t>& groups) const;

  const compiled_problem& whole() const { return whole_; }

 private:
  const compiled_problem& whole_;
  const figure_index& index_;
  std::vector<std::size_t> var_group_;           // per variable of the whole problem
  std::vector<std::vector<std::size_t>> facts_;  // per group: its facts, ascending
  std::unordered_map<std::string, std::vector<std::size_t>> under_;  // prefix -> groups
};

}  // namespace crossfoot
