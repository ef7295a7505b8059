#include <fmt/format.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "dataset/detail/codes.hpp"
#include "dataset/detail/cross_row.hpp"
#include "dataset/detail/groups.hpp"
#include "dataset/detail/input.hpp"

namespace crossfoot::dataset_detail {
void make_resident(const void* data, std::size_t bytes) {
  if (bytes < (std::size_t{1} << 20)) return;
  auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  auto begin = reinterpret_cast<std::uintptr_t>(data);
  std::uintptr_t first = (begin + page - 1) / page * page, last = (begin + bytes) / page * page;
  if (last <= first) return;
  // Best effort, both: huge pages where the system gives them on request (a fault per 2 MB,
  // not per 4 KB), then every page at once.
  ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
  ::madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_WRITE);
}

// ---------------------------------------------------------------- code_vector

void code_vector::reserve(std::size_t n) {
  if (width_ == 1) b8_.reserve(n);
  if (width_ == 2) b16_.reserve(n);
  if (width_ == 4) b32_.reserve(n);
  make_resident(b8_);
  make_resident(b16_);
  make_resident(b32_);
}

void code_vector::widen(int width) {
  if (width == 2) {
    b16_.assign(b8_.begin(), b8_.end());
    b8_ = {};
  } else if (width_ == 1) {
    b32_.assign(b8_.begin(), b8_.end());
    b8_ = {};
  } else {
    b32_.assign(b16_.begin(), b16_.end());
    b16_ = {};
  }
  width_ = width;
}

void code_vector::push_back(std::uint32_t code) {
  if (width_ == 1 && code > 0xFF) widen(code > 0xFFFF ? 4 : 2);
  if (width_ == 2 && code > 0xFFFF) widen(4);
  switch (width_) {
    case 1:
      b8_.push_back(static_cast<std::uint8_t>(code));
      break;
    case 2:
      b16_.push_back(static_cast<std::uint16_t>(code));
      break;
    default:
      b32_.push_back(code);
      break;
  }
  ++size_;
}

namespace {

template <typename V>
void append_as(V& out, const std::uint32_t* codes, std::size_t n,
               const std::vector<std::uint32_t>& to_code) {
  using T = typename V::value_type;
  std::size_t at = out.size();
  out.resize(at + n);
  T* o = out.data() + at;
  for (std::size_t i = 0; i < n; ++i) o[i] = static_cast<T>(to_code[codes[i]]);
}

}  // namespace

namespace {

template <typename T>
void add_scaled_as(const T* codes, std::size_t n, std::uint64_t factor, std::uint64_t* out) {
  for (std::size_t i = 0; i < n; ++i) out[i] += factor * codes[i];
}

}  // namespace

void code_vector::add_scaled(std::size_t first, std::size_t n, std::uint64_t factor,
                             std::uint64_t* out) const {
  switch (width_) {
    case 1:
      add_scaled_as(b8_.data() + first, n, factor, out);
      break;
    case 2:
      add_scaled_as(b16_.data() + first, n, factor, out);
      break;
    default:
      add_scaled_as(b32_.data() + first, n, factor, out);
      break;
  }
}

void code_vector::append_mapped(const std::uint32_t* codes, std::size_t n,
                                const std::vector<std::uint32_t>& to_code) {
  std::uint32_t top = 0;
  for (std::uint32_t c : to_code) top = std::max(top, c);
  if (width_ == 1 && top > 0xFF) widen(top > 0xFFFF ? 4 : 2);
  if (width_ == 2 && top > 0xFFFF) widen(4);
  switch (width_) {
    case 1:
      append_as(b8_, codes, n, to_code);
      break;
    case 2:
      append_as(b16_, codes, n, to_code);
      break;
    default:
      append_as(b32_, codes, n, to_code);
      break;
  }
  size_ += n;
}

// ---------------------------------------------------------------- table

