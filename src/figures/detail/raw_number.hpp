#pragma once
// The precision a TOML number carries in its written digits: toml++ gives 548.3 for both
// "548.3" and "548.30", so the digits are read again from the file's text.
#include <optional>
#include <string>
#include <string_view>

namespace crossfoot::figures_detail {

struct written_digits {
  int decimals = 0;                  // digits after the point (0 when an exponent moves them all)
  bool thousands_rounded = false;    // an integer >= 1000 ending in three or more zeros
  std::optional<double> half_width;  // set for exponent forms ("1.5e3": ±50), in the written scale
};

/// Reads the digits of a TOML number as written ("548.30", "1_000", "1.5e3", "0x1F").
/// nullopt for inf and nan, which no publication states.
std::optional<written_digits> read_digits(std::string_view raw, double value);

}  // namespace crossfoot::figures_detail
