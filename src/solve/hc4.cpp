// Backward projection: each node's narrowed value is projected onto its operands through the
// inverse of its operation. Nodes are visited from the root down, so every parent of a node
// (a chained comparison shares operands) has narrowed it before it is projected.
#include "solve/hc4.hpp"

#include <limits>

namespace crossfoot::solve {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

enum class need { none, yes, no };

interval at_most(const interval& v) {
  return {-inf, v.hi, true, v.hi_open};
}
interval at_least(const interval& v) {
  return {v.lo, inf, v.lo_open, true};
}

struct backward_pass {
  const constraint& c;
  evaluation& e;
  std::vector<interval>& box;
  std::vector<need> needs;
  bool ok = true;

  void narrow(std::size_t k, const interval& by) {
    e.values[k] = intersect(e.values[k], by);
    if (e.values[k].empty()) ok = false;
  }

  void require(std::size_t k, need n) {
    if (needs[k] != need::none && needs[k] != n) ok = false;
    needs[k] = n;
    const truth& t = e.truths[k];
    if ((n == need::yes && !t.can_be_true) || (n == need::no && !t.can_be_false)) ok = false;
  }

  // a OP b must hold (true) or must fail (false), so narrow both sides.
  void compare(op o, std::size_t a, std::size_t b) {
    const interval va = e.values[a], vb = e.values[b];
    switch (o) {
      case op::eq: {
        interval m = intersect(va, vb);
        narrow(a, m);
        narrow(b, m);
        break;
      }
      case op::lt:
      case op::le:
        narrow(a, at_most(vb));
        narrow(b, at_least(va));
        break;
      case op::gt:
      case op::ge:
        narrow(a, at_least(vb));
        narrow(b, at_most(va));
        break;
      default:
        break;  // != removes no interval
    }
  }

  static op negated(op o) {
    switch (o) {
      case op::eq:
        return op::ne;
      case op::ne:
        return op::eq;
      case op::lt:
        return op::ge;
      case op::le:
        return op::gt;
      case op::gt:
        return op::le;
      default:
        return op::lt;
    }
  }

  void boolean(const node& n, need want) {
    switch (n.o) {
      case op::all_of:
        if (want == need::yes)
          for (std::size_t k : n.kids) require(k, need::yes);
        break;
      case op::any_of:
        if (want == need::no) {
          for (std::size_t k : n.kids) require(k, need::no);
        } else {
          one_must_hold(n);
        }
        break;
      case op::negation:
        require(n.kids[0], want == need::yes ? need::no : need::yes);
        break;
      case op::near:
        if (want == need::yes) within(n);
        break;
      case op::agree:
        if (want == need::yes) all_equal(n);
        break;
      case op::truth_value:
        break;
      default:
        compare(want == need::yes ? n.o : negated(n.o), n.kids[0], n.kids[1]);
    }
  }

  void one_must_hold(const node& n) {
    std::size_t possible = 0, count = 0;
    for (std::size_t k : n.kids) {
      if (e.truths[k].can_be_true) possible = k, ++count;
    }
    if (count == 0) ok = false;
    if (count == 1) require(possible, need::yes);
  }

  // |a - b| <= t * max(|a|, |b|) gives |a| <= |b| / (1 - t), so a lies within
  // t * |b| / (1 - t) of b; an absolute tolerance is the same for both sides.
  double allowed_around(const node& n, const interval& other) const {
    if (!n.relative) return n.amount;
    return n.amount < 1 ? n.amount * magnitude(other) / (1 - n.amount) : inf;
  }

  void within(const node& n) {
    std::size_t a = n.kids[0], b = n.kids[1];
    interval va = e.values[a], vb = e.values[b];
    double around_b = allowed_around(n, vb), around_a = allowed_around(n, va);
    if (around_b < inf) narrow(a, widen(vb, around_b));
    if (around_a < inf) narrow(b, widen(va, around_a));
  }

