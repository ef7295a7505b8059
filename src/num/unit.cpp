// Dimension algebra and unit names.
#include "num/unit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <vector>

namespace crossfoot {

dimension dimension::of(const std::string& base) {
  dimension d;
  if (!base.empty()) d.powers_.push_back({base, 1});
  return d;
}

namespace {

using powers = std::vector<std::pair<std::string, int>>;

// Merges two sorted power lists, `sign` = -1 dividing; equal dimensions must compare equal,
// so the result stays sorted by name and cancelled names disappear. False when a power would
// go beyond dimension::max_power (both are within it, so their sum fits an int).
bool combine(const powers& a, const powers& b, int sign, powers& out) {
  auto i = a.begin(), j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && i->first < j->first)) {
      out.push_back(*i++);
    } else if (i == a.end() || j->first < i->first) {
      out.push_back({j->first, sign * j->second});
      ++j;
    } else {
      const int p = i->second + sign * j->second;
      if (std::abs(p) > dimension::max_power) return false;
      if (p != 0) out.push_back({i->first, p});
      ++i, ++j;
    }
  }
  return true;
}

std::string factors(const powers& ps, bool numerator) {
  std::string out;
  for (const auto& [name, p] : ps) {
    if ((p > 0) != numerator) continue;
    if (!out.empty()) out += "·";
    out += name;
    if (std::abs(p) > 1) out += fmt::format("^{}", std::abs(p));
  }
  return out;
}

}  // namespace

dimension dimension::too_large() {
  dimension d;
  d.overflowed_ = true;
  return d;
}

dimension dimension::operator*(const dimension& other) const {
  dimension d;
  if (overflowed_ || other.overflowed_ || !combine(powers_, other.powers_, 1, d.powers_))
    return too_large();
  return d;
}

dimension dimension::operator/(const dimension& other) const {
  dimension d;
  if (overflowed_ || other.overflowed_ || !combine(powers_, other.powers_, -1, d.powers_))
    return too_large();
  return d;
}

dimension dimension::power(int n) const {
  if (overflowed_) return too_large();
  dimension d;
  if (n == 0) return d;
  for (const auto& [name, p] : powers_) {
    // In 64 bits: p is within max_power, n any int, so the product cannot wrap.
    const long long raised = static_cast<long long>(p) * n;
    if (raised > max_power || raised < -max_power) return too_large();
    d.powers_.push_back({name, static_cast<int>(raised)});
  }
  return d;
}

std::string dimension::to_string() const {
  if (overflowed_) return fmt::format("a unit with a power beyond {}", max_power);
  if (powers_.empty()) return "1";
  std::string num = factors(powers_, true), den = factors(powers_, false);
  if (num.empty()) num = "1";
  if (den.empty()) return num;
  bool several =
      std::count_if(powers_.begin(), powers_.end(), [](const auto& p) { return p.second < 0; }) > 1;
  return num + "/" + (several ? "(" + den + ")" : den);
}

const char* scale_name(int scale_exp) {
  switch (scale_exp) {
    case 3:
      return "thousand";
    case 5:
      return "lakh";  // India's and Bangladesh's scales (10^5, 10^7)
    case 6:
      return "million";
    case 7:
      return "crore";
    case 9:
      return "billion";
    case 12:
      return "trillion";
    case 15:
      return "quadrillion";
  }
  return "";
}

namespace {

// ISO 4217's codes (src/CMakeLists.txt writes them from Debian's iso-codes).
constexpr std::string_view iso_4217_codes[] = {
#include "iso_4217_codes.inc"
};

// Codes ISO 4217 lists that no amount in a release is written in: precious metals, bond-market
// units of account, the fund codes beside a country's currency, the testing and "no currency"
// codes. And CNY: China's releases write RMB, and the lexicon reads "CNY" as RMB.
constexpr std::string_view not_amount_currencies[] = {
    "XAG", "XAU", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "XTS",
    "XXX", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "CNY"};

}  // namespace

std::span<const std::string_view> currency_codes() {
  static const std::vector<std::string_view> codes = [] {
    std::vector<std::string_view> out{"RMB"};
    for (std::string_view code : iso_4217_codes) {
      if (std::ranges::find(not_amount_currencies, code) == std::end(not_amount_currencies))
        out.push_back(code);
    }
    // Sorted, so that is_currency, asked for every unit compared, is a binary search.
    std::ranges::sort(out);
    return out;
  }();
  return codes;
}

bool is_currency(const std::string& base) {
  return std::ranges::binary_search(currency_codes(), std::string_view(base));
}

unit unit::level(const std::string& base, int scale_exp, std::string scale_word) {
  return {dimension::of(base), unit_style::level, scale_exp, std::move(scale_word)};
}

std::string unit::name() const {
  switch (style) {
    case unit_style::percent:
      return "%";
    case unit_style::points:
      return "pp";
    case unit_style::number:
      return dim.dimensionless() ? "" : dim.to_string();
    case unit_style::level:
      break;
  }
  std::string base = dim.dimensionless() ? "" : dim.to_string();
  if (scale_word.empty()) return base;
  if (base.empty()) return scale_word;  // a bare scaled count: "3 million"
  // "RMB trillion" as a currency is written; "million vehicle" as counted things are.
  return is_currency(base) ? base + " " + scale_word : scale_word + " " + base;
}

double unit::factor() const {
  if (style == unit_style::percent || style == unit_style::points) return 0.01;
  return std::pow(10.0, scale_exp);
}

}  // namespace crossfoot
