#include <algorithm>

#include "solve/hc4.hpp"

namespace crossfoot::solve {
namespace {

truth agree(const node& n, const evaluation& e) {
  interval common = interval::entire();
  bool all_same_point = true;
  const interval& first = e.values[n.kids.front()];
  for (std::size_t k : n.kids) {
    const interval& v = e.values[k];
    common = intersect(common, v);
    all_same_point = all_same_point && v.lo == v.hi && v == first;
  }
  return truth{!common.empty(), !all_same_point};
}

truth logic(const node& n, const evaluation& e) {
  if (n.o == op::negation) return logical_not(e.truths[n.kids[0]]);
  truth acc = n.o == op::all_of ? truth::yes() : truth::no();
  for (std::size_t k : n.kids) {
    acc = n.o == op::all_of ? logical_and(acc, e.truths[k]) : logical_or(acc, e.truths[k]);
  }
  return acc;
}

interval fold(const node& n, const evaluation& e) {
  interval acc = e.values[n.kids.front()];
  for (std::size_t i = 1; i < n.kids.size(); ++i) {
    const interval& v = e.values[n.kids[i]];
    if (n.o == op::sum) acc = acc + v;
    if (n.o == op::min) acc = min(acc, v);
    if (n.o == op::max) acc = max(acc, v);
  }
  return acc;
}

interval arithmetic(const node& n, const evaluation& e, const std::vector<interval>& box) {
  auto arg = [&](std::size_t i) -> const interval& { return e.values[n.kids[i]]; };
  switch (n.o) {
    case op::constant:
      return n.value;
    case op::var:
      return box[n.slot];
    case op::neg:
      return -arg(0);
    case op::add:
      return arg(0) + arg(1);
    case op::sub:
      return arg(0) - arg(1);
    case op::mul:
      return arg(0) * arg(1);
    case op::div:
      return arg(0) / arg(1);
    case op::pow:
      return pow(arg(0), arg(1));
    case op::abs:
      return abs(arg(0));
    case op::sum:
      if (n.kids.empty()) return interval::point(0);
      return fold(n, e);
    default:
      return n.kids.empty() ? interval::entire() : fold(n, e);
  }
}

}  // namespace

bool is_boolean(op o) {
  return o >= op::eq;
}

truth compare(op o, const interval& a, const interval& b) {
  switch (o) {
    case op::eq:
      return compare_eq(a, b);
    case op::ne:
      return compare_ne(a, b);
    case op::lt:
      return compare_lt(a, b);
    case op::le:
      return compare_le(a, b);
    case op::gt:
      return compare_gt(a, b);
    default:
      return compare_ge(a, b);
  }
}

// Some pair of values is within the tolerance, and some pair is beyond it.
truth within(const interval& a, const interval& b, double amount, bool relative) {
  double allowed = relative ? amount * std::max(magnitude(a), magnitude(b)) : amount;
  return truth{gap(a, b) <= allowed, magnitude(a - b) > allowed};
}

evaluation forward(const constraint& c, const std::vector<interval>& box) {
  evaluation e;
  e.values.assign(c.nodes.size(), interval::entire());
  e.truths.assign(c.nodes.size(), truth::maybe());
  for (std::size_t i = 0; i < c.nodes.size(); ++i) {
    const node& n = c.nodes[i];
    if (!is_boolean(n.o)) {
      e.values[i] = arithmetic(n, e, box);
      if (e.values[i].empty()) e.defined = false;
      continue;
    }
    switch (n.o) {
      case op::near:
        e.truths[i] = within(e.values[n.kids[0]], e.values[n.kids[1]], n.amount, n.relative);
        break;
      case op::all_of:
      case op::any_of:
      case op::negation:
        e.truths[i] = logic(n, e);
        break;
      case op::agree:
        e.truths[i] = agree(n, e);
        break;
      case op::truth_value:
        e.truths[i] = n.t;
        break;
      default:
        e.truths[i] = compare(n.o, e.values[n.kids[0]], e.values[n.kids[1]]);
    }
  }
  return e;
}

}  // namespace crossfoot::solve
