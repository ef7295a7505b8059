// Compiles rules against a dataset's header. Units and dimension checks are the figures path's
// own (eval/operations.hpp), applied once per rule to the columns' units: a rule that adds euros
// to a percentage is one error finding, not one per row.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "dataset/detail/codes.hpp"
#include "dataset/detail/plan.hpp"
#include "eval/operations.hpp"

namespace crossfoot::dataset_detail {

int dataset_plan::number_of(int csv_column) const {
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (numbers[i].csv_column == csv_column) return static_cast<int>(i);
  }
  return -1;
}

int dataset_plan::code_of(int csv_column) const {
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (codes[i].csv_column == csv_column) return static_cast<int>(i);
  }
  return -1;
}

namespace {

using syntax::op;

int add_code_column(dataset_plan& plan, int csv, bool period, bool flag);

// The abstract value of a node at compile time: its unit, and whether it is a bare 0.
struct node_info {
  int reg = -1;
  value v;  // unit, zero_literal; the interval is not used
};

class rule_compiler {
 public:
  rule_compiler(const dataset_spec& spec, dataset_plan& plan, rule_plan& out)
      : spec_(spec),
        plan_(plan),
        out_(out),
        index_(empty_),
        ctx_(index_, states_, bound_, chosen_, nullptr) {
    if (out.r->within) ctx_.within = &*out.r->within;
    out_.prog.within = out.r->within;
  }

  void compile() {
    const rexpr& root = *out_.r->check;
    if (plan_.cube.active()) {
      out_.cube.emplace();
      const char* code = nullptr;
      std::string error = begin_cube_rule(spec_, plan_, *out_.r, *out_.cube, code);
      if (!error.empty()) return fail(code, std::move(error));
    }
    // Post-order without recursion: a long chain of `+` is as deep as it is long.
    struct frame {
      const rexpr* e;
      bool expanded;
    };
    std::vector<frame> stack{{&root, false}};
    while (!stack.empty() && !failed()) {
      frame& top = stack.back();
      const rexpr* e = top.e;
      if (done_.count(e)) {
        stack.pop_back();
        continue;
      }
      if (!top.expanded && !leaf(*e)) {
        top.expanded = true;
        for (auto it = e->args.rbegin(); it != e->args.rend(); ++it)
          stack.push_back({it->get(), false});
        continue;
      }
      stack.pop_back();
      emit(*e);
    }
    if (failed()) return;
    out_.prog.result = done_.at(&root).reg;
  }

 private:
  const dataset_spec& spec_;
  dataset_plan& plan_;
  rule_plan& out_;
  figure_set empty_;
  figure_index index_;
  figure_states states_;
  binding_map bound_;
  selection chosen_;
  eval_context ctx_;
  std::unordered_map<const rexpr*, node_info> done_;
  std::unordered_map<int, int> loaded_;             // number column -> register
  std::unordered_map<const rexpr*, int> children_;  // a cube's children() call -> its term

  bool failed() const { return !out_.error.empty() || !out_.applies; }

  void fail(const char* code, std::string message) {
    if (failed()) return;
    out_.error_code = code;
    out_.error = std::move(message);
  }

  static bool needs_periods(function fn) {
    return fn == function::prev || fn == function::growth || fn == function::year_ago ||
           fn == function::growth_yoy || fn == function::months || fn == function::quarters ||
           fn == function::years;
  }

  // Nodes whose arguments are not compiled as values of this row: they name columns read on
  // other rows (terms, groups.cpp) or only test a cell's presence.
  static bool leaf(const rexpr& e) {
    return e.k == rexpr::kind::literal || e.k == rexpr::kind::ref ||
           (e.k == rexpr::kind::call &&
            (e.fn == function::exists || e.fn == function::children || e.fn == function::unique ||
             e.fn == function::count || !e.by.empty() || needs_periods(e.fn)));
  }

  int new_register() { return out_.prog.registers++; }

