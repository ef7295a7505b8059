#pragma once
// Compiles rule instances and claims into one interval constraint problem: every figure id a
// rule instance names becomes a variable (stated or not), every claim a fact on its variable.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "eval/binder.hpp"
#include "solve/problem.hpp"

namespace crossfoot {

struct instance_key {
  const rule* r = nullptr;
  binding_map bound;
};

/// The solver's comparison for a rules comparison operator (eq … ge).
solve::op comparison_of(syntax::op o);

/// "share_of_total_trade for bri", or the rule's name when it has no variables.
std::string instance_label(const instance_key& k);

struct compiled_instance {
  instance_key key;
  std::size_t source = 0;  // the instance's index in the list given to compile
};

struct fact_source {
  const figure* fig = nullptr;
  std::size_t claim = 0;  // index into fig->claims
};

struct compiled_problem {
  solve::problem p;
  std::vector<std::string> var_ids;
  std::vector<bool> var_stated;
  std::vector<fact_source> facts;            // parallel to p.facts
  std::vector<compiled_instance> instances;  // parallel to p.constraints
  // The instances that could not be compiled (min() of nothing, count()), kept with their
  // keys: with `instances`, every key given to compile, each once.
  std::vector<compiled_instance> left_out;

  std::size_t constraint_element(std::size_t c) const { return p.facts.size() + c; }

  /// The variable of id `id`, if the problem has one.
  std::optional<std::size_t> var_named(const std::string& id) const;
  /// A new variable for `id` (which has none yet).
  std::size_t add_var(const std::string& id, bool stated);
  /// The figures of `set` as variables 0 .. figures - 1, in order (on an empty problem): they
  /// are found through the set's own index of ids, not a second map of every id. The set must
  /// outlive the problem.
  void number_figures(const figure_set& set);

 private:
  const figure_set* figures_ = nullptr;                  // see number_figures
  std::unordered_map<std::string, std::size_t> others_;  // every other variable, by id
};

/// Every claim of `figures` becomes a fact; each instance a constraint (instances that cannot
/// be compiled, e.g. min() of nothing, are left out: `left_out`).
compiled_problem compile(const figure_set& figures, const figure_index& index,
                         std::vector<instance_key> instances);

}  // namespace crossfoot
