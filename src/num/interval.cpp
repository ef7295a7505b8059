#include "num/interval.hpp"

#include <boost/numeric/interval/hw_rounding.hpp>
#include <boost/numeric/interval/rounded_arith.hpp>
#include <boost/numeric/interval/rounded_transc.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <limits>

namespace crossfoot {
namespace {

namespace bi = boost::numeric::interval_lib;
using rounding = bi::save_state<bi::rounded_transc_std<double>>;

constexpr double inf = std::numeric_limits<double>::infinity();

// One end of an interval: its value and whether it is excluded.
struct end_point {
  double v;
  bool open;
};

// Ends are limits, so 0 × ∞ is 0 (a closed zero stays closed).
double mul_down(rounding& r, double a, double b) {
  return (a == 0 || b == 0) ? 0.0 : r.mul_down(a, b);
}
double mul_up(rounding& r, double a, double b) {
  return (a == 0 || b == 0) ? 0.0 : r.mul_up(a, b);
}

bool zero_closed(double v, bool open) {
  return v == 0 && !open;
}

interval make(end_point lo, end_point hi) {
  return {lo.v, hi.v, lo.open, hi.open};
}

}  // namespace

interval interval::entire() {
  return {-inf, inf, true, true};
}
interval interval::empty_set() {
  return {1, 0, false, false};
}

bool interval::empty() const {
  return lo > hi || (lo == hi && (lo_open || hi_open));
}
bool interval::contains(double v) const {
  if (empty()) return false;
  bool above = lo_open ? v > lo : v >= lo;
  bool below = hi_open ? v < hi : v <= hi;
  return above && below;
}
bool interval::bounded() const {
  return std::isfinite(lo) && std::isfinite(hi);
}
double interval::mid() const {
  return bounded() ? lo / 2 + hi / 2 : (std::isfinite(lo) ? lo : hi);
}
double interval::width() const {
  return empty() ? 0 : hi - lo;
}

interval operator+(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  rounding r;
  return {r.add_down(a.lo, b.lo), r.add_up(a.hi, b.hi), a.lo_open || b.lo_open,
          a.hi_open || b.hi_open};
}

interval operator-(const interval& a) {
  if (a.empty()) return a;
  return {-a.hi, -a.lo, a.hi_open, a.lo_open};
}

interval operator-(const interval& a, const interval& b) {
  return a + (-b);
}

interval operator*(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  rounding r;
  end_point lo{inf, true}, hi{-inf, true};
  const end_point as[2] = {{a.lo, a.lo_open}, {a.hi, a.hi_open}};
  const end_point bs[2] = {{b.lo, b.lo_open}, {b.hi, b.hi_open}};
  for (const auto& x : as) {
    for (const auto& y : bs) {
      // A product is attained when both factors are, or when one is a closed zero.
      bool open = !(zero_closed(x.v, x.open) || zero_closed(y.v, y.open)) && (x.open || y.open);
      double down = mul_down(r, x.v, y.v), up = mul_up(r, x.v, y.v);
      if (down < lo.v || (down == lo.v && !open)) lo = {down, down < lo.v ? open : false};
      if (up > hi.v || (up == hi.v && !open)) hi = {up, up > hi.v ? open : false};
    }
  }
  return make(lo, hi);
}

namespace {

// 1/b for b not containing zero, or with zero only as an open end.
interval reciprocal(const interval& b) {
  rounding r;
  auto inv_down = [&](double v) {
    return v == 0 ? (std::signbit(v) ? -inf : inf) : r.div_down(1.0, v);
  };
  auto inv_up = [&](double v) { return v == 0 ? inf : r.div_up(1.0, v); };
  if (b.lo == 0) return {std::isinf(b.hi) ? 0.0 : inv_down(b.hi), inf, b.hi_open, true};
  if (b.hi == 0) return {-inf, std::isinf(b.lo) ? 0.0 : inv_up(b.lo), true, b.lo_open};
  double lo = std::isinf(b.hi) ? 0.0 : inv_down(b.hi);
  double hi = std::isinf(b.lo) ? 0.0 : inv_up(b.lo);
  return {lo, hi, b.hi_open || std::isinf(b.hi), b.lo_open || std::isinf(b.lo)};
}

}  // namespace

interval operator/(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  if (b.lo == 0 && b.hi == 0) return interval::entire();
  if (b.contains_zero()) return interval::entire();
  return a * reciprocal(b);
}

interval abs(const interval& a) {
  if (a.empty() || a.lo >= 0) return a;
  if (a.hi <= 0) return -a;
  double hi = std::max(-a.lo, a.hi);
  bool hi_open = (-a.lo > a.hi) ? a.lo_open : (a.hi > -a.lo ? a.hi_open : a.lo_open && a.hi_open);
  return {0, hi, false, hi_open};
}

namespace {

end_point lower_of(end_point x, end_point y) {
  if (x.v != y.v) return x.v < y.v ? x : y;
  return {x.v, x.open && y.open};
}
end_point upper_of(end_point x, end_point y) {
  if (x.v != y.v) return x.v > y.v ? x : y;
  return {x.v, x.open && y.open};
}
end_point lower_of_max(end_point x, end_point y) {
  if (x.v != y.v) return x.v > y.v ? x : y;
  return {x.v, x.open || y.open};
}
end_point upper_of_min(end_point x, end_point y) {
  if (x.v != y.v) return x.v < y.v ? x : y;
  return {x.v, x.open || y.open};
}

}  // namespace

interval min(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  return make(lower_of({a.lo, a.lo_open}, {b.lo, b.lo_open}),
              upper_of_min({a.hi, a.hi_open}, {b.hi, b.hi_open}));
}

interval max(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  return make(lower_of_max({a.lo, a.lo_open}, {b.lo, b.lo_open}),
              upper_of({a.hi, a.hi_open}, {b.hi, b.hi_open}));
}

interval intersect(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  interval r = make(lower_of_max({a.lo, a.lo_open}, {b.lo, b.lo_open}),
                    upper_of_min({a.hi, a.hi_open}, {b.hi, b.hi_open}));
  return r.empty() ? interval::empty_set() : r;
}

interval hull(const interval& a, const interval& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return make(lower_of({a.lo, a.lo_open}, {b.lo, b.lo_open}),
              upper_of({a.hi, a.hi_open}, {b.hi, b.hi_open}));
}

interval widen(const interval& a, double by) {
  if (a.empty()) return a;
  rounding r;
  return {r.sub_down(a.lo, by), r.add_up(a.hi, by), false, false};
}

interval pow(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return interval::empty_set();
  bool integer = b.lo == b.hi && std::isfinite(b.lo) && b.lo == std::floor(b.lo);
  if (integer) {
    long n = static_cast<long>(b.lo);
    if (n == 0) return interval::point(1);
    interval base = n > 0 ? a : interval::point(1) / a;
    interval out = interval::point(1);
    // Even powers of a sign-changing base start at zero: square through abs().
    interval factor = (n % 2 == 0) ? abs(base) : base;
    for (long i = 0; i < std::labs(n); ++i) out = out * factor;
    return out;
  }
  if (a.lo < 0) return interval::entire();
  // x^y = exp(y·ln x), monotone on each argument for x >= 0; take the four corners outward.
  rounding r;
  double corners_lo = inf, corners_hi = -inf;
  for (double x : {a.lo, a.hi}) {
    for (double y : {b.lo, b.hi}) {
      double v = std::pow(x, y);
      corners_lo = std::min(corners_lo, v);
      corners_hi = std::max(corners_hi, v);
    }
  }
  bool open = a.lo_open || a.hi_open || b.lo_open || b.hi_open;
  // std::pow is not correctly rounded: step one ulp outward on each side.
  return {std::nextafter(corners_lo, -inf), std::nextafter(corners_hi, inf), open, open};
}

double gap(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return inf;
  rounding r;
  if (a.hi < b.lo) return r.sub_down(b.lo, a.hi);
  if (b.hi < a.lo) return r.sub_down(a.lo, b.hi);
  return 0;
}

double magnitude(const interval& a) {
  if (a.empty()) return 0;
  return std::max(std::fabs(a.lo), std::fabs(a.hi));
}

namespace {

// Can x < y (strict) or x <= y hold for some x in a, y in b?
bool some_less(const interval& a, const interval& b, bool strict) {
  if (a.lo < b.hi) return true;
  if (a.lo > b.hi) return false;
  return !strict && !a.lo_open && !b.hi_open;
}

}  // namespace

truth compare_eq(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return truth::no();
  bool can_true = !intersect(a, b).empty();
  bool same_point = a.lo == a.hi && b.lo == b.hi && a.lo == b.lo;
  return {can_true, !same_point};
}
truth compare_ne(const interval& a, const interval& b) {
  return logical_not(compare_eq(a, b));
}
truth compare_lt(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return truth::no();
  return {some_less(a, b, true), some_less(b, a, false)};
}
truth compare_le(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return truth::no();
  return {some_less(a, b, false), some_less(b, a, true)};
}
truth compare_gt(const interval& a, const interval& b) {
  return compare_lt(b, a);
}
truth compare_ge(const interval& a, const interval& b) {
  return compare_le(b, a);
}

truth logical_and(truth a, truth b) {
  return {a.can_be_true && b.can_be_true, a.can_be_false || b.can_be_false};
}
truth logical_or(truth a, truth b) {
  return {a.can_be_true || b.can_be_true, a.can_be_false && b.can_be_false};
}
truth logical_not(truth a) {
  return {a.can_be_false, a.can_be_true};
}

namespace {

std::string number(double v, int digits) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0) return "0";
  return fmt::format("{:.{}g}", v, digits);
}

}  // namespace

std::string to_string(const interval& a, int digits) {
  if (a.empty()) return "{}";
  return fmt::format("{}{}, {}{}", a.lo_open ? '(' : '[', number(a.lo, digits),
                     number(a.hi, digits), a.hi_open ? ')' : ']');
}

}  // namespace crossfoot