  int emit_instr(instruction in) {
    if (in.out < 0) in.out = new_register();
    out_.prog.code.push_back(in);
    return in.out;
  }

  const node_info& arg(const rexpr& e, std::size_t i) { return done_.at(e.args[i].get()); }

  void finish(const rexpr& e, int reg, value v) {
    if (!ctx_.unit_error.empty()) {  // as in the figures path: an error finding, no code
      fail(nullptr, ctx_.unit_error);
      return;
    }
    done_[&e] = {reg, v};
  }

  // A column by name: the number column (loaded once per program), or why it cannot be one.
  std::optional<int> column_of(const rexpr& e) {
    if (e.segments.size() != 1 || e.segments[0].is_var || e.segments[0].text == "*") {
      if (std::any_of(e.segments.begin(), e.segments.end(),
                      [](const auto& s) { return s.is_var; })) {
        out_.applies = false;
        out_.why_not =
            "a pattern rule binds figure ids; the columns of a records dataset are not ids";
        return std::nullopt;
      }
      std::string id;
      for (const auto& s : e.segments) id += (id.empty() ? "" : ".") + s.text;
      fail(codes::no_such_column,
           fmt::format("'{}' is not a column of {}: a records rule names columns", id, spec_.data));
      return std::nullopt;
    }
    const std::string& name = e.segments[0].text;
    auto& h = plan_.header;
    auto it = std::find(h.begin(), h.end(), name);
    if (it == h.end()) {
      std::string near = closest_name(name, h);
      fail(codes::no_such_column,
           fmt::format("no column '{}' in {}{}", name, spec_.data,
                       near.empty() ? "" : fmt::format("; did you mean '{}'?", near)));
      return std::nullopt;
    }
    int csv = static_cast<int>(it - h.begin());
    int n = plan_.number_of(csv);
    if (n < 0) {
      number_column c;
      c.csv_column = csv;
      c.name = name;
      if (const column_spec* cs = spec_.column(name)) {
        c.u = cs->u;
        c.prec = cs->prec;
      } else {
        c.u = spec_.default_unit;
      }
      plan_.numbers.push_back(c);
      n = static_cast<int>(plan_.numbers.size()) - 1;
    }
    return n;
  }

  void emit_ref(const rexpr& e) {
    if (out_.cube) return emit_cube_ref(e, e, false);
    auto n = column_of(e);
    if (!n) return;
    load_column(e, *n);
  }

  // A cube's reference: the anchor row's value, or a term filled from other rows.
  void emit_cube_ref(const rexpr& node, const rexpr& ref, bool children) {
    cube_pattern pattern;
    const char* code = nullptr;
    std::string error = cube_pattern_of(spec_, plan_, *out_.cube, ref, children, pattern, code);
    if (!error.empty()) return fail(code, std::move(error));
    if (!children && pattern == out_.cube->anchor) return load_column(node, plan_.value);
    term t;
    t.k = children ? term::kind::members : term::kind::selected;
    t.number = plan_.value;
    out_.terms.push_back(t);
    out_.cube->terms.push_back(pattern);
    int index = static_cast<int>(out_.terms.size()) - 1;
    if (children) children_[&node] = index;
    instruction in;
    in.op = opcode::term;
    in.source = index;
    value v;
    v.u = plan_.numbers[static_cast<std::size_t>(plan_.value)].u;
    finish(node, emit_instr(in), v);
  }

  void load_column(const rexpr& e, int n) {
    value v;
    v.u = plan_.numbers[static_cast<std::size_t>(n)].u;
    done_[&e] = {loaded(n), v};
  }

  void emit_literal(const rexpr& e) {
    value v;
    v.iv = e.value;
    v.u = e.literal_unit;
    v.zero_literal = e.value.lo == 0 && e.value.hi == 0 && e.literal_unit.dim.dimensionless() &&
                     e.literal_unit.style == unit_style::number;
    instruction in;
    in.op = opcode::constant;
    in.source = static_cast<int>(out_.prog.constants.size());
    out_.prog.constants.push_back(e.value);
    finish(e, emit_instr(in), v);
  }

