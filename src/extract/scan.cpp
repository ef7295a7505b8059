// Finding the quantities of a block: the quantity grammar's prose entry point and the number
// words match at each word start, and the text around each match decides whether it is a
// claim at all (years, dates, ordinals, names, footnote markers and chart labels are not).
#include <algorithm>

#include "core/period.hpp"
#include "extract/detail/found.hpp"
#include "extract/detail/number_words.hpp"
#include "extract/detail/periods.hpp"
#include "extract/detail/table.hpp"
#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

namespace {

using lexicon::word_class;

bool has(const std::vector<word>& ws, word_class c) {
  return !ws.empty() && ws.back().is(c);
}

// The counted thing after a number: up to four words, cut after the last plural noun, so that
// "17,000 trains and delivered" counts trains and "723 approved exporters nationwide" counts
// approved exporters. "countries and regions" stays whole.
struct noun_phrase {
  std::string text;  // lower case, words joined by one space; "" when there is none
  std::size_t end = 0;
};

noun_phrase noun_after(const prose& p, std::size_t at, std::size_t limit) {
  std::vector<word> ws = words_after(p, at, limit, window::counted_noun);
  std::size_t taken = 0, last_plural = 0;
  bool any = false;
  // The phrase ends at its first plural, or at the last of a run of them ("customs
  // measures"), so a verb after it ("firms now sells") is left out.
  while (taken < ws.size() && taken < window::counted_noun_words && ws[taken].letters() &&
         !ws[taken].is(word_class::noun_stop)) {
    const bool plural = plural_like(ws[taken]);
    if (any && !plural) break;
    if (plural) last_plural = taken, any = true;
    ++taken;
  }
  if (!any) return {};
  std::size_t end = ws[last_plural].end;
  if (last_plural + 2 < ws.size() && last_plural + 1 == taken &&
      (ws[taken].lower == "and" || ws[taken].lower == "or") && plural_like(ws[taken + 1])) {
    end = ws[taken + 1].end;
  }
  std::string phrase;
  for (const word& w : words_between(p, ws.front().begin, end)) {
    if (!phrase.empty()) phrase += ' ';
    phrase += w.lower;
  }
  return {phrase, end};
}

// "the past two years", "five years ago": calendar references, not durations.
bool calendar(const prose& p, const block& b, std::size_t begin, const noun_phrase& n) {
  // "Twelve Months Changes", "12 months averages": a span of the calendar before another noun
  // says what the noun spans (twelve-month changes), not how many months there are.
  if (const std::size_t space = n.text.find(' ');
      space != std::string::npos &&
      lexicon::is(lexicon::singular(n.text.substr(0, space)), word_class::noun_time))
    return true;
  if (!lexicon::is(lexicon::singular(head_word(n.text)), word_class::noun_time)) return false;
  const std::vector<word> after = words_after(p, n.end, b.end, window::next_word);
  // "the past two years", "the nine months": a span of the calendar, not a count of it.
  const std::vector<word> before = words_before(p, begin, b.begin, window::next_word);
  return has(before, word_class::calendar_before) ||
         (!before.empty() && before.back().lower == "the") ||
         (!after.empty() && after.front().is(word_class::calendar_after));
}

// "out of work for less than 6 months", "for 6-12 months": a bound or a span of a noun of time
// brought in by a duration word (lexicon duration_lead) says how long something lasted, a class
// of a breakdown by duration, not a figure. A count alone ("for five consecutive years") is a
// streak the release claims, and stays one.
bool duration(const prose& p, const block& b, std::size_t begin, std::size_t number_end,
              const noun_phrase& n) {
  if (!lexicon::is(lexicon::singular(head_word(n.text)), word_class::noun_time)) return false;
  const std::string_view digits = p.text.substr(begin, number_end - begin);
  const bool span = digits.find('-') != std::string_view::npos;
  const std::vector<word> before = words_before(p, begin, b.begin, window::qualifier + 1);
  for (std::size_t lead = before.size(); lead-- > 0;) {
    if (!before[lead].is(word_class::duration_lead)) continue;
    if (lead + 1 == before.size()) return span;
    std::string phrase;
    for (std::size_t k = lead + 1; k < before.size(); ++k)
      phrase += (phrase.empty() ? "" : " ") + std::string(before[k].lower);
    const lexicon::entry* e = lexicon::find(phrase);
    return e && e->is(word_class::qualifier);
  }
  return false;
}

// "the three shares were 81.1%, 16.4% and 2.5%", "the two rates": a number word after "the"
// before a noun of rates or shares (lexicon rate_noun, share_noun) points at figures of the
// text, it counts nothing.
bool figures_referred_to(const prose& p, const block& b, std::size_t begin, const noun_phrase& n) {
  const std::string head = lexicon::singular(head_word(n.text));
  if (!lexicon::is(head, word_class::share_noun) && !lexicon::is(head, word_class::rate_noun))
    return false;
  const std::vector<word> before = words_before(p, begin, b.begin, window::next_word);
  return !before.empty() && before.back().lower == "the";
}

// A number that may be a year: four digits alone, within the one year range of periods.
bool year_like(const prose_match& m) {
  return m.integer.size() == 4 && m.bare() && m.q && m.q->number >= min_year &&
         m.q->number <= max_year;
}

// "September 2019 exports", "in 2019 exports rose", "at constant 2010 prices": a year before a
// noun of a flow or of its aspect (lexicon), not a count of it.
bool year_before_noun(const prose& p, const block& b, std::size_t begin, const prose_match& m,
                      const noun_phrase& n) {
  if (!year_like(m)) return false;
  const std::vector<word> before = words_before(p, begin, b.begin, window::next_word);
  if (has(before, word_class::month) || has(before, word_class::preposition)) return true;
  const std::vector<word> first = words_after(p, m.end, n.end, window::next_word);
  const lexicon::entry* e = first.empty() ? nullptr : first.front().entry();
  // "GDP at constant 2010 prices": the year the prices are of, not a count of prices.
  return e && (e->flow != lexicon::flow_kind::none || e->is(word_class::aspect));
}

// The run of digits and hyphens around `at` in its block: "2023-03-27". Read at most one
// character more than a date's length either side: a longer run is no date, and a long run
// ("1-2-3-...") is not read again for each of its numbers.
std::string_view digits_and_hyphens(std::string_view s, const block& b, std::size_t at,
                                    std::size_t* from) {
  constexpr std::size_t reach = 11;  // "2023-03-27" and one more
  const auto date_char = [&](std::size_t k) { return is_ascii_digit(s[k]) || s[k] == '-'; };
  std::size_t begin = at, end = at;
  while (begin > b.begin && at - begin < reach && date_char(begin - 1)) --begin;
  while (end < b.end && end - at < reach && date_char(end)) ++end;
  *from = begin;
  return s.substr(begin, end - begin);
}

// "2023-03-27", "2019-09": an ISO date or month, its year first.
bool iso_date(std::string_view t) {
  constexpr std::size_t month_size = 7, day_size = 10, year_digits = 4;
  auto digits = [&](std::size_t from, std::size_t n) {
    return std::all_of(t.begin() + static_cast<std::ptrdiff_t>(from),
                       t.begin() + static_cast<std::ptrdiff_t>(from + n), is_ascii_digit);
  };
  if (t.size() != month_size && t.size() != day_size) return false;
  if (!digits(0, year_digits) || year_in(t.substr(0, year_digits)) == 0 || t[4] != '-' ||
      !digits(5, 2))
    return false;
  return t.size() == month_size || (t[7] == '-' && digits(8, 2));
}

// The month and day after an ISO date's year ("2023-03-27"), and a time of day right after
// such a date ("2023-03-27 8.00"): no claims.
bool date_or_time(std::string_view s, const block& b, std::size_t begin, std::size_t end) {
  std::size_t from = 0;
  if (iso_date(digits_and_hyphens(s, b, begin, &from)) && from < begin) return true;
  const std::string_view written = s.substr(begin, end - begin);
  const std::size_t mark = written.find_first_of(".:");
  constexpr int hours = 24, minutes = 60;
  if (mark == std::string_view::npos || mark == 0 || mark > 2 || written.size() != mark + 3 ||
      !std::all_of(written.begin(), written.end(),
                   [](char c) { return is_ascii_digit(c) || c == '.' || c == ':'; }))
    return false;
  const int h = std::stoi(std::string(written.substr(0, mark)));
  const int m = std::stoi(std::string(written.substr(mark + 1)));
  if (h >= hours || m >= minutes) return false;
  std::size_t k = begin;
  while (k > b.begin && s[k - 1] == ' ') --k;
  return k < begin && k > b.begin && iso_date(digits_and_hyphens(s, b, k - 1, &from));
}

// A reference word that names a table or a figure ("Table 3", "see table 1"; lower case only
// where the word is no ordinary one too) right before `at`.
bool reference_before(const std::vector<word>& prev, std::size_t at) {
  return !prev.empty() && prev.back().letters() && prev.back().end + 1 == at &&
         prev.back().is(word_class::reference) &&
         (prev.back().capital || !prev.back().is(word_class::filler));
}

// "Tables 1 and 2", "Tables 3, 4 and 5": a whole number that a joiner puts after the number of
// a reference names a table too. Only digits: "2%" there is a figure.
bool listed_reference(const prose& p, std::size_t begin, std::size_t end, std::size_t limit) {
  constexpr std::size_t reach = 8;  // "Tables 3, 4, 5 and 6"
  const std::string_view written = p.text.substr(begin, end - begin);
  if (written.empty() || !std::all_of(written.begin(), written.end(), is_ascii_digit)) return false;
  std::vector<word> prev = words_before(p, begin, limit, reach);
  while (prev.size() >= 2 && prev.back().is(word_class::joiner) && prev[prev.size() - 2].number()) {
    const std::size_t number_begin = prev[prev.size() - 2].begin;
    prev.resize(prev.size() - 2);
    if (reference_before(prev, number_begin)) return true;
  }
  return false;
}

// Names and identifiers: "COVID-19", "G20", "No. 5", "Article 3", "3rd", "5G", "10:30",
// "12.01.2024", list markers at the start of a line, and footnote markers: a number in
// brackets glued to a word or a number ("exports(1)", "195.1 (2)").
bool part_of_name(const prose& p, const block& b, std::size_t begin, std::size_t end) {
  const std::string_view s = p.text;
  if (date_or_time(s, b, begin, end)) return true;
  const char before = begin > b.begin ? s[begin - 1] : ' ';
  const char before2 = begin > b.begin + 1 ? s[begin - 2] : ' ';
  if (before == '-' && is_ascii_letter(before2)) return true;
  // "10:00": after digits and a colon, the minutes of a time.
  if (before == ':' && is_ascii_digit(before2)) return true;
  if (std::string_view("#/@_.").find(before) != std::string_view::npos && before != ' ')
    return before != '.' || is_ascii_alnum(before2);
  const char after = end < b.end ? s[end] : ' ';
  const char after2 = end + 1 < b.end ? s[end + 1] : ' ';
  // A letter glued after a number names something ("5G"), except a footnote marker at the end
  // of a table cell ("2.1e").
  const bool cell_end = end + 1 >= b.end || !is_ascii_alnum(s[end + 1]);
  if (is_ascii_letter(after) && !(b.table != table_style::none && cell_end)) return true;
  if ((after == ':' || after == '.' || after == '/') && is_ascii_digit(after2)) return true;
  if (footnote_marker(p, b, begin, end)) return true;
  std::size_t line_start = begin;
  // "# 2. Imports", "**1. Total trade grows**": a heading's or emphasis's marks go first.
  while (line_start > b.begin &&
         std::string_view(" #*_").find(s[line_start - 1]) != std::string_view::npos)
    --line_start;
  const bool at_line_start = line_start == b.begin || s[line_start - 1] == '\n';
  if (at_line_start && (after == '.' || after == ')') && (after2 == ' ' || end + 1 >= b.end))
    return true;
  std::vector<word> prev = words_before(p, begin, b.begin, 2);
  if (!prev.empty() && prev.back().lower == "." && prev.size() == 2 && prev[0].lower == "no")
    return true;
  if (listed_reference(p, begin, end, b.begin)) return true;
  // "Table 3", and in lower case where the word is no ordinary one too ("see table 1", not
  // "a level 3").
  return reference_before(prev, begin);
}

bool date_part(const prose& p, const block& b, std::size_t begin, std::size_t end, double value) {
  if (value < 1 || value > 31) return false;
  // A day has no decimals ("January 12.5" is no date), and a table's cell is no day of the
  // month in the cell before it ("| Apr | 12 |").
  const std::string_view written = p.text.substr(begin, end - begin);
  if (const std::size_t dot = written.find('.');
      dot != std::string_view::npos && dot + 1 < written.size() && is_ascii_digit(written[dot + 1]))
    return false;
  if (b.table != table_style::none) {
    std::size_t k = begin;
    while (k > b.begin && is_blank(p.text[k - 1])) --k;
    const bool aligned_gap = b.table == table_style::aligned && begin - k >= 2;
    if (k == b.begin || p.text[k - 1] == '|' || p.text[k - 1] == '\t' || aligned_gap) return false;
  }
  const std::vector<word> next = words_after(p, end, b.end, window::next_word);
  return has(words_before(p, begin, b.begin, window::next_word), word_class::month) ||
         (!next.empty() && next.front().is(word_class::month));
}

// "persons aged 15 to 64", "aged 16-24", "ages 25 and over": a bare number after an age word
// (lexicon age_lead), or the other end of such a span ("to", "and", "-" after an age), is an
// age, not a figure of the release.
bool age(const prose& p, const block& b, std::size_t begin) {
  const std::vector<word> before = words_before(p, begin, b.begin, 3);
  if (before.empty()) return false;
  if (before.back().is(word_class::age_lead)) return true;
  const std::size_t n = before.size();
  return n == 3 && before[1].number() && before[0].is(word_class::age_lead) &&
         (before[2].lower == "to" || before[2].lower == "and" || before[2].lower == "-");
}

// "(October 1994 to September 1995 = 100)", "Index (2010=100)": a bare number after "=" and a
// year is the base an index is reckoned from, not a figure of the release.
bool index_base(const prose& p, const block& b, std::size_t begin) {
  std::size_t k = begin;
  while (k > b.begin && is_blank(p.text[k - 1])) --k;
  if (k == b.begin || p.text[k - 1] != '=') return false;
  --k;
  while (k > b.begin && is_blank(p.text[k - 1])) --k;
  std::size_t digits = 0;
  while (k > b.begin && is_ascii_digit(p.text[k - 1])) --k, ++digits;
  constexpr std::size_t year_digits = 4;
  return digits == year_digits && (k == b.begin || !is_ascii_alnum(p.text[k - 1]));
}

// "of a percentage point", "of a point" right after `at`: where the phrase ends, or 0.
std::size_t of_a_point(const prose& p, std::size_t at, std::size_t end) {
  const std::vector<word> next = words_after(p, at, end, window::qualifier + 2);
  if (next.size() < 3 || next[0].lower != "of" || next[1].lower != "a") return 0;
  const word& w = next.size() > 3 && next[2].lower == "percentage" ? next[3] : next[2];
  return w.lower == "point" ? w.end : 0;
}

struct scanner {
  const folded_text& t;
  const block& b;
  prose p;  // the text up to the block's end: no match runs past it
  std::vector<found> out;

