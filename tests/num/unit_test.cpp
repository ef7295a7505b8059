// Dimensions, unit names and factors.
#include <gtest/gtest.h>

#include "num/unit.hpp"

namespace crossfoot {
namespace {

// "a level has a dimension (a currency, or a counted thing) and a scale; % and pp are
// dimensionless"
TEST(Dimension, OfABaseAndDimensionless) {
  EXPECT_TRUE(dimension().dimensionless());
  EXPECT_TRUE(dimension::of("").dimensionless());
  EXPECT_FALSE(dimension::of("RMB").dimensionless());
  EXPECT_EQ(dimension::of("RMB").to_string(), "RMB");
  EXPECT_EQ(dimension::of("vehicle").to_string(), "vehicle");
  EXPECT_EQ(dimension().to_string(), "1");
  EXPECT_EQ(dimension::of("RMB"), dimension::of("RMB"));
  EXPECT_NE(dimension::of("RMB"), dimension::of("USD"));
  EXPECT_NE(dimension::of("RMB"), dimension());
}

// "Division of like dimensions gives a dimensionless ratio that compares with a %."
TEST(Dimension, LikeDimensionsCancel) {
  dimension rmb = dimension::of("RMB"), vehicle = dimension::of("vehicle");
  EXPECT_TRUE((rmb / rmb).dimensionless());
  EXPECT_EQ(rmb / rmb, dimension());
  EXPECT_EQ((rmb * vehicle) / vehicle, rmb);
  EXPECT_EQ(rmb * dimension(), rmb);
  EXPECT_EQ(rmb.power(0), dimension());
}

TEST(Dimension, PowersAreSortedSoEqualDimensionsCompareEqual) {
  dimension rmb = dimension::of("RMB"), ton = dimension::of("ton"), teu = dimension::of("TEU");
  EXPECT_EQ(rmb * ton, ton * rmb);
  EXPECT_EQ((rmb * ton) * teu, teu * (ton * rmb));
  EXPECT_EQ((rmb / ton) * (ton / rmb), dimension());
  EXPECT_EQ(rmb.power(2), rmb * rmb);
  EXPECT_EQ(rmb.power(-1), dimension() / rmb);
  EXPECT_EQ((rmb / ton).power(2), (rmb * rmb) / (ton * ton));
  EXPECT_EQ((rmb * rmb).power(-1).power(-1), rmb * rmb);
}

TEST(Dimension, ToStringWritesNumeratorOverDenominator) {
  dimension rmb = dimension::of("RMB"), vehicle = dimension::of("vehicle");
  EXPECT_EQ((rmb / vehicle).to_string(), "RMB/vehicle");
  EXPECT_EQ((rmb * rmb).to_string(), "RMB^2");
  EXPECT_EQ((dimension() / vehicle).to_string(), "1/vehicle");
  EXPECT_EQ((vehicle * rmb).to_string(), "RMB·vehicle");
  EXPECT_EQ((rmb / (vehicle * dimension::of("ton"))).to_string(), "RMB/(ton·vehicle)");
  EXPECT_EQ((rmb / vehicle.power(2)).to_string(), "RMB/vehicle^2");
}

TEST(Unit, Names) {
  EXPECT_EQ(unit::level("RMB", 12, "trillion").name(), "RMB trillion");
  EXPECT_EQ(unit::level("USD", 9, "billion").name(), "USD billion");
  EXPECT_EQ(unit::level("vehicle", 6, "million").name(), "million vehicle");
  EXPECT_EQ(unit::level("vehicle", 0, "").name(), "vehicle");
  EXPECT_EQ(unit::level("RMB", 0, "").name(), "RMB");
  // A bare scaled count: "3 million".
  EXPECT_EQ((unit{dimension{}, unit_style::level, 6, "million"}).name(), "million");
  EXPECT_EQ(unit::percent().name(), "%");
  EXPECT_EQ(unit::points().name(), "pp");
  EXPECT_EQ(unit::number().name(), "");
}

TEST(Unit, LevelCarriesItsDimensionAndScale) {
  unit u = unit::level("RMB", 12, "trillion");
  EXPECT_EQ(u.dim, dimension::of("RMB"));
  EXPECT_EQ(u.style, unit_style::level);
  EXPECT_EQ(u.scale_exp, 12);
  EXPECT_EQ(u.scale_word, "trillion");
  EXPECT_TRUE(unit::percent().dim.dimensionless());
  EXPECT_TRUE(unit::points().dim.dimensionless());
}

// "56.6% is 0.566, 1.7pp is 0.017"
TEST(Unit, FactorIsBaseUnitsPerDisplayedUnit) {
  EXPECT_EQ(unit::level("RMB", 12, "trillion").factor(), 1e12);
  EXPECT_EQ(unit::level("RMB", 9, "billion").factor(), 1e9);
  EXPECT_EQ(unit::level("vehicle", 6, "million").factor(), 1e6);
  EXPECT_EQ(unit::level("TEU", 3, "thousand").factor(), 1e3);
  EXPECT_EQ(unit::level("vehicle", 0, "").factor(), 1);
  EXPECT_EQ(unit::percent().factor(), 0.01);
  EXPECT_EQ(unit::points().factor(), 0.01);
  EXPECT_EQ(unit::number().factor(), 1);
}

TEST(Unit, KnowsCurrencies) {
  for (const char* code : {"RMB", "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF"})
    EXPECT_TRUE(is_currency(code));
  for (const char* other : {"vehicle", "TEU", "", "rmb", "CNY", "RMB/vehicle"}) {
    EXPECT_FALSE(is_currency(other)) << other;
  }
}

}  // namespace
}  // namespace crossfoot
