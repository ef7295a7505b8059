#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "resolve/detail/pieces.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot {
namespace {

using namespace resolve_detail;
using syntax::expr;
using syntax::op;

severity to_severity(syntax::rule_severity s) {
  switch (s) {
    case syntax::rule_severity::warning:
      return severity::warning;
    case syntax::rule_severity::info:
      return severity::info;
    case syntax::rule_severity::error:
      break;
  }
  return severity::error;
}

// Does the check compare for (in)equality anywhere? Only those comparisons take a tolerance.
bool has_equality(const rexpr& check) {
  for (const rexpr* e : topological_order(check)) {
    if ((e->k == rexpr::kind::binary || e->k == rexpr::kind::chain) &&
        std::any_of(e->ops.begin(), e->ops.end(), [](op o) { return o == op::eq || o == op::ne; }))
      return true;
  }
  return false;
}

// prev() and growth() need the previous level of every term, which exists for figures and
// distributes over sums and differences, but not over products or quotients.
bool sum_of_refs(const rexpr& root) {
  std::unordered_map<const rexpr*, bool> ok;
  for (const rexpr* e : topological_order(root)) {
    bool here = false;
    switch (e->k) {
      case rexpr::kind::ref:
        here = true;
        break;
      case rexpr::kind::unary:
        here = e->ops[0] == op::neg && ok[&e->arg(0)];
        break;
      case rexpr::kind::binary:
        here = (e->ops[0] == op::add || e->ops[0] == op::sub) && ok[&e->arg(0)] && ok[&e->arg(1)];
        break;
      default:
        break;
    }
    ok[e] = here;
  }
  return ok[&root];
}

// The let names an expression refers to (a pattern variable shadows a let of its name).
void let_names(const expr& e, const std::map<std::string, const syntax::let_stmt*>& lets,
               const std::vector<std::string>* vars, std::vector<std::string>& out) {
  if (e.k == expr::kind::ref && e.segments.size() == 1 && lets.count(e.segments[0]) &&
      !(vars && std::find(vars->begin(), vars->end(), e.segments[0]) != vars->end())) {
    if (std::find(out.begin(), out.end(), e.segments[0]) == out.end()) out.push_back(e.segments[0]);
  }
  // Syntax trees are at most max_tree_depth deep (the parser's limit): recursion is bounded.
  for (const auto& a : e.args) let_names(a, lets, vars, out);
}

class resolver {
 public:
  resolver(const std::vector<syntax::rule_file>& files, diagnostics& diags)
      : files_(files),
        diags_(diags),
        invalid_(std::make_shared<const rexpr>()),
        too_deep_(std::make_shared<const rexpr>()) {}

  std::optional<rule_set> run() {
    std::size_t errors_before = error_count(diags_);
    collect_names();
    rule_set out;
    for (const auto& f : files_) {
      out.files.push_back(f.source ? f.source->name() : "");
      for (const auto& r : f.rules) {
        if (auto resolved = resolve_rule(r)) out.rules.push_back(std::move(*resolved));
      }
      // Lets no rule uses are still checked; a duplicate let is reported, not resolved.
      for (const auto& l : f.lets) {
        if (auto it = lets_.find(l.name); it != lets_.end() && it->second == &l) {
          resolve_lets({l.name});
        }
      }
    }
    if (error_count(diags_) != errors_before) return std::nullopt;
    mark_shared(out);
    return out;
  }

 private:
  // What a reference may mean where it stands.
  struct scope {
    const std::vector<std::string>* vars = nullptr;  // pattern variables of the rule
    std::set<std::string>* used = nullptr;           // variables seen so far
    bool star_allowed = false;                       // a direct argument of sum/min/max
    bool is_var(const std::string& s) const {
      return vars && std::find(vars->begin(), vars->end(), s) != vars->end();
    }
  };

