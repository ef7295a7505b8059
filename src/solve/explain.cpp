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

  bool consistent(const std::vector<int>& elements) {
    active_set active(p_.elements(), 0);
    for (int e : elements) active[e] = 1;
    return feasible(p_, active, o_);
  }

  // Junker's QUICKXPLAIN: the part of `candidates` that, with `background`, is infeasible.
  std::vector<int> explain(std::vector<int>& background, bool added,
                           const std::vector<int>& candidates) {
    if (added && !consistent(background)) return {};
    if (candidates.size() == 1) return candidates;
    std::size_t half = candidates.size() / 2;
    std::vector<int> first(candidates.begin(), candidates.begin() + half);
    std::vector<int> second(candidates.begin() + half, candidates.end());
    std::size_t mark = background.size();
    background.insert(background.end(), first.begin(), first.end());
    std::vector<int> from_second = explain(background, !first.empty(), second);
    background.resize(mark);
    background.insert(background.end(), from_second.begin(), from_second.end());
    std::vector<int> from_first = explain(background, !from_second.empty(), first);
    background.resize(mark);
    from_first.insert(from_first.end(), from_second.begin(), from_second.end());
    return from_first;
  }

 private:
  const problem& p_;
  const options& o_;
};

int find(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<std::vector<int>> components(const problem& p, const active_set& active) {
  std::vector<int> parent(p.vars);
  std::iota(parent.begin(), parent.end(), 0);
  for (std::size_t c = 0; c < p.constraints.size(); ++c) {
    if (!active[p.facts.size() + c]) continue;
    const auto& vars = p.constraints[c].vars;
    for (std::size_t i = 1; i < vars.size(); ++i) {
      parent[find(parent, vars[i])] = find(parent, vars[0]);
    }
  }
  std::vector<std::vector<int>> by_root(p.vars);
  std::vector<char> has(p.vars, 0);
  auto add = [&](int var, int element) {
    int root = find(parent, var);
    by_root[root].push_back(element);
    has[root] = 1;
  };
  for (std::size_t f = 0; f < p.facts.size(); ++f) {
    if (active[f]) add(p.facts[f].var, static_cast<int>(f));
  }
  std::vector<std::vector<int>> out;
  for (std::size_t c = 0; c < p.constraints.size(); ++c) {
    int element = static_cast<int>(p.facts.size() + c);
    if (!active[element]) continue;
    if (p.constraints[c].vars.empty()) {
      out.push_back({element});  // a constraint over no variable stands alone
      continue;
    }
    add(p.constraints[c].vars[0], element);
  }
  for (int v = 0; v < p.vars; ++v) {
    if (!has[v]) continue;
    std::sort(by_root[v].begin(), by_root[v].end());
    out.push_back(std::move(by_root[v]));
  }
  return out;
}

std::vector<int> minimal_conflict(const problem& p, const std::vector<int>& among,
                                  const options& o) {
  explainer x(p, o);
  if (among.empty() || x.consistent(among)) return {};
  std::vector<int> background;
  auto out = x.explain(background, false, among);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace crossfoot::solve
