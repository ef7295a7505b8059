#include <algorithm>
#include <string_view>

#include "extract/detail/table.hpp"

namespace crossfoot::extract_detail {

namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

bool table_line(std::string_view line) {
  line = trimmed(line);
  return !line.empty() && line.front() == '|';
}

// The cells between the bars of one line: "| a | b |" gives {"a", "b"}.
std::vector<std::string_view> cells(std::string_view line) {
  line = trimmed(line);
  std::vector<std::string_view> out;
  std::size_t at = line.find('|');
  while (at != std::string_view::npos) {
    const std::size_t next = line.find('|', at + 1);
    if (next == std::string_view::npos) break;
    out.push_back(trimmed(line.substr(at + 1, next - at - 1)));
    at = next;
  }
  return out;
}

// The first line of the table the line at `line_begin` belongs to: its header.
std::string_view header_line(std::string_view text, std::size_t line_begin) {
  std::size_t begin = line_begin;
  while (begin > 0 && text[begin - 1] == '\n') {
    const std::size_t newline = begin - 1;
    const std::size_t before =
        newline == 0 ? std::string_view::npos : text.rfind('\n', newline - 1);
    const std::size_t start = before == std::string_view::npos ? 0 : before + 1;
    if (!table_line(text.substr(start, newline - start))) break;
    begin = start;
  }
  const std::size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string_view::npos ? text.size() - begin : end - begin);
}

}  // namespace

int year_in(std::string_view cell) {
  if (cell.size() != 4 || !std::all_of(cell.begin(), cell.end(), is_ascii_digit)) return 0;
  const int y = std::stoi(std::string(cell));
  return y >= 1900 && y <= 2100 ? y : 0;
}

std::optional<table_cell> cell_of(const folded_text& t, const block& b, std::size_t at) {
  const std::string_view text = t.text;
  const std::string_view row = text.substr(b.begin, b.end - b.begin);
  if (!table_line(row) || at < b.begin || at >= b.end) return std::nullopt;
  const std::size_t first_bar = text.find('|', b.begin);
  const std::size_t label_end = text.find('|', first_bar + 1);
  if (label_end == std::string_view::npos || at < label_end) return std::nullopt;
  const std::size_t column =
      static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(label_end),
                                          text.begin() + static_cast<std::ptrdiff_t>(at), '|'));
  table_cell cell;
  cell.label = words_between(text, first_bar + 1, label_end);
  const std::vector<std::string_view> header = cells(header_line(text, b.begin));
  if (column < header.size()) {
    int latest = 0;
    for (std::string_view h : header) latest = std::max(latest, year_in(h));
    const int year = year_in(header[column]);
    cell.older_column = year != 0 && year < latest;
  }
  return cell;
}

}  // namespace crossfoot::extract_detail
