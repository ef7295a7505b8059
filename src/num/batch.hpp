#pragma once
// Interval operations over spans: the same operations as num/interval.hpp, applied to many
// intervals at once, for datasets (one lane per row). Results are bit for bit those of the scalar
// operations: the rounding mode is switched once per call instead of once per operation, and any
// lane the fast loop cannot decide exactly (an open finite end, a divisor reaching zero or
// infinity, a power) is handed to the scalar operation.
//
// A lane is lo[i], hi[i] and open[i]: bit 0 set when a finite lower end is excluded, bit 1 the
// same for the upper end. Infinite ends are always open, as `interval` keeps them. Lanes are
// never empty: these operations make none from non-empty operands.
#include <cstddef>
#include <cstdint>

#include "num/interval.hpp"

namespace crossfoot::batch {

inline constexpr std::uint8_t lo_open = 1;
inline constexpr std::uint8_t hi_open = 2;

struct lanes {
  double* lo;
  double* hi;
  std::uint8_t* open;
};

struct const_lanes {
  const double* lo;
  const double* hi;
  const std::uint8_t* open;
  const_lanes(const double* l, const double* h, const std::uint8_t* o) : lo(l), hi(h), open(o) {}
  const_lanes(const lanes& x) : lo(x.lo), hi(x.hi), open(x.open) {}  // NOLINT: a view
};

/// Lane i as an interval, and back.
interval get(const_lanes x, std::size_t i);
void set(lanes x, std::size_t i, const interval& v);
/// Every lane the same interval.
void fill(std::size_t n, const interval& v, lanes out);

void add(std::size_t n, const_lanes a, const_lanes b, lanes out);
/// Sums lanes into groups: lane i, when use[i] and both its ends are closed and finite, is
/// added (outward, as `add`) into [lo[group[i]], hi[group[i]]], and use[i] is cleared; the
/// lanes left with use[i] set are the caller's to add with the scalar operations.
void add_into_groups(std::size_t n, const_lanes a, const std::uint32_t* group, std::uint8_t* use,
                     double* lo, double* hi);
void sub(std::size_t n, const_lanes a, const_lanes b, lanes out);
void mul(std::size_t n, const_lanes a, const_lanes b, lanes out);
void div(std::size_t n, const_lanes a, const_lanes b, lanes out);
void pow(std::size_t n, const_lanes a, const_lanes b, lanes out);
void neg(std::size_t n, const_lanes a, lanes out);
void abs(std::size_t n, const_lanes a, lanes out);
void min(std::size_t n, const_lanes a, const_lanes b, lanes out);
void max(std::size_t n, const_lanes a, const_lanes b, lanes out);

/// A truth per lane: bit 0 "can be true", bit 1 "can be false" (num's `truth`).
inline constexpr std::uint8_t can_true = 1;
inline constexpr std::uint8_t can_false = 2;
inline std::uint8_t encode(truth t) {
  return static_cast<std::uint8_t>((t.can_be_true ? can_true : 0) |
                                   (t.can_be_false ? can_false : 0));
}
inline truth decode(std::uint8_t t) {
  return {(t & can_true) != 0, (t & can_false) != 0};
}

enum class comparison { eq, ne, lt, le, gt, ge };
void compare(comparison c, std::size_t n, const_lanes a, const_lanes b, std::uint8_t* out);

/// Written decimals to base units, as a published figure's interval (quantity/precision.cpp):
/// the written number (bracketed by its neighbouring doubles unless an integer), widened by
/// `half[i]` on each side, then times `factor` (a scale such as 1000) or divided by
/// round(1 / factor) when factor < 1 (per cent: 100).
void written(std::size_t n, const double* value, const double* half, const std::uint8_t* integer,
             double factor, lanes out);

}  // namespace crossfoot::batch