  static opcode arithmetic_opcode(op o) {
    switch (o) {
      case op::add:
        return opcode::add;
      case op::sub:
        return opcode::sub;
      case op::mul:
        return opcode::mul;
      case op::div:
        return opcode::div;
      default:
        return opcode::pow;
    }
  }

  static batch::comparison comparison_of(op o) {
    switch (o) {
      case op::eq:
        return batch::comparison::eq;
      case op::ne:
        return batch::comparison::ne;
      case op::lt:
        return batch::comparison::lt;
      case op::le:
        return batch::comparison::le;
      case op::gt:
        return batch::comparison::gt;
      default:
        return batch::comparison::ge;
    }
  }

  static bool is_comparison(op o) { return o >= op::eq && o <= op::ge; }

  int emit_compare(op o, const rexpr& left, const node_info& a, const rexpr& right,
                   const node_info& b) {
    value t = crossfoot::compare(o, left, a.v, right, b.v, ctx_);
    (void)t;
    instruction in;
    in.op = opcode::compare;
    in.a = a.reg;
    in.b = b.reg;
    in.cmp = comparison_of(o);
    in.within = out_.r->within && (o == op::eq || o == op::ne);
    int reg = emit_instr(in);
    comparison_site site;
    site.instr = static_cast<int>(out_.prog.code.size()) - 1;
    site.lhs_text = collapsed(left.range.text());
    site.rhs_text = collapsed(right.range.text());
    site.display = shared_display(a.v.u, b.v.u);
    site.lhs_display = site.display;
    out_.prog.comparisons.push_back(site);
    return reg;
  }

  int emit_logical(op o, int a, int b) {
    instruction in;
    in.op = o == op::logical_and  ? opcode::logical_and
            : o == op::logical_or ? opcode::logical_or
                                  : opcode::logical_not;
    in.a = a;
    in.b = b;
    return emit_instr(in);
  }

  void emit_binary(const rexpr& e) {
    op o = e.ops[0];
    const node_info &a = arg(e, 0), &b = arg(e, 1);
    value v;
    if (is_comparison(o)) {
      v.is_bool = true;
      int reg = emit_compare(o, e.arg(0), a, e.arg(1), b);
      finish(e, reg, v);
      return;
    }
    if (o == op::logical_and || o == op::logical_or) {
      v.is_bool = true;
      finish(e, emit_logical(o, a.reg, b.reg), v);
      return;
    }
    v = arithmetic(o, a.v, b.v, ctx_, &e.arg(0), &e.arg(1));
    instruction in;
    in.op = arithmetic_opcode(o);
    in.a = a.reg;
    in.b = b.reg;
    finish(e, emit_instr(in), v);
  }

  void emit_chain(const rexpr& e) {
    int result = -1;
    for (std::size_t i = 0; i < e.ops.size(); ++i) {
      int step = emit_compare(e.ops[i], e.arg(i), arg(e, i), e.arg(i + 1), arg(e, i + 1));
      result = result < 0 ? step : emit_logical(op::logical_and, result, step);
    }
    value v;
    v.is_bool = true;
    finish(e, result, v);
  }

  void emit_unary(const rexpr& e) {
    const node_info& a = arg(e, 0);
    if (e.ops[0] == op::neg) {
      instruction in;
      in.op = opcode::neg;
      in.a = a.reg;
      finish(e, emit_instr(in), negate(a.v));
      return;
    }
    value v;
    v.is_bool = true;
    finish(e, emit_logical(op::logical_not, a.reg, -1), v);
  }

