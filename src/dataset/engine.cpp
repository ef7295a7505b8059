// The dataset check: read the header, bind the rules, stream chunks to the workers, merge
// their results in file order, then check what needs every row (keys, cross-row rules), and
// give the findings their places.
#include <fmt/format.h>

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <numeric>
#include <set>
#include <thread>

#include "dataset/dataset.hpp"
#include "dataset/detail/codes.hpp"
#include "dataset/detail/cross_row.hpp"
#include "dataset/detail/cube.hpp"
#include "dataset/detail/findings.hpp"
#include "dataset/detail/reader.hpp"

namespace crossfoot {
namespace {

using namespace dataset_detail;
namespace codes = dataset_detail::codes;

constexpr std::size_t default_chunk_bytes = 2u << 20;  // in flight: (cores + 2) chunks

dialect dialect_of(const dataset_spec& spec) {
  return {spec.delimiter, spec.quote, spec.decimal, spec.thousands};
}

// Line and column (1-based) of a byte offset in a text, counting code points.
line_col position_in(const char* text, std::size_t offset, long long first_line) {
  long long line = first_line;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int col = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  }
  return {static_cast<int>(line), col};
}

// A diagnostic at a place of the data file: the line holding it, numbered as in the file.
void data_error(diagnostics& diags, const dataset_spec& spec, const char* code, std::string message,
                const char* text, std::size_t size, std::size_t offset, long long first_line) {
  offset = std::min(offset, size);
  line_col at = position_in(text, offset, first_line);
  std::size_t start = offset;
  while (start > 0 && text[start - 1] != '\n') --start;
  std::size_t end = offset;
  while (end < size && text[end] != '\n') ++end;
  auto src = make_source_part(spec.data, std::string(text + start, text + end), at.line);
  diags.error(code, {src, offset - start, std::min(offset - start + 1, end - start)},
              std::move(message));
}

// Where the quote that never closes opens, in a record that ends inside quotes.
std::size_t opening_quote(const byte_buffer& rec, const dialect& d) {
  bool at_start = true;
  for (std::size_t i = 0; i < rec.size(); ++i) {
    char c = rec[i];
    if (at_start && c == d.quote) {
      std::size_t k = i + 1;
      for (;;) {
        while (k < rec.size() && rec[k] != d.quote) ++k;
        if (k >= rec.size()) return i;
        if (k + 1 < rec.size() && rec[k + 1] == d.quote) {
          k += 2;
          continue;
        }
        break;
      }
      i = k;
      at_start = false;
      continue;
    }
    at_start = c == d.delimiter || c == '\n';
  }
  return 0;
}

class dataset_check {
 public:
  dataset_check(const rule_set& rules, const dataset_spec& spec, const dataset_options& options,
                diagnostics& diags)
      : rules_(rules), spec_(spec), options_(options), diags_(diags), d_(dialect_of(spec)) {}

  std::optional<check_result> run() {
    // A chunk's buffers (up to a few MB) come and go: a fixed threshold keeps glibc from
    // raising it to their size, which would keep every freed chunk in the heap (RSS) for good.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    auto source = open_data(spec_.data, spec_.place("file"), diags_);
    if (!source) return std::nullopt;
    source_ = source.get();
    chunk_reader reader(*source, d_,
                        options_.chunk_bytes ? options_.chunk_bytes : default_chunk_bytes);
    // A plain file is parsed in place, mapped (no copy into buffers); gzip is streamed.
    reader.map_input();
    if (!read_header(reader)) return std::nullopt;
    auto plan = make_plan(rules_, spec_, header_, diags_);
    if (!plan) return std::nullopt;
    plan_ = std::move(*plan);
    prepare_context();
    if (!read_chunks(reader)) return std::nullopt;
    cross_rows();
    return finish();
  }

