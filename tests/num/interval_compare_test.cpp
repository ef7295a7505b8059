// Comparisons over intervals, three-valued logic, and printing.
#include <gtest/gtest.h>

#include "num/interval.hpp"
#include "num_test_support.hpp"

namespace crossfoot {
namespace {

using namespace num_test;

const truth yes = truth::yes(), no = truth::no(), maybe = truth::maybe();

// "`==` holds when the two sides' intervals overlap, `<` when lo(a) < hi(b), and so on."
TEST(IntervalCompare, EqualityHoldsWhenSidesOverlap) {
  EXPECT_EQ(compare_eq(closed(1, 2), closed(2, 3)), maybe);
  EXPECT_EQ(compare_eq(closed(1, 2), closed(2.5, 3)), no);
  EXPECT_EQ(compare_eq(point(1), point(1)), yes);
  EXPECT_EQ(compare_eq(point(1), point(2)), no);
  EXPECT_EQ(compare_eq(closed(1, 2), point(1.5)), maybe);
}

// "Ends can be open ("more than 5" excludes 5): keep the distinction between open and closed
// ends through arithmetic and comparisons."
TEST(IntervalCompare, EqualityRespectsOpenEnds) {
  EXPECT_EQ(compare_eq(open(5, inf), point(5)), no);
  EXPECT_EQ(compare_eq(closed_open(5, inf), point(5)), maybe);
  EXPECT_EQ(compare_eq(closed_open(1, 2), closed(2, 3)), no);
  EXPECT_EQ(compare_eq(closed(1, 2), open_closed(2, 3)), no);
}

TEST(IntervalCompare, NotEqualIsTheNegation) {
  EXPECT_EQ(compare_ne(point(1), point(1)), no);
  EXPECT_EQ(compare_ne(point(1), point(2)), yes);
  EXPECT_EQ(compare_ne(open(5, inf), point(5)), yes);
  EXPECT_EQ(compare_ne(closed(1, 2), closed(2, 3)), maybe);
}

TEST(IntervalCompare, LessThan) {
  EXPECT_EQ(compare_lt(closed(1, 2), closed(3, 4)), yes);
  EXPECT_EQ(compare_lt(closed(1, 2), closed(1.5, 3)), maybe);
  EXPECT_EQ(compare_lt(closed(2, 3), closed(1, 2)), no);
  // Touching ends: x < y needs x below the shared end, which [2, 3] cannot give.
  EXPECT_EQ(compare_lt(closed(1, 2), closed(2, 3)), maybe);
  EXPECT_EQ(compare_lt(point(2), point(2)), no);
  // [1, 2) < [2, 3]: always, since every x is below 2.
  EXPECT_EQ(compare_lt(closed_open(1, 2), closed(2, 3)), yes);
  EXPECT_EQ(compare_lt(open(5, inf), point(5)), no);
  EXPECT_EQ(compare_lt(point(5), open(5, inf)), yes);
  EXPECT_EQ(compare_lt(point(5), closed_open(5, inf)), maybe);
}

TEST(IntervalCompare, LessOrEqual) {
  EXPECT_EQ(compare_le(closed(2, 3), closed(1, 2)), maybe);
  EXPECT_EQ(compare_le(open_closed(2, 3), closed(1, 2)), no);
  EXPECT_EQ(compare_le(closed(2, 3), closed_open(1, 2)), no);
  EXPECT_EQ(compare_le(point(2), point(2)), yes);
  EXPECT_EQ(compare_le(closed(1, 2), closed(2, 3)), yes);
  EXPECT_EQ(compare_le(open(5, inf), point(5)), no);
  EXPECT_EQ(compare_le(closed_open(5, inf), point(5)), maybe);
}

TEST(IntervalCompare, GreaterIsTheMirror) {
  EXPECT_EQ(compare_gt(closed(3, 4), closed(1, 2)), yes);
  EXPECT_EQ(compare_gt(open(5, inf), point(5)), yes);
  EXPECT_EQ(compare_gt(closed_open(5, inf), point(5)), maybe);
  EXPECT_EQ(compare_ge(open(5, inf), point(5)), yes);
  EXPECT_EQ(compare_ge(point(4), open(5, inf)), no);
  EXPECT_EQ(compare_ge(point(5), closed_open(5, inf)), maybe);
}

TEST(IntervalCompare, InfiniteEnds) {
  EXPECT_EQ(compare_lt(interval::entire(), interval::entire()), maybe);
  EXPECT_EQ(compare_eq(interval::entire(), point(1e308)), maybe);
  EXPECT_EQ(compare_lt(open(-inf, 3), closed(3, 4)), yes);
  // A sloppy closed infinite end is read as open: nothing equals infinity.
  EXPECT_EQ(compare_eq(interval{5, inf, false, false}, interval{inf, inf, false, false}), no);
}

// "Meaning: a check holds when some true values, each inside its figure's interval, make it
// true." With an empty side no values exist, so no comparison can be made true.
TEST(IntervalCompare, EmptySidesCannotBeTrue) {
  interval e = interval::empty_set();
  EXPECT_EQ(compare_eq(e, point(1)), no);
  EXPECT_EQ(compare_ne(e, point(1)), no);
  EXPECT_EQ(compare_lt(point(1), e), no);
  EXPECT_EQ(compare_le(e, e), no);
  EXPECT_EQ(compare_gt(e, point(1)), no);
  EXPECT_EQ(compare_ge(point(1), e), no);
}

TEST(Truth, ThreeValuedLogic) {
  EXPECT_EQ(logical_and(yes, yes), yes);
  EXPECT_EQ(logical_and(yes, no), no);
  EXPECT_EQ(logical_and(maybe, yes), maybe);
  EXPECT_EQ(logical_and(maybe, no), no);
  EXPECT_EQ(logical_or(no, no), no);
  EXPECT_EQ(logical_or(maybe, no), maybe);
  EXPECT_EQ(logical_or(maybe, yes), yes);
  EXPECT_EQ(logical_not(yes), no);
  EXPECT_EQ(logical_not(no), yes);
  EXPECT_EQ(logical_not(maybe), maybe);
}

TEST(IntervalToString, BracketsForClosedParenthesesForOpen) {
  EXPECT_EQ(to_string(closed(2.75, 2.85)), "[2.75, 2.85]");
  EXPECT_EQ(to_string(open(5, inf)), "(5, inf)");
  EXPECT_EQ(to_string(open_closed(-inf, 3)), "(-inf, 3]");
  EXPECT_EQ(to_string(closed_open(-1.5, 0)), "[-1.5, 0)");
  EXPECT_EQ(to_string(interval::entire()), "(-inf, inf)");
  EXPECT_EQ(to_string(interval::empty_set()), "{}");
  EXPECT_EQ(to_string(open(3, 3)), "{}");
}

TEST(IntervalToString, SignificantDigitsTrimNoise) {
  EXPECT_EQ(to_string(point(0.1) + point(0.2)), "[0.3, 0.3]");
  EXPECT_EQ(to_string(closed(25.525e12, 25.535e12)), "[2.5525e+13, 2.5535e+13]");
  EXPECT_EQ(to_string(closed(1.0 / 3, 2.0 / 3), 3), "[0.333, 0.667]");
  EXPECT_EQ(to_string(closed(-0.0, 1)), "[0, 1]");
  EXPECT_EQ(to_string(point(0.1) + point(0.2), 17), "[0.29999999999999999, 0.30000000000000004]");
  // Out-of-range digit counts are clamped, never an exception.
  EXPECT_EQ(to_string(closed(2.75, 2.85), 0), "[3, 3]");
  EXPECT_EQ(to_string(closed(2.75, 2.85), -4), "[3, 3]");
  EXPECT_NO_THROW(to_string(closed(2.75, 2.85), 1000));
}

}  // namespace
}  // namespace crossfoot
