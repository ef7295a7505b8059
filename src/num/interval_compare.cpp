// Comparisons over intervals: what a comparison can be for some choice of values inside them.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "num/detail/outward.hpp"
#include "num/interval.hpp"

namespace crossfoot {

using num_detail::normal;

namespace {

// Is x < y (strict) or x <= y possible for some x in a, y in b? Both are non-empty.
bool some_less(const interval& a, const interval& b, bool strict) {
  if (a.lo < b.hi) return true;  // points just inside both ends are ordered
  if (a.lo > b.hi) return false;
  return !strict && !a.lo_open && !b.hi_open;  // only x = y = the shared end is left
}

bool single_point(const interval& a) {
  return a.lo == a.hi;  // a non-empty interval with equal ends is closed at both
}

}  // namespace

// With an empty side there are no values to choose, so the comparison cannot be made true.
truth compare_eq(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return truth::no();
  interval x = normal(a), y = normal(b);
  bool can_true = !intersect(x, y).empty();
  bool always = single_point(x) && single_point(y) && x.lo == y.lo;
  return {can_true, !always};
}
truth compare_ne(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return truth::no();
  return logical_not(compare_eq(a, b));
}
truth compare_lt(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return truth::no();
  interval x = normal(a), y = normal(b);
  return {some_less(x, y, true), some_less(y, x, false)};
}
truth compare_le(const interval& a, const interval& b) {
  if (a.empty() || b.empty()) return truth::no();
  interval x = normal(a), y = normal(b);
  return {some_less(x, y, false), some_less(y, x, true)};
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
  if (v == 0) return "0";  // never "-0"
  return fmt::format("{:.{}g}", v, digits);
}

}  // namespace

std::string to_string(const interval& a, int significant_digits) {
  if (a.empty()) return "{}";
  // fmt rejects a negative precision, and doubles carry no more than 17 digits.
  int digits = std::clamp(significant_digits, 1, 17);
  interval x = normal(a);
  return fmt::format("{}{}, {}{}", x.lo_open ? '(' : '[', number(x.lo, digits),
                     number(x.hi, digits), x.hi_open ? ')' : ']');
}

}  // namespace crossfoot
