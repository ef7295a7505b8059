#include "core/source.hpp"

#include <algorithm>

#include "core/checked_cast.hpp"
#include "core/text.hpp"

namespace crossfoot {
namespace {

// "¶", spelled in UTF-8 bytes so that the source's encoding does not matter.
constexpr std::string_view pilcrow = "\xC2\xB6";

}  // namespace

source_file::source_file(std::string name, std::string text, std::vector<text_place> places)
    : source_file(std::move(name), std::move(text)) {
  places_ = std::move(places);
}

source_file::source_file(std::string name, std::string text, int first_line, bool quotable)
    : name_(std::move(name)), text_(std::move(text)), first_line_(first_line), quotable_(quotable) {
  line_starts_.push_back(0);
  int col = 1;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\n') {
      line_starts_.push_back(i + 1);
      col = 1;
    } else if (!is_utf8_continuation(c)) {
      if (col > 1 && (col - 1) % mark_every == 0) marks_.push_back(i);  // column 1 + 256k
      ++col;
    }
  }
}

std::size_t source_file::line_end(int line) const {
  return line < line_count() ? line_starts_[checked_cast<std::size_t>(line)] - 1 : text_.size();
}

std::size_t source_file::line_start(int line) const {
  return line_starts_[checked_cast<std::size_t>(line - 1)];
}

line_col source_file::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  // The first line starts at 0 <= offset, so `it` is past it: line >= 1.
  auto line = checked_cast<int>(it - line_starts_.begin());
  std::size_t start = line_start(line);
  int col = 1;
  // From the last mark of this line at or before the offset.
  auto first = std::lower_bound(marks_.begin(), marks_.end(), start);
  auto last = std::upper_bound(first, marks_.end(), offset);
  if (last != first) {
    start = *(last - 1);
    col = 1 + mark_every * static_cast<int>(last - first);
  }
  for (std::size_t i = start; i < offset; ++i) {
    if (!is_utf8_continuation(text_[i])) ++col;
  }
  return {line + first_line_ - 1, col};
}

std::size_t source_file::offset_of(int line, int col) const {
  line -= first_line_ - 1;
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  std::size_t i = line_start(line);
  int c = 1;
  // Jump to the last mark of this line at or before the column.
  auto first = std::lower_bound(marks_.begin(), marks_.end(), i);
  auto in_line = std::lower_bound(first, marks_.end(), line_end(line)) - first;
  auto k = std::min<std::ptrdiff_t>(in_line, col > 0 ? (col - 1) / mark_every : 0);
  if (k > 0) {
    i = *(first + k - 1);
    c = 1 + mark_every * static_cast<int>(k);
  }
  for (; c < col && i < text_.size() && text_[i] != '\n'; ++c) {
    ++i;
    while (i < text_.size() && is_utf8_continuation(text_[i])) ++i;
  }
  return i;
}

std::string_view source_file::line_text(int line) const {
  line -= first_line_ - 1;
  if (line < 1 || line > line_count()) return {};
  std::size_t start = line_start(line);
  std::size_t end = line < line_count() ? line_start(line + 1) - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

const text_place* source_file::place_of(std::size_t offset) const {
  auto next = std::upper_bound(places_.begin(), places_.end(), offset,
                               [](std::size_t o, const text_place& p) { return o < p.begin; });
  // The marks before a paragraph's or row's text on its line ("# ", "| ") belong to it.
  auto line_of = [this](std::size_t o) {
    return std::upper_bound(line_starts_.begin(), line_starts_.end(), o) - line_starts_.begin();
  };
  const auto line = line_of(offset);
  if (next != places_.end() && line_of(next->begin) == line &&
      (next == places_.begin() || line_of(std::prev(next)->begin) != line))
    return &*next;
  return next == places_.begin() ? nullptr : &*std::prev(next);
}

std::string source_file::place(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  return place(offset, locate(offset));
}

std::string source_file::place(std::size_t offset, line_col at) const {
  const text_place* p = place_of(std::min(offset, text_.size()));
  if (!p) return std::to_string(at.line) + ":" + std::to_string(at.col);
  // Characters since the start of the paragraph or cell; a paragraph is one line of the text
  // unless it holds line breaks.
  const line_col start = locate(p->begin);
  std::size_t col = 1;
  if (offset < p->begin) {
    col = 1;  // a mark before the text ("| ")
  } else if (start.line == at.line) {
    col = static_cast<std::size_t>(at.col - start.col + 1);
  } else {
    for (std::size_t i = p->begin; i < offset && i < text_.size(); ++i) {
      if (!is_utf8_continuation(text_[i])) ++col;
    }
  }
  const std::string where = p->table == 0
                                ? std::string(pilcrow) + std::to_string(p->paragraph)
                                : "table " + std::to_string(p->table) + ", row " +
                                      std::to_string(p->row) + ", cell " + std::to_string(p->cell);
  return where + ":" + std::to_string(col);
}

std::string source_file::gutter(std::size_t offset) const {
  const text_place* p = place_of(std::min(offset, text_.size()));
  if (!p) return std::to_string(locate(offset).line);
  if (p->table == 0) return std::string(pilcrow) + std::to_string(p->paragraph);
  return "T" + std::to_string(p->table) + " R" + std::to_string(p->row);
}

source_ptr make_source(std::string name, std::string text, bool quotable) {
  return std::make_shared<const source_file>(std::move(name), std::move(text), 1, quotable);
}

source_ptr make_source(std::string name, std::string text, std::vector<text_place> places) {
  return std::make_shared<const source_file>(std::move(name), std::move(text), std::move(places));
}

source_ptr make_source_part(std::string name, std::string text, int first_line) {
  return std::make_shared<const source_file>(std::move(name), std::move(text), first_line);
}

std::string source_range::where() const {
  if (!file) return "";
  return file->name() + ":" + file->place(begin);
}

std::string_view source_range::text() const {
  if (!file) return {};
  const auto& t = file->text();
  auto b = std::min(begin, t.size());
  auto e = std::min(std::max(end, b), t.size());
  return std::string_view(t).substr(b, e - b);
}

}  // namespace crossfoot
