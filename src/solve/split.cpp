// Branch and prune. Interval evaluation of an expression in which a variable occurs twice
// treats the occurrences as independent, so its result is wider than the true range. Splitting
// the repeated variables' domains and evaluating each piece recovers most of the lost
// precision: the union of the pieces' results is still a sound enclosure.
#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>

#include "solve/hc4.hpp"

namespace crossfoot::solve {
namespace {

using box_t = std::vector<interval>;

// Pieces are split breadth first, so the budget is spread evenly over the box instead of
// being spent deep in one corner.
struct splitter {
  const constraint& c;
  const options& o;
  const box_t& initial;

  // The repeated slot worth splitting: the widest relative to where it started.
  std::optional<std::size_t> widest(const box_t& box) const {
    std::optional<std::size_t> best;
    double best_ratio = o.negligible;
    for (std::size_t s : c.repeated) {
      const interval& now = box[s];
      if (!now.bounded() || now.width() <= 0) continue;
      double start = initial[s].bounded() ? initial[s].width() : now.width();
      double ratio = start > 0 ? now.width() / start : 0;
      if (ratio > best_ratio) best = s, best_ratio = ratio;
    }
    return best;
  }

  // Visits pieces of the box; `settle` returns true when a piece needs no further splitting.
  template <typename settle_fn>
  void visit(const box_t& box, settle_fn settle) const {
    std::deque<box_t> pieces{box};
    int splits = 0;
    while (!pieces.empty()) {
      box_t piece = std::move(pieces.front());
      pieces.pop_front();
      bool budget = splits < o.split_leaves;
      if (settle(piece, budget)) continue;
      std::optional<std::size_t> s = widest(piece);
      if (!s) {
        settle(piece, false);
        continue;
      }
      ++splits;
      auto upper = piece;
      double mid = piece[*s].mid();
      piece[*s].hi = mid;
      piece[*s].hi_open = false;
      upper[*s].lo = mid;
      upper[*s].lo_open = false;
      pieces.push_back(std::move(piece));
      pieces.push_back(std::move(upper));
    }
  }
};

void hull_into(std::optional<box_t>& acc, const box_t& piece) {
  if (!acc) {
    acc = piece;
    return;
  }
  for (std::size_t i = 0; i < piece.size(); ++i) (*acc)[i] = hull((*acc)[i], piece[i]);
}

}  // namespace

bool revise(const constraint& c, box_t& box, const options& o) {
  if (c.repeated.empty()) return hc4(c, box);
  std::optional<box_t> kept;
  splitter{c, o, box}.visit(box, [&](box_t& piece, bool may_split) {
    if (!hc4(c, piece)) return true;  // nothing here can satisfy it: drop the piece
    bool certain = !forward(c, piece).truths.back().can_be_false;
    if (certain || !may_split) {
      hull_into(kept, piece);
      return true;
    }
    return false;
  });
  if (!kept) return false;
  box = *kept;
  return true;
}

truth decide(const constraint& c, const box_t& box, const options& o) {
  truth out{false, false};
  splitter{c, o, box}.visit(box, [&](box_t& piece, bool may_split) {
    evaluation e = forward(c, piece);
    truth t = e.defined ? e.truths.back() : truth::no();
    bool settled = !t.can_be_true || !t.can_be_false || !may_split;
    // Once both verdicts are possible, further pieces cannot change the answer.
    if (out.can_be_true && out.can_be_false) return true;
    if (settled) out = truth{out.can_be_true || t.can_be_true, out.can_be_false || t.can_be_false};
    return settled;
  });
  return out;
}

interval range_of(const constraint& c, std::size_t node_index, const box_t& box, const options& o) {
  std::optional<interval> out;
  splitter{c, o, box}.visit(box, [&](box_t& piece, bool may_split) {
    if (may_split) return false;
    interval v = forward(c, piece).values[node_index];
    out = out ? hull(*out, v) : v;
    return true;
  });
  return out.value_or(interval::empty_set());
}

std::vector<node>& node_list::own() {
  if (!items_) {
    items_ = std::make_shared<std::vector<node>>();
  } else if (items_.use_count() > 1) {
    items_ = std::make_shared<std::vector<node>>(*items_);
  }
  return *items_;
}

void node_list::shrink_to_fit() {
  if (items_ && items_.use_count() == 1) items_->shrink_to_fit();
}

bool node_list::share(const node_list& other) {
  if (items_ == other.items_) return true;
  if (!items_ || !other.items_ || *items_ != *other.items_) return false;
  items_ = other.items_;
  return true;
}

std::size_t constraint::add(node n) {
  nodes.push_back(std::move(n));
  return nodes.size() - 1;
}

std::size_t constraint::slot_of(std::size_t var) {
  for (std::size_t s = 0; s < vars.size(); ++s) {
    if (vars[s] == var) return s;
  }
  vars.push_back(var);
  return vars.size() - 1;
}

// A slot is repeated when its value reaches the root along two paths: two nodes of it, or one
// node under a shared operand (a let used twice). Paths are counted from the root down,
// saturating at 2 so that a DAG with exponentially many paths costs linear time.
void constraint::finish() {
  // Nodes are added one at a time; a check holds one constraint per rule instance, so the
  // growth slack would be a third of its nodes' memory.
  nodes.shrink_to_fit();
  std::vector<int> paths(nodes.size(), 0), uses(vars.size(), 0);
  if (!nodes.empty()) paths.back() = 1;
  for (std::size_t i = nodes.size(); i-- > 0;) {
    for (std::size_t k : nodes[i].kids) paths[k] = std::min(2, paths[k] + paths[i]);
    if (nodes[i].o == op::var) uses[nodes[i].slot] = std::min(2, uses[nodes[i].slot] + paths[i]);
  }
  repeated.clear();
  for (std::size_t s = 0; s < uses.size(); ++s) {
    if (uses[s] > 1) repeated.push_back(s);
  }
}

}  // namespace crossfoot::solve
