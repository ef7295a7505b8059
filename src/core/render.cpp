#include <fmt/format.h>

#include "core/diagnostic.hpp"
#include "core/input.hpp"
#include "core/text.hpp"

namespace crossfoot {
namespace {

constexpr std::size_t max_shown_columns = 100;

const char* color_of_severity(severity s) {
  switch (s) {
    case severity::error:
      return "\033[1;31m";
    case severity::warning:
      return "\033[1;35m";
    case severity::info:
    case severity::note:
      return "\033[1;36m";
  }
  return "";
}

// A control character or a byte that is not UTF-8 is shown as '?', one column as it counts:
// no raw NUL or escape sequence reaches the terminal.
std::string shown_safely(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    auto c = static_cast<unsigned char>(line[i]);
    std::size_t n = utf8_length(line, i);
    if (n == 0 || (c < 0x20 && c != '\t') || c == 0x7f) {
      out += '?';
      ++i;
    } else {
      out.append(line.substr(i, n));
      i += n;
    }
  }
  return out;
}

// Long lines (a paragraph of a briefing is one line) are cut to a window around the caret.
std::string snippet(const source_range& r) {
  auto start = r.file->locate(r.begin);
  std::string_view line = r.file->line_text(start.line);
  std::size_t line_begin = r.file->offset_of(start.line, 1);
  std::size_t caret_at = r.begin - line_begin;
  std::size_t caret_end = std::min(std::max(r.end, r.begin + 1) - line_begin, line.size() + 1);
  std::size_t from = 0;
  if (caret_at > max_shown_columns / 2 && line.size() > max_shown_columns) {
    from = utf8_floor(line, caret_at - max_shown_columns / 4);
  }
  std::size_t to = utf8_ceil(line, std::min(line.size(), from + max_shown_columns));
  std::string_view shown = line.substr(from, to - from);
  std::string prefix = from > 0 ? "..." : "";
  std::string suffix = to < line.size() ? "..." : "";
  std::size_t pad = count_code_points(line.substr(from, caret_at - from)) + prefix.size();
  std::size_t width =
      caret_end > caret_at
          ? count_code_points(line.substr(caret_at, std::min(caret_end, to) - caret_at))
          : 1;
  width = std::max<std::size_t>(width, 1);
  // The gutter names the line: its number, or in a structured document its paragraph ("¶12")
  // or table row ("T2 R3"), whose text is the line shown.
  const std::string label = r.file->gutter(r.begin);
  const std::size_t gutter = std::max<std::size_t>(5, count_code_points(label));
  std::string out =
      fmt::format("{}{} | {}{}{}\n", std::string(gutter - count_code_points(label), ' '), label,
                  prefix, shown_safely(shown), suffix);
  out += fmt::format("{} | {}^{}\n", std::string(gutter, ' '), std::string(pad, ' '),
                     std::string(width - 1, '~'));
  return out;
}

void render_into(std::string& out, const diagnostic& d, bool color) {
  if (d.range.valid()) {
    out += d.range.where() + ": ";
  }
  const char* on = severity_color(d.level, color);
  const char* off = color_reset(color);
  out += fmt::format("{}{}{}: {}", on, to_string(d.level), off, printable(d.message));
  if (!d.code.empty()) out += fmt::format(" [{}]", d.code);
  out += '\n';
  // A file that is not the kind it was read as is never quoted (core/input.hpp).
  if (d.range.valid() && d.range.file->quotable()) out += snippet(d.range);
  for (const auto& n : d.notes) render_into(out, n, color);
}

}  // namespace

std::string render_snippet(const source_range& r) {
  return r.valid() && r.file->quotable() ? snippet(r) : "";
}

const char* severity_color(severity s, bool color) {
  return color ? color_of_severity(s) : "";
}
const char* color_reset(bool color) {
  return color ? "\033[0m" : "";
}

std::string render(const diagnostic& d, bool color) {
  std::string out;
  render_into(out, d, color);
  return out;
}

std::string render_all(const diagnostics& ds, bool color) {
  std::string out;
  for (const auto& d : ds.items()) render_into(out, d, color);
  return out;
}

}  // namespace crossfoot