  void collect_names() {
    std::map<std::string, source_range> seen;
    auto first_definition = [&](const std::string& name, const source_range& at) {
      auto [it, fresh] = seen.emplace(name, at);
      if (fresh) return true;
      auto& d = diags_.error("CF3010", at, fmt::format("'{}' is already defined", name));
      d.notes.push_back({"", severity::note, it->second, "first defined here", {}});
      return false;
    };
    for (const auto& f : files_) {
      for (const auto& r : f.rules) first_definition(r.name, r.name_range);
      for (const auto& l : f.lets) {
        if (first_definition(l.name, l.name_range)) lets_.emplace(l.name, &l);
      }
    }
  }

  // Not inlined: GCC 12 inlining it into run() warns of a false "maybe-uninitialized".
  [[gnu::noinline]] std::optional<rule> resolve_rule(const syntax::rule_stmt& r) {
    std::size_t errors_before = error_count(diags_);
    check_variables(r);
    std::vector<std::string> needed;
    let_names(r.check, lets_, &r.vars, needed);
    resolve_lets(needed);
    std::set<std::string> used;
    rule out;
    out.name = r.name;
    out.level = to_severity(r.level);
    out.description = r.description;
    out.vars = r.vars;
    out.check_text = r.check_text;
    out.range = r.name_range;
    out.check = convert(r.check, scope{&r.vars, &used, false});
    if (!within_limits(*out.check, "rule '" + r.name + "'", r.name_range)) return std::nullopt;
    out.restrictions = convert_restrictions(r, *out.check, diags_);
    check_parts(r, out.restrictions, *out.check, diags_);
    lint_undeclared_variables(r, *out.check, diags_);
    for (std::size_t i = 0; i < r.vars.size(); ++i) {
      if (!used.count(r.vars[i])) {
        diags_.error("CF3020", var_range(r, i),
                     fmt::format("variable '{}' is declared but never used", r.vars[i]));
      }
    }
    if (!out.check->is_boolean() && !unknown_call(r.check)) {  // unknown: reported already
      diags_.error("CF3017", r.check.range,
                   "a rule's check must be a comparison, such as 'a + b == c'");
    }
    out.order = topological_order(*out.check);
    if (out.order.size() > max_rule_nodes) {
      diags_.error("CF7002", r.name_range,
                   fmt::format("rule '{}' is too large once its lets are expanded: {} distinct "
                               "operations, more than the limit of {}",
                               r.name, out.order.size(), max_rule_nodes));
      return std::nullopt;
    }
    if (r.within) {
      if (!has_equality(*out.check)) {
        diags_.error("CF3019", r.within->range, "'within' needs an == or != comparison");
      } else {
        out.within = convert_tolerance(*r.within, diags_);
      }
    }
    if (error_count(diags_) != errors_before) return std::nullopt;
    return out;
  }

  // Lets expand into deeper expressions than any one written expression; past the limit every
  // later walk would recurse too deep, so it is an error where the expansion happens.
  bool within_limits(const rexpr& e, const std::string& what, const source_range& at) {
    if (&e == too_deep_.get()) return false;  // a let it uses was too deep: reported there
    if (e.depth <= max_resolved_depth) return true;
    diags_.error("CF7001", at,
                 fmt::format("{} nests too deeply once its lets are expanded: more than {} "
                             "levels of operators and calls",
                             what, max_resolved_depth));
    return false;
  }

  static bool unknown_call(const expr& e) {
    return e.k == expr::kind::call && !find_function(e.name);
  }

  static source_range var_range(const syntax::rule_stmt& r, std::size_t i) {
    return i < r.var_ranges.size() ? r.var_ranges[i] : r.name_range;
  }

  void check_variables(const syntax::rule_stmt& r) {
    for (std::size_t i = 0; i < r.vars.size(); ++i) {
      auto first = std::find(r.vars.begin(), r.vars.end(), r.vars[i]) - r.vars.begin();
      if (static_cast<std::size_t>(first) != i) {
        diags_.error("CF3021", var_range(r, i),
                     fmt::format("variable '{}' is declared twice", r.vars[i]));
      }
      if (lets_.count(r.vars[i])) {
        diags_.error("CF3023", var_range(r, i),
                     fmt::format("variable '{}' has the name of a let", r.vars[i]));
      }
    }
  }

