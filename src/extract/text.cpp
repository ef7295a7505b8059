// Checking, folding and cutting a draft. Each pass is one walk over the text, so a 10 MB line
// costs no more than ten 1 MB ones.
#include <algorithm>

#include "extract/detail/codes.hpp"
#include "extract/detail/text.hpp"
#include "extract/detail/words.hpp"

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

bool starts_block(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  line.remove_prefix(i);
  if (line.empty()) return false;
  if (line[0] == '#' || line[0] == '|' || line[0] == '>') return true;
  if (line.size() > 1 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
    return true;
  std::size_t d = 0;
  while (d < line.size() && is_ascii_digit(line[d])) ++d;
  return d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
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

void close_block(folded_text& t, block b, bool single_line) {
  if (b.end <= b.begin) return;
  b.heading = heading_block(t.text, b, single_line);
  t.blocks.push_back(b);
}

// A line ending in a word that cannot end a heading ("of", "and", "climbed by") wraps.
bool ends_open(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && !is_ascii_letter(line[end - 1])) --end;
  if (end < line.size() && line.substr(end).find_first_not_of(' ') != std::string_view::npos)
    return false;
  std::size_t begin = end;
  while (begin > 0 && is_ascii_letter(line[begin - 1])) --begin;
  std::string w(line.substr(begin, end - begin));
  for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return one_of(
      w, {"the",  "a",    "an",      "of",   "and",  "or",    "to",  "by",   "in",      "for",
          "with", "at",   "on",      "from", "were", "was",   "is",  "are",  "climbed", "rose",
          "fell", "grew", "reached", "than", "that", "which", "its", "their"});
}

// How a line ends: a full stop closes a paragraph's sentence; a short line without one is a
// heading when the next line starts like a new sentence, and a wrapped line otherwise.
struct line_end {
  bool closed = false;
  bool heading_like = false;
};

// "Three Factors Support the Steady Growth of Foreign Trade" is a heading; a long line mostly
// in lower case is wrapped prose even without a comma.
bool prose_like(std::string_view line) {
  std::size_t words = 0, capitalised = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!is_ascii_letter(line[i]) || (i > 0 && is_ascii_letter(line[i - 1]))) continue;
    ++words;
    if (line[i] >= 'A' && line[i] <= 'Z') ++capitalised;
  }
  return words > 12 && capitalised * 2 < words;
}

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
  return i != std::string_view::npos && line[i] >= 'A' && line[i] <= 'Z';
}

void find_blocks(folded_text& t) {
  const std::string_view s = t.text;
  block current{0, 0, false};
  bool open = false;
  int lines = 0;
  line_end previous;
  for (std::size_t at = 0; at < s.size();) {
    std::size_t nl = s.find('\n', at);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(at, nl - at);
    const bool blank = all_blank(line);
    const bool split = blank || starts_block(line) || previous.closed ||
                       (previous.heading_like && starts_sentence(line));
    if (open && split) {
      close_block(t, current, lines == 1);
      open = false;
    }
    if (!blank) {
      if (!open) current = {at, nl, false}, lines = 0, open = true;
      current.end = nl;
      ++lines;
      previous = ending_of(line);
    }
    at = nl + 1;
  }
  if (open) close_block(t, current, lines == 1);
}

bool sentence_end(std::string_view s, std::size_t i) {
  if (std::string_view(".!?").find(s[i]) == std::string_view::npos) return false;
  if (i + 1 < s.size() && !is_blank(s[i + 1]) && s[i + 1] != '"') return false;
  // "No. 3", "U.S. exports": a one- or two-letter word before the full stop is an abbreviation.
  std::size_t k = i;
  while (k > 0 && is_ascii_letter(s[k - 1])) --k;
  return s[i] != '.' || i - k > 2 || i == k;
}

}  // namespace

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

folded_text fold(std::string_view s) {
  folded_text t;
  t.text.reserve(s.size());
  t.from.reserve(s.size() + 1);
  std::size_t i = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  auto emit = [&](char c, std::size_t origin) {
    t.text += c;
    t.from.push_back(static_cast<std::uint32_t>(origin));
  };
  while (i < s.size()) {
    if (const char c = folded_form(s, i)) {
      emit(c, i);
      i += 3;
      continue;
    }
    // An en dash between digits is a range ("1–2 days"); elsewhere it is punctuation.
    if (s.substr(i, 3) == "\xE2\x80\x93" && !t.text.empty() && is_ascii_digit(t.text.back()) &&
        i + 3 < s.size() && is_ascii_digit(s[i + 3])) {
      emit('-', i);
      i += 3;
      continue;
    }
    // A carriage return alone ends a line; before a line feed it is only a blank.
    emit(s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n') ? '\n' : s[i], i);
    ++i;
  }
  t.from.push_back(static_cast<std::uint32_t>(s.size()));
  find_blocks(t);
  for (std::size_t i = 0; i < t.text.size(); ++i) {
    if (sentence_end(t.text, i)) t.sentence_stops.push_back(i + 1);
  }
  // Inside a block a line break is a space: "3.42\nmillion TEU" is one quantity.
  for (const block& b : t.blocks) {
    std::replace_if(
        t.text.begin() + static_cast<long>(b.begin), t.text.begin() + static_cast<long>(b.end),
        [](char c) { return c == '\n' || c == '\r'; }, ' ');
  }
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
  while (end < b.end && is_utf8_continuation(s[end])) ++end;  // never half a character
  return {begin, end};
}

}  // namespace crossfoot::extract_detail
