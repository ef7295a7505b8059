// Finding the quantities of a block: the draft grammar matches at each word start, and the
// text around each match decides whether it is a claim at all (years, dates, ordinals and
// names are not).
#include <algorithm>

#include "extract/detail/cues.hpp"
#include "extract/detail/found.hpp"
#include "extract/detail/words.hpp"
#include "quantity/detail/parse.hpp"

namespace crossfoot::extract_detail {

namespace {

bool month_name(std::string_view w) {
  return one_of(w,
                {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
                 "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
                 "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"});
}

bool stop_word(std::string_view w) {
  return one_of(w, {"and",     "or",        "of",       "to",           "for",          "on",
                    "in",      "at",        "with",     "from",         "by",           "the",
                    "a",       "an",        "that",     "which",        "who",          "were",
                    "was",     "is",        "are",      "has",          "have",         "had",
                    "as",      "than",      "per",      "each",         "this",         "these",
                    "those",   "its",       "their",    "into",         "over",         "under",
                    "between", "according", "compared", "year-on-year", "respectively", "while",
                    "but",     "be",        "been",     "will",         "would",        "can",
                    "could",   "may",       "more",     "less",         "most",         "least",
                    "up",      "down",      "during",   "since",        "after",        "before",
                    "about",   "nearly"});
}

// The counted thing after a number: up to four words, cut after the last plural noun, so that
// "17,000 trains and delivered" counts trains and "723 approved exporters nationwide" counts
// approved exporters. "countries and regions" stays whole.
struct noun_phrase {
  std::string text;  // lower case, words joined by one space; "" when there is none
  std::size_t end = 0;
};

noun_phrase noun_after(std::string_view s, std::size_t at, std::size_t limit) {
  std::vector<word> ws = words_after(s, at, limit, 7);
  std::size_t taken = 0, last_plural = 0;
  bool any = false;
  // The phrase ends at its first plural, or at the last of a run of them ("customs
  // measures"), so a verb after it ("firms now sells") is left out.
  while (taken < ws.size() && taken < 4 && is_ascii_letter(s[ws[taken].begin]) &&
         !stop_word(ws[taken].lower)) {
    const bool plural = plural_like(ws[taken]);
    if (any && !plural) break;
    if (plural) last_plural = taken, any = true;
    ++taken;
  }
  if (!any) return {};
  std::size_t end = ws[last_plural].end;
  if (last_plural + 2 < ws.size() && last_plural + 1 == taken &&
      one_of(ws[taken].lower, {"and", "or"}) && plural_like(ws[taken + 1])) {
    end = ws[taken + 1].end;
  }
  std::string phrase;
  for (const word& w : words_between(s, ws.front().begin, end)) {
    if (!phrase.empty()) phrase += ' ';
    phrase += w.lower;
  }
  return {phrase, end};
}

// "the past two years", "five years ago": calendar references, not durations.
bool calendar(std::string_view s, const block& b, std::size_t begin, const noun_phrase& n) {
  const std::size_t space = n.text.rfind(' ');
  const std::string head = singular(space == std::string::npos ? n.text : n.text.substr(space + 1));
  if (class_of_noun(head) != noun_class::time) return false;
  std::vector<word> prev = words_before(s, begin, b.begin, 1);
  std::vector<word> next = words_after(s, n.end, b.end, 1);
  return (!prev.empty() && one_of(prev.back().lower, {"past", "last", "next", "recent", "coming",
                                                      "previous", "first", "over"})) ||
         (!next.empty() && one_of(next.front().lower,
                                  {"ago", "later", "earlier", "before", "after", "since", "old"}));
}

bool year_like(const quantity_detail::quantity_ast& a, const quantity& q) {
  return a.integer_text.size() == 4 && a.fraction_text.empty() && a.signs.empty() &&
         a.unit.prefix_text.empty() && a.unit.scale_text.empty() &&
         a.unit.words == quantity_detail::unit_words_kind::none && q.number >= 1800 &&
         q.number < 2200;
}

// Names and identifiers: "COVID-19", "G20", "No. 5", "Article 3", "3rd", "5G", "10:30",
// "12.01.2024", and list markers at the start of a line.
bool part_of_name(std::string_view s, const block& b, std::size_t begin, std::size_t end) {
  const char before = begin > b.begin ? s[begin - 1] : ' ';
  const char before2 = begin > b.begin + 1 ? s[begin - 2] : ' ';
  if (before == '-' && is_ascii_letter(before2)) return true;
  if (std::string_view("#/@_.").find(before) != std::string_view::npos && before != ' ')
    return before != '.' || is_ascii_alnum(before2);
  const char after = end < b.end ? s[end] : ' ';
  const char after2 = end + 1 < b.end ? s[end + 1] : ' ';
  if (is_ascii_letter(after)) return true;
  if ((after == ':' || after == '.' || after == '/') && is_ascii_digit(after2)) return true;
  std::size_t line_start = begin;
  while (line_start > b.begin && (s[line_start - 1] == ' ' || s[line_start - 1] == '#'))
    --line_start;
  const bool at_line_start = line_start == b.begin || s[line_start - 1] == '\n';
  if (at_line_start && (after == '.' || after == ')') && (after2 == ' ' || end + 1 >= b.end))
    return true;
  std::vector<word> prev = words_before(s, begin, b.begin, 2);
  if (!prev.empty() && prev.back().lower == "." && prev.size() == 2 && prev[0].lower == "no")
    return true;
  return !prev.empty() && is_ascii_letter(s[prev.back().begin]) && prev.back().end + 1 == begin &&
         s[prev.back().begin] >= 'A' && s[prev.back().begin] <= 'Z' &&
         one_of(prev.back().lower, {"article", "section", "chapter", "figure", "table", "phase",
                                    "version", "annex", "item", "rule", "paragraph", "level"});
}

bool date_part(std::string_view s, const block& b, std::size_t begin, std::size_t end,
               double value) {
  if (value < 1 || value > 31) return false;
  std::vector<word> prev = words_before(s, begin, b.begin, 1);
  std::vector<word> next = words_after(s, end, b.end, 1);
  return (!prev.empty() && month_name(prev.back().lower)) ||
         (!next.empty() && month_name(next.front().lower));
}

int ordinal_value(std::string_view w) {
  static const std::string_view ordinals[] = {"first", "second",  "third",  "fourth", "fifth",
                                              "sixth", "seventh", "eighth", "ninth",  "tenth"};
  for (int i = 0; i < 10; ++i) {
    if (w == ordinals[i]) return i + 1;
  }
  return 0;
}

struct scanner {
  const folded_text& t;
  const block& b;
  const std::string& currency;
  std::string_view s;  // the text up to the block's end: no match runs past it
  std::vector<found> out;

