#pragma once
// Compiles rule instances and claims into one interval constraint problem: every figure id a
// rule instance names becomes a variable (stated or not), every claim a fact on its variable.
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
  std::unordered_map<std::string, std::size_t> var_of;
  std::vector<fact_source> facts;            // parallel to p.facts
  std::vector<compiled_instance> instances;  // parallel to p.constraints
  // The instances that could not be compiled (min() of nothing, count()), kept with their
  // keys: with `instances`, every key given to compile, each once.
  std::vector<compiled_instance> left_out;

  std::size_t constraint_element(std::size_t c) const { return p.facts.size() + c; }
};

/// Every claim of `figures` becomes a fact; each instance a constraint (instances that cannot
/// be compiled, e.g. min() of nothing, are left out: `left_out`).
compiled_problem compile(const figure_set& figures, const figure_index& index,
                         std::vector<instance_key> instances);

}  // namespace crossfoot
