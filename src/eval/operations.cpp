#include "eval/operations.hpp"

#include "eval/compile.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace crossfoot {
namespace {

using syntax::op;

value boolean(truth t) {
  value v;
  v.is_bool = true;
  v.t = t;
  return v;
}

bool is_comparison(op o) {
  return o >= op::eq && o <= op::ge;
}

std::string dim_name(const unit& u) {
  return u.dim.dimensionless() ? std::string("a plain number") : u.dim.to_string();
}

// Dimensions must agree to add or compare; a bare 0 fits any. The message names both operands
// when their text is known.
bool dims_fit(const value& a, const value& b, const char* verb, eval_context& ctx,
              const rexpr* left = nullptr, const rexpr* right = nullptr) {
  if (a.u.dim == b.u.dim || a.zero_literal || b.zero_literal) return true;
  if (!ctx.unit_error.empty()) return false;
  ctx.currency_mismatch = is_currency(a.u.dim.to_string()) && is_currency(b.u.dim.to_string());
  if (left && right) {
    ctx.unit_error =
        fmt::format("cannot {} {} ({}) and {} ({})", verb, collapsed(left->range.text()),
                    dim_name(a.u), collapsed(right->range.text()), dim_name(b.u));
  } else {
    ctx.unit_error = fmt::format("cannot {} {} and {}", verb, dim_name(a.u), dim_name(b.u));
  }
  return false;
}

unit sum_display(const value& a, const value& b) {
  if (a.zero_literal) return b.u;
  if (b.zero_literal) return a.u;
  if (a.u.style == unit_style::level) return a.u;
  if (b.u.style == unit_style::level) return b.u;
  if (a.u.style == b.u.style) return a.u;
  return unit::number();
}

unit product_display(op o, const value& a, const value& b) {
  dimension d = o == op::mul ? a.u.dim * b.u.dim : a.u.dim / b.u.dim;
  if (d.dimensionless()) return unit::number();
  if (a.u.dim == d) return a.u;
  if (b.u.dim == d) return b.u;
  unit u;
  u.dim = d;
  u.style = unit_style::level;
  return u;
}

value power(const value& a, const value& b, eval_context& ctx) {
  value r;
  r.iv = pow(a.iv, b.iv);
  r.u = unit::number();
  if (!b.u.dim.dimensionless()) {
    if (ctx.unit_error.empty()) ctx.unit_error = "an exponent must be a plain number";
    return unknown_value();
  }
  if (a.u.dim.dimensionless()) return r;
  // The exponent comes from the rules: a double beyond int's range cannot be converted (it is
  // undefined behaviour), and no unit is raised to a power anywhere near that large.
  constexpr double max_level_power = 64;
  double n = b.iv.lo;
  bool whole = b.iv.lo == b.iv.hi && std::trunc(n) == n && std::abs(n) <= max_level_power;
  if (!whole) {
    if (ctx.unit_error.empty())
      ctx.unit_error = "a level can only be raised to a whole power (at most 64)";
    return unknown_value();
  }
  r.u.dim = a.u.dim.power(static_cast<int>(n));
  if (r.u.dim.overflowed()) {
    if (ctx.unit_error.empty())
      ctx.unit_error = fmt::format("{} to the power {} goes beyond the power {} a unit may have",
                                   dim_name(a.u), n, dimension::max_power);
    return unknown_value();
  }
  r.u.style = unit_style::level;
  return r;
}

truth decide(op o, const interval& a, const interval& b, const tolerance* within) {
  if (within && (o == op::eq || o == op::ne)) {
    truth eq = solve::within(a, b, within->amount, within->relative);
    return o == op::eq ? eq : logical_not(eq);
  }
  return solve::compare(comparison_of(o), a, b);
}

}  // namespace