void table::init(const dataset_plan& plan) {
  keep_number.assign(plan.numbers.size(), false);
  for (const auto& rp : plan.rules) {
    if (!rp.cross_row() || !rp.error.empty() || !rp.applies) continue;
    for (int c : rp.prog.columns) keep_number[static_cast<std::size_t>(c)] = true;
    for (const auto& t : rp.terms) {
      if (t.number >= 0) keep_number[static_cast<std::size_t>(t.number)] = true;
    }
  }
  value.resize(plan.numbers.size());
  decimals.resize(plan.numbers.size());
  state.resize(plan.numbers.size());
  code.resize(plan.codes.size());
  keep_code.assign(plan.codes.size(), true);
  for (std::size_t k = 0; k < plan.codes.size(); ++k) {
    const code_column& c = plan.codes[k];
    keep_code[k] =
        !c.flag || static_cast<int>(k) == plan.period ||
        std::find(plan.key.begin(), plan.key.end(), static_cast<int>(k)) != plan.key.end();
  }
  dicts.resize(plan.codes.size());
}

void table::reserve(std::size_t n) {
  for (std::size_t k = 0; k < keep_number.size(); ++k) {
    if (!keep_number[k]) continue;
    value[k].reserve(n);
    decimals[k].reserve(n);
    state[k].reserve(n);
    make_resident(value[k]);
    make_resident(decimals[k]);
    make_resident(state[k]);
  }
  for (std::size_t k = 0; k < code.size(); ++k) {
    if (keep_code[k]) code[k].reserve(n);
  }
}

void table::append(chunk_result& r, long long first_line, long long first_row) {
  chunk_span span;
  span.first_row = first_row;
  span.first_line = first_line;
  span.byte_offset = r.byte_offset;
  span.bytes = r.bytes;
  span.not_rows = std::move(r.not_rows);
  // Each record on one line: a row's line follows from its ordinal, and the offset of every
  // offset_stride-th row is kept so that a finding's record is read from the nearest one
  // (a few lines), not its whole chunk again, for 4 bytes per offset_stride rows.
  span.one_line_records = r.lines == static_cast<long long>(r.cols.rows + span.not_rows.size());
  if (span.one_line_records) {
    const auto& all = r.cols.row_offset;
    span.row_offset.reserve(all.size() / offset_stride + 1);
    for (std::size_t i = 0; i < all.size(); i += offset_stride) span.row_offset.push_back(all[i]);
  }
  chunks_.push_back(std::move(span));
  auto& cols = r.cols;
  for (std::size_t k = 0; k < keep_number.size(); ++k) {
    if (!keep_number[k]) continue;
    value[k].insert(value[k].end(), cols.value[k].begin(), cols.value[k].end());
    decimals[k].insert(decimals[k].end(), cols.decimals[k].begin(), cols.decimals[k].end());
    state[k].insert(state[k].end(), cols.state[k].begin(), cols.state[k].end());
  }
  for (std::size_t k = 0; k < code.size(); ++k) {
    if (!keep_code[k]) continue;
    // Chunk-local codes to file-wide ones: one lookup per distinct code of the chunk.
    const dictionary& local = cols.dicts[k];
    std::vector<std::uint32_t> to_global(local.size());
    for (std::uint32_t c = 0; c < local.size(); ++c) to_global[c] = dicts[k].intern(local.text(c));
    code[k].append_mapped(cols.code[k].data(), cols.code[k].size(), to_global);
  }
  rows += cols.rows;
}

