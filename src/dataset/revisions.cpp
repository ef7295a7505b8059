// Revisions (revisions.hpp): both releases are read with the dataset reader into tables of
// their identity and value columns (chunks parsed as for the check, codes interned file-wide),
// the previous one indexed by identity; each row of the new release is looked up there.
#include "dataset/revisions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/period.hpp"
#include "dataset/detail/codes.hpp"
#include "dataset/detail/cross_row.hpp"
#include "dataset/detail/number.hpp"
#include "dataset/detail/reader.hpp"
#include "num/batch.hpp"

namespace crossfoot {
namespace {

using namespace dataset_detail;
namespace codes = dataset_detail::codes;

constexpr std::size_t chunk_bytes = 4u << 20;

dialect dialect_of(const dataset_spec& spec) {
  return {spec.delimiter, spec.quote, spec.decimal, spec.thousands};
}

// The columns that make a cell: which identify a row, which hold the values compared.
struct layout {
  std::vector<std::string> identity;  // the key or the cube's dimensions, the period included
  std::vector<std::string> values;
};

std::optional<layout> layout_of(const dataset_spec& spec, const std::vector<std::string>& header,
                                diagnostics& diags) {
  layout l;
  l.identity = spec.shape == dataset_shape::cube ? spec.dimensions : spec.key;
  if (!spec.period.empty() &&
      std::find(l.identity.begin(), l.identity.end(), spec.period) == l.identity.end())
    l.identity.push_back(spec.period);
  if (l.identity.empty()) {
    diags.error(codes::no_identity, spec.place("key"),
                "--previous compares cells by their row's identity: give the spec a key (the "
                "columns that identify a row) or a period");
    return std::nullopt;
  }
  auto is_identity = [&](const std::string& c) {
    return std::find(l.identity.begin(), l.identity.end(), c) != l.identity.end();
  };
  if (spec.shape == dataset_shape::cube) {
    l.values = {spec.value};
  } else {
    for (const auto& c : header)
      if (!is_identity(c)) l.values.push_back(c);
  }
  return l;
}

// The plan the reader needs: identity (and flag) columns as codes, values as numbers.
bool make_reading_plan(const dataset_spec& spec, const layout& l, const std::string& file,
                       const std::vector<std::string>& header, dataset_plan& plan,
                       diagnostics& diags) {
  plan.header = header;
  auto column = [&](const std::string& name) -> int {
    auto it = std::find(header.begin(), header.end(), name);
    if (it != header.end()) return static_cast<int>(it - header.begin());
    diags.error(codes::unknown_column, spec.place("key"),
                fmt::format("column '{}' is not in the header of {}", name, file));
    return -1;
  };
  for (const auto& name : l.identity) {
    int c = column(name);
    if (c < 0) return false;
    plan.codes.push_back({c, name, name == spec.period, false});
    plan.key.push_back(static_cast<int>(plan.codes.size() - 1));
    if (name == spec.period) plan.period = static_cast<int>(plan.codes.size() - 1);
  }
  if (spec.shape == dataset_shape::cube && !spec.flag.empty()) {
    auto it = std::find(header.begin(), header.end(), spec.flag);
    if (it != header.end()) {
      plan.codes.push_back({static_cast<int>(it - header.begin()), spec.flag, false, true});
      plan.flag = static_cast<int>(plan.codes.size() - 1);
    }
  }
  for (const auto& name : l.values) {
    auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) continue;  // a column of one release only: not compared
    number_column n;
    n.csv_column = static_cast<int>(it - header.begin());
    n.name = name;
    const column_spec* cs = spec.column(name);
    n.u = cs && !cs->unit_text.empty() ? cs->u : spec.default_unit;
    if (cs) n.prec = cs->prec;
    plan.numbers.push_back(std::move(n));
    if (name == spec.value) plan.value = static_cast<int>(plan.numbers.size() - 1);
  }
  return true;
}

// One release read whole: its rows' identity codes and value cells, and where each row is.
struct release {
  dataset_spec spec;  // the spec with `data` naming this file (for fetch_rows)
  dataset_plan plan;
  table rows;
  key_index index;
  long long header_lines = 1;
};

bool read_release(const dataset_spec& spec, const std::string& file, const layout& l, release& out,
                  diagnostics& diags) {
  out.spec = spec;
  out.spec.data = file;
  dialect d = dialect_of(spec);
  auto source = open_data(file, {}, diags);
  if (!source) return false;
  chunk_reader reader(*source, d, chunk_bytes);
  std::vector<std::string> header = spec.names;
  if (spec.header) {
    long extra = 0;
    auto first = reader.first_record(extra);
    if (!first) {
      diags.error(reader.unterminated() ? codes::unterminated_quote : codes::no_header, {},
                  fmt::format("cannot read the header of {}", file));
      return false;
    }
    out.header_lines = 1 + extra;
    std::vector<field> fields;
    std::string scratch;
    split_record(first->data(), first->data() + first->size(), d, fields, scratch);
    header.clear();
    for (const auto& f : fields) header.emplace_back(f.text);
  } else {
    out.header_lines = 0;
  }
  if (!make_reading_plan(spec, l, file, header, out.plan, diags)) return false;
  chunk_context ctx;
  ctx.spec = &out.spec;
  ctx.plan = &out.plan;
  ctx.d = d;
  ctx.kept_per_rule = 0;  // the check reports data problems; here they are only counted
  ctx.number_slot.assign(header.size(), -1);
  ctx.code_slot.assign(header.size(), -1);
  for (std::size_t i = 0; i < out.plan.numbers.size(); ++i)
    ctx.number_slot[static_cast<std::size_t>(out.plan.numbers[i].csv_column)] = static_cast<int>(i);
  for (std::size_t i = 0; i < out.plan.codes.size(); ++i)
    ctx.code_slot[static_cast<std::size_t>(out.plan.codes[i].csv_column)] = static_cast<int>(i);
  out.rows.init(out.plan);
  out.rows.keep_number.assign(out.plan.numbers.size(), true);
  long long lines = 0, first_row = 0;
  chunk c;
  chunk_reader::status st;
  while ((st = reader.next(c)) == chunk_reader::status::chunk) {
    chunk_result r = process_chunk(c, ctx);
    if (r.fatal) {
      diags.error(r.fatal->code, {}, fmt::format("{}: {}", file, r.fatal->message));
      return false;
    }
    std::size_t n = r.cols.rows;
    out.rows.append(r, out.header_lines + lines + 1, first_row);
    first_row += static_cast<long long>(n);
    lines += r.lines;
  }
  if (st == chunk_reader::status::error) {
    diags.error(reader.unterminated() ? codes::unterminated_quote : codes::unreadable_data, {},
                fmt::format("cannot read {}: {}", file,
                            reader.unterminated() ? "it ends inside quotes" : reader.error()));
    return false;
  }
  out.index.build(out.rows, out.plan.key);
  return true;
}

// A value cell of a release as the rules see it: interval in base units, or no value.
struct cell {
  std::uint8_t state = missing;  // stated, missing, confidential, unparseable
  interval value;
  std::string written() const;
  double raw = 0;
  int decimals = 0;
};

std::string cell::written() const {
  switch (state) {
    case missing:
      return "missing";
    case confidential:
      return "confidential";
    case unparseable:
      return "not a number";
    default:
      return decimals > 0 ? fmt::format("{:.{}f}", raw, decimals) : fmt::format("{:.0f}", raw);
  }
}

cell cell_at(const release& r, std::size_t number, std::size_t row) {
  cell out;
  out.state = r.rows.state[number][row] & state_mask;
  if (out.state != stated) return out;
  const number_column& meta = r.plan.numbers[number];
  double v = r.rows.value[number][row];
  int dec = r.rows.decimals[number][row];
  const bool from_digits = meta.prec.how == precision::kind::from_digits;
  double half = from_digits                               ? half_unit(dec)
                : meta.prec.how == precision::kind::exact ? 0.0
                                                          : std::fabs(meta.prec.half_width);
  std::uint8_t integer = exact_integer({v, dec});
  double lo = 0, hi = 0;
  std::uint8_t open = 0;
  batch::lanes lane{&lo, &hi, &open};
  batch::written(1, &v, &half, &integer, meta.u.factor(), lane);
  out.value = batch::get(lane, 0);
  out.raw = v;
  out.decimals = dec;
  return out;
}

std::string period_text(const release& r, std::size_t row) {
  if (r.plan.period < 0) return "";
  auto k = static_cast<std::size_t>(r.plan.period);
  std::string_view t = r.rows.dicts[k].text(r.rows.code[k][row]);
  auto p = parse_period(t);
  return p ? p->to_string() : std::string(t);
}

// What became of one cell between the releases.
enum class change { same, revised, withdrawn, filled, skipped };

change compare(const cell& before, const cell& after) {
  if (before.state == unparseable || after.state == unparseable) return change::skipped;
  if (before.state == stated && after.state == stated)
    return gap(before.value, after.value) > 0 ? change::revised : change::same;
  if (before.state == stated) return change::withdrawn;
  if (after.state == stated) return change::filled;
  return change::same;
}

class revision_check {
 public:
  revision_check(const dataset_spec& spec, const revision_options& options, check_result& result)
      : spec_(spec), options_(options), result_(result) {}

