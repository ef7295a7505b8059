// Periods as releases write them: in headers, read from the header's letter and digit runs;
// in prose, read from the reader's words.
#include "extract/detail/periods.hpp"

#include <algorithm>
#include <charconv>

#include "core/text.hpp"
#include "quantity/lexicon.hpp"

namespace crossfoot::extract_detail {

namespace {

using lexicon::word_class;

std::optional<int> digits_value(std::string_view d) {
  if (d.empty() || d.size() > 4 || !std::all_of(d.begin(), d.end(), is_ascii_digit))
    return std::nullopt;
  int v = 0;
  std::from_chars(d.data(), d.data() + d.size(), v);
  return v;
}

// "19" is 2019; "2019" is 2019; anything else is no year.
std::optional<int> year_of(std::string_view d) {
  auto v = digits_value(d);
  if (!v) return std::nullopt;
  if (d.size() == 2) return 2000 + *v;
  if (d.size() == 4 && *v >= min_year && *v <= max_year) return *v;
  return std::nullopt;
}

std::optional<int> month_of(std::string_view w) {
  const lexicon::entry* e = lexicon::find(w);
  if (!e || !e->is(word_class::month)) return std::nullopt;
  return e->number;
}

std::optional<int> quarter_of(std::string_view d) {
  auto v = digits_value(d);
  if (!v || *v < 1 || *v > 4) return std::nullopt;
  return v;
}

// A quarter's number in Roman numerals, as written ("IV"): in capitals, since "i" and "iv" in
// lower case are other words (lexicon roman_numeral).
std::optional<int> roman_quarter(std::string_view written) {
  if (written.empty() || !std::all_of(written.begin(), written.end(), is_ascii_upper))
    return std::nullopt;
  const lexicon::entry* e = lexicon::find(ascii_lower(written));
  if (!e || !e->is(word_class::roman_numeral)) return std::nullopt;
  return e->number;
}

// The first run of letters of a text, as written: "IV" of "IV quarter 2017", "I" of "I*".
std::string_view first_letters(std::string_view text) {
  const auto from = std::find_if(text.begin(), text.end(), is_ascii_letter);
  const auto to = std::find_if_not(from, text.end(), is_ascii_letter);
  return text.substr(static_cast<std::size_t>(from - text.begin()),
                     static_cast<std::size_t>(to - from));
}

period month_range(int year, int from, int to) {
  period p = period::month(year, from);
  p.last = period::month(year, to).first;
  return p;
}

std::string_view digits_of(const prose& p, const word& w) {
  return p.text.substr(w.begin, w.end - w.begin);
}

// A year written in prose: four digits alone.
std::optional<int> prose_year(const prose& p, const word& w) {
  if (!w.number()) return std::nullopt;
  const std::string_view d = digits_of(p, w);
  return d.size() == 4 ? year_of(d) : std::nullopt;
}

// An ordinal written in prose at ws[i]: a lexicon ordinal ("second") or digits with a glued
// suffix ("2nd", lexicon ordinal_suffix); its number and the words it takes.
std::optional<std::pair<int, std::size_t>> ordinal_at(const prose& p, const std::vector<word>& ws,
                                                      std::size_t i) {
  if (i >= ws.size()) return std::nullopt;
  const word& w = ws[i];
  if (const lexicon::entry* e = w.entry(); e && e->is(word_class::ordinal))
    return std::pair{e->number, std::size_t{1}};
  if (!w.number() || i + 1 >= ws.size() || ws[i + 1].begin != w.end ||
      !ws[i + 1].is(word_class::ordinal_suffix))
    return std::nullopt;
  const std::string_view d = digits_of(p, w);
  if (d.size() > 2) return std::nullopt;
  auto v = digits_value(d);
  if (!v) return std::nullopt;
  return std::pair{*v, std::size_t{2}};
}

// "January-September" is one word of two months.
std::optional<std::pair<int, int>> month_pair(std::string_view w) {
  const std::size_t hyphen = w.find('-');
  if (hyphen == std::string_view::npos) return std::nullopt;
  auto a = month_of(w.substr(0, hyphen)), b = month_of(w.substr(hyphen + 1));
  if (!a || !b || *a >= *b) return std::nullopt;
  return std::make_pair(*a, *b);
}

// The year a month without one belongs to in a draft about `own`: its own year, or the year
// before when the month comes after the draft's own month ("in November" in a January draft).
std::optional<int> year_for_month(int month, const std::optional<period>& own) {
  if (!own) return std::nullopt;
  const int y = own->last_year();
  if (own->freq == frequency::month && month > static_cast<int>(own->last % 12) + 1) return y - 1;
  return y;
}

// How many a word counts: "four" (a cardinal) or "4".
std::optional<int> count_of(const prose& p, const word& w) {
  if (w.number()) return digits_value(digits_of(p, w));
  const lexicon::entry* e = w.entry();
  if (e && e->is(word_class::cardinal)) return e->number;
  return std::nullopt;
}

period quarter_range(int year, int from, int to) {
  period p = period::quarter(year, from);
  p.last = period::quarter(year, to).first;
  return p;
}

// "first four months of the year" (the draft's year), "first nine months of 2019", "first four
// months" (in a draft of a month: its year): January to the fourth (ninth) month. Quarterly
// releases count the year so too: "the first three quarters of 2018" is 2018 Q1 to Q3.
std::optional<period_words> first_months(const prose& p, const std::vector<word>& ws, std::size_t i,
                                         const std::optional<period>& own) {
  auto at = [&](std::size_t k) -> const word* { return k < ws.size() ? &ws[k] : nullptr; };
  const lexicon::entry* e = ws[i].entry();
  if (!e || !e->is(word_class::ordinal) || e->number != 1 || !at(i + 2)) return std::nullopt;
  const bool quarters = at(i + 2)->lower == "quarters";
  if (!quarters && at(i + 2)->lower != "months") return std::nullopt;
  const int per_year = quarters ? 4 : 12;
  const std::optional<int> n = count_of(p, *at(i + 1));
  if (!n || *n < 2 || *n > per_year) return std::nullopt;
  auto span = [&](int year) {
    return quarters ? quarter_range(year, 1, *n) : month_range(year, 1, *n);
  };
  if (at(i + 4) && at(i + 3)->lower == "of") {
    if (auto y = prose_year(p, *at(i + 4))) return period_words{span(*y), 5};
    if (at(i + 5) && at(i + 4)->lower == "the" && at(i + 5)->lower == "year" && own)
      return period_words{span(own->last_year()), 6};
  }
  const frequency own_freq = quarters ? frequency::quarter : frequency::month;
  if (!own || own->freq != own_freq) return std::nullopt;
  return period_words{span(own->last_year()), 3};
}

// "December 2019p", "2018 r", "Q3 2024e", "Sep 2031 Prel.": a letter or word after a year that
// says how final the figures are (lexicon status_mark), not which period. The text without it.
std::string_view without_status_mark(std::string_view text) {
  // "Sep 2031 prel.", "2030 est.": an abbreviation's full stop.
  if (text.ends_with('.')) text.remove_suffix(1);
  std::size_t mark = text.size();
  while (mark > 0 && is_ascii_letter(text[mark - 1])) --mark;
  if (mark == 0 || mark == text.size() ||
      !lexicon::is(ascii_lower(text.substr(mark)), word_class::status_mark))
    return text;
  const std::string_view rest = trim_blank(text.substr(0, mark));
  return !rest.empty() && is_ascii_digit(rest.back()) ? rest : text;
}

// "Jul-Oct 2020-21", "Jan-Mar 2020/21": months of a fiscal year written as the two calendar
// years it spans. Fiscal years start in April or July in the agencies that write them so
// (South Asia, Australia, East Africa, the UK's public finances), so months from July on fall
// in the first year and months up to March in the second; April to June may be either, and
// stay unread. The runs are the months, the first year and the second year's last digits.
std::optional<period> fiscal_year_months(const std::vector<std::string>& t) {
  constexpr int first_half_end = 3, second_half_start = 7, century = 100;
  if (t.size() != 4 || t[3].size() != 2 || t[2].size() != 4) return std::nullopt;
  const auto from = month_of(t[0]), to = month_of(t[1]);
  const auto year = year_of(t[2]), next = digits_value(t[3]);
  if (!from || !to || !year || !next || *from > *to || *next != (*year + 1) % century)
    return std::nullopt;
  if (*from >= second_half_start) return month_range(*year, *from, *to);
  if (*to <= first_half_end) return month_range(*year + 1, *from, *to);
  return std::nullopt;
}

}  // namespace

std::vector<std::string> letter_digit_runs(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    std::size_t end = i;
    if (is_ascii_letter(c)) {
      while (end < text.size() && is_ascii_letter(text[end])) ++end;
    } else if (is_ascii_digit(c)) {
      while (end < text.size() && is_ascii_digit(text[end])) ++end;
    } else {
      ++i;
      continue;
    }
    out.push_back(ascii_lower(text.substr(i, end - i)));
    i = end;
  }
  return out;
}

