#pragma once
// Reading an input file: the one function every reader uses, so that every kind of input is
// refused the same way when it is not a regular file, too large, or not UTF-8 text.
//
// The policy (docs/limits.md):
// - only regular files are read: a directory, device, FIFO, socket or a /proc or /sys file is
//   an error at the place that named it (an include, a [document] key, the command line);
// - each kind of input has a size limit (`default_input_limit`); the command line overrides it
//   (`--max-input-size`), and the file is never read past it;
// - a UTF-8 byte order mark at the start is dropped; a UTF-16 or UTF-32 one, a NUL byte or a
//   byte sequence that is not UTF-8 is an error at its line and column;
// - a file is quoted in messages (its line and a caret, the token a parser stopped at) only when
//   its name says it is the kind of file it was read as (`foo.rules` as rules); the content of
//   anything else, `include "/etc/passwd"` say, never appears in an error.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"

namespace crossfoot {

enum class input_kind {
  rules,     // a rules file, or a file it includes
  figures,   // a figures file (TOML)
  document,  // [document] source: optional, so its problems are warnings
  draft,     // a draft (check --draft, extract)
  spec,      // a dataset spec
  codelist,  // a codelist a dataset spec names (TOML)
  dataset,   // a dataset table (CSV)
};

/// "rules file", "figures file", … for messages.
const char* input_noun(input_kind kind);

/// Size limits in bytes; 0 keeps the kind's default.
struct input_limits {
  std::uint64_t text = 0;     // every kind but datasets (--max-input-size)
  std::uint64_t dataset = 0;  // dataset tables
};
/// Sets the limits for the rest of the process; the command line calls it before reading.
void set_input_limits(const input_limits& limits);
/// The limit in force for a kind, and the default it has without --max-input-size.
std::uint64_t input_limit(input_kind kind);
std::uint64_t default_input_limit(input_kind kind);

/// "64M", "2G", "1.5G", "500K", "1000000" (bytes; K, M, G, T are powers of 1024, an optional
/// trailing B or iB is allowed); nullopt when malformed or zero.
std::optional<std::uint64_t> parse_size(std::string_view text);
/// "64 MiB", "1.5 GiB", "812 bytes".
std::string format_size(std::uint64_t bytes);

/// Why a text is not UTF-8 text, and where (a byte offset).
struct encoding_problem {
  enum class kind { nul, invalid_utf8, wide_bom } what = kind::nul;
  std::size_t offset = 0;
};
/// The first problem in `text`, or nullopt. A UTF-8 byte order mark is not a problem.
std::optional<encoding_problem> find_encoding_problem(std::string_view text);

/// An open input file: a regular file within its kind's limit. Streaming readers (datasets)
/// read from `fd` themselves; it is closed with the object.
class input_file {
 public:
  input_file(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  input_file(input_file&& other) noexcept;
  input_file& operator=(input_file&&) = delete;
  input_file(const input_file&) = delete;
  ~input_file();
  int fd() const { return fd_; }
  std::uint64_t size() const { return size_; }  // as the file system gave it when opened
  /// `file` with the size that fstat gave once it was open.
  static input_file with_size(input_file&& file, std::uint64_t size);

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

/// Opens `path` for reading as `kind`, refusing what is not a regular file or is larger than
/// the kind's limit. `at` is where the path was named (invalid: on the command line). On
/// failure: nullopt and one diagnostic (a warning for `document`).
std::optional<input_file> open_input(const std::string& path, input_kind kind,
                                     const source_range& at, diagnostics& diags);

/// Opens and reads `path` as `kind` (open_input), refusing a text that grows past the limit
/// while read or is not UTF-8 text; drops a UTF-8 byte order mark. On failure: nullptr and one
/// diagnostic (a warning for `document`).
source_ptr read_input(const std::string& path, input_kind kind, const source_range& at,
                      diagnostics& diags);

/// The two halves of read_input, for readers of formats that are not text (a .docx): the
/// file's bytes, opened and read within the kind's limit (nullopt and one diagnostic on
/// failure); and the text policy (UTF-8, no NUL, no UTF-16/32 byte order mark; a UTF-8 one is
/// dropped) applied to bytes that are text after all.
std::optional<std::string> read_input_bytes(const std::string& path, input_kind kind,
                                            const source_range& at, diagnostics& diags);
source_ptr text_input(const std::string& path, std::string text, input_kind kind,
                      diagnostics& diags);

/// Whether a file of this name may be quoted in messages when read as `kind`: its extension is
/// one of the kind's (".rules", ".toml", ".md", ".txt", ".csv", …).
bool quotable_as(const std::string& path, input_kind kind);

/// The text with control characters (but tab and newline) and bytes that are not UTF-8 shown as
/// \xNN, so that a path or a key never puts a raw NUL or escape sequence into a message.
std::string printable(std::string_view text);

}  // namespace crossfoot