  bool run(diagnostics& diags) {
    // Columns come from the new file's header; the same layout reads the previous one.
    std::vector<std::string> header;
    if (!read_header_names(spec_.data, header, diags)) return false;
    auto l = layout_of(spec_, header, diags);
    if (!l) return false;
    if (!read_release(spec_, options_.previous, *l, old_, diags)) return false;
    if (!read_release(spec_, spec_.data, *l, new_, diags)) return false;
    summary_.previous = options_.previous;
    compare_rows();
    removed_rows();
    locate();
    result_.revisions = summary_;
    // One line of the per-rule summary: the pseudo rule `revision`, once per cell compared.
    rule_summary rs;
    rs.rule = "revision";
    rs.level = options_.level.value_or(spec_.revisions.value_or(severity::error));
    rs.description = "values of periods published before, compared with " + options_.previous;
    rs.check = "unchanged within rounding";
    rs.instances = summary_.cells_compared + summary_.rows_removed;
    rs.fail = summary_.revised + summary_.withdrawn + summary_.rows_removed;
    rs.pass = rs.instances - rs.fail - summary_.skipped;
    rs.unknown = summary_.skipped;
    rs.omitted = summary_.omitted;
    result_.rules.push_back(std::move(rs));
    return true;
  }

 private:
  const dataset_spec& spec_;
  const revision_options& options_;
  check_result& result_;
  release old_, new_;
  revision_summary summary_;
  std::set<std::string> old_periods_, new_periods_;
  std::vector<bool> old_seen_;

