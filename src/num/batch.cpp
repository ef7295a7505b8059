// Span versions of the interval operations. This file is compiled with -frounding-math: every
// loop runs with the FPU rounding upward, and a lower end is computed as the negation of an
// upper one (down(a + b) == -up(-a - b)), so no operation may be reordered, folded or contracted
// across the rounding mode. Lanes the loops cannot decide exactly go to the scalar operations,
// which set and restore their own rounding mode.
#include "num/batch.hpp"

#include <cfenv>
#include <cmath>
#include <cstring>
#include <limits>
#if defined(__x86_64__)
#include <xmmintrin.h>
#endif

namespace crossfoot::batch {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// Rounds upward for the lifetime of the object, then restores the caller's mode.
#if defined(__x86_64__)
// On x86-64 doubles are computed in SSE registers, so the SSE control register (MXCSR) is the
// whole rounding mode these loops use. fesetround also rewrites the x87 control word, which
// made the mode switches alone 5% of a records check's CPU (its batches are short).
class upward {
 public:
  upward() : saved_(_mm_getcsr()) { _mm_setcsr((saved_ & ~round_mask) | round_up); }
  ~upward() { _mm_setcsr(saved_); }
  upward(const upward&) = delete;
  upward& operator=(const upward&) = delete;

 private:
  static constexpr unsigned round_mask = _MM_ROUND_MASK, round_up = _MM_ROUND_UP;
  unsigned saved_;
};
#else
class upward {
 public:
  upward() : saved_(std::fegetround()) { std::fesetround(FE_UPWARD); }
  ~upward() { std::fesetround(saved_); }
  upward(const upward&) = delete;
  upward& operator=(const upward&) = delete;

 private:
  int saved_;
};
#endif

// Ends are limits: 0 times anything (infinity included) is 0, as in num_detail::outward.
inline double mul_up(double x, double y) {
  return (x == 0 || y == 0) ? 0.0 : x * y;
}
inline double mul_down(double x, double y) {
  return (x == 0 || y == 0) ? 0.0 : -((-x) * y);
}

inline double min4(double a, double b, double c, double d) {
  double x = a < b ? a : b, y = c < d ? c : d;
  return x < y ? x : y;
}
inline double max4(double a, double b, double c, double d) {
  double x = a > b ? a : b, y = c > d ? c : d;
  return x > y ? x : y;
}

// The scalar operation on lane i, for the lanes a loop leaves to it.
template <class F>
void scalar2(std::size_t i, const_lanes a, const_lanes b, lanes out, F f) {
  set(out, i, f(get(a, i), get(b, i)));
}

}  // namespace

interval get(const_lanes x, std::size_t i) {
  return {x.lo[i], x.hi[i], std::isinf(x.lo[i]) || (x.open[i] & lo_open) != 0,
          std::isinf(x.hi[i]) || (x.open[i] & hi_open) != 0};
}

void set(lanes x, std::size_t i, const interval& v) {
  x.lo[i] = v.lo;
  x.hi[i] = v.hi;
  x.open[i] = static_cast<std::uint8_t>((v.lo_open && std::isfinite(v.lo) ? lo_open : 0) |
                                        (v.hi_open && std::isfinite(v.hi) ? hi_open : 0));
}

void fill(std::size_t n, const interval& v, lanes out) {
  for (std::size_t i = 0; i < n; ++i) set(out, i, v);
}

void add(std::size_t n, const_lanes a, const_lanes b, lanes out) {
  upward up;
  for (std::size_t i = 0; i < n; ++i) {
    out.hi[i] = a.hi[i] + b.hi[i];
    out.lo[i] = -((-a.lo[i]) - b.lo[i]);
    out.open[i] = a.open[i] | b.open[i];
  }
  // An open end stays open, and a sum reaching infinity is open anyway: no lane needs fixing.
  for (std::size_t i = 0; i < n; ++i) {
    if (out.open[i]) set(out, i, get(out, i));
  }
}

void add_into_groups(std::size_t n, const_lanes a, const std::uint32_t* group, std::uint8_t* use,
                     double* lo, double* hi) {
  upward up;
  for (std::size_t i = 0; i < n; ++i) {
    if (!use[i] || a.open[i] || !std::isfinite(a.lo[i]) || !std::isfinite(a.hi[i])) continue;
    const std::uint32_t g = group[i];
    hi[g] = hi[g] + a.hi[i];
    lo[g] = -((-lo[g]) - a.lo[i]);
    use[i] = 0;
  }
}

