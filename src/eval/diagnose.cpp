// Suspects first (claims whose removal alone restores feasibility, then whole tables, then
// pairs), then repairs of each suspect tested against every rule.
#include "eval/diagnose.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "eval/conflicts.hpp"
#include "eval/figure_index.hpp"
#include "eval/operations.hpp"

namespace crossfoot {
namespace {

using elements = std::vector<std::size_t>;  // of the problem: facts, then constraints

constexpr std::size_t max_pair_facts = 12;
constexpr std::size_t max_suspects = 6;
constexpr std::size_t max_fits = 4;

solve::active_set mask_without(const compiled_problem& cp, const elements& live,
                               const elements& without) {
  solve::active_set m(cp.p.elements(), 0);
  for (std::size_t e : live) m[e] = 1;
  for (std::size_t e : without) m[e] = 0;
  return m;
}

const claim& claim_of(const compiled_problem& cp, std::size_t fact) {
  const auto& s = cp.facts[fact];
  return s.fig->claims[s.claim];
}

// The facts written in the same table as `fact` (a value and its inline children).
elements table_of(const compiled_problem& cp, const elements& live, std::size_t fact) {
  const std::string& origin = claim_of(cp, fact).origin;
  elements out;
  for (std::size_t e : live) {
    if (e < cp.p.facts.size() && claim_of(cp, e).origin == origin) {
      out.push_back(e);
    }
  }
  return out;
}

class diagnoser {
 public:
  explicit diagnoser(diagnosis_input& d) : d_(d), cp_(d.base) {}

  std::optional<diagnosis> run(elements& culprit) {
    auto suspects = find_suspects();
    if (suspects.empty()) return std::nullopt;
    diagnosis out;
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < suspects.size() && i < max_suspects; ++i) {
      out.suspects.push_back(uses_of(suspects[i]));
      std::size_t before = out.fits.size();
      repairs(suspects[i], out.fits);
      if (!best && out.fits.size() > before) best = i;
    }
    // The same repair reached from two suspects (a claim and its table) is one repair.
    std::vector<hypothesis> unique;
    for (auto& h : out.fits) {
      bool seen = std::any_of(unique.begin(), unique.end(), [&](const hypothesis& u) {
        return u.what == h.what && u.id == h.id && u.becomes == h.becomes;
      });
      if (!seen) unique.push_back(std::move(h));
    }
    out.fits = std::move(unique);
    std::stable_sort(out.fits.begin(), out.fits.end(),
                     [](const auto& a, const auto& b) { return a.what < b.what; });
    if (out.fits.size() > max_fits) out.fits.resize(max_fits);
    culprit = suspects[best.value_or(0)];
    return out;
  }

 private:
  bool feasible_without(const elements& without) {
    return solve::feasible(cp_.p, mask_without(cp_, d_.live, without));
  }

  int touches(const elements& suspect) const {
    int n = 0;
    for (std::size_t c : d_.conflict.constraints) {
      const auto& vars = cp_.p.constraints[c].vars;
      for (std::size_t f : suspect) {
        if (std::find(vars.begin(), vars.end(), cp_.p.facts[f].var) != vars.end()) {
          ++n;
          break;
        }
      }
    }
    return n;
  }

  std::vector<figure_use> uses_of(const elements& facts) const {
    std::vector<figure_use> out;
    for (std::size_t f : facts) out.push_back(claim_use(*cp_.facts[f].fig, cp_.facts[f].claim));
    return out;
  }

  std::vector<elements> find_suspects() {
    std::vector<elements> out;
    const elements& facts = d_.conflict.facts;
    for (std::size_t f : facts) {
      if (feasible_without({f})) out.push_back({f});
    }
    if (out.empty()) {
      std::set<elements> tables;
      for (std::size_t f : facts) {
        elements t = table_of(cp_, d_.live, f);
        if (t.size() > 1 && tables.insert(t).second && feasible_without(t)) out.push_back(t);
      }
    }
    if (out.empty() && facts.size() <= max_pair_facts) {
      for (std::size_t i = 0; i < facts.size(); ++i) {
        for (std::size_t j = i + 1; j < facts.size(); ++j) {
          if (feasible_without({facts[i], facts[j]})) out.push_back({facts[i], facts[j]});
        }
      }
    }
    std::stable_sort(out.begin(), out.end(),
                     [&](const elements& a, const elements& b) { return touches(a) > touches(b); });
    return out;
  }

  void repairs(const elements& suspect, std::vector<hypothesis>& fits) {
    relabels(suspect.front(), fits);
    if (suspect.size() == 1) value_repairs(suspect.front(), fits);
  }

  std::optional<interval> parent_value(const std::string& id) const {
    auto dot = id.rfind('.');
    if (dot == std::string::npos) return std::nullopt;
    const figure* parent = d_.figures.find(id.substr(0, dot));
    if (!parent || parent->claims.size() != 1) return std::nullopt;
    const claim& c = parent->claims.front();
    if (c.q.written_unit.style != unit_style::percent) return std::nullopt;
    return c.value;
  }