  void emit_call(const rexpr& e) {
    if (!e.by.empty() && e.fn != function::at) {
      emit_grouped(e);
      return;
    }
    switch (e.fn) {
      case function::sum:
      case function::min:
      case function::max:
      case function::mean: {
        std::vector<value> items;
        std::vector<int> regs;
        for (std::size_t i = 0; i < e.args.size() && !failed(); ++i) {
          if (parts_frequency(e.arg(i).fn) && e.arg(i).k == rexpr::kind::call) {
            auto part = emit_parts(e.arg(i), e.fn);
            if (!part) return;
            items.push_back(part->v);
            regs.push_back(part->reg);
          } else {
            items.push_back(arg(e, i).v);
            regs.push_back(arg(e, i).reg);
          }
        }
        if (failed()) return;
        value v = fold(e.fn, items, ctx_);
        for (const auto& a : e.args) {  // children() folds as the function it stands in
          auto c = children_.find(a.get());
          if (c == children_.end()) continue;
          if (e.fn == function::mean) return cube_unsupported(e);  // a mean needs the count
          out_.terms[static_cast<std::size_t>(c->second)].fn =
              e.fn == function::min   ? aggregate::min
              : e.fn == function::max ? aggregate::max
                                      : aggregate::sum;
        }
        int acc = regs[0];
        for (std::size_t i = 1; i < regs.size(); ++i) {
          instruction in;
          in.op = e.fn == function::min   ? opcode::min
                  : e.fn == function::max ? opcode::max
                                          : opcode::add;
          in.a = acc;
          in.b = regs[i];
          acc = emit_instr(in);
        }
        if (e.fn == function::mean && regs.size() > 1)
          acc = emit_binary_op(opcode::div, acc,
                               emit_constant(interval::point(static_cast<double>(regs.size()))));
        finish(e, acc, v);
        return;
      }
      case function::count:
      case function::unique:
        emit_grouped(e);
        return;
      case function::at:
        if (out_.cube) return fail(codes::cube_function, cube_row_by_key(spec_, plan_, e));
        emit_selected(e);
        return;
      case function::abs: {
        instruction in;
        in.op = opcode::abs;
        in.a = arg(e, 0).reg;
        value v = arg(e, 0).v;
        finish(e, emit_instr(in), v);
        return;
      }
      case function::agree: {
        std::vector<value> items;
        instruction in;
        in.op = opcode::agree;
        for (std::size_t i = 0; i < e.args.size(); ++i) {
          items.push_back(arg(e, i).v);
          in.args.push_back(arg(e, i).reg);
        }
        agreement(e, items, ctx_);
        value v;
        v.is_bool = true;
        finish(e, emit_instr(in), v);
        return;
      }
      case function::children:
        if (!out_.cube) {
          fail(codes::no_hierarchy,
               fmt::format("children() needs a cube with hierarchies (shape = \"cube\"); {} is "
                           "records",
                           spec_.data));
          return;
        }
        emit_cube_ref(e, e.arg(0), true);
        return;
      case function::exists: {
        if (out_.cube) return cube_unsupported(e);
        auto n = column_of(e.arg(0));
        if (!n) return;
        instruction in;
        in.op = opcode::exists;
        in.source = *n;
        if (std::find(out_.prog.columns.begin(), out_.prog.columns.end(), *n) ==
            out_.prog.columns.end()) {
          // The cell is shown in a finding even though only its presence is read.
          instruction load;
          load.op = opcode::number;
          load.source = *n;
          int reg = emit_instr(load);
          loaded_[*n] = reg;
          out_.prog.columns.push_back(*n);
          out_.prog.column_register.push_back(reg);
        }
        value v;
        v.is_bool = true;
        finish(e, emit_instr(in), v);
        return;
      }
      case function::prev:
      case function::growth:
      case function::year_ago:
      case function::growth_yoy:
        emit_shifted(e);
        return;
      case function::months:
      case function::quarters:
      case function::years:
        done_[&e] = {-1, value{}};  // a set of rows: compiled by the sum, min or max around it
        return;
    }
  }

