// Binding a cube's rules to its id template: which reference anchors a rule (names every
// variable), how each reference's segments become codes, and which position children() expands.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>

#include "dataset/detail/codes.hpp"
#include "dataset/detail/plan.hpp"
#include "eval/operations.hpp"

namespace crossfoot::dataset_detail {
namespace {

std::string template_text(const cube_layout& layout) {
  std::string out;
  for (const auto& p : layout.template_)
    out += (out.empty() ? "" : ".") + (p.code >= 0 ? "{" + p.name + "}" : p.text);
  return out;
}

// The data's code a segment of a rule names: [dataset.codes] maps codes to segments.
std::string code_of_segment(const dataset_spec& spec, const std::string& dimension,
                            const std::string& segment) {
  auto it = spec.codes.find(dimension);
  if (it == spec.codes.end()) return segment;
  for (const auto& [code, seg] : it->second) {
    if (seg == segment) return code;
  }
  return segment;
}

bool is_parent(const dataset_spec& spec, const std::string& dimension, const std::string& code) {
  const hierarchy_spec* h = spec.hierarchy(dimension);
  if (!h) return false;
  return std::any_of(h->children.begin(), h->children.end(),
                     [&](const auto& p) { return p.first == code; });
}

// Every reference of a check, each node once (the check is a DAG), with whether it is the
// operand of children().
void each_ref(const rexpr& root, const std::function<void(const rexpr&, bool)>& f) {
  std::set<const rexpr*> seen;
  std::vector<std::pair<const rexpr*, bool>> stack{{&root, false}};
  while (!stack.empty()) {
    auto [e, in_children] = stack.back();
    stack.pop_back();
    if (!seen.insert(e).second) continue;
    if (e->k == rexpr::kind::ref) {
      f(*e, in_children);
      continue;
    }
    bool children = e->k == rexpr::kind::call && e->fn == function::children;
    // In writing order: the first of equally good anchors is the one written first.
    for (auto it = e->args.rbegin(); it != e->args.rend(); ++it)
      stack.emplace_back(it->get(), in_children || children);
  }
}

std::string ref_text(const rexpr& ref) {
  std::string out;
  for (const auto& s : ref.segments) out += (out.empty() ? "" : ".") + s.text;
  return out;
}

std::set<std::string> vars_of(const rexpr& ref) {
  std::set<std::string> out;
  for (const auto& s : ref.segments) {
    if (s.is_var) out.insert(s.text);
  }
  return out;
}

}  // namespace

cube_layout make_cube_layout(const dataset_spec& spec, const dataset_plan& plan) {
  cube_layout layout;
  std::string id = spec.id;
  if (id.empty()) {  // without a template: the dimensions in order
    for (const auto& d : spec.dimensions) {
      if (d != spec.period) id += (id.empty() ? "{" : ".{") + d + "}";
    }
  }
  std::set<int> in_id;
  std::size_t start = 0;
  while (start <= id.size()) {
    std::size_t dot = id.find('.', start);
    std::string piece =
        id.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    cube_layout::position p;
    if (piece.size() > 2 && piece.front() == '{' && piece.back() == '}' &&
        piece.find('{', 1) == std::string::npos) {
      p.name = piece.substr(1, piece.size() - 2);
      auto it = std::find(plan.header.begin(), plan.header.end(), p.name);
      if (it != plan.header.end())
        p.code = plan.code_of(static_cast<int>(it - plan.header.begin()));
      if (p.code < 0)
        layout.error = fmt::format("the id template names '{}', which is not a dimension", p.name);
      in_id.insert(p.code);
    } else if (piece.find('{') != std::string::npos || piece.empty()) {
      layout.error = fmt::format(
          "the id template's segment '{}' mixes text and a dimension: write each dimension as a "
          "segment of its own, such as \"{{partner}}.{{product}}\"",
          piece);
    } else {
      p.text = piece;
    }
    layout.template_.push_back(p);
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (plan.period >= 0 && !in_id.count(plan.period)) layout.context.push_back(plan.period);
  for (const auto& d : spec.dimensions) {
    auto it = std::find(plan.header.begin(), plan.header.end(), d);
    if (it == plan.header.end()) continue;
    int c = plan.code_of(static_cast<int>(it - plan.header.begin()));
    if (c >= 0 && !in_id.count(c) &&
        std::find(layout.context.begin(), layout.context.end(), c) == layout.context.end())
      layout.context.push_back(c);
  }
  return layout;
}

std::string begin_cube_rule(const dataset_spec& spec, const dataset_plan& plan, const rule& r,
                            cube_rule& out, const char*& code) {
  code = codes::bad_cube_ref;
  if (!plan.cube.error.empty()) return plan.cube.error;
  out.vars = r.vars;
  // The anchor names every variable; among such references, one outside children() first.
  std::set<std::string> all;
  const rexpr* anchor = nullptr;
  bool anchor_in_children = true;
  each_ref(*r.check, [&](const rexpr& ref, bool in_children) {
    auto vars = vars_of(ref);
    all.insert(vars.begin(), vars.end());
    if (!anchor || vars.size() > vars_of(*anchor).size() ||
        (vars.size() == vars_of(*anchor).size() && anchor_in_children && !in_children)) {
      anchor = &ref;
      anchor_in_children = in_children;
    }
  });
  if (!anchor) return "the rule names no figure: a cube rule binds rows through their ids";
  if (vars_of(*anchor) != all) {
    code = codes::unanchored;
    return fmt::format(
        "no reference names every variable ({}): a cube rule is instantiated once per row of "
        "one reference, so one of them must name them all, as WORLD.P.F does in "
        "'WORLD.P.F == sum(children(WORLD.P.F))'",
        fmt::join(all, ", "));
  }
  std::string error = cube_pattern_of(spec, plan, out, *anchor, false, out.anchor, code);
  if (!error.empty()) return error;
  out.var_position.assign(out.vars.size(), -1);
  out.allow.assign(out.vars.size(), {});
  for (std::size_t p = 0; p < out.anchor.slots.size(); ++p) {
    int v = out.anchor.slots[p].var;
    if (v >= 0) out.var_position[static_cast<std::size_t>(v)] = static_cast<int>(p);
  }
  for (std::size_t v = 0; v < out.vars.size(); ++v) {
    const var_restriction& in = r.restrictions[v];
    if (in.what == binds::anything || in.what == binds::levels) continue;
    int p = out.var_position[v];
    if (in.what != binds::members || p < 0) {
      code = codes::cube_function;
      return fmt::format(
          "'{} in {}' restricts figures of a figures file; in a cube, list the "
          "codes: '{} in {{A, B}}'",
          out.vars[v], to_string(in.what), out.vars[v]);
    }
    const std::string& dim = plan.cube.template_[static_cast<std::size_t>(p)].name;
    for (const auto& m : in.members) out.allow[v].push_back(code_of_segment(spec, dim, m));
  }
  return "";
}

std::string cube_pattern_of(const dataset_spec& spec, const dataset_plan& plan, const cube_rule& cr,
                            const rexpr& ref, bool children, cube_pattern& out, const char*& code) {
  const cube_layout& layout = plan.cube;
  code = codes::bad_cube_ref;
  if (ref.segments.size() != layout.template_.size()) {
    return fmt::format("'{}' has {} segment{}; the ids of {} have {} ({})", ref_text(ref),
                       ref.segments.size(), ref.segments.size() == 1 ? "" : "s", spec.data,
                       layout.template_.size(), template_text(layout));
  }
  out = {};
  std::set<std::string> seen;
  for (std::size_t p = 0; p < ref.segments.size(); ++p) {
    const auto& seg = ref.segments[p];
    const auto& pos = layout.template_[p];
    cube_slot slot;
    if (seg.text == "*") {
      return fmt::format(
          "'{}': a cube rule names rows, not sets of them; use children() for a "
          "parent's children",
          ref_text(ref));
    } else if (seg.is_var) {
      if (pos.code < 0)
        return fmt::format("'{}': segment {} of the ids is always '{}', not a variable",
                           ref_text(ref), p + 1, pos.text);
      if (!seen.insert(seg.text).second)
        return fmt::format("'{}' names variable {} twice: a variable binds one dimension",
                           ref_text(ref), seg.text);
      auto it = std::find(cr.vars.begin(), cr.vars.end(), seg.text);
      slot.var = static_cast<int>(it - cr.vars.begin());
    } else if (pos.code < 0) {
      if (seg.text != pos.text)
        return fmt::format("'{}': segment {} of the ids is always '{}'", ref_text(ref), p + 1,
                           pos.text);
    } else {
      slot.code = code_of_segment(spec, pos.name, seg.text);
    }
    out.slots.push_back(slot);
  }
  if (!children) return "";
  // The parent: the one position whose code (or every code its variable may take) is a
  // parent in that dimension's hierarchy.
  std::vector<std::size_t> parents;
  for (std::size_t p = 0; p < out.slots.size(); ++p) {
    const auto& pos = layout.template_[p];
    if (pos.code < 0) continue;
    const cube_slot& s = out.slots[p];
    bool parent = false;
    if (s.var < 0) {
      parent = is_parent(spec, pos.name, s.code);
    } else if (static_cast<std::size_t>(s.var) < cr.allow.size()) {
      const auto& allowed = cr.allow[static_cast<std::size_t>(s.var)];
      parent = !allowed.empty() && std::all_of(allowed.begin(), allowed.end(), [&](const auto& c) {
        return is_parent(spec, pos.name, c);
      });
    }
    if (parent) parents.push_back(p);
  }
  code = codes::no_hierarchy;
  if (parents.empty()) {
    std::vector<std::string> dims;
    for (const auto& h : spec.hierarchies) dims.push_back(h.dimension);
    return fmt::format(
        "children({}): no segment names a parent code of a hierarchy ({}); write the parent, "
        "or a variable declared 'in {{…}}' with parents only",
        ref_text(ref),
        dims.empty() ? "the spec declares none"
                     : "hierarchies of " + fmt::format("{}", fmt::join(dims, ", ")));
  }
  if (parents.size() > 1) {
    return fmt::format(
        "children({}): segments {} and {} both name parents; children() expands "
        "one: bind the other with a variable",
        ref_text(ref), parents[0] + 1, parents[1] + 1);
  }
  out.parent = static_cast<int>(parents[0]);
  return "";
}

std::string cube_row_by_key(const dataset_spec& spec, const dataset_plan& plan, const rexpr& at) {
  const cube_layout& layout = plan.cube;
  const std::string head = fmt::format(
      "'{}' names another row by its key; a cube names its rows through the id template ({})",
      collapsed(at.range.text()), template_text(layout));
  // The same row through the template: each named column a dimension of the id, its code
  // written as the segment [dataset.codes] makes of it.
  const rexpr& ref = at.arg(0);
  bool fits = ref.k == rexpr::kind::ref && ref.segments.size() == layout.template_.size() &&
              at.by.size() == at.at.size();
  std::vector<std::string> segments;
  for (const auto& s : ref.segments) segments.push_back(s.text);
  for (std::size_t i = 0; fits && i < at.by.size(); ++i) {
    auto pos = std::find_if(layout.template_.begin(), layout.template_.end(),
                            [&](const auto& p) { return p.code >= 0 && p.name == at.by[i]; });
    fits = pos != layout.template_.end();
    if (!fits) break;
    std::string segment = at.at[i];
    if (auto dim = spec.codes.find(at.by[i]); dim != spec.codes.end()) {
      if (auto c = dim->second.find(segment); c != dim->second.end()) segment = c->second;
    }
    segments[static_cast<std::size_t>(pos - layout.template_.begin())] = segment;
  }
  if (!fits) return head + ": write the other row's codes in the segments of its id";
  return fmt::format("{}: write the code in its segment, as in '{}'", head,
                     fmt::join(segments, "."));
}

}  // namespace crossfoot::dataset_detail
