// Rules across rows of a records dataset: group aggregates, uniqueness and periods, computed
// from the columns kept for the whole file and fed to each rule's program as terms.
#include "dataset/detail/groups.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <thread>

#include "core/period.hpp"
#include "dataset/detail/findings.hpp"

namespace crossfoot::dataset_detail {

namespace {

// Numbers each row's key in order of first appearance.
template <typename Key, typename key_fn>
void sparse_groups(std::vector<std::uint32_t>& id, std::vector<std::uint32_t>& size,
                   std::uint32_t& groups, std::size_t rows, key_fn key_of) {
  std::map<Key, std::uint32_t> ids;
  for (std::size_t row = 0; row < rows; ++row) {
    auto [it, fresh] = ids.try_emplace(key_of(row), 0);
    if (fresh) {
      size.push_back(0);
      it->second = groups++;
    }
    id[row] = it->second;
    ++size[it->second];
  }
}

constexpr std::size_t key_block = key_layout::key_block;

}  // namespace

grouping::grouping(const table& t, const std::vector<int>& columns, std::uint64_t max_direct) {
  keys_.pack(t, columns, true);
  const std::uint64_t combinations = keys_.combinations();
  direct_ = keys_.usable() && combinations <= max_direct &&
            combinations <= std::numeric_limits<std::uint32_t>::max();
  if (!direct_) {
    number_rows(t, columns);
    return;
  }
  groups_ = static_cast<std::uint32_t>(combinations);
  size_.reserve(groups_);
  make_resident(size_);
  size_.assign(groups_, 0);
  std::vector<std::uint64_t> keys(std::min(t.rows, key_block));
  for (std::size_t first = 0; first < t.rows; first += key_block) {
    std::size_t n = std::min(key_block, t.rows - first);
    keys_.keys_of(first, n, keys.data());
    for (std::size_t i = 0; i < n; ++i) ++size_[keys[i]];
  }
}

// Groups numbered in order of first appearance, an id per row: in a dense array of the keys
// when the combinations are few, in a map of the keys otherwise, or of the codes themselves
// when the combinations do not fit 64 bits.
void grouping::number_rows(const table& t, const std::vector<int>& columns) {
  id_.resize(t.rows);
  if (!keys_.usable()) {
    sparse_groups<std::vector<std::uint32_t>>(id_, size_, groups_, t.rows, [&](std::size_t row) {
      std::vector<std::uint32_t> key(columns.size());
      for (std::size_t i = 0; i < columns.size(); ++i)
        key[i] = t.code[static_cast<std::size_t>(columns[i])][row];
      return key;
    });
    return;
  }
  if (keys_.combinations() > 4 * std::uint64_t{t.rows} + 4096) {  // many columns, few rows
    sparse_groups<std::uint64_t>(id_, size_, groups_, t.rows,
                                 [&](std::size_t row) { return keys_.key_of(row); });
    return;
  }
  std::vector<std::uint32_t> slots(keys_.combinations(), 0);  // id + 1
  std::vector<std::uint64_t> keys(std::min(t.rows, key_block));
  for (std::size_t first = 0; first < t.rows; first += key_block) {
    std::size_t n = std::min(key_block, t.rows - first);
    keys_.keys_of(first, n, keys.data());
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t& slot = slots[keys[i]];
      if (!slot) {
        size_.push_back(0);
        slot = ++groups_;
      }
      id_[first + i] = slot - 1;
      ++size_[slot - 1];
    }
  }
}

std::uint32_t grouping::id(std::size_t row) const {
  return direct_ ? static_cast<std::uint32_t>(keys_.key_of(row)) : id_[row];
}

void grouping::ids(std::size_t first, std::size_t n, std::uint32_t* out) const {
  if (!direct_) {
    std::copy(id_.begin() + static_cast<long>(first), id_.begin() + static_cast<long>(first + n),
              out);
    return;
  }
  std::uint64_t keys[batch_lanes];
  for (std::size_t done = 0; done < n;) {
    std::size_t k = std::min(batch_lanes, n - done);
    keys_.keys_of(first + done, k, keys);
    for (std::size_t i = 0; i < k; ++i) out[done + i] = static_cast<std::uint32_t>(keys[i]);
    done += k;
  }
}

