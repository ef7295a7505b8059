#include "eval/compile.hpp"

#include <fmt/format.h>

#include <optional>

namespace crossfoot {
namespace {

using solve::node;
using syntax::op;
using solve_op = solve::op;
// A node of the constraint being compiled; none where part of the rule cannot be compiled
// (the whole instance is then left out).
using node_ref = std::optional<std::size_t>;

class compiler {
 public:
  compiler(compiled_problem& out, const figure_index& index, const binding_map& bound,
           const rule& r, solve::constraint& c)
      : out_(out), index_(index), bound_(bound), rule_(r), c_(c) {}

  // A shared node (a let used twice) becomes one node of the constraint, which the solver's
  // passes handle like any operand with several parents.
  node_ref expr(const rexpr& e) {
    if (!e.shared) return expr_node(e);
    if (auto it = memo_.find(&e); it != memo_.end()) return it->second;
    node_ref n = expr_node(e);
    memo_.emplace(&e, n);
    return n;
  }

 private:
  node_ref expr_node(const rexpr& e) {
    switch (e.k) {
      case rexpr::kind::literal: {
        node n;
        n.o = solve_op::constant;
        n.value = e.value;
        return c_.add(n);
      }
      case rexpr::kind::ref:
        return var(expand_ref(e.segments, bound_, index_).front());
      case rexpr::kind::call:
        return call(e);
      case rexpr::kind::unary:
        return apply(e.ops[0] == op::neg ? solve_op::neg : solve_op::negation, {expr(e.arg(0))});
      case rexpr::kind::binary:
        return binary(e.ops[0], expr(e.arg(0)), expr(e.arg(1)));
      case rexpr::kind::chain:
        return chain(e);
    }
    return std::nullopt;
  }

  node_ref var(const std::string& id) {
    std::optional<std::size_t> v = out_.var_named(id);
    if (!v) v = out_.add_var(id, index_.find(id) != nullptr);
    node n;
    n.o = solve_op::var;
    n.slot = c_.slot_of(*v);
    return c_.add(n);
  }

  node_ref apply(solve_op o, const std::vector<node_ref>& kids) {
    node n;
    n.o = o;
    for (const node_ref& k : kids) {
      if (!k) return std::nullopt;
      n.kids.push_back(*k);
    }
    return c_.add(n);
  }

  node_ref constant(double v) {
    node n;
    n.o = solve_op::constant;
    n.value = interval::point(v);
    return c_.add(n);
  }

  node_ref comparison(op o, node_ref a, node_ref b) {
    if (rule_.within && (o == op::eq || o == op::ne)) {
      node_ref near = apply(solve_op::near, {a, b});
      if (!near) return std::nullopt;
      c_.nodes.edit(*near).relative = rule_.within->relative;
      c_.nodes.edit(*near).amount = rule_.within->amount;
      return o == op::eq ? near : apply(solve_op::negation, {near});
    }
    return apply(comparison_of(o), {a, b});
  }

  node_ref binary(op o, node_ref a, node_ref b) {
    switch (o) {
      case op::add:
        return apply(solve_op::add, {a, b});
      case op::sub:
        return apply(solve_op::sub, {a, b});
      case op::mul:
        return apply(solve_op::mul, {a, b});
      case op::div:
        return apply(solve_op::div, {a, b});
      case op::pow:
        return apply(solve_op::pow, {a, b});
      case op::logical_and:
        return apply(solve_op::all_of, {a, b});
      case op::logical_or:
        return apply(solve_op::any_of, {a, b});
      default:
        return comparison(o, a, b);
    }
  }

  node_ref chain(const rexpr& e) {
    std::vector<node_ref> operands, steps;
    for (const auto& a : e.args) operands.push_back(expr(*a));
    for (std::size_t i = 0; i < e.ops.size(); ++i) {
      steps.push_back(comparison(e.ops[i], operands[i], operands[i + 1]));
    }
    return apply(solve_op::all_of, steps);
  }

