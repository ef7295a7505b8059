// Parsing a chunk into columns and checking the row-by-row rules on it.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "core/period.hpp"
#include "dataset/detail/chunk.hpp"
#include "dataset/detail/codes.hpp"
#include "dataset/detail/findings.hpp"
#include "dataset/detail/number.hpp"

namespace crossfoot::dataset_detail {

std::size_t find_bad_text(const char* p, std::size_t n, bool& nul) {
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: no high bit and no zero byte.
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      bool high = (w & 0x8080808080808080ull) != 0;
      bool zero = ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) != 0;
      if (!high && !zero) {
        i += 8;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(p[i]);
    if (c == 0) {
      nul = true;
      return i;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > n) {
      nul = false;
      return i;
    }
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(p[i + k]) & 0xC0) != 0x80) {
        nul = false;
        return i;
      }
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    auto c1 = static_cast<unsigned char>(p[i + 1]);
    bool bad = (len == 2 && c < 0xC2) || (len == 3 && c == 0xE0 && c1 < 0xA0) ||
               (len == 3 && c == 0xED && c1 >= 0xA0) || (len == 4 && c == 0xF0 && c1 < 0x90) ||
               (len == 4 && (c > 0xF4 || (c == 0xF4 && c1 >= 0x90)));
    if (bad) {
      nul = false;
      return i;
    }
    i += len;
  }
  return static_cast<std::size_t>(-1);
}

namespace {

namespace codes = dataset_detail::codes;

class chunk_parser {
 public:
  chunk_parser(const chunk& c, const chunk_context& ctx, chunk_result& out)
      : c_(c), ctx_(ctx), plan_(*ctx.plan), spec_(*ctx.spec), out_(out) {
    auto& cols = out_.cols;
    cols.clear();  // columns of an earlier chunk, given again: emptied, their room kept
    std::size_t numbers = plan_.numbers.size(), codes_n = plan_.codes.size();
    cols.value.resize(numbers);
    cols.decimals.resize(numbers);
    cols.state.resize(numbers);
    cols.code.resize(codes_n);
    cols.dicts.resize(codes_n);
    code_info_.resize(codes_n);
    last_code_.assign(codes_n, {std::string_view(), dictionary::none});
    // The rows are at most the line feeds + 1: counted first (a fast scan), so the columns
    // are allocated once, never regrown and copied.
    std::size_t guess =
        static_cast<std::size_t>(std::count(c.data(), c.data() + c.size(), '\n')) + 1;
    for (std::size_t k = 0; k < numbers; ++k) {
      cols.value[k].reserve(guess);
      cols.decimals[k].reserve(guess);
      cols.state[k].reserve(guess);
    }
    for (auto& v : cols.code) v.reserve(guess);
    cols.row_offset.reserve(guess);
    cols.row_line.reserve(guess);
    fields_expected_ = plan_.header.size();
  }

  void run() {
    const char* begin = c_.data();
    const char* end = begin + c_.size();
    bool quoted = ctx_.d.quote && std::memchr(begin, ctx_.d.quote, c_.size());
    long long line = 0;
    for (const char* p = begin; p < end;) {
      long extra = 0;
      const char* rec_end;
      if (quoted) {
        rec_end = record_end(p, end, ctx_.d, extra);
        if (!rec_end) rec_end = end;  // cannot happen: chunks hold whole records
      } else {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        rec_end = nl ? static_cast<const char*>(nl) + 1 : end;
      }
      record(p, rec_end, line);
      line += 1 + extra;
      p = rec_end;
    }
    out_.lines = line;
  }

 private:
  const chunk& c_;
  const chunk_context& ctx_;
  const dataset_plan& plan_;
  const dataset_spec& spec_;
  chunk_result& out_;
  std::vector<field> fields_;
  std::string scratch_;
  std::size_t fields_expected_ = 0;
  std::size_t records_ = 0;

  // Per code column and local code: a period's validity and a flag's meaning, found once.
  struct code_meta {
    std::vector<std::int8_t> bad_period;  // 1: not a period
    std::vector<std::string> period_error;
    std::vector<const flag_entry*> flag;  // nullptr: not in the table
  };
  std::vector<code_meta> code_info_;
  // Per code column, the last text interned and its code: sorted data repeats most codes
  // from one row to the next, and a comparison costs less than a hash look-up. Only texts
  // in the chunk are kept (a quoted field's may be in scratch_, rewritten by the next row).
  std::vector<std::pair<std::string_view, std::uint32_t>> last_code_;