  struct pending {
    finding f;
    long long new_row = -1, old_row = -1;
    std::string column;
    cell before, after;
  };
  std::vector<pending> pending_;

  bool read_header_names(const std::string& file, std::vector<std::string>& out,
                         diagnostics& diags) {
    if (!spec_.header) {
      out = spec_.names;
      return true;
    }
    auto source = open_data(file, {}, diags);
    if (!source) return false;
    dialect d = dialect_of(spec_);
    chunk_reader reader(*source, d, 1u << 16);
    long extra = 0;
    auto first = reader.first_record(extra);
    if (!first) {
      diags.error(codes::no_header, {}, fmt::format("cannot read the header of {}", file));
      return false;
    }
    std::vector<field> fields;
    std::string scratch;
    split_record(first->data(), first->data() + first->size(), d, fields, scratch);
    for (const auto& f : fields) out.emplace_back(f.text);
    return true;
  }

  severity level_for(const std::string& column) const {
    if (options_.level) return *options_.level;
    if (const column_spec* c = spec_.column(column); c && c->revisions) return *c->revisions;
    return spec_.revisions.value_or(severity::error);
  }

  // The previous release's row with the identity of the new release's row `row`, or -1.
  long long old_row_of(std::size_t row) const {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < new_.plan.key.size(); ++i) {
      auto k = static_cast<std::size_t>(new_.plan.key[i]);
      std::string_view text = new_.rows.dicts[k].text(new_.rows.code[k][row]);
      std::uint32_t code = old_.rows.dicts[static_cast<std::size_t>(old_.plan.key[i])].find(text);
      if (code == dictionary::none) return -1;
      key = old_.index.with(key, i, code);
    }
    return old_.index.find(key);
  }

  // The value column `name` in a release, or -1.
  static int number_named(const release& r, const std::string& name) {
    for (std::size_t i = 0; i < r.plan.numbers.size(); ++i)
      if (r.plan.numbers[i].name == name) return static_cast<int>(i);
    return -1;
  }

