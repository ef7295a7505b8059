#include "eval/conflicts.hpp"

#include <fmt/format.h>

#include <set>

#include "eval/currency.hpp"

namespace crossfoot {
namespace {

// A view into the claim's origin: "intermediate.total" of "intermediate.total#2".
std::string_view array_key(const claim& c) {
  std::string_view origin = c.origin;
  return origin.substr(0, origin.find('#'));
}

interval intersection(const figure& f) {
  interval iv = interval::entire();
  for (const auto& c : f.claims) iv = intersect(iv, c.value);
  return iv;
}

conflict_group& group_for(std::string_view key, std::vector<conflict_group>& groups) {
  for (auto& g : groups) {
    if (g.key == key) return g;
  }
  groups.push_back({std::string(key), {}, {}});
  return groups.back();
}

}  // namespace

figure_state state_of(const figure& f) {
  figure_state st{&f, intersection(f), ""};
  // Claims in two currencies or dimensions cannot all be true, whatever their numbers.
  if (st.value.empty() || mixed_units(f)) st.group = array_key(f.claims.front());
  return st;
}

figure_states build_states(const figure_set& figures, std::vector<conflict_group>& groups) {
  figure_states states(figures);
  for (std::size_t i = 0; i < figures.figures.size(); ++i) {
    const figure& f = figures.figures[i];
    figure_state& st = states.at(i);
    st = state_of(f);
    if (!st.group.empty()) {
      auto& g = group_for(st.group, groups);
      g.members.push_back(&f);
      for (const auto& c : f.claims) g.alternatives.insert(c.alternative);
    }
  }
  return states;
}

finding conflict_finding(const conflict_group& g) {
  finding out;
  out.kind = finding_kind::conflict;
  out.level = severity::error;
  for (const figure* f : g.members) {
    out.conflicted_ids.push_back(f->id);
    for (std::size_t i = 0; i < f->claims.size(); ++i) {
      const claim& c = f->claims[i];
      figure_use u;
      u.id = f->id;
      u.claim = static_cast<int>(i);
      u.written = c.written;
      u.value = c.value;
      u.display = c.q.written_unit;
      u.quote = c.quote;
      u.where = c.where;
      if (c.in_text) u.in_text = *c.in_text;
      out.figures.push_back(std::move(u));
    }
  }
  const figure& first = *g.members.front();
  std::set<std::string> units;
  bool mixed = false;
  for (const figure* f : g.members) {
    mixed = mixed || mixed_units(*f);
    for (const auto& c : f->claims) {
      const unit& u = c.q.written_unit;
      units.insert(u.dim.dimensionless() ? u.name() : u.dim.to_string());
    }
  }
  out.message =
      mixed ? fmt::format(
                  "{} {} claimed {} times in different units ({}): the claims "
                  "cannot all be true",
                  fmt::join(out.conflicted_ids, " and "),
                  out.conflicted_ids.size() == 1 ? "is" : "are", first.claims.size(),
                  fmt::join(units, ", "))
            : fmt::format("{} {} claimed {} times with values that cannot all be true",
                          fmt::join(out.conflicted_ids, " and "),
                          out.conflicted_ids.size() == 1 ? "is" : "are", first.claims.size());
  return out;
}

}  // namespace crossfoot
