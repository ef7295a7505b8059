#pragma once
// Datasets: a CSV table checked against the rules with the same interval semantics as figures.
// A TOML spec (docs/datasets.md) says how to read the file (delimiter, quoting, decimal comma,
// header), what its columns mean (units, precision, keys, the period, flags) and, for a cube,
// how a row becomes a figure id and which codes form hierarchies.
//
// The engine reads the file in chunks on every core, keeps each number as its written value and
// digits (a "2616.63" cell is [2616.625, 2616.635] to the rules, as the figure "2616.63" would
// be), runs each rule as a small program over columns, and reports failing and undecided rows as
// the same `finding`s a figures file gives, each located at its CSV cell.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "eval/check.hpp"
#include "quantity/quantity.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot {

enum class dataset_shape { records, cube };

/// What a flag written in a cell (or in a cube's flag column) means.
enum class flag_meaning {
  missing,       // no value: a rule that needs it is undecided
  confidential,  // a value exists but is withheld: an unknown >= 0
  note,          // the value stands; the flag is only reported ("p" provisional)
};

struct flag_entry {
  std::string flag;  // as written: "c", ":"
  flag_meaning meaning = flag_meaning::note;
  std::string name;  // "confidential", "provisional"
  source_range where;
};

struct column_spec {
  std::string name;
  std::string unit_text;              // as written in the spec; "" for a plain number
  unit u;                             // the unit of every number in the column
  precision prec;                     // from the digits written (default), a half-width, or exact
  std::optional<severity> revisions;  // how a revision of this column is reported (--previous)
  source_range where;                 // the column's entry in the spec
};

/// Parent codes and their children, for one dimension (column): a codelist.
struct hierarchy_spec {
  std::string dimension;
  std::vector<std::pair<std::string, std::vector<std::string>>> children;  // in file order
  std::string file;  // the codelist file; "" when written inline in the spec
  source_range where;
};

struct dataset_spec {
  source_ptr file;   // the spec itself
  std::string data;  // the CSV file (".gz" read through zlib), resolved against the spec
  dataset_shape shape = dataset_shape::records;
  std::vector<std::string> rules;  // resolved against the spec's directory
  std::string title;
  std::optional<severity> revisions;  // how a revision is reported (--previous); default error

  // How the text is written.
  char delimiter = ',';
  char quote = '"';  // '\0': fields are never quoted
  char decimal = '.';
  char thousands = '\0';  // '\0': numbers carry no thousands separator
  bool header = true;
  std::vector<std::string> names;  // without a header row: the columns in order

  // What the columns mean.
  std::vector<std::string> key;  // a row's identity; unique together
  std::string period;            // the period column ("" when none)
  std::vector<flag_entry> flags;
  std::vector<column_spec> columns;  // number columns with a unit or precision
  unit default_unit;                 // of number columns the spec does not list
  std::string default_unit_text;

  // A cube: dimensions (with the period, the key), one value column, an optional flag column.
  std::vector<std::string> dimensions;
  std::string value;
  std::string flag;
  std::string id;                                                   // "{partner}.{product}.{flow}"
  std::map<std::string, std::map<std::string, std::string>> codes;  // dimension -> code -> segment
  std::vector<hierarchy_spec> hierarchies;

  /// Where a key of the spec is written ("key", "period", "value", "columns.exports", ...), for
  /// errors that are found only once the header is read.
  std::map<std::string, source_range> places;

  const column_spec* column(const std::string& name) const;
  const hierarchy_spec* hierarchy(const std::string& dimension) const;
  const flag_entry* find_flag(std::string_view text) const;
  source_range place(const std::string& what) const;
};

/// Loads a spec: a TOML file with a [dataset] table (beside an optional [document] table whose
/// `title` and `rules` it takes). Errors (exit status 2) are reported with their place.
std::optional<dataset_spec> load_dataset_spec(const std::string& path, diagnostics& diags);
std::optional<dataset_spec> load_dataset_spec_text(const std::string& name, std::string text,
                                                   diagnostics& diags);
/// Whether a TOML file holds a [dataset] table (so `check FILE.toml` checks a dataset).
bool has_dataset_table(const std::string& path);

struct dataset_options {
  int threads = 0;                   // 0: one per core
  std::size_t chunk_bytes = 0;       // 0: the engine's choice; tests use small chunks
  std::size_t kept_per_rule = 1000;  // findings kept in memory per rule; the rest are counted
  /// Called now and then from the reading thread: bytes read so far, of `total` (0 if unknown).
  std::function<void(long long bytes, long long total)> progress;
  /// Called from any thread as each rule across rows (groups, periods, hierarchies: run once
  /// the file is read) finishes: rules done, of `total`.
  std::function<void(long long done, long long total)> rules_progress;
};

/// Reads the dataset `spec.data` and checks every rule of `rules` on it. Returns nullopt when
/// the file cannot be read as CSV at all (unreadable, not UTF-8, an unterminated quote at the
/// end) or the spec does not fit it (a key column missing from the header): diagnostics say
/// where. Everything else, data problems included, is a finding.
std::optional<check_result> check_dataset(const rule_set& rules, const dataset_spec& spec,
                                          const dataset_options& options, diagnostics& diags);

}  // namespace crossfoot
