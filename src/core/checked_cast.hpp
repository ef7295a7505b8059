#pragma once
// Conversion between integer types for a value the caller knows fits the target (an index
// known to be non-negative, a line number, a count bounded by the input's size). The bound is
// asserted, so debug and sanitizer builds (where the tests run) catch a value that does not fit;
// where a value could really not fit (a count from user input), check it as an error instead.
#include <cassert>
#include <concepts>
#include <utility>

namespace crossfoot {

template <std::integral To, std::integral From>
constexpr To checked_cast(From value) {
  assert(std::in_range<To>(value));
  return static_cast<To>(value);
}

}  // namespace crossfoot
