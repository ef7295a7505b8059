// Checking, folding and cutting a draft. Each pass is one walk over the text (lines are
// classified once, then grouped into blocks and tables), so a 10 MB line costs no more than
// ten 1 MB ones.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/text.hpp"
#include "extract/detail/codes.hpp"
#include "extract/detail/periods.hpp"
#include "extract/detail/text.hpp"
#include "extract/detail/words.hpp"
#include "quantity/lexicon.hpp"
#include "quantity/number_convention.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot::extract_detail {

namespace {

unsigned char byte_at(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

// The ASCII for a full-width form (U+FF05 %, U+FF0B-FF0E + , - ., U+FF10-FF19 digits), a
// typographic apostrophe, or 0 when the three bytes at s[i] are none of these.
char folded_form(std::string_view s, std::size_t i) {
  const unsigned char a = byte_at(s, i), b = byte_at(s, i + 1), c = byte_at(s, i + 2);
  if (a == 0xEF && b == 0xBC) {
    if (c >= 0x90 && c <= 0x99) return static_cast<char>('0' + (c - 0x90));
    if (c == 0x85) return '%';
    if (c >= 0x8B && c <= 0x8E) return "+,-."[c - 0x8B];
  }
  if (a == 0xE2 && b == 0x80 && c == 0x99) return '\'';
  return 0;
}

// "8,1 per cent", "2,5 %", "1 326,4": a comma after one to three digits (no group, point or
// letter before them) and before one or two digits that end the number (a blank, a line break,
// "%" or the text's end after them, and no digit after that blank) is a decimal comma. A thousands
// separator takes three digits ("51,000"); "2006,12" is no number. `folded` is the text folded
// so far, s[i] the comma.
bool decimal_comma(std::string_view s, std::size_t i, std::string_view folded) {
  // Four digits are enough to refuse it: the look-back stays bounded in a long run of digits.
  constexpr std::size_t most_before = 3;
  std::size_t before = 0;
  while (before <= most_before && before < folded.size() &&
         is_ascii_digit(folded[folded.size() - 1 - before]))
    ++before;
  if (before == 0 || before > most_before) return false;
  if (before < folded.size()) {
    const char c = folded[folded.size() - 1 - before];
    if (c == ',' || c == '.' || is_ascii_alnum(c) || c == '_') return false;
  }
  std::size_t after = 0;
  while (i + 1 + after < s.size() && is_ascii_digit(s[i + 1 + after])) ++after;
  if (after == 0 || after > 2) return false;
  const std::size_t end = i + 1 + after;
  if (end == s.size() || s[end] == '%') return true;
  // A line break ends the number as a blank does: wrapped prose puts the scale word on the next
  // line ("58,2\nmillion eur").
  if (s[end] != ' ' && s[end] != '\n' && s[end] != '\r') return false;
  return end + 1 >= s.size() || !is_ascii_digit(s[end + 1]);
}

// ---- lines -------------------------------------------------------------------------------

std::string_view without_indent(std::string_view line, std::size_t most = 3) {
  std::size_t i = 0;
  while (i < line.size() && i < most && line[i] == ' ') ++i;
  return line.substr(i);
}

bool list_item(std::string_view line) {
  line = without_indent(line);
  if (line.size() > 1 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
    return true;
  std::size_t d = 0;
  while (d < line.size() && is_ascii_digit(line[d])) ++d;
  return d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
}

bool starts_block(std::string_view line) {
  const std::string_view s = without_indent(line);
  return !s.empty() && (s[0] == '#' || s[0] == '|' || s[0] == '>' || list_item(line));
}

}  // namespace

// A cell that holds a quantity and little else: "195.1", "-2.3%", "1 707.0", "€37.9 billion",
// "+336,000", with a footnote marker ("2.1e", "12.3*") or a second number in brackets
// ("7.8 (5.2)") after it. A period ("2024", "Sep 18") is a header, not a number.
bool numeric_cell(std::string_view cell) {
  cell = trim_blank(cell);
  if (cell.empty() || written_period(cell)) return false;
  const std::size_t at = cell.front() == '(' ? 1 : 0;
  auto m = match_prose_quantity(cell, at);
  if (!m) return false;
  std::string_view rest = trim_blank(cell.substr(m->end));
  if (at == 1 && rest.starts_with(')')) rest = trim_blank(rest.substr(1));
  const bool marker = rest.size() <= 2 && std::all_of(rest.begin(), rest.end(), [](char c) {
                        return is_ascii_letter(c) || c == '*' || c == '\'';
                      });
  return marker || rest.front() == '(';
}

namespace {

// Cells of a whitespace-aligned line: runs separated by two or more blanks (a tab counts as
// two). "Euro area exports   1 707.0   1 784.6" is three cells; "1 707.0" stays one.
std::vector<std::string_view> aligned_cells(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_blank(line[i])) ++i;
    if (i >= line.size()) break;
    std::size_t end = i;
    while (end < line.size()) {
      if (line[end] == '\t') break;
      if (line[end] == ' ' && end + 1 < line.size() && is_blank(line[end + 1])) break;
      if (line[end] == ' ' && end + 1 == line.size()) break;
      ++end;
    }
    out.push_back(line.substr(i, end - i));
    i = end;
  }
  return out;
}

enum class line_kind { blank, pipe, tab_row, aligned_row, aligned_other, prose };

struct line_info {
  std::size_t begin = 0, end = 0;  // end before the newline
  line_kind kind = line_kind::prose;
};

line_kind kind_of_line(std::string_view line) {
  if (all_blank(line)) return line_kind::blank;
  const std::string_view s = without_indent(line);
  if (s.front() == '|') return line_kind::pipe;
  if (starts_block(line)) return line_kind::prose;
  // Tab-separated: at least two cells split by tabs.
  if (line.find('\t') != std::string_view::npos) {
    std::size_t cells = 0;
    for (std::size_t at = 0; at <= line.size();) {
      std::size_t tab = line.find('\t', at);
      if (tab == std::string_view::npos) tab = line.size();
      if (!all_blank(line.substr(at, tab - at))) ++cells;
      at = tab + 1;
    }
    if (cells >= 2) return line_kind::tab_row;
  }
  const std::vector<std::string_view> cells = aligned_cells(line);
  if (cells.size() < 2) return line_kind::prose;
  const auto numbers =
      static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), numeric_cell));
  if (numbers >= 2) return line_kind::aligned_row;
  return line_kind::aligned_other;
}

