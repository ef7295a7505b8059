#pragma once
// CSV records (RFC 4180 with the usual leniencies): fields separated by one delimiter, records
// ended by LF or CRLF, a field that starts with the quote character runs to the next lone quote
// and may hold delimiters, line breaks and doubled quotes. The same scanner finds where chunks
// may be cut (only between records) and splits records into fields, so the two always agree.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crossfoot::dataset_detail {

/// Bytes read from a file: a vector whose growth leaves new bytes uninitialised, since read(2)
/// overwrites them at once (zeroing a 4 MB chunk first cost as much as parsing a tenth of it).
template <typename T>
struct uninitialised_allocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = uninitialised_allocator<U>;
  };
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using byte_buffer = std::vector<char, uninitialised_allocator<char>>;

struct dialect {
  char delimiter = ',';
  char quote = '"';  // '\0': no quoting
  char decimal = '.';
  char thousands = '\0';
};

/// One field of a record: its text as written (quotes included) and, for a quoted field, the
/// text inside with doubled quotes made single.
struct field {
  const char* begin = nullptr;  // as written
  const char* end = nullptr;
  bool quoted = false;
  bool stray_quote = false;  // characters after the closing quote ("ab"c): read leniently
  std::string_view text;     // the value: inside the quotes, unescaped
};

/// The end of the record that starts at `p` (just past its line feed), or nullptr when
/// [p, end) holds no complete record (it ends inside quotes, or without a line feed).
/// `lines` counts the line feeds inside quoted fields of the record.
const char* record_end(const char* p, const char* end, const dialect& d, long& lines);

/// The end of the last complete record in [begin, end), begin being a record start: begin when
/// none is complete. Without any quote character in the range this is the last line feed.
const char* last_record_end(const char* begin, const char* end, const dialect& d);

/// Splits the record [p, end) (its line terminator included or not) into fields. Quoted fields
/// with doubled quotes are unescaped into `scratch`, which must not be touched until the fields
/// are used. Returns false when the record ends inside quotes.
bool split_record(const char* p, const char* end, const dialect& d, std::vector<field>& out,
                  std::string& scratch);

/// Where a record's text ends, without its line terminator (LF or CRLF).
const char* content_end(const char* begin, const char* record_end);

}  // namespace crossfoot::dataset_detail
