#pragma once
// Numbers in cells: "2616.63", "-0.5", "1.5e3", "12,3" with a decimal comma, "1 234" with a
// thousands separator. The value is the correctly rounded double (an exact fast path for the
// usual short decimals, fast_float for the rest) and `decimals` is where the last written digit
// sits (2 for "2616.63", -2 for "1.5e3"), from which the cell's precision follows.
#include <cstdint>

#include "dataset/detail/csv.hpp"

namespace crossfoot::dataset_detail {

struct written_number {
  double value = 0;
  int decimals = 0;
};

enum class number_status { ok, empty, bad };

/// Reads the whole of [begin, end), blanks around it allowed. `empty` for an empty or blank
/// text, `bad` for anything that is not one number.
number_status parse_number(const char* begin, const char* end, const dialect& d,
                           written_number& out);

/// Half a unit in the last written digit, rounded up, as the figures path computes it:
/// 0.005 for 2 decimals, 50 for -2.
double half_unit(int decimals);

/// Whether the written number is an integer a double holds exactly (its interval is a point
/// before the precision widens it).
inline bool exact_integer(const written_number& n) {
  return n.decimals <= 0 && n.value < 9007199254740992.0 && n.value > -9007199254740992.0;
}

}  // namespace crossfoot::dataset_detail
