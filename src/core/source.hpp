#pragma once
// Source texts and positions. Positions are byte offsets; line and column are computed only
// when a report needs them.
#include <cstddef>
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

class source_file {
 public:
  /// `first_line` numbers the text's first line: a piece of a larger file (one row of a
  /// 300 MB dataset, for a finding) keeps that file's line numbers without holding the file.
  source_file(std::string name, std::string text, int first_line = 1);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }

  /// Lines are numbered from first_line(), in locate, offset_of and line_text alike.
  line_col locate(std::size_t offset) const;
  /// Byte offset of a line and 1-based code-point column; clamps to the text.
  std::size_t offset_of(int line, int col) const;
  /// The line's text without its line terminator.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  int first_line() const { return first_line_; }

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  int first_line_ = 1;
};

using source_ptr = std::shared_ptr<const source_file>;

source_ptr make_source(std::string name, std::string text);
/// A source of one or a few lines cut from a larger file, numbered as in that file.
source_ptr make_source_part(std::string name, std::string text, int first_line);
/// Reads a whole file; nullopt when it cannot be read (the reason goes to `error`).
std::optional<std::string> read_file(const std::string& path, std::string& error);

struct source_range {
  source_ptr file;  // null when a finding has no place in any file
  std::size_t begin = 0;
  std::size_t end = 0;

  bool valid() const { return file != nullptr; }
  line_col start() const { return file ? file->locate(begin) : line_col{}; }
  std::string_view text() const;
};

}  // namespace crossfoot