  void compare_rows() {
    for (std::size_t row = 0; row < old_.rows.rows; ++row)
      old_periods_.insert(period_text(old_, row));
    for (std::size_t row = 0; row < new_.rows.rows; ++row)
      new_periods_.insert(period_text(new_, row));
    for (const auto& p : new_periods_) {
      if (old_periods_.contains(p)) ++summary_.periods_in_both;
    }
    summary_.periods_only_new =
        static_cast<long long>(new_periods_.size()) - summary_.periods_in_both;
    summary_.periods_only_previous =
        static_cast<long long>(old_periods_.size()) - summary_.periods_in_both;
    old_seen_.assign(old_.rows.rows, false);
    std::vector<std::pair<int, int>> columns;  // (new number, old number) compared
    for (std::size_t i = 0; i < new_.plan.numbers.size(); ++i) {
      int o = number_named(old_, new_.plan.numbers[i].name);
      if (o >= 0) columns.emplace_back(static_cast<int>(i), o);
    }
    for (std::size_t row = 0; row < new_.rows.rows; ++row) {
      if (!old_periods_.count(period_text(new_, row))) continue;  // a period first published now
      long long o = old_row_of(row);
      if (o < 0) {
        ++summary_.rows_added;
        continue;
      }
      old_seen_[static_cast<std::size_t>(o)] = true;
      for (auto [n, p] : columns) {
        cell after = cell_at(new_, static_cast<std::size_t>(n), row);
        cell before = cell_at(old_, static_cast<std::size_t>(p), static_cast<std::size_t>(o));
        ++summary_.cells_compared;
        switch (compare(before, after)) {
          case change::same:
            ++summary_.unchanged;
            break;
          case change::filled:
            ++summary_.filled;
            break;
          case change::skipped:
            ++summary_.skipped;
            break;
          case change::revised:
            ++summary_.revised;
            add(static_cast<long long>(row), o, new_.plan.numbers[static_cast<std::size_t>(n)].name,
                before, after);
            break;
          case change::withdrawn:
            ++summary_.withdrawn;
            add(static_cast<long long>(row), o, new_.plan.numbers[static_cast<std::size_t>(n)].name,
                before, after);
            break;
        }
      }
    }
  }

  void removed_rows() {
    for (std::size_t row = 0; row < old_.rows.rows; ++row) {
      if (old_seen_[row] || !new_periods_.count(period_text(old_, row))) continue;
      ++summary_.rows_removed;
      add(-1, static_cast<long long>(row), "", {}, {});
    }
  }

  void add(long long new_row, long long old_row, const std::string& column, const cell& before,
           const cell& after) {
    if (pending_.size() >= options_.kept) {
      ++summary_.omitted;
      return;
    }
    pending p;
    p.new_row = new_row;
    p.old_row = old_row;
    p.column = column;
    p.before = before;
    p.after = after;
    finding& f = p.f;
    f.kind = finding_kind::fail;
    f.level = level_for(column);
    f.rule = "revision";
    f.description = column.empty()          ? "a row published before is gone"
                    : after.state == stated ? "changed beyond rounding since the previous release"
                                            : "a value published before is now " + after.written();
    f.check = column.empty() ? fmt::format("every row of {} whose period is still published",
                                           options_.previous)
                             : fmt::format("{} as in {}", column, options_.previous);
    if (new_row >= 0 && before.state == stated && after.state == stated) {
      const number_column& meta =
          new_.plan.numbers[static_cast<std::size_t>(number_named(new_, column))];
      f.lhs = side{after.value, meta.u, column};
      f.rhs = side{before.value, meta.u, column + " (previous)"};
      f.gap = gap(after.value, before.value);
    }
    pending_.push_back(std::move(p));
  }

