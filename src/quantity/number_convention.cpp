#include "quantity/number_convention.hpp"

#include <algorithm>
#include <vector>

#include "core/text.hpp"

namespace crossfoot {
namespace {

// A written number's digits and separators: "1.234,5" is runs {1, 3, 1} and separators ".,".
struct number_token {
  std::size_t begin = 0, end = 0;
  std::vector<std::size_t> runs;  // digits in each run
  std::string seps;               // the separator before each run after the first
};

// The token starting at s[i] (a digit not glued to a word, a number or a separator before it):
// digit runs joined by single points or commas. A separator not followed by a digit (a full
// stop, a list's comma) ends it.
number_token token_at(std::string_view s, std::size_t i) {
  number_token t;
  t.begin = i;
  for (;;) {
    std::size_t run = 0;
    while (i < s.size() && is_ascii_digit(s[i])) ++i, ++run;
    t.runs.push_back(run);
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && is_ascii_digit(s[i + 1])) {
      t.seps += s[i++];
      continue;
    }
    break;
  }
  t.end = i;
  return t;
}

bool starts_token(std::string_view s, std::size_t i) {
  if (!is_ascii_digit(s[i])) return false;
  if (i == 0) return true;
  const char before = s[i - 1];
  return !is_ascii_alnum(before) && before != '_' && before != '.' && before != ',';
}

// Runs first..last-1 after the first are groups of three, and the first run has one to three
// digits: "1.234.567", "1,234" (the runs before a decimal mark, or all of them).
bool grouped(const number_token& t, std::size_t last) {
  if (t.runs.front() == 0 || t.runs.front() > 3) return false;
  for (std::size_t k = 1; k < last; ++k) {
    if (t.runs[k] != 3) return false;
  }
  return true;
}

// The decimal mark a number shows, or unknown when it shows none (see the header).
decimal_mark shown_mark(const number_token& t) {
  const std::size_t n = t.seps.size();
  if (n == 0) return decimal_mark::unknown;
  const char last = t.seps.back();
  const bool one_kind =
      std::all_of(t.seps.begin(), t.seps.end(), [&](char c) { return c == last; });
  const auto mark_of = [](char c) { return c == ',' ? decimal_mark::comma : decimal_mark::point; };
  if (!one_kind) {
    // "1.234,5", "1,234.5": the other separator groups the digits before the last one.
    const bool others_group = std::count(t.seps.begin(), t.seps.end(), last) == 1 && grouped(t, n);
    return others_group ? mark_of(last) : decimal_mark::unknown;
  }
  if (n == 1) {
    const std::size_t after = t.runs[1];
    if (after == 3 || t.runs[0] > 3) return decimal_mark::unknown;
    // A comma before four digits is no mark of either convention ("0,1234" is rare, "2,0001" odd).
    if (last == ',') return after <= 2 ? decimal_mark::comma : decimal_mark::unknown;
    return decimal_mark::point;
  }
  // "1.234.567": a separator written twice groups thousands, so the other one is the mark.
  if (!grouped(t, n + 1)) return decimal_mark::unknown;
  return last == '.' ? decimal_mark::comma : decimal_mark::point;
}

// The token rewritten in a decimal-comma document: points grouping threes become commas, and
// a decimal comma after them a point. A token without such points is left to the reading of
// each number as it stands ("51,000" may be a sloppy thousands group, "2030,12" no number),
// and one that does not fit the convention ("22.11.2019", "6.7") is left as written.
void rewrite_comma_token(std::string& s, const number_token& t) {
  const std::size_t n = t.seps.size();
  const std::size_t points =
      static_cast<std::size_t>(std::count(t.seps.begin(), t.seps.end(), '.'));
  const bool decimal_after = n > 0 && t.seps.back() == ',';
  if (points == 0 || points + (decimal_after ? 1 : 0) != n || !grouped(t, points + 1)) return;
  for (std::size_t i = t.begin; i < t.end; ++i) {
    if (s[i] == '.')
      s[i] = ',';
    else if (s[i] == ',')
      s[i] = '.';
  }
}

}  // namespace

number_evidence decimal_mark_evidence(std::string_view text) {
  number_evidence e;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!starts_token(text, i)) continue;
    const number_token t = token_at(text, i);
    switch (shown_mark(t)) {
      case decimal_mark::comma:
        ++e.comma;
        break;
      case decimal_mark::point:
        ++e.point;
        break;
      case decimal_mark::unknown:
        break;
    }
    i = t.end - 1;
  }
  return e;
}

decimal_mark document_decimal_mark(std::string_view text) {
  // Two numbers at least, so that one "1,5" in a list of sections decides nothing; a point in
  // ten tolerated, for section and table numbers ("Table 2.1") in a decimal-comma release.
  constexpr std::size_t least_commas = 2, commas_per_point = 10;
  const number_evidence e = decimal_mark_evidence(text);
  if (e.comma >= least_commas && e.comma >= commas_per_point * e.point) return decimal_mark::comma;
  if (e.point > 0 && e.comma == 0) return decimal_mark::point;
  return decimal_mark::unknown;
}

std::string in_reader_form(std::string_view text, decimal_mark mark) {
  std::string out(text);
  if (mark != decimal_mark::comma) return out;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!starts_token(out, i)) continue;
    const number_token t = token_at(out, i);
    rewrite_comma_token(out, t);
    i = t.end - 1;
  }
  return out;
}

}  // namespace crossfoot