  void cube_unsupported(const rexpr& e) {
    fail(codes::cube_function,
         fmt::format("{}() is not checked on a cube yet: a cube rule reads rows through the id "
                     "template, with children() for hierarchies",
                     name_of(e.fn)));
  }

  bool has_periods(const rexpr& e) {
    if (out_.cube) {
      cube_unsupported(e);
      return false;
    }
    if (!spec_.period.empty()) return true;
    fail(codes::needs_period,
         fmt::format("{}() needs the period column of the dataset: name it in the spec "
                     "(period = \"...\") with key columns",
                     name_of(e.fn)));
    return false;
  }

  int emit_constant(const interval& v) {
    instruction in;
    in.op = opcode::constant;
    in.source = static_cast<int>(out_.prog.constants.size());
    out_.prog.constants.push_back(v);
    return emit_instr(in);
  }

  int emit_binary_op(opcode o, int a, int b) {
    instruction in;
    in.op = o;
    in.a = a;
    in.b = b;
    return emit_instr(in);
  }

  int emit_term(term t) {
    out_.terms.push_back(std::move(t));
    instruction in;
    in.op = opcode::term;
    in.source = static_cast<int>(out_.terms.size()) - 1;
    return emit_instr(in);
  }

  // The column a term reads on other rows: a plain column name.
  std::optional<int> term_column(const rexpr& call, const rexpr& a) {
    if (a.k != rexpr::kind::ref) {
      fail(codes::term_not_column,
           fmt::format("{}() reads a column on other rows of {}: write a column name, not '{}'",
                       name_of(call.fn), spec_.data, collapsed(a.range.text())));
      return std::nullopt;
    }
    return column_of(a);
  }

  // Code columns named by `by` or unique(): interned file-wide, like the key.
  std::optional<std::vector<int>> code_columns(const std::vector<std::string>& names) {
    std::vector<int> out;
    for (const auto& name : names) {
      auto it = std::find(plan_.header.begin(), plan_.header.end(), name);
      if (it == plan_.header.end()) {
        std::string near = closest_name(name, plan_.header);
        fail(codes::no_such_column,
             fmt::format("no column '{}' in {}{}", name, spec_.data,
                         near.empty() ? "" : fmt::format("; did you mean '{}'?", near)));
        return std::nullopt;
      }
      int csv = static_cast<int>(it - plan_.header.begin());
      out.push_back(add_code_column(plan_, csv, name == spec_.period, false));
    }
    return out;
  }

  // x[country = WORLD]: x on the row whose key is this row's with the named key columns set to
  // the codes given. The columns must be in the spec's key: otherwise "the row" is not one.
  void emit_selected(const rexpr& e) {
    auto n = term_column(e, e.arg(0));
    if (!n) return;
    auto cols = code_columns(e.by);
    if (!cols) return;
    for (std::size_t i = 0; i < cols->size(); ++i) {
      if (std::find(plan_.key.begin(), plan_.key.end(), (*cols)[i]) != plan_.key.end()) continue;
      fail(codes::not_key_column,
           fmt::format("{} names its row by '{}', which is not in the key of {} ({}): declare "
                       "the key in the spec",
                       collapsed(e.range.text()), e.by[i], spec_.data,
                       spec_.key.empty() ? "it has none"
                                         : fmt::format("key = [{}]", fmt::join(spec_.key, ", "))));
      return;
    }
    term t;
    t.k = term::kind::selected;
    t.number = *n;
    t.columns = *cols;
    t.codes = e.at;
    value v;
    v.u = plan_.numbers[static_cast<std::size_t>(*n)].u;
    finish(e, emit_term(std::move(t)), v);
  }