  void all_equal(const node& n) {
    interval common = interval::entire();
    for (std::size_t k : n.kids) common = intersect(common, e.values[k]);
    for (std::size_t k : n.kids) narrow(k, common);
  }

  void numeric(const node& n, std::size_t self) {
    const interval z = e.values[self];
    auto v = [&](std::size_t i) -> const interval& { return e.values[n.kids[i]]; };
    switch (n.o) {
      case op::var:
        box[n.slot] = intersect(box[n.slot], z);
        if (box[n.slot].empty()) ok = false;
        break;
      case op::neg:
        narrow(n.kids[0], -z);
        break;
      case op::add: {
        interval a = v(0), b = v(1);
        narrow(n.kids[0], z - b);
        narrow(n.kids[1], z - a);
        break;
      }
      case op::sub: {
        interval a = v(0), b = v(1);
        narrow(n.kids[0], z + b);
        narrow(n.kids[1], a - z);
        break;
      }
      case op::mul: {
        // x / 0 yields every value here, so a factor that can be zero keeps its partner free.
        interval a = v(0), b = v(1);
        narrow(n.kids[0], z / b);
        narrow(n.kids[1], z / a);
        break;
      }
      case op::div: {
        // a / b is defined only for b != 0, where a = z * b and b = a / z.
        interval a = v(0), b = v(1);
        narrow(n.kids[0], z * b);
        narrow(n.kids[1], a / z);
        break;
      }
      case op::abs: {
        interval x = v(0);
        narrow(n.kids[0], hull(intersect(x, z), intersect(x, -z)));
        break;
      }
      case op::sum:
        sum(n, z);
        break;
      case op::min:
      case op::max:
        extreme(n, z);
        break;
      default:
        break;  // constants; pow is not inverted (sound: nothing is removed)
    }
  }

  void sum(const node& n, const interval& z) {
    std::size_t size = n.kids.size();
    if (size == 0) return;
    // Each operand lies in z minus the others; prefix and suffix sums avoid n^2 additions.
    std::vector<interval> prefix(size + 1, interval::point(0)),
        suffix(size + 1, interval::point(0));
    for (std::size_t i = 0; i < size; ++i) prefix[i + 1] = prefix[i] + e.values[n.kids[i]];
    for (std::size_t i = size; i-- > 0;) suffix[i] = suffix[i + 1] + e.values[n.kids[i]];
    for (std::size_t i = 0; i < size; ++i) narrow(n.kids[i], z - (prefix[i] + suffix[i + 1]));
  }

  // Every operand of min is at least the minimum; if only one can be as low as the minimum's
  // upper end, it is the minimum. The same mirrored for max.
  void extreme(const node& n, const interval& z) {
    bool is_min = n.o == op::min;
    std::size_t candidate = 0, count = 0;
    for (std::size_t k : n.kids) {
      narrow(k, is_min ? at_least(z) : at_most(z));
      const interval& x = e.values[k];
      if (is_min ? x.lo <= z.hi : x.hi >= z.lo) candidate = k, ++count;
    }
    if (count == 1) narrow(candidate, z);
  }

  void run() {
    require(c.nodes.size() - 1, need::yes);  // the root; hc4() returns early without nodes
    for (std::size_t i = c.nodes.size(); i-- > 0 && ok;) {
      const node& n = c.nodes[i];
      if (is_boolean(n.o)) {
        if (needs[i] != need::none) boolean(n, needs[i]);
      } else {
        numeric(n, i);
      }
    }
  }
};

}  // namespace

bool hc4(const constraint& c, std::vector<interval>& box) {
  if (c.nodes.empty()) return true;
  evaluation e = forward(c, box);
  if (!e.defined) return false;
  backward_pass pass{c, e, box, std::vector<need>(c.nodes.size(), need::none)};
  pass.run();
  return pass.ok;
}

}  // namespace crossfoot::solve