  std::uint32_t intern(std::size_t k, const field& f) {
    auto& [last, code] = last_code_[k];
    if (code != dictionary::none && same_code(f.text, last)) return code;
    std::uint32_t c = out_.cols.dicts[k].intern(f.text);
    if (!f.quoted) last_code_[k] = {f.text, c};
    return c;
  }

  void record(const char* p, const char* rec_end, long long line) {
    const char* text_end = content_end(p, rec_end);
    auto ordinal = static_cast<std::uint32_t>(records_++);
    if (text_end == p) {
      ++out_.skipped["blank line"];
      out_.not_rows.push_back(ordinal);
      return;
    }
    ++out_.rows_read;
    split_record(p, rec_end, ctx_.d, fields_, scratch_);
    if (fields_.size() != fields_expected_) {
      ragged(p, text_end, line);
      out_.not_rows.push_back(ordinal);
      return;
    }
    for (const field& f : fields_) {
      if (f.stray_quote) {
        data_problem(codes::stray_quote, "data.quote", p, text_end, line, f.begin, f.end,
                     "a field has characters after its closing quote; read as if they were "
                     "inside it");
        break;
      }
    }
    std::size_t row = out_.cols.rows;
    bool keep = true;
    for (std::size_t col = 0; col < fields_.size(); ++col) {
      int n = ctx_.number_slot[col];
      int k = ctx_.code_slot[col];
      if (n >= 0) number_cell(static_cast<std::size_t>(n), fields_[col], p, text_end, line);
      if (k >= 0)
        keep = code_cell(static_cast<std::size_t>(k), fields_[col], p, text_end, line) && keep;
    }
    if (!keep) {  // undo the cells of a row that cannot be placed
      for (auto& v : out_.cols.value) v.resize(row);
      for (auto& v : out_.cols.decimals) v.resize(row);
      for (auto& v : out_.cols.state) v.resize(row);
      for (auto& v : out_.cols.code) v.resize(row);
      ++out_.skipped["bad period"];
      out_.not_rows.push_back(ordinal);
      return;
    }
    apply_flag_column(row);
    out_.cols.row_offset.push_back(static_cast<std::uint32_t>(p - c_.data()));
    out_.cols.row_line.push_back(static_cast<std::uint32_t>(line));
    ++out_.cols.rows;
  }

  void ragged(const char* p, const char* text_end, long long line) {
    ++out_.skipped["ragged row"];
    const char *from = text_end, *to = text_end;
    if (fields_.size() > fields_expected_) {
      from = fields_[fields_expected_].begin;
      to = fields_.back().end;
    }
    data_problem(codes::ragged, "data.ragged", p, text_end, line, from, to,
                 fmt::format("the row has {} field{}, the header {}; the row is not checked",
                             fields_.size(), fields_.size() == 1 ? "" : "s", fields_expected_));
  }

  void data_problem(const char* code, const char* rule, const char* p, const char* text_end,
                    long long line, const char* from, const char* to, std::string message,
                    severity level = severity::error) {
    if (static_cast<std::size_t>(out_.problems[rule]++) >= ctx_.kept_per_rule) return;  // counted
    pending_finding pf;
    pf.f.kind = finding_kind::error;
    pf.f.level = level;
    pf.f.rule = rule;
    pf.f.code = code;
    pf.f.message = std::move(message);
    pf.row = static_cast<long long>(out_.cols.rows);
    pf.line = line;
    pf.text.assign(p, text_end);
    pf.focus_begin = static_cast<std::size_t>(from - p);
    pf.focus_end = static_cast<std::size_t>(std::max(from, to) - p);
    pf.located = true;
    out_.findings.push_back(std::move(pf));
  }

  static std::string_view trimmed(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    return t;
  }

  void push_number(std::size_t n, double v, int decimals, std::uint8_t state) {
    out_.cols.value[n].push_back(v);
    out_.cols.decimals[n].push_back(static_cast<std::int8_t>(std::clamp(decimals, -100, 100)));
    out_.cols.state[n].push_back(state);
  }