void table::fetch_rows(const dataset_spec& spec, const dialect& d,
                       std::vector<row_request>& wanted) {
  std::string error;
  diagnostics ignored;
  auto source = open_data(spec.data, {}, ignored);
  if (!source) return;  // the file changed under us; the findings keep no text
  std::size_t w = 0;
  long long at = 0;    // text offset of the next byte the source gives
  std::string window;  // the bytes read last, [at - window.size(), at)
  std::vector<char> buf(1 << 20);
  for (const chunk_span& span : chunks_) {
    long long rows_in_span =
        (&span == &chunks_.back() ? static_cast<long long>(rows) : (&span + 1)->first_row) -
        span.first_row;
    if (w >= wanted.size()) break;
    if (wanted[w].row >= span.first_row + rows_in_span) continue;
    if (span.one_line_records && !span.row_offset.empty()) {
      if (!fetch_lines(*source, at, window, span, span.first_row + rows_in_span, wanted, w, error))
        return;
      continue;
    }
    // The chunk's text: pass over what comes before it (a seek in a plain file), then read it
    // whole. Findings are few, so most chunks are never read again.
    if (at < span.byte_offset) {
      if (!source->skip(span.byte_offset - at, error)) return;
      at = span.byte_offset;
      window.clear();
    }
    std::vector<char> text;
    text.reserve(static_cast<std::size_t>(span.bytes));
    long long window_start = at - static_cast<long long>(window.size());
    if (span.byte_offset < at) {  // the chunk's first bytes were read with the chunk before
      if (span.byte_offset < window_start) return;  // cannot happen: chunks are in order
      auto from = static_cast<std::size_t>(span.byte_offset - window_start);
      auto upto = static_cast<std::size_t>(std::min<long long>(at, span.byte_offset + span.bytes) -
                                           window_start);
      text.insert(text.end(), window.begin() + static_cast<std::ptrdiff_t>(from),
                  window.begin() + static_cast<std::ptrdiff_t>(upto));
    }
    window.clear();
    while (at < span.byte_offset + span.bytes) {
      std::size_t want = static_cast<std::size_t>(std::min<long long>(
          static_cast<long long>(buf.size()), span.byte_offset + span.bytes - at));
      long long n = source->read(buf.data(), want, error);
      if (n <= 0) return;
      long long from = std::max(at, span.byte_offset);
      if (from < at + n) text.insert(text.end(), buf.data() + (from - at), buf.data() + n);
      at += n;
    }
    // Records of the chunk in order; those that are no row (blank, ragged) are passed over.
    const char* p = text.data();
    const char* end = p + text.size();
    long long line = span.first_line, row = span.first_row;
    std::uint32_t ordinal = 0;
    std::size_t skip = 0;
    bool quoted = d.quote && std::memchr(p, d.quote, text.size());
    while (p < end && w < wanted.size()) {
      long extra = 0;
      const char* rec;
      if (quoted) {
        rec = record_end(p, end, d, extra);
      } else {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        rec = nl ? static_cast<const char*>(nl) + 1 : nullptr;
      }
      if (!rec) rec = end;
      bool is_row = !(skip < span.not_rows.size() && span.not_rows[skip] == ordinal);
      if (!is_row) ++skip;
      while (is_row && w < wanted.size() && wanted[w].row == row) {
        if (wanted[w].text) wanted[w].text->assign(p, content_end(p, rec));
        *wanted[w].line = line;
        ++w;
      }
      if (is_row) ++row;
      ++ordinal;
      line += 1 + extra;
      p = rec;
    }
  }
}

// A row's ordinal among the chunk's records: the records before it, rows or not (blank,
// ragged), each one line.
std::size_t table::ordinal_of(const chunk_span& span, std::size_t local) {
  std::size_t ordinal = local;
  for (std::uint32_t not_row : span.not_rows) {
    if (not_row <= ordinal) ++ordinal;
  }
  return ordinal;
}

