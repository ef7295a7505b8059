// From a published quantity to the interval of true values it stands for.
#include <cmath>
#include <limits>

#include "quantity/quantity.hpp"

namespace crossfoot {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// The written decimal as an interval: "13.47" has no exact double, so it is bracketed by
// the doubles around it; integers below 2^53 are exact.
interval written_number(const quantity& q) {
  const double v = q.number;
  if (q.decimals == 0 && std::fabs(v) < 9007199254740992.0) return interval::point(v);
  return interval::closed(std::nextafter(v, -inf), std::nextafter(v, inf));
}

// Half a unit in the last written digit, rounded up so the interval never shrinks:
// 0.005 has no exact double, so it is computed as an outward-rounded quotient.
double half_width(const quantity& q, const precision& p) {
  switch (p.how) {
    case precision::kind::exact:
      return 0;
    case precision::kind::half_width:
      return std::fabs(p.half_width);
    case precision::kind::from_digits:
      break;
  }
  if (q.thousands_rounded) return 500;
  const interval half = interval::point(0.5) / interval::point(std::pow(10.0, q.decimals));
  return half.hi;
}

// Written units to base units. Scales up to 1e22 are exact doubles, but 0.01 (for % and pp)
// is not: dividing by 100 keeps the exact ratio inside the result.
interval to_base(const interval& written, const unit& u) {
  const double factor = u.factor();
  if (factor >= 1) return written * interval::point(factor);
  return written / interval::point(std::round(1 / factor));
}

}  // namespace

interval to_interval(const quantity& q, const precision& p, double slack) {
  const interval value = to_base(written_number(q), q.written_unit);
  const interval one = interval::point(1);
  const interval s = interval::point(slack);
  switch (q.qual) {
    case qualifier::none: {
      const double h = half_width(q, p);
      return to_base(written_number(q) + interval::closed(-h, h), q.written_unit);
    }
    // hull() keeps the ends ordered when v is negative.
    case qualifier::nearly:
      return hull(value * (one - s), value);
    case qualifier::about:
      return hull(value * (one - s), value * (one + s));
    case qualifier::more_than:
      return {value.lo, inf, true, true};
    case qualifier::less_than:
      return {-inf, value.hi, true, true};
    case qualifier::at_least:
      return {value.lo, inf, false, true};
    case qualifier::at_most:
      return {-inf, value.hi, true, false};
  }
  return interval::entire();
}

}  // namespace crossfoot