  // Texts and lines of the rows the findings name, read again from both files.
  void locate() {
    std::vector<long long> new_lines(pending_.size()), old_lines(pending_.size());
    std::vector<std::string> new_texts(pending_.size()), old_texts(pending_.size());
    auto fetch = [&](release& r, bool is_new, std::vector<long long>& lines,
                     std::vector<std::string>& texts) {
      std::vector<row_request> wanted;
      for (std::size_t i = 0; i < pending_.size(); ++i) {
        long long row = is_new ? pending_[i].new_row : pending_[i].old_row;
        if (row >= 0) wanted.push_back({row, &lines[i], &texts[i]});
      }
      std::stable_sort(wanted.begin(), wanted.end(),
                       [](const row_request& a, const row_request& b) { return a.row < b.row; });
      dialect d = dialect_of(spec_);
      r.rows.fetch_rows(r.spec, d, wanted);
    };
    fetch(new_, true, new_lines, new_texts);
    fetch(old_, false, old_lines, old_texts);
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      pending& p = pending_[i];
      finding& f = p.f;
      auto old_src =
          make_source_part(options_.previous, old_texts[i], static_cast<int>(old_lines[i]));
      auto new_src = p.new_row >= 0 ? make_source_part(spec_.data, new_texts[i],
                                                       static_cast<int>(new_lines[i]))
                                    : nullptr;
      identity(f, old_, static_cast<std::size_t>(p.old_row));
      std::string who;
      for (const auto& [name, code] : f.bound)
        who += fmt::format("{}{} = {}", who.empty() ? "" : ", ", name, code);
      if (p.new_row < 0) {
        f.message = fmt::format("the row ({}) of {}:{} is not in {}, though its period is", who,
                                options_.previous, old_lines[i], spec_.data);
        f.rule_range = {old_src, 0, old_texts[i].size()};
        continue;
      }
      f.figures.push_back(use_of(new_, p.column, p.after, new_src, new_texts[i]));
      f.figures.push_back(use_of(old_, p.column, p.before, old_src, old_texts[i]));
      f.figures.back().id = p.column + " (previous)";
      f.rule_range = f.figures.front().in_text.value_or(source_range{new_src, 0, 0});
      f.message =
          p.after.state == stated
              ? fmt::format(
                    "{} of ({}) was {} in {}:{} and is {} now: the two cannot be the same "
                    "number rounded",
                    p.column, who, p.before.written(), options_.previous, old_lines[i],
                    p.after.written())
              : fmt::format("{} of ({}) was {} in {}:{} and is {} now", p.column, who,
                            p.before.written(), options_.previous, old_lines[i], p.after.written());
    }
    for (auto& p : pending_) result_.findings.push_back(std::move(p.f));
  }

  void identity(finding& f, const release& r, std::size_t row) {
    for (int k : r.plan.key) {
      const code_column& c = r.plan.codes[static_cast<std::size_t>(k)];
      f.bound.push_back({c.name, std::string(r.rows.dicts[static_cast<std::size_t>(k)].text(
                                     r.rows.code[static_cast<std::size_t>(k)][row]))});
    }
  }

  static figure_use use_of(const release& r, const std::string& column, const cell& c,
                           const source_ptr& src, const std::string& text) {
    figure_use u;
    u.id = column;
    u.claim = 0;
    u.value = c.state == stated ? c.value : interval::entire();
    int n = number_named(r, column);
    if (n >= 0) u.display = r.plan.numbers[static_cast<std::size_t>(n)].u;
    u.stated = c.state == stated;
    u.written = c.state == stated ? c.written() : "";
    // The cell's place in its record: split it again.
    dialect d = dialect_of(r.spec);
    std::vector<field> fields;
    std::string scratch;
    split_record(text.data(), text.data() + text.size(), d, fields, scratch);
    if (n >= 0) {
      auto col = static_cast<std::size_t>(r.plan.numbers[static_cast<std::size_t>(n)].csv_column);
      if (col < fields.size()) {
        u.written = std::string(fields[col].text);
        u.in_text = source_range{src, static_cast<std::size_t>(fields[col].begin - text.data()),
                                 static_cast<std::size_t>(fields[col].end - text.data())};
      }
    }
    return u;
  }
};

}  // namespace

std::optional<severity> revision_severity(std::string_view text) {
  if (text == "error") return severity::error;
  if (text == "warning") return severity::warning;
  if (text == "info" || text == "note") return severity::info;
  return std::nullopt;
}

bool check_revisions(const dataset_spec& spec, const revision_options& options,
                     check_result& result, diagnostics& diags) {
  revision_check check(spec, options, result);
  return check.run(diags);
}

}  // namespace crossfoot
