#pragma once
// One chunk of a dataset: whole records read from the file, parsed into columns and checked
// against the rules that need no other rows. Chunks are processed on every core; their
// results are merged in file order (engine.cpp).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dictionary.hpp"
#include "dataset/detail/csv.hpp"
#include "dataset/detail/plan.hpp"

namespace crossfoot::dataset_detail {

struct chunk {
  long index = 0;
  long long byte_offset = 0;  // of the chunk's first byte in the (decompressed) text
  byte_buffer bytes;          // whole records read into a buffer,
  std::string_view in_place;  // or whole records in a mapped file (bytes then empty)
  const char* data() const { return in_place.data() ? in_place.data() : bytes.data(); }
  std::size_t size() const { return in_place.data() ? in_place.size() : bytes.size(); }
};

/// A finding still without its place: rows and lines are chunk-local until merged, and the
/// cells are found in the record's text when the finding is made.
struct pending_finding {
  int rule = -1;                               // index into plan.rules; -1 for a data problem
  finding f;                                   // what is known: kind, level, rule, sides, message
  std::vector<int> cells;                      // csv columns of the figures shown
  std::vector<interval> values;                // their intervals (parallel)
  std::vector<std::uint8_t> states;            // their cell states (parallel)
  long long row = 0;                           // data row
  long long line = 0;                          // line of the record's start (0-based, chunk-local)
  std::string text;                            // the record as written ("" until located)
  std::size_t focus_begin = 0, focus_end = 0;  // data problems: what to point at in `text`
  bool located = false;
  long long other_row = -1;  // a repeated key: the row that has it first
  long long other_line = 0;
  std::vector<std::string> ids;  // a cube: the figure id of each cell (else its column)
  std::vector<figure_use> more;  // a cube: figures of other rows the finding shows
};

struct rule_tally {
  long long pass = 0, fail = 0, unknown = 0;
  long long omitted = 0;  // failing or unknown rows beyond the kept findings
};

/// Parsed columns of a chunk, with chunk-local codes.
struct chunk_columns {
  std::size_t rows = 0;
  std::vector<std::vector<double>> value;  // per number column
  std::vector<std::vector<std::int8_t>> decimals;
  std::vector<std::vector<std::uint8_t>> state;
  std::vector<std::vector<std::uint32_t>> code;  // per code column
  std::vector<dictionary> dicts;
  std::vector<std::uint32_t> row_offset;  // byte offset of each row in the chunk
  std::vector<std::uint32_t> row_line;    // line of each row, 0-based in the chunk
  /// No rows, the vectors' room kept: a chunk's columns are used again for a later chunk.
  void clear();
};

struct chunk_result {
  long index = 0;
  long long byte_offset = 0;
  long long bytes = 0;
  long long lines = 0;  // line feeds in the chunk
  long long rows_read = 0;
  chunk_columns cols;
  std::vector<pending_finding> findings;
  std::vector<rule_tally> tallies;            // per rule of the plan (row-local rules only)
  std::map<std::string, long long> skipped;   // reason -> rows
  std::map<std::string, long long> cells;     // "missing", "confidential", flag names -> cells
  std::map<std::string, long long> problems;  // data problems by kind ("data.number"), all of them
  std::vector<std::uint32_t> not_rows;        // records (ordinals in the chunk) that are no row
  std::optional<diagnostic> fatal;            // not UTF-8, NUL: the file cannot be read
  std::string fatal_text;                     // the line holding it
  long long fatal_line = 0;                   // its line, 0-based in the chunk
  std::size_t fatal_column = 0;               // its byte offset in the line
};

/// What every chunk shares: the plan, the spec, and per-column lookups.
struct chunk_context {
  const dataset_spec* spec = nullptr;
  const dataset_plan* plan = nullptr;
  dialect d;
  std::vector<int> number_slot;  // per csv column: number column or -1
  std::vector<int> code_slot;    // per csv column: code column or -1
  std::size_t kept_per_rule = 1000;
  std::vector<int> row_rules;  // rules checked chunk by chunk (no cross-row terms)
};

/// Parses and checks one chunk. `reuse`: the columns of a chunk already merged, filled again
/// (their memory is already resident: no page faults, no allocation).
chunk_result process_chunk(const chunk& c, const chunk_context& ctx, chunk_columns reuse = {});

/// Where the first invalid UTF-8 sequence or NUL byte is, or npos; `nul` tells which.
std::size_t find_bad_text(const char* p, std::size_t n, bool& nul);

}  // namespace crossfoot::dataset_detail