int year_in(std::string_view cell) {
  if (cell.size() != 4) return 0;
  auto y = year_of(cell);
  return y ? *y : 0;
}

std::optional<period> written_period(std::string_view text) {
  // A parenthesis adds a note ("2017 (ovhg)"); the period is before it.
  text = trim_blank(text.substr(0, text.find('(')));
  if (text.empty()) return std::nullopt;
  text = without_status_mark(text);
  if (auto p = parse_period(text)) return p;
  const std::vector<std::string> t = letter_digit_runs(text);
  // Quarters: "2023 Q4", "2023Q4", "Q4 2023".
  if (t.size() == 3 && year_of(t[0]) && t[1] == "q" && quarter_of(t[2]))
    return period::quarter(*year_of(t[0]), *quarter_of(t[2]));
  if (t.size() == 3 && t[0] == "q" && quarter_of(t[1]) && year_of(t[2]))
    return period::quarter(*year_of(t[2]), *quarter_of(t[1]));
  // "2013 Quarter 1" (a year cell and a quarter cell of a row, joined), "Quarter 1 2013".
  if (t.size() == 3 && t[0].size() == 4 && year_of(t[0]) && t[1] == "quarter" && quarter_of(t[2]))
    return period::quarter(*year_of(t[0]), *quarter_of(t[2]));
  if (t.size() == 3 && t[0] == "quarter" && quarter_of(t[1]) && t[2].size() == 4 && year_of(t[2]))
    return period::quarter(*year_of(t[2]), *quarter_of(t[1]));
  // Months: "Sep 18", "Dec. 2023", "September 2019", "May.2008"; ranges "Jan-Sep 19".
  if (t.size() == 2 && month_of(t[0]) && year_of(t[1]))
    return period::month(*year_of(t[1]), *month_of(t[0]));
  if (t.size() == 2 && t[0].size() == 4 && year_of(t[0]) && month_of(t[1]))  // "2011 May"
    return period::month(*year_of(t[0]), *month_of(t[1]));
  // "January-January 2015", a range of one month, is that month.
  if (t.size() == 3 && month_of(t[0]) && month_of(t[1]) && year_of(t[2]) &&
      *month_of(t[0]) <= *month_of(t[1]))
    return month_range(*year_of(t[2]), *month_of(t[0]), *month_of(t[1]));
  if (auto fiscal = fiscal_year_months(t)) return fiscal;
  if (t.size() == 1 && t[0].size() == 4 && year_of(t[0])) return period::year(*year_of(t[0]));
  // "Second quarter of 2024", "first quarter 2024", "2nd quarter 2024": an ordinal (lexicon,
  // or digits with a lexicon ordinal_suffix) quarter of a year.
  if (t.size() >= 3) {
    std::size_t k = 1;
    int q = 0;
    if (const lexicon::entry* e = lexicon::find(t[0]); e && e->is(word_class::ordinal)) {
      q = e->number;
    } else if (auto roman = roman_quarter(first_letters(text));
               roman && t[0].size() <= 3 && is_ascii_letter(t[0][0])) {
      // "I quarter 2018", "IV quarter of 2017": a quarter numbered in Roman numerals.
      q = *roman;
    } else if (t.size() > 1 && lexicon::is(t[1], word_class::ordinal_suffix)) {
      q = quarter_of(t[0]).value_or(0);
      k = 2;
    }
    if (q >= 1 && ((t.size() == k + 3 && t[k + 1] == "of") || t.size() == k + 2) &&
        t[k] == "quarter" && year_of(t.back()))
      return period::quarter(*year_of(t.back()), q);
  }
  // A quarter named by its last month: "Mar Qtr 2020", "March quarter 2020" (2020 Q1).
  constexpr int months_per_quarter = 3;
  if (t.size() == 3 && month_of(t[0]) && (t[1] == "qtr" || t[1] == "quarter") && year_of(t[2]) &&
      *month_of(t[0]) % months_per_quarter == 0)
    return period::quarter(*year_of(t[2]), *month_of(t[0]) / months_per_quarter);
  return std::nullopt;
}

