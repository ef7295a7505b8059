#pragma once
// Shared helpers for the interval tests: interval shorthands and exact comparisons of the
// results of a floating-point operation against a bound.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "num/interval.hpp"

namespace crossfoot::num_test {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

inline interval closed(double lo, double hi) {
  return interval::closed(lo, hi);
}
inline interval open(double lo, double hi) {
  return {lo, hi, true, true};
}
inline interval open_closed(double lo, double hi) {
  return {lo, hi, true, false};
}
inline interval closed_open(double lo, double hi) {
  return {lo, hi, false, true};
}
inline interval point(double v) {
  return interval::point(v);
}

enum class op { add, sub, mul, div };

inline int sign_of(double v) {
  return (v > 0) - (v < 0);
}

// The sign of (x op y) - b, where x op y is the exact real result, for finite x, y (y != 0
// for div) and a bound b that may be infinite. Round-to-nearest gives the exact error of
// each operation (two-sum, fma), and when the rounded result differs from b, the error is
// too small to change the sign.
inline int exact_sign(op o, double x, double y, double b) {
  double r = 0, err = 0;
  switch (o) {
    case op::add:
    case op::sub: {
      double yy = o == op::add ? y : -y;
      r = x + yy;
      double v = r - x;
      err = (x - (r - v)) + (yy - v);  // Knuth's two-sum
      break;
    }
    case op::mul:
      r = x * y;
      err = std::fma(x, y, -r);
      break;
    case op::div:
      r = x / y;
      err = std::fma(-r, y, x) * sign_of(y);  // x - r·y, signed as the quotient's error
      break;
  }
  if (std::isinf(r)) {
    // The exact value is finite but beyond the largest double.
    return std::isinf(b) && sign_of(b) == sign_of(r) ? -sign_of(r) : sign_of(r);
  }
  if (r != b) return r > b ? 1 : -1;
  return sign_of(err);
}

// Is the exact value of x op y inside `iv`, respecting open ends?
inline bool holds_exact(const interval& iv, op o, double x, double y) {
  int above = exact_sign(o, x, y, iv.lo), below = exact_sign(o, x, y, iv.hi);
  bool lo_ok = above > 0 || (above == 0 && !iv.lo_open);
  bool hi_ok = below < 0 || (below == 0 && !iv.hi_open);
  return lo_ok && hi_ok;
}

// `iv` holds [lo, hi] with closed ends, and is wider by at most `ulps` steps on each side.
inline void expect_tight(const interval& iv, double lo, double hi, int ulps = 1) {
  EXPECT_LE(iv.lo, lo);
  EXPECT_GE(iv.hi, hi);
  double lo_limit = lo, hi_limit = hi;
  for (int i = 0; i < ulps; ++i) {
    lo_limit = std::nextafter(lo_limit, -inf);
    hi_limit = std::nextafter(hi_limit, inf);
  }
  EXPECT_GE(iv.lo, lo_limit) << "lower end " << iv.lo << " is looser than needed";
  EXPECT_LE(iv.hi, hi_limit) << "upper end " << iv.hi << " is looser than needed";
}

}  // namespace crossfoot::num_test
