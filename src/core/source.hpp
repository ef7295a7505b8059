#pragma once
// Source texts and positions. Positions are byte offsets; line and column are computed only
// when a report needs them.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

struct line_col {
  int line = 0;  // 1-based
  int col = 0;   // 1-based, counted in Unicode code points
};

/// Where a stretch of a source's text stands in the document it was read from, when the text
/// was read out of a structured document (a .docx, an HTML page) instead of being the file's
/// own bytes: a paragraph (numbered from 1 in the body, tables apart) or a table cell.
struct text_place {
  std::size_t begin = 0;        // text offset where the paragraph's or cell's text starts
  std::uint32_t paragraph = 0;  // 1-based; 0 in a table
  std::uint32_t table = 0, row = 0, cell = 0;  // 1-based when in a table
};

class source_file {
 public:
  /// `first_line` numbers the text's first line: a piece of a larger file (one row of a
  /// 300 MB dataset, for a finding) keeps that file's line numbers without holding the file.
  /// `quotable`: whether messages may show the text (see quotable()).
  source_file(std::string name, std::string text, int first_line = 1, bool quotable = true);
  /// A text read out of a structured document, with the place of each paragraph and cell in
  /// text order (`begin` increasing). Text before the first place belongs to none.
  source_file(std::string name, std::string text, std::vector<text_place> places);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  /// Whether messages may show the text (a line and a caret, a token): false for a file that
  /// is not the kind it was read as, such as `include "/etc/passwd"` (core/input.hpp).
  bool quotable() const { return quotable_; }

  /// Lines are numbered from first_line(), in locate, offset_of and line_text alike.
  line_col locate(std::size_t offset) const;
  /// Byte offset of a line and 1-based code-point column; clamps to the text.
  std::size_t offset_of(int line, int col) const;
  /// The line's text without its line terminator.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  int first_line() const { return first_line_; }

  /// Whether the text was read out of a structured document (see text_place).
  bool mapped() const { return !places_.empty(); }
  /// Where `offset` is, as a report shows it after "file:": "12:34" (line and column) for a
  /// plain file; "¶12:34" (paragraph and character) or "table 2, row 3, cell 4:5" for a
  /// structured document.
  std::string place(std::size_t offset) const;
  /// The same when the line and column of `offset` are known (a reader walking its text in
  /// order): no rescan of a long line.
  std::string place(std::size_t offset, line_col at) const;
  /// The short label of the line holding `offset` in a caret snippet's gutter: "12", "¶12",
  /// "T2 R3".
  std::string gutter(std::size_t offset) const;
  /// The paragraph or cell holding `offset` (nullptr for a plain file, or before the first).
  const text_place* place_of(std::size_t offset) const;

 private:
  /// Byte offset of the start of a line counted from 1 (1 .. line_count()).
  std::size_t line_start(int line) const;

  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  // Byte offsets of every `mark_every`-th character of each line (columns 1 + 256k, k >= 1), so
  // that a column on a line of megabytes is found without rescanning the line: a one-line inline
  // table of 40,000 entries costs one scan, not one per entry.
  static constexpr int mark_every = 256;
  std::vector<std::size_t> marks_;
  std::size_t line_end(int line) const;  // the offset of the line's '\n' (or the end)
  std::vector<text_place> places_;
  int first_line_ = 1;
  bool quotable_ = true;
};

using source_ptr = std::shared_ptr<const source_file>;

source_ptr make_source(std::string name, std::string text, bool quotable = true);
source_ptr make_source(std::string name, std::string text, std::vector<text_place> places);
/// A source of one or a few lines cut from a larger file, numbered as in that file.
source_ptr make_source_part(std::string name, std::string text, int first_line);

struct source_range {
  source_ptr file;  // null when a finding has no place in any file
  std::size_t begin = 0;
  std::size_t end = 0;

  bool valid() const { return file != nullptr; }
  line_col start() const { return file ? file->locate(begin) : line_col{}; }
  /// "file:line:col", or "file:¶12:34" in a structured document; "" when invalid.
  std::string where() const;
  std::string_view text() const;
};

}  // namespace crossfoot