  std::uint8_t flag_state(const flag_entry& f) {
    ++out_.cells[f.name];
    switch (f.meaning) {
      case flag_meaning::missing:
        return missing;
      case flag_meaning::confidential:
        return confidential;
      case flag_meaning::note:
        break;
    }
    return noted;
  }

  void number_cell(std::size_t n, const field& f, const char* p, const char* text_end,
                   long long line) {
    written_number w;
    const char* b = f.text.data();
    const char* e = b + f.text.size();
    number_status s = parse_number(b, e, ctx_.d, w);
    if (s == number_status::ok) {
      push_number(n, w.value, w.decimals, stated);
      return;
    }
    std::string_view t = trimmed(f.text);
    if (s == number_status::empty) {
      ++out_.cells["missing"];
      push_number(n, 0, 0, missing);
      return;
    }
    if (const flag_entry* fl = spec_.find_flag(t)) {  // ":" or "c" in place of a number
      std::uint8_t st = flag_state(*fl);
      push_number(n, 0, 0, st == noted ? std::uint8_t{missing} : st);
      return;
    }
    // "12.3 p": a number and its flag.
    auto space = t.rfind(' ');
    if (space != std::string_view::npos) {
      const flag_entry* fl = spec_.find_flag(trimmed(t.substr(space + 1)));
      std::string_view num = t.substr(0, space);
      if (fl && parse_number(num.data(), num.data() + num.size(), ctx_.d, w) == number_status::ok) {
        std::uint8_t st = flag_state(*fl);
        if (st == noted) {
          push_number(n, w.value, w.decimals, static_cast<std::uint8_t>(stated | noted));
        } else {
          push_number(n, w.value, w.decimals, st);
        }
        return;
      }
    }
    ++out_.cells["unparseable"];
    push_number(n, 0, 0, unparseable);
    data_problem(codes::unparseable, "data.number", p, text_end, line, f.begin, f.end,
                 fmt::format("\"{}\" in column {} is not a number; rules that use it are undecided "
                             "on this row",
                             std::string(t), plan_.numbers[n].name));
  }

  bool code_cell(std::size_t k, const field& f, const char* p, const char* text_end,
                 long long line) {
    auto& dict = out_.cols.dicts[k];
    std::uint32_t before = dict.size();
    std::uint32_t code = intern(k, f);
    out_.cols.code[k].push_back(code);
    const code_column& cc = plan_.codes[k];
    code_meta& meta = code_info_[k];
    if (dict.size() != before) describe_new_code(cc, meta, f.text);
    if (cc.period && meta.bad_period[code]) {
      data_problem(codes::bad_period, "data.period", p, text_end, line, f.begin, f.end,
                   fmt::format("\"{}\" in column {} is not a period: {}; the row is not checked",
                               std::string(f.text), cc.name, meta.period_error[code]));
      return false;
    }
    if (cc.flag && !f.text.empty() && !meta.flag[code]) {
      data_problem(codes::unknown_flag, "data.flag", p, text_end, line, f.begin, f.end,
                   fmt::format("flag \"{}\" is not in the spec's flag table; the value is read "
                               "as written",
                               std::string(f.text)),
                   severity::warning);
    }
    return true;
  }

  void describe_new_code(const code_column& cc, code_meta& meta, std::string_view text) {
    if (cc.period) {
      std::string error;
      bool ok = parse_period(trimmed(text), &error).has_value();
      meta.bad_period.push_back(ok ? 0 : 1);
      meta.period_error.push_back(ok ? std::string() : error);
    }
    if (cc.flag) meta.flag.push_back(spec_.find_flag(trimmed(text)));
  }