std::optional<int> quarter_alone(std::string_view text) {
  text = without_status_mark(trim_blank(text));
  const std::vector<std::string> t = letter_digit_runs(text);
  if (t.size() == 1) return roman_quarter(first_letters(text));
  if (t.size() == 2 && (t[0] == "q" || t[0] == "quarter")) return quarter_of(t[1]);
  return std::nullopt;
}

std::optional<int> month_alone(std::string_view text) {
  const std::vector<std::string> runs = letter_digit_runs(text);
  if (runs.size() != 1) return std::nullopt;
  return month_of(runs.front());
}

std::optional<period> month_named(const word& w, const std::optional<period>& own) {
  const auto m = month_of(w.lower);
  if (!m || !w.capital) return std::nullopt;
  const auto y = year_for_month(*m, own);
  if (!y) return std::nullopt;
  return period::month(*y, *m);
}

std::optional<std::pair<period, period>> written_from_to(std::string_view text) {
  // "Dec Qtr 2019 to Mar Qtr 2020", "October 2024 - November 2024" (a dash with a blank either
  // side; "Jan-Sep 19" is one period), "(between) May 2014 and May 2015, %": two periods of one
  // frequency, the later last, before a comma that goes on to the unit.
  text = trim_blank(text.substr(0, text.find(',')));
  std::string lower = ascii_lower(text);
  if (lower.starts_with("between ")) {
    text = trim_blank(text.substr(8));
    lower = ascii_lower(text);
  }
  std::size_t to = std::string::npos, width = 0;
  for (std::string_view between : {" to ", " - ", " \xE2\x80\x93 ", " and "}) {
    if (to = lower.find(between); to != std::string::npos) {
      width = between.size();
      break;
    }
  }
  if (to == std::string::npos) return std::nullopt;
  const auto from = written_period(text.substr(0, to));
  const auto until = written_period(text.substr(to + width));
  if (!from || !until || from->is_range() || until->is_range() || from->freq != until->freq ||
      !(from->last < until->last))
    return std::nullopt;
  return std::pair{*from, *until};
}

