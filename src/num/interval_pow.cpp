// Powers of intervals: whole exponents by outward-rounded repeated squaring, other exponents
// of a non-negative base from the corners of the domain.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "num/detail/outward.hpp"
#include "num/interval.hpp"

namespace crossfoot {

using num_detail::candidate;
using num_detail::end_point;
using num_detail::inf;
using num_detail::lower;
using num_detail::make;
using num_detail::normal;
using num_detail::outward;
using num_detail::upper;

namespace {

// A whole exponent. Exponents past 2^62 (all even, as is every double from 2^53 on) are
// computed as 2^62 and only trusted on the side where the true power lies beyond it.
struct whole_exponent {
  std::uint64_t n;
  bool beyond;  // the true exponent is larger than n
};

constexpr double largest_exponent = 4611686018427387904.0;  // 2^62

// x^n for x >= 0, rounded down or up: repeated squaring keeps every partial product on the
// same side of the exact one because all of them are non-negative.
double power_of(double x, whole_exponent e, bool up, outward& r) {
  // A larger exponent only shrinks a power below 1 and grows one above 1.
  if (e.beyond && !up && x < 1) return 0;
  if (e.beyond && up && x > 1) return inf;
  double result = 1, square = x;
  for (std::uint64_t n = e.n; n > 0;) {
    if (n & 1) result = up ? r.mul_up(result, square) : r.mul_down(result, square);
    n >>= 1;
    if (n > 0) square = up ? r.mul_up(square, square) : r.mul_down(square, square);
  }
  return result;
}

// x^n for a non-negative x that may be an infinite end (∞^n is ∞ for n >= 1).
end_point raised(end_point x, whole_exponent e, bool up, outward& r) {
  return {power_of(x.v, e, up, r), x.open};
}

// a^n for a whole n >= 1: odd powers are increasing, even powers are increasing in |a|.
interval whole_power(const interval& a, whole_exponent e) {
  outward r;
  if (e.n % 2 == 0) {
    interval m = abs(a);
    return make(raised(lower(m), e, false, r), raised(upper(m), e, true, r));
  }
  // An odd power keeps the sign: (-x)^n = -(x^n), with the rounding direction swapped.
  auto odd = [&](end_point p, bool up) -> end_point {
    if (p.v >= 0) return raised(p, e, up, r);
    return {-power_of(-p.v, e, !up, r), p.open};
  };
  return make(odd(lower(a), false), odd(upper(a), true));
}

bool closed_at(end_point e, double v) {
  return e.v == v && !e.open;
}

// x^y at a corner of the domain, x >= 0. std::pow is not correctly rounded, so results that
// are not exact by definition step two ulps outward (glibc's pow is within one).
candidate corner(end_point x, end_point y) {
  // x^y is attained when both are, or when either is a closed value that fixes the result
  // for every partner: 1^y = 1, x^0 = 1, 0^y = 0 for y > 0.
  bool attained =
      (!x.open && !y.open) || closed_at(x, 1) || closed_at(y, 0) || (closed_at(x, 0) && y.v > 0);
  double base = x.v == 0 ? 0.0 : x.v;  // pow(-0, odd y) would be -0 or -inf
  double v = std::pow(base, y.v);
  // Results fixed by IEEE 754 for these arguments, limits included (0.5^∞ = 0, ∞^-1 = 0).
  bool exact = base == 0 || base == 1 || std::isinf(base) || y.v == 0 || std::isinf(y.v);
  if (exact) return {v, v, !attained};
  double down = std::nextafter(std::nextafter(v, -inf), -inf);
  double up = std::nextafter(std::nextafter(v, inf), inf);
  return {std::max(down, 0.0), up, !attained};
}

}  // namespace

interval pow(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  interval x = normal(a), y = normal(b);
  bool whole = y.lo == y.hi && std::isfinite(y.lo) && y.lo == std::floor(y.lo);
  if (whole) {
    double n = std::fabs(y.lo);
    if (n == 0) return interval::point(1);  // x^0 = 1 for every x, 0^0 included
    whole_exponent e{static_cast<std::uint64_t>(std::fmin(n, largest_exponent)),
                     n > largest_exponent};
    interval base = y.lo > 0 ? x : interval::point(1) / x;
    return whole_power(base, e);
  }
  if (x.lo < 0) return interval::entire();
  // For x >= 0, x^y is monotone in x for each y and in y for each x: extremes at corners.
  // 0^0 is 1, which lies between the limits 0 (y > 0) and ∞ (y < 0) of the other corners.
  std::array<candidate, 4> corners = {corner(lower(x), lower(y)), corner(lower(x), upper(y)),
                                      corner(upper(x), lower(y)), corner(upper(x), upper(y))};
  return num_detail::enclose(corners);
}

}  // namespace crossfoot