  // A cube's flag column: "c" makes the value confidential, ":" missing, others are notes.
  void apply_flag_column(std::size_t row) {
    if (plan_.flag < 0 || plan_.value < 0) return;
    auto k = static_cast<std::size_t>(plan_.flag);
    std::uint32_t code = out_.cols.code[k][row];
    const flag_entry* fl = code_info_[k].flag[code];
    if (!fl) return;
    auto v = static_cast<std::size_t>(plan_.value);
    std::uint8_t& st = out_.cols.state[v][row];
    std::uint8_t s = flag_state(*fl);
    // An empty value beside its flag is one cell: counted by the flag's meaning, not twice.
    if (s != noted && (st & state_mask) == missing) --out_.cells["missing"];
    if (s == noted) {
      st |= noted;
    } else if ((st & state_mask) != unparseable) {
      st = s;  // a value beside a "c" is withheld all the same
    }
  }
};

void check_row_rules(const chunk& c, const chunk_context& ctx, chunk_result& out) {
  const dataset_plan& plan = *ctx.plan;
  std::vector<cell_block> cells(plan.numbers.size());
  for (std::size_t k = 0; k < cells.size(); ++k) {
    cells[k] = {out.cols.value[k].data(), out.cols.decimals[k].data(), out.cols.state[k].data()};
  }
  out.tallies.resize(plan.rules.size());
  register_file regs;
  loaded_cells loaded;
  term_filler no_terms;
  std::size_t rows = out.cols.rows;
  std::vector<std::size_t> kept(ctx.row_rules.size(), 0);
  // Batch by batch, every rule on each: a batch's cells are converted once for all of them.
  // Each rule's findings still come in row order (they are sorted by rule once merged).
  for (std::size_t first = 0; first < rows; first += batch_lanes) {
    std::size_t n = std::min(batch_lanes, rows - first);
    lane_rows lanes{nullptr, first};
    loaded.clear();
    for (std::size_t k = 0; k < ctx.row_rules.size(); ++k) {
      const int ri = ctx.row_rules[k];
      const rule_plan& rp = plan.rules[static_cast<std::size_t>(ri)];
      rule_tally& t = out.tallies[static_cast<std::size_t>(ri)];
      run(rp.prog, cells, plan.numbers, n, lanes, no_terms, regs, &loaded);
      for (std::size_t i = 0; i < n; ++i) {
        finding_kind kind = lane_verdict(rp, regs, i);
        if (kind == finding_kind::pass) {
          ++t.pass;
          continue;
        }
        ++(kind == finding_kind::fail ? t.fail : t.unknown);
        if (kept[k] >= ctx.kept_per_rule) {
          ++t.omitted;
          continue;
        }
        ++kept[k];
        std::size_t row = first + i;
        pending_finding pf = rule_finding(rp, plan, regs, i, kind);
        pf.rule = ri;
        pf.row = static_cast<long long>(row);
        pf.line = out.cols.row_line[row];
        const char* p = c.data() + out.cols.row_offset[row];
        const char* end = c.data() + c.size();
        long extra = 0;
        const char* rec_end = record_end(p, end, ctx.d, extra);
        pf.text.assign(p, content_end(p, rec_end ? rec_end : end));
        pf.located = true;
        out.findings.push_back(std::move(pf));
      }
    }
  }
}

}  // namespace

void chunk_columns::clear() {
  rows = 0;
  for (auto& v : value) v.clear();
  for (auto& v : decimals) v.clear();
  for (auto& v : state) v.clear();
  for (auto& v : code) v.clear();
  for (auto& d : dicts) d = dictionary();
  row_offset.clear();
  row_line.clear();
}

chunk_result process_chunk(const chunk& c, const chunk_context& ctx, chunk_columns reuse) {
  chunk_result out;
  out.cols = std::move(reuse);
  out.index = c.index;
  out.byte_offset = c.byte_offset;
  out.bytes = static_cast<long long>(c.size());
  bool nul = false;
  std::size_t bad = find_bad_text(c.data(), c.size(), nul);
  if (bad != static_cast<std::size_t>(-1)) {
    diagnostic d;
    d.code = nul ? codes::nul_byte : codes::not_utf8;
    d.message = nul ? "a NUL byte: the file is not text" : "the file is not valid UTF-8";
    out.fatal = d;
    const char* text = c.data();
    std::size_t start = bad, end = bad;
    while (start > 0 && text[start - 1] != '\n') --start;
    while (end < c.size() && text[end] != '\n') ++end;
    out.fatal_line = std::count(text, text + start, '\n');
    out.fatal_text.assign(text + start, text + end);
    out.fatal_column = bad - start;
    return out;
  }
  chunk_parser(c, ctx, out).run();
  check_row_rules(c, ctx, out);
  return out;
}

}  // namespace crossfoot::dataset_detail