 private:
  const rule_set& rules_;
  const dataset_spec& spec_;
  const dataset_options& options_;
  diagnostics& diags_;
  dialect d_;
  byte_source* source_ = nullptr;
  std::vector<std::string> header_;
  long long header_lines_ = 0;  // lines before the first data record
  dataset_plan plan_;
  chunk_context ctx_;
  check_result result_;
  data_summary data_;
  std::vector<rule_tally> tallies_;
  std::vector<pending_finding> pending_;
  std::vector<std::size_t> kept_;  // per rule: findings kept so far
  table table_;                    // the columns kept for rules across rows
  long long lines_ = 0;            // lines of data merged so far
  std::map<std::string, long long> skipped_, cells_, problems_;
  std::map<std::string, std::size_t> kept_problems_;

  bool read_header(chunk_reader& reader) {
    if (!spec_.header) {
      header_ = spec_.names;
      return true;
    }
    long extra = 0;
    auto header = reader.first_record(extra);
    if (!header) {
      if (reader.unterminated()) {
        const auto& rest = reader.rest();
        data_error(diags_, spec_, codes::unterminated_quote,
                   "the header ends inside quotes: a quote never closes", rest.data(), rest.size(),
                   opening_quote(rest, d_), 1);
      } else if (!reader.error().empty()) {
        diags_.error(codes::unreadable_data, spec_.place("file"),
                     fmt::format("cannot read {}: {}", spec_.data, reader.error()));
      } else {
        diags_.error(
            codes::no_header, spec_.place("file"),
            fmt::format("{} is empty: a dataset needs at least its header row", spec_.data));
      }
      return false;
    }
    bool nul = false;
    std::size_t bad = find_bad_text(header->data(), header->size(), nul);
    if (bad != static_cast<std::size_t>(-1)) {
      data_error(diags_, spec_, nul ? codes::nul_byte : codes::not_utf8,
                 nul ? "a NUL byte: the file is not text" : "the file is not valid UTF-8",
                 header->data(), header->size(), bad, 1);
      return false;
    }
    header_lines_ = 1 + extra;
    std::vector<field> fields;
    std::string scratch;
    split_record(header->data(), header->data() + header->size(), d_, fields, scratch);
    std::set<std::string> seen;
    for (const auto& f : fields) {
      std::string name(f.text);
      if (name.empty() || !seen.insert(name).second) {
        data_error(diags_, spec_, codes::bad_header,
                   name.empty() ? "a column of the header has no name"
                                : fmt::format("column '{}' is named twice in the header", name),
                   header->data(), header->size(),
                   static_cast<std::size_t>(f.begin - header->data()), 1);
        return false;
      }
      header_.push_back(name);
    }
    return true;
  }

  void prepare_context() {
    ctx_.spec = &spec_;
    ctx_.plan = &plan_;
    ctx_.d = d_;
    ctx_.kept_per_rule = options_.kept_per_rule;
    ctx_.number_slot.assign(header_.size(), -1);
    ctx_.code_slot.assign(header_.size(), -1);
    for (std::size_t i = 0; i < plan_.numbers.size(); ++i)
      ctx_.number_slot[static_cast<std::size_t>(plan_.numbers[i].csv_column)] = static_cast<int>(i);
    for (std::size_t i = 0; i < plan_.codes.size(); ++i)
      ctx_.code_slot[static_cast<std::size_t>(plan_.codes[i].csv_column)] = static_cast<int>(i);
    for (std::size_t i = 0; i < plan_.rules.size(); ++i) {
      const rule_plan& rp = plan_.rules[i];
      if (rp.applies && rp.error.empty() && !rp.cross_row())
        ctx_.row_rules.push_back(static_cast<int>(i));
    }
    tallies_.resize(plan_.rules.size());
    kept_.assign(plan_.rules.size(), 0);
    table_.init(plan_);
    data_.file = spec_.data;
  }