bool table::fetch_lines(byte_source& source, long long& at, std::string& window,
                        const chunk_span& span, long long end_row, std::vector<row_request>& wanted,
                        std::size_t& w, std::string& error) {
  // Nearby rows are often in the window already.
  std::vector<char> buf(1 << 12);
  while (w < wanted.size() && wanted[w].row < end_row) {
    long long row = wanted[w].row;
    auto local = static_cast<std::size_t>(row - span.first_row);
    // The nearest kept offset at or before the row, and the lines from there to the row.
    std::size_t base = local / offset_stride * offset_stride;
    long long offset = span.byte_offset + span.row_offset[local / offset_stride];
    std::size_t lines_to_skip = ordinal_of(span, local) - ordinal_of(span, base);
    long long window_start = at - static_cast<long long>(window.size());
    if (offset < window_start) return false;  // cannot happen: rows are wanted in order
    if (offset >= at) {
      if (offset > at && !source.skip(offset - at, error)) return false;
      at = offset;
      window.clear();
      window_start = at;
    }
    auto from = static_cast<std::size_t>(offset - window_start);
    // The end of the line starting at `from`, reading on as needed; npos at the file's end.
    auto line_end = [&](std::size_t start) {
      std::size_t nl;
      while ((nl = window.find('\n', start)) == std::string::npos) {
        long long n = source.read(buf.data(), buf.size(), error);
        if (n <= 0) break;
        window.append(buf.data(), static_cast<std::size_t>(n));
        at += n;
      }
      return nl;
    };
    for (std::size_t k = 0; k < lines_to_skip; ++k) {
      std::size_t nl = line_end(from);
      if (nl == std::string::npos) return false;  // the file changed under us
      from = nl + 1;
    }
    std::size_t nl = line_end(from);
    std::string record = window.substr(from, nl == std::string::npos ? nl : nl - from);
    if (!record.empty() && record.back() == '\r') record.pop_back();
    if (wanted[w].text) *wanted[w].text = std::move(record);
    *wanted[w].line = span.first_line + static_cast<long long>(ordinal_of(span, local));
    ++w;
  }
  return true;
}

// ---------------------------------------------------------------- key_index

void key_layout::pack(const table& t, const std::vector<int>& columns, bool by_locality) {
  t_ = &t;
  columns_ = columns;
  radix_.clear();
  // The number of key combinations, usable below 2^63: each factor is checked before it is
  // multiplied in, so the product never wraps.
  constexpr std::uint64_t limit = std::uint64_t{1} << 63;
  std::uint64_t total = 1;
  usable_ = true;
  for (int c : columns) {
    std::uint64_t r = std::max<std::uint64_t>(1, t.dicts[static_cast<std::size_t>(c)].size());
    radix_.push_back(r);
    usable_ = usable_ && r <= (limit - 1) / total;
    if (usable_) total *= r;
  }
  combinations_ = usable_ ? total : 0;
  stride_.assign(columns.size(), 1);
  if (!usable_) return;
  // Least significant first: the last column, or by locality the column whose code changes
  // most often between neighbouring rows of the first block (ties keep the column order).
  std::vector<std::size_t> order(columns.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = order.size() - 1 - i;
  if (by_locality && t.rows > 1) {
    std::vector<std::size_t> changes(columns.size(), 0);
    std::size_t n = std::min(t.rows, key_block);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const code_vector& codes = t.code[static_cast<std::size_t>(columns[i])];
      for (std::size_t row = 1; row < n; ++row) changes[i] += codes[row] != codes[row - 1];
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return changes[a] > changes[b]; });
  }
  std::uint64_t stride = 1;
  for (std::size_t i : order) {
    stride_[i] = stride;
    stride *= radix_[i];
  }
}

std::uint64_t key_layout::key_of(std::size_t row) const {
  std::uint64_t k = 0;
  for (std::size_t i = 0; i < columns_.size(); ++i)
    k += stride_[i] * t_->code[static_cast<std::size_t>(columns_[i])][row];
  return k;
}

void key_layout::keys_of(std::size_t first, std::size_t n, std::uint64_t* out) const {
  std::fill(out, out + n, std::uint64_t{0});
  for (std::size_t i = 0; i < columns_.size(); ++i)
    t_->code[static_cast<std::size_t>(columns_[i])].add_scaled(first, n, stride_[i], out);
}

std::uint64_t key_layout::with(std::uint64_t key, std::size_t position, std::uint32_t code) const {
  if (code >= radix_[position]) return no_key;
  std::uint32_t old = code_at(key, position);
  return key - stride_[position] * old + stride_[position] * code;
}

std::uint32_t key_layout::code_at(std::uint64_t key, std::size_t position) const {
  return static_cast<std::uint32_t>((key / stride_[position]) % radix_[position]);
}