void neg(std::size_t n, const_lanes a, lanes out) {
  for (std::size_t i = 0; i < n; ++i) {
    double lo = a.lo[i];
    out.lo[i] = -a.hi[i];
    out.hi[i] = -lo;
    std::uint8_t o = a.open[i];
    out.open[i] =
        static_cast<std::uint8_t>(((o & lo_open) ? hi_open : 0) | ((o & hi_open) ? lo_open : 0));
  }
}

void sub(std::size_t n, const_lanes a, const_lanes b, lanes out) {
  upward up;
  for (std::size_t i = 0; i < n; ++i) {
    // a - b = a + (-b): the upper end pairs a's upper with b's lower.
    out.hi[i] = a.hi[i] - b.lo[i];
    out.lo[i] = -(b.hi[i] - a.lo[i]);
    std::uint8_t ob = b.open[i];
    std::uint8_t flipped =
        static_cast<std::uint8_t>(((ob & lo_open) ? hi_open : 0) | ((ob & hi_open) ? lo_open : 0));
    out.open[i] = a.open[i] | flipped;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (out.open[i]) set(out, i, get(out, i));
  }
}

void mul(std::size_t n, const_lanes a, const_lanes b, lanes out) {
  {
    upward up;
    for (std::size_t i = 0; i < n; ++i) {
      double al = a.lo[i], ah = a.hi[i], bl = b.lo[i], bh = b.hi[i];
      out.lo[i] = min4(mul_down(al, bl), mul_down(al, bh), mul_down(ah, bl), mul_down(ah, bh));
      out.hi[i] = max4(mul_up(al, bl), mul_up(al, bh), mul_up(ah, bl), mul_up(ah, bh));
      out.open[i] = 0;
    }
  }
  // With closed finite ends, a finite corner is attained; infinite ends are open by themselves.
  for (std::size_t i = 0; i < n; ++i) {
    if (a.open[i] | b.open[i]) scalar2(i, a, b, out, [](auto x, auto y) { return x * y; });
  }
}