// A heading: Markdown "#", or one short line that does not end like a sentence.
bool heading_block(std::string_view text, const block& b, bool single_line) {
  std::string_view s = text.substr(b.begin, b.end - b.begin);
  std::size_t i = s.find_first_not_of(' ');
  if (i != std::string_view::npos && s[i] == '#') return true;
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  if (!single_line || s.empty() || s.size() > 160) return false;
  return std::string_view(".!?:;,").find(s.back()) == std::string_view::npos;
}

// A line ending in a word that cannot end a heading ("of", "and", "climbed by") wraps.
bool ends_open(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && !is_ascii_letter(line[end - 1])) --end;
  if (end < line.size() && line.substr(end).find_first_not_of(' ') != std::string_view::npos)
    return false;
  std::size_t begin = end;
  while (begin > 0 && is_ascii_letter(line[begin - 1])) --begin;
  return lexicon::is(ascii_lower(line.substr(begin, end - begin)),
                     lexicon::word_class::open_ending);
}

// "Three Factors Support the Steady Growth of Foreign Trade" is a heading; a long line mostly
// in lower case is wrapped prose even without a comma.
bool prose_like(std::string_view line) {
  std::size_t words = 0, capitalised = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!is_ascii_letter(line[i]) || (i > 0 && is_ascii_letter(line[i - 1]))) continue;
    ++words;
    if (is_ascii_upper(line[i])) ++capitalised;
  }
  return words > 12 && capitalised * 2 < words;
}

// How a line ends: a full stop closes a paragraph's sentence; a short line without one is a
// heading when the next line starts like a new sentence, and a wrapped line otherwise.
struct line_end {
  bool closed = false;
  bool heading_like = false;
};

line_end ending_of(std::string_view line) {
  while (!line.empty() && (is_blank(line.back()) ||
                           std::string_view("\"')*_").find(line.back()) != std::string_view::npos))
    line.remove_suffix(1);
  const std::size_t first = line.find_first_not_of(' ');
  if (first != std::string_view::npos && line[first] == '#') return {true, true};
  if (line.empty()) return {true, false};
  const bool closed = std::string_view(".!?:").find(line.back()) != std::string_view::npos;
  // Headings rarely hold a comma; wrapped prose often does.
  return {closed, !closed && line.find(',') == std::string_view::npos && line.back() != ';' &&
                      line.size() < 160 && !ends_open(line) && !prose_like(line)};
}