  // sum/min/max/mean/count(x by k, ...) and unique(a, b, ...): terms over groups of rows.
  void emit_grouped(const rexpr& e) {
    term t;
    value v;
    std::vector<std::string> names = e.by;
    if (e.fn == function::unique) {
      t.k = term::kind::unique;
      names.clear();
      for (const auto& a : e.args) names.push_back(a->segments[0].text);
    } else {
      t.k = term::kind::grouped;
      auto n = term_column(e, e.arg(0));
      if (!n) return;
      t.number = *n;
      t.fn = e.fn == function::sum    ? aggregate::sum
             : e.fn == function::min  ? aggregate::min
             : e.fn == function::max  ? aggregate::max
             : e.fn == function::mean ? aggregate::mean
                                      : aggregate::count;
      if (t.fn != aggregate::count) v.u = plan_.numbers[static_cast<std::size_t>(*n)].u;
    }
    auto cols = code_columns(names);
    if (!cols) return;
    t.columns = *cols;
    int reg = emit_term(std::move(t));
    if (e.fn != function::unique) {
      finish(e, reg, v);
      return;
    }
    // unique(...) holds when no other row has the same codes: the term counts the others.
    int z = emit_constant(interval::point(0));
    instruction in;
    in.op = opcode::compare;
    in.a = reg;
    in.b = z;
    in.cmp = batch::comparison::eq;
    int out = emit_instr(in);
    comparison_site site;
    site.instr = static_cast<int>(out_.prog.code.size()) - 1;
    site.lhs_text = fmt::format("other rows with this {}", fmt::join(names, ", "));
    site.rhs_text = "0";
    out_.prog.comparisons.push_back(site);
    value b;
    b.is_bool = true;
    finish(e, out, b);
  }

  // prev(x), year_ago(x): x on the row of the same key one period (or one year) earlier;
  // growth(x), growth_yoy(x): x / that - 1, in per cent as in the figures path.
  void emit_shifted(const rexpr& e) {
    if (!has_periods(e)) return;
    auto n = term_column(e, e.arg(0));
    if (!n) return;
    term t;
    t.k = term::kind::shifted;
    t.number = *n;
    t.year_ago = e.fn == function::year_ago || e.fn == function::growth_yoy;
    int before = emit_term(std::move(t));
    value v;
    v.u = plan_.numbers[static_cast<std::size_t>(*n)].u;
    if (e.fn == function::prev || e.fn == function::year_ago) {
      finish(e, before, v);
      return;
    }
    int now = loaded(*n);
    int ratio = emit_binary_op(opcode::div, now, before);
    v = value{};
    v.u = unit::percent();
    finish(e, emit_binary_op(opcode::sub, ratio, emit_constant(interval::point(1))), v);
  }

  // sum/min/max/mean(months(x)): x on the rows of the same key whose periods make up this
  // row's period.
  std::optional<node_info> emit_parts(const rexpr& parts, function fn) {
    if (!has_periods(parts)) return std::nullopt;
    auto n = term_column(parts, parts.arg(0));
    if (!n) return std::nullopt;
    term t;
    t.k = term::kind::members;
    t.number = *n;
    t.fn = fn == function::min   ? aggregate::min
           : fn == function::max ? aggregate::max
                                 : aggregate::sum;
    t.set = parts.fn == function::months     ? member_set::months
            : parts.fn == function::quarters ? member_set::quarters
                                             : member_set::years;
    node_info info;
    info.v.u = plan_.numbers[static_cast<std::size_t>(*n)].u;
    info.reg = emit_term(std::move(t));
    return info;
  }

  // The register a number column is loaded into (once per program).
  int loaded(int n) {
    auto it = loaded_.find(n);
    if (it != loaded_.end()) return it->second;
    instruction in;
    in.op = opcode::number;
    in.source = n;
    int reg = emit_instr(in);
    loaded_[n] = reg;
    out_.prog.columns.push_back(n);
    out_.prog.column_register.push_back(reg);
    return reg;
  }

