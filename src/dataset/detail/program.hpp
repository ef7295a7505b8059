#pragma once
// A rule compiled for a dataset: a flat program over registers of lanes (one lane per row),
// run batch by batch with num's span operations. The program mirrors the rule's resolved
// expression node for node, so a row's verdict is the one the figures path gives the same
// numbers: unknown inputs make unknown results, `and` with a known false is false, comparisons
// hold when some values inside the intervals satisfy them.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "num/batch.hpp"
#include "num/unit.hpp"
#include "quantity/quantity.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot::dataset_detail {

inline constexpr std::size_t batch_lanes = 512;

// A cell's state, low two bits; bit 2 marks a cell that carries a note flag ("p").
enum cell_state : std::uint8_t { stated = 0, missing = 1, confidential = 2, unparseable = 3 };
inline constexpr std::uint8_t state_mask = 3;
inline constexpr std::uint8_t noted = 4;

enum class opcode : std::uint8_t {
  number,    // out <- the cells of number column `source`
  constant,  // out <- constants[source]
  term,      // out <- cross-row term `source`, filled by the caller
  add,
  sub,
  mul,
  div,
  pow,
  neg,
  abs,
  min,
  max,
  compare,  // out (truth) <- a `cmp` b; with `within`, |a - b| within the rule's tolerance
  logical_and,
  logical_or,
  logical_not,
  exists,  // out (truth) <- whether the cell of column `source` holds a value
  agree,   // out (truth) <- the intervals of args share a point
};

struct instruction {
  opcode op = opcode::constant;
  int out = -1;
  int a = -1, b = -1;
  int source = -1;
  batch::comparison cmp = batch::comparison::eq;
  bool within = false;
  std::vector<int> args;
};

/// A comparison of the program, for the sides a finding shows.
struct comparison_site {
  int instr = -1;
  std::string lhs_text, rhs_text;
  unit display;
  unit lhs_display;
};

/// How a number column's cells become intervals.
struct number_column {
  int csv_column = -1;  // index in the file
  std::string name;
  unit u;          // display unit and factor to base units
  precision prec;  // from digits, a half-width, or exact
};

struct program {
  std::vector<instruction> code;
  std::vector<interval> constants;
  int registers = 0;
  int result = -1;                           // the truth register of the check
  std::vector<comparison_site> comparisons;  // in evaluation order
  std::vector<int> columns;                  // number columns read, in order of first use
  std::vector<int> column_register;          // parallel: the register each is loaded into
  std::optional<tolerance> within;
};

/// The cells of one number column: value, written decimals and state per row.
struct cell_block {
  const double* value = nullptr;
  const std::int8_t* decimals = nullptr;
  const std::uint8_t* state = nullptr;
};

/// Which rows a batch covers: rows[i] when given, else first + i.
struct lane_rows {
  const std::uint32_t* rows = nullptr;
  std::size_t first = 0;
  std::size_t at(std::size_t i) const { return rows ? rows[i] : first + i; }
};

class register_file {
 public:
  void reserve(int registers);
  batch::lanes lanes(int r) {
    std::size_t o = static_cast<std::size_t>(r) * batch_lanes;
    return {lo_.data() + o, hi_.data() + o, open_.data() + o};
  }
  std::uint8_t* known(int r) { return known_.data() + static_cast<std::size_t>(r) * batch_lanes; }
  std::uint8_t* truth(int r) { return truth_.data() + static_cast<std::size_t>(r) * batch_lanes; }
  interval value(int r, std::size_t lane) { return batch::get(lanes(r), lane); }

 private:
  std::vector<double> lo_, hi_;
  std::vector<std::uint8_t> open_, known_, truth_;
};

/// A batch's cells turned into intervals once for all the rules that read them (the rules
/// of a chunk run batch by batch; a records file's amounts are read by several). Valid for one
/// batch of rows: clear() before the next.
class loaded_cells {
 public:
  void clear() { std::fill(loaded_.begin(), loaded_.end(), std::uint8_t{0}); }
  /// Column `column`'s cells of the batch into out and known, converted on first use.
  void load(std::size_t column, const cell_block& cells, const number_column& meta, std::size_t n,
            lane_rows rows, batch::lanes out, std::uint8_t* known);

 private:
  std::vector<std::uint8_t> loaded_;  // per column
  std::vector<double> lo_, hi_;       // per column, batch_lanes each
  std::vector<std::uint8_t> open_, known_;
};

/// Fills a cross-row term's register for the batch: lanes(out), known(out).
using term_filler = std::function<void(int term, std::size_t n, lane_rows rows, batch::lanes out,
                                       std::uint8_t* known)>;

/// Runs `p` over n <= batch_lanes rows. `cells[c]` holds number column c (indices as in the
/// plan's number columns); `meta[c]` says how its cells become intervals; `loaded`, when
/// given, keeps the batch's cells converted for the next program run on the same rows.
void run(const program& p, const std::vector<cell_block>& cells,
         const std::vector<number_column>& meta, std::size_t n, lane_rows rows,
         const term_filler& terms, register_file& regs, loaded_cells* loaded = nullptr);

/// Cells to intervals in base units: the written value widened by its precision, confidential
/// cells [0, inf), missing and unparseable cells unknown.
void load_cells(const cell_block& cells, const number_column& meta, std::size_t n, lane_rows rows,
                batch::lanes out, std::uint8_t* known);

}  // namespace crossfoot::dataset_detail
