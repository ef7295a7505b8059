// The four operations: outward rounding, open ends, infinities, division through zero.
#include <gtest/gtest.h>

#include <cfenv>

#include "num/interval.hpp"
#include "num_test_support.hpp"

namespace crossfoot {
namespace {

using namespace num_test;

// "Evaluate with interval arithmetic, outward-rounded (consider Boost.Interval rather than
// hand-rolled arithmetic)"
TEST(IntervalRounding, SumOfDecimalsContainsTheExactSum) {
  interval s = point(0.1) + point(0.2);
  // The exact decimal sum 0.3 lies inside, though 0.1 + 0.2 != 0.3 in doubles.
  EXPECT_LE(s.lo, 0.3);
  EXPECT_GE(s.hi, 0.3);
  EXPECT_LT(s.lo, s.hi);
  EXPECT_TRUE(holds_exact(s, op::add, 0.1, 0.2));
  expect_tight(s, 0.1 + 0.2, 0.1 + 0.2);
}

TEST(IntervalRounding, EveryOperationRoundsBothEndsOutward) {
  // One rounding mode per end: a compiler that merged the two roundings of the same operands
  // (GCC does, without care) would return a point here.
  interval p = point(0.1) * point(3);
  EXPECT_LT(p.lo, p.hi);
  EXPECT_TRUE(holds_exact(p, op::mul, 0.1, 3));
  interval q = point(1) / point(3);
  EXPECT_LT(q.lo, q.hi);
  EXPECT_TRUE(holds_exact(q, op::div, 1, 3));
  expect_tight(q, 1.0 / 3, 1.0 / 3);
  interval d = point(1) - point(0.1);
  EXPECT_LT(d.lo, d.hi);
  EXPECT_TRUE(holds_exact(d, op::sub, 1, 0.1));
}

TEST(IntervalRounding, ExactResultsStayPoints) {
  EXPECT_EQ(point(1.5) + point(2.25), point(3.75));
  EXPECT_EQ(point(1.5) * point(4), point(6));
  EXPECT_EQ(point(1) / point(4), point(0.25));
  EXPECT_EQ(closed(13.465, 13.475) - point(0), closed(13.465, 13.475));
}

TEST(IntervalRounding, CallersRoundingModeIsRestored) {
  ASSERT_EQ(std::fegetround(), FE_TONEAREST);
  (void)(point(0.1) * point(3) + point(1) / point(3));
  EXPECT_EQ(std::fegetround(), FE_TONEAREST);
  // A caller in another mode keeps it, and still gets an enclosure.
  ASSERT_EQ(std::fesetround(FE_UPWARD), 0);
  interval p = point(0.1) * point(3);
  int mode = std::fegetround();
  std::fesetround(FE_TONEAREST);
  EXPECT_EQ(mode, FE_UPWARD);
  EXPECT_TRUE(holds_exact(p, op::mul, 0.1, 3));
}

TEST(IntervalRounding, OverflowGoesToInfinityOnlyOutward) {
  interval s = point(1e308) + point(1e308);
  EXPECT_EQ(s.lo, std::numeric_limits<double>::max());
  EXPECT_EQ(s.hi, inf);
  EXPECT_TRUE(s.hi_open);
  interval p = point(1e200) * point(-1e200);
  EXPECT_EQ(p.lo, -inf);
  EXPECT_EQ(p.hi, -std::numeric_limits<double>::max());
}

// "Ends can be open ("more than 5" excludes 5): keep the distinction between open and closed
// ends through arithmetic and comparisons."
TEST(IntervalOpenEnds, SumIsOpenWhereEitherSummandIs) {
  EXPECT_EQ(open(5, inf) + point(1), open(6, inf));
  EXPECT_EQ(open_closed(1, 2) + closed(3, 4), open_closed(4, 6));
  EXPECT_EQ(closed_open(1, 2) + closed(3, 4), closed_open(4, 6));
  EXPECT_EQ(closed(1, 2) + closed(3, 4), closed(4, 6));
  EXPECT_EQ(open_closed(-inf, 3) + open_closed(-inf, 1), open_closed(-inf, 4));
}

TEST(IntervalOpenEnds, NegationAndDifferenceSwapEnds) {
  EXPECT_EQ(-open_closed(1, 2), closed_open(-2, -1));
  EXPECT_EQ(-open(5, inf), open(-inf, -5));
  // (5, ∞) - [1, 2] = (3, ∞): the smallest difference 5 - 2 is never reached.
  EXPECT_EQ(open(5, inf) - closed(1, 2), open(3, inf));
  EXPECT_EQ(closed(1, 2) - open(5, inf), open(-inf, -3));
  EXPECT_EQ(closed(4, 6) - closed_open(1, 2), open_closed(2, 5));
}

TEST(IntervalOpenEnds, ProductEndIsOpenUnlessBothFactorsAttainIt) {
  EXPECT_EQ(open_closed(1, 2) * closed(3, 4), open_closed(3, 8));
  EXPECT_EQ(closed_open(1, 2) * closed(3, 4), closed_open(3, 8));
  EXPECT_EQ(closed(-1, 1) * open(2, 3), open(-3, 3));
  // When two corners give the same end, one attained corner is enough.
  EXPECT_EQ(closed_open(-1, 1) * closed(-1, 1), closed(-1, 1));
  EXPECT_EQ(open(-1, 1) * open(-1, 1), open(-1, 1));
}

TEST(IntervalOpenEnds, ClosedZeroTimesAnythingIsAClosedZero) {
  // 0·y is 0 for every y, so a closed zero end is attained even against an open or
  // infinite end: ends are limits, 0·∞ is 0.
  interval z = closed(0, 1) * closed_open(2, inf);
  EXPECT_EQ(z, closed_open(0, inf));
  EXPECT_EQ(point(0) * interval::entire(), point(0));
  EXPECT_EQ(closed(0, 1) * open(2, 3), closed_open(0, 3));
  // An open zero stays open: (0, 1] · [2, 3] = (0, 3].
  EXPECT_EQ(open_closed(0, 1) * closed(2, 3), open_closed(0, 3));
  // (0, 1] · [1, ∞) is (0, ∞): no product reaches 0.
  EXPECT_EQ(open_closed(0, 1) * closed_open(1, inf), open(0, inf));
}

TEST(IntervalInfinities, UnboundedOperandsGiveUnboundedResults) {
  EXPECT_EQ(interval::entire() + point(1), interval::entire());
  EXPECT_EQ(interval::entire() - interval::entire(), interval::entire());
  EXPECT_EQ(open(5, inf) - open(5, inf), interval::entire());
  EXPECT_EQ(closed_open(2, inf) * closed_open(3, inf), closed_open(6, inf));
  EXPECT_EQ(closed_open(2, inf) * closed(-1, 1), interval::entire());
  EXPECT_EQ(closed_open(2, inf) * point(-1), open_closed(-inf, -2));
}

TEST(IntervalInfinities, ClosedInfiniteEndsAreReadAsOpen) {
  interval sloppy{5, inf, false, false};
  EXPECT_EQ(sloppy + point(1), closed_open(6, inf));
}

TEST(IntervalDivision, OrdinaryQuotients) {
  interval q = closed(1, 2) / closed(4, 8);
  expect_tight(q, 0.125, 0.5, 0);
  EXPECT_EQ(q, closed(0.125, 0.5));
  EXPECT_EQ(closed(-6, 3) / point(-3), closed(-1, 2));
  EXPECT_EQ(open_closed(2, 4) / closed(1, 2), open_closed(1, 4));
  interval third = closed(1, 2) / point(3);
  expect_tight(third, 1.0 / 3, 2.0 / 3);
  EXPECT_TRUE(holds_exact(third, op::div, 1, 3));
  EXPECT_TRUE(holds_exact(third, op::div, 2, 3));
}

TEST(IntervalDivision, ByUnboundedDivisors) {
  // x/y tends to 0 as y grows without reaching it.
  EXPECT_EQ(closed(1, 2) / closed_open(1, inf), open_closed(0, 2));
  EXPECT_EQ(closed_open(1, inf) / closed_open(1, inf), open(0, inf));
  EXPECT_EQ(point(0) / closed_open(1, inf), point(0));
  EXPECT_EQ(open_closed(-inf, -1) / closed_open(1, inf), open(-inf, 0));
}

// "Sound for divisors containing zero: the result is then every value the quotient can take"
TEST(IntervalDivision, ZeroAsAnOpenEndOfTheDivisor) {
  // 1 / (0, 2] is [0.5, ∞).
  interval r = point(1) / open_closed(0, 2);
  EXPECT_EQ(r, closed_open(0.5, inf));
  EXPECT_EQ(point(1) / closed_open(-2, 0), open_closed(-inf, -0.5));
  EXPECT_EQ(point(-1) / open_closed(0, 2), open_closed(-inf, -0.5));
  EXPECT_EQ(closed(1, 3) / open(0, 2), open(0.5, inf));
  // The dividend reaching zero: 0/y is 0 for every y != 0.
  EXPECT_EQ(closed(0, 1) / open_closed(0, 1), closed_open(0, inf));
  EXPECT_EQ(open_closed(0, 1) / open_closed(0, 1), open(0, inf));
  EXPECT_EQ(closed(-1, 1) / open_closed(0, 1), interval::entire());
}

TEST(IntervalDivision, ZeroInsideOrAtAClosedEndOfTheDivisor) {
  // x/0 has no value, so a closed zero divisor end adds nothing: [1, 2] / [0, 1] = [1, ∞).
  EXPECT_EQ(closed(1, 2) / closed(0, 1), closed_open(1, inf));
  EXPECT_EQ(closed(1, 2) / closed(-1, 0), open_closed(-inf, -1));
  // Zero strictly inside: the quotient takes values of both signs, without bound.
  // (-∞, -1] and [1, ∞) are joined into one interval: wider than the true set, never narrower.
  EXPECT_EQ(closed(1, 2) / closed(-1, 1), interval::entire());
  EXPECT_EQ(closed(-1, 2) / closed(-3, 4), interval::entire());
  // A zero dividend over a divisor through zero is still just zero.
  EXPECT_EQ(point(0) / closed(-1, 1), point(0));
}

TEST(IntervalDivision, ADivisorThatCanOnlyBeZeroGivesEverything) {
  EXPECT_EQ(point(1) / point(0), interval::entire());
  EXPECT_EQ(point(0) / point(0), interval::entire());
  EXPECT_EQ(interval::entire() / point(0), interval::entire());
}

TEST(IntervalDivision, NoNaNFromInfiniteEnds) {
  interval q = interval::entire() / interval::entire();
  EXPECT_FALSE(std::isnan(q.lo) || std::isnan(q.hi));
  EXPECT_EQ(q, interval::entire());
  interval r = closed_open(1, inf) / open(0, inf);
  EXPECT_EQ(r, open(0, inf));
}

TEST(IntervalEmpty, EmptyPropagatesThroughArithmetic) {
  interval e = interval::empty_set();
  interval one = point(1);
  EXPECT_TRUE((e + one).empty());
  EXPECT_TRUE((one + e).empty());
  EXPECT_TRUE((e - one).empty());
  EXPECT_TRUE((e * one).empty());
  EXPECT_TRUE((one * e).empty());
  EXPECT_TRUE((e * point(0)).empty());
  EXPECT_TRUE((e / one).empty());
  EXPECT_TRUE((one / e).empty());
  EXPECT_TRUE((-e).empty());
  // An empty set written with open ends is empty too.
  EXPECT_TRUE((open(3, 3) + one).empty());
  EXPECT_EQ(open(3, 3) + one, interval::empty_set());
}

TEST(IntervalNaN, NaNEndsNeverEscape) {
  // No operation makes a NaN; one handed in is read as an unbounded end.
  interval weird{nan, 2, false, false};
  interval s = weird + point(1);
  EXPECT_FALSE(std::isnan(s.lo) || std::isnan(s.hi));
  EXPECT_EQ(s, open_closed(-inf, 3));
  interval p = interval{1, nan, false, false} * point(2);
  EXPECT_EQ(p, closed_open(2, inf));
}

}  // namespace
}  // namespace crossfoot