void grouping::ids(lane_rows rows, std::size_t n, std::uint32_t* out) const {
  if (!rows.rows) return ids(rows.first, n, out);
  for (std::size_t i = 0; i < n; ++i) out[i] = id(rows.at(i));
}

namespace {

// Rows of the same series (the key without the period) at another period.
class period_links {
 public:
  period_links(const dataset_plan& plan, const table& t) : t_(t) {
    std::vector<int> columns;
    for (int k : plan.key) {
      if (k != plan.period) columns.push_back(k);
    }
    position_ = columns.size();
    columns.push_back(plan.period);
    period_column_ = static_cast<std::size_t>(plan.period);
    index_.build(t, columns);
    const dictionary& d = t.dicts[period_column_];
    periods_.resize(d.size());
    for (std::uint32_t c = 0; c < d.size(); ++c) {
      periods_[c] = parse_period(d.text(c));
      if (periods_[c]) code_of_.emplace(*periods_[c], c);
    }
  }

  const std::optional<period>& period_of(std::size_t row) const {
    return periods_[t_.code[period_column_][row]];
  }

  /// The row of `row`'s series at period `p`, or -1.
  long long find(std::size_t row, const period& p) const {
    auto it = code_of_.find(p);
    if (it == code_of_.end()) return -1;
    return index_.find(index_.with(index_.key_of(row), position_, it->second));
  }

 private:
  const table& t_;
  key_index index_;
  std::size_t position_ = 0;
  std::size_t period_column_ = 0;
  std::vector<std::optional<period>> periods_;  // per code of the period column
  std::map<period, std::uint32_t> code_of_;
};

// A group's aggregate: its interval, or unknown when a member has no value.
struct group_value {
  interval v = interval::point(0);
  long long members = 0;  // with a value
  bool unknown = false;
};

class cross_row_rule {
 public:
  cross_row_rule(const dataset_plan& plan, const table& t, const rule_plan& rp,
                 std::optional<period_links>& links)
      : plan_(plan), t_(t), rp_(rp), links_(links) {
    for (std::size_t k = 0; k < plan.numbers.size(); ++k)
      cells_.push_back(t.keep_number[k] ? t.cells(k) : cell_block{});
    terms_.resize(rp.terms.size());
    for (std::size_t i = 0; i < rp.terms.size(); ++i) prepare(rp.terms[i], terms_[i]);
  }

  void run(std::size_t kept_per_rule, int rule_index, rule_tally& tally,
           std::vector<pending_finding>& out) {
    register_file regs;
    std::size_t kept = 0;
    term_filler fill = [this](int term, std::size_t n, lane_rows rows, batch::lanes lanes,
                              std::uint8_t* known) { this->fill(term, n, rows, lanes, known); };
    for (std::size_t first = 0; first < t_.rows; first += batch_lanes) {
      std::size_t n = std::min(batch_lanes, t_.rows - first);
      std::fill(absent_, absent_ + n, 0);
      lane_rows lanes{nullptr, first};
      dataset_detail::run(rp_.prog, cells_, plan_.numbers, n, lanes, fill, regs);
      const std::uint8_t* known = regs.known(rp_.prog.result);
      const std::uint8_t* truth = regs.truth(rp_.prog.result);
      for (std::size_t i = 0; i < n; ++i) {
        if (absent_[i]) continue;  // no instance on this row (a month has no months)
        finding_kind kind = !known[i]                      ? finding_kind::unknown
                            : (truth[i] & batch::can_true) ? finding_kind::pass
                                                           : finding_kind::fail;
        if (kind == finding_kind::pass) {
          ++tally.pass;
          continue;
        }
        ++(kind == finding_kind::fail ? tally.fail : tally.unknown);
        if (kept >= kept_per_rule) {
          ++tally.omitted;
          continue;
        }
        ++kept;
        pending_finding pf = rule_finding(rp_, plan_, regs, i, kind);
        if (kind == finding_kind::unknown && pf.f.message.empty())
          pf.f.message = why_unknown(regs, i);
        add_code_cells(pf);
        pf.rule = rule_index;
        pf.row = static_cast<long long>(first + i);
        out.push_back(std::move(pf));
      }
    }
  }

 private:
  struct term_data {
    grouping groups;
    std::vector<group_value> values;  // grouped: per group
    key_index keys;                   // selected: the rows by their key
    // selected: the position in the key and the code of each changed column; no row has
    // the key when a code is not in the file (`absent`)
    std::vector<std::pair<std::size_t, std::uint32_t>> changes;
    bool absent = false;
  };