  // prev(x): x.prev when stated (an alias of the same id one period earlier), else
  // x / (1 + x.growth); year_ago(x) with .year_ago and .growth_yoy. Both distribute over + and -.
  node_ref previous(const rexpr& e, const span_names& span) {
    if (!e.shared) return previous_node(e, span);
    auto key = std::make_pair(&e, std::string_view(span.level));
    if (auto it = previous_memo_.find(key); it != previous_memo_.end()) return it->second;
    node_ref n = previous_node(e, span);
    previous_memo_.emplace(key, n);
    return n;
  }

  node_ref previous_node(const rexpr& e, const span_names& span) {
    if (e.k == rexpr::kind::unary) return apply(solve_op::neg, {previous(e.arg(0), span)});
    if (e.k == rexpr::kind::binary) {
      return binary(e.ops[0], previous(e.arg(0), span), previous(e.arg(1), span));
    }
    if (e.k != rexpr::kind::ref) return std::nullopt;
    std::string id = expand_ref(e.segments, bound_, index_).front();
    std::string before = index_.canonical(id + span.level);
    if (index_.find(before) || !index_.find(id + span.rate)) return var(before);
    node_ref growth = apply(solve_op::add, {constant(1), var(id + span.rate)});
    return apply(solve_op::div, {var(id), growth});
  }

  node_ref listed(const rexpr& e, solve_op o) {
    std::vector<node_ref> items;
    for (const auto& a : e.args) {
      if (auto f = a->k == rexpr::kind::call ? parts_frequency(a->fn) : std::nullopt) {
        if (a->arg(0).segments.size() == 1) return std::nullopt;  // a dataset column's periods
        for (const auto& id : expand_parts(a->arg(0).segments, bound_, index_, *f))
          items.push_back(var(id));
        continue;
      }
      if (a->k != rexpr::kind::ref) {
        items.push_back(expr(*a));
        continue;
      }
      for (const auto& id : expand_ref(a->segments, bound_, index_)) items.push_back(var(id));
    }
    if (items.empty() && o != solve_op::sum) return std::nullopt;
    return apply(o, items);
  }

  node_ref call(const rexpr& e) {
    if (!e.by.empty()) return std::nullopt;  // rows of a dataset: not a figures relation
    switch (e.fn) {
      case function::mean: {
        node_ref total = listed(e, solve_op::sum);
        if (!total) return std::nullopt;
        return apply(solve_op::div, {total, constant(static_cast<double>(e.args.size()))});
      }
      case function::count:
      case function::unique:
      case function::at:
        return std::nullopt;
      case function::sum:
        return listed(e, solve_op::sum);
      case function::min:
        return listed(e, solve_op::min);
      case function::max:
        return listed(e, solve_op::max);
      case function::abs:
        return apply(solve_op::abs, {expr(e.arg(0))});
      case function::prev:
      case function::year_ago:
        return previous(e.arg(0), span_of(e.fn));
      case function::growth:
      case function::growth_yoy: {
        node_ref now = expr(e.arg(0));
        node_ref ratio = apply(solve_op::div, {now, previous(e.arg(0), span_of(e.fn))});
        return apply(solve_op::sub, {ratio, constant(1)});
      }
      case function::months:
      case function::quarters:
      case function::years:
      case function::children:
        return std::nullopt;  // only inside sum, min and max
      case function::exists: {
        std::string id = expand_ref(e.arg(0).segments, bound_, index_).front();
        node n;
        n.o = solve_op::truth_value;
        n.t = index_.find(id) ? truth::yes() : truth::no();
        return c_.add(n);
      }
      case function::agree: {
        std::vector<node_ref> items;
        for (const auto& a : e.args) items.push_back(expr(*a));
        return apply(solve_op::agree, items);
      }
    }
    return std::nullopt;
  }