  std::optional<std::size_t> try_digits(std::size_t at);
  std::optional<std::size_t> try_words(std::size_t at);
  std::optional<std::size_t> try_rank(std::size_t at, const std::string& last);
  bool cardinal_claim(found& f, double value);
  bool rate_claim(found& f, const word_match& m, const std::string& last);
  void add_range(number_match& m, quantity& q);
};

void scanner::add_range(number_match& m, quantity& q) {
  const std::size_t e = m.end;
  if (e + 1 >= s.size() || (s[e] != '-' && s[e] != '~') || !is_ascii_digit(s[e + 1])) return;
  auto second = match_number(s, e + 1);
  if (!second) return;
  quantity_error error;
  auto upper = quantity_detail::interpret_quantity(second->ast, s, error);
  // "2-3 days" climbs; "2-2" and "2-3rd" are not ranges.
  if (!upper || upper->number <= q.number || part_of_name(s, b, e + 1, second->end)) return;
  if (q.written_unit.name().empty()) q.written_unit = upper->written_unit;
  if (!(upper->written_unit.name().empty() || upper->written_unit.name() == q.written_unit.name()))
    return;
  out.back().upper = upper->number;
  out.back().end = second->end;
  m.end = second->end;
  m.ast.unit = second->ast.unit;
}

std::optional<std::size_t> scanner::try_digits(std::size_t at) {
  auto m = match_number(s, at);
  if (!m) return std::nullopt;
  quantity_error error;
  auto q = quantity_detail::interpret_quantity(m->ast, s, error);
  const std::size_t digits_begin = static_cast<std::size_t>(m->ast.integer_text.data() - s.data());
  if (!q || m->ast.integer_text.size() > 24 || part_of_name(s, b, digits_begin, m->end) ||
      date_part(s, b, at, m->end, q->number)) {
    return m->end;
  }
  if (m->ast.unit.prefix_text == "\xC2\xA5" && currency == "RMB") {
    q->written_unit = unit::level("RMB", q->written_unit.scale_exp, q->written_unit.scale_word);
  }
  found f;
  f.begin = f.number_begin = at;
  f.end = m->end;
  f.q = *q;
  out.push_back(f);
  add_range(*m, out.back().q);
  const bool bare = out.back().q.written_unit.dim.dimensionless() &&
                    (out.back().q.written_unit.style == unit_style::number ||
                     out.back().q.written_unit.style == unit_style::level);
  if (!bare) return m->end;
  const noun_phrase n = noun_after(s, m->end, b.end);
  if (n.text.empty()) {
    if (year_like(m->ast, *q)) out.pop_back();
    return m->end;
  }
  if (calendar(s, b, at, n)) {
    out.pop_back();
    return n.end;
  }
  out.back().noun = n.text;
  out.back().end = n.end;
  return n.end;
}

std::optional<std::size_t> scanner::try_rank(std::size_t at, const std::string& last) {
  std::vector<word> here = words_after(s, at, b.end, 1);
  if (here.empty() || !one_of(last, {"rank", "ranks", "ranked", "ranking", "placed"}))
    return std::nullopt;
  const int n = ordinal_value(here.front().lower);
  if (n == 0) return std::nullopt;
  found f;
  f.begin = f.number_begin = at;
  f.end = here.front().end;
  f.form = found_form::rank;
  f.q.number = n;
  f.q.written_unit = unit::level("rank", 0, "");
  f.kind = claim_kind::rank;
  out.push_back(f);
  return f.end;
}

// "nine cities", "two million vehicles": a cardinal counts the plural noun after it.
bool scanner::cardinal_claim(found& f, double value) {
  f.form = found_form::cardinal;
  f.q.number = value;
  std::vector<word> next = words_after(s, f.end, b.end, 1);
  static const std::pair<std::string_view, int> scales[] = {
      {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}};
  for (const auto& [name, exp] : scales) {
    // "two million vehicles" is a scale; "two million-level steps" is not (one word here).
    if (next.empty() || next.front().lower != name) continue;
    f.q.written_unit = unit{dimension{}, unit_style::level, exp, std::string(name)};
    f.end = next.front().end;
  }
  const noun_phrase n = noun_after(s, f.end, b.end);
  // "the two sides", "two parties": people in a conversation, not a count.
  if (n.text.empty() || calendar(s, b, f.begin, n) ||
      one_of(singular(n.text), {"side", "party", "hand", "time"}))
    return false;
  f.noun = n.text;
  f.end = n.end;
  return true;
}

// Rates in words are percentages: "two-thirds" 66.67, "doubled" +100, "double-digit" ≥ 10.
bool scanner::rate_claim(found& f, const word_match& m, const std::string& last) {
  f.form = found_form::percent_words;
  f.q.written_unit = unit::percent();
  if (m.form == word_form::multiple) {
    f.q.number = (m.value - 1) * 100;
    f.kind = claim_kind::growth;
    return true;
  }
  if (m.form == word_form::digit_class) {
    f.q.qual = m.value < 10 ? qualifier::less_than : qualifier::at_least;
    f.q.number = std::max(m.value, 10.0);
    f.kind = claim_kind::growth;
    return true;
  }
  // "the first half", "the third quarter", "half-year", "in a quarter": calendar words.
  if (one_of(last, {"first", "second", "latter", "former", "in", "per", "each", "every", "within",
                    "last", "next", "this"}) ||
      (m.end < b.end && s[m.end] == '-'))
    return false;
  f.q.number = m.value * 100;
  f.q.decimals = f.q.number == static_cast<long>(f.q.number) ? 0 : 2;
  if (m.form == word_form::ratio) {
    const noun_phrase n = noun_after(s, m.end, b.end);
    f.noun = n.text;
    f.end = n.text.empty() ? f.end : n.end;
  }
  return true;
}

std::optional<std::size_t> scanner::try_words(std::size_t at) {
  std::vector<word> prev = words_before(s, at, b.begin, 1);
  const std::string last = prev.empty() ? "" : prev.back().lower;
  if (auto end = try_rank(at, last)) return end;
  auto m = match_words(s, at);
  if (!m) return std::nullopt;
  found f;
  f.begin = f.number_begin = at;
  f.end = m->end;
  const bool claim =
      m->form == word_form::cardinal ? cardinal_claim(f, m->value) : rate_claim(f, *m, last);
  if (!claim) return m->end;
  out.push_back(f);
  return f.end;
}

bool may_start_number(char c) {
  return is_ascii_digit(c) || c == '-' || c == '+' || c == '$' || c == '\xE2' || c == '\xC2' ||
         one_of(std::string_view(&c, 1),
                {"R", "C", "U", "E", "G", "J", "r", "c", "u", "e", "g", "j"});
}

}  // namespace

std::vector<found> scan_block(const folded_text& t, const block& b, const std::string& currency) {
  scanner sc{t, b, currency, std::string_view(t.text).substr(0, b.end), {}};
  for (std::size_t i = b.begin; i < b.end;) {
    const char c = sc.s[i];
    const bool word_start = i == b.begin || !is_ascii_alnum(sc.s[i - 1]);
    std::optional<std::size_t> next;
    if (word_start && may_start_number(c)) next = sc.try_digits(i);
    if (!next && word_start && is_ascii_letter(c)) next = sc.try_words(i);
    if (next && *next > i) {
      i = *next;
    } else {
      ++i;
    }
  }
  return sc.out;
}

}  // namespace crossfoot::extract_detail
