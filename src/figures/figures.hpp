#pragma once
// Figures: the numbers a document publishes, as claims. Loaded from TOML (toml++ stays inside
// this stage); bound to checked rules only at evaluation time.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/boxed.hpp"
#include "core/diagnostic.hpp"
#include "core/period.hpp"
#include "core/source.hpp"
#include "num/interval.hpp"
#include "num/unit.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot {

/// Tables and arrays in a figures file nest at most this deep (a figure id of at most this
/// many segments): deeper is error CF7005 at the first key past it.
constexpr int max_figure_depth = 100;

// Where a claim's value is to be read in the draft, for a table with `anchor` instead of
// `value`. The claim stays unbound (no quantity, no value) until `bind_anchors` (src/draft)
// reads the number there, so that every check sees the draft as it is now.
struct anchor_ref {
  std::string text;         // the words the value follows: "export value of the equipment industry"
  int pick = 1;             // the pick-th quantity of the figure's kind after them in the sentence
  bool pick_given = false;  // the figures file wrote a pick
  source_range where;       // the anchor string in the figures file
  bool own_precision = false;  // a `precision` key, which the draft's number does not override
  bool bound = false;
  // A table cell instead of words: `anchor = { row = "Extra-EA19 exports", column = "Sep 19" }`
  // (text is then empty). The row is matched by its label or period, the column by its header
  // or period; pick chooses among several matching cells.
  std::string row, column;
  // A `unit` key beside the anchor: the unit of a number the draft writes bare (a table cell);
  // a number with a unit of its own must agree with it.
  std::optional<unit> unit_of;
  source_range unit_where;
  bool cell() const { return text.empty(); }
};

struct claim {
  std::string written;  // the value as written: "RMB 13.47 trillion", or "548.3 RMB billion"
  quantity q;
  precision prec;       // as the figures file gives it; with `slack`, how `value` was made
  double slack = 0.10;  // the document's slack for nearly/about
  interval value;       // true values it allows, base units
  rare_string quote;    // short text that locates it in the document (most claims: none)
  rare_string note;
  source_range where;           // the value in the figures file
  boxed<source_range> in_text;  // the quote located in [document] source (most claims: none)
  // Claims written in the same TOML table share an origin: "intermediate.total#2" for the
  // second [[intermediate.total]] table; its children's claims carry the same origin.
  std::string origin;
  int alternative = 0;  // index of the array-of-tables element (0 outside arrays)
  // Set when the value comes from the draft; on the heap, since most claims have none (a
  // figures file of 300,000 claims holds 75 MB less than with std::optional).
  boxed<anchor_ref> anchor;
  /// Anchored, and its value not yet read from the draft.
  bool awaits_draft() const { return anchor && !anchor->bound; }
};

/// Gives a claim the quantity `q` exactly as a `value` key holding it would: its interval under
/// the claim's slack and precision. `implied` is the precision its digits (or a range such as
/// "1-2 days") imply; the `precision` key of an anchored claim wins over it.
void set_claim_value(claim& c, const quantity& q, const precision& implied);

struct figure {
  std::string id;  // dotted path: "equipment.exports.growth"
  std::vector<claim> claims;
  const unit& display_unit() const { return claims.front().q.written_unit; }
};

struct document_info {
  std::string title;
  std::string source_path;  // resolved against the figures file's directory; "" if none
  std::optional<crossfoot::period> period;  // 2019, "2019-Q3", "2019-09", "2019-01/2019-09"
  double slack = 0.10;
  std::vector<std::string> rules;  // resolved against the figures file's directory
  source_range where;              // the [document] table, for diagnostics
};

struct figure_set {
  source_ptr file;  // the figures file itself
  document_info document;
  std::vector<figure> figures;
  std::unordered_map<std::string, std::size_t> index;  // id -> position in `figures`

  /// Whether any claim still waits for its value from the draft.
  bool has_unbound_anchors() const;

  const figure* find(const std::string& id) const {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &figures[it->second];
  }
};

/// Loads a figures file. Returns nullopt, with errors in `diags`, when the file is unreadable
/// or malformed; quotes that cannot be located in the source text are warnings only.
std::optional<figure_set> load_figures(const std::string& path, diagnostics& diags);
/// The same from text already in memory (tests); `path` names it in diagnostics.
std::optional<figure_set> load_figures_text(const std::string& path, std::string text,
                                            diagnostics& diags);
/// The same from a source already read (core/input.hpp's read_input).
std::optional<figure_set> load_figures_source(const source_ptr& file, diagnostics& diags);

}  // namespace crossfoot
