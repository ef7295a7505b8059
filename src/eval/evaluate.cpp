#include "eval/evaluate.hpp"

#include <fmt/format.h>

#include "core/checked_cast.hpp"
#include "eval/operations.hpp"

namespace crossfoot {
namespace {

using syntax::op;

}  // namespace

figure_use make_use(const figure& f, int claim_index, const interval& iv) {
  figure_use u;
  u.id = f.id;
  u.claim = claim_index;
  u.value = iv;
  const auto& first = f.claims[claim_index < 0 ? 0 : checked_cast<std::size_t>(claim_index)];
  // One claim chosen: its own unit (claims in two currencies are a conflict of their own).
  u.display = claim_index < 0 ? f.display_unit() : first.q.written_unit;
  u.quote = first.quote;
  u.where = first.where;
  if (first.in_text) u.in_text = *first.in_text;
  if (claim_index >= 0 || f.claims.size() == 1) {
    u.written = first.written;
  } else {
    for (const auto& c : f.claims) u.written += (u.written.empty() ? "" : " & ") + c.written;
  }
  return u;
}

namespace {

void record(eval_context& ctx, figure_use u) {
  if (ctx.used_ids.size() != ctx.uses.size()) {  // `uses` was taken or cleared meanwhile
    ctx.used_ids.clear();
    for (const auto& seen : ctx.uses) ctx.used_ids.insert(seen.id);
  }
  if (!ctx.used_ids.insert(u.id).second) return;
  ctx.uses.push_back(std::move(u));
}

// A figure nobody states takes the value inference implies for it, when bounded.
value unstated(const std::string& id, eval_context& ctx) {
  figure_use u;
  u.id = id;
  u.stated = false;
  u.value = interval::entire();
  const implied_figure* implied = nullptr;
  if (ctx.implied) {
    auto found = ctx.implied->find(id);
    if (found != ctx.implied->end() && found->second->value.bounded()) implied = found->second;
  }
  if (implied) {
    u.implied = true;
    u.value = implied->value;
    u.display = implied->display;
  }
  record(ctx, u);
  if (!implied) {
    if (ctx.missing.empty()) ctx.missing = id;
    return unknown_value();
  }
  value v;
  v.iv = implied->value;
  v.u = implied->display;
  return v;
}

value lookup(const std::string& id, eval_context& ctx) {
  const figure_state* found = ctx.states.find(id);
  if (!found) return unstated(id, ctx);
  const figure_state& st = *found;
  const std::string group(st.group);  // "" (no allocation) unless the claims conflict
  if (!group.empty() && !ctx.chosen.count(group)) {
    ctx.needed_groups.insert(group);
    return unknown_value();
  }
  int claim_index = -1;
  interval iv = group.empty() ? st.value : claim_value(*st.fig, group, ctx.chosen, claim_index);
  if (st.fig->claims.size() == 1) claim_index = 0;
  record(ctx, make_use(*st.fig, claim_index, iv));
  if (iv.empty()) return unknown_value();
  value v;
  v.iv = iv;
  v.u = claim_index < 0 ? st.fig->display_unit()
                        : st.fig->claims[checked_cast<std::size_t>(claim_index)].q.written_unit;
  return v;
}

value evaluate_ref(const rexpr& e, eval_context& ctx) {
  auto ids = expand_ref(e.segments, ctx.bound, ctx.index);
  return lookup(ids.front(), ctx);
}

value previous_of(const rexpr& e, const span_names& span, eval_context& ctx);

// prev(x): x.prev when stated (for an id with a period segment, the same id one period
// earlier), else x / (1 + x.growth); year_ago(x) the same with .year_ago and .growth_yoy. Both
// distribute over + and -.
value previous(const rexpr& e, const span_names& span, eval_context& ctx) {
  if (!e.shared) return previous_of(e, span, ctx);
  auto key = std::make_pair(&e, std::string_view(span.level));
  if (auto it = ctx.previous_memo.find(key); it != ctx.previous_memo.end()) return it->second;
  value v = previous_of(e, span, ctx);
  ctx.previous_memo.emplace(key, v);
  return v;
}

value previous_of(const rexpr& e, const span_names& span, eval_context& ctx) {
  if (e.k == rexpr::kind::unary) return negate(previous(e.arg(0), span, ctx));
  if (e.k == rexpr::kind::binary) {
    value a = previous(e.arg(0), span, ctx), b = previous(e.arg(1), span, ctx);
    return arithmetic(e.ops[0], a, b, ctx);
  }
  std::string id = expand_ref(e.segments, ctx.bound, ctx.index).front();
  std::string before = ctx.index.canonical(id + span.level);
  if (ctx.states.count(before) || !ctx.states.count(id + span.rate)) return lookup(before, ctx);
  value level = lookup(id, ctx);
  value rate = lookup(id + span.rate, ctx);
  value one;
  one.iv = interval::point(1);
  return arithmetic(op::div, level, arithmetic(op::add, one, rate, ctx), ctx);
}

value growth(const rexpr& arg, const span_names& span, eval_context& ctx) {
  value now = evaluate(arg, ctx);
  value before = previous(arg, span, ctx);
  value one;
  one.iv = interval::point(1);
  value r = arithmetic(op::sub, arithmetic(op::div, now, before, ctx), one, ctx);
  r.u = unit::percent();
  return r;
}

// Rows are what `by`, count() and unique() range over: a figures file has none.
value needs_rows(const rexpr& e, eval_context& ctx) {
  if (!ctx.unit_error.empty()) return unknown_value();
  if (e.fn == function::at) {
    ctx.unit_error =
        fmt::format("{} reads another row of a dataset; a figures file has none", e.range.text());
  } else {
    ctx.unit_error = fmt::format("{}({}) reads the rows of a dataset; a figures file has none",
                                 name_of(e.fn), e.by.empty() ? "..." : "... by ...");
  }
  return unknown_value();
}

value evaluate_sum_like(const rexpr& e, eval_context& ctx) {
  std::vector<value> items;
  for (const auto& a : e.args) {
    if (a->k == rexpr::kind::ref) {
      for (const auto& id : expand_ref(a->segments, ctx.bound, ctx.index)) {
        items.push_back(lookup(id, ctx));
      }
    } else if (auto f = a->k == rexpr::kind::call ? parts_frequency(a->fn) : std::nullopt) {
      if (a->arg(0).segments.size() == 1) return needs_rows(*a, ctx);  // a column's periods
      for (const auto& id : expand_parts(a->arg(0).segments, ctx.bound, ctx.index, *f)) {
        items.push_back(lookup(id, ctx));
      }
    } else {
      items.push_back(evaluate(*a, ctx));
    }
  }
  return fold(e.fn, items, ctx);
}

value evaluate_call(const rexpr& e, eval_context& ctx) {
  if (!e.by.empty()) return needs_rows(e, ctx);
  switch (e.fn) {
    case function::sum:
    case function::min:
    case function::max:
    case function::mean:
      return evaluate_sum_like(e, ctx);
    case function::count:
    case function::unique:
    case function::at:
      return needs_rows(e, ctx);
    case function::abs: {
      value v = evaluate(e.arg(0), ctx);
      v.iv = abs(v.iv);
      return v;
    }
    case function::prev:
    case function::year_ago:
      return previous(e.arg(0), span_of(e.fn), ctx);
    case function::growth:
    case function::growth_yoy:
      return growth(e.arg(0), span_of(e.fn), ctx);
    case function::months:
    case function::quarters:
    case function::years:
    case function::children:
      break;  // sets of figures: only inside sum, min and max (the resolver checks)
    case function::exists: {
      std::string id = expand_ref(e.arg(0).segments, ctx.bound, ctx.index).front();
      value v;
      v.is_bool = true;
      v.t = ctx.states.count(id) ? truth::yes() : truth::no();
      return v;
    }
    case function::agree: {
      std::vector<value> items;
      for (const auto& a : e.args) items.push_back(evaluate(*a, ctx));
      return agreement(e, items, ctx);
    }
  }
  return unknown_value();
}

}  // namespace

value unknown_value() {
  value v;
  v.known = false;
  return v;
}

interval claim_value(const figure& f, const std::string& group, const selection& chosen,
                     int& claim_index) {
  int alt = chosen.at(group);
  interval iv = interval::entire();
  bool any = false;
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    if (f.claims[i].alternative != alt) continue;
    iv = intersect(iv, f.claims[i].value);
    claim_index = any ? -1 : static_cast<int>(i);
    any = true;
  }
  return any ? iv : interval::empty_set();
}

