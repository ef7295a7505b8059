#include "num/unit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace crossfoot {

dimension dimension::of(const std::string& base) {
  dimension d;
  if (!base.empty()) d.powers_.push_back({base, 1});
  return d;
}

namespace {

std::vector<std::pair<std::string, int>> combine(std::vector<std::pair<std::string, int>> a,
                                                 const std::vector<std::pair<std::string, int>>& b,
                                                 int sign) {
  for (const auto& [name, p] : b) {
    auto it = std::find_if(a.begin(), a.end(), [&](const auto& x) { return x.first == name; });
    if (it == a.end()) {
      a.push_back({name, sign * p});
    } else {
      it->second += sign * p;
    }
  }
  a.erase(std::remove_if(a.begin(), a.end(), [](const auto& x) { return x.second == 0; }), a.end());
  std::sort(a.begin(), a.end());
  return a;
}

}  // namespace

dimension dimension::operator*(const dimension& other) const {
  dimension d;
  d.powers_ = combine(powers_, other.powers_, 1);
  return d;
}

dimension dimension::operator/(const dimension& other) const {
  dimension d;
  d.powers_ = combine(powers_, other.powers_, -1);
  return d;
}

dimension dimension::power(int n) const {
  dimension d;
  for (const auto& [name, p] : powers_) {
    if (p * n != 0) d.powers_.push_back({name, p * n});
  }
  return d;
}

std::string dimension::to_string() const {
  if (powers_.empty()) return "1";
  std::string num, den;
  for (const auto& [name, p] : powers_) {
    std::string& side = p > 0 ? num : den;
    if (!side.empty()) side += "·";
    side += name;
    if (std::abs(p) > 1) side += fmt::format("^{}", std::abs(p));
  }
  if (num.empty()) num = "1";
  return den.empty() ? num : num + "/" + den;
}

bool is_currency(const std::string& base) {
  static const char* const codes[] = {"RMB", "USD", "EUR", "GBP", "JPY"};
  return std::any_of(std::begin(codes), std::end(codes), [&](const char* c) { return base == c; });
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
  if (is_currency(base)) return scale_word.empty() ? base : base + " " + scale_word;
  if (scale_word.empty()) return base;
  return base.empty() ? scale_word : scale_word + " " + base;
}

double unit::factor() const {
  if (style == unit_style::percent || style == unit_style::points) return 0.01;
  return std::pow(10.0, scale_exp);
}

namespace {

std::string shown(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  // Six significant digits hide the binary noise of base-unit conversion.
  std::string s = fmt::format("{:.6g}", v);
  return s == "-0" ? "0" : s;
}

std::string suffix_of(const unit& u) {
  if (u.style == unit_style::percent) return "%";
  return "";
}

// Where the unit name goes: a currency before the number, anything else after it.
std::pair<std::string, std::string> frame(const unit& u) {
  if (u.style == unit_style::percent) return {"", ""};
  if (u.style == unit_style::points) return {"", " pp"};
  std::string base = u.dim.dimensionless() ? "" : u.dim.to_string();
  if (u.style == unit_style::level && is_currency(base)) {
    return {base + " ", u.scale_word.empty() ? "" : " " + u.scale_word};
  }
  std::string after = u.name();
  return {"", after.empty() ? "" : " " + after};
}

}  // namespace

std::string format_value(double value, const unit& u) {
  auto [before, after] = frame(u);
  return before + shown(value / u.factor()) + suffix_of(u) + after;
}

std::string format_interval(const interval& value, const unit& u) {
  if (value.empty()) return "(no value)";
  double f = u.factor();
  auto [before, after] = frame(u);
  std::string pct = suffix_of(u);
  std::string lo = shown(value.lo / f) + (std::isinf(value.lo) ? "" : pct);
  std::string hi = shown(value.hi / f) + (std::isinf(value.hi) ? "" : pct);
  if (lo == hi && !value.lo_open && !value.hi_open) return before + lo + after;
  return fmt::format("{}{}{}, {}{}{}", before, value.lo_open ? '(' : '[', lo, hi,
                     value.hi_open ? ')' : ']', after);
}

}  // namespace crossfoot
