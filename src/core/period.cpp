#include "core/period.hpp"

#include <fmt/format.h>

#include <charconv>

namespace crossfoot {
namespace {

// How many base periods of `fine` make one of `coarse` (fine at least as fine as coarse).
long ratio(frequency coarse, frequency fine) {
  return per_year(fine) / per_year(coarse);
}

bool finer_or_equal(frequency a, frequency b) {
  return per_year(a) >= per_year(b);
}

std::optional<int> digits(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
  return v;
}

bool fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return false;
}

// One single period: "2019", "2019-Q3", "2019Q3", "2019-09", "2019M09", "2019-M09".
bool parse_single(std::string_view s, period& out, std::string* error) {
  if (s.size() < 4) return fail(error, "a period starts with a four-digit year");
  auto y = digits(s.substr(0, 4));
  if (!y) return fail(error, "a period starts with a four-digit year");
  if (*y < min_year || *y > max_year)
    return fail(error, fmt::format("year {} out of range {}..{}", *y, min_year, max_year));
  std::string_view rest = s.substr(4);
  if (rest.empty()) {
    out = period::year(*y);
    return true;
  }
  if (rest.front() == '-') rest.remove_prefix(1);
  char tag = rest.empty() ? '\0' : rest.front();
  if (tag == 'Q' || tag == 'q') {
    auto q = rest.size() == 2 ? digits(rest.substr(1)) : std::nullopt;
    if (!q || *q < 1 || *q > 4) return fail(error, "quarter must be Q1..Q4");
    out = period::quarter(*y, *q);
    return true;
  }
  if (tag == 'M' || tag == 'm') rest.remove_prefix(1);
  auto m = rest.size() == 2 ? digits(rest) : std::nullopt;
  if (!m) return fail(error, "expected a year, a quarter (2019-Q3) or a month (2019-09)");
  if (*m < 1 || *m > 12) return fail(error, fmt::format("month {:02} out of range 01..12", *m));
  out = period::month(*y, *m);
  return true;
}

}  // namespace

const char* to_string(frequency f) {
  switch (f) {
    case frequency::year:
      return "year";
    case frequency::quarter:
      return "quarter";
    case frequency::month:
      return "month";
  }
  return "year";
}

int per_year(frequency f) {
  switch (f) {
    case frequency::year:
      return 1;
    case frequency::quarter:
      return 4;
    case frequency::month:
      return 12;
  }
  return 1;
}

int period::first_year() const {
  return static_cast<int>(first / per_year(freq));
}
int period::last_year() const {
  return static_cast<int>(last / per_year(freq));
}

period period::shifted(long n) const {
  return {freq, first + n, last + n};
}
period period::prev() const {
  return shifted(-length());
}
period period::year_ago() const {
  return shifted(-per_year(freq));
}

bool period::contains(const period& other) const {
  frequency fine = finer_or_equal(freq, other.freq) ? freq : other.freq;
  long a = ratio(freq, fine), b = ratio(other.freq, fine);
  return first * a <= other.first * b && (other.last + 1) * b <= (last + 1) * a;
}

std::vector<period> period::parts(frequency f) const {
  std::vector<period> out;
  if (!finer_or_equal(f, freq)) return out;
  long r = ratio(freq, f);
  for (long o = first * r; o < (last + 1) * r; ++o) out.push_back({f, o, o});
  return out;
}

bool period::ends_after(const period& other) const {
  auto last_month = [](const period& p) {
    return (p.last + 1) * ratio(p.freq, frequency::month) - 1;
  };
  return last_month(*this) > last_month(other);
}

bool period::starts_year() const {
  return !is_range() || first % per_year(freq) == 0;
}

std::string period::to_string() const {
  auto one = [this](long o) {
    long y = o / per_year(freq), i = o % per_year(freq) + 1;
    switch (freq) {
      case frequency::year:
        return fmt::format("{}", y);
      case frequency::quarter:
        return fmt::format("{}-Q{}", y, i);
      case frequency::month:
        return fmt::format("{}-{:02}", y, i);
    }
    return std::string();
  };
  return is_range() ? one(first) + "/" + one(last) : one(first);
}

std::optional<period> parse_period(std::string_view text, std::string* error) {
  std::size_t cut = text.find('/');
  std::size_t width = 1;
  if (cut == std::string_view::npos) {
    cut = text.find("..");
    width = 2;
  }
  period a, b;
  if (cut == std::string_view::npos) {
    if (!parse_single(text, a, error)) return std::nullopt;
    return a;
  }
  if (!parse_single(text.substr(0, cut), a, error) ||
      !parse_single(text.substr(cut + width), b, error))
    return std::nullopt;
  if (a.freq != b.freq) {
    fail(error, "both ends of a period range must have the same frequency");
    return std::nullopt;
  }
  if (b.first < a.first) {
    fail(error, "a period range must not end before it starts");
    return std::nullopt;
  }
  return period{a.freq, a.first, b.first};
}

bool looks_like_period(std::string_view text) {
  return parse_period(text).has_value();
}

namespace {

// Four digits and a period's marker: what someone writing a period writes.
bool period_attempt(std::string_view s) {
  if (s.size() < 5) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return std::string_view("-/.QqMm").find(s[4]) != std::string_view::npos;
}

}  // namespace

id_segment read_id_segment(std::string_view segment) {
  id_segment out;
  std::string error;
  if (auto p = parse_period(segment, &error)) {
    out.what = id_segment::kind::period;
    out.text = p->to_string();
    out.value = p;
    return out;
  }
  out.text = std::string(segment);
  if (period_attempt(segment)) {
    out.what = id_segment::kind::malformed_period;
    out.error = std::move(error);
  }
  return out;
}

std::optional<id_period> period_of_id(const std::vector<std::string>& segments) {
  std::optional<id_period> out;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string& s = segments[i];
    // Periods start with a digit; names rarely do, so most segments cost one comparison.
    if (s.empty() || s[0] < '0' || s[0] > '9') continue;
    auto p = parse_period(s);
    if (!p) continue;
    if (out) return std::nullopt;
    out = id_period{i, *p};
  }
  return out;
}

}  // namespace crossfoot
