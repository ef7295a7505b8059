// "Rs" without its point is the rupee's sign (the lexicon's currency_before), and reading it
// leaves the codes it begins alone: "RSD 5 million" is Serbian dinars, not "INRRSD".
#include <gtest/gtest.h>

#include "quantity/quantity.hpp"
#include "test_helpers.hpp"

namespace crossfoot {
namespace {

using testing::expect_level;
using testing::parse_ok;

TEST(RupeeSign, WithOrWithoutItsPoint) {
  expect_level(parse_ok("Rs 5 million").written_unit, "INR", 6, "million");
  expect_level(parse_ok("Rs. 5 million").written_unit, "INR", 6, "million");
  expect_level(parse_ok("Rs 1,254,813 million").written_unit, "INR", 6, "million");
}

TEST(RupeeSign, CodesItBeginsStayTheirOwn) {
  expect_level(parse_ok("RSD 5 million").written_unit, "RSD", 6, "million");
  expect_level(parse_ok("RMB 5 million").written_unit, "RMB", 6, "million");
  expect_level(parse_ok("RM 5 million").written_unit, "MYR", 6, "million");
}

}  // namespace
}  // namespace crossfoot