  // Resolves the lets `roots` need, each once, those it uses first: a depth-first walk over
  // the lets with an explicit stack, so a chain of 10,000 lets costs no recursion. A let met
  // again while it is still on the stack is a cycle.
  struct let_frame {
    std::string name;
    std::vector<std::string> uses;  // the lets its value names
    std::size_t next = 0;           // the next of them to resolve
  };

  void resolve_lets(const std::vector<std::string>& roots) {
    std::vector<let_frame> stack;
    std::set<std::string> on_stack;
    auto push = [&](std::string name) {  // a copy: `stack` may move what it was taken from
      let_frame f{name, {}, 0};
      let_names(lets_.at(name)->value, lets_, nullptr, f.uses);
      stack.push_back(std::move(f));
      on_stack.insert(name);
    };
    for (const auto& root : roots) {
      if (resolved_lets_.count(root)) continue;
      push(root);
      while (!stack.empty()) {
        let_frame& top = stack.back();
        if (top.next < top.uses.size()) {
          const std::string& next = top.uses[top.next++];
          if (resolved_lets_.count(next)) continue;
          if (on_stack.count(next)) {
            let_cycle(next, stack);
            continue;
          }
          push(next);
          continue;
        }
        std::string name = std::move(top.name);
        stack.pop_back();
        on_stack.erase(name);
        resolved_lets_.emplace(name, resolve_let(*lets_.at(name)));
      }
    }
  }

  void let_cycle(const std::string& name, const std::vector<let_frame>& stack) {
    auto first = std::find_if(stack.begin(), stack.end(),
                              [&](const let_frame& f) { return f.name == name; });
    std::string chain;
    for (auto it = first; it != stack.end(); ++it) chain += it->name + " -> ";
    diags_.error("CF3022", lets_.at(name)->name_range,
                 fmt::format("let '{}' is defined in terms of itself: {}{}", name, chain, name));
  }

  // Every let it uses is resolved already (or reported).
  rexpr_ptr resolve_let(const syntax::let_stmt& l) {
    rexpr_ptr value = convert(l.value, scope{});
    if (!within_limits(*value, "let '" + l.name + "'", l.name_range)) return too_deep_;
    return value;
  }

  // A node of the DAG; its depth follows from its operands.
  rexpr_ptr make(rexpr e) {
    for (const auto& a : e.args) {
      if (a == too_deep_) return too_deep_;  // one error, at the let that crossed the limit
      e.depth = std::max(e.depth, a->depth + 1);
    }
    auto made = std::make_shared<rexpr>(std::move(e));
    made_.push_back(made);
    return made;
  }

  rexpr_ptr convert(const expr& e, const scope& s) {
    switch (e.k) {
      case expr::kind::literal:
        return make(convert_literal(e, diags_));
      case expr::kind::ref:
        return convert_ref(e, s);
      case expr::kind::call:
        return convert_call(e, s);
      case expr::kind::unary:
      case expr::kind::binary:
      case expr::kind::chain:
        return convert_operator(e, s);
    }
    return invalid_;
  }

  rexpr_ptr convert_ref(const expr& e, const scope& s) {
    // A pattern variable shadows a let of the same name (which is reported in check_variables).
    if (e.segments.size() == 1 && lets_.count(e.segments[0]) && !s.is_var(e.segments[0])) {
      auto it = resolved_lets_.find(e.segments[0]);
      return it == resolved_lets_.end() ? invalid_ : it->second;  // absent: in a cycle
    }
    rexpr out;
    out.k = rexpr::kind::ref;
    out.range = e.range;
    bool star_reported = false;
    for (const auto& seg : e.segments) {
      bool var = s.is_var(seg);
      if (var) s.used->insert(seg);
      if (seg == "*" && !s.star_allowed && !star_reported) {
        diags_.error("CF3015", e.range, "'*' is only allowed inside sum, min or max");
        star_reported = true;
      }
      out.segments.push_back({seg, var});
    }
    return make(std::move(out));
  }

