#include <gtest/gtest.h>

#include <limits>

#include "num/unit.hpp"

namespace crossfoot {
namespace {

TEST(Dimension, AlgebraCancelsLikeUnits) {
  dimension rmb = dimension::of("RMB"), vehicle = dimension::of("vehicle");
  // "Division of like dimensions gives a dimensionless ratio that compares with a %."
  EXPECT_TRUE((rmb / rmb).dimensionless());
  EXPECT_EQ((rmb / vehicle).to_string(), "RMB/vehicle");
  EXPECT_EQ((rmb * rmb).to_string(), "RMB^2");
  EXPECT_EQ(rmb.power(2), rmb * rmb);
  EXPECT_FALSE(rmb == vehicle);
  EXPECT_EQ(dimension().to_string(), "1");
}

TEST(Unit, NamesAndFactors) {
  EXPECT_EQ(unit::level("RMB", 12, "trillion").name(), "RMB trillion");
  EXPECT_EQ(unit::level("vehicle", 6, "million").name(), "million vehicle");
  EXPECT_EQ(unit::percent().name(), "%");
  EXPECT_EQ(unit::points().name(), "pp");
  EXPECT_EQ(unit::number().name(), "");
  EXPECT_DOUBLE_EQ(unit::level("RMB", 12, "trillion").factor(), 1e12);
  EXPECT_DOUBLE_EQ(unit::percent().factor(), 0.01);
}

TEST(Unit, FormatsIntervalsInTheirWrittenUnit) {
  auto trillion = unit::level("RMB", 12, "trillion");
  EXPECT_EQ(format_interval(interval::closed(25.525e12, 25.535e12), trillion),
            "RMB [25.525, 25.535] trillion");
  EXPECT_EQ(format_interval(interval::closed(0.0275, 0.0285), unit::percent()), "[2.75%, 2.85%]");
  EXPECT_EQ(format_interval(interval::closed(0.005, 0.007), unit::points()), "[0.5, 0.7] pp");
  EXPECT_EQ(format_interval(interval::closed(2.5e6, 3.5e6), unit::level("vehicle", 6, "million")),
            "[2.5, 3.5] million vehicle");
  double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(format_interval(interval{5e12, inf, true, true}, trillion), "RMB (5, inf) trillion");
  EXPECT_EQ(format_interval(interval::point(11.24e12), trillion), "RMB 11.24 trillion");
  EXPECT_EQ(format_value(0.473, unit::percent()), "47.3%");
}

TEST(Unit, KnowsCurrencies) {
  EXPECT_TRUE(is_currency("RMB"));
  EXPECT_TRUE(is_currency("USD"));
  EXPECT_FALSE(is_currency("vehicle"));
}

}  // namespace
}  // namespace crossfoot