bool starts_sentence(std::string_view line) {
  const std::size_t i = line.find_first_not_of(' ');
  return i != std::string_view::npos && is_ascii_upper(line[i]);
}

// ---- blocks and tables -------------------------------------------------------------------

class block_builder {
 public:
  explicit block_builder(folded_text& t) : t_(t), s_(t.text) {}

  void run() {
    const std::vector<line_info> lines = classify_lines();
    for (std::size_t i = 0; i < lines.size();) {
      const std::size_t rows = table_run(lines, i);
      if (rows > 0) {
        add_table(lines, i, rows);
        i += rows;
        continue;
      }
      add_prose_line(lines[i]);
      ++i;
    }
    close_paragraph();
  }

 private:
  std::vector<line_info> classify_lines() const {
    std::vector<line_info> lines;
    for (std::size_t at = 0; at <= s_.size();) {
      std::size_t nl = s_.find('\n', at);
      if (nl == std::string_view::npos) nl = s_.size();
      if (nl > at || nl < s_.size())
        lines.push_back({at, nl, kind_of_line(s_.substr(at, nl - at))});
      at = nl + 1;
    }
    return lines;
  }

  // The number of lines from `i` that form a table, or 0. Pipe lines always do; tab-separated
  // and aligned lines only in runs of two or more with a row of two numbers or more (prose
  // typed with two spaces after its full stops is not a table).
  static std::size_t table_run(const std::vector<line_info>& lines, std::size_t i) {
    const line_kind k = lines[i].kind;
    if (k == line_kind::pipe) {
      std::size_t n = 0;
      while (i + n < lines.size() && lines[i + n].kind == line_kind::pipe) ++n;
      return n;
    }
    if (k == line_kind::tab_row) {
      std::size_t n = 0;
      while (i + n < lines.size() && lines[i + n].kind == line_kind::tab_row) ++n;
      return n >= 2 ? n : 0;
    }
    if (k != line_kind::aligned_row && k != line_kind::aligned_other) return 0;
    std::size_t n = 0, numeric = 0;
    while (i + n < lines.size() && (lines[i + n].kind == line_kind::aligned_row ||
                                    lines[i + n].kind == line_kind::aligned_other)) {
      if (lines[i + n].kind == line_kind::aligned_row) ++numeric;
      ++n;
    }
    // Trailing lines without numbers belong to the next paragraph, not the table.
    while (n > 0 && lines[i + n - 1].kind == line_kind::aligned_other) --n;
    return n >= 2 && numeric >= 1 ? n : 0;
  }

  table_style style_of(line_kind k) const {
    if (k == line_kind::pipe) return table_style::pipe;
    if (k == line_kind::tab_row) return table_style::tab;
    return table_style::aligned;
  }

  void add_table(const std::vector<line_info>& lines, std::size_t first, std::size_t rows) {
    // The paragraph before a table is its caption when it is one short line ("Table 1: Trade
    // in goods, € bn").
    const bool caption = open_ && lines_ == 1 && current_.end - current_.begin <= 200;
    close_paragraph();
    table_span span;
    span.style = style_of(lines[first].kind);
    span.first_block = t_.blocks.size();
    if (caption && !t_.blocks.empty()) span.caption_block = t_.blocks.size() - 1;
    const auto index = static_cast<std::uint32_t>(t_.tables.size());
    for (std::size_t i = first; i < first + rows; ++i) {
      block b{lines[i].begin, lines[i].end, false, span.style, index};
      b.heading = heading_block(s_, b, true);
      t_.blocks.push_back(b);
    }
    span.last_block = t_.blocks.size() - 1;
    t_.tables.push_back(span);
    previous_ = {true, false};
  }

  void add_prose_line(const line_info& l) {
    const std::string_view line = s_.substr(l.begin, l.end - l.begin);
    const bool blank = l.kind == line_kind::blank;
    const bool split = blank || starts_block(line) || previous_.closed ||
                       (previous_.heading_like && starts_sentence(line));
    if (open_ && split) close_paragraph();
    if (blank) return;
    // "Percent" above "7 6 5 4 3 2 1 0": a line of a chart's axis labels is a block of its own,
    // which the scanner leaves out whatever the lines around it.
    if (chart_labels(line)) {
      close_paragraph();
      push({l.begin, l.end}, true);
      previous_ = {true, false};
      return;
    }
    if (!open_) current_ = {l.begin, l.end}, lines_ = 0, open_ = true;
    current_.end = l.end;
    ++lines_;
    previous_ = ending_of(line);
  }

