// What pattern variables may bind (`in {…}`, `in levels`, `in periods`), the variables of
// months(), quarters() and years(), and the lint of segments that look like undeclared
// variables.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>

#include "resolve/detail/pieces.hpp"

namespace crossfoot::resolve_detail {
namespace {

// Calls f on each reference of the check once per context (inside months(), quarters(),
// years() or not): the check is a DAG in which a let used twice is one node.
void each_ref(const rexpr& root, const std::function<void(const rexpr&, bool in_parts)>& f) {
  std::set<std::pair<const rexpr*, bool>> seen;
  std::vector<std::pair<const rexpr*, bool>> stack{{&root, false}};
  while (!stack.empty()) {
    auto [e, in_parts] = stack.back();
    stack.pop_back();
    if (!seen.emplace(e, in_parts).second) continue;
    if (e->k == rexpr::kind::ref) {
      f(*e, in_parts);
      continue;
    }
    bool parts = e->k == rexpr::kind::call && parts_frequency(e->fn).has_value();
    for (auto it = e->args.rbegin(); it != e->args.rend(); ++it)
      stack.emplace_back(it->get(), in_parts || parts);
  }
}

bool ends_a_reference(const rexpr& check, const std::string& var) {
  bool found = false;
  each_ref(check, [&](const rexpr& ref, bool) {
    found = found || (!ref.segments.empty() && ref.segments.back().is_var &&
                      ref.segments.back().text == var);
  });
  return found;
}

var_restriction convert_one(const syntax::rule_stmt& r, std::size_t i, const rexpr& check,
                            diagnostics& diags) {
  const syntax::var_restriction& in = r.restrictions[i];
  var_restriction out;
  if (!in.members.empty()) {
    out.what = binds::members;
    for (std::size_t m = 0; m < in.members.size(); ++m) {
      const std::string& name = in.members[m];
      if (std::find(out.members.begin(), out.members.end(), name) != out.members.end()) {
        diags.error("CF3026", in.member_ranges[m],
                    fmt::format("'{}' is listed twice after '{} in'", name, r.vars[i]));
        continue;
      }
      if (name.find('*') != std::string::npos) {
        diags.error("CF3026", in.member_ranges[m],
                    fmt::format("'{}': the names after 'in' cannot hold '*'", name));
        continue;
      }
      out.members.push_back(name);
    }
    return out;
  }
  if (in.kind.empty()) return out;
  auto kind = find_kind(in.kind);
  if (!kind) {
    std::string hint = closest_name(in.kind, kind_names());
    diags.error("CF3024", in.range,
                fmt::format("unknown kind '{}' after 'in'{}; a variable can be restricted to {}",
                            in.kind, hint.empty() ? "" : "; did you mean '" + hint + "'?",
                            fmt::join(kind_names(), ", ")));
    return out;
  }
  out.what = *kind;
  if (out.on_figures() && !ends_a_reference(check, r.vars[i])) {
    diags.error("CF3025", in.range,
                fmt::format("'{} in {}' restricts the figures {} names, but no reference ends "
                            "with {}",
                            r.vars[i], in.kind, r.vars[i], r.vars[i]));
  }
  return out;
}

// One upper-case letter, maybe followed by digits or underscores: how rules name variables.
bool looks_like_variable(const std::string& s) {
  if (s.empty() || s[0] < 'A' || s[0] > 'Z') return false;
  return std::all_of(s.begin() + 1, s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == '_'; });
}

}  // namespace

std::vector<var_restriction> convert_restrictions(const syntax::rule_stmt& r, const rexpr& check,
                                                  diagnostics& diags) {
  std::vector<var_restriction> out;
  for (std::size_t i = 0; i < r.vars.size(); ++i) {
    out.push_back(i < r.restrictions.size() ? convert_one(r, i, check, diags) : var_restriction{});
  }
  return out;
}

void check_parts(const syntax::rule_stmt& r, const std::vector<var_restriction>& restrictions,
                 const rexpr& check, diagnostics& diags) {
  std::set<std::string> outside;
  each_ref(check, [&](const rexpr& ref, bool in_parts) {
    if (in_parts) return;
    for (const auto& s : ref.segments) {
      if (s.is_var) outside.insert(s.text);
    }
  });
  auto binds_period = [&](const std::string& var) {
    auto it = std::find(r.vars.begin(), r.vars.end(), var);
    if (it == r.vars.end()) return false;
    auto i = static_cast<std::size_t>(it - r.vars.begin());
    return i < restrictions.size() && restrictions[i].on_period();
  };
  std::set<std::string> reported;
  each_ref(check, [&](const rexpr& ref, bool in_parts) {
    if (!in_parts) return;
    bool has_period = false;
    for (const auto& s : ref.segments) {
      if (s.is_var && !outside.count(s.text) && reported.insert(s.text).second) {
        diags.error("CF3029", ref.range,
                    fmt::format("variable '{}' is used only inside months(), quarters() or "
                                "years(); name the whole period's figure too, as in "
                                "'A.P.F == sum(months(A.P.F))'",
                                s.text));
      }
      has_period =
          has_period || (s.is_var ? binds_period(s.text)
                                  : read_id_segment(s.text).what == id_segment::kind::period);
    }
    // A single plain name is a column of a dataset: its parts are the rows of the row's
    // series whose periods make up the row's period (docs/datasets.md).
    bool column = ref.segments.size() == 1 && !ref.segments[0].is_var;
    if (!has_period && !column) {
      diags.error("CF3028", ref.range,
                  "months(), quarters() and years() take a reference with a period segment: a "
                  "period such as 2019, or a variable declared 'in periods'");
    }
  });
}

void lint_undeclared_variables(const syntax::rule_stmt& r, const rexpr& check, diagnostics& diags) {
  std::set<std::string> warned;
  each_ref(check, [&](const rexpr& ref, bool) {
    for (const auto& s : ref.segments) {
      if (s.is_var || !looks_like_variable(s.text) || !warned.insert(s.text).second) continue;
      std::string declared = r.vars.empty()
                                 ? "the rule has no 'for each'"
                                 : fmt::format("'for each' declares {}", fmt::join(r.vars, ", "));
      diags.warning("CF3030", ref.range,
                    fmt::format("'{}' looks like a pattern variable, but {}; it is read as a "
                                "figure named '{}'",
                                s.text, declared, s.text));
    }
  });
}

}  // namespace crossfoot::resolve_detail
