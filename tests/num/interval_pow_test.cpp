// Powers: "`^` (power, for compound growth: `(1 + r)^10`)".
#include <gtest/gtest.h>

#include <cmath>

#include "num/interval.hpp"
#include "num_test_support.hpp"

namespace crossfoot {
namespace {

using namespace num_test;

TEST(IntervalPow, CompoundGrowthEnclosesTheExactPower) {
  interval p = pow(point(1.05), point(10));
  double near = std::pow(1.05, 10);
  EXPECT_LE(p.lo, near);
  EXPECT_GE(p.hi, near);
  EXPECT_LT(p.lo, p.hi);
  EXPECT_NEAR(p.hi - p.lo, 0, 1e-14);
  // A growth interval grows monotonically.
  interval g = pow(closed(1.045, 1.055), point(10));
  EXPECT_LE(g.lo, std::pow(1.045, 10));
  EXPECT_GE(g.hi, std::pow(1.055, 10));
  EXPECT_NEAR(g.lo, std::pow(1.045, 10), 1e-12);
  EXPECT_NEAR(g.hi, std::pow(1.055, 10), 1e-12);
}

TEST(IntervalPow, ExactWholePowers) {
  EXPECT_EQ(pow(closed(2, 3), point(2)), closed(4, 9));
  EXPECT_EQ(pow(closed(-3, -2), point(2)), closed(4, 9));
  EXPECT_EQ(pow(closed(-3, -2), point(3)), closed(-27, -8));
  EXPECT_EQ(pow(closed(-2, 3), point(3)), closed(-8, 27));
  EXPECT_EQ(pow(point(2), point(10)), point(1024));
  EXPECT_EQ(pow(point(-1), point(7)), point(-1));
}

TEST(IntervalPow, EvenPowerOfASignChangingBaseStartsAtZero) {
  EXPECT_EQ(pow(closed(-2, 3), point(2)), closed(0, 9));
  EXPECT_EQ(pow(closed(-3, 2), point(4)), closed(0, 81));
}

TEST(IntervalPow, OpenEndsFollowTheBase) {
  EXPECT_EQ(pow(open_closed(2, 3), point(2)), open_closed(4, 9));
  EXPECT_EQ(pow(open_closed(-3, -2), point(2)), closed_open(4, 9));
  EXPECT_EQ(pow(open_closed(-3, -2), point(3)), open_closed(-27, -8));
  EXPECT_EQ(pow(open(-2, 3), point(2)), closed_open(0, 9));
  EXPECT_EQ(pow(open(5, inf), point(2)), open(25, inf));
  EXPECT_EQ(pow(open(-inf, -1), point(3)), open(-inf, -1));
}

TEST(IntervalPow, ZeroExponentIsOne) {
  EXPECT_EQ(pow(closed(-2, 3), point(0)), point(1));
  EXPECT_EQ(pow(interval::entire(), point(0)), point(1));
}

TEST(IntervalPow, NegativeWholeExponents) {
  EXPECT_EQ(pow(closed(2, 4), point(-1)), closed(0.25, 0.5));
  EXPECT_EQ(pow(closed(2, 4), point(-2)), closed(0.0625, 0.25));
  EXPECT_EQ(pow(closed(-4, -2), point(-1)), closed(-0.5, -0.25));
  // Zero as an open end: (0, 2]^-1 = [0.5, ∞).
  EXPECT_EQ(pow(open_closed(0, 2), point(-1)), closed_open(0.5, inf));
  // Through zero: sound, if wide.
  interval z = pow(closed(-1, 1), point(-2));
  EXPECT_TRUE(z.contains(1) && z.contains(1e300));
  EXPECT_FALSE(std::isnan(z.lo) || std::isnan(z.hi));
  interval third = pow(point(3), point(-1));
  EXPECT_TRUE(holds_exact(third, op::div, 1, 3));
}

TEST(IntervalPow, HugeWholeExponentsDoNotLoop) {
  EXPECT_EQ(pow(point(2), point(1e300)), closed_open(std::numeric_limits<double>::max(), inf));
  interval small = pow(point(0.5), point(1e300));
  EXPECT_EQ(small.lo, 0);
  EXPECT_GT(small.hi, 0);
  EXPECT_LE(small.hi, std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(pow(point(1), point(1e300)), point(1));
  EXPECT_EQ(pow(point(-1), point(1e300)), point(1));
  EXPECT_EQ(pow(closed(2, 4), point(-1e300)).lo, 0);
  // Just below 1, a power of 2^62 is still about 1e-222; the true power of 1e300 is far
  // smaller, so the lower end must not stop at 2^62.
  double below_one = std::nextafter(1.0, 0.0);
  EXPECT_EQ(pow(point(below_one), point(1e300)).lo, 0);
  EXPECT_EQ(pow(point(-below_one), point(1e300)).lo, 0);
  EXPECT_EQ(pow(point(std::nextafter(1.0, 2.0)), point(1e300)).hi, inf);
  EXPECT_EQ(pow(point(-std::nextafter(1.0, 2.0)), point(1e300)).hi, inf);
}

TEST(IntervalPow, FractionalExponentsOfNonNegativeBases) {
  interval root = pow(closed(4, 9), point(0.5));
  expect_tight(root, 2, 3, 2);
  EXPECT_TRUE(root.contains(2) && root.contains(3));
  // 2^0.5 is irrational: the enclosure must hold the true root on both sides.
  interval r2 = pow(point(2), point(0.5));
  EXPECT_LT(r2.lo * r2.lo, 2.0);
  EXPECT_GT(r2.hi * r2.hi, 2.0);
  // An exponent interval: x^y is monotone in y for a base above 1, falling for one below.
  interval up = pow(point(4), closed(0.5, 1.5));
  expect_tight(up, 2, 8, 2);
  interval down = pow(point(0.25), closed(0.5, 1.5));
  expect_tight(down, 0.125, 0.5, 2);
  // A CAGR-style root: (1.5)^(1/10).
  interval cagr = pow(point(1.5), point(0.1));
  EXPECT_TRUE(cagr.contains(std::pow(1.5, 0.1)));
}

TEST(IntervalPow, FractionalExponentSpecialValues) {
  EXPECT_EQ(pow(closed(0, 4), point(0.5)).lo, 0);
  EXPECT_FALSE(pow(closed(0, 4), point(0.5)).lo_open);
  EXPECT_TRUE(pow(open_closed(0, 4), point(0.5)).lo_open);
  EXPECT_EQ(pow(closed(0, 1), point(-0.5)), closed_open(1, inf));
  EXPECT_EQ(pow(point(1), closed(-0.5, 0.5)), point(1));
  EXPECT_EQ(pow(closed_open(1, inf), point(0.5)).hi, inf);
  interval tiny = pow(closed(0, 1), closed(0.5, 1.5));
  EXPECT_EQ(tiny, closed(0, 1));
}

TEST(IntervalPow, NegativeBaseWithFractionalExponentIsUnknown) {
  // "a^b for a non-negative base or an integer exponent; otherwise entire()."
  EXPECT_EQ(pow(closed(-2, 3), point(0.5)), interval::entire());
  EXPECT_EQ(pow(point(-8), point(1.0 / 3)), interval::entire());
  // An exponent interval is not a whole number even when it holds some.
  EXPECT_EQ(pow(closed(-2, 3), closed(2, 3)), interval::entire());
}

TEST(IntervalPow, EmptyPropagates) {
  EXPECT_TRUE(pow(interval::empty_set(), point(2)).empty());
  EXPECT_TRUE(pow(point(2), interval::empty_set()).empty());
}

}  // namespace
}  // namespace crossfoot
