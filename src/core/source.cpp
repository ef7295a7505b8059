#include "core/source.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace crossfoot {

source_file::source_file(std::string name, std::string text, bool quotable)
    : name_(std::move(name)), text_(std::move(text)), quotable_(quotable) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

line_col source_file::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<int>(it - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  int col = 1;
  for (std::size_t i = start; i < offset; ++i) {
    if (!is_utf8_continuation(text_[i])) ++col;
  }
  return {line, col};
}

std::size_t source_file::offset_of(int line, int col) const {
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  std::size_t i = line_starts_[line - 1];
  for (int c = 1; c < col && i < text_.size() && text_[i] != '\n'; ++c) {
    ++i;
    while (i < text_.size() && is_utf8_continuation(text_[i])) ++i;
  }
  return i;
}

std::string_view source_file::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_count() ? line_starts_[line] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

source_ptr make_source(std::string name, std::string text, bool quotable) {
  return std::make_shared<const source_file>(std::move(name), std::move(text), quotable);
}

std::string_view source_range::text() const {
  if (!file) return {};
  const auto& t = file->text();
  auto b = std::min(begin, t.size());
  auto e = std::min(std::max(end, b), t.size());
  return std::string_view(t).substr(b, e - b);
}

}  // namespace crossfoot