  void close_paragraph() {
    if (!open_) return;
    open_ = false;
    block b = current_;
    const bool single_line = lines_ == 1;
    // A paragraph longer than the reader takes whole is cut near a sentence end or a blank.
    while (b.end - b.begin > max_block_bytes) {
      const std::size_t cut = cut_point(b.begin, b.begin + max_block_bytes);
      push({b.begin, cut}, false);
      b.begin = cut;
    }
    push(b, single_line);
  }

  std::size_t cut_point(std::size_t begin, std::size_t limit) const {
    const std::size_t floor = limit - max_block_bytes / 8;
    for (std::size_t i = limit; i > floor; --i) {
      if (s_[i - 1] == '.' && is_blank(s_[i])) return i;
    }
    for (std::size_t i = limit; i > floor; --i) {
      if (is_blank(s_[i - 1])) return i;
    }
    return std::max(begin + 1, utf8_floor(s_, limit));
  }

  void push(block b, bool single_line) {
    if (b.end <= b.begin) return;
    b.heading = heading_block(s_, b, single_line);
    t_.blocks.push_back(b);
  }

  folded_text& t_;
  std::string_view s_;
  block current_;
  bool open_ = false;
  int lines_ = 0;
  line_end previous_;
};

bool sentence_end(std::string_view s, std::size_t i) {
  if (std::string_view(".!?").find(s[i]) == std::string_view::npos) return false;
  if (i + 1 < s.size() && !is_blank(s[i + 1]) && s[i + 1] != '"') return false;
  // "No. 3", "U.S. exports": a one- or two-letter word before the full stop is an abbreviation.
  std::size_t k = i;
  while (k > 0 && is_ascii_letter(s[k - 1])) --k;
  return s[i] != '.' || i - k > 2 || i == k;
}

}  // namespace

// Axis labels are evenly spaced numbers ("200 180 160 140"); tick labels are dates written
// with a dash or a slash ("09-09 09-11 09-13"). Either way a line of them alone, three or more.
// A unit an axis names at the start of its labels: "%", "$bn", "Percent" (a rate or a
// currency; a word like "Exports" opens a row of a table, not an axis).
bool axis_unit(std::string_view token) {
  quantity_error error;
  const auto u = parse_unit(token, error);
  return u && (u->style == unit_style::percent ||
               (u->style == unit_style::level && is_currency(u->dim.to_string())));
}

bool chart_labels(std::string_view line) {
  std::vector<double> values;
  bool all_ticks = true;
  std::size_t tokens = 0;
  for (std::size_t i = 0; i < line.size(); ++tokens) {
    while (i < line.size() && is_blank(line[i])) ++i;
    if (i >= line.size()) break;
    std::size_t end = i;
    while (end < line.size() && !is_blank(line[end])) ++end;
    const std::string_view tok = line.substr(i, end - i);
    // "-1.0": a label below zero.
    const std::string_view unsigned_tok =
        tok.size() > 1 && tok.front() == '-' ? tok.substr(1) : tok;
    const bool digits_only = std::all_of(unsigned_tok.begin(), unsigned_tok.end(),
                                         [](char c) { return is_ascii_digit(c) || c == '.'; });
    const bool tick =
        std::all_of(tok.begin(), tok.end(),
                    [](char c) { return is_ascii_digit(c) || c == '-' || c == '/'; }) &&
        is_ascii_digit(tok.front()) && is_ascii_digit(tok.back()) &&
        tok.find_first_of("-/") != std::string_view::npos;
    // "% 3.0 2.0 1.0 0.0 -1.0": the axis's unit may open the line.
    if (!digits_only && !tick && tokens == 0 && axis_unit(tok)) {
      i = end;
      continue;
    }
    if (!digits_only && !tick) return false;
    all_ticks = all_ticks && tick;
    if (digits_only) values.push_back(std::strtod(std::string(tok).c_str(), nullptr));
    i = end;
  }
  if (all_ticks) return tokens >= 3;
  if (values.size() < 3) return false;
  const double step = values[1] - values[0];
  if (step == 0) return false;
  for (std::size_t i = 2; i < values.size(); ++i) {
    if (std::abs((values[i] - values[i - 1]) - step) > 1e-9 * std::max(1.0, std::abs(step)))
      return false;
  }
  return true;
}

