#pragma once
// Reference periods: years, quarters, months and ranges of them ("2019", "2019-Q3", "2019-09",
// "2019-01/2019-09"). One model for every input: a figures file's `period`, a period segment in
// a figure id, a draft's period headers and a dataset's period column all become a `period`.
//
// A period is a run of consecutive base periods of one frequency, held as ordinals (months
// since year 0, quarters since year 0, years), so `prev` is ordinal arithmetic and a range is
// two ordinals. A single period is a range of length one.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

enum class frequency { year, quarter, month };

/// "year", "quarter", "month".
const char* to_string(frequency f);
/// Base periods of frequency `f` in a year: 1, 4, 12.
int per_year(frequency f);

/// The one year range every reader accepts: a four-digit number outside it is not a year
/// (it is an amount or a code), inside it may be.
inline constexpr int min_year = 1800;
inline constexpr int max_year = 2200;

struct period {
  frequency freq = frequency::year;
  long first = 0;  // ordinal of the first base period: year * per_year(freq) + index
  long last = 0;   // == first unless a range

  static period year(int y) { return {frequency::year, y, y}; }
  static period quarter(int y, int q) {
    return {frequency::quarter, y * 4L + q - 1, y * 4L + q - 1};
  }
  static period month(int y, int m) { return {frequency::month, y * 12L + m - 1, y * 12L + m - 1}; }

  bool is_range() const { return last != first; }
  /// Base periods covered: 1 for a single period, 9 for "2019-01/2019-09".
  long length() const { return last - first + 1; }
  int first_year() const;
  int last_year() const;

  /// The period one step earlier at the same frequency and length: 2019-09 -> 2019-08,
  /// 2019-Q1 -> 2018-Q4, and a range moves back by its own length.
  period prev() const;
  /// The same period one year earlier: 2019-09 -> 2018-09, "2019-01/2019-09" -> "2018-01/2018-09".
  /// For a year this is prev().
  period year_ago() const;
  /// The same period `n` base steps later (negative: earlier), same length.
  period shifted(long n) const;

  /// Whether every base period of `other` lies inside this one, comparing at the finer
  /// frequency: 2019 contains 2019-Q3 and 2019-09; 2019-Q3 contains 2019-08.
  bool contains(const period& other) const;
  /// The single periods of frequency `f` (finer or equal) that make up this one, in order:
  /// 2019 at month -> 12 months; "2019-01/2019-09" at month -> 9 months. Empty when `f` is
  /// coarser than this period's frequency.
  std::vector<period> parts(frequency f) const;
  /// Whether this period ends later than `other` does, comparing months: 2019-10 ends after
  /// 2019-09 and 2019-Q3 does not; 2019 ends after 2019-09.
  bool ends_after(const period& other) const;
  /// The first part of a year-to-date range: true for "2019-01/2019-09" (starts in January),
  /// and for any single period.
  bool starts_year() const;

  /// Canonical text: "2019", "2019-Q3", "2019-09", "2019-01/2019-09".
  std::string to_string() const;

  friend bool operator==(const period&, const period&) = default;
  friend auto operator<=>(const period&, const period&) = default;
};

/// Parses a period. Accepted: "2019"; "2019-Q3", "2019Q3", "2019-q3"; "2019-09", "2019M09",
/// "2019-M09"; ranges "A/B" (and "A..B") of two periods of the same frequency with A <= B.
/// Years must lie in [min_year, max_year]. On failure, nullopt and `error` (when given) says
/// what is wrong, e.g. "month 13 out of range 01..12".
std::optional<period> parse_period(std::string_view text, std::string* error = nullptr);

/// Whether `text` is a period or a range as parse_period reads it: lets a reader tell the
/// segment "2019-09" from the arithmetic 2019 - 09.
bool looks_like_period(std::string_view text);

/// How one segment of a figure id reads. A segment is a period when parse_period accepts it;
/// it is a malformed period when it starts with four digits and a period's marker ('-', '/',
/// '.', 'Q' or 'M') but is not one ("2019-13", "2019-9"); anything else is a plain name, so a
/// code such as "8703" (a year out of range) or "10" stays a name. Figures files and rules
/// both read segments this way, so an id means the same in both.
struct id_segment {
  enum class kind { name, period, malformed_period } what = kind::name;
  std::string text;   // a period's canonical text ("2019M09" -> "2019-09"); else as given
  std::string error;  // malformed_period: what is wrong, from parse_period
  std::optional<period> value;
};
id_segment read_id_segment(std::string_view segment);

/// The period of a figure id: its one period segment and where it stands; nullopt when the id
/// has no period segment or more than one (which then has no one period).
struct id_period {
  std::size_t index = 0;  // of the segment, counting from 0
  period value;
};
std::optional<id_period> period_of_id(const std::vector<std::string>& segments);

}  // namespace crossfoot