std::string collapsed(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

unit shared_display(const unit& a, const unit& b) {
  bool dimensionless = a.dim.dimensionless() && b.dim.dimensionless();
  if (dimensionless && (a.style == unit_style::percent || b.style == unit_style::percent)) {
    return unit::percent();
  }
  if (dimensionless && (a.style == unit_style::points || b.style == unit_style::points)) {
    return unit::points();
  }
  return a.style == unit_style::number && b.style == unit_style::level ? b : a;
}

value negate(value v) {
  v.iv = -v.iv;
  return v;
}

value arithmetic(op o, const value& a, const value& b, eval_context& ctx, const rexpr* left,
                 const rexpr* right) {
  if (!a.known || !b.known) return unknown_value();
  value r;
  switch (o) {
    case op::add:
    case op::sub:
      if (!dims_fit(a, b, o == op::add ? "add" : "subtract", ctx, left, right)) {
        return unknown_value();
      }
      r.iv = o == op::add ? a.iv + b.iv : a.iv - b.iv;
      r.u = sum_display(a, b);
      return r;
    case op::mul:
    case op::div:
      r.iv = o == op::mul ? a.iv * b.iv : a.iv / b.iv;
      r.u = product_display(o, a, b);
      if (r.u.dim.overflowed()) {
        if (ctx.unit_error.empty())
          ctx.unit_error = fmt::format("cannot {} {} by {}: the unit goes beyond the power {}",
                                       o == op::mul ? "multiply" : "divide", dim_name(a.u),
                                       dim_name(b.u), dimension::max_power);
        return unknown_value();
      }
      return r;
    case op::pow:
      return power(a, b, ctx);
    default:
      return unknown_value();
  }
}

value compare(op o, const rexpr& left, const value& a, const rexpr& right, const value& b,
              eval_context& ctx) {
  if (!a.known || !b.known) return unknown_value();
  if (!dims_fit(a, b, "compare", ctx, &left, &right)) return unknown_value();
  truth t = decide(o, a.iv, b.iv, ctx.within);
  bool fails = !t.can_be_true;
  if (!ctx.lhs || (fails && !ctx.sides_fail)) {
    unit shown = shared_display(a.u, b.u);
    ctx.lhs =
        side{a.iv, a.zero_literal ? shown : shared_display(a.u, b.u), collapsed(left.range.text())};
    ctx.rhs = side{b.iv, shown, collapsed(right.range.text())};
    ctx.sides_fail = fails;
  }
  return boolean(t);
}

value logical(op o, const value& a, const value& b, eval_context&) {
  if (o == op::logical_not) return a.known ? boolean(logical_not(a.t)) : unknown_value();
  if (o == op::logical_and) {
    if ((a.known && !a.t.can_be_true) || (b.known && !b.t.can_be_true)) {
      return boolean(truth::no());
    }
    return a.known && b.known ? boolean(logical_and(a.t, b.t)) : unknown_value();
  }
  if ((a.known && !a.t.can_be_false) || (b.known && !b.t.can_be_false)) {
    return boolean(truth::yes());
  }
  return a.known && b.known ? boolean(logical_or(a.t, b.t)) : unknown_value();
}

value binary(const rexpr& e, eval_context& ctx) {
  op o = e.ops[0];
  value a = evaluate(e.arg(0), ctx);
  value b = evaluate(e.arg(1), ctx);
  if (is_comparison(o)) return compare(o, e.arg(0), a, e.arg(1), b, ctx);
  if (o == op::logical_and || o == op::logical_or) return logical(o, a, b, ctx);
  return arithmetic(o, a, b, ctx, &e.arg(0), &e.arg(1));
}

value chain(const rexpr& e, eval_context& ctx) {
  std::vector<value> operands;
  for (const auto& a : e.args) operands.push_back(evaluate(*a, ctx));
  value result = boolean(truth::yes());
  for (std::size_t i = 0; i < e.ops.size(); ++i) {
    value step = compare(e.ops[i], e.arg(i), operands[i], e.arg(i + 1), operands[i + 1], ctx);
    result = logical(op::logical_and, result, step, ctx);
  }
  return result;
}

value fold(function fn, const std::vector<value>& items, eval_context& ctx) {
  if (items.empty()) {
    if (fn != function::sum) return unknown_value();
    value zero;
    zero.iv = interval::point(0);
    zero.zero_literal = true;
    return zero;
  }
  value acc = items.front();
  for (std::size_t i = 1; i < items.size(); ++i) {
    const value& next = items[i];
    if (!acc.known || !next.known) return unknown_value();
    if (!dims_fit(acc, next, "combine", ctx)) return unknown_value();
    if (fn == function::sum || fn == function::mean) acc.iv = acc.iv + next.iv;
    if (fn == function::min) acc.iv = min(acc.iv, next.iv);
    if (fn == function::max) acc.iv = max(acc.iv, next.iv);
    acc.zero_literal = false;
  }
  if (fn == function::mean && acc.known)
    acc.iv = acc.iv / interval::point(static_cast<double>(items.size()));
  return acc;
}

value agreement(const rexpr& call, const std::vector<value>& items, eval_context& ctx) {
  interval common = interval::entire();
  bool all_points = true;
  ctx.terms.clear();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const value& v = items[i];
    if (v.known)
      ctx.terms.push_back(
          side{v.iv, shared_display(v.u, items.front().u), collapsed(call.arg(i).range.text())});
  }
  for (const auto& v : items) {
    if (!v.known) return unknown_value();
    if (!dims_fit(items.front(), v, "compare", ctx)) return unknown_value();
    common = intersect(common, v.iv);
    all_points = all_points && v.iv.lo == v.iv.hi && v.iv == items.front().iv;
  }
  return boolean(truth{!common.empty(), !all_points});
}

}  // namespace crossfoot
