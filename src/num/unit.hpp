#pragma once
// Units: a dimension (what is counted: a currency, vehicles, nothing for % and ratios) for
// checking, and a display form (scale word, percent) for reports. Values are always held in
// base units: RMB 13.47 trillion is 1.347e13, 56.6% is 0.566, 1.7pp is 0.017.
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "num/interval.hpp"

namespace crossfoot {

class dimension {
 public:
  dimension() = default;                         // dimensionless
  static dimension of(const std::string& base);  // "RMB", "USD", "vehicle", …

  /// The largest power a dimension holds (as the largest exponent a rule may raise a level
  /// to): a product, quotient or power that would go beyond it (RMB^64 · RMB, (RMB^64)^64)
  /// gives no dimension but this error value, which evaluation reports as the rule's error.
  static constexpr int max_power = 64;
  bool overflowed() const { return overflowed_; }

  bool dimensionless() const { return powers_.empty() && !overflowed_; }
  dimension operator*(const dimension& other) const;
  dimension operator/(const dimension& other) const;
  /// `dimension` raised to an integer power.
  dimension power(int n) const;
  friend bool operator==(const dimension&, const dimension&) = default;
  /// "RMB", "vehicle", "RMB/vehicle", "1" for dimensionless.
  std::string to_string() const;

 private:
  static dimension too_large();

  std::vector<std::pair<std::string, int>> powers_;  // sorted by name, no zero powers
  bool overflowed_ = false;                          // then powers_ is empty
};

enum class unit_style {
  number,   // a plain number or ratio
  percent,  // 56.6%
  points,   // 1.7 percentage points
  level,    // a currency or a counted thing, with a scale
};

struct unit {
  dimension dim;
  unit_style style = unit_style::number;
  int scale_exp = 0;       // 12 for trillion: the display scale of a level
  std::string scale_word;  // "trillion", "" for none

  static unit number() { return {}; }
  static unit percent() { return {dimension{}, unit_style::percent, 0, ""}; }
  static unit points() { return {dimension{}, unit_style::points, 0, ""}; }
  static unit level(const std::string& base, int scale_exp, std::string scale_word);

  /// "RMB trillion", "%", "pp", "million vehicle", "" for a plain number.
  std::string name() const;
  /// Value in base units per displayed unit: 1e12 for trillion, 0.01 for %.
  double factor() const;
};

/// "thousand", "million", "billion", "trillion", "quadrillion" for 3, 6, 9, 12, 15; "lakh"
/// and "crore" for 5 and 7; "" otherwise.
const char* scale_name(int scale_exp);

/// The currency codes crossfoot knows: "RMB" and every ISO 4217 code of money ("USD", "EUR",
/// "KZT", ...). The lexicon's currency words name some of them; the quantity grammar reads the
/// others as codes in capitals.
std::span<const std::string_view> currency_codes();
/// Is `base` one of them?
bool is_currency(const std::string& base);

/// "RMB [25.525, 25.535] trillion", "[2.75%, 2.85%]", "[2.5, 3.5] million vehicle".
std::string format_interval(const interval& value, const unit& u);
/// A single number in a unit: "RMB 11.24 trillion", "47.3%".
std::string format_value(double value, const unit& u);

}  // namespace crossfoot
