#include <fast_float/fast_float.h>

#include <array>
#include <cmath>
#include <string>

#include "dataset/detail/number.hpp"
#include "num/interval.hpp"

namespace crossfoot::dataset_detail {
namespace {

constexpr std::array<double, 23> powers_of_ten = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_blank(char c, const dialect& d) {
  return (c == ' ' && d.delimiter != ' ') || (c == '\t' && d.delimiter != '\t');
}

}  // namespace

number_status parse_number(const char* begin, const char* end, const dialect& d,
                           written_number& out) {
  while (begin < end && is_blank(*begin, d)) ++begin;
  while (end > begin && is_blank(end[-1], d)) --end;
  if (begin == end) return number_status::empty;
  const char* p = begin;
  bool negative = false;
  if (*p == '-' || *p == '+') {
    negative = *p == '-';
    ++p;
  } else if (end - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 &&
             static_cast<unsigned char>(p[1]) == 0x88 && static_cast<unsigned char>(p[2]) == 0x92) {
    negative = true;  // U+2212 MINUS SIGN
    p += 3;
  }
  std::uint64_t mantissa = 0;
  int digits = 0, significant = 0, dropped = 0;  // dropped: significant digits past 19
  int fraction = 0;
  auto take = [&](char c) {
    ++digits;
    if (significant == 0 && c == '0') return;
    if (significant < 19) {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
      ++significant;
    } else {
      ++dropped;
    }
  };
  // The integer part, with thousands separators only between groups of three digits.
  int group = 0;
  bool grouped = false;
  while (p < end) {
    if (is_digit(*p)) {
      take(*p++);
      ++group;
    } else if (d.thousands && *p == d.thousands && digits > 0 && p + 1 < end && is_digit(p[1])) {
      if ((grouped && group != 3) || (!grouped && group > 3)) return number_status::bad;
      grouped = true;
      group = 0;
      ++p;
    } else {
      break;
    }
  }
  if (grouped && group != 3) return number_status::bad;
  if (p < end && *p == d.decimal) {
    ++p;
    while (p < end && is_digit(*p)) {
      take(*p++);
      ++fraction;
    }
  }
  if (digits == 0) return number_status::bad;
  int exponent = 0;
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    bool exp_negative = false;
    if (p < end && (*p == '-' || *p == '+')) exp_negative = *p++ == '-';
    if (p == end || !is_digit(*p)) return number_status::bad;
    while (p < end && is_digit(*p)) {
      if (exponent < 100000) exponent = exponent * 10 + (*p - '0');
      ++p;
    }
    if (exp_negative) exponent = -exponent;
  }
  if (p != end) return number_status::bad;
  out.decimals = fraction - exponent;
  // value = mantissa x 10^e10; exact when both factors are exact doubles (Clinger's fast path).
  int e10 = exponent - fraction + dropped;
  if (dropped == 0 && mantissa <= (std::uint64_t{1} << 53) && e10 >= -22 && e10 <= 22) {
    double m = static_cast<double>(mantissa);
    double v = e10 >= 0 ? m * powers_of_ten[static_cast<std::size_t>(e10)]
                        : m / powers_of_ten[static_cast<std::size_t>(-e10)];
    out.value = negative ? -v : v;
    return number_status::ok;
  }
  // Anything longer goes to fast_float, written plainly: no separators, a point, no sign.
  std::string plain;
  plain.reserve(static_cast<std::size_t>(end - begin));
  for (const char* k = begin; k < end; ++k) {
    char c = *k;
    if (is_digit(c) || c == 'e' || c == 'E' || (c == '-' && k > begin)) {
      plain += c;
    } else if (c == d.decimal) {
      plain += '.';
    } else if (c == '+' && k > begin) {
      continue;  // an exponent's sign
    }
  }
  double v = 0;
  auto r = fast_float::from_chars(plain.data(), plain.data() + plain.size(), v);
  if (r.ec != std::errc() && r.ec != std::errc::result_out_of_range) return number_status::bad;
  if (!std::isfinite(v)) return number_status::bad;
  out.value = negative ? -v : v;
  return number_status::ok;
}

double half_unit(int decimals) {
  // The figures path's rule (quantity/precision.cpp): 0.5 / 10^decimals, rounded up.
  static const std::array<double, 64> table = [] {
    std::array<double, 64> t{};
    for (int k = 0; k < 64; ++k) {
      int dec = k - 22;
      t[static_cast<std::size_t>(k)] =
          dec >= 0 ? (interval::point(0.5) / interval::point(std::pow(10.0, dec))).hi
                   : 5 * powers_of_ten[static_cast<std::size_t>(-dec - 1)];
    }
    return t;
  }();
  if (decimals >= -22 && decimals < 42) return table[static_cast<std::size_t>(decimals + 22)];
  if (decimals < -22) return 0.5 * std::pow(10.0, -decimals);
  return (interval::point(0.5) / interval::point(std::pow(10.0, decimals))).hi;
}

}  // namespace crossfoot::dataset_detail
