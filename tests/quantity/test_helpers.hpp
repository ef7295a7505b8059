#pragma once
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "quantity/quantity.hpp"

namespace crossfoot::testing {

// Parses text that must be a valid quantity; a failure names the text and the error.
inline quantity parse_ok(std::string_view text) {
  quantity_error error;
  std::optional<quantity> q = parse_quantity(text, error);
  EXPECT_TRUE(q.has_value()) << "'" << text << "': " << error.message << " at " << error.offset;
  return q.value_or(quantity{});
}

// Parses text that must be rejected and returns the error.
inline quantity_error parse_fails(std::string_view text) {
  quantity_error error;
  EXPECT_FALSE(parse_quantity(text, error).has_value()) << "'" << text << "' was accepted";
  return error;
}

// The currency a quantity is read in, or "error: ..." when it is no quantity.
inline std::string currency_of(const std::string& text) {
  quantity_error error;
  auto q = parse_quantity(text, error);
  if (!q) return "error: " + error.message;
  return q->written_unit.dim.to_string();
}

// A level unit in a dimension with a scale: the usual expectation for currencies and counts.
inline void expect_level(const unit& u, const std::string& dim, int scale_exp,
                         const std::string& scale_word) {
  EXPECT_EQ(u.style, unit_style::level);
  EXPECT_EQ(u.dim, dimension::of(dim)) << u.dim.to_string() << " != " << dim;
  EXPECT_EQ(u.scale_exp, scale_exp);
  EXPECT_EQ(u.scale_word, scale_word);
}

}  // namespace crossfoot::testing
