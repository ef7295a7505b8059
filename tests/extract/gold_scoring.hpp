#pragma once
// Scoring `extract` against a hand-built gold list (the format of
// ../shared/corpus/gacc-2023-annual-trade.gold.tsv, described in ../shared/corpus/README.md).
//
// The scorer reads claims as `scored_claim`s, so it scores the library's claims
// (gold_scoring_extract.hpp) and the real binary's `extract --format json` output
// (claims_from_json) alike.
//
// Matching. A gold claim's span is the first occurrence of its quoted_text in its line (the
// next one when an earlier gold claim of the line with the same text took the first). An
// extracted claim is a candidate for it when it starts on that line and its span (in code
// points) overlaps the gold span. Gold claims are matched in file order; each takes, among its
// unused candidates, the first whose value and unit agree, else the first. An extracted claim
// serves at most one gold claim; unmatched extracted claims count against precision.
//
// Agreement. Values agree within half a unit of the gold value's last written digit (gold
// writes two-thirds as 66.67); a gold range "1-2" needs both ends. Units: gold CNY is
// crossfoot's RMB; % and pp are themselves; gold "items" (an enumeration's unnamed things)
// takes any counted thing; other counted things agree when they share a word after plurals
// are dropped ("passengers_per_day" and "passenger", "tonnes" and "tonne"). Qualifiers: gold
// has five; crossfoot's at_least counts as more_than and at_most as less_than.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot::testing {

struct gold_claim {
  int line = 0;
  std::string quoted_text, value, unit, kind, qualifier;
};

/// Reads a gold TSV (header line first); fails the calling test on a malformed row.
std::vector<gold_claim> read_gold(const std::string& path);

/// One extracted claim as the scorer sees it. Columns count code points from 1; `to` is one
/// past the last character, on `to_line`.
struct scored_claim {
  int line = 0, col = 0, to_line = 0, to_col = 0;
  double value = 0;             // as editor_value gives it: base units, or % and pp as written
  std::optional<double> upper;  // a range's upper end
  std::string unit;             // as editor_unit gives it
  std::string kind;             // level, growth, share, pp, count, rank, other
  std::string qualifier;        // exact, nearly, about, more_than, less_than
  std::string written;
};

/// The claims of `crossfoot extract --format json` output; fails the calling test when it does
/// not parse.
std::vector<scored_claim> claims_from_json(const std::string& json);

struct kind_row {
  int gold = 0, found = 0, value_unit = 0, kind = 0, qualifier = 0;  // recall side
  int extracted = 0, extracted_right = 0;  // claims extract gave this kind, and rightly
};

struct score {
  int gold = 0, extracted = 0;
  int value_unit = 0, kind = 0, qualifier = 0;  // matched claims that agree
  std::map<std::string, kind_row> by_kind;      // by gold kind (extracted: by given kind)
  std::vector<std::string> misses;              // one line per disagreement, for failures

  double recall(int right) const { return gold == 0 ? 0 : double(right) / gold; }
  double precision(int right) const { return extracted == 0 ? 0 : double(right) / extracted; }
};

/// Scores `claims` read from `text` (the draft) against `gold`.
score score_claims(std::string_view text, const std::vector<scored_claim>& claims,
                   const std::vector<gold_claim>& gold);

/// The per-kind table as Markdown, as docs/extract.md shows it.
std::string kind_table(const score& s);

}  // namespace crossfoot::testing
