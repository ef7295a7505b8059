// Values and intervals shown in the unit a figure was written in.
#include <fmt/format.h>

#include <cmath>
#include <string>
#include <utility>

#include "num/detail/outward.hpp"
#include "num/unit.hpp"

namespace crossfoot {
namespace {

constexpr int display_digits = 6;

// Six significant digits hide the binary noise of base-unit conversion ("25.525", not
// "25.525000000001"); %g drops trailing zeros.
std::string shown(double v, int digits = display_digits) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0) return "0";  // never "-0"
  return fmt::format("{:.{}g}", v, digits);
}

// What goes around the number(s): a currency before, a scale word or other unit after.
struct framing {
  std::string before;
  std::string after;
  std::string suffix;  // glued to each finite number: "%"
};

framing frame_of(const unit& u) {
  if (u.style == unit_style::percent) return {"", "", "%"};
  if (u.style == unit_style::points) return {"", " pp", ""};
  std::string base = u.dim.dimensionless() ? "" : u.dim.to_string();
  if (u.style == unit_style::level && is_currency(base)) {
    return {base + " ", u.scale_word.empty() ? "" : " " + u.scale_word, ""};
  }
  std::string after = u.name();
  return {"", after.empty() ? "" : " " + after, ""};
}

std::string end_text(double v, const framing& f, int digits) {
  return shown(v, digits) + (std::isinf(v) ? "" : f.suffix);
}

}  // namespace

std::string format_value(double value, const unit& u) {
  framing f = frame_of(u);
  return f.before + end_text(value / u.factor(), f, display_digits) + f.after;
}

std::string format_interval(const interval& value, const unit& u) {
  if (value.empty()) return "(no value)";
  const interval v = num_detail::normal(value);  // infinite ends shown open
  framing f = frame_of(u);
  double lo = v.lo / u.factor(), hi = v.hi / u.factor();
  bool closed = !v.lo_open && !v.hi_open;
  std::string lo_text = end_text(lo, f, display_digits);
  std::string hi_text = end_text(hi, f, display_digits);
  // A closed interval narrower than the digits shown is one value (often a stated point that
  // outward rounding widened by an ulp). Open ends must stay distinct: show more digits.
  if (lo_text == hi_text && closed) return f.before + lo_text + f.after;
  for (int digits = display_digits + 1; lo_text == hi_text && digits <= 17; ++digits) {
    lo_text = end_text(lo, f, digits);
    hi_text = end_text(hi, f, digits);
  }
  return fmt::format("{}{}{}, {}{}{}", f.before, v.lo_open ? '(' : '[', lo_text, hi_text,
                     v.hi_open ? ')' : ']', f.after);
}

}  // namespace crossfoot