  std::vector<std::string> users(std::size_t var, const solve::active_set& m) const {
    std::vector<std::string> out;
    for (std::size_t c = 0; c < cp_.p.constraints.size(); ++c) {
      const auto& vars = cp_.p.constraints[c].vars;
      if (m[cp_.constraint_element(c)] && std::find(vars.begin(), vars.end(), var) != vars.end())
        out.push_back(instance_label(cp_.instances[c].key));
    }
    return out;
  }

  void value_repairs(std::size_t fact, std::vector<hypothesis>& fits) {
    const claim& c = claim_of(cp_, fact);
    const std::string& id = cp_.facts[fact].fig->id;
    interval saved = cp_.p.facts[fact].value;
    solve::active_set m = mask_without(cp_, d_.live, {});
    std::string slot = id.substr(id.rfind('.') + 1);
    for (const auto& r : value_slips(c, slot, parent_value(id))) {
      if (r.value.empty()) continue;
      cp_.p.facts[fact].value = r.value;
      if (solve::feasible(cp_.p, m)) {
        fits.push_back({r.what,
                        id,
                        c.written,
                        r.becomes,
                        r.detail,
                        users(cp_.p.facts[fact].var, m),
                        {},
                        uses_of({fact})});
      }
    }
    cp_.p.facts[fact].value = saved;
  }

  void relabels(std::size_t fact, std::vector<hypothesis>& fits);

