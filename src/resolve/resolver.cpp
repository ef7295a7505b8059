#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

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
bool has_equality(const rexpr& e) {
  bool here =
      (e.k == rexpr::kind::binary || e.k == rexpr::kind::chain) &&
      std::any_of(e.ops.begin(), e.ops.end(), [](op o) { return o == op::eq || o == op::ne; });
  return here || std::any_of(e.args.begin(), e.args.end(), has_equality);
}

// prev() and growth() need the previous level of every term, which exists for figures and
// distributes over sums and differences, but not over products or quotients.
bool sum_of_refs(const rexpr& e) {
  switch (e.k) {
    case rexpr::kind::ref:
      return true;
    case rexpr::kind::unary:
      return e.ops[0] == op::neg && sum_of_refs(e.args[0]);
    case rexpr::kind::binary:
      return (e.ops[0] == op::add || e.ops[0] == op::sub) && sum_of_refs(e.args[0]) &&
             sum_of_refs(e.args[1]);
    default:
      return false;
  }
}

class resolver {
 public:
  resolver(const std::vector<syntax::rule_file>& files, diagnostics& diags)
      : files_(files), diags_(diags) {}

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
          resolve_let(l.name);
        }
      }
    }
    if (error_count(diags_) != errors_before) return std::nullopt;
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

  std::optional<rule> resolve_rule(const syntax::rule_stmt& r) {
    std::size_t errors_before = error_count(diags_);
    check_variables(r);
    std::set<std::string> used;
    rule out;
    out.name = r.name;
    out.level = to_severity(r.level);
    out.description = r.description;
    out.vars = r.vars;
    out.check_text = r.check_text;
    out.range = r.name_range;
    out.check = convert(r.check, scope{&r.vars, &used, false});
    out.restrictions = convert_restrictions(r, out.check, diags_);
    check_parts(r, out.restrictions, out.check, diags_);
    lint_undeclared_variables(r, out.check, diags_);
    for (std::size_t i = 0; i < r.vars.size(); ++i) {
      if (!used.count(r.vars[i])) {
        diags_.error("CF3020", var_range(r, i),
                     fmt::format("variable '{}' is declared but never used", r.vars[i]));
      }
    }
    if (!out.check.is_boolean() && !unknown_call(r.check)) {  // unknown: reported already
      diags_.error("CF3017", r.check.range,
                   "a rule's check must be a comparison, such as 'a + b == c'");
    }
    if (r.within) {
      if (!has_equality(out.check)) {
        diags_.error("CF3019", r.within->range, "'within' needs an == or != comparison");
      } else {
        out.within = convert_tolerance(*r.within, diags_);
      }
    }
    if (error_count(diags_) != errors_before) return std::nullopt;
    return out;
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

  // Each let is resolved once, on first use, so its errors are reported once.
  const rexpr& resolve_let(const std::string& name) {
    static const rexpr invalid;
    if (auto it = resolved_lets_.find(name); it != resolved_lets_.end()) return it->second;
    const syntax::let_stmt* l = lets_.at(name);
    auto cycle = std::find(let_stack_.begin(), let_stack_.end(), name);
    if (cycle != let_stack_.end()) {
      std::string chain;
      for (auto it = cycle; it != let_stack_.end(); ++it) chain += *it + " -> ";
      diags_.error("CF3022", l->name_range,
                   fmt::format("let '{}' is defined in terms of itself: {}{}", name, chain, name));
      return invalid;
    }
    let_stack_.push_back(name);
    rexpr value = convert(l->value, scope{});
    let_stack_.pop_back();
    return resolved_lets_.emplace(name, std::move(value)).first->second;
  }

  rexpr convert(const expr& e, const scope& s) {
    switch (e.k) {
      case expr::kind::literal:
        return convert_literal(e, diags_);
      case expr::kind::ref:
        return convert_ref(e, s);
      case expr::kind::call:
        return convert_call(e, s);
      case expr::kind::unary:
      case expr::kind::binary:
      case expr::kind::chain:
        return convert_operator(e, s);
    }
    return {};
  }

  rexpr convert_ref(const expr& e, const scope& s) {
    // A pattern variable shadows a let of the same name (which is reported in check_variables).
    if (e.segments.size() == 1 && lets_.count(e.segments[0]) && !s.is_var(e.segments[0])) {
      return resolve_let(e.segments[0]);
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
    return out;
  }

  rexpr convert_call(const expr& e, const scope& s) {
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
    bool sets = f && takes_wildcards(f->fn);
    for (const auto& a : e.args) {
      scope inner = s;
      inner.star_allowed = sets && (a.k == expr::kind::ref || is_parts_call(a));
      out.args.push_back(convert(a, inner));  // even when invalid: marks the variables used
    }
    if (!f) return out;
    out.fn = f->fn;
    if (!arity_ok) return out;
    if (parts_frequency(f->fn) && !s.star_allowed) {
      diags_.error(
          "CF3027", e.range,
          fmt::format("{}() names a set of figures: use it inside sum, min or max", f->name));
      return out;
    }
    check_call_operands(*f, e, out);
    return out;
  }

  static bool is_parts_call(const expr& e) {
    if (e.k != expr::kind::call) return false;
    const function_info* f = find_function(e.name);
    return f && parts_frequency(f->fn);
  }

  void check_call_operands(const function_info& f, const expr& e, const rexpr& out) {
    if (f.fn == function::exists) {
      if (e.args[0].k != expr::kind::ref || out.args[0].k != rexpr::kind::ref) {
        diags_.error("CF3013", e.args[0].range, "exists() takes a figure reference");
      }
      return;
    }
    if (parts_frequency(f.fn)) {
      if (out.args[0].k != rexpr::kind::ref) {
        diags_.error("CF3028", e.args[0].range,
                     fmt::format("{}() takes a figure reference with a period segment", f.name));
      }
      return;
    }
    bool previous = f.fn == function::prev || f.fn == function::growth ||
                    f.fn == function::year_ago || f.fn == function::growth_yoy;
    if (previous && !sum_of_refs(out.args[0])) {
      diags_.error("CF3014", e.args[0].range,
                   fmt::format("{}() applies to figures and their sums and differences", f.name));
      return;
    }
    for (const auto& a : out.args) numeric_operand(a, std::string(f.name) + "()");
  }

  void numeric_operand(const rexpr& e, const std::string& where) {
    if (e.is_boolean()) {
      diags_.error("CF3018", e.range,
                   fmt::format("'{}' needs a number here, not a condition", where));
    }
  }

  void boolean_operand(const rexpr& e, const std::string& where) {
    if (!e.is_boolean()) {
      diags_.error("CF3018", e.range,
                   fmt::format("'{}' needs a condition here, not a number", where));
    }
  }

  rexpr convert_operator(const expr& e, const scope& s) {
    rexpr out;
    out.k = e.k == expr::kind::unary    ? rexpr::kind::unary
            : e.k == expr::kind::binary ? rexpr::kind::binary
                                        : rexpr::kind::chain;
    out.range = e.range;
    out.ops = e.ops;
    for (const auto& a : e.args) out.args.push_back(convert(a, s));
    if (out.ops.empty()) return out;
    for (std::size_t i = 0; i < out.args.size(); ++i) {
      op o = out.ops[std::min(i, out.ops.size() - 1)];
      if (is_logical(o)) {
        boolean_operand(out.args[i], syntax::spelling(o));
      } else {
        numeric_operand(out.args[i], syntax::spelling(o));
      }
    }
    return out;
  }

  const std::vector<syntax::rule_file>& files_;
  diagnostics& diags_;
  std::map<std::string, const syntax::let_stmt*> lets_;  // the first definition of each
  std::map<std::string, rexpr> resolved_lets_;
  std::vector<std::string> let_stack_;  // lets being resolved, to find cycles
};

}  // namespace

std::optional<rule_set> resolve(const std::vector<syntax::rule_file>& files, diagnostics& diags) {
  return resolver(files, diags).run();
}

}  // namespace crossfoot