namespace {

// "same quarter of 2018" in a 2019 Q2 release is 2018 Q2: the own period's place in its year,
// moved to the year named, when the word names the own period's frequency.
std::optional<period_words> same_period_of(const prose& p, const std::vector<word>& ws,
                                           std::size_t i, const std::optional<period>& own) {
  if (!own || own->is_range() || ws[i].lower != "same" || i + 3 >= ws.size()) return std::nullopt;
  const std::string_view unit_word = ws[i + 1].lower;
  const bool fits_unit = (unit_word == "quarter" && own->freq == frequency::quarter) ||
                         (unit_word == "month" && own->freq == frequency::month) ||
                         unit_word == "period";
  // "the same quarter a year ago", "the same month last year": a year before the draft's.
  const bool year_back = (ws[i + 2].lower == "a" && ws[i + 3].lower == "year" &&
                          i + 4 < ws.size() && ws[i + 4].is(word_class::year_ago)) ||
                         (ws[i + 2].is(word_class::earlier_word) && ws[i + 3].lower == "year");
  if (fits_unit && year_back) {
    const std::size_t words = ws[i + 2].lower == "a" ? 5 : 4;
    return period_words{own->shifted(-per_year(own->freq)), words};
  }
  if (ws[i + 2].lower != "of") return std::nullopt;
  const std::string_view unit = ws[i + 1].lower;
  // "the same period of 2018": whatever the draft's own period is.
  const bool fits = (unit == "quarter" && own->freq == frequency::quarter) ||
                    (unit == "month" && own->freq == frequency::month) || unit == "period";
  if (!fits) return std::nullopt;
  // "the same quarter of the previous year", "of last year": the year before the draft's.
  std::size_t k = i + 3;
  if (ws[k].lower == "the") ++k;
  if (k + 1 < ws.size() && ws[k].is(word_class::earlier_word) && ws[k + 1].lower == "year")
    return period_words{own->shifted(-per_year(own->freq)), k + 2 - i};
  const std::optional<int> y = prose_year(p, ws[i + 3]);
  if (!y) return std::nullopt;
  return period_words{own->shifted(static_cast<long>(*y - own->first_year()) * per_year(own->freq)),
                      4};
}

}  // namespace

