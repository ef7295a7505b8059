#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "quantity/quantity.hpp"
#include "test_helpers.hpp"

namespace crossfoot {
namespace {

using testing::parse_ok;

constexpr double slack = 0.10;

interval of(std::string_view text, precision p = {}) {
  return to_interval(parse_ok(text), p, slack);
}

precision half_width(double h) {
  return {precision::kind::half_width, h};
}
precision exact() {
  return {precision::kind::exact, 0};
}

// Ends within `tolerance` plus a few ulps of rounding (outward rounding may add an ulp).
void expect_closed(const interval& r, double lo, double hi, double tolerance) {
  EXPECT_NEAR(r.lo, lo, tolerance + 1e-14 * std::fabs(lo));
  EXPECT_NEAR(r.hi, hi, tolerance + 1e-14 * std::fabs(hi));
  EXPECT_FALSE(r.lo_open);
  EXPECT_FALSE(r.hi_open);
}

TEST(ToInterval, HalfAUnitInTheLastDigit) {
  expect_closed(of("723"), 722.5, 723.5, 0);
  expect_closed(of("13.47"), 13.465, 13.475, 1e-12);
  expect_closed(of("548.30"), 548.295, 548.305, 1e-12);
  expect_closed(of("3 million"), 2.5e6, 3.5e6, 0);
}

TEST(ToInterval, ScaleGoesToBaseUnits) {
  const interval r = of("RMB 13.47 trillion");
  expect_closed(r, 1.3465e13, 1.3475e13, 1.0);
  EXPECT_TRUE(r.contains(1.3466e13));
  EXPECT_FALSE(r.contains(1.3464e13));
  EXPECT_FALSE(r.contains(1.3476e13));
}

TEST(ToInterval, PercentAndPointsAreFractions) {
  expect_closed(of("20%"), 0.195, 0.205, 1e-15);
  expect_closed(of("2.8%"), 0.0275, 0.0285, 1e-15);
  expect_closed(of("1.7pp"), 0.0165, 0.0175, 1e-15);
  expect_closed(of("\xE2\x88\x92"
                   "3.1%"),
                -0.0315, -0.0305, 1e-15);
}

TEST(ToInterval, EndsAreRoundedOutward) {
  // Neither 13.47, 0.005 nor 0.01 is a double; the interval must still contain the exact
  // decimal ends. long double (64-bit mantissa on x86-64) stands in for the exact values.
  const interval r = of("13.47");
  EXPECT_LE(static_cast<long double>(r.lo), 13.465L);
  EXPECT_GE(static_cast<long double>(r.hi), 13.475L);
  const interval p = of("56.6%");
  EXPECT_LE(static_cast<long double>(p.lo), 0.5655L);
  EXPECT_GE(static_cast<long double>(p.hi), 0.5665L);
  const interval t = of("RMB 0.1 trillion");
  EXPECT_LE(static_cast<long double>(t.lo), 0.05e12L);
  EXPECT_GE(static_cast<long double>(t.hi), 0.15e12L);
}

TEST(ToInterval, ThousandsRoundedIntegers) {
  expect_closed(of("17,000 trains"), 16500, 17500, 0);
  expect_closed(of("645,000"), 644500, 645500, 0);
  expect_closed(of("1,500"), 1499.5, 1500.5, 0);
}

TEST(ToInterval, ExplicitHalfWidthIsInWrittenUnitAndScale) {
  expect_closed(of("RMB 13.47 trillion", half_width(0.01)), 1.346e13, 1.348e13, 1.0);
  expect_closed(of("2.8%", half_width(0.1)), 0.027, 0.029, 1e-15);
  expect_closed(of("17,000", half_width(1)), 16999, 17001, 0);
}

TEST(ToInterval, ExactHasNoWidth) {
  expect_closed(of("723", exact()), 723, 723, 0);
  const interval r = of("RMB 13.47 trillion", exact());
  EXPECT_NEAR(r.lo, 1.347e13, 0.01);
  EXPECT_LE(r.hi - r.lo, 0.01);
}

TEST(ToInterval, NearlyAndAbout) {
  expect_closed(of("nearly 100"), 90, 100, 1e-12);
  expect_closed(of("about 100"), 90, 110, 1e-12);
  expect_closed(of("approximately RMB 5 trillion"), 4.5e12, 5.5e12, 1.0);
  expect_closed(to_interval(parse_ok("around 200"), {}, 0.05), 190, 210, 1e-12);
}

TEST(ToInterval, NegativeValuesKeepTheEndsOrdered) {
  expect_closed(of("nearly -100"), -100, -90, 1e-12);
  expect_closed(of("about \xE2\x88\x92"
                   "100"),
                -110, -90, 1e-12);
}

TEST(ToInterval, OneSidedQualifiers) {
  const double inf = std::numeric_limits<double>::infinity();

  const interval more = of("more than RMB 5 trillion");
  EXPECT_NEAR(more.lo, 5e12, 1.0);
  EXPECT_TRUE(more.lo_open);
  EXPECT_EQ(more.hi, inf);

  const interval less = of("less than 5");
  EXPECT_EQ(less.lo, -inf);
  EXPECT_EQ(less.hi, 5);
  EXPECT_TRUE(less.hi_open);

  const interval least = of("at least 3 million vehicles");
  EXPECT_EQ(least.lo, 3e6);
  EXPECT_FALSE(least.lo_open);
  EXPECT_EQ(least.hi, inf);

  const interval most = of("up to 3%");
  EXPECT_EQ(most.lo, -inf);
  EXPECT_NEAR(most.hi, 0.03, 1e-15);
  EXPECT_FALSE(most.hi_open);
}

TEST(ToInterval, OneSidedQualifiersIgnoreTheDigits) {
  // "more than 5" excludes 5 itself, not [4.5, 5.5].
  const interval over = of("over 5");
  EXPECT_EQ(over.lo, 5);
  EXPECT_TRUE(over.lo_open);
  EXPECT_FALSE(over.contains(5));
  EXPECT_TRUE(over.contains(5.000001));
}

}  // namespace
}  // namespace crossfoot