  const dataset_plan& plan_;
  const table& t_;
  const rule_plan& rp_;
  std::optional<period_links>& links_;
  std::vector<cell_block> cells_;
  std::vector<term_data> terms_;
  std::uint8_t absent_[batch_lanes] = {};

  // Why a row's instance is unknown when its own cells all hold values: the first term the
  // other rows could not give.
  std::string why_unknown(register_file& regs, std::size_t lane) const {
    for (const instruction& in : rp_.prog.code) {
      if (in.op != opcode::term || regs.known(in.out)[lane]) continue;
      const term& tm = rp_.terms[static_cast<std::size_t>(in.source)];
      const std::string& column = plan_.numbers[static_cast<std::size_t>(tm.number)].name;
      switch (tm.k) {
        case term::kind::selected: {
          std::string key;
          for (std::size_t c = 0; c < tm.columns.size(); ++c)
            key +=
                fmt::format("{}{} = {}", c ? ", " : "",
                            plan_.codes[static_cast<std::size_t>(tm.columns[c])].name, tm.codes[c]);
          return fmt::format("no row with {} and this row's other key columns has a value of {}",
                             key, column);
        }
        case term::kind::shifted:
          return fmt::format("no row of this key {} has a value of {}",
                             tm.year_ago ? "a year earlier" : "one period earlier", column);
        case term::kind::members:
          return fmt::format("a part of this row's period has no row or no value of {}", column);
        case term::kind::grouped:
          return fmt::format("a row of this group has no value of {}", column);
        case term::kind::unique:
          break;
      }
    }
    return {};
  }

  // A unique() finding shows the codes that repeat, located at their cells.
  void add_code_cells(pending_finding& pf) const {
    for (const term& tm : rp_.terms) {
      if (tm.k != term::kind::unique) continue;
      for (int c : tm.columns) {
        pf.cells.push_back(plan_.codes[static_cast<std::size_t>(c)].csv_column);
        pf.values.push_back(interval::entire());
        pf.states.push_back(stated);
      }
    }
  }

  const period_links& links() const { return *links_; }

  void prepare(const term& tm, term_data& d) {
    switch (tm.k) {
      case term::kind::grouped:
        // An aggregate per group (48 bytes with its sums): direct only while that costs less
        // than an id per row would.
        d.groups = grouping(t_, tm.columns, t_.rows / 8 + 4096);
        aggregate_groups(tm, d);
        break;
      case term::kind::unique:
        // A count per group (4 bytes): direct while the combinations are few.
        d.groups = grouping(t_, tm.columns, 4 * std::uint64_t{t_.rows} + 4096);
        break;
      case term::kind::selected:
        prepare_selected(tm, d);
        break;
      case term::kind::shifted:
      case term::kind::members:  // the period links are built before the rules run
        break;
    }
  }

  void prepare_selected(const term& tm, term_data& d) {
    d.keys.build(t_, plan_.key);
    for (std::size_t i = 0; i < tm.columns.size(); ++i) {
      auto position = static_cast<std::size_t>(
          std::find(plan_.key.begin(), plan_.key.end(), tm.columns[i]) - plan_.key.begin());
      std::uint32_t code = t_.dicts[static_cast<std::size_t>(tm.columns[i])].find(tm.codes[i]);
      if (code == dictionary::none) d.absent = true;
      d.changes.emplace_back(position, code);
    }
  }