namespace {

value evaluate_node(const rexpr& e, eval_context& ctx) {
  switch (e.k) {
    case rexpr::kind::literal: {
      value v;
      v.iv = e.value;
      v.u = e.literal_unit;
      v.zero_literal = e.value.lo == 0 && e.value.hi == 0 && e.literal_unit.dim.dimensionless() &&
                       e.literal_unit.style == unit_style::number;
      return v;
    }
    case rexpr::kind::ref:
      return evaluate_ref(e, ctx);
    case rexpr::kind::call:
      return evaluate_call(e, ctx);
    case rexpr::kind::unary:
      return e.ops[0] == op::neg ? negate(evaluate(e.arg(0), ctx))
                                 : logical(op::logical_not, evaluate(e.arg(0), ctx), {}, ctx);
    case rexpr::kind::binary:
      return binary(e, ctx);
    case rexpr::kind::chain:
      return chain(e, ctx);
  }
  return unknown_value();
}

}  // namespace

// Recursion is bounded: a resolved expression is at most max_resolved_depth deep.
value evaluate(const rexpr& e, eval_context& ctx) {
  if (!e.shared) return evaluate_node(e, ctx);
  if (auto it = ctx.memo.find(&e); it != ctx.memo.end()) return it->second;
  value v = evaluate_node(e, ctx);
  ctx.memo.emplace(&e, v);
  return v;
}

}  // namespace crossfoot