  rexpr_ptr convert_call(const expr& e, const scope& s) {
    rexpr out;
    out.k = rexpr::kind::call;
    out.range = e.range;
    const function_info* f = find_function(e.name);
    bool arity_ok = f && e.args.size() >= f->min_args && e.args.size() <= f->max_args;
    if (!f) {
      std::string hint = closest_name(e.name, function_names());
      diags_.error("CF3011", e.range,
                   fmt::format("unknown function '{}'{}", e.name,
                               hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    } else if (!arity_ok) {
      diags_.error("CF3012", e.range, arity_message(*f, e.args.size()));
    }
    bool sets = f && takes_wildcards(f->fn) && e.by.empty();
    for (const auto& a : e.args) {
      scope inner = s;
      inner.star_allowed = sets && (a.k == expr::kind::ref || is_parts_call(a));
      out.args.push_back(convert(a, inner));  // even when invalid: marks the variables used
    }
    if (!f) return make(std::move(out));
    out.fn = f->fn;
    if (!arity_ok) return make(std::move(out));
    if (f->fn == function::children && !s.star_allowed) {
      diags_.error("CF3050", e.range,
                   "children() names the figures of a parent's children: use it inside sum, min "
                   "or max, as in 'WORLD.P.F == sum(children(WORLD.P.F))'");
      return make(std::move(out));
    }
    if (parts_frequency(f->fn) && !s.star_allowed) {
      diags_.error(
          "CF3027", e.range,
          fmt::format("{}() names a set of figures: use it inside sum, min or max", f->name));
      return make(std::move(out));
    }
    if (!check_grouping(*f, e, out)) return make(std::move(out));
    check_call_operands(*f, e, out);
    return make(std::move(out));
  }

  // `by` (an aggregate over the rows of a dataset that share some columns) and the functions
  // that only make sense over rows: count() needs its groups, unique() takes column names.
  bool check_grouping(const function_info& f, const expr& e, rexpr& out) {
    bool aggregate = f.fn == function::sum || f.fn == function::min || f.fn == function::max ||
                     f.fn == function::mean || f.fn == function::count;
    if (f.fn == function::at) return check_selected(e, out);
    if (!e.by.empty() && !aggregate) {
      diags_.error(
          "CF3060", e.by_ranges.front(),
          fmt::format("'by' groups rows for sum, min, max, mean or count, not for {}()", f.name));
      return false;
    }
    if (!e.by.empty() && e.args.size() != 1) {
      diags_.error("CF3061", e.range,
                   fmt::format("{}(... by ...) takes one argument, the column or expression to "
                               "aggregate, not {}",
                               f.name, e.args.size()));
      return false;
    }
    if (f.fn == function::count && e.by.empty()) {
      diags_.error("CF3062", e.range,
                   "count() counts rows of a dataset: name the groups with 'by', as in "
                   "count(exports by country)");
      return false;
    }
    if (f.fn == function::unique) {
      for (std::size_t i = 0; i < e.args.size(); ++i) {
        const rexpr& a = out.arg(i);
        bool plain = a.k == rexpr::kind::ref && a.segments.size() == 1 && !a.segments[0].is_var &&
                     a.segments[0].text != "*";
        if (!plain) {
          diags_.error("CF3063", e.args[i].range,
                       "unique() takes the names of columns, as in unique(country, year)");
          return false;
        }
      }
      return false;  // its operands are columns of codes, not numbers
    }
    out.by = e.by;
    out.by_ranges = e.by_ranges;
    return true;
  }

  // x[country = WORLD] is at(x) with its columns and codes: the only spelling. at() written
  // as a call has no codes; the operand must name a column.
  bool check_selected(const expr& e, rexpr& out) {
    if (e.at.empty() || e.at.size() != e.by.size()) {
      diags_.error("CF3064", e.range,
                   "another row of a dataset is named by its key, as in exports[country = WORLD], "
                   "not with at()");
      return false;
    }
    out.by = e.by;
    out.by_ranges = e.by_ranges;
    out.at = e.at;
    return true;
  }

  static bool is_parts_call(const expr& e) {
    if (e.k != expr::kind::call) return false;
    const function_info* f = find_function(e.name);
    return f && (parts_frequency(f->fn) || f->fn == function::children);
  }

  void check_call_operands(const function_info& f, const expr& e, const rexpr& out) {
    if (f.fn == function::exists) {
      if (e.args[0].k != expr::kind::ref || out.arg(0).k != rexpr::kind::ref) {
        diags_.error("CF3013", e.args[0].range, "exists() takes a figure reference");
      }
      return;
    }
    if (f.fn == function::children) {
      if (out.arg(0).k != rexpr::kind::ref) {
        diags_.error("CF3051", e.args[0].range,
                     "children() takes a figure reference whose segment names a parent code, "
                     "such as WORLD.P.F");
      }
      return;
    }
    if (parts_frequency(f.fn)) {
      if (out.arg(0).k != rexpr::kind::ref) {
        diags_.error("CF3028", e.args[0].range,
                     fmt::format("{}() takes a figure reference with a period segment", f.name));
      }
      return;
    }
    bool previous = f.fn == function::prev || f.fn == function::growth ||
                    f.fn == function::year_ago || f.fn == function::growth_yoy;
    if (previous && !sum_of_refs(out.arg(0))) {
      diags_.error("CF3014", e.args[0].range,
                   fmt::format("{}() applies to figures and their sums and differences", f.name));
      return;
    }
    for (const auto& a : out.args) numeric_operand(*a, std::string(f.name) + "()");
  }

  void numeric_operand(const rexpr& e, const std::string& where) {
    if (e.is_boolean() && &e != too_deep_.get()) {
      diags_.error("CF3018", e.range,
                   fmt::format("'{}' needs a number here, not a condition", where));
    }
  }

  void boolean_operand(const rexpr& e, const std::string& where) {
    if (!e.is_boolean() && &e != too_deep_.get()) {
      diags_.error("CF3018", e.range,
                   fmt::format("'{}' needs a condition here, not a number", where));
    }
  }

  rexpr_ptr convert_operator(const expr& e, const scope& s) {
    rexpr out;
    out.k = e.k == expr::kind::unary    ? rexpr::kind::unary
            : e.k == expr::kind::binary ? rexpr::kind::binary
                                        : rexpr::kind::chain;
    out.range = e.range;
    out.ops = e.ops;
    for (const auto& a : e.args) out.args.push_back(convert(a, s));
    for (std::size_t i = 0; i < out.args.size() && !out.ops.empty(); ++i) {
      op o = out.ops[std::min(i, out.ops.size() - 1)];
      if (is_logical(o)) {
        boolean_operand(out.arg(i), syntax::spelling(o));
      } else {
        numeric_operand(out.arg(i), syntax::spelling(o));
      }
    }
    return make(std::move(out));
  }

  // A node reached through more than one edge (a let used twice, or by several rules) is
  // marked, so that walks memoize it and leave the others alone.
  void mark_shared(const rule_set& rules) {
    std::unordered_map<const rexpr*, int> edges;
    for (const auto& n : made_) {
      for (const auto& a : n->args) ++edges[a.get()];
    }
    for (const auto& r : rules.rules) ++edges[r.check.get()];
    for (const auto& n : made_) n->shared = edges[n.get()] > 1;
  }

  const std::vector<syntax::rule_file>& files_;
  diagnostics& diags_;
  std::map<std::string, const syntax::let_stmt*> lets_;  // the first definition of each
  std::map<std::string, rexpr_ptr> resolved_lets_;
  rexpr_ptr invalid_;                         // stands for what could not be resolved
  rexpr_ptr too_deep_;                        // a let past max_resolved_depth, and whatever uses it
  std::vector<std::shared_ptr<rexpr>> made_;  // every node, to mark the shared ones at the end
};

}  // namespace

std::optional<rule_set> resolve(const std::vector<syntax::rule_file>& files, diagnostics& diags) {
  return resolver(files, diags).run();
}

}  // namespace crossfoot
