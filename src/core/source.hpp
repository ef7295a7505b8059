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
  source_file(std::string name, std::string text, bool quotable = true);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  /// Whether messages may show the text (a line and a caret, a token): false for a file that
  /// is not the kind it was read as, such as `include "/etc/passwd"` (core/input.hpp).
  bool quotable() const { return quotable_; }

  line_col locate(std::size_t offset) const;
  /// Byte offset of a 1-based line and code-point column; clamps to the text.
  std::size_t offset_of(int line, int col) const;
  /// The line's text without its line terminator.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  bool quotable_ = true;
};

using source_ptr = std::shared_ptr<const source_file>;

source_ptr make_source(std::string name, std::string text, bool quotable = true);

struct source_range {
  source_ptr file;  // null when a finding has no place in any file
  std::size_t begin = 0;
  std::size_t end = 0;

  bool valid() const { return file != nullptr; }
  line_col start() const { return file ? file->locate(begin) : line_col{}; }
  std::string_view text() const;
};

}  // namespace crossfoot
