// The inference driver: propagate everything; while some group of connected claims and rules
// is infeasible, isolate a minimal conflict, diagnose it, and set its culprit aside so that
// independent errors give independent conflicts.
#include "eval/infer.hpp"

#include <algorithm>
#include <numeric>

#include "core/checked_cast.hpp"
#include "eval/components.hpp"
#include "eval/diagnose.hpp"
#include "eval/evaluate.hpp"

namespace crossfoot {
namespace {

// More conflicts than this in one group of connected figures means the document is broken
// beyond what one-at-a-time diagnosis can explain.
constexpr std::size_t max_conflicts_per_group = 12;

using elements = std::vector<std::size_t>;  // of the problem: facts, then constraints

solve::active_set mask(const compiled_problem& cp, const elements& of) {
  solve::active_set m(cp.p.elements(), 0);
  for (std::size_t e : of) m[e] = 1;
  return m;
}

elements still_active(const elements& group, const solve::active_set& active) {
  elements out;
  for (std::size_t e : group) {
    if (active[e]) out.push_back(e);
  }
  return out;
}

bool uses_var(const solve::constraint& c, std::size_t var) {
  return std::find(c.vars.begin(), c.vars.end(), var) != c.vars.end();
}

// The variable most of the conflict's rules meet at, preferring one nobody states: the total
// the shares disagree about.
std::optional<std::size_t> meeting_point(const compiled_problem& cp, const elements& constraints) {
  std::optional<std::size_t> best;
  int best_score = 1;
  for (std::size_t v = 0; v < cp.p.vars; ++v) {
    int count = 0;
    for (std::size_t c : constraints) count += uses_var(cp.p.constraints[c], v);
    int score = count * 2 + (cp.var_stated[v] ? 0 : 1);
    if (count >= 2 && score > best_score) best = v, best_score = score;
  }
  return best;
}

// What each rule of the conflict, with only its own claims, implies for the meeting point.
std::optional<implied_side> disagreement(const compiled_problem& cp, const conflict_report& r,
                                         const unit_table& units) {
  std::optional<std::size_t> meeting = meeting_point(cp, r.constraints);
  if (!meeting && r.facts.empty()) return std::nullopt;
  std::size_t v = meeting ? *meeting : cp.p.facts[r.facts.front()].var;
  implied_side side;
  side.id = cp.var_ids[v];
  side.display = units[v];
  for (std::size_t f : r.facts) {
    if (cp.p.facts[f].var != v) continue;
    const auto& src = cp.facts[f];
    side.by.emplace_back("stated " + src.fig->claims[src.claim].written, cp.p.facts[f].value);
  }
  for (std::size_t c : r.constraints) {
    if (!uses_var(cp.p.constraints[c], v)) continue;
    elements alone = r.facts;
    std::erase_if(alone, [&](std::size_t f) { return cp.p.facts[f].var == v; });
    alone.push_back(cp.constraint_element(c));
    solve::outcome o = solve::propagate(cp.p, mask(cp, alone));
    if (o.feasible && o.domains[v].bounded()) {
      side.by.emplace_back(instance_label(cp.instances[c].key), o.domains[v]);
    }
  }
  if (side.by.size() < 2) return std::nullopt;
  return side;
}

// One group of connected elements, compiled as a problem of its own: its conflicts are
// isolated and diagnosed there, in its own numbering, and then translated back.
struct part {
  sub_problem sub;
  solve::active_set active;  // of the part's elements
  unit_table units;          // of the part's variables (referring to the whole's)
  std::vector<conflict_report> conflicts;
};

class driver {
 public:
  explicit driver(inference_input& in) : in_(in) {
    out_.base = compile(in.figures, in.index, std::move(in.instances));
    out_.active.assign(out_.base.p.elements(), 1);
    units_ = infer_units(out_.base, in.index, &out_.unit_clashes);
    // An instance that needs an unstated figure in another unit than the rest mixes
    // dimensions: it is an error finding, not a constraint.
    for (const auto& c : out_.unit_clashes) out_.active[out_.base.constraint_element(c.second)] = 0;
  }

  inference run() {
    // Most documents hold together: one propagation over everything settles that, and only
    // an infeasible set is taken apart group by group, each group on its own so that the
    // work per failing group does not grow with the rest of the check.
    if (!solve::feasible(out_.base.p, out_.active)) {
      figure_groups groups(out_.base, in_.index);
      for (const auto& group : solve::components(out_.base.p, out_.active)) {
        part g = part_of(group);
        resolve(g, groups);
        settle_back(g);
      }
    }
    solve::options domains_only;
    domains_only.record_narrowing = false;  // inference reads the domains only
    out_.final = solve::propagate(out_.base.p, out_.active, domains_only);
    collect_implied();
    return std::move(out_);
  }

 private:
  part part_of(const elements& group) {
    part g{sub_problem_of(out_.base, group, scratch_), {}, {}, {}};
    g.active.assign(g.sub.element_of.size(), 1);  // a component holds active elements only
    for (std::size_t v : g.sub.var_of) g.units.push_back_ref(units_[v]);
    return g;
  }