// "so far this year", "year to date" in prose (lexicon year_to_date, phrases of two words or
// more: "cumulative" alone also qualifies a change), in a draft of a month: January to that
// month, as the same words over a table's column say.
std::optional<period_words> year_to_date(const std::vector<word>& ws, std::size_t i,
                                         const std::optional<period>& own) {
  if (!own || own->freq != frequency::month || own->is_range()) return std::nullopt;
  constexpr std::size_t longest = 4;
  std::string phrase(ws[i].lower);
  for (std::size_t n = 2; n <= longest && i + n <= ws.size(); ++n) {
    phrase += ' ';
    phrase += ws[i + n - 1].lower;
    if (lexicon::is(phrase, word_class::year_to_date)) {
      const int month = static_cast<int>(own->last % 12) + 1;
      return period_words{month_range(own->last_year(), 1, month), n};
    }
  }
  return std::nullopt;
}

namespace {

// The month and year right after "to" or "through" at ws[k] that end a span from `from`
// ("to February 2020"), when it is later than `from`; its count is the words of the month and
// year.
std::optional<period_words> later_month_after(const prose& p, const std::vector<word>& ws,
                                              std::size_t k, const period& from) {
  if (k + 2 >= ws.size() || (ws[k].lower != "to" && ws[k].lower != "through")) return {};
  const word& month = ws[k + 1];
  const auto m = month_of(month.lower);
  if (!m || !month.capital) return {};
  const auto y = prose_year(p, ws[k + 2]);
  if (!y) return {};
  const period to = period::month(*y, *m);
  if (to.first <= from.first) return {};
  return period_words{to, 2};
}

// "the quarter ended in July 2018", "the three months ending June" (lexicon span_end): a span of
// three months (or of the months counted) whose last month is the one named, in a year of its
// own or of the draft's. Not a calendar quarter: a span of months.
std::optional<period_words> months_ended(const prose& p, const std::vector<word>& ws, std::size_t i,
                                         const std::optional<period>& own) {
  constexpr int months_per_quarter = 3;
  std::size_t k = i;
  if (k < ws.size() && ws[k].lower == "the") ++k;
  int months = 0;
  if (k < ws.size() && ws[k].lower == "quarter") {
    months = months_per_quarter;
    ++k;
  } else if (k + 1 < ws.size() && ws[k + 1].lower == "months") {
    const auto n = count_of(p, ws[k]);
    if (!n || *n < 2 || *n > 12) return std::nullopt;
    months = *n;
    k += 2;
  }
  if (months == 0 || k >= ws.size() || !ws[k].is(word_class::span_end)) return std::nullopt;
  ++k;
  if (k < ws.size() && ws[k].lower == "in") ++k;
  if (k >= ws.size() || !ws[k].capital) return std::nullopt;
  const auto m = month_of(ws[k].lower);
  if (!m) return std::nullopt;
  std::optional<int> y = k + 1 < ws.size() ? prose_year(p, ws[k + 1]) : std::nullopt;
  const std::size_t used = k + (y ? 2 : 1) - i;
  if (!y) y = year_for_month(*m, own);
  if (!y) return std::nullopt;
  period span = period::month(*y, *m);
  span.first = span.last - (months - 1);
  return period_words{span, used};
}

// "In the five months they amounted to ...", "the surplus for the nine months" in a draft of a
// month: as many months as the draft's own month counts from January are January to it, as
// "the first five months" would be. Another count ("the three months to April") is a span of its
// own; months that run on, a lexicon month_lead, span_end or calendar_after word after them
// ("the 12 months to December", "the nine months of 2018", "the five months ending", "the five
// months before"), are no period of this reading.
std::optional<period_words> months_so_far(const prose& p, const std::vector<word>& ws,
                                          std::size_t i, const std::optional<period>& own) {
  if (!own || own->freq != frequency::month || own->is_range()) return std::nullopt;
  // "the" is read here or was just before (an opening passes the count after it).
  const bool the_here = i < ws.size() && ws[i].lower == "the";
  if (!the_here && (i == 0 || ws[i - 1].lower != "the")) return std::nullopt;
  const std::size_t k = the_here ? i + 1 : i;
  if (k + 1 >= ws.size() || ws[k + 1].lower != "months") return std::nullopt;
  const auto n = count_of(p, ws[k]);
  const int month = static_cast<int>(own->last % 12) + 1;
  if (!n || *n != month || month < 2) return std::nullopt;
  if (k + 2 < ws.size()) {
    const word& next = ws[k + 2];
    if (next.is(word_class::month_lead) || next.is(word_class::span_end) ||
        next.is(word_class::calendar_after))
      return std::nullopt;
  }
  return period_words{month_range(own->last_year(), 1, month), k + 2 - i};
}

period month_span(const period& from, const period& to) {
  period out = from;
  out.last = to.last;
  return out;
}

}  // namespace

