// Dimensions, unit names and factors.
#include <gtest/gtest.h>

#include <limits>

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

// Powers stay within max_power: beyond it (a power of a power, a product of high powers) the
// result is the error value overflowed(), never a wrapped int (RMB^(64^6) once became 1/RMB).
TEST(Dimension, PowersBeyondTheLimitAreAnErrorValueNotAWrappedInt) {
  const dimension rmb = dimension::of("RMB"), ton = dimension::of("ton");
  const int most = dimension::max_power;
  EXPECT_FALSE(rmb.power(most).overflowed());
  EXPECT_FALSE(rmb.power(-most).overflowed());
  EXPECT_EQ(rmb.power(most) / rmb.power(most), dimension());
  EXPECT_TRUE(rmb.power(most + 1).overflowed());
  EXPECT_TRUE(rmb.power(most).power(most).overflowed());
  EXPECT_TRUE(rmb.power(2).power(std::numeric_limits<int>::max()).overflowed());
  EXPECT_TRUE(rmb.power(-2).power(std::numeric_limits<int>::min()).overflowed());
  EXPECT_TRUE((rmb.power(most) * rmb).overflowed());
  EXPECT_TRUE((rmb.power(most) / rmb.power(-1)).overflowed());
  EXPECT_FALSE((rmb.power(most) * ton.power(most)).overflowed());  // each name within
  // The error stays an error, and is no dimension: not dimensionless, equal to no real one.
  const dimension bad = rmb.power(most + 1);
  EXPECT_FALSE(bad.dimensionless());
  EXPECT_TRUE((bad / bad).overflowed());
  EXPECT_TRUE(bad.power(0).overflowed());
  EXPECT_TRUE((dimension() * bad).overflowed());
  EXPECT_NE(bad, dimension());
  EXPECT_NE(bad, rmb);
  EXPECT_EQ(bad.to_string(), "a unit with a power beyond 64");
  EXPECT_EQ(dimension().power(std::numeric_limits<int>::max()), dimension());
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
  for (const char* code : {"KZT", "GHS", "XOF", "XDR"}) EXPECT_TRUE(is_currency(code)) << code;
  for (const char* other : {"vehicle", "TEU", "", "rmb", "CNY", "RMB/vehicle", "XAU", "XTS"}) {
    EXPECT_FALSE(is_currency(other)) << other;
  }
}

}  // namespace
}  // namespace crossfoot
