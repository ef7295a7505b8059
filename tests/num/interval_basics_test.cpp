// Construction, membership and the measures of an interval.
#include <gtest/gtest.h>

#include "num/interval.hpp"
#include "num_test_support.hpp"

namespace crossfoot {
namespace {

using namespace num_test;

TEST(IntervalBasics, PointClosedEntireEmpty) {
  EXPECT_EQ(interval::point(2.5), (interval{2.5, 2.5, false, false}));
  EXPECT_EQ(interval::closed(1, 2), (interval{1, 2, false, false}));
  interval all = interval::entire();
  EXPECT_EQ(all.lo, -inf);
  EXPECT_EQ(all.hi, inf);
  EXPECT_TRUE(all.lo_open && all.hi_open);
  EXPECT_FALSE(all.empty());
  EXPECT_FALSE(all.bounded());
  // "empty_set(); // lo > hi"
  interval none = interval::empty_set();
  EXPECT_GT(none.lo, none.hi);
  EXPECT_TRUE(none.empty());
}

TEST(IntervalBasics, EmptinessRespectsOpenEnds) {
  EXPECT_FALSE(point(5).empty());
  EXPECT_TRUE(open_closed(5, 5).empty());
  EXPECT_TRUE(closed_open(5, 5).empty());
  EXPECT_TRUE(open(5, 5).empty());
  EXPECT_TRUE(closed(3, 2).empty());
  EXPECT_FALSE(open(2, 3).empty());
  // Ends are limits of real numbers: nothing lies at or beyond +inf.
  EXPECT_TRUE((interval{inf, inf, false, false}).empty());
  EXPECT_TRUE((interval{-inf, -inf, false, false}).empty());
}

TEST(IntervalBasics, ContainsRespectsOpenEnds) {
  // "Ends can be open ("more than 5" excludes 5)"
  interval more_than_5 = open(5, inf);
  EXPECT_FALSE(more_than_5.contains(5));
  EXPECT_TRUE(more_than_5.contains(5.000001));
  EXPECT_TRUE(more_than_5.contains(1e308));
  interval at_least_5 = closed_open(5, inf);
  EXPECT_TRUE(at_least_5.contains(5));
  EXPECT_FALSE(at_least_5.contains(4.999999));
  interval at_most_3 = open_closed(-inf, 3);
  EXPECT_TRUE(at_most_3.contains(3));
  EXPECT_FALSE(at_most_3.contains(3.0000001));
  EXPECT_FALSE(open(-inf, 3).contains(3));
  EXPECT_TRUE(closed(2.75, 2.85).contains(2.75));
  EXPECT_TRUE(closed(2.75, 2.85).contains(2.85));
  EXPECT_FALSE(closed(2.75, 2.85).contains(2.86));
}

TEST(IntervalBasics, ContainsHoldsRealNumbersOnly) {
  EXPECT_FALSE(interval::entire().contains(inf));
  EXPECT_FALSE(interval::entire().contains(-inf));
  EXPECT_FALSE(interval::entire().contains(nan));
  EXPECT_FALSE((interval{5, inf, false, false}).contains(inf));  // a closed infinite end
  EXPECT_FALSE(interval::empty_set().contains(0.5));
  EXPECT_FALSE(interval::empty_set().contains(1));
  EXPECT_FALSE(interval::empty_set().contains(0));
}

TEST(IntervalBasics, ContainsZero) {
  EXPECT_TRUE(closed(-1, 1).contains_zero());
  EXPECT_TRUE(closed(0, 1).contains_zero());
  EXPECT_FALSE(open_closed(0, 1).contains_zero());
  EXPECT_FALSE(closed_open(-1, 0).contains_zero());
  EXPECT_FALSE(closed(1, 2).contains_zero());
}

TEST(IntervalBasics, Bounded) {
  EXPECT_TRUE(closed(-1e308, 1e308).bounded());
  EXPECT_FALSE(open(5, inf).bounded());
  EXPECT_FALSE(open(-inf, 5).bounded());
}

TEST(IntervalBasics, MidIsAlwaysANumber) {
  EXPECT_EQ(closed(2, 4).mid(), 3);
  // Halving first keeps the midpoint of huge ends finite.
  EXPECT_EQ(closed(1e308, 1.6e308).mid(), 1.3e308);
  EXPECT_EQ(interval::entire().mid(), 0);
  EXPECT_EQ(open(5, inf).mid(), 5);
  EXPECT_EQ(open(-inf, -2).mid(), -2);
  EXPECT_EQ(interval::empty_set().mid(), 0);
  EXPECT_EQ((interval{nan, nan, false, false}).mid(), 0);
}

TEST(IntervalBasics, WidthIsRoundedUp) {
  EXPECT_EQ(closed(1, 3).width(), 2);
  EXPECT_EQ(point(7).width(), 0);
  EXPECT_EQ(interval::empty_set().width(), 0);
  EXPECT_EQ(open(5, inf).width(), inf);
  // 0.3 - 0.1 is not a double: the width must not be smaller than the exact difference.
  double w = closed(0.1, 0.3).width();
  EXPECT_LE(exact_sign(op::sub, 0.3, 0.1, w), 0);
  EXPECT_EQ(closed(-1e308, 1e308).width(), inf);  // overflow rounds up, never to a finite lie
}

TEST(IntervalBasics, EqualityComparesEndsAndOpenness) {
  EXPECT_EQ(closed(1, 2), closed(1, 2));
  EXPECT_NE(closed(1, 2), open_closed(1, 2));
  EXPECT_NE(closed(1, 2), closed(1, 3));
}

}  // namespace
}  // namespace crossfoot