  std::optional<std::size_t> try_digits(std::size_t at);
  void note_unit_like_word(found& f, std::size_t end);
  std::optional<std::size_t> try_words(std::size_t at);
  std::optional<std::size_t> try_rank(std::size_t at, const std::vector<word>& last);
  bool cardinal_claim(found& f, double value);
  bool rate_claim(found& f, const word_match& m, const std::vector<word>& last);
  bool point_fraction(found& f, const word_match& m);
  void add_range(prose_match& m, quantity& q);
};

void scanner::add_range(prose_match& m, quantity& q) {
  const std::size_t e = m.end;
  if (e + 1 >= p.size() || (p.text[e] != '-' && p.text[e] != '~') || !is_ascii_digit(p.text[e + 1]))
    return;
  auto second = match_prose_quantity(p.text, e + 1);
  if (!second || !second->q) return;
  const quantity& upper = *second->q;
  // "2-3 days" climbs; "2-2" and "2-3rd" are not ranges.
  if (upper.number <= q.number || part_of_name(p, b, e + 1, second->end)) return;
  if (q.written_unit.name().empty()) q.written_unit = upper.written_unit;
  if (!(upper.written_unit.name().empty() || upper.written_unit.name() == q.written_unit.name()))
    return;
  out.back().upper = upper.number;
  out.back().end = second->end;
  m.end = second->end;
  m.scale = second->scale;
  m.unit_words = second->unit_words;
}

std::optional<std::size_t> scanner::try_digits(std::size_t at) {
  auto m = match_prose_quantity(p.text, at);
  if (!m) return std::nullopt;
  const std::size_t digits_begin = static_cast<std::size_t>(m->integer.data() - p.text.data());
  if (!m->q || m->integer.size() > 24 || part_of_name(p, b, digits_begin, m->end) ||
      date_part(p, b, at, m->end, m->q->number)) {
    return m->end;
  }
  if (m->bare() && index_base(p, b, at)) return m->end;
  // "Reference Number: 2020-031": after digits and a hyphen, a number read on its own is part
  // of an identifier (a range's upper end, "2-3 days", is read with its lower end).
  if (at > b.begin + 1 && p.text[at - 1] == '-' && is_ascii_digit(p.text[at - 2])) return m->end;
  if (m->bare() && age(p, b, at)) {
    // "aged 16-24": the span's other end is an age too.
    const std::size_t e = m->end;
    if (e + 1 < p.size() && p.text[e] == '-' && is_ascii_digit(p.text[e + 1])) {
      if (auto upper = match_prose_quantity(p.text, e + 1)) return upper->end;
    }
    return e;
  }
  quantity q = *m->q;
  found f;
  f.begin = f.number_begin = at;
  f.end = m->end;
  f.q = q;
  out.push_back(std::move(f));
  add_range(*m, out.back().q);
  const unit& u = out.back().q.written_unit;
  const bool bare =
      u.dim.dimensionless() && (u.style == unit_style::number || u.style == unit_style::level);
  if (!bare) return m->end;
  // "0,1 of a percentage point": a fraction of a point written in digits is points.
  if (u.style == unit_style::number && u.scale_exp == 0) {
    if (const std::size_t point_end = of_a_point(p, m->end, b.end); point_end > 0) {
      out.back().q.written_unit = unit::points();
      out.back().end = point_end;
      return point_end;
    }
  }
  const noun_phrase n = noun_after(p, m->end, b.end);
  if (n.text.empty()) {
    if (year_like(*m)) {
      out.pop_back();
    } else {
      note_unit_like_word(out.back(), m->end);
    }
    return m->end;
  }
  if (calendar(p, b, at, n) || duration(p, b, at, m->end, n) || year_before_noun(p, b, at, *m, n)) {
    out.pop_back();
    return n.end;
  }
  out.back().noun = n.text;
  out.back().end = n.end;
  return n.end;
}

// "5.2 pc": a short word right after a bare number that the lexicon does not know but that is
// one edit from a unit it does ("pct") is most likely a unit crossfoot cannot read. The
// number is kept as written, and the word is reported (CF5006) rather than silently ignored.
void scanner::note_unit_like_word(found& f, std::size_t end) {
  const std::vector<word> next = words_after(p, end, b.end, window::next_word);
  if (next.empty() || !next.front().letters() || next.front().begin != end + 1) return;
  const word& w = next.front();
  if (w.lower.size() < 2 || w.lower.size() > 3 || w.capital || w.entry()) return;
  if (nearest_unit_word(w.lower).empty()) return;
  f.unit_like_begin = w.begin;
  f.unit_like_end = w.end;
}

std::optional<std::size_t> scanner::try_rank(std::size_t at, const std::vector<word>& last) {
  std::vector<word> here = words_after(p, at, b.end, window::next_word);
  if (here.empty() || !has(last, word_class::rank_verb)) return std::nullopt;
  const lexicon::entry* e = here.front().entry();
  if (!e || !e->is(word_class::ordinal)) return std::nullopt;
  found f;
  f.begin = f.number_begin = at;
  f.end = here.front().end;
  f.form = found_form::rank;
  f.q.number = e->number;
  f.q.written_unit = unit::level("rank", 0, "");
  f.kind = claim_kind::rank;
  out.push_back(std::move(f));
  return out.back().end;
}

// "nine cities", "two million vehicles": a cardinal counts the plural noun after it.
bool scanner::cardinal_claim(found& f, double value) {
  f.form = found_form::cardinal;
  f.q.number = value;
  std::vector<word> next = words_after(p, f.end, b.end, window::next_word);
  // "two million vehicles" is a scale; "two million-level steps" is not (one word here).
  if (!next.empty()) {
    const lexicon::entry* e = next.front().entry();
    if (e && e->is(word_class::scale) && !e->is(word_class::glued_scale) &&
        !e->is(word_class::plural_scale) && e->text.size() > 3) {
      f.q.written_unit = unit{dimension{}, unit_style::level, e->number, std::string(e->text)};
      f.end = next.front().end;
    }
  }
  const noun_phrase n = noun_after(p, f.end, b.end);
  // "the two sides", "two parties": people in a conversation, not a count.
  if (n.text.empty() || calendar(p, b, f.begin, n) || duration(p, b, f.begin, f.end, n) ||
      figures_referred_to(p, b, f.begin, n) ||
      lexicon::is(lexicon::singular(n.text), word_class::not_counted))
    return false;
  f.noun = n.text;
  f.end = n.end;
  return true;
}

// "three tenths more than the 2.6%", "a tenth of a percentage point": in a block that speaks
// of rates, tenths and hundredths (lexicon point_fraction) before a comparative, or before "of
// a (percentage) point", are a difference of rates in points: 0.3 pp, not 30%.
bool scanner::point_fraction(found& f, const word_match& m) {
  const std::vector<word> last = words_before(p, m.end, f.begin, window::next_word);
  if (last.empty() || !last.back().is(word_class::point_fraction)) return false;
  const std::vector<word> next = words_after(p, m.end, b.end, window::next_word);
  const std::size_t point_end = of_a_point(p, m.end, b.end);
  if (point_end > 0) f.end = point_end;
  const bool compares = !next.empty() && next.front().is(word_class::comparative);
  const std::string_view block = p.lower.substr(b.begin, b.end - b.begin);
  const bool rates = block.find('%') != std::string_view::npos ||
                     block.find("per cent") != std::string_view::npos ||
                     block.find("percent") != std::string_view::npos;
  if (!(point_end > 0 || (compares && rates))) return false;
  const int per = last.back().entry()->number;
  f.q.number = m.value;
  f.q.decimals = per >= 100 ? 2 : 1;
  f.q.written_unit = unit::points();
  return true;
}

// Rates in words are percentages: "two-thirds" 66.67, "doubled" +100, "double-digit" ≥ 10.
bool scanner::rate_claim(found& f, const word_match& m, const std::vector<word>& last) {
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
  if (has(last, word_class::not_before_fraction) || (m.end < b.end && p.text[m.end] == '-'))
    return false;
  // "37,000 more than a quarter earlier", "a half before": a span of time back, not a fraction.
  if (m.form == word_form::fraction) {
    const std::vector<word> next = words_after(p, m.end, b.end, window::next_word);
    if (!next.empty() && next.front().is(word_class::year_ago)) return false;
  }
  if (m.form == word_form::fraction && point_fraction(f, m)) return true;
  f.q.number = m.value * 100;
  f.q.decimals = f.q.number == static_cast<long>(f.q.number) ? 0 : 2;
  if (m.form == word_form::ratio) {
    const noun_phrase n = noun_after(p, m.end, b.end);
    f.noun = n.text;
    f.end = n.text.empty() ? f.end : n.end;
  }
  return true;
}

std::optional<std::size_t> scanner::try_words(std::size_t at) {
  const std::vector<word> last = words_before(p, at, b.begin, window::next_word);
  if (auto end = try_rank(at, last)) return end;
  auto m = match_number_words(p, at, b.end);
  if (!m) return std::nullopt;
  found f;
  f.begin = f.number_begin = at;
  f.end = m->end;
  const bool claim =
      m->form == word_form::cardinal ? cardinal_claim(f, m->value) : rate_claim(f, *m, last);
  if (!claim) return m->end;
  out.push_back(std::move(f));
  return out.back().end;
}

// A number may start with a digit, a sign (a bracketed one, "(-)1,108.5", too), or a currency
// the lexicon places before numbers.
bool may_start_number(char c) {
  static const std::array<bool, 256> starts = [] {
    std::array<bool, 256> a{};
    for (char d = '0'; d <= '9'; ++d) a[static_cast<unsigned char>(d)] = true;
    for (char s : {'-', '+', '\xE2', '('}) a[static_cast<unsigned char>(s)] = true;
    for (const lexicon::entry* e : lexicon::of_class(word_class::currency_before)) {
      const auto first = static_cast<unsigned char>(e->text.front());
      a[first] = true;
      a[static_cast<unsigned char>(ascii_upper(static_cast<char>(first)))] = true;
    }
    return a;
  }();
  return starts[static_cast<unsigned char>(c)];
}

}  // namespace