std::optional<period_words> period_at(const prose& p, const std::vector<word>& ws, std::size_t i,
                                      const std::optional<period>& own) {
  auto at = [&](std::size_t k) -> const word* { return k < ws.size() ? &ws[k] : nullptr; };
  const word& w = ws[i];
  // "the June quarter", "the March quarter 2020": a quarter named by its month, after "the".
  if (w.lower == "the" && at(i + 1) && at(i + 1)->capital && month_of(at(i + 1)->lower)) {
    auto named = period_at(p, ws, i + 1, own);
    if (named && named->when.freq == frequency::quarter) {
      ++named->count;
      return named;
    }
    return std::nullopt;
  }
  // "Q1" is one word.
  auto quarter_word = [](const word* x) -> std::optional<int> {
    if (!x || x->lower.size() != 2 || x->lower[0] != 'q') return std::nullopt;
    return quarter_of(x->lower.substr(1));
  };
  // "2017 Q1"; a year alone.
  if (auto y = prose_year(p, w)) {
    if (auto q = quarter_word(at(i + 1))) return period_words{period::quarter(*y, *q), 2};
    return period_words{period::year(*y), 1};
  }
  // "Q1 2017".
  if (auto q = quarter_word(&w); q && at(i + 1) && prose_year(p, *at(i + 1)))
    return period_words{period::quarter(*prose_year(p, *at(i + 1)), *q), 2};
  // "the first quarter of 2017", "the 2nd quarter 2026", "the last quarter of 2016".
  auto ordinal =
      w.lower == "last" ? std::optional{std::pair{4, std::size_t{1}}} : ordinal_at(p, ws, i);
  // "I quarter 2018", "the IV quarter": a quarter numbered in Roman numerals.
  if (!ordinal && w.letters()) {
    if (auto roman = roman_quarter(p.text.substr(w.begin, w.end - w.begin)))
      ordinal = std::pair{*roman, std::size_t{1}};
  }
  const std::size_t quarter_at = i + (ordinal ? ordinal->second : 1);
  const int q = ordinal && ordinal->first >= 1 && ordinal->first <= 4 ? ordinal->first : 0;
  if (q && at(quarter_at) && at(quarter_at)->lower == "quarter") {
    const std::size_t year_at =
        quarter_at + (at(quarter_at + 1) && at(quarter_at + 1)->lower == "of" ? 2 : 1);
    if (at(year_at)) {
      if (auto y = prose_year(p, *at(year_at)))
        return period_words{period::quarter(*y, q), year_at + 1 - i};
    }
  }
  // "the first quarter" without its year, in a quarterly draft: the latest such quarter up to
  // the draft's own (2024 Q1 in a 2024 Q2 release; "the fourth quarter" in a 2017 Q1 release
  // is 2016 Q4). "the last quarter" may be the one before or the fourth: no period.
  if (q && w.lower != "last" && at(quarter_at) && at(quarter_at)->lower == "quarter" && own &&
      own->freq == frequency::quarter && !own->is_range()) {
    int y = own->last_year();
    if (q > static_cast<int>(own->last % 4) + 1) --y;
    return period_words{period::quarter(y, q), quarter_at + 1 - i};
  }
  // "the same quarter of 2018", "the same month of 2022": the draft's own quarter or month,
  // in that year.
  if (auto same = same_period_of(p, ws, i, own)) return same;
  // "the first four months of the year", "the first 9 months of 2019": January to that month.
  if (auto span = first_months(p, ws, i, own)) return span;
  // "the quarter ended in July 2018", "the 12 months ending June 2019": the months up to it.
  if (auto span = months_ended(p, ws, i, own)) return span;
  // "In the five months they amounted to ..." in a May release: January to May.
  if (auto span = months_so_far(p, ws, i, own)) return span;
  // "January-September 2019".
  if (auto pair = month_pair(w.lower)) {
    if (at(i + 1)) {
      if (auto y = prose_year(p, *at(i + 1)))
        return period_words{month_range(*y, pair->first, pair->second), 2};
    }
    return std::nullopt;
  }
  auto m = month_of(w.lower);
  if (!m || !w.capital) return std::nullopt;
  std::size_t k = i + 1;
  if (at(k) && at(k)->lower == ".") ++k;  // "Dec. 2023"
  // "January to September 2019", "May through November".
  if (at(k + 1) && (at(k)->lower == "to" || at(k)->lower == "through") && at(k + 1)->capital) {
    if (auto last = month_of(at(k + 1)->lower); last && *last > *m) {
      if (at(k + 2)) {
        if (auto y = prose_year(p, *at(k + 2)))
          return period_words{month_range(*y, *m, *last), k + 3 - i};
      }
      if (auto y = year_for_month(*last, own))
        return period_words{month_range(*y, *m, *last), k + 2 - i};
    }
  }
  // A quarter named by its last month: "the March quarter 2020", "the March 2020 quarter".
  constexpr int months_per_quarter = 3;
  auto is_quarter = [&](const word* x) {
    return x && (x->lower == "quarter" || x->lower == "qtr") && *m % months_per_quarter == 0;
  };
  if (is_quarter(at(k)) && at(k + 1)) {
    if (auto y = prose_year(p, *at(k + 1)))
      return period_words{period::quarter(*y, *m / months_per_quarter), k + 2 - i};
  }
  if (at(k) && is_quarter(at(k + 1))) {
    if (auto y = prose_year(p, *at(k)))
      return period_words{period::quarter(*y, *m / months_per_quarter), k + 2 - i};
  }
  // "the June quarter" in a draft of the September 2020 quarter: the latest such quarter up to
  // the draft's own period.
  if (is_quarter(at(k)) && own && own->freq != frequency::month) {
    const int named_q = *m / months_per_quarter;
    int y = own->last_year();
    if (own->freq == frequency::quarter && named_q > static_cast<int>(own->last % 4) + 1) --y;
    return period_words{period::quarter(y, named_q), k + 1 - i};
  }
  if (at(k)) {
    if (auto y = prose_year(p, *at(k))) {
      // "March 2019 to February 2020": a span of months across a year's end, each month with
      // its year, the later month after "to" or "through".
      if (auto upto = later_month_after(p, ws, k + 1, period::month(*y, *m)))
        return period_words{month_span(period::month(*y, *m), upto->when), upto->count + k + 2 - i};
      return period_words{period::month(*y, *m), k + 1 - i};
    }
  }
  // "May" may be a verb: a month alone only with a capital after a word that introduces a
  // time ("in April", "from April", "than in April").
  if (i == 0) return std::nullopt;
  if (!ws[i - 1].is(word_class::month_lead)) return std::nullopt;
  if (auto y = year_for_month(*m, own)) return period_words{period::month(*y, *m), 1};
  return std::nullopt;
}

}  // namespace crossfoot::extract_detail
