#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "quantity/quantity.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot {
namespace {

using syntax::expr;
using syntax::op;

struct function_info {
  const char* name;
  function fn;
  std::size_t min_args, max_args;
};

constexpr std::size_t many = 1000000;
constexpr function_info functions[] = {
    {"sum", function::sum, 1, many},    {"min", function::min, 1, many},
    {"max", function::max, 1, many},    {"abs", function::abs, 1, 1},
    {"prev", function::prev, 1, 1},     {"growth", function::growth, 1, 1},
    {"exists", function::exists, 1, 1}, {"agree", function::agree, 2, many},
};

const function_info* find_function(const std::string& name) {
  for (const auto& f : functions) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

bool is_comparison(op o) {
  return o >= op::eq && o <= op::ge;
}
bool is_logical(op o) {
  return o == op::logical_and || o == op::logical_or || o == op::logical_not;
}

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

class resolver {
 public:
  resolver(const std::vector<syntax::rule_file>& files, diagnostics& diags)
      : files_(files), diags_(diags) {}

  std::optional<rule_set> run() {
    collect_names();
    rule_set out;
    for (const auto& f : files_) {
      out.files.push_back(f.source->name());
      for (const auto& r : f.rules) {
        if (auto resolved = resolve_rule(r)) out.rules.push_back(std::move(*resolved));
      }
      for (const auto& l : f.lets) {
        auto it = lets_.find(l.name);
        if (it != lets_.end() && it->second == &l) resolve_let(l.name);  // duplicates: reported
      }
    }
    if (diags_.has_errors()) return std::nullopt;
    return out;
  }

 private:
  struct scope {
    const std::vector<std::string>* vars = nullptr;
    std::set<std::string>* used = nullptr;
    bool star_allowed = false;
  };

  void collect_names() {
    std::map<std::string, source_range> seen;
    auto note_name = [&](const std::string& name, const source_range& at) {
      auto [it, fresh] = seen.emplace(name, at);
      if (fresh) return true;
      auto& d = diags_.error("CF3010", at, fmt::format("'{}' is already defined", name));
      d.notes.push_back({"", severity::note, it->second, "first defined here", {}});
      return false;
    };
    for (const auto& f : files_) {
      for (const auto& r : f.rules) note_name(r.name, r.name_range);
      for (const auto& l : f.lets) {
        if (note_name(l.name, l.name_range)) lets_.emplace(l.name, &l);
      }
    }
  }

  std::optional<rule> resolve_rule(const syntax::rule_stmt& r) {
    std::size_t errors_before = diags_.items().size();
    check_variables(r);
    std::set<std::string> used;
    scope s{&r.vars, &used, false};
    rule out;
    out.name = r.name;
    out.level = to_severity(r.level);
    out.description = r.description;
    out.vars = r.vars;
    out.check_text = r.check_text;
    out.range = r.name_range;
    out.check = convert(r.check, s);
    for (std::size_t i = 0; i < r.vars.size(); ++i) {
      if (!used.count(r.vars[i])) {
        diags_.error("CF3020", r.var_ranges[i],
                     fmt::format("variable '{}' is declared but never used", r.vars[i]));
      }
    }
    if (!out.check.is_boolean()) {
      diags_.error("CF3017", r.check.range,
                   "a rule's check must be a comparison, such as 'a + b == c'");
    }
    if (r.within) out.within = resolve_tolerance(*r.within, r.check);
    if (diags_.items().size() != errors_before) return std::nullopt;
    return out;
  }

  void check_variables(const syntax::rule_stmt& r) {
    for (std::size_t i = 0; i < r.vars.size(); ++i) {
      auto first = std::find(r.vars.begin(), r.vars.end(), r.vars[i]) - r.vars.begin();
      if (static_cast<std::size_t>(first) != i) {
        diags_.error("CF3021", r.var_ranges[i],
                     fmt::format("variable '{}' is declared twice", r.vars[i]));
      }
      if (lets_.count(r.vars[i])) {
        diags_.error("CF3023", r.var_ranges[i],
                     fmt::format("variable '{}' has the name of a let", r.vars[i]));
      }
    }
  }

  const rexpr& resolve_let(const std::string& name) {
    static const rexpr invalid;
    if (auto it = resolved_lets_.find(name); it != resolved_lets_.end()) return it->second;
    const syntax::let_stmt* l = lets_.at(name);
    if (std::find(let_stack_.begin(), let_stack_.end(), name) != let_stack_.end()) {
      diags_.error("CF3022", l->name_range,
                   fmt::format("let '{}' is defined in terms of itself", name));
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
        return convert_literal(e);
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

  rexpr convert_literal(const expr& e) {
    rexpr out;
    out.k = rexpr::kind::literal;
    out.range = e.range;
    switch (e.lit) {
      case syntax::literal_kind::number:
        out.literal_unit = unit::number();
        out.value = interval::point(e.number);
        break;
      case syntax::literal_kind::percent:
      case syntax::literal_kind::points:
        out.literal_unit =
            e.lit == syntax::literal_kind::percent ? unit::percent() : unit::points();
        out.value = interval::point(e.number / 100);
        break;
      case syntax::literal_kind::level:
        if (auto u = level_unit(e.unit_text, e.range)) {
          out.literal_unit = *u;
          out.value = interval::point(e.number) * interval::point(u->factor());
        }
        break;
    }
    return out;
  }

  std::optional<unit> level_unit(const std::string& text, const source_range& at) {
    quantity_error err;
    auto u = parse_unit(text, err);
    if (!u) {
      diags_.error("CF3016", at, fmt::format("unknown unit '{}': {}", text, err.message));
    }
    return u;
  }

  rexpr convert_ref(const expr& e, const scope& s) {
    if (e.segments.size() == 1 && lets_.count(e.segments[0]) &&
        !(s.vars && std::count(s.vars->begin(), s.vars->end(), e.segments[0]))) {
      rexpr inlined = resolve_let(e.segments[0]);
      return inlined;
    }
    rexpr out;
    out.k = rexpr::kind::ref;
    out.range = e.range;
    for (const auto& seg : e.segments) {
      bool var = s.vars && std::count(s.vars->begin(), s.vars->end(), seg);
      if (var) s.used->insert(seg);
      if (seg == "*" && !s.star_allowed) {
        diags_.error("CF3015", e.range, "'*' is only allowed inside sum, min or max");
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
    if (!f) {
      std::vector<std::string> names;
      for (const auto& x : functions) names.push_back(x.name);
      std::string hint = closest_name(e.name, names);
      diags_.error("CF3011", e.range,
                   fmt::format("unknown function '{}'{}", e.name,
                               hint.empty() ? "" : "; did you mean '" + hint + "'?"));
      for (const auto& arg : e.args) convert(arg, s);  // still mark the variables it uses
      return out;
    }
    out.fn = f->fn;
    if (e.args.size() < f->min_args || e.args.size() > f->max_args) {
      diags_.error("CF3012", e.range, arity_message(*f, e.args.size()));
      for (const auto& arg : e.args) convert(arg, s);
      return out;
    }
    bool star = f->fn == function::sum || f->fn == function::min || f->fn == function::max;
    for (const auto& a : e.args) {
      scope inner = s;
      inner.star_allowed = star && a.k == expr::kind::ref;
      out.args.push_back(convert(a, inner));
    }
    check_call_operands(*f, e, out);
    return out;
  }

  static std::string arity_message(const function_info& f, std::size_t given) {
    if (f.min_args == f.max_args) {
      return fmt::format("{}() takes {} argument{}, not {}", f.name, f.min_args,
                         f.min_args == 1 ? "" : "s", given);
    }
    return fmt::format("{}() takes at least {} arguments, not {}", f.name, f.min_args, given);
  }

  void check_call_operands(const function_info& f, const expr& e, const rexpr& out) {
    if (f.fn == function::exists && e.args[0].k != expr::kind::ref) {
      diags_.error("CF3013", e.args[0].range, "exists() takes a figure reference");
    }
    if ((f.fn == function::prev || f.fn == function::growth) && !sum_of_refs(out.args[0])) {
      diags_.error("CF3014", e.args[0].range,
                   fmt::format("{}() applies to figures and their sums and differences", f.name));
    }
    for (std::size_t i = 0; i < out.args.size(); ++i) {
      if (f.fn != function::exists) numeric_operand(out.args[i], f.name);
    }
  }

  static bool sum_of_refs(const rexpr& e) {
    if (e.k == rexpr::kind::ref) return true;
    if (e.k == rexpr::kind::unary) return e.ops[0] == op::neg && sum_of_refs(e.args[0]);
    if (e.k == rexpr::kind::binary) {
      return (e.ops[0] == op::add || e.ops[0] == op::sub) && sum_of_refs(e.args[0]) &&
             sum_of_refs(e.args[1]);
    }
    return false;
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

  std::optional<tolerance> resolve_tolerance(const syntax::tolerance& t, const expr& check) {
    if (!has_equality(check)) {
      diags_.error("CF3019", t.range, "'within' needs an == or != comparison");
      return std::nullopt;
    }
    tolerance out;
    out.text = std::string(t.range.text());
    switch (t.lit) {
      case syntax::literal_kind::percent:
        out.relative = true;
        out.amount = t.number / 100;
        break;
      case syntax::literal_kind::points:
        out.amount = t.number / 100;
        break;
      case syntax::literal_kind::number:
        out.amount = t.number;
        break;
      case syntax::literal_kind::level:
        if (auto u = level_unit(t.unit_text, t.range)) {
          out.amount = t.number * u->factor();
          out.dim = u->dim;
        }
        break;
    }
    return out;
  }

  static bool has_equality(const expr& e) {
    if ((e.k == expr::kind::binary || e.k == expr::kind::chain) &&
        std::any_of(e.ops.begin(), e.ops.end(), [](op o) { return o == op::eq || o == op::ne; })) {
      return true;
    }
    return std::any_of(e.args.begin(), e.args.end(), has_equality);
  }

  const std::vector<syntax::rule_file>& files_;
  diagnostics& diags_;
  std::map<std::string, const syntax::let_stmt*> lets_;
  std::map<std::string, rexpr> resolved_lets_;
  std::vector<std::string> let_stack_;
};

}  // namespace

bool rexpr::is_boolean() const {
  switch (k) {
    case kind::chain:
      return true;
    case kind::binary:
    case kind::unary:
      return is_comparison(ops[0]) || is_logical(ops[0]);
    case kind::call:
      return fn == function::exists || fn == function::agree;
    default:
      return false;
  }
}

std::optional<rule_set> resolve(const std::vector<syntax::rule_file>& files, diagnostics& diags) {
  return resolver(files, diags).run();
}

}  // namespace crossfoot