// A number in brackets right after a word or a number is a footnote marker, not a figure:
// "exports(1)", "195.1 (2)", "[3]".
bool footnote_marker(const prose& p, const block& b, std::size_t begin, std::size_t end) {
  const std::string_view s = p.text;
  if (begin == b.begin || end >= b.end || end - begin > 2) return false;
  // "(8%)" after an amount is a rate, not a marker: a marker is digits alone.
  if (!std::all_of(s.begin() + static_cast<std::ptrdiff_t>(begin),
                   s.begin() + static_cast<std::ptrdiff_t>(end), is_ascii_digit))
    return false;
  const char open = s[begin - 1], close = s[end];
  if (!((open == '(' && close == ')') || (open == '[' && close == ']'))) return false;
  std::size_t k = begin - 1;
  if (k > b.begin && s[k - 1] == ' ') --k;
  return k > b.begin && (is_ascii_alnum(s[k - 1]) || s[k - 1] == '%');
}

std::vector<found> scan_block(const folded_text& t, const std::vector<table_model>& tables,
                              const block& b, std::vector<found> reuse) {
  const prose whole = t.view();
  reuse.clear();
  scanner sc{t,
             b,
             {whole.text.substr(0, b.end), whole.lower.substr(0, b.end), whole.words},
             std::move(reuse)};
  if (chart_labels(std::string_view(t.text).substr(b.begin, b.end - b.begin)))
    return std::move(sc.out);
  for (std::size_t i = claims_begin(t, tables, b); i < b.end;) {
    const char c = sc.p.text[i];
    const bool word_start = i == b.begin || !is_ascii_alnum(sc.p.text[i - 1]);
    std::optional<std::size_t> next;
    if (word_start && may_start_number(c)) next = sc.try_digits(i);
    if (!next && word_start && is_ascii_letter(c)) next = sc.try_words(i);
    i = next && *next > i ? *next : i + 1;
  }
  return std::move(sc.out);
}

}  // namespace crossfoot::extract_detail
