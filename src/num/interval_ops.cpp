// Order-based operations on intervals (abs, min, max, intersect, hull) and distances.
#include <algorithm>
#include <cmath>

#include "num/detail/outward.hpp"
#include "num/interval.hpp"

namespace crossfoot {

using num_detail::end_point;
using num_detail::inf;
using num_detail::lower;
using num_detail::make;
using num_detail::normal;
using num_detail::outward;
using num_detail::upper;

namespace {

// For equal values, the end is attained when either side attains it (`any`) or only when both
// do (`both`): min's lower end needs one operand at it, its upper end needs both.
end_point smaller(end_point x, end_point y, bool any) {
  if (x.v != y.v) return x.v < y.v ? x : y;
  return {x.v, any ? x.open && y.open : x.open || y.open};
}
end_point larger(end_point x, end_point y, bool any) {
  if (x.v != y.v) return x.v > y.v ? x : y;
  return {x.v, any ? x.open && y.open : x.open || y.open};
}

}  // namespace

interval abs(const interval& a) {
  if (a.empty()) return interval::empty_set();
  interval x = normal(a);
  if (x.lo >= 0) return x;
  if (x.hi <= 0) return -x;
  // Zero lies strictly inside, so it is attained; the top is the farther end.
  end_point top = larger({-x.lo, x.lo_open}, upper(x), true);
  return make({0, false}, top);
}

interval min(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  interval x = normal(a), y = normal(b);
  return make(smaller(lower(x), lower(y), true), smaller(upper(x), upper(y), false));
}

interval max(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  interval x = normal(a), y = normal(b);
  return make(larger(lower(x), lower(y), false), larger(upper(x), upper(y), true));
}

interval intersect(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  interval x = normal(a), y = normal(b);
  return make(larger(lower(x), lower(y), false), smaller(upper(x), upper(y), false));
}

interval hull(const interval& a, const interval& b) {
  if (a.empty() && b.empty()) return interval::empty_set();
  if (a.empty()) return normal(b);
  if (b.empty()) return normal(a);
  interval x = normal(a), y = normal(b);
  return make(smaller(lower(x), lower(y), true), larger(upper(x), upper(y), true));
}

interval widen(const interval& a, double by) {
  if (a.empty()) return interval::empty_set();
  if (std::isnan(by)) return interval::entire();
  // Widening never narrows: a negative amount only closes the ends.
  by = std::max(by, 0.0);
  interval x = normal(a);
  outward r;
  return make({r.sub_down(x.lo, by), false}, {r.add_up(x.hi, by), false});
}

double gap(const interval& a, const interval& b) {
  // No pair of values exists, so no distance is small enough.
  if (a.empty() || b.empty()) return inf;
  interval x = normal(a), y = normal(b);
  // Rounded down: a gap is what rounding cannot explain, so it must not be overstated.
  outward r;
  if (x.hi < y.lo) return r.sub_down(y.lo, x.hi);
  if (y.hi < x.lo) return r.sub_down(x.lo, y.hi);
  return 0;
}

double magnitude(const interval& a) {
  if (a.empty()) return 0;
  interval x = normal(a);
  return std::max(std::fabs(x.lo), std::fabs(x.hi));
}

}  // namespace crossfoot