  diagnosis_input& d_;
  compiled_problem& cp_;
};

// The figure set of the whole problem's facts `facts` with one table's claims moved from
// `from` to `to` (its children moving with it). Claims set aside for earlier conflicts stay:
// without them a figure they state would become free, and a relabelling could fit only
// because nothing checks it any more.
figure_set moved(const diagnosis_input& d, const std::vector<std::size_t>& facts,
                 const std::string& origin, const std::string& from, const std::string& to) {
  figure_set out;
  out.file = d.figures.file;
  out.document = d.figures.document;
  std::map<std::string, figure> by_id;
  std::vector<std::string> order;
  const auto& cp = d.groups.whole();
  for (std::size_t f : facts) {
    const figure& fig = *cp.facts[f].fig;
    const claim& c = fig.claims[cp.facts[f].claim];
    std::string id = fig.id;
    bool inside = id == from || id.rfind(from + ".", 0) == 0;
    if (c.origin == origin && inside) id = to + id.substr(from.size());
    auto [it, fresh] = by_id.try_emplace(id);
    if (fresh) {
      it->second.id = id;
      order.push_back(id);
    }
    it->second.claims.push_back(c);
  }
  for (const auto& id : order) {
    out.index.emplace(id, out.figures.size());
    out.figures.push_back(std::move(by_id[id]));
  }
  return out;
}

// A relabelled figure set compiled with every rule instance it binds.
struct relabelled {
  figure_set figures;
  std::unique_ptr<figure_index> index;
  compiled_problem p;
};

std::string parent_of(const std::string& id) {
  auto dot = id.rfind('.');
  return dot == std::string::npos ? std::string() : id.substr(0, dot);
}

// The table moved from `table` to `sibling`, among the figures it can meet: its own group, the
// sibling's, those of every figure under the same parent, and then, until nothing is added,
// the group of every figure an instance of the relabelled set names (stated or implied: an
// unstated total the new reading meets is pinned by the group that implies it).
// The groups left out share no figure with these, so they cannot change what the new
// reading makes feasible, and the work is sized by the groups touched, not by the check.
relabelled relabel(const diagnosis_input& d, std::size_t table_fact, const std::string& origin,
                   const std::string& table, const std::string& sibling) {
  const figure_groups& g = d.groups;
  std::set<std::size_t> groups(g.groups_under(parent_of(table)).begin(),
                               g.groups_under(parent_of(table)).end());
  for (const std::string& id : {table, sibling, d.base.facts[table_fact].fig->id}) {
    if (auto at = g.group_of(id)) groups.insert(*at);
  }
  relabelled out;
  for (bool grew = true; grew;) {
    out.figures = moved(d, g.facts_of({groups.begin(), groups.end()}), origin, table, sibling);
    out.index = std::make_unique<figure_index>(out.figures);
    out.p = compile(out.figures, *out.index, all_instances(d.rules, *out.index));
    grew = false;
    for (std::size_t v = 0; v < out.p.p.vars; ++v) {
      auto at = g.group_of(out.p.var_ids[v]);
      grew = (at && groups.insert(*at).second) || grew;
    }
  }
  return out;
}

// Whether every group of connected elements that `var` takes part in is feasible; other
// groups may hold other errors.
bool feasible_around(const compiled_problem& p, std::size_t var) {
  solve::active_set all(p.p.elements(), 1);
  for (const auto& group : solve::components(p.p, all)) {
    bool joins = false;
    for (std::size_t e : group) {
      std::size_t facts = p.p.facts.size();
      const auto& vars =
          e < facts ? std::vector<std::size_t>{p.p.facts[e].var} : p.p.constraints[e - facts].vars;
      joins = joins || std::find(vars.begin(), vars.end(), var) != vars.end();
    }
    if (!joins) continue;
    solve::active_set m(p.p.elements(), 0);
    for (std::size_t e : group) m[e] = 1;
    if (!solve::feasible(p.p, m)) return false;
  }
  return true;
}

// Whether a constraint pins its figures to a value (an identity, a tolerance) rather than
// bounding them: a relabelled figure that only meets a bound ("exports <= total") has nothing
// to show for the new reading.
bool pins(const solve::constraint& c) {
  const solve::op root = c.nodes.back().o;
  return root == solve::op::eq || root == solve::op::near || root == solve::op::agree;
}

// The instances that check `var`: they use it, and every unstated figure they name is used by
// some other instance too (one that alone names an unstated figure can always be satisfied).
// With `pinning`, only those that pin it.
std::vector<std::string> labels_checking(const compiled_problem& p, std::size_t var,
                                         bool pinning = false) {
  std::vector<int> uses(p.p.vars, 0);
  for (const auto& c : p.p.constraints) {
    for (std::size_t v : c.vars) ++uses[v];
  }
  std::vector<std::string> out;
  for (std::size_t k = 0; k < p.p.constraints.size(); ++k) {
    const auto& vars = p.p.constraints[k].vars;
    if (std::find(vars.begin(), vars.end(), var) == vars.end()) continue;
    if (pinning && !pins(p.p.constraints[k])) continue;
    bool checks = std::all_of(vars.begin(), vars.end(),
                              [&](std::size_t v) { return p.var_stated[v] || uses[v] > 1; });
    if (checks) out.push_back(instance_label(p.instances[k].key));
  }
  return out;
}

// How each instance that uses the relabelled figure closes under the new reading, with the
// figures nobody states at the values the relabelled set implies: "X.exports + X.imports =
// RMB [25.52, 25.54] trillion; X.total = RMB [25.525, 25.535] trillion".
std::vector<std::string> arithmetic(const figure_set& fs, const figure_index& index,
                                    const compiled_problem& p, std::size_t var) {
  solve::outcome o = solve::propagate(p.p, solve::active_set(p.p.elements(), 1));
  if (!o.feasible) return {};
  unit_table units = infer_units(p, index);
  std::vector<implied_figure> implied;
  for (std::size_t v = 0; v < p.p.vars; ++v) {
    if (!p.var_stated[v]) implied.push_back({p.var_ids[v], o.domains[v], units[v], {}});
  }
  std::unordered_map<std::string, const implied_figure*> by_id;
  for (const auto& f : implied) by_id.emplace(f.id, &f);
  std::vector<conflict_group> groups;
  figure_states states = build_states(fs, groups);
  std::vector<std::string> out;
  for (std::size_t k = 0; k < p.p.constraints.size(); ++k) {
    const auto& vars = p.p.constraints[k].vars;
    if (std::find(vars.begin(), vars.end(), var) == vars.end()) continue;
    const auto& key = p.instances[k].key;
    eval_context ctx{index, states, key.bound, {}, key.r->within ? &*key.r->within : nullptr};
    ctx.implied = &by_id;
    evaluate(*key.r->check, ctx);
    if (!ctx.lhs || !ctx.rhs) continue;
    out.push_back(fmt::format("{}: {} = {}; {} = {}", instance_label(key), ctx.lhs->text,
                              format_interval(ctx.lhs->value, ctx.lhs->display), ctx.rhs->text,
                              format_interval(ctx.rhs->value, ctx.rhs->display)));
  }
  return out;
}

void diagnoser::relabels(std::size_t fact, std::vector<hypothesis>& fits) {
  const claim& c = claim_of(cp_, fact);
  // The table's own figure is the shortest id written in it.
  std::string table = cp_.facts[fact].fig->id;
  for (std::size_t e : table_of(cp_, d_.live, fact)) {
    const std::string& id = cp_.facts[e].fig->id;
    if (id.size() < table.size()) table = id;
  }
  std::string written = c.written;
  for (std::size_t e : table_of(cp_, d_.live, fact)) {
    if (cp_.facts[e].fig->id == table) written = claim_of(cp_, e).written;
  }
  for (const auto& sibling : sibling_ids(table)) {
    relabelled r = relabel(d_, fact, c.origin, table, sibling);
    const compiled_problem& p = r.p;
    std::optional<std::size_t> v = p.var_named(sibling);
    if (!v || !feasible_around(p, *v)) continue;
    auto by = labels_checking(p, *v);
    if (labels_checking(p, *v, true).empty()) continue;  // the new reading would explain nothing
    fits.push_back({hypothesis::kind::relabel, table, written, sibling,
                    "labelled " + table.substr(table.rfind('.') + 1), by,
                    arithmetic(r.figures, *r.index, p, *v), uses_of(table_of(cp_, d_.live, fact))});
  }
}

}  // namespace

std::optional<diagnosis> diagnose(diagnosis_input& d, std::vector<std::size_t>& culprit) {
  return diagnoser(d).run(culprit);
}

}  // namespace crossfoot