  void resolve(part& g, const figure_groups& groups) {
    const compiled_problem& cp = g.sub.cp;
    elements all(g.active.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    for (std::size_t round = 0; round < max_conflicts_per_group; ++round) {
      elements live = still_active(all, g.active);
      if (solve::feasible(cp.p, mask(cp, live))) return;
      elements conflict = solve::minimal_conflict(cp.p, live);
      if (conflict.empty()) return;
      settle(g, groups, conflict, live);
    }
  }

  // The part's conflicts in the whole problem's numbering, and its culprits set aside there.
  void settle_back(const part& g) {
    const std::size_t facts = out_.base.p.facts.size();
    for (std::size_t e = 0; e < g.active.size(); ++e) {
      if (!g.active[e]) out_.active[g.sub.element_of[e]] = 0;
    }
    const std::size_t local_facts = g.sub.cp.p.facts.size();
    for (conflict_report r : g.conflicts) {
      for (std::size_t& f : r.facts) f = g.sub.element_of[f];
      for (std::size_t& c : r.constraints) c = g.sub.element_of[local_facts + c] - facts;
      out_.conflicts.push_back(std::move(r));
    }
  }

  // Minimal conflicts with no element in common, found by setting each one found aside.
  static elements other_conflicts(const compiled_problem& cp, elements work) {
    elements out;
    for (std::size_t n = 0; n < max_conflicts_per_group; ++n) {
      if (solve::feasible(cp.p, mask(cp, work))) break;
      elements conflict = solve::minimal_conflict(cp.p, work);
      if (conflict.empty()) break;
      std::erase_if(work, [&](std::size_t e) {
        return std::binary_search(conflict.begin(), conflict.end(), e);
      });
      out.insert(out.end(), conflict.begin(), conflict.end());
    }
    return out;
  }

  std::optional<diagnosis> diagnose_in(part& g, const figure_groups& groups,
                                       const conflict_report& r, const elements& context,
                                       elements& culprit) {
    diagnosis_input d{in_.rules, in_.figures, g.sub.cp, context, r, groups};
    return diagnose(d, culprit);
  }

  void settle(part& g, const figure_groups& groups, const elements& conflict,
              const elements& live) {
    conflict_report r;
    std::size_t facts = g.sub.cp.p.facts.size();
    for (std::size_t e : conflict) {
      if (e < facts) {
        r.facts.push_back(e);
      } else {
        r.constraints.push_back(e - facts);
      }
    }
    r.cannot_close = disagreement(g.sub.cp, r, g.units);
    elements culprit = conflict;
    if (in_.diagnose) {
      auto cause = diagnose_in(g, groups, r, live, culprit);
      if (!cause) {
        // No claim explains it alone while another independent error shares its group:
        // test the suspects with the other conflicts set aside.
        elements rest = live;
        std::erase_if(rest, [&](std::size_t e) {
          return std::binary_search(conflict.begin(), conflict.end(), e);
        });
        elements others = other_conflicts(g.sub.cp, rest);
        std::sort(others.begin(), others.end());
        elements context;
        for (std::size_t e : live) {
          if (!std::binary_search(others.begin(), others.end(), e)) context.push_back(e);
        }
        cause = diagnose_in(g, groups, r, context, culprit);
      }
      if (cause) r.cause = std::move(*cause);
    }
    for (std::size_t e : culprit) g.active[e] = 0;
    g.conflicts.push_back(std::move(r));
  }

  // Every instance that bounds an unstated figure, not only those that narrowed it first:
  // which one narrows depends on the order propagation happens to visit them.
  void collect_implied() {
    const auto& cp = out_.base;
    std::vector<std::vector<std::size_t>> users(cp.p.vars);
    for (std::size_t c = 0; c < cp.p.constraints.size(); ++c) {
      if (!out_.active[cp.constraint_element(c)]) continue;
      for (std::size_t v : cp.p.constraints[c].vars) {
        if (!cp.var_stated[v]) users[v].push_back(c);
      }
    }
    for (std::size_t v = 0; v < cp.p.vars; ++v) {
      if (cp.var_stated[v]) continue;
      implied_figure f{cp.var_ids[v], out_.final.domains[v], units_[v], {}};
      for (std::size_t c : users[v]) f.from.push_back(instance_label(cp.instances[c].key));
      out_.implied.push_back(std::move(f));
    }
    std::sort(out_.implied.begin(), out_.implied.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
  }

  const inference_input& in_;
  inference out_;
  unit_table units_;
  std::vector<std::size_t> scratch_;  // sub_problem_of's list of the whole's variables
};

}  // namespace

figure_use claim_use(const figure& f, std::size_t claim) {
  return make_use(f, checked_cast<int>(claim), f.claims[claim].value);
}

std::vector<instance_key> all_instances(const rule_set& rules, const figure_index& index) {
  std::vector<instance_key> out;
  instance_signatures signatures;
  for (const auto& r : rules.rules) {
    for (auto& b : enumerate_bindings(r, index)) {
      if (signatures.first(r, b, index)) out.push_back({&r, std::move(b)});
    }
  }
  return out;
}

inference infer(inference_input in) {
  return driver(in).run();
}

}  // namespace crossfoot
