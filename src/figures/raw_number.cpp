#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/text.hpp"
#include "figures/detail/raw_number.hpp"

namespace crossfoot::figures_detail {
namespace {

bool is_based_integer(std::string_view raw) {
  return raw.size() > 2 && raw[0] == '0' && (raw[1] == 'x' || raw[1] == 'o' || raw[1] == 'b');
}

}  // namespace

std::optional<written_digits> read_digits(std::string_view raw, double value) {
  if (!std::isfinite(value)) return std::nullopt;
  written_digits out;
  if (is_based_integer(raw)) return out;

  std::string mantissa;  // digits and point, without sign and underscores
  std::string exponent;
  bool in_exponent = false;
  for (char c : raw) {
    if (c == 'e' || c == 'E') {
      in_exponent = true;
    } else if (in_exponent) {
      if (c != '_') exponent += c;
    } else if (is_ascii_digit(c) || c == '.') {
      mantissa += c;
    }
  }
  auto point = mantissa.find('.');
  int fraction = point == std::string::npos ? 0 : static_cast<int>(mantissa.size() - point - 1);
  if (in_exponent) {
    int exp = std::atoi(exponent.c_str());
    out.decimals = std::max(0, fraction - exp);
    out.half_width = 0.5 * std::pow(10.0, exp - fraction);
    return out;
  }
  out.decimals = fraction;
  out.thousands_rounded = point == std::string::npos && std::fabs(value) >= 1000 &&
                          mantissa.size() >= 3 &&
                          mantissa.compare(mantissa.size() - 3, 3, "000") == 0;
  return out;
}

}  // namespace crossfoot::figures_detail
