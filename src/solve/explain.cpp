// Conflict isolation: QuickXplain (Junker, 2004) over problem elements, with propagation as
// the consistency test. It needs O(k log(n/k)) tests for a conflict of k elements among n.
#include <algorithm>
#include <numeric>

#include "solve/problem.hpp"

namespace crossfoot::solve {
namespace {

class explainer {
 public:
  explainer(const problem& p, const options& o) : p_(p), o_(o) {}

  bool consistent(const std::vector<std::size_t>& elements) {
    active_set active(p_.elements(), 0);
    for (std::size_t e : elements) active[e] = 1;
    return feasible(p_, active, o_);
  }

  // Junker's QUICKXPLAIN: the part of `candidates` that, with `background`, is infeasible.
  std::vector<std::size_t> explain(std::vector<std::size_t>& background, bool added,
                                   const std::vector<std::size_t>& candidates) {
    if (added && !consistent(background)) return {};
    if (candidates.size() == 1) return candidates;
    auto half = candidates.begin() + std::ssize(candidates) / 2;
    std::vector<std::size_t> first(candidates.begin(), half);
    std::vector<std::size_t> second(half, candidates.end());
    std::size_t mark = background.size();
    background.insert(background.end(), first.begin(), first.end());
    std::vector<std::size_t> from_second = explain(background, !first.empty(), second);
    background.resize(mark);
    background.insert(background.end(), from_second.begin(), from_second.end());
    std::vector<std::size_t> from_first = explain(background, !from_second.empty(), first);
    background.resize(mark);
    from_first.insert(from_first.end(), from_second.begin(), from_second.end());
    return from_first;
  }

 private:
  const problem& p_;
  const options& o_;
};

std::size_t find(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<std::vector<std::size_t>> components(const problem& p, const active_set& active) {
  std::vector<std::size_t> parent(p.vars);
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (std::size_t c = 0; c < p.constraints.size(); ++c) {
    if (!active[p.facts.size() + c]) continue;
    const auto& vars = p.constraints[c].vars;
    for (std::size_t i = 1; i < vars.size(); ++i) {
      parent[find(parent, vars[i])] = find(parent, vars[0]);
    }
  }
  std::vector<std::vector<std::size_t>> by_root(p.vars);
  std::vector<char> has(p.vars, 0);
  auto add = [&](std::size_t var, std::size_t element) {
    std::size_t root = find(parent, var);
    by_root[root].push_back(element);
    has[root] = 1;
  };
  for (std::size_t f = 0; f < p.facts.size(); ++f) {
    if (active[f]) add(p.facts[f].var, f);
  }
  std::vector<std::vector<std::size_t>> out;
  for (std::size_t c = 0; c < p.constraints.size(); ++c) {
    std::size_t element = p.facts.size() + c;
    if (!active[element]) continue;
    if (p.constraints[c].vars.empty()) {
      out.push_back({element});  // a constraint over no variable stands alone
      continue;
    }
    add(p.constraints[c].vars[0], element);
  }
  for (std::size_t v = 0; v < p.vars; ++v) {
    if (!has[v]) continue;
    std::sort(by_root[v].begin(), by_root[v].end());
    out.push_back(std::move(by_root[v]));
  }
  return out;
}

std::vector<std::size_t> minimal_conflict(const problem& p, const std::vector<std::size_t>& among,
                                          const options& o) {
  explainer x(p, o);
  if (among.empty() || x.consistent(among)) return {};
  std::vector<std::size_t> background;
  auto out = x.explain(background, false, among);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace crossfoot::solve
