// A dataset program's cells converted once per batch for every rule that reads them
// (loaded_cells) give each rule the registers it gets converting them itself, batch after
// batch, for every kind of cell (written digits, missing, confidential) and column precision.
#include <gtest/gtest.h>

#include <vector>

#include "dataset/detail/program.hpp"

namespace crossfoot::testing {
namespace {

using namespace dataset_detail;

struct column_data {
  std::vector<double> value;
  std::vector<std::int8_t> decimals;
  std::vector<std::uint8_t> state;
  cell_block cells() const { return {value.data(), decimals.data(), state.data()}; }
};

// Rows of varied cells: digits written to 0-3 decimals, a missing cell every 7th row and a
// confidential one every 11th; `salt` makes each column's values its own.
column_data make_column(std::size_t rows, int salt) {
  column_data c;
  for (std::size_t r = 0; r < rows; ++r) {
    auto decimals = static_cast<std::int8_t>((r + static_cast<std::size_t>(salt)) % 4);
    c.value.push_back(static_cast<double>(r * 37 % 1000 + static_cast<std::size_t>(salt)) / 8.0);
    c.decimals.push_back(decimals);
    c.state.push_back(r % 7 == 3 ? missing : r % 11 == 5 ? confidential : stated);
  }
  return c;
}

struct loaded_registers {
  std::vector<double> lo, hi;
  std::vector<std::uint8_t> open, known;
  explicit loaded_registers(std::size_t n) : lo(n), hi(n), open(n), known(n) {}
  batch::lanes lanes() { return {lo.data(), hi.data(), open.data()}; }
};

void expect_same(loaded_registers& a, loaded_registers& b, std::size_t n, const char* what) {
  for (std::size_t i = 0; i < n; ++i) {
    ASSERT_EQ(a.known[i], b.known[i]) << what << " lane " << i;
    EXPECT_EQ(a.lo[i], b.lo[i]) << what << " lane " << i;
    EXPECT_EQ(a.hi[i], b.hi[i]) << what << " lane " << i;
    EXPECT_EQ(a.open[i], b.open[i]) << what << " lane " << i;
  }
}

TEST(loaded_cells, GivesEveryRuleTheCellsItWouldConvertItselfBatchAfterBatch) {
  const std::size_t rows = 2 * batch_lanes + 100;  // two full batches and a short one
  std::vector<column_data> data = {make_column(rows, 0), make_column(rows, 3),
                                   make_column(rows, 5)};
  std::vector<number_column> meta(3);
  meta[1].prec = {precision::kind::half_width, 0.05};
  meta[2].prec = {precision::kind::exact, 0};
  loaded_cells loaded;
  for (std::size_t first = 0; first < rows; first += batch_lanes) {
    const std::size_t n = std::min(batch_lanes, rows - first);
    loaded.clear();
    // Column 2 first, then 0 and 2 again (a column loaded earlier), as rules ask in turn.
    for (std::size_t column : {std::size_t{2}, std::size_t{0}, std::size_t{2}, std::size_t{1}}) {
      loaded_registers direct(batch_lanes), cached(batch_lanes);
      load_cells(data[column].cells(), meta[column], n, lane_rows{nullptr, first}, direct.lanes(),
                 direct.known.data());
      loaded.load(column, data[column].cells(), meta[column], n, lane_rows{nullptr, first},
                  cached.lanes(), cached.known.data());
      expect_same(direct, cached, n, "batch");
    }
  }
}

instruction make(opcode op, int out, int a, int b, int source) {
  instruction in;
  in.op = op;
  in.out = out;
  in.a = a;
  in.b = b;
  in.source = source;
  return in;
}

TEST(loaded_cells, ARunWithTheCacheDecidesAsARunWithout) {
  // total == exports + imports and exports >= 0, run in turn on each batch with one cache.
  const std::size_t rows = batch_lanes + 40;
  std::vector<column_data> data = {make_column(rows, 1), make_column(rows, 2),
                                   make_column(rows, 4)};
  std::vector<cell_block> cells;
  for (const auto& d : data) cells.push_back(d.cells());
  std::vector<number_column> meta(3);
  program balance;  // r3 = r1 + r2; r4 = (r0 == r3)
  balance.code = {make(opcode::number, 0, -1, -1, 0), make(opcode::number, 1, -1, -1, 1),
                  make(opcode::number, 2, -1, -1, 2), make(opcode::add, 3, 1, 2, -1),
                  make(opcode::compare, 4, 0, 3, -1)};
  balance.registers = 5;
  balance.result = 4;
  program nonneg;  // r2 = (r0 >= 0)
  nonneg.code = {make(opcode::number, 0, -1, -1, 1), make(opcode::constant, 1, -1, -1, 0),
                 make(opcode::compare, 2, 0, 1, -1)};
  nonneg.code[2].cmp = batch::comparison::ge;
  nonneg.constants = {interval::point(0)};
  nonneg.registers = 3;
  nonneg.result = 2;
  term_filler no_terms;
  register_file with, without;
  loaded_cells loaded;
  for (std::size_t first = 0; first < rows; first += batch_lanes) {
    const std::size_t n = std::min(batch_lanes, rows - first);
    loaded.clear();
    for (const program* p : {&balance, &nonneg}) {
      run(*p, cells, meta, n, lane_rows{nullptr, first}, no_terms, with, &loaded);
      run(*p, cells, meta, n, lane_rows{nullptr, first}, no_terms, without);
      for (std::size_t i = 0; i < n; ++i) {
        ASSERT_EQ(with.known(p->result)[i], without.known(p->result)[i]) << first + i;
        EXPECT_EQ(with.truth(p->result)[i], without.truth(p->result)[i]) << first + i;
      }
    }
  }
}

}  // namespace
}  // namespace crossfoot::testing