  void emit(const rexpr& e) {
    switch (e.k) {
      case rexpr::kind::literal:
        emit_literal(e);
        return;
      case rexpr::kind::ref:
        emit_ref(e);
        return;
      case rexpr::kind::unary:
        emit_unary(e);
        return;
      case rexpr::kind::binary:
        emit_binary(e);
        return;
      case rexpr::kind::chain:
        emit_chain(e);
        return;
      case rexpr::kind::call:
        emit_call(e);
        return;
    }
  }
};

std::optional<int> header_column(const dataset_plan& plan, const std::string& name) {
  auto it = std::find(plan.header.begin(), plan.header.end(), name);
  if (it == plan.header.end()) return std::nullopt;
  return static_cast<int>(it - plan.header.begin());
}

// A column the spec names (key, period, dimension, value, flag, a column's unit) must exist.
bool spec_column(dataset_plan& plan, const dataset_spec& spec, const std::string& name,
                 const std::string& place, diagnostics& diags, int* csv = nullptr) {
  auto c = header_column(plan, name);
  if (!c) {
    std::string near = closest_name(name, plan.header);
    diags.error(codes::unknown_column, spec.place(place),
                fmt::format("the spec names column '{}', which {} does not have{}", name, spec.data,
                            near.empty() ? "" : fmt::format("; did you mean '{}'?", near)));
    return false;
  }
  if (csv) *csv = *c;
  return true;
}

int add_code_column(dataset_plan& plan, int csv, bool period, bool flag) {
  int existing = plan.code_of(csv);
  if (existing >= 0) {
    plan.codes[static_cast<std::size_t>(existing)].period |= period;
    plan.codes[static_cast<std::size_t>(existing)].flag |= flag;
    return existing;
  }
  plan.codes.push_back({csv, plan.header[static_cast<std::size_t>(csv)], period, flag});
  return static_cast<int>(plan.codes.size()) - 1;
}

}  // namespace

std::optional<dataset_plan> make_plan(const rule_set& rules, const dataset_spec& spec,
                                      const std::vector<std::string>& header, diagnostics& diags) {
  dataset_plan plan;
  plan.header = header;
  bool ok = true;
  int csv = -1;
  for (const auto& k : spec.key) {
    if (spec_column(plan, spec, k, "key", diags, &csv))
      plan.key.push_back(add_code_column(plan, csv, k == spec.period, false));
    else
      ok = false;
  }
  if (!spec.period.empty()) {
    if (spec_column(plan, spec, spec.period, "period", diags, &csv))
      plan.period = add_code_column(plan, csv, true, false);
    else
      ok = false;
  }
  for (const auto& d : spec.dimensions) {
    if (spec_column(plan, spec, d, "dimensions", diags, &csv))
      add_code_column(plan, csv, false, false);
    else
      ok = false;
  }
  if (!spec.flag.empty()) {
    if (spec_column(plan, spec, spec.flag, "flag", diags, &csv))
      plan.flag = add_code_column(plan, csv, false, true);
    else
      ok = false;
  }
  for (const auto& c : spec.columns)
    ok = spec_column(plan, spec, c.name, "columns." + c.name, diags) && ok;
  for (const auto& h : spec.hierarchies)
    ok = spec_column(plan, spec, h.dimension, "hierarchies." + h.dimension, diags) && ok;
  if (!ok) return std::nullopt;
  if (!spec.value.empty()) {
    int value_csv = *header_column(plan, spec.value);
    number_column v;
    v.csv_column = value_csv;
    v.name = spec.value;
    const column_spec* cs = spec.column(spec.value);
    v.u = cs ? cs->u : spec.default_unit;
    if (cs) v.prec = cs->prec;
    plan.numbers.push_back(v);
    plan.value = 0;
  }
  if (spec.shape == dataset_shape::cube) plan.cube = make_cube_layout(spec, plan);
  for (const auto& r : rules.rules) {
    rule_plan rp;
    rp.r = &r;
    rule_compiler(spec, plan, rp).compile();
    plan.rules.push_back(std::move(rp));
  }
  return plan;
}

}  // namespace crossfoot::dataset_detail