  // One pass over the column: each cell's interval added (or min'd, max'd) into its group.
  void aggregate_groups(const term& tm, term_data& d) {
    d.values.assign(d.groups.groups(), group_value{});
    std::vector<std::uint8_t> started(d.groups.groups(), 0);
    const auto column = static_cast<std::size_t>(tm.number);
    double lo[batch_lanes], hi[batch_lanes];
    std::uint8_t open[batch_lanes], known[batch_lanes];
    batch::lanes lanes{lo, hi, open};
    // Sums run in the batch's rounding mode, one switch per batch: the scalar operator+
    // switches it three times per cell (5% of a records check). Lanes with an open or infinite
    // end are added below with the scalar operations, as before.
    const bool summed = tm.fn == aggregate::sum || tm.fn == aggregate::mean;
    std::vector<double> sum_lo(summed ? d.groups.groups() : 0, 0.0), sum_hi(sum_lo);
    std::uint32_t id[batch_lanes];
    for (std::size_t first = 0; first < t_.rows; first += batch_lanes) {
      std::size_t n = std::min(batch_lanes, t_.rows - first);
      load_cells(cells_[column], plan_.numbers[column], n, lane_rows{nullptr, first}, lanes, known);
      std::uint8_t scalar[batch_lanes];
      std::copy(known, known + n, scalar);
      d.groups.ids(first, n, id);
      if (summed) batch::add_into_groups(n, lanes, id, scalar, sum_lo.data(), sum_hi.data());
      for (std::size_t i = 0; i < n; ++i) {
        group_value& g = d.values[id[i]];
        if (!known[i]) {
          g.unknown = true;
          continue;
        }
        ++g.members;
        if (tm.fn == aggregate::count || !scalar[i]) continue;
        interval v = batch::get(lanes, i);
        std::uint8_t& s = started[id[i]];
        if (tm.fn == aggregate::min) {
          g.v = s ? min(g.v, v) : v;
        } else if (tm.fn == aggregate::max) {
          g.v = s ? max(g.v, v) : v;
        } else {
          g.v = g.v + v;
        }
        s = 1;
      }
    }
    for (std::size_t k = 0; summed && k < d.values.size(); ++k) {
      d.values[k].v = interval::closed(sum_lo[k], sum_hi[k]) + d.values[k].v;
    }
    for (group_value& g : d.values) {
      if (tm.fn == aggregate::count) {
        g.v = interval::point(static_cast<double>(g.members));
        g.unknown = false;  // rows without a value are not counted
      } else if (tm.fn == aggregate::mean && !g.unknown && g.members > 0) {
        g.v = g.v / interval::point(static_cast<double>(g.members));
      }
    }
  }

  void fill(int index, std::size_t n, lane_rows rows, batch::lanes out, std::uint8_t* known) {
    const term& tm = rp_.terms[static_cast<std::size_t>(index)];
    const term_data& d = terms_[static_cast<std::size_t>(index)];
    std::uint32_t id[batch_lanes];
    switch (tm.k) {
      case term::kind::grouped:
        d.groups.ids(rows, n, id);
        for (std::size_t i = 0; i < n; ++i) {
          const group_value& g = d.values[id[i]];
          batch::set(out, i, g.v);
          known[i] = !g.unknown;
        }
        return;
      case term::kind::unique:
        d.groups.ids(rows, n, id);
        for (std::size_t i = 0; i < n; ++i) {
          batch::set(out, i, interval::point(d.groups.size(id[i]) - 1.0));
          known[i] = 1;
        }
        return;
      case term::kind::shifted:
        fill_shifted(tm, n, rows, out, known);
        return;
      case term::kind::members:
        fill_members(tm, n, rows, out, known);
        return;
      case term::kind::selected:
        fill_selected(tm, d, n, rows, out, known);
        return;
    }
  }

  // The cell of one other row per lane, `find_row(row)` (-1: the file has no such row, and the
  // lane is unknown).
  template <typename FindRow>
  void fill_from_rows(const term& tm, std::size_t n, lane_rows rows, batch::lanes out,
                      std::uint8_t* known, FindRow find_row) {
    std::uint32_t other[batch_lanes];
    std::uint8_t found[batch_lanes];
    for (std::size_t i = 0; i < n; ++i) {
      long long r = find_row(rows.at(i));
      found[i] = r >= 0;
      other[i] = static_cast<std::uint32_t>(r >= 0 ? r : 0);
    }
    const auto column = static_cast<std::size_t>(tm.number);
    load_cells(cells_[column], plan_.numbers[column], n, lane_rows{other, 0}, out, known);
    for (std::size_t i = 0; i < n; ++i) known[i] &= found[i];
  }

  // The row whose key is this row's with the term's columns changed; none when the file has no
  // such row (or its keys are too many to index).
  void fill_selected(const term& tm, const term_data& d, std::size_t n, lane_rows rows,
                     batch::lanes out, std::uint8_t* known) {
    fill_from_rows(tm, n, rows, out, known, [&d](std::size_t row) -> long long {
      if (d.absent || !d.keys.usable()) return -1;
      std::uint64_t key = d.keys.key_of(row);
      for (const auto& [position, code] : d.changes) {
        if (key == key_index::no_key) return -1;
        key = d.keys.with(key, position, code);
      }
      return key == key_index::no_key ? -1 : d.keys.find(key);
    });
  }

