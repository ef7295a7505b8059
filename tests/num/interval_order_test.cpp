// abs, min, max, intersect, hull, widen, gap and magnitude.
#include <gtest/gtest.h>

#include "num/interval.hpp"
#include "num_test_support.hpp"

namespace crossfoot {
namespace {

using namespace num_test;

TEST(IntervalAbs, ByPosition) {
  EXPECT_EQ(abs(closed(2, 3)), closed(2, 3));
  EXPECT_EQ(abs(closed(-3, -2)), closed(2, 3));
  EXPECT_EQ(abs(closed(-3, 2)), closed(0, 3));
  EXPECT_EQ(abs(closed(-2, 3)), closed(0, 3));
  EXPECT_EQ(abs(point(0)), point(0));
}

TEST(IntervalAbs, OpenEnds) {
  EXPECT_EQ(abs(open_closed(-3, -2)), closed_open(2, 3));
  // Zero strictly inside is attained; the top comes from the farther end.
  EXPECT_EQ(abs(open_closed(-3, 2)), closed_open(0, 3));
  EXPECT_EQ(abs(closed_open(-2, 3)), closed_open(0, 3));
  // Both ends at the same distance: one closed end attains it.
  EXPECT_EQ(abs(open_closed(-3, 3)), closed(0, 3));
  EXPECT_EQ(abs(open(-3, 3)), closed_open(0, 3));
  EXPECT_EQ(abs(open_closed(0, 1)), open_closed(0, 1));
  EXPECT_EQ(abs(open(-inf, -5)), open(5, inf));
  EXPECT_EQ(abs(interval::entire()), closed_open(0, inf));
  EXPECT_TRUE(abs(interval::empty_set()).empty());
}

TEST(IntervalMinMax, Values) {
  EXPECT_EQ(min(closed(1, 5), closed(2, 3)), closed(1, 3));
  EXPECT_EQ(max(closed(1, 5), closed(2, 3)), closed(2, 5));
  EXPECT_EQ(min(closed(-inf, 0), closed(1, 2)), open_closed(-inf, 0));
  EXPECT_EQ(max(open(5, inf), point(7)), closed_open(7, inf));
}

TEST(IntervalMinMax, OpenEnds) {
  // min's bottom is reached when either operand reaches it; its top only when both do.
  EXPECT_EQ(min(open_closed(1, 5), closed(1, 3)), closed(1, 3));
  EXPECT_EQ(min(open_closed(1, 5), open_closed(1, 3)), open_closed(1, 3));
  EXPECT_EQ(min(closed(0, 3), closed_open(1, 3)), closed_open(0, 3));
  EXPECT_EQ(min(closed_open(0, 2), closed(1, 3)), closed_open(0, 2));
  // max mirrors it.
  EXPECT_EQ(max(closed(1, 5), closed_open(0, 5)), closed(1, 5));
  EXPECT_EQ(max(closed_open(1, 5), closed_open(0, 5)), closed_open(1, 5));
  EXPECT_EQ(max(open_closed(1, 5), closed(1, 3)), open_closed(1, 5));
  EXPECT_EQ(max(closed(1, 5), open_closed(2, 3)), open_closed(2, 5));
}

TEST(IntervalMinMax, EmptyPropagates) {
  EXPECT_TRUE(min(interval::empty_set(), point(1)).empty());
  EXPECT_TRUE(max(point(1), interval::empty_set()).empty());
}

// "Claims of the same figure must overlap; rules then use their intersection."
TEST(IntervalIntersect, OverlapAndOpenEnds) {
  EXPECT_EQ(intersect(closed(25.525, 25.535), closed(25.53, 26)), closed(25.53, 25.535));
  EXPECT_EQ(intersect(closed(0, 1), closed(1, 2)), point(1));
  EXPECT_TRUE(intersect(closed(0, 1), open_closed(1, 2)).empty());
  EXPECT_TRUE(intersect(closed_open(0, 1), closed(1, 2)).empty());
  EXPECT_TRUE(intersect(closed(0, 1), closed(2, 3)).empty());
  EXPECT_EQ(intersect(closed(0, 1), closed(2, 3)), interval::empty_set());
  EXPECT_EQ(intersect(open(5, inf), closed(3, 8)), open_closed(5, 8));
  EXPECT_EQ(intersect(open(5, inf), closed_open(5, inf)), open(5, inf));
  EXPECT_EQ(intersect(interval::entire(), closed(1, 2)), closed(1, 2));
  EXPECT_TRUE(intersect(interval::empty_set(), interval::entire()).empty());
}

TEST(IntervalHull, CoversBothAndKeepsAttainedEnds) {
  EXPECT_EQ(hull(closed(1, 2), closed(4, 5)), closed(1, 5));
  EXPECT_EQ(hull(open_closed(1, 2), closed(1, 3)), closed(1, 3));
  EXPECT_EQ(hull(open_closed(1, 2), open_closed(1, 3)), open_closed(1, 3));
  EXPECT_EQ(hull(closed_open(1, 3), closed(2, 3)), closed(1, 3));
  EXPECT_EQ(hull(open(5, inf), point(2)), closed_open(2, inf));
  // The empty set adds nothing.
  EXPECT_EQ(hull(interval::empty_set(), open_closed(1, 2)), open_closed(1, 2));
  EXPECT_EQ(hull(open_closed(1, 2), interval::empty_set()), open_closed(1, 2));
  EXPECT_TRUE(hull(interval::empty_set(), interval::empty_set()).empty());
}

// "`within 0.2pp` and `within 0.01 [RMB trillion]` are absolute."
TEST(IntervalWiden, AddsOnEachSideWithClosedEnds) {
  EXPECT_EQ(widen(closed(1, 2), 0.5), closed(0.5, 2.5));
  EXPECT_EQ(widen(open(1, 2), 0.5), closed(0.5, 2.5));
  EXPECT_EQ(widen(open(1, 2), 0), closed(1, 2));
  interval w = widen(point(0.1), 0.2);
  EXPECT_TRUE(holds_exact(w, op::sub, 0.1, 0.2));
  EXPECT_TRUE(holds_exact(w, op::add, 0.1, 0.2));
  EXPECT_EQ(widen(open(5, inf), 1), closed_open(4, inf));
  EXPECT_TRUE(widen(interval::empty_set(), 1).empty());
}

TEST(IntervalWiden, NeverNarrowsAndNeverMakesNaN) {
  EXPECT_EQ(widen(closed(1, 2), -0.5), closed(1, 2));
  EXPECT_EQ(widen(closed(1, 2), nan), interval::entire());
  EXPECT_EQ(widen(closed(1, 2), inf), interval::entire());
}

// "the gap (how far apart the sides are, in the unit of the figures)"
TEST(IntervalGap, DistanceBetweenSides) {
  EXPECT_EQ(gap(closed(1, 2), closed(3, 4)), 1);
  EXPECT_EQ(gap(closed(3, 4), closed(1, 2)), 1);
  EXPECT_EQ(gap(closed(1, 3), closed(2, 4)), 0);
  EXPECT_EQ(gap(closed(1, 2), closed(2, 4)), 0);
  // Open ends do not change the distance: it is an infimum.
  EXPECT_EQ(gap(closed_open(1, 2), open_closed(2, 4)), 0);
  EXPECT_EQ(gap(open(-inf, 1), open(5, inf)), 4);
  // The mislabelled total: 25.53 vs 11.24 trillion, as written intervals.
  double g = gap(closed(25.525e12, 25.535e12), closed(11.235e12, 11.245e12));
  EXPECT_NEAR(g, 14.28e12, 1e3);
}

TEST(IntervalGap, RoundedDownSoNeverOverstated) {
  // 0.3 - 0.1 exactly is just below the double nearest to 0.2.
  double g = gap(point(0.1), point(0.3));
  EXPECT_GE(exact_sign(op::sub, 0.3, 0.1, g), 0);
  EXPECT_EQ(gap(interval::empty_set(), point(1)), inf);
}

// "`within 0.1%` allows |lhs − rhs| ≤ 0.1% × max(|lhs|, |rhs|)"
TEST(IntervalMagnitude, LargestAbsoluteValue) {
  EXPECT_EQ(magnitude(closed(-5, 2)), 5);
  EXPECT_EQ(magnitude(closed(-2, 5)), 5);
  EXPECT_EQ(magnitude(open(-3, -1)), 3);
  EXPECT_EQ(magnitude(point(0)), 0);
  EXPECT_EQ(magnitude(open(5, inf)), inf);
  EXPECT_EQ(magnitude(interval::empty_set()), 0);
}

}  // namespace
}  // namespace crossfoot
