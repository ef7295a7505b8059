// Interval basics and the four operations. Every end is rounded outward, and an end is open
// exactly when no choice of values inside the operands attains it.
#include "num/interval.hpp"

#include <array>
#include <cmath>

#include "num/detail/outward.hpp"

namespace crossfoot {

using num_detail::candidate;
using num_detail::end_point;
using num_detail::inf;
using num_detail::lower;
using num_detail::normal;
using num_detail::outward;
using num_detail::upper;

interval interval::entire() {
  return {-inf, inf, true, true};
}
interval interval::empty_set() {
  return {1, 0, false, false};
}

bool interval::empty() const {
  // An end at +inf below (or -inf above) bounds no real number.
  return lo > hi || (lo == hi && (lo_open || hi_open)) || lo == inf || hi == -inf;
}
bool interval::contains(double v) const {
  if (empty() || !std::isfinite(v)) return false;
  interval n = normal(*this);
  bool above = n.lo_open ? v > n.lo : v >= n.lo;
  bool below = n.hi_open ? v < n.hi : v <= n.hi;
  return above && below;
}
bool interval::bounded() const {
  return std::isfinite(lo) && std::isfinite(hi);
}
double interval::mid() const {
  if (empty() || (lo == -inf && hi == inf) || std::isnan(lo) || std::isnan(hi)) return 0;
  if (bounded()) return lo / 2 + hi / 2;  // halves first: lo + hi may overflow
  return std::isfinite(lo) ? lo : hi;
}
double interval::width() const {
  if (empty()) return 0;
  interval n = normal(*this);
  outward r;
  return r.sub_up(n.hi, n.lo);
}

interval operator+(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  interval x = normal(a), y = normal(b);
  outward r;
  // Non-empty operands never pair -inf with +inf on the same side, so no NaN can arise.
  return num_detail::make({r.add_down(x.lo, y.lo), x.lo_open || y.lo_open},
                          {r.add_up(x.hi, y.hi), x.hi_open || y.hi_open});
}

interval operator-(const interval& a) {
  if (a.empty()) return interval::empty_set();
  interval x = normal(a);
  return {-x.hi, -x.lo, x.hi_open, x.lo_open};
}

interval operator-(const interval& a, const interval& b) {
  return a + (-b);
}

namespace {

bool closed_zero(end_point e) {
  return e.v == 0 && !e.open;
}

// x·y at a corner. A product is attained when both factors are, or when one is a closed zero
// (0·y is 0 for every y).
candidate product(end_point x, end_point y, outward& r) {
  bool open = !(closed_zero(x) || closed_zero(y)) && (x.open || y.open);
  return {r.mul_down(x.v, y.v), r.mul_up(x.v, y.v), open};
}

// x/y at a corner, for a divisor with no zero inside it. A zero divisor end is open and is
// approached from `side` (+1 from above, -1 from below). Ends are limits: x/±∞ is 0, and
// ∞/∞ is 0 too, read as x·(1/y) with 0·∞ = 0; the other corners cover the rest.
candidate quotient(end_point x, end_point y, int side, outward& r) {
  bool open = !closed_zero(x) && (x.open || y.open);
  if (x.v == 0 || std::isinf(y.v)) return {0, 0, open};
  if (y.v == 0) {
    double v = (x.v > 0) == (side > 0) ? inf : -inf;
    return {v, v, true};
  }
  return {r.div_down(x.v, y.v), r.div_up(x.v, y.v), open};
}

// a / b where zero is at most an open end of b.
interval divide(const interval& a, const interval& b) {
  outward r;
  int side = b.lo == 0 ? 1 : -1;
  std::array<candidate, 4> corners = {
      quotient(lower(a), lower(b), side, r), quotient(lower(a), upper(b), side, r),
      quotient(upper(a), lower(b), side, r), quotient(upper(a), upper(b), side, r)};
  return num_detail::enclose(corners);
}

}  // namespace

interval operator*(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  interval x = normal(a), y = normal(b);
  outward r;
  // A product's extremes lie at the corners: x·y is linear along each edge.
  std::array<candidate, 4> corners = {
      product(lower(x), lower(y), r), product(lower(x), upper(y), r),
      product(upper(x), lower(y), r), product(upper(x), upper(y), r)};
  return num_detail::enclose(corners);
}

interval operator/(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  interval x = normal(a), y = normal(b);
  if (!y.contains(0)) return divide(x, y);
  // x/0 has no value, so a divisor through zero contributes its two signed parts. A divisor
  // that can only be zero leaves the quotient unconstrained.
  interval neg = intersect(y, {-inf, 0, true, true});
  interval pos = intersect(y, {0, inf, true, true});
  if (neg.empty() && pos.empty()) return interval::entire();
  if (neg.empty()) return divide(x, pos);
  if (pos.empty()) return divide(x, neg);
  return hull(divide(x, neg), divide(x, pos));
}

}  // namespace crossfoot