  // The same series one period (or one year) earlier.
  void fill_shifted(const term& tm, std::size_t n, lane_rows rows, batch::lanes out,
                    std::uint8_t* known) {
    const period_links& l = links();
    fill_from_rows(tm, n, rows, out, known, [&l, &tm](std::size_t row) -> long long {
      const auto& p = l.period_of(row);
      return p ? l.find(row, tm.year_ago ? p->year_ago() : p->shifted(tm.shift)) : -1;
    });
  }

  // sum/min/max over the rows of the same series whose periods make up this row's period:
  // its months, quarters or years. A row whose period has no such parts has no instance.
  void fill_members(const term& tm, std::size_t n, lane_rows rows, batch::lanes out,
                    std::uint8_t* known) {
    const period_links& l = links();
    frequency f = tm.set == member_set::months     ? frequency::month
                  : tm.set == member_set::quarters ? frequency::quarter
                                                   : frequency::year;
    const auto column = static_cast<std::size_t>(tm.number);
    double lo, hi;
    std::uint8_t open, cell_known;
    batch::lanes one{&lo, &hi, &open};
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t row = rows.at(i);
      const auto& p = l.period_of(row);
      std::vector<period> parts = p ? p->parts(f) : std::vector<period>{};
      known[i] = 0;
      batch::set(out, i, interval::point(0));
      if (parts.size() < 2 && !(parts.size() == 1 && parts[0] != *p)) {
        absent_[i] = 1;
        continue;
      }
      interval acc = interval::point(0);
      bool all = true;
      for (std::size_t k = 0; k < parts.size() && all; ++k) {
        long long r = l.find(row, parts[k]);
        if (r < 0) {
          all = false;
          break;
        }
        auto at = static_cast<std::uint32_t>(r);
        load_cells(cells_[column], plan_.numbers[column], 1, lane_rows{&at, 0}, one, &cell_known);
        if (!cell_known) {
          all = false;
          break;
        }
        interval v = batch::get(one, 0);
        acc = k == 0                    ? v
              : tm.fn == aggregate::min ? min(acc, v)
              : tm.fn == aggregate::max ? max(acc, v)
                                        : acc + v;
      }
      if (!all) continue;
      batch::set(out, i, acc);
      known[i] = 1;
    }
  }
};

}  // namespace

void check_cross_row_rules(const dataset_spec& spec, const dataset_plan& plan, const table& t,
                           std::size_t kept_per_rule, int threads, std::vector<rule_tally>& tallies,
                           std::vector<pending_finding>& out,
                           const std::function<void()>& rule_done) {
  (void)spec;
  std::vector<std::size_t> todo;
  bool periods = false;
  for (std::size_t i = 0; i < plan.rules.size(); ++i) {
    const rule_plan& rp = plan.rules[i];
    if (!rp.records_cross_row() || !rp.applies || !rp.error.empty()) continue;
    todo.push_back(i);
    for (const term& tm : rp.terms)
      periods = periods || tm.k == term::kind::shifted || tm.k == term::kind::members;
  }
  // Built before the rules run, so that they share it read-only.
  std::optional<period_links> links;
  if (periods) links.emplace(plan, t);
  // The rules are independent: one per core at a time, findings merged in rule order.
  std::vector<std::vector<pending_finding>> found(todo.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t k = next++; k < todo.size(); k = next++) {
      std::size_t i = todo[k];
      cross_row_rule(plan, t, plan.rules[i], links)
          .run(kept_per_rule, static_cast<int>(i), tallies[i], found[k]);
      if (rule_done) rule_done();
    }
  };
  auto cores = static_cast<std::size_t>(std::max(1, threads));
  std::vector<std::thread> pool;
  for (std::size_t w = 1; w < std::min(cores, todo.size()); ++w) pool.emplace_back(worker);
  worker();
  for (auto& th : pool) th.join();
  for (auto& f : found) std::move(f.begin(), f.end(), std::back_inserter(out));
}

}  // namespace crossfoot::dataset_detail
