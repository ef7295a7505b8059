// Values and intervals shown in the unit they were written in.
#include <gtest/gtest.h>

#include <limits>

#include "num/unit.hpp"

namespace crossfoot {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
const unit trillion = unit::level("RMB", 12, "trillion");
const unit million_vehicles = unit::level("vehicle", 6, "million");

// "Precision: ... "13.47" is [13.465, 13.475]; "2.8%" is [2.75%, 2.85%]; ... "3 million" is
// [2.5, 3.5] million."
TEST(FormatInterval, CurrencyBeforeScaleAfter) {
  EXPECT_EQ(format_interval(interval::closed(25.525e12, 25.535e12), trillion),
            "RMB [25.525, 25.535] trillion");
  EXPECT_EQ(format_interval(interval::closed(13.465e12, 13.475e12), trillion),
            "RMB [13.465, 13.475] trillion");
  EXPECT_EQ(format_interval(interval::closed(548.25e9, 548.35e9), unit::level("USD", 9, "billion")),
            "USD [548.25, 548.35] billion");
  EXPECT_EQ(format_interval(interval::closed(5, 6), unit::level("RMB", 0, "")), "RMB [5, 6]");
}

TEST(FormatInterval, PercentPointsAndCounts) {
  EXPECT_EQ(format_interval(interval::closed(0.0275, 0.0285), unit::percent()), "[2.75%, 2.85%]");
  EXPECT_EQ(format_interval(interval::closed(0.005, 0.007), unit::points()), "[0.5, 0.7] pp");
  EXPECT_EQ(format_interval(interval::closed(2.5e6, 3.5e6), million_vehicles),
            "[2.5, 3.5] million vehicle");
  EXPECT_EQ(format_interval(interval::closed(722.5, 723.5), unit::number()), "[722.5, 723.5]");
  EXPECT_EQ(format_interval(interval::closed(16500, 17500), unit::level("train", 0, "")),
            "[16500, 17500] train");
}

// "more than/over v → (v, ∞); less than/under v → (−∞, v); at least v → [v, ∞); at most/up to
// v → (−∞, v]."
TEST(FormatInterval, OpenAndInfiniteEnds) {
  EXPECT_EQ(format_interval(interval{5e12, inf, true, true}, trillion), "RMB (5, inf) trillion");
  EXPECT_EQ(format_interval(interval{-inf, 5e12, true, false}, trillion), "RMB (-inf, 5] trillion");
  EXPECT_EQ(format_interval(interval{3e6, inf, false, true}, million_vehicles),
            "[3, inf) million vehicle");
  EXPECT_EQ(format_interval(interval{-inf, 0.03, true, true}, unit::percent()), "(-inf, 3%)");
  EXPECT_EQ(format_interval(interval::entire(), unit::number()), "(-inf, inf)");
  // A closed infinite end handed in is shown open: no value equals infinity.
  EXPECT_EQ(format_interval(interval{1, inf, false, false}, unit::number()), "[1, inf)");
}

TEST(FormatInterval, SixSignificantDigitsWithoutNoise) {
  // 25.525e12 / 1e12 is not exactly 25.525 in doubles.
  interval sum = interval::point(13.47e12) + interval::point(12.055e12);
  EXPECT_EQ(format_interval(sum, trillion), "RMB 25.525 trillion");
  EXPECT_EQ(format_interval(interval::closed(1.0 / 3, 2.0 / 3), unit::number()),
            "[0.333333, 0.666667]");
  EXPECT_EQ(format_interval(interval::closed(-0.0, 1e12), trillion), "RMB [0, 1] trillion");
}

TEST(FormatInterval, DegenerateIntervalIsOneValue) {
  EXPECT_EQ(format_interval(interval::point(11.24e12), trillion), "RMB 11.24 trillion");
  EXPECT_EQ(format_interval(interval::point(0.473), unit::percent()), "47.3%");
  EXPECT_EQ(format_interval(interval::point(0.017), unit::points()), "1.7 pp");
  EXPECT_EQ(format_interval(interval::point(5.221e6), million_vehicles), "5.221 million vehicle");
  // An outward-rounded point (an ulp wide) still reads as the value.
  interval rounded = interval::point(0.1) + interval::point(0.2);
  ASSERT_LT(rounded.lo, rounded.hi);
  EXPECT_EQ(format_interval(rounded, unit::number()), "0.3");
}

TEST(FormatInterval, NarrowOpenIntervalShowsEnoughDigitsToDiffer) {
  EXPECT_EQ(format_interval(interval{5, 5.0000001, true, true}, unit::number()), "(5, 5.0000001)");
  EXPECT_EQ(format_interval(interval{5, 5.0000001, false, true}, unit::number()), "[5, 5.0000001)");
}

TEST(FormatInterval, EmptyHasNoValue) {
  EXPECT_EQ(format_interval(interval::empty_set(), trillion), "(no value)");
}

TEST(FormatValue, OneNumberInItsUnit) {
  EXPECT_EQ(format_value(11.24e12, trillion), "RMB 11.24 trillion");
  EXPECT_EQ(format_value(0.473, unit::percent()), "47.3%");
  EXPECT_EQ(format_value(0.566, unit::percent()), "56.6%");
  EXPECT_EQ(format_value(0.017, unit::points()), "1.7 pp");
  EXPECT_EQ(format_value(5.221e6, million_vehicles), "5.221 million vehicle");
  EXPECT_EQ(format_value(723, unit::number()), "723");
  EXPECT_EQ(format_value(-62.2e9, unit::level("USD", 9, "billion")), "USD -62.2 billion");
  EXPECT_EQ(format_value(14.29e12 - 3.05e12, trillion), "RMB 11.24 trillion");
  EXPECT_EQ(format_value(inf, trillion), "RMB inf trillion");
  EXPECT_EQ(format_value(-0.0, unit::percent()), "0%");
  EXPECT_EQ(format_value(1234567, unit::number()), "1.23457e+06");
}

}  // namespace
}  // namespace crossfoot
