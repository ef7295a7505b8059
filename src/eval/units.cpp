// Units of figures nobody states, read off the rules that use them: in `X.total / trade.total
// == X.total.share`, the share is a ratio, so trade.total is in X.total's unit.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "eval/infer.hpp"

namespace crossfoot {
namespace {

bool is_comparison(syntax::op o) {
  return o >= syntax::op::eq && o <= syntax::op::ge;
}

// nullopt when `d` went beyond the powers a unit may have: evaluation reports that rule.
std::optional<unit> with_dimension(const dimension& d, const unit& a, const unit& b) {
  if (d.overflowed()) return std::nullopt;
  if (d == a.dim && !d.dimensionless()) return a;
  if (d == b.dim && !d.dimensionless()) return b;
  if (d.dimensionless()) return unit::number();
  unit u;
  u.dim = d;
  u.style = unit_style::level;
  return u;
}

std::optional<unit> product(const unit& a, const unit& b) {
  return with_dimension(a.dim * b.dim, a, b);
}

// A ratio of two levels of one kind reads best as a percentage.
std::optional<unit> quotient(const unit& a, const unit& b) {
  if (a.dim == b.dim && a.style == unit_style::level) return unit::percent();
  return with_dimension(a.dim / b.dim, a, b);
}

class unit_solver {
 public:
  unit_solver(const compiled_problem& cp, const figure_index& index,
              std::vector<unit_clash>* clashes)
      : cp_(cp), index_(index), clashes_(clashes), units_(cp.p.vars), set_by_(cp.p.vars) {
    for (std::size_t v = 0; v < cp.p.vars; ++v) {
      if (const figure* f = index.find(cp.var_ids[v])) units_.refer(v, f->display_unit());
    }
  }

  unit_table run() {
    for (int pass = 0; pass < 3; ++pass) {
      for (std::size_t k = 0; k < cp_.instances.size(); ++k) {
        if (!has_unstated(cp_.p.constraints[k])) continue;
        bound_ = &cp_.instances[k].key.bound;
        current_ = k;
        up_memo_.clear();
        down_seen_.clear();
        statement_seen_.clear();
        statement(*cp_.instances[k].key.r->check);
      }
    }
    settle_votes();
    return std::move(units_);
  }

 private:
  std::vector<std::size_t> vars_of(const rexpr& e) const {
    std::vector<std::size_t> out;
    for (const auto& id : expand_ref(e.segments, *bound_, index_)) {
      if (auto v = cp_.var_named(id)) out.push_back(*v);
    }
    return out;
  }

  // A check is a DAG: a shared node's unit is found once while no unit changes, and a shared
  // node takes a wanted dimension once, so lets used twice cost no repeated walks.
  std::optional<unit> up(const rexpr& e) const {
    if (!e.shared) return up_node(e);
    if (auto it = up_memo_.find(&e); it != up_memo_.end()) return it->second;
    auto u = up_node(e);
    up_memo_.emplace(&e, u);
    return u;
  }

  std::optional<unit> up_node(const rexpr& e) const {
    switch (e.k) {
      case rexpr::kind::literal:
        if (e.value == interval::point(0)) return std::nullopt;  // a bare 0 fits any unit
        return e.literal_unit;
      case rexpr::kind::ref:
        for (std::size_t v : vars_of(e)) {
          if (units_.known(v)) return units_[v];
        }
        return std::nullopt;
      case rexpr::kind::unary:
        return up(e.arg(0));
      case rexpr::kind::call:
        return call_up(e);
      case rexpr::kind::binary:
        return binary_up(e);
      default:
        return std::nullopt;
    }
  }

  std::optional<unit> call_up(const rexpr& e) const {
    if (e.fn == function::growth || e.fn == function::growth_yoy) return unit::percent();
    if (e.fn == function::exists || e.fn == function::agree || e.fn == function::unique ||
        e.fn == function::count)
      return std::nullopt;
    for (const auto& a : e.args) {
      if (auto u = up(*a)) return u;
    }
    return std::nullopt;
  }

  std::optional<unit> binary_up(const rexpr& e) const {
    auto a = up(e.arg(0)), b = up(e.arg(1));
    switch (e.ops[0]) {
      case syntax::op::add:
      case syntax::op::sub:
        return a ? a : b;
      case syntax::op::mul:
        if (a && b) return product(*a, *b);
        return std::nullopt;
      case syntax::op::div:
        if (a && b) return quotient(*a, *b);
        return std::nullopt;
      default:
        return std::nullopt;
    }
  }

  void down(const rexpr& e, const unit& want) {
    if (e.shared && !down_seen_.emplace(&e, want.dim.to_string()).second) return;
    switch (e.k) {
      case rexpr::kind::ref:
        for (std::size_t v : vars_of(e)) assign(v, want);
        break;
      case rexpr::kind::unary:
        down(e.arg(0), want);
        break;
      case rexpr::kind::call:
        if (e.fn == function::growth || e.fn == function::growth_yoy || e.fn == function::exists ||
            e.fn == function::agree || e.fn == function::unique || e.fn == function::count)
          break;
        for (const auto& a : e.args) down(*a, want);
        break;
      case rexpr::kind::binary:
        binary_down(e, want);
        break;
      default:
        break;
    }
  }

