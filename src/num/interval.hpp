#pragma once
// Outward-rounded intervals whose ends may be open or closed.
//
// Every published figure stands for an interval of true values. Arithmetic over intervals
// encloses every result the true values could give; ends are rounded outward (Boost.Interval's
// rounding policy) so floating point never shrinks an interval. Open ends ("more than 5")
// stay open through arithmetic and comparisons.
#include <string>

namespace crossfoot {

struct interval {
  double lo = 0;
  double hi = 0;
  bool lo_open = false;
  bool hi_open = false;

  static interval point(double v) { return {v, v, false, false}; }
  static interval closed(double lo, double hi) { return {lo, hi, false, false}; }
  static interval entire();
  static interval empty_set();  // lo > hi

  bool empty() const;
  bool contains(double v) const;
  bool contains_zero() const { return contains(0.0); }
  bool bounded() const;
  double mid() const;
  double width() const;

  friend bool operator==(const interval&, const interval&) = default;
};

interval operator+(const interval& a, const interval& b);
interval operator-(const interval& a, const interval& b);
interval operator*(const interval& a, const interval& b);
/// Sound for divisors containing zero: the result is then every value the quotient can take
/// (usually the whole line), never an error.
interval operator/(const interval& a, const interval& b);
interval operator-(const interval& a);

interval abs(const interval& a);
interval min(const interval& a, const interval& b);
interval max(const interval& a, const interval& b);
/// a^b for a non-negative base or an integer exponent; otherwise entire().
interval pow(const interval& a, const interval& b);

interval intersect(const interval& a, const interval& b);
interval hull(const interval& a, const interval& b);
/// Widen by `by` on each side (closed ends), e.g. for an absolute tolerance.
interval widen(const interval& a, double by);

/// The smallest |x - y| over x in a, y in b (0 when they overlap); the distance between sides.
double gap(const interval& a, const interval& b);
/// Largest |x| over x in a (infinity when unbounded).
double magnitude(const interval& a);

/// What a comparison over intervals can be: true for some choice of values, false for some.
struct truth {
  bool can_be_true = true;
  bool can_be_false = true;
  static truth yes() { return {true, false}; }
  static truth no() { return {false, true}; }
  static truth maybe() { return {true, true}; }
  friend bool operator==(const truth&, const truth&) = default;
};

truth compare_eq(const interval& a, const interval& b);
truth compare_ne(const interval& a, const interval& b);
truth compare_lt(const interval& a, const interval& b);
truth compare_le(const interval& a, const interval& b);
truth compare_gt(const interval& a, const interval& b);
truth compare_ge(const interval& a, const interval& b);
truth logical_and(truth a, truth b);
truth logical_or(truth a, truth b);
truth logical_not(truth a);

/// "[2.75, 2.85]", "(5, inf)", with ends as brackets or parentheses.
std::string to_string(const interval& a, int significant_digits = 6);

}  // namespace crossfoot