void key_index::build(const table& t, const std::vector<int>& columns) {
  pack(t, columns);
  if (!usable()) return;
  const std::uint64_t total = combinations();
  dense_ = total <= 4 * static_cast<std::uint64_t>(t.rows) + 4096;
  std::vector<std::uint64_t> keys(std::min<std::size_t>(t.rows, key_block));
  if (dense_) {
    dense_rows_.clear();
    dense_rows_.reserve(total);
    make_resident(dense_rows_);
    dense_rows_.assign(total, 0);
    // From the last block to the first, each block backwards: the first row keeps its key.
    for (std::size_t end = t.rows; end > 0;) {
      std::size_t first = end > key_block ? end - key_block : 0;
      keys_of(first, end - first, keys.data());
      for (std::size_t i = end - first; i-- > 0;)
        dense_rows_[keys[i]] = static_cast<std::uint32_t>(first + i + 1);
      end = first;
    }
    return;
  }
  std::uint64_t capacity = 64;
  while (capacity < 2 * static_cast<std::uint64_t>(t.rows)) capacity *= 2;
  hash_keys_.assign(capacity, 0);
  hash_rows_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (std::size_t row = 0; row < t.rows; ++row) {
    std::uint64_t k = key_of(row);
    std::uint64_t h = (k * 0x9E3779B97F4A7C15ull) >> 17;
    for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
      if (hash_keys_[i] == 0) {
        hash_keys_[i] = k + 1;
        hash_rows_[i] = static_cast<std::uint32_t>(row);
        break;
      }
      if (hash_keys_[i] == k + 1) break;  // the first row keeps the key
    }
  }
}

long long key_index::find(std::uint64_t key) const {
  if (!usable() || key == no_key) return -1;
  if (dense_) return key < dense_rows_.size() ? static_cast<long long>(dense_rows_[key]) - 1 : -1;
  std::uint64_t h = (key * 0x9E3779B97F4A7C15ull) >> 17;
  for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
    if (hash_keys_[i] == 0) return -1;
    if (hash_keys_[i] == key + 1) return hash_rows_[i];
  }
}

// ---------------------------------------------------------------- checks

void cross_row_checks::run(std::vector<rule_tally>& tallies, std::vector<pending_finding>& out,
                           const std::function<void()>& rule_done,
                           std::map<std::string, long long>& problems) {
  duplicate_keys(out, problems);
  check_cross_row_rules(spec_, plan_, t_, kept_per_rule_, threads_, tallies, out, rule_done);
}

void cross_row_checks::duplicate_keys(std::vector<pending_finding>& out,
                                      std::map<std::string, long long>& problems_) {
  if (plan_.key.empty()) return;
  // Kept when asked for (keys()), else freed here, before the rules build their own indexes.
  key_index local;
  key_index& index = keep_key_index ? keys_ : local;
  index.build(t_, plan_.key);
  long long& count = problems_["data.key"];  // listed in the summary, also when unchecked
  if (!index.usable()) return;               // too many combinations to pack: not checked
  std::vector<std::uint64_t> keys(std::min<std::size_t>(t_.rows, key_index::key_block));
  for (std::size_t row = 0; row < t_.rows; ++row) {
    std::size_t in_block = row % key_index::key_block;
    if (in_block == 0)
      index.keys_of(row, std::min(key_index::key_block, t_.rows - row), keys.data());
    long long first = index.find(keys[in_block]);
    if (first < 0 || first == static_cast<long long>(row)) continue;
    if (static_cast<std::size_t>(count++) >= kept_per_rule_) continue;
    pending_finding pf;
    pf.f.kind = finding_kind::error;
    pf.f.level = severity::error;
    pf.f.rule = "data.key";
    pf.f.code = codes::duplicate_key;
    pf.row = static_cast<long long>(row);
    pf.other_row = first;
    out.push_back(std::move(pf));
  }
}

}  // namespace crossfoot::dataset_detail
