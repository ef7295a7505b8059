// Candidate readings of a claim under the slips an editor makes: digits swapped, one digit
// off by one, a digit dropped or doubled, the wrong scale word, a lost minus sign, percent
// written for percentage points or the reverse.
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <set>

#include "core/checked_cast.hpp"
#include "eval/diagnose.hpp"

namespace crossfoot {
namespace {

struct digits {
  std::string d;          // the digits as written, without the point
  std::size_t point = 0;  // digits before the point
  std::string text() const {
    std::string whole = d.substr(0, point), frac = d.substr(point);
    return frac.empty() ? whole : whole + "." + frac;
  }
};

digits digits_of(const quantity& q) {
  std::string s = fmt::format("{:.{}f}", std::fabs(q.number), std::max(q.decimals, 0));
  digits out;
  auto dot = s.find('.');
  out.point = dot == std::string::npos ? s.size() : dot;
  if (dot != std::string::npos) s.erase(dot, 1);
  out.d = s;
  return out;
}

struct variant {
  digits value;
  std::string detail;
};

std::vector<variant> digit_variants(const digits& w) {
  std::vector<variant> out;
  const std::string& d = w.d;
  for (std::size_t i = 0; i + 1 < d.size(); ++i) {
    if (d[i] == d[i + 1]) continue;
    digits v = w;
    std::swap(v.d[i], v.d[i + 1]);
    out.push_back({v, fmt::format("digits {} and {} swapped", d[i], d[i + 1])});
  }
  for (std::size_t i = 0; i < d.size(); ++i) {
    for (int step : {-1, 1}) {
      int digit = d[i] - '0' + step;
      if (digit < 0 || digit > 9) continue;
      digits v = w;
      v.d[i] = static_cast<char>('0' + digit);
      out.push_back({v, fmt::format("{} written for {}", d[i], digit)});
    }
    if (d.size() > 1) {
      digits dropped = w;
      dropped.d.erase(i, 1);
      if (i < w.point) --dropped.point;
      if (dropped.point > 0) out.push_back({dropped, fmt::format("an extra {}", d[i])});
    }
    digits doubled = w;
    doubled.d.insert(i, 1, d[i]);
    if (i < w.point) ++doubled.point;
    out.push_back({doubled, fmt::format("a {} dropped", d[i])});
  }
  return out;
}

repaired_value reading(const claim& c, quantity q, hypothesis::kind what, std::string detail) {
  interval iv = to_interval(q, c.prec, c.slack);
  return {what, iv, format_value(q.number * q.written_unit.factor(), q.written_unit),
          std::move(detail)};
}

void scale_slips(const claim& c, std::vector<repaired_value>& out) {
  const unit& u = c.q.written_unit;
  if (u.style != unit_style::level) return;
  for (int exp : {3, 6, 9, 12}) {
    if (exp == u.scale_exp) continue;
    quantity q = c.q;
    q.written_unit.scale_exp = exp;
    q.written_unit.scale_word = scale_name(exp);
    out.push_back(reading(
        c, q, hypothesis::kind::scale_slip,
        fmt::format("{} written for {}", u.scale_word.empty() ? "no scale" : u.scale_word.c_str(),
                    scale_name(exp))));
  }
}

// Percent and percentage points confused in a change of a rate: `X.change` is in points, so a
// relative rise v written there means X * v / (1 + v) points; `X.growth` is relative, so v
// points written there mean v / (X - v).
void points_slips(const claim& c, const std::string& slot, const std::optional<interval>& parent,
                  std::vector<repaired_value>& out) {
  const unit& u = c.q.written_unit;
  if (!parent || (u.style != unit_style::percent && u.style != unit_style::points)) return;
  std::string detail =
      u.style == unit_style::percent ? "percent written for points" : "points written for percent";
  interval one = interval::point(1);
  if (slot == "change") {
    interval points = *parent * c.value / (one + c.value);
    out.push_back({hypothesis::kind::points_for_percent, points,
                   fmt::format("{:.{}f}pp", points.mid() * 100, c.q.decimals), detail});
  } else if (slot == "growth") {
    interval relative = c.value / (*parent - c.value);
    out.push_back({hypothesis::kind::points_for_percent, relative,
                   fmt::format("{:.{}f}%", relative.mid() * 100, c.q.decimals), detail});
  }
}

}  // namespace

std::vector<repaired_value> value_slips(const claim& c, const std::string& slot,
                                        const std::optional<interval>& parent) {
  std::vector<repaired_value> out;
  scale_slips(c, out);
  const unit& u = c.q.written_unit;
  bool rate = u.style == unit_style::percent || u.style == unit_style::points;
  if (rate && c.q.number != 0) {
    quantity q = c.q;
    q.number = -q.number;
    out.push_back(reading(c, q, hypothesis::kind::sign_flip, "the sign is wrong"));
  }
  // A balance written without its sign: a deficit's amount given as a surplus, or the reverse
  // (the slot says it is a balance; other levels have no sign to lose).
  if (!rate && slot == "balance" && c.q.number != 0) {
    quantity q = c.q;
    q.number = -q.number;
    out.push_back(reading(
        c, q, hypothesis::kind::sign_lost,
        c.q.number > 0 ? "a deficit written as a surplus" : "a surplus written as a deficit"));
  }
  points_slips(c, slot, parent, out);
  std::set<double> seen{std::fabs(c.q.number)};
  for (const auto& v : digit_variants(digits_of(c.q))) {
    double number = std::stod(v.value.text());
    if (number == 0 || !seen.insert(number).second) continue;
    quantity q = c.q;
    q.number = std::copysign(number, c.q.number);
    q.decimals = checked_cast<int>(v.value.d.size() - v.value.point);
    out.push_back(reading(c, q, hypothesis::kind::digit_slip, v.detail));
  }
  return out;
}

std::vector<std::string> sibling_ids(const std::string& id) {
  static constexpr std::array<const char*, 4> flows{"total", "exports", "imports", "balance"};
  auto dot = id.rfind('.');
  std::string parent = dot == std::string::npos ? "" : id.substr(0, dot + 1);
  std::string last = dot == std::string::npos ? id : id.substr(dot + 1);
  std::vector<std::string> out;
  bool is_flow = false;
  for (const char* f : flows) is_flow = is_flow || last == f;
  if (!is_flow) return out;
  for (const char* f : flows) {
    if (last != f) out.push_back(parent + f);
  }
  return out;
}

}  // namespace crossfoot