  compiled_problem& out_;
  const figure_index& index_;
  const binding_map& bound_;
  const rule& rule_;
  solve::constraint& c_;
  std::unordered_map<const rexpr*, node_ref> memo_;  // shared node -> its node
  // (shared node, span: ".prev" or ".year_ago") -> its earlier level's node
  std::map<std::pair<const rexpr*, std::string_view>, node_ref> previous_memo_;
};

void add_facts(const figure_set& figures, compiled_problem& out) {
  // Sized once: a vector grown by doubling holds up to twice its elements at the peak of a
  // large check.
  std::size_t claims = 0;
  for (const auto& f : figures.figures) claims += f.claims.size();
  out.p.facts.reserve(claims);
  out.facts.reserve(claims);
  out.number_figures(figures);
  for (std::size_t v = 0; v < figures.figures.size(); ++v) {
    const figure& f = figures.figures[v];
    for (std::size_t i = 0; i < f.claims.size(); ++i) {
      out.p.facts.push_back({v, f.claims[i].value});
      out.facts.push_back({&f, i});
    }
  }
}

}  // namespace

std::optional<std::size_t> compiled_problem::var_named(const std::string& id) const {
  if (figures_) {
    if (auto it = figures_->index.find(id); it != figures_->index.end()) return it->second;
  }
  if (auto it = others_.find(id); it != others_.end()) return it->second;
  return std::nullopt;
}

std::size_t compiled_problem::add_var(const std::string& id, bool stated) {
  std::size_t v = p.vars++;
  var_ids.push_back(id);
  var_stated.push_back(stated);
  others_.emplace(id, v);
  return v;
}

void compiled_problem::number_figures(const figure_set& set) {
  figures_ = &set;
  p.vars = set.figures.size();
  var_ids.reserve(set.figures.size());
  for (const auto& f : set.figures) var_ids.push_back(f.id);
  var_stated.assign(set.figures.size(), true);
}

solve::op comparison_of(syntax::op o) {
  static constexpr solve_op map[] = {solve_op::eq, solve_op::ne, solve_op::lt,
                                     solve_op::le, solve_op::gt, solve_op::ge};
  return map[static_cast<int>(o) - static_cast<int>(op::eq)];
}

std::string instance_label(const instance_key& k) {
  if (k.bound.empty()) return k.r->name;
  std::string values;
  for (const auto& [var, seg] : k.bound) values += (values.empty() ? "" : ", ") + seg;
  if (k.bound.size() > 1) values = "(" + values + ")";
  return fmt::format("{} for {}", k.r->name, values);
}

compiled_problem compile(const figure_set& figures, const figure_index& index,
                         std::vector<instance_key> instances) {
  compiled_problem out;
  add_facts(figures, out);
  // Each rule's last constraint: the next instance of the rule shares its nodes when they are
  // equal, which they are unless the binding changes the shape (a sum over other children).
  std::unordered_map<const rule*, std::size_t> last_of_rule;
  out.p.constraints.reserve(instances.size());
  out.instances.reserve(instances.size());
  // Each key moves into the problem: a check holds one per rule instance.
  for (std::size_t k = 0; k < instances.size(); ++k) {
    instance_key& key = instances[k];
    solve::constraint c;
    compiler comp(out, index, key.bound, *key.r, c);
    node_ref root = comp.expr(*key.r->check);
    if (!root || !solve::is_boolean(c.nodes[*root].o)) {
      out.left_out.push_back({std::move(key), k});
      continue;
    }
    c.finish();
    auto [last, first] = last_of_rule.try_emplace(key.r, out.p.constraints.size());
    if (!first) {
      c.nodes.share(out.p.constraints[last->second].nodes);
      last->second = out.p.constraints.size();
    }
    out.p.constraints.push_back(std::move(c));
    out.instances.push_back({std::move(key), k});
  }
  out.p.constraints.shrink_to_fit();
  out.instances.shrink_to_fit();
  return out;
}

}  // namespace crossfoot
