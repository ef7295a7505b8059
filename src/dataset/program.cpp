#include <cmath>
#include <limits>

#include "dataset/detail/number.hpp"
#include "dataset/detail/program.hpp"
#include "solve/problem.hpp"

namespace crossfoot::dataset_detail {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

void known_of_two(std::size_t n, const std::uint8_t* a, const std::uint8_t* b, std::uint8_t* out) {
  for (std::size_t i = 0; i < n; ++i) out[i] = a[i] & b[i];
}

// `and` and `or` as the figures path decides them (eval/operations.cpp, logical): a known
// false makes `and` false even beside an unknown, a known true makes `or` true.
void logical(opcode op, std::size_t n, register_file& regs, const instruction& in) {
  const std::uint8_t *ka = regs.known(in.a), *kb = regs.known(in.b);
  const std::uint8_t *ta = regs.truth(in.a), *tb = regs.truth(in.b);
  std::uint8_t *ko = regs.known(in.out), *to = regs.truth(in.out);
  const bool is_and = op == opcode::logical_and;
  // `and` is decided by a known "cannot be true", `or` by a known "cannot be false".
  const std::uint8_t decisive = is_and ? batch::can_true : batch::can_false;
  for (std::size_t i = 0; i < n; ++i) {
    bool a_decides = ka[i] && !(ta[i] & decisive);
    bool b_decides = kb[i] && !(tb[i] & decisive);
    if (a_decides || b_decides) {
      ko[i] = 1;
      to[i] = is_and ? batch::can_false : batch::can_true;
    } else if (ka[i] && kb[i]) {
      ko[i] = 1;
      truth x = batch::decode(ta[i]), y = batch::decode(tb[i]);
      to[i] = batch::encode(is_and ? logical_and(x, y) : logical_or(x, y));
    } else {
      ko[i] = 0;
      to[i] = 0;
    }
  }
}

void compare(const program& p, std::size_t n, register_file& regs, const instruction& in) {
  auto a = regs.lanes(in.a), b = regs.lanes(in.b);
  std::uint8_t* t = regs.truth(in.out);
  if (in.within && p.within) {
    const tolerance& w = *p.within;
    for (std::size_t i = 0; i < n; ++i) {
      truth eq = solve::within(batch::get(a, i), batch::get(b, i), w.amount, w.relative);
      t[i] = batch::encode(in.cmp == batch::comparison::eq ? eq : logical_not(eq));
    }
  } else {
    batch::compare(in.cmp, n, a, b, t);
  }
  known_of_two(n, regs.known(in.a), regs.known(in.b), regs.known(in.out));
}

void agree(std::size_t n, register_file& regs, const instruction& in) {
  std::uint8_t *ko = regs.known(in.out), *to = regs.truth(in.out);
  for (std::size_t i = 0; i < n; ++i) {
    bool known = true, all_points = true;
    interval common = interval::entire();
    interval first = regs.value(in.args.front(), i);
    for (int r : in.args) {
      known = known && regs.known(r)[i];
      interval v = regs.value(r, i);
      common = intersect(common, v);
      all_points = all_points && v.lo == v.hi && v == first;
    }
    ko[i] = known;
    to[i] = batch::encode(truth{!common.empty(), !all_points});
  }
}

void arithmetic(std::size_t n, register_file& regs, const instruction& in) {
  auto a = regs.lanes(in.a), out = regs.lanes(in.out);
  switch (in.op) {
    case opcode::neg:
      batch::neg(n, a, out);
      break;
    case opcode::abs:
      batch::abs(n, a, out);
      break;
    default: {
      auto b = regs.lanes(in.b);
      switch (in.op) {
        case opcode::add:
          batch::add(n, a, b, out);
          break;
        case opcode::sub:
          batch::sub(n, a, b, out);
          break;
        case opcode::mul:
          batch::mul(n, a, b, out);
          break;
        case opcode::div:
          batch::div(n, a, b, out);
          break;
        case opcode::pow:
          batch::pow(n, a, b, out);
          break;
        case opcode::min:
          batch::min(n, a, b, out);
          break;
        case opcode::max:
          batch::max(n, a, b, out);
          break;
        default:
          break;
      }
      known_of_two(n, regs.known(in.a), regs.known(in.b), regs.known(in.out));
      return;
    }
  }
  const std::uint8_t* ka = regs.known(in.a);
  std::uint8_t* ko = regs.known(in.out);
  for (std::size_t i = 0; i < n; ++i) ko[i] = ka[i];
}

}  // namespace

void register_file::reserve(int registers) {
  std::size_t need = static_cast<std::size_t>(registers) * batch_lanes;
  if (lo_.size() >= need) return;
  lo_.resize(need);
  hi_.resize(need);
  open_.resize(need);
  known_.resize(need);
  truth_.resize(need);
}

