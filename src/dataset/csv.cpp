#include <cstring>

#include "dataset/detail/csv.hpp"

namespace crossfoot::dataset_detail {

const char* record_end(const char* p, const char* end, const dialect& d, long& lines) {
  bool at_field_start = true;
  while (p < end) {
    char c = *p;
    if (at_field_start && d.quote && c == d.quote) {
      // A quoted field: to the quote that is not doubled.
      ++p;
      for (;;) {
        const void* q = std::memchr(p, d.quote, static_cast<std::size_t>(end - p));
        if (!q) return nullptr;
        const char* qp = static_cast<const char*>(q);
        for (const char* k = p; k < qp; ++k) lines += *k == '\n';
        p = qp + 1;
        if (p < end && *p == d.quote) {
          ++p;
          continue;
        }
        if (p == end) return nullptr;  // the next byte may be another quote
        break;
      }
      at_field_start = false;
      continue;
    }
    if (c == '\n') return p + 1;
    at_field_start = c == d.delimiter;
    ++p;
  }
  return nullptr;
}

const char* last_record_end(const char* begin, const char* end, const dialect& d) {
  std::size_t n = static_cast<std::size_t>(end - begin);
  if (!d.quote || !std::memchr(begin, d.quote, n)) {
    const void* nl = memrchr(begin, '\n', n);
    return nl ? static_cast<const char*>(nl) + 1 : begin;
  }
  const char* last = begin;
  long lines = 0;
  for (const char* p = begin; p < end;) {
    const char* e = record_end(p, end, d, lines);
    if (!e) break;
    last = p = e;
  }
  return last;
}

const char* content_end(const char* begin, const char* record_end) {
  const char* e = record_end;
  if (e > begin && e[-1] == '\n') --e;
  if (e > begin && e[-1] == '\r') --e;
  return e;
}

bool split_record(const char* p, const char* end, const dialect& d, std::vector<field>& out,
                  std::string& scratch) {
  out.clear();
  scratch.clear();
  // Unescaped texts are appended to `scratch`; views into it are fixed up at the end, since
  // appending may move it.
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::vector<int> in_scratch;
  const char* stop = content_end(p, end);
  for (;;) {
    field f;
    f.begin = p;
    if (d.quote && p < stop && *p == d.quote) {
      f.quoted = true;
      const char* inner = ++p;
      bool doubled = false;
      const char* close = nullptr;
      while (p < end) {
        if (*p == d.quote) {
          if (p + 1 < end && p[1] == d.quote) {
            doubled = true;
            p += 2;
            continue;
          }
          close = p;
          break;
        }
        ++p;
      }
      if (!close) return false;
      p = close + 1;
      if (doubled) {
        std::size_t from = scratch.size();
        for (const char* k = inner; k < close; ++k) {
          scratch += *k;
          if (*k == d.quote) ++k;
        }
        pieces.push_back({from, scratch.size() - from});
        in_scratch.push_back(static_cast<int>(out.size()));
      } else {
        f.text = std::string_view(inner, static_cast<std::size_t>(close - inner));
      }
      // Leniency for `"ab"c`: the rest up to the delimiter is kept, and the row is flagged.
      const char* rest = p;
      while (p < stop && *p != d.delimiter) ++p;
      if (p > rest) {
        f.stray_quote = true;
        if (!doubled) {
          std::size_t from = scratch.size();
          scratch.append(inner, close);
          scratch.append(rest, p);
          pieces.push_back({from, scratch.size() - from});
          in_scratch.push_back(static_cast<int>(out.size()));
        } else {
          scratch.append(rest, p);
          pieces.back().second = scratch.size() - pieces.back().first;
        }
      }
    } else {
      const char* start = p;
      while (p < stop && *p != d.delimiter) ++p;
      f.text = std::string_view(start, static_cast<std::size_t>(p - start));
    }
    f.end = p;
    out.push_back(f);
    if (p >= stop) break;
    ++p;              // the delimiter
    if (p == stop) {  // a delimiter last: one more, empty field
      field empty;
      empty.begin = empty.end = p;
      empty.text = std::string_view(p, 0);
      out.push_back(empty);
      break;
    }
  }
  for (std::size_t i = 0; i < in_scratch.size(); ++i) {
    out[static_cast<std::size_t>(in_scratch[i])].text =
        std::string_view(scratch).substr(pieces[i].first, pieces[i].second);
  }
  return true;
}

}  // namespace crossfoot::dataset_detail
