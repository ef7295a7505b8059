// Soundness over many intervals: every exact result of values inside the operands lies inside
// the result, open ends included, and an end that some values attain is never open.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "num/interval.hpp"
#include "num_test_support.hpp"

namespace crossfoot {
namespace {

using namespace num_test;

// Ends from a mix of exact and inexact decimals, zeros and infinities.
const double ends[] = {-inf, -7.5, -3, -1, -0.3, -0.1, 0, 0.1, 0.2, 0.3, 1, 1.05, 3, 13.47, inf};

std::vector<interval> sample_intervals() {
  std::mt19937 gen(20231231);
  std::uniform_int_distribution<int> pick(0, std::size(ends) - 1);
  std::uniform_int_distribution<int> coin(0, 1);
  std::vector<interval> out = {point(0), point(1), point(0.1), point(-3), interval::entire()};
  while (out.size() < 60) {
    double a = ends[pick(gen)], b = ends[pick(gen)];
    if (a > b) std::swap(a, b);
    interval iv{a, b, coin(gen) == 1 || std::isinf(a), coin(gen) == 1 || std::isinf(b)};
    if (!iv.empty()) out.push_back(iv);
  }
  return out;
}

// Values inside an interval: its attained ends, points just inside each end, and the middle.
std::vector<double> members(const interval& iv) {
  std::vector<double> out;
  auto inside = [&](double v) {
    if (iv.contains(v)) out.push_back(v);
  };
  inside(iv.lo);
  inside(iv.hi);
  // Next to a zero end, a tiny normal number: products of subnormals have no exact error
  // term for the checks to use.
  auto next = [](double v, double toward) {
    if (std::isinf(v)) return toward > 0 ? -1e6 : 1e6;
    return v == 0 ? std::copysign(1e-9, toward) : std::nextafter(v, toward);
  };
  inside(next(iv.lo, inf));
  inside(next(iv.hi, -inf));
  inside(std::isfinite(iv.lo) && std::isfinite(iv.hi) ? iv.lo / 2 + iv.hi / 2 : 0.5);
  inside(iv.lo + 0.25);
  inside(iv.hi - 0.25);
  return out;
}

void check_operation(op o, const char* name) {
  auto all = sample_intervals();
  for (const interval& a : all) {
    for (const interval& b : all) {
      interval r;
      switch (o) {
        case op::add:
          r = a + b;
          break;
        case op::sub:
          r = a - b;
          break;
        case op::mul:
          r = a * b;
          break;
        case op::div:
          r = a / b;
          break;
      }
      ASSERT_FALSE(std::isnan(r.lo) || std::isnan(r.hi)) << to_string(a) << name << to_string(b);
      for (double x : members(a)) {
        for (double y : members(b)) {
          if (o == op::div && y == 0) continue;
          EXPECT_TRUE(holds_exact(r, o, x, y)) << to_string(a) << name << to_string(b) << " = "
                                               << to_string(r, 17) << " misses " << x << name << y;
        }
      }
    }
  }
}

TEST(IntervalProperty, SumsAreSound) {
  check_operation(op::add, " + ");
}
TEST(IntervalProperty, DifferencesAreSound) {
  check_operation(op::sub, " - ");
}
TEST(IntervalProperty, ProductsAreSound) {
  check_operation(op::mul, " * ");
}
TEST(IntervalProperty, QuotientsAreSound) {
  check_operation(op::div, " / ");
}

TEST(IntervalProperty, OrderOperationsHoldEveryResult) {
  auto all = sample_intervals();
  for (const interval& a : all) {
    for (const interval& b : all) {
      interval lo = min(a, b), hi = max(a, b), h = hull(a, b), i = intersect(a, b);
      for (double x : members(a)) {
        EXPECT_TRUE(abs(a).contains(std::fabs(x))) << to_string(a);
        EXPECT_TRUE(h.contains(x)) << to_string(a) << " hull " << to_string(b);
        EXPECT_EQ(i.contains(x), b.contains(x)) << to_string(a) << " ∩ " << to_string(b);
        for (double y : members(b)) {
          EXPECT_TRUE(lo.contains(std::min(x, y))) << to_string(a) << " min " << to_string(b);
          EXPECT_TRUE(hi.contains(std::max(x, y))) << to_string(a) << " max " << to_string(b);
          EXPECT_LE(gap(a, b), std::fabs(x - y));
          // "`<` when lo(a) < hi(b)": a comparison can be true when a witness makes it true.
          truth lt = compare_lt(a, b), eq = compare_eq(a, b);
          EXPECT_TRUE(x < y ? lt.can_be_true : lt.can_be_false) << x << " < " << y;
          EXPECT_TRUE(x == y ? eq.can_be_true : eq.can_be_false) << x << " == " << y;
        }
      }
    }
  }
}

TEST(IntervalProperty, WholePowersAreSound) {
  for (const interval& a : sample_intervals()) {
    for (int n : {-3, -2, -1, 1, 2, 3, 5}) {
      interval r = pow(a, point(n));
      for (double x : members(a)) {
        if (n < 0 && x == 0) continue;
        long double exact = std::pow(static_cast<long double>(x), n);
        // long double holds these powers of short decimals closely enough to tell the sides.
        EXPECT_TRUE(r.lo <= exact && exact <= r.hi)
            << to_string(a) << "^" << n << " = " << to_string(r, 17) << " misses " << x;
        if (x != 0 && exact == static_cast<double>(exact) && r.lo == exact) {
          EXPECT_FALSE(r.lo_open) << to_string(a) << "^" << n;
        }
      }
    }
  }
}

TEST(IntervalProperty, FractionalPowersAreSound) {
  const interval bases[] = {closed(0, 4),  open_closed(0, 1),   closed(0.5, 2),
                            open(1.05, 3), closed_open(2, inf), point(13.47)};
  const interval exponents[] = {point(0.5),      point(-0.5),      closed(0.1, 0.3),
                                open(-1.5, 2.5), closed(-0.25, 0), point(1.0 / 3)};
  for (const interval& a : bases) {
    for (const interval& b : exponents) {
      interval r = pow(a, b);
      for (double x : members(a)) {
        for (double y : members(b)) {
          if (x == 0 && y <= 0) continue;
          long double exact = std::pow(static_cast<long double>(x), static_cast<long double>(y));
          EXPECT_TRUE(r.lo <= exact && exact <= r.hi)
              << to_string(a) << "^" << to_string(b) << " = " << to_string(r, 17) << " misses " << x
              << "^" << y;
        }
      }
    }
  }
}

}  // namespace
}  // namespace crossfoot