void load_cells(const cell_block& cells, const number_column& meta, std::size_t n, lane_rows rows,
                batch::lanes out, std::uint8_t* known) {
  double value[batch_lanes], half[batch_lanes];
  std::uint8_t integer[batch_lanes];
  const bool from_digits = meta.prec.how == precision::kind::from_digits;
  const double fixed =
      meta.prec.how == precision::kind::exact ? 0.0 : std::fabs(meta.prec.half_width);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t r = rows.at(i);
    written_number w{cells.value[r], cells.decimals[r]};
    value[i] = w.value;
    half[i] = from_digits ? half_unit(w.decimals) : fixed;
    integer[i] = exact_integer(w);
  }
  batch::written(n, value, half, integer, meta.u.factor(), out);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint8_t s = cells.state[rows.at(i)] & state_mask;
    known[i] = s == stated || s == confidential;
    if (s == confidential) {  // withheld, but never negative
      out.lo[i] = 0;
      out.hi[i] = inf;
      out.open[i] = 0;
    }
  }
}

void loaded_cells::load(std::size_t column, const cell_block& cells, const number_column& meta,
                        std::size_t n, lane_rows rows, batch::lanes out, std::uint8_t* known) {
  if (column >= loaded_.size()) {
    loaded_.resize(column + 1, 0);
    lo_.resize(loaded_.size() * batch_lanes);
    hi_.resize(lo_.size());
    open_.resize(lo_.size());
    known_.resize(lo_.size());
  }
  const std::size_t o = column * batch_lanes;
  if (!loaded_[column]) {
    load_cells(cells, meta, n, rows, {lo_.data() + o, hi_.data() + o, open_.data() + o},
               known_.data() + o);
    loaded_[column] = 1;
  }
  std::copy(lo_.begin() + static_cast<long>(o), lo_.begin() + static_cast<long>(o + n), out.lo);
  std::copy(hi_.begin() + static_cast<long>(o), hi_.begin() + static_cast<long>(o + n), out.hi);
  std::copy(open_.begin() + static_cast<long>(o), open_.begin() + static_cast<long>(o + n),
            out.open);
  std::copy(known_.begin() + static_cast<long>(o), known_.begin() + static_cast<long>(o + n),
            known);
}

void run(const program& p, const std::vector<cell_block>& cells,
         const std::vector<number_column>& meta, std::size_t n, lane_rows rows,
         const term_filler& terms, register_file& regs, loaded_cells* loaded) {
  regs.reserve(p.registers);
  for (const instruction& in : p.code) {
    switch (in.op) {
      case opcode::number: {
        const auto c = static_cast<std::size_t>(in.source);
        if (loaded) {
          loaded->load(c, cells[c], meta[c], n, rows, regs.lanes(in.out), regs.known(in.out));
        } else {
          load_cells(cells[c], meta[c], n, rows, regs.lanes(in.out), regs.known(in.out));
        }
        break;
      }
      case opcode::constant: {
        batch::fill(n, p.constants[static_cast<std::size_t>(in.source)], regs.lanes(in.out));
        std::uint8_t* k = regs.known(in.out);
        for (std::size_t i = 0; i < n; ++i) k[i] = 1;
        break;
      }
      case opcode::term:
        terms(in.source, n, rows, regs.lanes(in.out), regs.known(in.out));
        break;
      case opcode::compare:
        compare(p, n, regs, in);
        break;
      case opcode::logical_and:
      case opcode::logical_or:
        logical(in.op, n, regs, in);
        break;
      case opcode::logical_not: {
        const std::uint8_t *ka = regs.known(in.a), *ta = regs.truth(in.a);
        std::uint8_t *ko = regs.known(in.out), *to = regs.truth(in.out);
        for (std::size_t i = 0; i < n; ++i) {
          ko[i] = ka[i];
          to[i] = batch::encode(logical_not(batch::decode(ta[i])));
        }
        break;
      }
      case opcode::exists: {
        const cell_block& c = cells[static_cast<std::size_t>(in.source)];
        std::uint8_t *ko = regs.known(in.out), *to = regs.truth(in.out);
        for (std::size_t i = 0; i < n; ++i) {
          std::uint8_t s = c.state[rows.at(i)] & state_mask;
          ko[i] = 1;
          to[i] = (s == stated || s == confidential) ? batch::can_true : batch::can_false;
        }
        break;
      }
      case opcode::agree:
        agree(n, regs, in);
        break;
      default:
        arithmetic(n, regs, in);
        break;
    }
  }
}

}  // namespace crossfoot::dataset_detail