std::size_t folded_text::origin(std::size_t i) const {
  auto it = std::upper_bound(shifts.begin(), shifts.end(), i,
                             [](std::size_t v, const shift_point& p) { return v < p.at; });
  return it == shifts.begin() ? i : i + std::prev(it)->shift;
}

std::optional<text_problem> find_text_problem(std::string_view original) {
  if (original.size() >= 0x7fffffff) {
    return text_problem{0, codes::too_large, "the draft is larger than 2 GiB"};
  }
  // Whichever comes first is reported.
  const std::size_t nul = original.find('\0');
  const std::size_t bad = find_invalid_utf8(original).value_or(std::string_view::npos);
  if (nul != std::string_view::npos && nul < bad) {
    return text_problem{nul, codes::not_text, "the draft is not text: it contains a NUL byte"};
  }
  if (bad != std::string_view::npos) {
    return text_problem{bad, codes::invalid_utf8, "the draft is not valid UTF-8 text"};
  }
  return std::nullopt;
}

folded_text fold(std::string_view original) {
  // A decimal-comma document's numbers are read in the reader's own form ("447.206 persons" is
  // 447,206 persons where "63,0%" writes the decimal); the rewriting keeps every offset.
  const std::string reader_form = in_reader_form(original, document_decimal_mark(original));
  const std::string_view s = reader_form;
  folded_text t;
  t.text.reserve(s.size());
  std::size_t i = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  if (i > 0) t.shifts.push_back({0, 3});
  // A sequence of `length` bytes became one: the offsets after it move back by length - 1.
  auto folded = [&](char c, std::size_t length) {
    t.text += c;
    i += length;
    t.shifts.push_back(
        {static_cast<std::uint32_t>(t.text.size()), static_cast<std::uint32_t>(i - t.text.size())});
  };
  while (i < s.size()) {
    if (const char c = folded_form(s, i)) {
      folded(c, 3);
      continue;
    }
    // An en dash before a digit is a hyphen: between digits a range ("1–2 days"); after a
    // blank, a bracket or a cell's bar a minus sign as typeset releases write one ("Exports:
    // $249.0 billion, –3.6%", "| –0.4 |"). Elsewhere it is punctuation.
    if (s.substr(i, 3) == "\xE2\x80\x93" && i + 3 < s.size() && is_ascii_digit(s[i + 3])) {
      const char before = t.text.empty() ? ' ' : t.text.back();
      if (is_ascii_digit(before) || before == ' ' || before == '(' || before == '|' ||
          before == '\n' || before == '\t') {
        folded('-', 3);
        continue;
      }
    }
    // A decimal comma is a decimal point: "8,1 per cent", "2 446,5".
    if (s[i] == ',' && decimal_comma(s, i, t.text)) {
      t.text += '.';
      ++i;
      continue;
    }
    // A carriage return alone ends a line; before a line feed it is only a blank.
    t.text += s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n') ? '\n' : s[i];
    ++i;
  }
  block_builder(t).run();
  for (std::size_t k = 0; k < t.text.size(); ++k) {
    if (sentence_end(t.text, k)) t.sentence_stops.push_back(static_cast<std::uint32_t>(k + 1));
  }
  // Inside a block a line break is a space: "3.42\nmillion TEU" is one quantity.
  for (const block& b : t.blocks) {
    std::replace_if(
        t.text.begin() + static_cast<long>(b.begin), t.text.begin() + static_cast<long>(b.end),
        [](char c) { return c == '\n' || c == '\r'; }, ' ');
  }
  t.lower = ascii_lower(t.text);
  return t;
}

std::pair<std::size_t, std::size_t> sentence_around(const folded_text& t, const block& b,
                                                    std::size_t at) {
  // Bounded both ways, so that a text without full stops stays linear to read.
  constexpr std::size_t reach = 600;
  const std::string_view s = t.text;
  // sentence_stops holds the offset just after each sentence's last character.
  auto next = std::upper_bound(t.sentence_stops.begin(), t.sentence_stops.end(), at);
  std::size_t begin = next == t.sentence_stops.begin() ? 0 : *std::prev(next);
  std::size_t end = next == t.sentence_stops.end() ? s.size() : *next;
  begin = std::max({begin, b.begin, at > reach ? at - reach : 0});
  end = std::min({end, b.end, at + reach});
  while (begin < at && (is_blank(s[begin]) || is_utf8_continuation(s[begin]))) ++begin;
  end = std::min(utf8_ceil(s, end), b.end);  // never half a character
  return {begin, end};
}

}  // namespace crossfoot::extract_detail