  // The pipeline: this thread reads chunks; workers parse and check them; results are merged
  // here in file order, so counts, codes and findings come out the same on any number of cores.
  bool read_chunks(chunk_reader& reader) {
    int threads = this->threads();
    const std::size_t max_in_flight = static_cast<std::size_t>(threads) + 2;
    std::mutex m;
    std::condition_variable cv;
    std::deque<chunk> queue;
    std::map<long, chunk_result> ready;
    std::vector<chunk_columns> spare;  // columns of merged chunks, for the next ones
    std::size_t in_flight = 0;
    bool closed = false;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
      workers.emplace_back([&] {
        for (;;) {
          chunk c;
          chunk_columns columns;
          {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return closed || !queue.empty(); });
            if (queue.empty()) return;
            c = std::move(queue.front());
            queue.pop_front();
            if (!spare.empty()) {
              columns = std::move(spare.back());
              spare.pop_back();
            }
          }
          chunk_result r = process_chunk(c, ctx_, std::move(columns));
          std::lock_guard lock(m);
          ready.emplace(r.index, std::move(r));
          cv.notify_all();
        }
      });
    }
    long next_merge = 0, produced = 0;
    bool ok = true;
    auto merge_ready = [&](std::unique_lock<std::mutex>& lock) {
      for (auto it = ready.find(next_merge); it != ready.end(); it = ready.find(next_merge)) {
        chunk_result r = std::move(it->second);
        ready.erase(it);
        lock.unlock();
        long long done_upto = r.byte_offset + r.bytes;
        if (ok) ok = merge(r);
        reader.release_before(done_upto);  // chunks are merged in order: all before is done
        lock.lock();
        spare.push_back(std::move(r.cols));  // appended to the table: free to fill again
        ++next_merge;
        --in_flight;
      }
    };
    chunk_reader::status st = chunk_reader::status::chunk;
    while (ok) {
      chunk c;
      st = reader.next(c);
      if (st != chunk_reader::status::chunk) break;
      if (options_.progress) options_.progress(reader.consumed(), source_->size());
      std::unique_lock lock(m);
      cv.wait(lock, [&] {
        merge_ready(lock);
        return in_flight < max_in_flight;
      });
      queue.push_back(std::move(c));
      ++in_flight;
      ++produced;
      cv.notify_all();
    }
    {
      std::unique_lock lock(m);
      closed = true;
      cv.notify_all();
      cv.wait(lock, [&] {
        merge_ready(lock);
        return next_merge == produced;
      });
    }
    for (auto& w : workers) w.join();
    if (!ok) return false;
    if (st == chunk_reader::status::error) {
      if (reader.unterminated()) {
        const auto& rest = reader.rest();
        data_error(diags_, spec_, codes::unterminated_quote,
                   "the file ends inside quotes: a quote opened here never closes", rest.data(),
                   rest.size(), opening_quote(rest, d_), header_lines_ + lines_ + 1);
      } else {
        diags_.error(source_->compressed() ? codes::bad_gzip : codes::unreadable_data,
                     spec_.place("file"),
                     fmt::format("cannot read {}: {}", spec_.data, reader.error()));
      }
      return false;
    }
    return true;
  }

  bool merge(chunk_result& r) {
    long long first_line = header_lines_ + lines_ + 1;
    if (r.fatal) {
      // Only the failing chunk's text is at hand: the place is found by reading it again.
      report_fatal(r, first_line);
      return false;
    }
    long long first_row = data_.rows_checked;
    data_.bytes += r.bytes;
    data_.rows_read += r.rows_read;
    data_.rows_checked += static_cast<long long>(r.cols.rows);
    for (const auto& [k, v] : r.skipped) skipped_[k] += v;
    for (const auto& [k, v] : r.cells) cells_[k] += v;
    for (const auto& [k, v] : r.problems) problems_[k] += v;
    for (std::size_t i = 0; i < r.tallies.size(); ++i) {
      tallies_[i].pass += r.tallies[i].pass;
      tallies_[i].fail += r.tallies[i].fail;
      tallies_[i].unknown += r.tallies[i].unknown;
      tallies_[i].omitted += r.tallies[i].omitted;
    }
    for (auto& pf : r.findings) {
      pf.row += first_row;
      pf.line += first_line;
      auto& kept =
          pf.rule >= 0 ? kept_[static_cast<std::size_t>(pf.rule)] : kept_problems_[pf.f.rule];
      if (kept >= options_.kept_per_rule) {
        if (pf.rule >= 0) ++tallies_[static_cast<std::size_t>(pf.rule)].omitted;
        continue;
      }
      ++kept;
      pending_.push_back(std::move(pf));
    }
    if (first_row == 0 && r.bytes > 0 && !source_->compressed() && source_->size() > 0) {
      // The first chunk's rows per byte, over the whole file, with a margin.
      double per_byte = static_cast<double>(r.cols.rows) / static_cast<double>(r.bytes);
      table_.reserve(
          static_cast<std::size_t>(per_byte * 1.03 * static_cast<double>(source_->size())) + 1024);
    }
    table_.append(r, first_line, first_row);
    lines_ += r.lines;
    return true;
  }

  void report_fatal(const chunk_result& r, long long first_line) {
    auto src =
        make_source_part(spec_.data, r.fatal_text, static_cast<int>(first_line + r.fatal_line));
    std::size_t at = std::min(r.fatal_column, r.fatal_text.size());
    diags_.error(r.fatal->code, {src, at, std::min(at + 1, r.fatal_text.size())}, r.fatal->message);
  }

  void cross_rows() {
    malloc_trim(0);  // what the chunks left in the heap, before the indexes of all rows
    cross_row_checks checks(spec_, plan_, table_, d_, options_.kept_per_rule, threads());
    // A cube keyed by its dimensions finds its rows in the key's index: one index, not two.
    std::vector<int> cube_columns = cube_index_columns(plan_);
    checks.keep_key_index =
        plan_.cube.active() && std::is_permutation(cube_columns.begin(), cube_columns.end(),
                                                   plan_.key.begin(), plan_.key.end());
    // The rules across rows come after the whole file is read: their own progress.
    long long total = 0;
    for (const auto& rp : plan_.rules) total += rp.cross_row() && rp.applies && rp.error.empty();
    // Room for what these rules (and the key) may keep, so that the findings are not copied
    // into a list twice as large as they grow: the old and the new beside each other would
    // raise the peak. Reserved is not resident; the cap keeps a huge --max-findings sane.
    std::size_t room = options_.kept_per_rule * static_cast<std::size_t>(total + 1);
    pending_.reserve(pending_.size() + std::min<std::size_t>(room, 1 << 16));
    std::atomic<long long> done{0};
    std::function<void()> rule_done;
    if (options_.rules_progress && total > 0) {
      options_.rules_progress(0, total);
      rule_done = [&] { options_.rules_progress(++done, total); };
    }
    checks.run(tallies_, pending_, rule_done, problems_);
    check_cube(spec_, plan_, table_, options_.kept_per_rule, threads(), tallies_, pending_,
               rule_done, checks.keys());
  }

  int threads() const {
    return options_.threads > 0
               ? options_.threads
               : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  }

  check_result finish() {
    locate_pending();
    // By rule, then row. A pending finding is large: their order is sorted, not they.
    std::vector<std::size_t> order(pending_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(pending_[a].rule, pending_[a].row) <
             std::tie(pending_[b].rule, pending_[b].row);
    });
    result_.findings.reserve(result_.findings.size() + pending_.size());
    // Data problems first (they explain the rows the rules could not use), then each rule.
    for (std::size_t i : order) {
      if (pending_[i].rule < 0)
        result_.findings.push_back(locate(std::move(pending_[i]), spec_, plan_, d_));
    }
    for (const auto& [kind, n] : problems_) add_problem_kind(kind, n);
    for (std::size_t i = 0; i < plan_.rules.size(); ++i) add_rule(i);
    for (std::size_t i : order) {
      if (pending_[i].rule >= 0)
        result_.findings.push_back(locate(std::move(pending_[i]), spec_, plan_, d_));
    }
    pending_ = {};
    for (const auto& [k, v] : skipped_) data_.skipped.push_back({k, v});
    for (const auto& [k, v] : cells_) {
      if (v) data_.cells.push_back({k, v});
    }
    result_.data = data_;
    if (data_.rows_read == 0)
      diags_.warning(
          codes::no_rows, spec_.place("file"),
          fmt::format("{} has a header and no data rows: nothing was checked", spec_.data));
    return std::move(result_);
  }

  // A kind of data problem counts as a rule of its own ("data.number"): every one an error.
  void add_problem_kind(const std::string& kind, long long n) {
    std::int64_t listed = 0;
    for (const auto& f : result_.findings) listed += f.rule == kind;
    rule_summary rs;
    rs.rule = kind;
    rs.level = kind == "data.flag" ? severity::warning : severity::error;
    rs.description = "data problems";
    rs.instances = rs.error = n;
    rs.omitted = n - listed;
    auto& s = result_.summary;
    s.instances += n;
    s.error += n;
    s.omitted += rs.omitted;
    result_.rules.push_back(rs);
  }

  void add_rule(std::size_t i) {
    const rule_plan& rp = plan_.rules[i];
    const rule& r = *rp.r;
    auto& s = result_.summary;
    ++s.rules;
    rule_summary rs;
    rs.rule = r.name;
    rs.level = r.level;
    rs.description = r.description;
    rs.check = r.check_text;
    rs.range = r.range;
    if (!rp.applies) {
      result_.rules.push_back(rs);
      return;
    }
    if (!rp.error.empty()) {
      finding f;
      f.kind = finding_kind::error;
      f.level = r.level;
      f.rule = r.name;
      f.description = r.description;
      f.check = r.check_text;
      f.rule_range = r.range;
      f.message = rp.error;
      if (rp.error_code) f.code = rp.error_code;
      ++s.instances;
      ++s.error;
      rs.instances = rs.error = 1;
      result_.rules.push_back(rs);
      result_.findings.push_back(std::move(f));
      return;
    }
    const rule_tally& t = tallies_[i];
    rs.instances = t.pass + t.fail + t.unknown;
    rs.pass = t.pass;
    rs.fail = t.fail;
    rs.unknown = t.unknown;
    rs.omitted = t.omitted;
    s.instances += rs.instances;
    s.pass += t.pass;
    // As for figures: `fail` counts error rules; failed warnings and infos are apart.
    (r.level == severity::error     ? s.fail
     : r.level == severity::warning ? s.fail_warning
                                    : s.fail_info) += t.fail;
    s.unknown += t.unknown;
    s.omitted += t.omitted;
    result_.rules.push_back(rs);
  }

  // Findings made after the file was read (keys, rules across rows) know their row but not
  // its text: one more pass over the file fetches those records.
  void locate_pending() {
    std::vector<row_request> wanted;
    for (auto& pf : pending_) {
      if (!pf.located) {
        wanted.push_back({pf.row, &pf.line, &pf.text});
        pf.located = true;
      }
      if (pf.other_row >= 0) wanted.push_back({pf.other_row, &pf.other_line, nullptr});
    }
    if (wanted.empty()) return;
    std::stable_sort(wanted.begin(), wanted.end(),
                     [](const auto& a, const auto& b) { return a.row < b.row; });
    table_.fetch_rows(spec_, d_, wanted);
  }
};

}  // namespace

std::optional<check_result> check_dataset(const rule_set& rules, const dataset_spec& spec,
                                          const dataset_options& options, diagnostics& diags) {
  return dataset_check(rules, spec, options, diags).run();
}

}  // namespace crossfoot