  void down_if(const rexpr& e, const std::optional<unit>& want) {
    if (want) down(e, *want);
  }

  void binary_down(const rexpr& e, const unit& want) {
    const rexpr &l = e.arg(0), &r = e.arg(1);
    auto a = up(l), b = up(r);
    switch (e.ops[0]) {
      case syntax::op::add:
      case syntax::op::sub:
        down(l, want);
        down(r, want);
        break;
      case syntax::op::mul:
        if (a && !b) down_if(r, with_dimension(want.dim / a->dim, want, *a));
        if (b && !a) down_if(l, with_dimension(want.dim / b->dim, want, *b));
        break;
      case syntax::op::div:
        if (a && !b) down_if(r, with_dimension(a->dim / want.dim, *a, want));
        if (b && !a) down_if(l, product(want, *b));
        break;
      default:
        statement(e);
    }
  }

  // Operands compared with each other share one unit; a level or percentage beats a number.
  void same_unit(const std::vector<const rexpr*>& operands) {
    std::optional<unit> shared;
    for (const rexpr* o : operands) {
      auto u = up(*o);
      if (u && (!shared || shared->style == unit_style::number)) shared = u;
    }
    if (!shared) return;
    for (const rexpr* o : operands) down(*o, *shared);
  }

  void statement(const rexpr& e) {
    if (e.shared && !statement_seen_.insert(&e).second) return;
    if (e.k == rexpr::kind::chain || (e.k == rexpr::kind::call && e.fn == function::agree)) {
      std::vector<const rexpr*> operands;
      for (const auto& a : e.args) operands.push_back(a.get());
      same_unit(operands);
    } else if (e.k == rexpr::kind::binary && is_comparison(e.ops[0])) {
      same_unit({&e.arg(0), &e.arg(1)});
    } else if (e.k == rexpr::kind::binary || e.k == rexpr::kind::unary) {
      for (const auto& a : e.args) statement(*a);
    }
  }

  bool has_unstated(const solve::constraint& c) const {
    for (std::size_t v : c.vars) {
      if (!cp_.var_stated[v]) return true;
    }
    return false;
  }

  void assign(std::size_t v, const unit& want) {
    if (!units_.known(v)) {
      units_.set(v, want);
      set_by_[v] = current_;
      up_memo_.clear();  // what up() found may change with this unit
    }
    // Only unstated figures can clash here: a stated one's unit is checked by evaluation.
    if (!set_by_[v]) return;
    auto& mine = votes_[v];
    bool counted = std::any_of(mine.begin(), mine.end(), [&](const vote& x) {
      return x.instance == current_ && x.u.dim == want.dim;
    });
    if (!counted) mine.push_back({want, current_});
  }

  // An unstated figure takes the dimension most of the instances that use it give it; each
  // instance that gives it another is a clash, whichever instance happened to come first
  // (`trade.exports` is RMB by ten shares, not vehicles by the one rule that compares it with
  // autos.exports).
  void settle_votes() {
    for (auto& [v, list] : votes_) {
      // An identity (a share of a whole) says more about a whole's unit than a bound does.
      std::vector<std::pair<dimension, int>> counts;  // in order of first vote
      for (const auto& x : list) {
        solve::op root = cp_.p.constraints[x.instance].nodes.back().o;
        int weight = root == solve::op::eq || root == solve::op::near ? 2 : 1;
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& c) { return c.first == x.u.dim; });
        if (it == counts.end()) {
          counts.push_back({x.u.dim, weight});
        } else {
          it->second += weight;
        }
      }
      if (counts.size() < 2) continue;
      auto winner =
          std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
            return a.second < b.second;  // the first of equals wins
          });
      const vote& first = *std::find_if(list.begin(), list.end(),
                                        [&](const vote& x) { return x.u.dim == winner->first; });
      units_.set(v, first.u);
      set_by_[v] = first.instance;
      if (!clashes_) continue;
      for (const auto& x : list) {
        if (x.u.dim == winner->first) continue;
        clashes_->push_back({cp_.var_ids[v], first.instance, x.instance, first.u, x.u});
      }
    }
  }

  const compiled_problem& cp_;
  const figure_index& index_;
  std::vector<unit_clash>* clashes_;
  const binding_map* bound_ = nullptr;
  std::size_t current_ = 0;  // the instance being walked
  unit_table units_;
  // The instance that gave an unstated figure its unit; none for a stated figure's own unit.
  std::vector<std::optional<std::size_t>> set_by_;
  struct vote {
    unit u;
    std::size_t instance;
  };
  std::map<std::size_t, std::vector<vote>>
      votes_;  // unstated figure -> the units instances give it
  mutable std::unordered_map<const rexpr*, std::optional<unit>> up_memo_;
  std::set<std::pair<const rexpr*, std::string>> down_seen_;  // (node, dimension wanted)
  std::set<const rexpr*> statement_seen_;
};

}  // namespace

const unit& unit_table::plain() {
  static const unit number = unit::number();
  return number;
}

unit_table infer_units(const compiled_problem& cp, const figure_index& index,
                       std::vector<unit_clash>* clashes) {
  return unit_solver(cp, index, clashes).run();
}

}  // namespace crossfoot
