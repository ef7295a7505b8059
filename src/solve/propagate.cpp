// Constraint propagation to a fixpoint (AC-3 over HC4-revise): a constraint is revised when
// one of its variables narrows noticeably. Work is bounded per constraint, and narrowing below
// `negligible` wakes no one, so propagation ends even where it would converge only in the limit.
#include <deque>

#include "solve/hc4.hpp"
#include "solve/problem.hpp"

namespace crossfoot::solve {
namespace {

// Rounds of splitting after the first fixpoint; each round revisits only what it narrowed.
constexpr int split_rounds = 3;

bool noticeable(const interval& before, const interval& after, double negligible) {
  if (after.empty()) return true;
  if (!before.bounded()) return after.lo != before.lo || after.hi != before.hi;
  double width = before.width();
  return (after.lo - before.lo) + (before.hi - after.hi) > negligible * std::max(width, 1e-300);
}

class propagator {
 public:
  propagator(const problem& p, const active_set& active, const options& o)
      : p_(p),
        active_(active),
        o_(o),
        watchers_(p.vars),
        queued_(p.constraints.size(), 0),
        budget_(p.constraints.size(), o.revisions_per_constraint) {
    out_.domains.assign(p.vars, interval::entire());
    if (o.record_narrowing) out_.narrowed_by.assign(p.vars, {});
  }

  outcome run() {
    if (!apply_facts()) return fail();
    for (std::size_t c = 0; c < p_.constraints.size(); ++c) {
      if (!is_active(c)) continue;
      for (std::size_t v : p_.constraints[c].vars) watchers_[v].push_back(c);
      enqueue(c);
    }
    // Splitting is costly, so the cheap fixpoint comes first; then each constraint with
    // repeated variables is split once more, and whatever that narrows propagates again.
    for (int round = 0; round <= split_rounds; ++round) {
      if (!drain()) return fail();
      if (round == split_rounds) break;
      bool narrowed = false;
      for (std::size_t c = 0; c < p_.constraints.size(); ++c) {
        if (!is_active(c) || p_.constraints[c].repeated.empty()) continue;
        std::size_t before = queue_.size();
        if (!revise_one(c, true)) return fail();
        narrowed = narrowed || queue_.size() > before;
      }
      if (!narrowed) break;
    }
    return std::move(out_);
  }

 private:
  bool is_active(std::size_t c) const { return active_[p_.facts.size() + c]; }

  bool apply_facts() {
    for (std::size_t f = 0; f < p_.facts.size(); ++f) {
      if (!active_[f]) continue;
      auto& d = out_.domains[p_.facts[f].var];
      d = intersect(d, p_.facts[f].value);
      if (d.empty()) return false;
    }
    return true;
  }

  bool drain() {
    while (!queue_.empty()) {
      std::size_t c = queue_.front();
      queue_.pop_front();
      queued_[c] = 0;
      if (!revise_one(c, false)) return false;
    }
    return true;
  }

  void enqueue(std::size_t c) {
    if (queued_[c] || budget_[c] <= 0) return;
    queued_[c] = 1;
    queue_.push_back(c);
  }

  bool revise_one(std::size_t index, bool split) {
    const constraint& c = p_.constraints[index];
    --budget_[index];
    ++out_.revisions;
    std::vector<interval> box(c.vars.size());
    for (std::size_t s = 0; s < c.vars.size(); ++s) box[s] = out_.domains[c.vars[s]];
    if (!(split ? revise(c, box, o_) : hc4(c, box))) return false;
    for (std::size_t s = 0; s < c.vars.size(); ++s) {
      std::size_t v = c.vars[s];
      interval before = out_.domains[v];
      interval after = intersect(before, box[s]);
      if (after == before) continue;
      out_.domains[v] = after;
      if (after.empty()) return false;
      if (!noticeable(before, after, o_.negligible)) continue;
      record(v, index);
      for (std::size_t w : watchers_[v]) {
        if (w != index) enqueue(w);
      }
    }
    return true;
  }

  void record(std::size_t v, std::size_t c) {
    if (!o_.record_narrowing) return;
    auto& by = out_.narrowed_by[v];
    for (std::size_t seen : by) {
      if (seen == c) return;
    }
    by.push_back(c);
  }

  outcome fail() {
    out_.feasible = false;
    return std::move(out_);
  }

  const problem& p_;
  const active_set& active_;
  const options& o_;
  std::vector<std::vector<std::size_t>> watchers_;
  std::vector<char> queued_;
  std::vector<int> budget_;
  std::deque<std::size_t> queue_;
  outcome out_;
};

}  // namespace

outcome propagate(const problem& p, const active_set& active, const options& o) {
  return propagator(p, active, o).run();
}

bool feasible(const problem& p, const active_set& active, const options& o) {
  options only_feasibility = o;
  only_feasibility.record_narrowing = false;
  return propagate(p, active, only_feasibility).feasible;
}

}  // namespace crossfoot::solve
