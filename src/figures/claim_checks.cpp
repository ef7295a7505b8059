#include "figures/detail/claim_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "core/period.hpp"
#include "figures/detail/codes.hpp"

namespace crossfoot::figures_detail {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The length of a space that may group thousands at s[i]: a space, a no-break space, a thin
// space or a narrow no-break space; 0 if none.
std::size_t group_space(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ') return 1;
  if (s.substr(i, 2) == "\xC2\xA0") return 2;
  if (s.substr(i, 3) == "\xE2\x80\x89" || s.substr(i, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

bool three_digits_at(std::string_view s, std::size_t i) {
  return i + 3 <= s.size() && is_digit(s[i]) && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
         (i + 3 == s.size() || !is_digit(s[i + 3]));
}

// "8,1 per cent": a comma before one or two digits that end the number is a decimal comma (a
// thousands group takes three), as the draft reader reads it.
bool decimal_comma_at(std::string_view s, std::size_t i) {
  if (i >= s.size() || s[i] != ',') return false;
  std::size_t n = 0;
  while (i + 1 + n < s.size() && is_digit(s[i + 1 + n])) ++n;
  return n >= 1 && n <= 2;
}

// A number the quote shows: its value as written and where its text ends.
struct shown_number {
  double value = 0;
  std::size_t end = 0;
};

// Reads digits with thousands groups (commas always; spaces also as a second reading, since
// "in 2023 500 firms" is two numbers) and a decimal part.
void read_number(std::string_view s, std::size_t start, std::vector<shown_number>& out) {
  auto read = [&](bool spaces) {
    std::string digits;
    std::size_t i = start;
    while (i < s.size() && is_digit(s[i])) digits += s[i++];
    while (i < s.size()) {
      std::size_t gap = s[i] == ',' ? 1 : (spaces ? group_space(s, i) : 0);
      if (gap == 0 || !three_digits_at(s, i + gap)) break;
      digits += s.substr(i + gap, 3);
      i += gap + 3;
    }
    if (i + 1 < s.size() && (s[i] == '.' || decimal_comma_at(s, i)) && is_digit(s[i + 1])) {
      digits += '.';
      ++i;
      while (i < s.size() && is_digit(s[i])) digits += s[i++];
    }
    out.push_back({std::stod(digits), i});
  };
  read(false);
  std::size_t end = out.back().end, gap = group_space(s, end);
  if (gap && three_digits_at(s, end + gap)) read(true);
}

// The scale of the word after a number ("trillion", "bn"), as the quantity parser reads it.
int scale_after(std::string_view s, std::size_t end) {
  std::size_t i = end;
  while (std::size_t gap = group_space(s, i)) i += gap;
  std::size_t word = i;
  while (i < s.size() && is_letter(s[i])) ++i;
  if (i == word) return 0;
  quantity_error err;
  auto q = parse_quantity("1 " + std::string(s.substr(word, i - word)), err);
  return q && q->written_unit.style == unit_style::level ? q->written_unit.scale_exp : 0;
}

bool close(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({std::fabs(a), std::fabs(b), 1e-300});
}

std::string shown_value(const claim& c) {
  return c.written;
}

}  // namespace

bool value_in_quote(const quantity& q, std::string_view written, std::vector<std::string>& numbers,
                    decimal_mark mark) {
  // Read in the reader's own form, which keeps offsets: the numbers are listed as written.
  const std::string reader_form = in_reader_form(written, mark);
  const std::string_view quote = reader_form;
  double want = std::fabs(q.number);
  int scale = q.written_unit.style == unit_style::level ? q.written_unit.scale_exp : 0;
  bool found = false;
  for (std::size_t i = 0; i < quote.size(); ++i) {
    if (!is_digit(quote[i]) || (i > 0 && (is_digit(quote[i - 1]) || quote[i - 1] == '.'))) continue;
    std::vector<shown_number> read;
    read_number(quote, i, read);
    // A number written in digits and scale words ("4 million 650 thousand") is one number,
    // read as the draft reader reads it (the quantity grammar's prose reading).
    if (auto m = match_prose_quantity(quote, i); m && m->q && m->parts > 1) {
      numbers.emplace_back(written.substr(i, m->end - i));
      found = found || close(std::fabs(m->q->number) * std::pow(10.0, m->q->written_unit.scale_exp),
                             want * std::pow(10.0, scale));
    }
    for (const auto& n : read) {
      numbers.emplace_back(written.substr(i, n.end - i));
      // With a scale word on both sides, the scaled amounts must agree ("13.47 trillion" does
      // not show 13.47 billion); without one on either side, the numbers as written.
      int shown_scale = scale_after(quote, n.end);
      found =
          found || (shown_scale != 0 && scale != 0
                        ? close(n.value * std::pow(10.0, shown_scale), want * std::pow(10.0, scale))
                        : close(n.value, want) || close(n.value * std::pow(10.0, shown_scale),
                                                        want * std::pow(10.0, scale)));
    }
    i = read.front().end > i ? read.front().end - 1 : i;
  }
  return found;
}

void check_claims(const walked_claims& claims, const document_info& doc, decimal_mark mark,
                  diagnostics& diags) {
  std::set<std::string> period_warned;
  for (const auto& w : claims) {
    const claim& c = w.built.c;
    auto segments = [&] {
      std::vector<std::string> out;
      std::size_t start = 0;
      for (std::size_t dot; (dot = w.id.find('.', start)) != std::string::npos; start = dot + 1)
        out.push_back(w.id.substr(start, dot - start));
      out.push_back(w.id.substr(start));
      return out;
    }();
    std::vector<period> periods;
    for (const auto& s : segments) {
      if (auto p = read_id_segment(s); p.what == id_segment::kind::period)
        periods.push_back(*p.value);
    }
    if (periods.size() > 1 && period_warned.insert(w.id).second) {
      diags.warning(codes::period_twice, c.where,
                    fmt::format("'{}' has {} period segments; it has no one period, so prev and "
                                "year_ago do not reach its earlier periods",
                                w.id, periods.size()));
    } else if (periods.size() == 1 && doc.period && periods[0].ends_after(*doc.period) &&
               period_warned.insert(w.id).second) {
      diags.warning(codes::after_document, c.where,
                    fmt::format("'{}' is for {}, after the document's period {}; is the period "
                                "mistyped?",
                                w.id, periods[0].to_string(), doc.period->to_string()));
    }
    if (c.quote.empty() || c.awaits_draft()) continue;
    std::vector<std::string> numbers;
    if (value_in_quote(c.q, c.quote, numbers, mark) || numbers.empty()) continue;
    diags.warning(codes::value_not_quoted, c.where,
                  fmt::format("the value of '{}', {}, is not in its quote \"{}\" (which shows "
                              "{}); is the value mistyped?",
                              w.id, shown_value(c), c.quote, fmt::join(numbers, ", ")));
  }
}

}  // namespace crossfoot::figures_detail
