#include "eval/components.hpp"

#include <algorithm>
#include <numeric>

namespace crossfoot {
namespace {

std::size_t root_of(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// Per variable: its group, numbered densely in order of first appearance.
std::vector<std::size_t> variable_groups(const solve::problem& p) {
  std::vector<std::size_t> parent(p.vars);
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (const auto& c : p.constraints) {
    for (std::size_t i = 1; i < c.vars.size(); ++i)
      parent[root_of(parent, c.vars[i])] = root_of(parent, c.vars[0]);
  }
  std::vector<std::size_t> dense(p.vars, p.vars), out(p.vars);
  std::size_t next = 0;
  for (std::size_t v = 0; v < p.vars; ++v) {
    std::size_t r = root_of(parent, v);
    if (dense[r] == p.vars) dense[r] = next++;
    out[v] = dense[r];
  }
  return out;
}

// The variables `elements` name, ascending, as a map whole -> local.
std::vector<std::size_t> variables_of(const compiled_problem& whole,
                                      const std::vector<std::size_t>& elements,
                                      std::vector<std::size_t>& local) {
  const auto& p = whole.p;
  std::vector<std::size_t> vars;
  for (std::size_t e : elements) {
    if (e < p.facts.size()) {
      vars.push_back(p.facts[e].var);
    } else {
      const auto& c = p.constraints[e - p.facts.size()];
      vars.insert(vars.end(), c.vars.begin(), c.vars.end());
    }
  }
  std::sort(vars.begin(), vars.end());
  vars.erase(std::unique(vars.begin(), vars.end()), vars.end());
  for (std::size_t i = 0; i < vars.size(); ++i) local[vars[i]] = i;
  return vars;
}

}  // namespace

sub_problem sub_problem_of(const compiled_problem& whole,
                           const std::vector<std::size_t>& elements) {
  std::vector<std::size_t> scratch;
  return sub_problem_of(whole, elements, scratch);
}

sub_problem sub_problem_of(const compiled_problem& whole, const std::vector<std::size_t>& elements,
                           std::vector<std::size_t>& local) {
  sub_problem out;
  // Only the entries of this group's variables are written and read back: the rest keep
  // whatever an earlier group left there.
  if (local.size() < whole.p.vars) local.resize(whole.p.vars);
  out.var_of = variables_of(whole, elements, local);
  auto& cp = out.cp;
  for (std::size_t v : out.var_of) cp.add_var(whole.var_ids[v], whole.var_stated[v]);
  const std::size_t facts = whole.p.facts.size();
  for (std::size_t e : elements) {
    if (e >= facts) continue;
    cp.p.facts.push_back({local[whole.p.facts[e].var], whole.p.facts[e].value});
    cp.facts.push_back(whole.facts[e]);
    out.element_of.push_back(e);
  }
  for (std::size_t e : elements) {
    if (e < facts) continue;
    solve::constraint c = whole.p.constraints[e - facts];
    for (std::size_t& v : c.vars) v = local[v];
    cp.p.constraints.push_back(std::move(c));
    cp.instances.push_back(whole.instances[e - facts]);
    out.element_of.push_back(e);
  }
  return out;
}

figure_groups::figure_groups(const compiled_problem& whole, const figure_index& index)
    : whole_(whole), index_(index), var_group_(variable_groups(whole.p)) {
  for (std::size_t f = 0; f < whole.p.facts.size(); ++f) {
    std::size_t g = var_group_[whole.p.facts[f].var];
    if (g >= facts_.size()) facts_.resize(g + 1);
    facts_[g].push_back(f);
    // Every proper prefix of the id: a table relabelled to a sibling meets its parent's kin.
    const std::string& id = whole.facts[f].fig->id;
    for (auto dot = id.find('.'); dot != std::string::npos; dot = id.find('.', dot + 1)) {
      auto& groups = under_[id.substr(0, dot)];
      if (groups.empty() || groups.back() != g) groups.push_back(g);
    }
  }
  for (auto& [prefix, groups] : under_) {
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
  }
}

std::optional<std::size_t> figure_groups::group_of(const std::string& id) const {
  std::optional<std::size_t> v = whole_.var_named(id);
  if (!v) {
    const figure* f = index_.find(id);
    if (!f) return std::nullopt;
    v = whole_.var_named(f->id);
  }
  if (!v) return std::nullopt;
  return var_group_[*v];
}

const std::vector<std::size_t>& figure_groups::groups_under(const std::string& prefix) const {
  static const std::vector<std::size_t> none;
  auto it = under_.find(prefix);
  return it == under_.end() ? none : it->second;
}

std::vector<std::size_t> figure_groups::facts_of(const std::vector<std::size_t>& groups) const {
  std::vector<std::size_t> out;
  for (std::size_t g : groups) {
    if (g < facts_.size()) out.insert(out.end(), facts_[g].begin(), facts_[g].end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace crossfoot