void div(std::size_t n, const_lanes a, const_lanes b, lanes out) {
  {
    upward up;
    for (std::size_t i = 0; i < n; ++i) {
      double al = a.lo[i], ah = a.hi[i], bl = b.lo[i], bh = b.hi[i];
      // A finite divisor away from zero: every corner is a plain quotient (0 / y is 0).
      out.lo[i] = min4(-((-al) / bl), -((-al) / bh), -((-ah) / bl), -((-ah) / bh));
      out.hi[i] = max4(al / bl, al / bh, ah / bl, ah / bh);
      out.open[i] = 0;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    bool plain = (b.lo[i] > 0 || b.hi[i] < 0) && std::isfinite(b.lo[i]) && std::isfinite(b.hi[i]);
    if (!plain || (a.open[i] | b.open[i]))
      scalar2(i, a, b, out, [](auto x, auto y) { return x / y; });
  }
}

void pow(std::size_t n, const_lanes a, const_lanes b, lanes out) {
  for (std::size_t i = 0; i < n; ++i) {
    scalar2(i, a, b, out, [](auto x, auto y) { return crossfoot::pow(x, y); });
  }
}

void abs(std::size_t n, const_lanes a, lanes out) {
  for (std::size_t i = 0; i < n; ++i) {
    double lo = a.lo[i], hi = a.hi[i];
    if (a.open[i]) {
      set(out, i, crossfoot::abs(get(a, i)));
    } else if (lo >= 0) {
      out.lo[i] = lo, out.hi[i] = hi, out.open[i] = 0;
    } else if (hi <= 0) {
      out.lo[i] = -hi, out.hi[i] = -lo, out.open[i] = 0;
    } else {
      out.lo[i] = 0, out.hi[i] = -lo > hi ? -lo : hi, out.open[i] = 0;
    }
  }
}

void min(std::size_t n, const_lanes a, const_lanes b, lanes out) {
  for (std::size_t i = 0; i < n; ++i) {
    if (a.open[i] | b.open[i]) {
      scalar2(i, a, b, out, [](auto x, auto y) { return crossfoot::min(x, y); });
      continue;
    }
    out.lo[i] = a.lo[i] < b.lo[i] ? a.lo[i] : b.lo[i];
    out.hi[i] = a.hi[i] < b.hi[i] ? a.hi[i] : b.hi[i];
    out.open[i] = 0;
  }
}

void max(std::size_t n, const_lanes a, const_lanes b, lanes out) {
  for (std::size_t i = 0; i < n; ++i) {
    if (a.open[i] | b.open[i]) {
      scalar2(i, a, b, out, [](auto x, auto y) { return crossfoot::max(x, y); });
      continue;
    }
    out.lo[i] = a.lo[i] > b.lo[i] ? a.lo[i] : b.lo[i];
    out.hi[i] = a.hi[i] > b.hi[i] ? a.hi[i] : b.hi[i];
    out.open[i] = 0;
  }
}

namespace {

// Is x < y (strict) or x <= y possible for some x in a, y in b, all ends closed unless infinite?
// The scalar rule (interval_compare.cpp): decided by a's lower end against b's upper end.
inline bool some_less(double alo, double bhi, bool strict) {
  return alo < bhi || (!strict && alo == bhi && std::isfinite(alo));
}

truth scalar_compare(comparison c, const interval& x, const interval& y) {
  switch (c) {
    case comparison::eq:
      return compare_eq(x, y);
    case comparison::ne:
      return compare_ne(x, y);
    case comparison::lt:
      return compare_lt(x, y);
    case comparison::le:
      return compare_le(x, y);
    case comparison::gt:
      return compare_gt(x, y);
    case comparison::ge:
      return compare_ge(x, y);
  }
  return truth::maybe();
}

std::uint8_t closed_compare(comparison c, double al, double ah, double bl, double bh) {
  auto pack = [](bool t, bool f) {
    return static_cast<std::uint8_t>((t ? can_true : 0) | (f ? can_false : 0));
  };
  switch (c) {
    case comparison::eq:
    case comparison::ne: {
      bool meet = (al > bl ? al : bl) <= (ah < bh ? ah : bh);
      bool always = al == ah && bl == bh && al == bl;
      return c == comparison::eq ? pack(meet, !always) : pack(!always, meet);
    }
    case comparison::lt:
      return pack(some_less(al, bh, true), some_less(bl, ah, false));
    case comparison::le:
      return pack(some_less(al, bh, false), some_less(bl, ah, true));
    case comparison::gt:
      return pack(some_less(bl, ah, true), some_less(al, bh, false));
    case comparison::ge:
      return pack(some_less(bl, ah, false), some_less(al, bh, true));
  }
  return can_true | can_false;
}

}  // namespace

void compare(comparison c, std::size_t n, const_lanes a, const_lanes b, std::uint8_t* out) {
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = (a.open[i] | b.open[i]) ? encode(scalar_compare(c, get(a, i), get(b, i)))
                                     : closed_compare(c, a.lo[i], a.hi[i], b.lo[i], b.hi[i]);
  }
}

// std::nextafter for the common case, without the library call (a third of the time of
// turning written digits into intervals, perf on 1e6 records): one step of the bit pattern.
inline double next_toward(double v, bool up) {
  if (v == 0 || !std::isfinite(v)) return std::nextafter(v, up ? inf : -inf);
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  bits = (v > 0) == up ? bits + 1 : bits - 1;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

void written(std::size_t n, const double* value, const double* half, const std::uint8_t* integer,
             double factor, lanes out) {
  upward up;
  const bool scale_up = factor >= 1;
  const double by = scale_up ? factor : std::round(1 / factor);
  for (std::size_t i = 0; i < n; ++i) {
    double v = value[i];
    // The written number: exact when an integer below 2^53, else between its neighbours.
    double vlo = integer[i] ? v : next_toward(v, false);
    double vhi = integer[i] ? v : next_toward(v, true);
    double lo = -((-vlo) + half[i]);
    double hi = vhi + half[i];
    if (scale_up) {
      out.lo[i] = mul_down(lo, by) < mul_down(hi, by) ? mul_down(lo, by) : mul_down(hi, by);
      out.hi[i] = mul_up(lo, by) > mul_up(hi, by) ? mul_up(lo, by) : mul_up(hi, by);
    } else {
      out.lo[i] = -((-lo) / by);
      out.hi[i] = hi / by;
    }
    out.open[i] = 0;
  }
}

}  // namespace crossfoot::batch
