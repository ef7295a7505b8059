#pragma once
// Private to src/num: outward-rounded scalar operations and the ends of intervals.
#include <boost/numeric/interval/hw_rounding.hpp>
#include <boost/numeric/interval/rounded_arith.hpp>

#include <cmath>
#include <limits>

#include "num/interval.hpp"

namespace crossfoot::num_detail {

constexpr double inf = std::numeric_limits<double>::infinity();

// GCC does not honour the floating-point environment (no FENV_ACCESS): it folds constants and
// merges x*y computed under two rounding modes into one multiplication. Reading each operand
// through a volatile makes every operation happen after its own rounding-mode switch.
inline double opaque(double v) {
  volatile double x = v;
  return x;
}

// Boost.Interval's rounding policy; the caller's rounding mode is restored on destruction.
class outward {
 public:
  outward() = default;
  outward(const outward&) = delete;
  outward& operator=(const outward&) = delete;

  double add_down(double a, double b) { return r_.add_down(opaque(a), opaque(b)); }
  double add_up(double a, double b) { return r_.add_up(opaque(a), opaque(b)); }
  double sub_down(double a, double b) { return r_.sub_down(opaque(a), opaque(b)); }
  double sub_up(double a, double b) { return r_.sub_up(opaque(a), opaque(b)); }
  // Ends are limits, so 0 × ∞ is 0.
  double mul_down(double a, double b) {
    return (a == 0 || b == 0) ? 0.0 : r_.mul_down(opaque(a), opaque(b));
  }
  double mul_up(double a, double b) {
    return (a == 0 || b == 0) ? 0.0 : r_.mul_up(opaque(a), opaque(b));
  }
  double div_down(double a, double b) { return r_.div_down(opaque(a), opaque(b)); }
  double div_up(double a, double b) { return r_.div_up(opaque(a), opaque(b)); }

 private:
  using policy = boost::numeric::interval_lib::rounded_arith_std<double>;
  boost::numeric::interval_lib::save_state<policy> r_;
};

// One end of an interval: its value and whether the value itself is excluded.
struct end_point {
  double v;
  bool open;
};

inline end_point lower(const interval& a) {
  return {a.lo, a.lo_open};
}
inline end_point upper(const interval& a) {
  return {a.hi, a.hi_open};
}

// A value an end of a result may take: rounded down and up, and whether it is attained.
struct candidate {
  double down;
  double up;
  bool open;
};

// Intervals hold real numbers only: infinite ends are open, and a NaN end (which no operation
// here produces) is read as "unbounded" so that it can never escape into a result.
inline interval normal(const interval& a) {
  interval r = a;
  if (std::isnan(r.lo)) r.lo = -inf;
  if (std::isnan(r.hi)) r.hi = inf;
  if (std::isinf(r.lo)) r.lo_open = true;
  if (std::isinf(r.hi)) r.hi_open = true;
  return r;
}

// Builds a result from its ends; an empty result is always the canonical empty set.
inline interval make(end_point lo, end_point hi) {
  interval r = normal({lo.v, hi.v, lo.open, hi.open});
  return r.empty() ? interval::empty_set() : r;
}

// The smallest and largest of candidates; a value attained by any candidate is attained.
template <class Range>
interval enclose(const Range& candidates) {
  end_point lo{inf, true}, hi{-inf, true};
  for (const candidate& c : candidates) {
    if (c.down < lo.v) {
      lo = {c.down, c.open};
    } else if (c.down == lo.v) {
      lo.open = lo.open && c.open;
    }
    if (c.up > hi.v) {
      hi = {c.up, c.open};
    } else if (c.up == hi.v) {
      hi.open = hi.open && c.open;
    }
  }
  return make(lo, hi);
}

}  // namespace crossfoot::num_detail
