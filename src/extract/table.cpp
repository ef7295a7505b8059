// Reading tables once: cells of each row, the rows above the data (caption, unit rows, column
// headers), and for each column its period, kind, flow and unit. Reading a cell is then a walk
// over its own row only, so a table of any length is read in linear time.
#include "extract/detail/table.hpp"
#include "extract/detail/periods.hpp"
#include "extract/detail/subject.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/text.hpp"
#include "quantity/lexicon.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot::extract_detail {

namespace {

using lexicon::word_class;

struct cell {
  std::size_t begin = 0, end = 0;  // folded offsets, blanks trimmed
  std::size_t from = 0, to = 0;    // display columns in the line
};

cell trimmed_cell(std::string_view s, std::size_t line_begin, std::size_t begin, std::size_t end) {
  while (begin < end && is_blank(s[begin])) ++begin;
  while (end > begin && is_blank(s[end - 1])) --end;
  const std::size_t from = count_code_points(s.substr(line_begin, begin - line_begin));
  return {begin, end, from, from + count_code_points(s.substr(begin, end - begin))};
}

// The cells of one row. Pipe: between bars; tab: between tabs; aligned: runs separated by two
// or more blanks.
std::vector<cell> cells_of(std::string_view s, const block& b) {
  std::vector<cell> out;
  if (b.table == table_style::pipe) {
    std::size_t at = s.find('|', b.begin);
    while (at < b.end) {
      const std::size_t next = s.find('|', at + 1);
      if (next == std::string_view::npos || next >= b.end) break;
      out.push_back(trimmed_cell(s, b.begin, at + 1, next));
      at = next;
    }
    return out;
  }
  if (b.table == table_style::tab) {
    for (std::size_t at = b.begin; at <= b.end;) {
      std::size_t tab = s.find('\t', at);
      if (tab == std::string_view::npos || tab > b.end) tab = b.end;
      out.push_back(trimmed_cell(s, b.begin, at, tab));
      at = tab + 1;
    }
    return out;
  }
  for (std::size_t i = b.begin; i < b.end;) {
    while (i < b.end && is_blank(s[i])) ++i;
    if (i >= b.end) break;
    std::size_t end = i;
    while (end < b.end &&
           !(s[end] == '\t' || (s[end] == ' ' && end + 1 < b.end && is_blank(s[end + 1])))) {
      ++end;
    }
    out.push_back(trimmed_cell(s, b.begin, i, end));
    i = end;
  }
  return out;
}

std::string_view text_of(std::string_view s, const cell& c) {
  return s.substr(c.begin, c.end - c.begin);
}

bool separator_cell(std::string_view c) {
  return !c.empty() && std::all_of(c.begin(), c.end(), [](char x) {
    return x == '-' || x == ':' || x == '=' || x == '+' || x == ' ';
  });
}

std::string folded_blanks(std::string_view c) {
  std::string out;
  for (char x : c) {
    if (is_blank(x)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += x;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A counted unit in a caption is a few words ("thousand tonnes", "Number of vessels"), not a
// clause that happens to end in one ("if GDP stayed at its level for the rest of the year").
bool short_unit_name(std::string_view piece) {
  constexpr std::size_t most_words = 3;
  return static_cast<std::size_t>(std::count(piece.begin(), piece.end(), ' ')) < most_words;
}

// The marks a unit row or caption writes for "in thousands": "(000)", "'000", "’000".
bool thousands_mark(std::string_view piece) {
  constexpr std::array<std::string_view, 3> marks = {"000", "'000",
                                                     "\xE2\x80\x99"
                                                     "000"};
  return std::find(marks.begin(), marks.end(), piece) != marks.end();
}

}  // namespace

std::vector<word> label_words(const prose& p, std::size_t begin, std::size_t end) {
  std::vector<word> ws = words_between(p, begin, end);
  // One pass, keeping what is not a mark (a label of thousands of marks stays linear).
  std::size_t kept = 0;
  for (std::size_t i = 0; i < ws.size();) {
    const bool mark = kept > 0 && i + 2 < ws.size() && ws[i].lower == "(" &&
                      ws[i + 2].lower == ")" &&
                      (ws[i + 1].number() || ws[i + 1].lower.size() == 1) &&
                      (ws[i].begin == ws[kept - 1].end || i + 3 == ws.size());
    if (mark) {
      i += 3;
      continue;
    }
    ws[kept++] = ws[i++];
  }
  ws.resize(kept);
  return ws;
}

namespace {

// "Year", "Quarter", "Month": a header that names a kind of period, over the cells that name
// the rows' periods. It is no unit, nor a caption.
bool time_header(std::string_view text) {
  const std::vector<std::string> runs = letter_digit_runs(text);
  return !runs.empty() && std::all_of(runs.begin(), runs.end(), [](const std::string& r) {
    return lexicon::is(lexicon::singular(r), word_class::noun_time);
  });
}

// "Million ISK at current exchange rate", "Billions of dollars, seasonally adjusted at annual
// rates": the words from a basis lead (lexicon basis_lead: "at") to the end of their piece of a
// header say how its levels are valued, not what its numbers are; the "rate" there names no
// rate. The header without them (its punctuation kept).
std::string without_basis(std::string_view header) {
  std::string out;
  bool skipping = false;
  for (std::size_t i = 0; i < header.size();) {
    const char c = header[i];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') skipping = false;
    if (!is_ascii_alnum(c) || (i > 0 && is_ascii_alnum(header[i - 1]))) {
      if (!skipping) out += c;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < header.size() && is_ascii_alnum(header[end])) ++end;
    const std::string_view w = header.substr(i, end - i);
    skipping = skipping || lexicon::is(ascii_lower(w), word_class::basis_lead);
    if (!skipping) out += w;
    i = end;
  }
  return out;
}

}  // namespace

std::size_t superscript_length(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) {
    return k < s.size() ? static_cast<unsigned char>(s[k]) : 0;
  };
  if (at(i) == 0xC2 && (at(i + 1) == 0xB9 || at(i + 1) == 0xB2 || at(i + 1) == 0xB3))
    return 2;  // ¹ ² ³
  if (at(i) == 0xE2 && at(i + 1) == 0x81 &&
      (at(i + 2) == 0xB0 || (at(i + 2) >= 0xB4 && at(i + 2) <= 0xB9)))
    return 3;  // ⁰ ⁴ ... ⁹
  return 0;
}

bool percent_label(std::string_view label) {
  const std::string lower = ascii_lower(trim_blank(label));
  std::string_view l = lower;
  while (!l.empty() && (l.back() == ')' || is_blank(l.back()))) l.remove_suffix(1);
  if (l.ends_with('%')) return l.size() > 1;
  for (std::string_view unit : {", per cent", ", percent", "(per cent", "(percent"}) {
    if (l.ends_with(unit)) return true;
  }
  return false;
}

namespace {

bool names_phrase_of(std::string_view header, word_class c);
std::optional<period> base_named_in(std::string_view header);

// The measure words of a label name with "%": a share ("Share", "Weight"), points
// ("Contributions") or a change ("Growth", "Year-on-year", "% change", "Inflation"); value for
// none. A rate noun alone ("rate", "percent") names none: "Unemployment rate (%)" is a ratio.
column_kind measure_named(std::string_view text) {
  column_kind out = column_kind::value;
  for (const std::string& w : letter_digit_runs(text)) {
    const lexicon::entry* e = lexicon::find(w);
    if (!e) continue;
    if (e->is(word_class::share_noun)) return column_kind::share;
    if (e->is(word_class::points_noun)) return column_kind::points;
    if ((e->is(word_class::direction) && !e->is(word_class::rate_noun)) ||
        e->is(word_class::growth_noun))
      out = column_kind::growth;
  }
  return out;
}

}  // namespace

label_measure measure_of_label(std::string_view label) {
  label_measure out;
  const std::string_view text = trim_blank(label);
  std::string_view name, said;
  if (text.ends_with(')')) {
    const std::size_t open = text.rfind('(');
    if (open == std::string_view::npos || open == 0) return out;
    name = text.substr(0, open);
    said = text.substr(open + 1, text.size() - open - 2);
  } else if (const std::size_t comma = text.rfind(','); comma != std::string_view::npos) {
    name = text.substr(0, comma);
    said = text.substr(comma + 1);
  } else {
    return out;
  }
  said = trim_blank(said);
  if (said.empty()) return out;
  bool percent = false, points = false;
  const std::optional<unit> level = unit_named_in(said, &percent, &points);
  const std::vector<std::string> said_words = letter_digit_runs(said);
  // "% change", "percent change": a percent sign or word with the measure after it.
  percent = percent || said.starts_with('%') ||
            (!said_words.empty() && lexicon::is(said_words.front(), word_class::percent));
  if (points) {
    out.unit_of = unit::points();
    out.kind = column_kind::points;
  } else if (level && (is_currency(level->dim.to_string()) || level->scale_exp != 0)) {
    out.unit_of = level;
  } else if (percent) {
    out.unit_of = unit::percent();
    out.kind = measure_named(std::string(name) + " " + std::string(said));
  } else if (std::any_of(said_words.begin(), said_words.end(), [](const std::string& w) {
               return lexicon::is(w, word_class::index_noun);
             })) {
    out.index = true;
  }
  out.annual = (out.unit_of || out.index) && names_phrase_of(text, word_class::yoy_word);
  if (out.unit_of && out.kind == column_kind::growth) out.base = base_named_in(name);
  return out;
}

namespace {

// "Change on year", "Increase on quarter": words that name a change and a span of time, which
// parse as a thing counted but say over what span a column's numbers run, not what they count.
bool names_a_span(const unit& u) {
  const std::vector<std::string> runs = letter_digit_runs(u.dim.to_string());
  return runs.size() > 1 && lexicon::is(lexicon::singular(runs.back()), word_class::noun_time) &&
         std::any_of(runs.begin(), runs.end(),
                     [](const std::string& r) { return lexicon::is(r, word_class::direction); });
}

// "Value in million US$", "Amount in Rs million", "Quantity in thousand tonnes": a measure
// named before "in" and its level's unit after it. Only a unit of money or one with a scale is
// taken there: "Change in exports" names what changed, not what it is counted in, and "Change
// in per cent" names a column's measure as much as its unit (such a cell heads its column).
std::string_view unit_after_in(std::string_view piece) {
  constexpr std::string_view in = " in ";
  const std::size_t at = ascii_lower(piece).rfind(in);  // "Value In Million US$" too
  if (at == std::string_view::npos) return piece;
  const std::string_view after = trim_blank(piece.substr(at + in.size()));
  quantity_error error;
  const auto u = parse_unit(after, error);
  if (!u) return piece;
  const bool level =
      u->style == unit_style::level && (u->scale_exp != 0 || is_currency(u->dim.to_string()));
  return level ? after : piece;
}

}  // namespace

std::optional<unit> unit_named_in(std::string_view full_text, bool* percent, bool* points) {
  const std::string valued = without_basis(full_text);
  const std::string_view text = valued;
  std::optional<unit> level;
  bool pct = false;
  std::size_t at = 0;
  while (at <= text.size()) {
    // Pieces end at punctuation or at a dash with a blank either side: "NOK Billion - so far
    // this year".
    std::size_t end = text.find_first_of(",;:()", at), width = 1;
    if (const std::size_t dash = text.find(" - ", at); dash < end) end = dash, width = 3;
    if (end == std::string_view::npos) end = text.size();
    std::string_view piece = trim_blank(text.substr(at, end - at));
    at = end + width;
    // "in € billion", "unit: ...": the unit is after the word that announces it.
    for (std::string_view lead : {"in ", "In "}) {
      if (piece.starts_with(lead)) piece = trim_blank(piece.substr(lead.size()));
    }
    piece = unit_after_in(piece);
    // "Unit: Millions of YEN": the word that announces a unit is not one.
    if (piece.empty() || written_period(piece) || equal_ignoring_case(piece, "unit") ||
        equal_ignoring_case(piece, "units") || time_header(piece))
      continue;
    if (piece == "\xE2\x80\xB0") {  // ‰
      if (!level) level = unit::level("per mille", 0, "");
      continue;
    }
    // "(000)", "'000": numbers in thousands of what the row counts.
    if (thousands_mark(piece)) {
      quantity_error error;
      if (!level) level = parse_unit("thousand", error);
      continue;
    }
    quantity_error error;
    auto u = parse_unit(piece, error);
    // "US$m", "USD m", "NZ$ m": a currency with the glued scale of millions (lexicon
    // glued_scale), which a header writes apart from any number.
    if (!u && piece.size() > 1 && piece.back() == 'm') {
      const std::string_view sign = trim_blank(piece.substr(0, piece.size() - 1));
      if (auto c = parse_unit(sign, error);
          c && c->scale_exp == 0 && is_currency(c->dim.to_string()))
        u = parse_unit(std::string(sign) + " million", error);
    }
    if (!u || names_a_span(*u)) continue;
    if (u->style == unit_style::points && points) *points = true;
    if (u->style == unit_style::percent) {
      pct = true;
    } else if (!level && u->style == unit_style::level &&
               (is_currency(u->dim.to_string()) ||
                (unknown_counted_word(*u).empty() && short_unit_name(piece)))) {
      level = u;
    }
  }
  if (percent) *percent = pct;
  return level;
}

namespace {

// A header's words say what its column's numbers are: shares or weights ("Share", "Weight
// (‰)"), points ("Contributions", "pp"), growth rates ("Growth", "% change"), or, with a
// percent sign or "rate" alone, rates ("% of total" is a share).
column_kind kind_of_header(std::string_view header) {
  const std::string lower = ascii_lower(without_basis(header));
  bool percent = lower.find('%') != std::string::npos;
  bool growth = false, points = false, share = lower.find("\xE2\x80\xB0") != std::string::npos;
  bool of = false;
  for (const std::string& w : letter_digit_runs(lower)) {
    const lexicon::entry* e = lexicon::find(w);
    if (w == "of") of = true;
    if (!e) continue;
    share = share || e->is(word_class::share_noun);
    points = points || e->is(word_class::points_noun);
    percent = percent || e->is(word_class::rate_noun);
    growth = growth || (e->is(word_class::direction) && !e->is(word_class::rate_noun));
  }
  if (points) return column_kind::points;
  // "Participation rate": a ratio's levels, not rates of change.
  if (share || (percent && of && !growth) || (!growth && header_names_a_ratio(header)))
    return column_kind::share;
  if (growth || percent) return column_kind::growth;
  return column_kind::value;
}

std::string flow_of_header(std::string_view header) {
  std::string flow;
  for (const std::string& w : letter_digit_runs(header)) {
    const lexicon::entry* e = lexicon::find(w);
    if (e && e->flow != lexicon::flow_kind::none) flow = to_string(e->flow);
  }
  return flow;
}

// Whether the header names a phrase of the lexicon's class `c`, written with blanks or hyphens:
// "so far this year", "year-to-date", "YTD" (year_to_date: the header's months run from
// January); "year-on-year", "Annual change" (yoy_word: its rates are on a year earlier).
bool names_phrase_of(std::string_view header, word_class c) {
  constexpr std::size_t longest_phrase = 4;
  const std::vector<std::string> runs = letter_digit_runs(header);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    std::string spaced, hyphened;  // "over the year", "year-on-year"
    for (std::size_t n = 0; n < longest_phrase && i + n < runs.size(); ++n) {
      if (n > 0) {
        spaced += ' ';
        hyphened += '-';
      }
      spaced += runs[i + n];
      hyphened += runs[i + n];
      if (lexicon::is(spaced, c) || (n > 0 && lexicon::is(hyphened, c))) return true;
    }
  }
  return false;
}

// The spans that a text's phrases name (lexicon rate_span, the longest phrase first at each
// word), in order: "year" for "Inflation" and "annual", "month" for "month-on-month".
std::vector<std::string_view> rate_span_aspects(std::string_view text) {
  constexpr std::size_t longest_phrase = 4;
  const std::vector<std::string> runs = letter_digit_runs(text);
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    for (std::size_t n = std::min(longest_phrase, runs.size() - i); n > 0; --n) {
      std::string phrase = runs[i];
      for (std::size_t k = 1; k < n; ++k) phrase += " " + runs[i + k];
      const lexicon::entry* e = lexicon::find(phrase);
      if (!e || !e->is(word_class::rate_span)) continue;
      out.push_back(e->aspect);
      i += n - 1;
      break;
    }
  }
  return out;
}

// "Overall Rate of Inflation", "Inflation, %": the first span a header's phrase names is a
// year's: its rates are on a year earlier. "Monthly inflation" names the month's.
bool names_a_year_span(std::string_view header) {
  const std::vector<std::string_view> spans = rate_span_aspects(header);
  return !spans.empty() && spans.front() == "year";
}

// "Inflation, %" as a caption: every span its phrases name is a year's, so the table's rates are
// on a year earlier. A caption that names another span too ("Inflation, month-on-month and
// annual") says nothing of the table as a whole.
bool names_year_spans_only(std::string_view caption) {
  const std::vector<std::string_view> spans = rate_span_aspects(caption);
  return !spans.empty() &&
         std::all_of(spans.begin(), spans.end(), [](std::string_view a) { return a == "year"; });
}

// A month of a year-to-date column is the year up to it: November 2024 is January to
// November 2024. Anything else stays as it is.
std::optional<period> year_to(const std::optional<period>& p) {
  if (!p || p->freq != frequency::month || p->is_range()) return p;
  period out = period::month(p->last_year(), 1);
  out.last = p->last;
  return out;
}

// "Change on August 2018", "% change over Feb 98", "Change compared with 2019": the period
// after a base word of the lexicon (base_lead), one word or two, up to a bracket or a comma.
std::optional<period> base_named_in(std::string_view header) {
  const std::string lower = ascii_lower(header);
  for (std::size_t at = 0; at < lower.size();) {
    const std::size_t end = std::min(lower.find(' ', at), lower.size());
    for (std::size_t words = 1, stop = end; words <= 2 && stop < lower.size(); ++words) {
      if (lexicon::is(std::string_view(lower).substr(at, stop - at), word_class::base_lead)) {
        std::string_view rest = header.substr(stop + 1);
        rest = rest.substr(0, rest.find_first_of("(,"));  // "(percentage points)"
        if (auto p = written_period(trim_blank(rest))) return p;
      }
      stop = std::min(lower.find(' ', stop + 1), lower.size());
    }
    at = end + 1;
  }
  return std::nullopt;
}

// How a header says its levels are valued (lexicon price_basis, two words: "At current prices,
// EUR million" is current_prices), or "".
std::string basis_in(std::string_view header) {
  const std::vector<std::string> runs = letter_digit_runs(header);
  for (std::size_t i = 0; i + 1 < runs.size(); ++i) {
    const lexicon::entry* e = lexicon::find(runs[i] + " " + runs[i + 1]);
    if (e && e->is(word_class::price_basis)) return std::string(e->aspect);
  }
  return "";
}

// "% Change on last month (February 2017/ January 2017)": two periods of one frequency a slash
// apart in a header's last bracket, the later first, as a ratio of their levels is written:
// the rate of the first on the second (from the second to the first).
std::optional<std::pair<period, period>> periods_over(std::string_view header) {
  const std::size_t close = header.rfind(')');
  const std::size_t open = header.rfind('(', close);
  if (close == std::string_view::npos || open == std::string_view::npos) return std::nullopt;
  const std::string_view inside = header.substr(open + 1, close - open - 1);
  const std::size_t slash = inside.find('/');
  if (slash == std::string_view::npos || inside.find('/', slash + 1) != std::string_view::npos)
    return std::nullopt;
  const auto later = written_period(trim_blank(inside.substr(0, slash)));
  const auto earlier = written_period(trim_blank(inside.substr(slash + 1)));
  if (!later || !earlier || later->is_range() || earlier->is_range() ||
      later->freq != earlier->freq || !(earlier->last < later->last))
    return std::nullopt;
  return std::pair{*earlier, *later};
}

table_column column_from(std::string_view s, const cell& c) {
  table_column col;
  col.begin = c.begin;
  col.end = c.end;
  col.from = c.from;
  col.to = c.to;
  col.header = folded_blanks(text_of(s, c));
  col.when = written_period(col.header);
  col.from_to = written_from_to(col.header);
  if (!col.from_to) col.from_to = periods_over(col.header);
  if (!col.when) {
    // "Growth Jan-Sep 19/18", "Exports Sep 19": a period after the header's words.
    const std::size_t space = col.header.find(' ');
    if (space != std::string::npos) col.when = written_period(col.header.substr(space + 1));
  }
  if (const std::size_t comma = col.header.find(','); !col.when && comma != std::string::npos) {
    // "June 2030, EUR m", "May 2015, %": a period before a comma that goes on to a unit.
    bool percent = false;
    if (unit_named_in(std::string_view(col.header).substr(comma + 1), &percent) || percent)
      col.when = written_period(std::string_view(col.header).substr(0, comma));
  }
  col.kind = kind_of_header(col.header);
  if (!col.when) col.named_base = base_named_in(col.header);
  if (col.kind == column_kind::growth && col.header.find('%') == std::string::npos) {
    col.neutral_change = true;
    for (const std::string& w : letter_digit_runs(col.header)) {
      if (lexicon::is(w, word_class::rate_noun) || lexicon::is(w, word_class::growth_noun))
        col.neutral_change = false;
    }
  }
  bool percent = false;
  col.unit_of = unit_named_in(col.header, &percent);
  if (percent && !col.unit_of) col.unit_of = unit::percent();
  col.flow = flow_of_header(col.header);
  col.year_to_date = names_phrase_of(col.header, word_class::year_to_date);
  col.annual = names_phrase_of(col.header, word_class::yoy_word) || names_a_year_span(col.header);
  const std::vector<std::string> runs = letter_digit_runs(col.header);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    col.weight = col.weight || lexicon::is(runs[i], word_class::weight_noun);
    col.index = col.index || lexicon::is(runs[i], word_class::index_noun);
    // "Previous estimate", "Revision": one word or two.
    for (std::size_t n = 1; n <= 2 && i + n <= runs.size() && col.role.empty(); ++n) {
      std::string phrase = runs[i];
      if (n == 2) phrase += " " + runs[i + 1];
      const lexicon::entry* e = lexicon::find(phrase);
      if (e && e->is(word_class::column_role)) col.role = std::string(e->role);
    }
    const lexicon::entry* e = lexicon::find(runs[i]);
    if (e && e->is(word_class::series) && col.series.empty()) col.series = std::string(e->aspect);
  }
  col.basis = basis_in(col.header);
  return col;
}

// The first header row with each empty cell taken as the header to its left (a header spans
// the empty cells after it in Markdown, which has no column spans). The corner stays its own.
std::vector<table_column> spanned(const std::vector<table_column>& first) {
  std::vector<table_column> out = first;
  for (std::size_t i = 2; i < out.size(); ++i) {
    if (out[i].header.empty()) {
      const std::size_t from = out[i].from, to = out[i].to;
      out[i] = out[i - 1];
      out[i].from = from, out[i].to = to;
    }
  }
  return out;
}

// "Percentage change, December 2009 from": the period the rates below are of, named before a
// closing "from" (the row below names what they are from).
std::optional<period> rate_from(std::string_view header) {
  const std::string lower = ascii_lower(header);
  if (!std::string_view(lower).ends_with(" from")) return std::nullopt;
  const std::string_view before = std::string_view(header).substr(0, header.size() - 5);
  const std::size_t comma = before.rfind(',');
  return written_period(
      trim_blank(comma == std::string_view::npos ? before : before.substr(comma + 1)));
}

// A header above a period that names a group of columns ("Total", "EU Member States[*]"), not a
// period, a unit ("NOK Billion"), a kind ("Change in per cent"), an index, a role, a kind of
// period ("Month") or a series ("Seasonally and calendar adjusted": table_column::series).
// A name of things read as a counted unit ("Non-euro area") is no unit over periods.
bool group_header(const table_column& over) {
  const bool counted_unit = over.unit_of && over.unit_of->style == unit_style::level &&
                            !over.unit_of->dim.dimensionless() &&
                            !is_currency(over.unit_of->dim.to_string());
  return !over.header.empty() && !over.when && !over.from_to && (!over.unit_of || counted_unit) &&
         over.kind == column_kind::value && !over.index && !over.weight && over.role.empty() &&
         !over.year_to_date && !over.annual && !time_header(over.header) && over.series.empty();
}

// "| Section | Composite CPI | | CPI(A) | |" above "| | Index | % change | Index | % change |":
// two or more group headers in a row, each spanning its columns, make every column under one of
// them a column of that group, whatever the row below names (a period, a measure). One header
// alone over a table's columns is rather its caption.
bool groups_side_by_side(const std::vector<table_column>& above) {
  std::size_t groups = 0;
  for (std::size_t i = 1; i < above.size(); ++i) {
    const bool new_span = i == 1 || above[i].begin != above[i - 1].begin;
    if (new_span && group_header(above[i])) ++groups;
  }
  return groups >= 2;
}

// "Total" over a group of columns: the whole the other groups are parts of. Its words are all
// the lexicon's overall words ("Total", "Overall").
bool total_header(std::string_view header) {
  const std::vector<std::string> runs = letter_digit_runs(header);
  return !runs.empty() && std::all_of(runs.begin(), runs.end(), [](const std::string& r) {
    return lexicon::is(r, word_class::overall);
  });
}

// The letters in brackets of a header: "a" of "CPI(A)".
std::string bracketed_letters(std::string_view header) {
  std::string out;
  int depth = 0;
  for (char c : header) {
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth > 0 && is_ascii_alnum(c)) out += ascii_lower(c);
  }
  return out;
}

// "| CPI(A) | | CPI(B) | |": group headers that read alike without the letters in brackets that
// a row label's footnote mark would be are named apart by them (cpi_a, cpi_b).
void name_groups_by_marks(const folded_text& t, std::vector<table_column>& columns) {
  std::unordered_map<std::string, std::vector<std::size_t>> spans;  // key: group begins
  std::vector<std::string> keys(columns.size());
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const table_column& col = columns[c];
    if (col.group_end <= col.group_begin) continue;
    for (const word& w : label_words(t.view(), col.group_begin, col.group_end)) {
      if (w.letters()) keys[c] += std::string(w.lower) + " ";
    }
    std::vector<std::size_t>& begins = spans[keys[c]];
    if (std::find(begins.begin(), begins.end(), col.group_begin) == begins.end())
      begins.push_back(col.group_begin);
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    table_column& col = columns[c];
    if (col.group_end <= col.group_begin || spans[keys[c]].size() < 2) continue;
    col.group_mark = bracketed_letters(
        std::string_view(t.text).substr(col.group_begin, col.group_end - col.group_begin));
  }
}

// "| Group | % |", "| Province | May 2014 and May 2015, % |": a header cell above the row labels
// that is one counted noun in the singular, with no scale, names what the rows are, not their
// unit; a unit of counts there is plural or scaled ("Persons", "Thousands", "$m").
bool names_the_rows(std::string_view text) {
  const std::vector<std::string> runs = letter_digit_runs(text);
  if (runs.size() != 1 || lexicon::singular(runs[0]) != runs[0]) return false;
  quantity_error error;
  const auto u = parse_unit(trim_blank(text), error);
  return u && u->style == unit_style::level && u->scale_exp == 0 && !u->dim.dimensionless() &&
         !is_currency(u->dim.to_string());
}

// The rows above a table's data, and the lines just before it, give its unit.
struct header_reader {
  std::string_view s;
  table_model& m;

  void unit_text(std::string_view text) {
    bool percent = false, points = false;
    auto u = unit_named_in(text, &percent, &points);
    if (u && !m.level_unit) m.level_unit = u;
    if (percent) m.percent_caption = true;
    if (points) m.points_caption = true;
    // "percentage change", "annual rates": the numbers are rates; "Change in payroll
    // employment" names a change of a level, not a rate.
    bool rate_word = false;
    if (names_phrase_of(text, word_class::yoy_word) || names_year_spans_only(text))
      m.annual_rates = true;
    for (const std::string& w : letter_digit_runs(text)) {
      rate_word = rate_word || lexicon::is(w, word_class::rate_noun);
      const lexicon::entry* e = lexicon::find(w);
      if (e && e->is(word_class::counting_subject) && m.counted.empty()) m.counted = e->unit;
    }
    // "% change on the previous quarter": a percent sign with a change word says so too.
    rate_word = rate_word || text.find('%') != std::string_view::npos;
    if (kind_of_header(text) == column_kind::growth && rate_word && !u) m.percent_caption = true;
    if (m.caption_kind == column_kind::value) {
      m.caption_kind = measure_named(text);
      if (m.caption_kind == column_kind::growth && !m.caption_base)
        m.caption_base = base_named_in(text);
    }
  }

  // The caption: the corner cell (`corner_cell`), else the nearest line before the table.
  void caption(std::size_t begin, std::size_t end, bool corner_cell = false) {
    if (m.caption_end == 0 || corner_cell) m.caption_begin = begin, m.caption_end = end;
  }

  // The header cell above the row labels often is the table's caption: "Annual growth rates, %
  // (contributions to M3 growth, percentage points)". Its words outside brackets say what the
  // cells' numbers are, and its bracket what a number in brackets after them is.
  void corner(std::string_view text) {
    if (names_the_rows(text)) return;
    const std::size_t open = text.find('('), close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      unit_text(text);
      return;
    }
    unit_text(std::string(text.substr(0, open)) + " " + std::string(text.substr(close + 1)));
    m.bracket_kind = kind_of_header(text.substr(open + 1, close - open - 1));
  }

  void header_row(const std::vector<cell>& cells, bool aligned) {
    if (m.columns.empty()) {
      for (const cell& c : cells) m.columns.push_back(column_from(s, c));
      // "| Province | ... |": the rows' name is no unit of the column of labels.
      if (!cells.empty() && names_the_rows(text_of(s, cells[0]))) m.columns[0].unit_of.reset();
      // A corner cell that names the rows ("| Group | % |") is no caption: the line before the
      // table stays it ("Food: percentage change between April 2015 and May 2015").
      if (!cells.empty() && !time_header(text_of(s, cells[0]))) {
        corner(text_of(s, cells[0]));
        if (cells[0].end > cells[0].begin && !names_the_rows(text_of(s, cells[0])))
          caption(cells[0].begin, cells[0].end, true);
      }
      return;
    }
    // A second header row refines the first: "Exports" above "Sep 18 | Sep 19". An empty cell
    // of the first row goes on the header to its left ("| Percentage change, December 2009 from
    // | |" above "| November 2009 | December 2008 |").
    if (aligned) {
      aligned_header_row(cells);
      return;
    }
    const std::vector<table_column> above = spanned(m.columns);
    const bool side_by_side = groups_side_by_side(above);
    for (std::size_t i = 0; i < cells.size() && i < m.columns.size(); ++i) {
      if (cells[i].end == cells[i].begin) continue;
      m.columns[i] = refined(column_from(s, cells[i]), above[i], side_by_side);
    }
  }

  // Whitespace-aligned rows have no empty cells: a header spans the columns below it from its
  // start to the next header's ("Output PPI" over "Index  % change", "Input PPI" over the next
  // two). Each cell of the row below sits under the last header that starts at or before it.
  void aligned_header_row(const std::vector<cell>& cells) {
    constexpr std::size_t slack = 1;  // a header one column right of its cells' start
    const std::vector<table_column> above = m.columns;
    const bool side_by_side = groups_side_by_side(above);
    std::vector<table_column> out;
    for (const cell& c : cells) {
      const table_column* over = nullptr;
      for (const table_column& col : above) {
        if (col.from <= c.from + slack) over = &col;
      }
      out.push_back(over ? refined(column_from(s, c), *over, side_by_side) : column_from(s, c));
    }
    if (!out.empty()) m.columns = std::move(out);
  }

  // A header cell read with the header above it: what it leaves unsaid (flow, kind, unit,
  // period) comes from there, and a header above that names a group makes the column one of it.
  table_column refined(table_column col, const table_column& over, bool side_by_side) {
    const bool group = (col.when || side_by_side) && group_header(over);
    if (col.flow.empty()) col.flow = over.flow;
    if (col.kind == column_kind::value) col.kind = over.kind;
    if (!col.unit_of && !group) col.unit_of = over.unit_of;
    col.annual = col.annual || over.annual;
    col.index = col.index || over.index;
    // "December 2009 from" above "November 2009": rates of December on November.
    if (auto of = rate_from(over.header); of && col.when && !col.when->is_range() &&
                                          col.when->freq == of->freq && col.when->last < of->last) {
      col.from_to = std::pair{*col.when, *of};
    }
    // "EU Member States" above "2021": the column is of that group, in that year.
    if (group) {
      col.group_begin = over.begin, col.group_end = over.end;
      col.group_total = total_header(over.header);
      if (col.group_total) m.total_group = true;
    }
    if (!col.when) col.when = over.when;
    if (!col.from_to) col.from_to = over.from_to;
    if (col.series.empty()) col.series = over.series;
    if (col.basis.empty()) col.basis = over.basis;
    col.year_to_date = col.year_to_date || over.year_to_date;
    return col;
  }
};

// The unit a unit row's cell names: a level ("$m", "(000)"), a rate ("%", "Percent") or
// points ("Percentage points").
std::optional<unit> unit_cell(std::string_view x) {
  bool percent = false;
  if (auto u = unit_named_in(x, &percent)) return u;
  if (percent) return unit::percent();
  quantity_error error;
  auto u = parse_unit(trim_blank(x), error);
  if (u && u->style == unit_style::points) return u;
  return std::nullopt;
}

// Year-to-date columns: "November 2024" under "so far this year" is January to November
// 2024, and so are the two months of a rate column under it. A rate column "November 2023 -
// November 2024" right after levels of January to November 2023 and 2024 is the rate between
// those: its header names the months the ranges end in.
void read_year_to_date(std::vector<table_column>& columns) {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    table_column& col = columns[c];
    bool after_ranges = false;
    if (!col.year_to_date && col.from_to && c > 0) {
      const table_column& before = columns[c - 1];
      after_ranges = before.year_to_date && before.when && before.when->is_range() &&
                     before.when->last == col.from_to->second.last &&
                     before.when->freq == col.from_to->second.freq;
    }
    if (!col.year_to_date && !after_ranges) continue;
    col.when = year_to(col.when);
    if (col.from_to)
      col.from_to = std::pair{*year_to(col.from_to->first), *year_to(col.from_to->second)};
  }
}

bool all_units(std::string_view s, const std::vector<cell>& cells) {
  bool any = false;
  for (const cell& c : cells) {
    const std::string_view x = text_of(s, c);
    if (x.empty() || (&c == &cells.front() && names_the_rows(x))) continue;
    // "| | June 2030, EUR million | June 2031, % |": a cell that names a period besides its unit
    // heads its column.
    if (const table_column col = column_from(s, c); col.when || col.from_to) return false;
    if (!unit_cell(x)) return false;
    any = true;
  }
  return any;
}

// "| | Monthly rate (%) | Annual rate (%) |": cells that name their columns' measures ("rate",
// "change", "share", "annual") besides a unit, as a header row does; a unit row ("| | $m | % |",
// "| | Percent |") names units alone.
bool names_measures(std::string_view s, const std::vector<cell>& cells) {
  for (const cell& c : cells) {
    for (const std::string& w : letter_digit_runs(text_of(s, c))) {
      const lexicon::entry* e = lexicon::find(w);
      if (e && !e->is(word_class::percent) &&
          (e->is(word_class::rate_noun) || e->is(word_class::share_noun) ||
           e->is(word_class::direction) || e->is(word_class::yoy_word)))
        return true;
    }
  }
  return false;
}

bool only_first_cell(std::string_view s, const std::vector<cell>& cells) {
  for (std::size_t i = 1; i < cells.size(); ++i) {
    if (!text_of(s, cells[i]).empty()) return false;
  }
  return !cells.empty() && !text_of(s, cells[0]).empty();
}

// Whether `a` is later than `b` as a table's current period: the later year, then the finer
// period (2017 Q1 over the year 2017), then the later one, then a single month over a range
// ending in it.
bool later(const period& a, const period& b) {
  if (a.last_year() != b.last_year()) return a.last_year() > b.last_year();
  if (a.freq != b.freq) return a.freq > b.freq;
  if (a.last != b.last) return a.last > b.last;
  return a.length() < b.length();
}

// The period a data row's leading cells name: "| 2011 | May |", "| | Apr |" (the year of the
// row above), "| November 2020 |". `carried` keeps the last one seen.
std::optional<period> row_period_of(std::string_view s, const std::vector<cell>& cells,
                                    std::optional<period>& carried) {
  std::string lead;
  for (const cell& c : cells) {
    const std::string_view x = text_of(s, c);
    if (numeric_cell(x)) break;
    if (!lead.empty()) lead += ' ';
    lead += x;
  }
  lead = folded_blanks(lead);
  if (lead.empty()) return std::nullopt;
  if (auto p = written_period(lead)) return carried = p;
  // "| GDP, volume, second quarter of 2024 |": a piece of the label between commas that is a
  // period alone says the row's period (the piece names nothing else).
  std::optional<period> piece_period;
  for (std::size_t at = 0; at < lead.size();) {
    const std::size_t comma = std::min(lead.find(',', at), lead.size());
    if (auto p = written_period(trim_blank(std::string_view(lead).substr(at, comma - at)))) {
      if (piece_period) return std::nullopt;  // two periods: a range or a comparison, unread
      piece_period = p;
    }
    at = comma + 1;
  }
  if (piece_period && lead.find(',') != std::string::npos) return carried = piece_period;
  // A month alone takes the year of the row above.
  if (!carried) return std::nullopt;
  // So does a quarter alone ("| 2017 | ... |" above "| I | ... |", "| Q2 | ... |"), under a
  // year's row or an earlier quarter's of the same year.
  if (auto q = quarter_alone(lead);
      q && !carried->is_range() &&
      (carried->freq == frequency::year ||
       (carried->freq == frequency::quarter && static_cast<int>(carried->last % 4) + 1 < *q)))
    return carried = period::quarter(carried->last_year(), *q);
  auto p = written_period(lead + " " + std::to_string(carried->last_year()));
  if (!p || p->freq != frequency::month || p->is_range()) return std::nullopt;
  return carried = p;
}

// "| | Febr | 123.3 |", "| Exports | Jan | 114.1 |": a month named alone in one of the row's
// leading cells (0 for none).
int month_in_lead(std::string_view s, const std::vector<cell>& cells) {
  for (const cell& c : cells) {
    const std::string_view x = text_of(s, c);
    if (numeric_cell(x)) break;
    if (auto m = month_alone(x)) return *m;
  }
  return 0;
}

// Where a row's leading cells end that, with its label, name its period: "| 2013 | Quarter 1 |
// 100.1 |" holds no claim in "Quarter 1". Else the label's end.
std::size_t period_cells_end(std::string_view s, const std::vector<cell>& cells) {
  std::size_t end = cells[0].end;
  std::string lead(text_of(s, cells[0]));
  for (std::size_t k = 1; k < cells.size(); ++k) {
    const std::string_view x = text_of(s, cells[k]);
    if (x.empty() || numeric_cell(x)) break;
    lead += ' ';
    lead += x;
    if (written_period(folded_blanks(lead))) end = cells[k].end;
  }
  return end;
}

bool data_row(std::string_view s, const std::vector<cell>& cells, bool labelled) {
  for (std::size_t i = labelled ? 1 : 0; i < cells.size(); ++i) {
    if (numeric_cell(text_of(s, cells[i]))) return true;
  }
  return false;
}

// More than one sentence, or one long one: "If GDP stayed at its level ..., growth would be
// 0.7%." A caption rarely ends with a full stop, and then is short.
bool sentence_like(std::string_view text) {
  constexpr std::size_t caption_bytes = 80;
  const std::string_view t = trim_blank(text);
  return !t.empty() && t.back() == '.' && t.size() > caption_bytes;
}

// "Base: February 2009=100", "(2015=100)": a line that gives only an index's base, a year (or a
// period ending in one) equal to 100, in words of periods and the lexicon's index_base words.
bool index_base_line(std::string_view text) {
  constexpr std::size_t year_digits = 4;
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos) return false;
  const std::string_view before = trim_blank(text.substr(0, equals));
  const std::string_view after = trim_blank(text.substr(equals + 1));
  if (before.size() < year_digits || !after.starts_with("100") ||
      !std::all_of(before.end() - year_digits, before.end(), is_ascii_digit))
    return false;
  for (const std::string& w : letter_digit_runs(text)) {
    if (is_ascii_digit(w.front())) continue;
    const lexicon::entry* e = lexicon::find(w);
    if (!e || !(e->is(word_class::index_base) || e->is(word_class::month) ||
                e->is(word_class::noun_time) || e->is(word_class::index_noun)))
      return false;
  }
  return true;
}

// Lines just before a table (a caption, "(Unit: Millions of YEN, %)") that are short and not
// sentences, at most one blank line apart.
void read_lines_before(const folded_text& t, const table_span& span, header_reader& h) {
  std::size_t next_begin = t.blocks[span.first_block].begin;
  for (std::size_t k = span.first_block, looked = 0; k-- > 0 && looked < 3; ++looked) {
    const block& b = t.blocks[k];
    if (b.table != table_style::none) break;
    const std::string_view gap = std::string_view(t.text).substr(b.end, next_begin - b.end);
    if (std::count(gap.begin(), gap.end(), '\n') > 2 || b.end - b.begin > 240) break;
    const std::string_view text = std::string_view(t.text).substr(b.begin, b.end - b.begin);
    // A paragraph of sentences is prose about the table, not its caption.
    if (chart_labels(text) || sentence_like(text)) break;
    // "Base: February 2009=100": the base of the table's index levels, not its caption.
    if (index_base_line(text)) {
      h.m.index_base = true;
      next_begin = b.begin;
      continue;
    }
    h.unit_text(text);
    h.caption(b.begin, b.end);
    // "Table 2. Top exports, December 2031" above "Annual change in percent": the nearest line
    // before the table that names one flow gives it to the table.
    if (h.m.caption_flow.empty())
      h.m.caption_flow = only_flow(words_between(t.view(), b.begin, b.end));
    next_begin = b.begin;
  }
}

// A unit row under the headers gives each column its own unit: "| | $m | $m | % |" makes the
// first columns millions of dollars and the last a rate. A column headed "Change" or "Change
// in Jul 2015" whose unit is a level's holds changes of that level, not rates.
// An empty cell of a unit row goes with the unit to its left over a column of the same kind,
// as a spanning cell: "| | Percent | Percentage points | |" over "Quarterly change | Annual
// change" makes both columns points; "| | bn € | |" over "Sep 19 | Growth" leaves the rates.
// "| | Million ISK | | Change on a year earlier, % |" above "| | Jan 2015 | Jan 2016 | Jan |": a
// unit row's cell in percent whose words name a change ("Change", "Increase": lexicon
// directions) over a column whose own header names no kind and no period holds rates, the
// change to the column before it (finish_columns), as if its header had said so.
bool rates_of_change(std::string_view x, const table_column& col) {
  if (col.kind != column_kind::value || col.when || !col.unit_of ||
      col.unit_of->style != unit_style::percent)
    return false;
  const std::vector<std::string> runs = letter_digit_runs(x);
  return std::any_of(runs.begin(), runs.end(), [](const std::string& w) {
    const lexicon::entry* e = lexicon::find(w);
    return e && e->is(word_class::direction) && !e->is(word_class::rate_noun);
  });
}

void read_unit_row(std::string_view s, const block& b, const std::vector<cell>& cells,
                   std::vector<table_column>& columns) {
  std::string_view last;
  std::optional<column_kind> last_kind;  // the header's kind of the column to the left
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string_view x = text_of(s, cells[i]);
    const std::optional<column_kind> kind =
        i < columns.size() ? std::optional(columns[i].kind) : std::nullopt;
    if (x.empty() && i >= 2 && b.table != table_style::aligned && kind && kind == last_kind)
      x = last;
    last = x;
    last_kind = kind;
    if (x.empty()) continue;
    table_column* col = nullptr;
    if (b.table != table_style::aligned) {
      if (i < columns.size()) col = &columns[i];
    } else {
      std::size_t overlap = 0;
      for (table_column& c : columns) {
        const std::size_t lo = std::max(c.from, cells[i].from), hi = std::min(c.to, cells[i].to);
        if (hi > lo && hi - lo > overlap) overlap = hi - lo, col = &c;
      }
    }
    // "| | At current prices, EUR million | ... |": a unit row's cell may say how its levels are
    // valued too.
    if (col && col->basis.empty()) col->basis = basis_in(x);
    if (!col || col->unit_of) continue;
    col->unit_of = unit_cell(x);
    if (!col->unit_of) continue;
    if (col->unit_of->style == unit_style::points) {
      col->kind = column_kind::points;
    } else if (rates_of_change(x, *col)) {
      col->kind = column_kind::growth;
    } else if (col->unit_of->style == unit_style::level && col->kind == column_kind::growth) {
      col->kind = column_kind::value;
      col->change = true;
    }
  }
}

// "Total goods" under "CREDITS" and again under "DEBITS": labels written more than once in a
// table keep the label of the section row above them, so that two rows are not one figure; so
// do rows of levels written negative ("Capital goods" under "DEBITS"), which prose states
// without the sign.
void mark_repeated_labels(const folded_text& t, table_model& m) {
  std::unordered_map<std::string, std::size_t> seen;
  std::vector<std::string> keys(m.rows.size());
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const table_row& row = m.rows[r];
    if (row.label_end <= row.label_begin) continue;
    for (const word& w : label_words(t.view(), row.label_begin, row.label_end)) {
      if (!w.letters()) continue;
      if (!keys[r].empty()) keys[r] += ' ';
      keys[r] += w.lower;
    }
    if (!keys[r].empty()) ++seen[keys[r]];
  }
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    m.rows[r].apart = m.rows[r].negative || (!keys[r].empty() && seen[keys[r]] >= 2);
  }
}

// Rows whose levels (two or more) are all written with a minus sign, other than balances: see
// table_row::negative.
void mark_negative_rows(const folded_text& t, table_model& m) {
  // "| Annual growth rates, % | ... |" over "| Debt securities | -1.6 | -2.9 |": a table of rates
  // holds no levels, and a rate written negative is a fall, not a debit's size.
  if (m.all_rates()) return;
  const std::string_view s = t.text;
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const block& b = t.blocks[m.first_data_block + r];
    if (b.table == table_style::aligned) continue;
    const std::vector<cell> cells = cells_of(s, b);
    std::size_t levels = 0, negative = 0;
    const std::vector<table_column>& columns = m.columns_of(m.rows[r]);
    for (std::size_t i = 1; i < cells.size() && i < columns.size(); ++i) {
      const table_column& col = columns[i];
      const std::string_view x = text_of(s, cells[i]);
      if (col.kind != column_kind::value || col.change || !numeric_cell(x) ||
          (col.unit_of && col.unit_of->style != unit_style::level))
        continue;
      ++levels;
      if (x.starts_with('-') || x.starts_with("\xE2\x88\x92")) ++negative;  // "-", "−"
    }
    // A balance is signed: "-2 460" is a deficit, and its change is a change of the balance.
    const std::string_view label = text_of(s, cells.empty() ? cell{} : cells[0]);
    const bool balance = flow_of_header(label) == "balance";
    m.rows[r].negative = levels >= 2 && negative == levels && !balance;
    m.rows[r].negative_balance = negative > 0 && balance;
  }
}

// "¹ As recommended by the ILO", "² percentage points": footnotes in the few blocks after a
// table, each a superscript mark that no word or number is glued to before it, and its words up
// to the next mark. A footnote that names points ("percentage points", "pp") gives the cells
// marked with its mark that unit.
void read_mark_units(const folded_text& t, const table_span& span, table_model& m) {
  constexpr std::size_t footnote_blocks = 4;
  const std::string_view s = t.text;
  for (std::size_t k = span.last_block + 1;
       k < t.blocks.size() && k <= span.last_block + footnote_blocks; ++k) {
    const block& b = t.blocks[k];
    if (b.table != table_style::none) break;
    const std::string_view text = trim_blank(s.substr(b.begin, b.end - b.begin));
    if (text.starts_with('#')) break;
    std::vector<std::pair<std::size_t, std::size_t>> marks;  // [begin, end) of each mark
    for (std::size_t i = b.begin; i < b.end; ++i) {
      const std::size_t n = superscript_length(s, i);
      if (n == 0) continue;
      if (i == b.begin || is_blank(s[i - 1])) marks.emplace_back(i, i + n);
      i += n - 1;
    }
    for (std::size_t j = 0; j < marks.size(); ++j) {
      const std::size_t end = j + 1 < marks.size() ? marks[j + 1].first : b.end;
      const std::string_view note = s.substr(marks[j].second, end - marks[j].second);
      if (kind_of_header(note) != column_kind::points) continue;
      m.mark_units.emplace_back(
          std::string(s.substr(marks[j].first, marks[j].second - marks[j].first)), unit::points());
    }
  }
}

// "Exports fob, total", "Total imports": a label with a word of the lexicon's overall words.
bool says_total(const std::vector<word>& label) {
  return std::any_of(label.begin(), label.end(),
                     [](const word& w) { return w.is(word_class::overall); });
}

// Whether some run of the label's words is a labour market measure of the lexicon: a ratio
// (rate_measure: "labour force participation") or, with `counts`, a count of people too
// (count_measure, person_measure: "employed persons", "labour force").
bool names_labour_measure(const std::vector<word>& label, bool counts) {
  std::vector<std::string> ws;
  for (const word& w : label) {
    if (w.letters()) ws.emplace_back(w.lower);
  }
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string phrase;
    for (std::size_t j = k; j < ws.size(); ++j) {
      phrase += (j > k ? " " : "") + ws[j];
      const lexicon::entry* e = lexicon::find(phrase);
      if (e && (e->is(word_class::rate_measure) || (counts && (e->is(word_class::count_measure) ||
                                                               e->is(word_class::person_measure)))))
        return true;
    }
  }
  return false;
}

// "| Unemployment Rate |", "| Labour force participation rate |": a label that names a labour
// market ratio, its measure (lexicon rate_measure) before its rate noun.
bool names_labour_ratio(const std::vector<word>& label) {
  return ratio_label(label) && names_labour_measure(label, false);
}

// "| By Gender |", "| By residential sector |": a row that says what the rows below it break a
// figure down by, and names no figure of its own.
bool breakdown_label(const std::vector<word>& label) {
  return label.size() > 1 && label.front().lower == "by";
}

// "| - wage and salary earners |", "| – students |": a dash and a blank before the label.
bool dashed_label(const folded_text& t, const cell& label) {
  const std::string_view text =
      trim_blank(t.view().text.substr(label.begin, label.end - label.begin));
  return text.starts_with("- ") || text.starts_with("\xE2\x80\x93 ") ||
         text.starts_with("\xE2\x80\x94 ");
}

// "| All-items excluding: energy |": a label that lists what it leaves out, which the dashed
// rows below it go on listing ("| – energy, unprocessed food |"); they are no parts of it.
bool lists_exclusions(const folded_text& t, std::size_t begin, std::size_t end) {
  if (end <= begin) return false;
  const std::vector<word> ws = label_words(t.view(), begin, end);
  return std::any_of(ws.begin(), ws.end(),
                     [](const word& w) { return w.letters() && w.is(word_class::exclusion_word); });
}

// "of which euro area", "thereof: Germany", "including Japan": a row that is a part of the
// row above it.
bool sub_row_label(const folded_text& t, const cell& label) {
  // A dash and a blank before the label mark it as much as "of which".
  if (dashed_label(t, label)) return true;
  const std::vector<word> ws = label_words(t.view(), label.begin, label.end);
  if (ws.empty()) return false;
  if (ws[0].is(word_class::sub_row_mark)) return true;
  return ws.size() > 1 && phrase_is(ws[0], ws[1], word_class::sub_row_mark);
}

}  // namespace

namespace {

// "| | Seasonally adjusted | | | |" over "| | On a quarter | On a year | On a quarter | On a
// year |": a column whose headers name no series, headed as a column of a series is (the same
// words, the same measure), holds the same measure of the other series, the original
// (unadjusted) one; never the same figures again.
void series_of_siblings(std::vector<table_column>& columns) {
  constexpr std::string_view original = "original";
  for (table_column& col : columns) {
    if (!col.series.empty() || col.header.empty()) continue;
    const bool sibling = std::any_of(columns.begin(), columns.end(), [&](const table_column& c) {
      return !c.series.empty() && c.series != original && c.kind == col.kind &&
             equal_ignoring_case(c.header, col.header);
    });
    if (sibling) col.series = original;
  }
}

// "| Oct 2020 | Sep 2020 | Oct 2019 | % change over Sep 2020 | % change over Oct 2019 |": a rate
// column whose header names its base is the rate on that base of the latest period to its left
// (of the base's frequency, later than it), not of the nearest column: Oct 2020 on Sep 2020, and
// Oct 2020 on Oct 2019. Whether such a period is there.
bool rate_of_named_base(std::vector<table_column>& columns, std::size_t c) {
  table_column& col = columns[c];
  if (!col.named_base) return false;
  const period base = *col.named_base;
  std::optional<period> of;
  for (std::size_t k = 0; k < c; ++k) {
    const std::optional<period>& w = columns[k].when;
    if (!w || w->freq != base.freq || w->is_range() != base.is_range() || !(base.last < w->last))
      continue;
    if (!of || of->last < w->last) of = w;
  }
  if (!of) return false;
  col.rate_of = of;
  col.rate_base = base;
  return true;
}

// What the rows above the data say of each column, once its unit is known: a neutral
// "Change" in a table of money is a change of the level; a rate column's period and base.
void finish_columns(table_model& m, std::vector<table_column>& columns) {
  read_year_to_date(columns);
  series_of_siblings(columns);
  // "| Billions of dollars | April 2023 | March 2023 | Change |": a change of the level. So
  // too under a caption naming a level's unit and "%" ("(thousand persons, %)") when other
  // columns name their rates ("Change | Change rate"), or when it names points too ("(Thousand
  // persons, %, percentage points)": levels, rates, and the rates' changes): the neutral one is
  // not a rate, but a change of each row's level in the row's unit (points for a rate's row).
  const bool rates_named = std::any_of(columns.begin(), columns.end(), [](const auto& col) {
    return col.kind == column_kind::growth && !col.neutral_change;
  });
  for (table_column& col : columns) {
    if (col.neutral_change && col.kind == column_kind::growth && !col.unit_of && m.level_unit &&
        (!m.percent_caption || rates_named || m.points_caption)) {
      col.kind = column_kind::value;
      col.change = true;
    }
    if ((col.change || col.kind == column_kind::points) && !col.when && col.named_base)
      col.rate_base = col.named_base;
    // "| Country | % |" under "Share of total exports, %": a column headed by a unit alone holds
    // the measure its caption names.
    if (col.kind == column_kind::growth && m.caption_kind == column_kind::share &&
        !col.header.empty() && measure_named(col.header) == column_kind::value)
      col.kind = column_kind::share;
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    table_column& col = columns[c];
    // "| | Dec Qtr 2019 to Mar Qtr 2020 | Mar Qtr 2019 to Mar Qtr 2020 |" over "% change": rates
    // of March quarter 2020 on the quarter before and on a year earlier.
    if (col.from_to && col.kind == column_kind::growth) {
      col.when = col.rate_of = col.from_to->second;
      col.rate_base = col.from_to->first;
    }
    if (col.when) {
      if (!m.latest || later(*col.when, *m.latest)) m.latest = col.when;
    }
    if (col.when || col.kind != column_kind::growth) continue;
    if (rate_of_named_base(columns, c)) continue;
    std::optional<period> of, base;
    for (std::size_t k = c; k-- > 0 && !base;) {
      if (!columns[k].when) continue;
      if (!of) {
        of = columns[k].when;
      } else if (columns[k].when->freq == of->freq) {
        base = columns[k].when;
      }
    }
    // "May.2008 | May.2007 | Percent Change": the later of the two is the rate's period.
    if (of && base && base->last > of->last) std::swap(of, base);
    col.rate_of = of;
    col.rate_base = base;
  }
}

// Under a line giving an index's base ("Base: February 2009=100"), a column whose header names
// no rate, share, change or unit of its own ("Overall CPI") holds the index's levels.
void index_columns_under_base(std::vector<table_column>& columns) {
  for (std::size_t c = 1; c < columns.size(); ++c) {
    table_column& col = columns[c];
    if (col.kind == column_kind::value && !col.change && !col.unit_of && !col.weight &&
        col.role.empty() && !col.header.empty() && !time_header(col.header))
      col.index = true;
  }
}

// A column whose own header (or the one it sits under) names levels: an index ("Index for Feb
// 99", "Index (2010=100)") or a level's unit ("Million ISK"), and no rate, share or change.
bool levels_by_header(const table_column& col) {
  if (col.kind != column_kind::value || col.change || col.header.empty()) return false;
  return col.index || (col.unit_of && col.unit_of->style == unit_style::level);
}

}  // namespace

std::vector<table_model> read_tables(const folded_text& t) {
  std::vector<table_model> out;
  const std::string_view s = t.text;
  for (const table_span& span : t.tables) {
    table_model m;
    header_reader h{s, m};
    read_lines_before(t, span, h);
    m.first_data_block = span.last_block + 1;
    m.last_block = span.last_block;
    bool in_data = false;
    std::optional<period> row_period;
    column_kind section = column_kind::value;
    // The label of the last row not marked as a part (folded offsets; empty for none).
    std::size_t parent_begin = 0, parent_end = 0;
    bool parent_percent = false;        // ... whose label names its unit, "%"
    std::size_t parent_row = SIZE_MAX;  // ... its index in m.rows
    // The label of the last section row ("| CREDITS | | |"), folded offsets.
    std::size_t section_begin = 0, section_end = 0;
    bool flow_section = false;  // ... a row of a flow alone, with numbers (table_row)
    // The last section row that is not a row of a flow ("| Goods | | |"), and the unit and
    // measure it names, if any.
    std::size_t outer_begin = 0, outer_end = 0;
    label_measure section_measure;
    // The heading row without figures of a labour market ratio ("| Unemployment Rate | | |"),
    // which the rows below it break down (table_row::ratio_part); empty for none.
    std::size_t ratio_begin = 0, ratio_end = 0;
    bool total_block = false;  // ... which says it is the total: rows below are its parts
    // Whether the table's first labelled row of numbers is a flow alone ("| Exports | 165.8 |"):
    // only a table laid out by flows has such rows head the rows below them. In "| GDP | ... |"
    // above "| Imports |" and "| Household consumption |", imports are one component of many.
    std::optional<bool> laid_out_by_flows;
    std::vector<cell> unit_row;
    const block* unit_block = nullptr;
    std::vector<std::pair<std::vector<cell>, const block*>> band_rows;  // unit rows in the data
    std::size_t most_numbers = 0;  // the most numbers a data row holds
    // Whether the first row after block `from` that is not blank holds data.
    auto next_is_data = [&](std::size_t from) {
      for (std::size_t j = from + 1; j <= span.last_block; ++j) {
        const std::vector<cell> next = cells_of(s, t.blocks[j]);
        const bool blank = std::all_of(next.begin(), next.end(), [&](const cell& c) {
          return text_of(s, c).empty() || separator_cell(text_of(s, c));
        });
        if (!blank) return data_row(s, next, !next.empty() && !numeric_cell(text_of(s, next[0])));
      }
      return false;
    };
    for (std::size_t k = span.first_block; k <= span.last_block; ++k) {
      const block& b = t.blocks[k];
      const std::vector<cell> cells = cells_of(s, b);
      const bool empty = std::all_of(cells.begin(), cells.end(), [&](const cell& c) {
        return text_of(s, c).empty() || separator_cell(text_of(s, c));
      });
      const bool labelled = !cells.empty() && !numeric_cell(text_of(s, cells[0]));
      if (!in_data && !empty && data_row(s, cells, labelled)) {
        in_data = true;
        m.first_data_block = k;
      }
      if (!in_data) {
        if (empty) continue;
        // "| Labour force participation rate | | |" and "| By Gender | | |" between the headers
        // and the first row of figures head the breakdown of a ratio, as among the data: they
        // name no unit of the table.
        if (m.header_block != SIZE_MAX && only_first_cell(s, cells)) {
          const std::vector<word> label = label_words(t.view(), cells[0].begin, cells[0].end);
          if (names_labour_ratio(label)) {
            ratio_begin = cells[0].begin, ratio_end = cells[0].end;
            continue;
          }
          if (ratio_end > ratio_begin && breakdown_label(label)) continue;
        }
        // A first row of headers that give units ("| | Monthly rate (%) | Annual rate (%) |")
        // right above the data is the header row: each column's measure and span are its own,
        // not the table's.
        // So is a first row of units under a header naming the rows ("| Partner | US$ m | EUR bn
        // |"): each column keeps its own unit.
        const bool header_of_units = m.columns.empty() && !cells.empty() &&
                                     ((text_of(s, cells[0]).empty() && names_measures(s, cells)) ||
                                      names_the_rows(text_of(s, cells[0]))) &&
                                     next_is_data(k);
        if (all_units(s, cells) && !header_of_units) {
          for (const cell& c : cells) {
            if (&c != &cells.front() || !names_the_rows(text_of(s, c))) h.unit_text(text_of(s, c));
          }
          unit_row = cells;
          unit_block = &b;
        } else if (only_first_cell(s, cells)) {
          h.unit_text(text_of(s, cells[0]));
        } else {
          m.header_block = k;
          h.header_row(cells, b.table == table_style::aligned);
        }
        continue;
      }
      // "| | (000) | Percent | |": the rows below it have units of their own.
      if (!empty && !cells.empty() && text_of(s, cells[0]).empty() && all_units(s, cells)) {
        band_rows.push_back({cells, &b});
        m.rows.emplace_back();
        m.rows.back().unit_row = true;
        continue;
      }
      // A section row ("Contributions:") gives the rows below it their kind.
      if (!empty && only_first_cell(s, cells) && !data_row(s, cells, false)) {
        section = kind_of_header(text_of(s, cells[0]));
        section_begin = cells[0].begin, section_end = cells[0].end;
        outer_begin = section_begin, outer_end = section_end;
        flow_section = false;
        // "| Year-on-year growth (%) | | |": a section row naming a unit and measure gives them
        // to the rows below it that name none.
        section_measure = measure_of_label(text_of(s, cells[0]));
        // A ratio's heading starts its breakdown; a row that says what it is broken down by
        // goes on with it, and any other section row ends it.
        const std::vector<word> label = label_words(t.view(), cells[0].begin, cells[0].end);
        if (names_labour_ratio(label)) {
          ratio_begin = cells[0].begin, ratio_end = cells[0].end;
          section = column_kind::value;  // a ratio's level, not a rate of change
        } else if (!breakdown_label(label)) {
          ratio_begin = ratio_end = 0;
        }
      }
      if (empty) ratio_begin = ratio_end = 0;
      // A blank row or a section row ends a block of a total's parts.
      if (empty || only_first_cell(s, cells)) total_block = false;
      most_numbers = std::max<std::size_t>(
          most_numbers,
          static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [&](const cell& c) {
            return numeric_cell(text_of(s, c));
          })));
      m.rows.push_back({row_period_of(s, cells, row_period), section});
      if (!m.rows.back().when) m.rows.back().month = month_in_lead(s, cells);
      m.rows.back().band = band_rows.size();
      m.rows.back().section_begin = section_begin, m.rows.back().section_end = section_end;
      m.rows.back().flow_section = flow_section;
      // "| Exports | 165.8 |" above "| Crude oil | 37.9 |": a row of a flow alone, with its
      // numbers, heads the rows below it as a section row does, until a total ("| All trade
      // |") or the next such row.
      if (labelled && !empty && data_row(s, cells, true)) {
        const std::vector<word> label = label_words(t.view(), cells[0].begin, cells[0].end);
        if (!laid_out_by_flows) laid_out_by_flows = !flow_label(label).empty();
        if (*laid_out_by_flows && !flow_label(label).empty()) {
          // "| Imports |" after "| Exports |"'s parts heads a section of its own, within the
          // section row above both, not within the exports.
          m.rows.back().section_begin = outer_begin, m.rows.back().section_end = outer_end;
          m.rows.back().flow_section = false;
          section_begin = cells[0].begin, section_end = cells[0].end;
          flow_section = true;
          total_block = says_total(label);
        } else if (flow_section && first_flow(label) == "total") {
          section_begin = section_end = 0;
          flow_section = false;
          total_block = false;
        } else {
          m.rows.back().part_of_total = total_block && !sub_row_label(t, cells[0]);
        }
      }
      if (labelled) {
        table_row& r = m.rows.back();
        r.label_begin = cells[0].begin, r.label_end = cells[0].end;
        r.percent = percent_label(text_of(s, cells[0]));
        const label_measure said = measure_of_label(text_of(s, cells[0]));
        r.label_unit = said.unit_of, r.label_kind = said.kind;
        r.label_annual = said.annual, r.label_index = said.index;
        r.label_base = said.base;
        if (!r.label_unit && !r.label_index) {
          r.label_unit = section_measure.unit_of, r.label_kind = section_measure.kind;
          r.label_annual = section_measure.annual, r.label_index = section_measure.index;
          r.label_base = section_measure.base;
          // ... and when they are rates, shares or points, its kind tells the rows below it
          // from the same rows of levels: the section is no segment of their ids.
          r.measure_section = section_measure.unit_of &&
                              section_measure.unit_of->style != unit_style::level &&
                              section_measure.kind != column_kind::value;
        }
      }
      // "| Male | 3.3 |" under "| Unemployment Rate |" and "| By Gender |": the ratio of that
      // part. A row that names a measure of its own ("| Employment rate | 55.0 |", "| Employed
      // persons | 812 |") or a level's unit ("| Unemployed (thousands) |") ends the breakdown.
      if (labelled && ratio_end > ratio_begin && data_row(s, cells, true)) {
        const std::optional<unit>& own = m.rows.back().label_unit;
        if (names_labour_measure(label_words(t.view(), cells[0].begin, cells[0].end), true) ||
            (own && own->style == unit_style::level)) {
          ratio_begin = ratio_end = 0;
        } else {
          table_row& r = m.rows.back();
          r.ratio_part = true;
          r.measure_section = true;
          r.percent = true;  // a labour market ratio is a percentage
        }
      }
      if (!labelled) {
        parent_begin = parent_end = 0;
        parent_row = SIZE_MAX;
      } else if (dashed_label(t, cells[0]) && lists_exclusions(t, parent_begin, parent_end)) {
        // "| – energy, unprocessed food |" under "| All-items excluding: energy |": the list
        // goes on; the row is neither a part nor the parent of the next dashed row.
      } else if (!sub_row_label(t, cells[0])) {
        parent_begin = cells[0].begin, parent_end = cells[0].end;
        parent_percent = m.rows.back().percent;
        parent_row = m.rows.size() - 1;
      } else {
        table_row& r = m.rows.back();
        r.parent_begin = parent_begin;
        r.parent_end = parent_end;
        // "| - Female | 35.0 |" under "| Participation rate (%) |": a part of a row in percent
        // is in percent too, and a part of a row in millions of dollars in millions of dollars.
        r.percent = r.percent || parent_percent;
        if (parent_row < m.rows.size() - 1 && !r.label_unit && !r.label_index) {
          const table_row& parent = m.rows[parent_row];
          r.label_unit = parent.label_unit, r.label_kind = parent.label_kind;
          r.label_annual = parent.label_annual, r.label_index = parent.label_index;
          r.label_base = parent.label_base;
        }
      }
      // The ratio's heading is what a row of its breakdown is a part of.
      if (m.rows.back().ratio_part && m.rows.back().parent_end <= m.rows.back().parent_begin) {
        m.rows.back().parent_begin = ratio_begin;
        m.rows.back().parent_end = ratio_end;
      }
    }
    m.one_number_per_row = most_numbers == 1;
    name_groups_by_marks(t, m.columns);
    for (const auto& [cells, b] : band_rows) {
      m.bands.push_back(m.columns);
      read_unit_row(s, *b, cells, m.bands.back());
    }
    if (unit_block) read_unit_row(s, *unit_block, unit_row, m.columns);
    if (m.caption_end > m.caption_begin)
      if (std::string flow = only_flow(words_between(t.view(), m.caption_begin, m.caption_end));
          !flow.empty())
        m.caption_flow = flow;
    finish_columns(m, m.columns);
    for (std::vector<table_column>& band : m.bands) finish_columns(m, band);
    if (m.index_base) index_columns_under_base(m.columns);
    m.level_columns = std::any_of(m.columns.begin(), m.columns.end(), levels_by_header);
    m.rate_columns = std::any_of(m.columns.begin(), m.columns.end(), [](const table_column& c) {
      return c.kind == column_kind::growth && !c.change;
    });
    mark_negative_rows(t, m);
    mark_repeated_labels(t, m);
    read_mark_units(t, span, m);
    out.push_back(std::move(m));
  }
  return out;
}

namespace {

// The words of a group's header as prose would name it, one blank before and after each:
// " composite cpi ", " cpi a " for "CPI(A)" named apart by its mark.
std::string group_key(const prose& p, const table_column& col) {
  std::string key = " ";
  for (const word& w : label_words(p, col.group_begin, col.group_end)) {
    if (w.letters() && !w.is(word_class::joiner)) key += std::string(w.lower) + " ";
  }
  if (!col.group_mark.empty()) key += col.group_mark + " ";
  return key;
}

}  // namespace

const table_column* group_named_in(const prose& p, const table_model& m, std::size_t from,
                                   std::size_t to) {
  std::string said = " ";
  for (const word& w : words_between(p, from, to)) {
    if (w.letters() && !w.is(word_class::joiner)) said += std::string(w.lower) + " ";
  }
  // The group named last before the number: "the rate for women rose to 5.2 percent, while
  // the rate for men fell to 4.8 percent" gives 4.8 to men. Of two names ending at one place
  // ("Composite CPI" and "CPI"), the longer; two groups named alike are no answer.
  const table_column* best = nullptr;
  std::size_t best_end = 0, best_length = 0;
  bool tie = false;
  for (const table_column& col : m.columns) {
    if (col.group_end <= col.group_begin || (best && best->group_begin == col.group_begin))
      continue;
    const std::string key = group_key(p, col);
    const std::size_t at = key.size() < 3 ? std::string::npos : said.rfind(key);
    if (at == std::string::npos) continue;
    const std::size_t end = at + key.size();
    if (end < best_end || (end == best_end && key.size() < best_length)) continue;
    tie = end == best_end && key.size() == best_length;
    best = &col, best_end = end, best_length = key.size();
  }
  return tie ? nullptr : best;
}

std::size_t claims_begin(const folded_text& t, const std::vector<table_model>& tables,
                         const block& b) {
  if (b.table == table_style::none || b.table_index >= tables.size()) return b.begin;
  const table_model& m = tables[b.table_index];
  const std::size_t index = static_cast<std::size_t>(&b - t.blocks.data());
  if (index < m.first_data_block) return b.end;
  if (index - m.first_data_block < m.rows.size() && m.rows[index - m.first_data_block].unit_row)
    return b.end;
  const std::string_view s = t.text;
  const std::vector<cell> cells = cells_of(s, b);
  if (cells.empty() || numeric_cell(text_of(s, cells[0]))) return b.begin;
  return period_cells_end(s, cells);
}

std::optional<table_cell> cell_of(const folded_text& t, const std::vector<table_model>& tables,
                                  const block& b, std::size_t at) {
  if (b.table == table_style::none || b.table_index >= tables.size()) return std::nullopt;
  const table_model& m = tables[b.table_index];
  const std::size_t index = static_cast<std::size_t>(&b - t.blocks.data());
  if (index < m.first_data_block || index > m.last_block) return std::nullopt;
  const std::string_view s = t.text;
  const std::vector<cell> cells = cells_of(s, b);
  if (cells.empty()) return std::nullopt;
  const bool labelled = !numeric_cell(text_of(s, cells[0]));
  std::size_t i = 0;
  while (i < cells.size() &&
         !(at >= cells[i].begin && at < std::max(cells[i].end, cells[i].begin + 1)))
    ++i;
  if (i == cells.size() || (labelled && i == 0)) return std::nullopt;
  table_cell out;
  out.table = &m;
  {
    std::size_t k = at;
    while (k > cells[i].begin && is_blank(s[k - 1])) --k;
    const std::string_view before = s.substr(cells[i].begin, k - cells[i].begin);
    out.bracketed =
        before.ends_with('(') && before.find_first_of("0123456789") != std::string_view::npos;
  }
  if (labelled) out.label = label_words(t.view(), cells[0].begin, cells[0].end);
  const table_row& row = m.rows[index - m.first_data_block];
  if (row.unit_row) return std::nullopt;
  const std::vector<table_column>& columns = m.columns_of(row);
  if (b.table == table_style::aligned) {
    // Aligned columns are matched by position: the header cell overlapping this one most.
    std::size_t best = SIZE_MAX, overlap = 0;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      const std::size_t lo = std::max(columns[k].from, cells[i].from);
      const std::size_t hi = std::min(columns[k].to, cells[i].to);
      if (hi > lo && hi - lo > overlap) overlap = hi - lo, best = k;
    }
    if (best != SIZE_MAX) out.column = &columns[best];
  } else if (i < columns.size()) {
    out.column = &columns[i];
  }
  if (row.parent_end > row.parent_begin)
    out.parent_label = label_words(t.view(), row.parent_begin, row.parent_end);
  if (row.section_end > row.section_begin)
    out.section_label = label_words(t.view(), row.section_begin, row.section_end);
  out.section_apart = row.apart;
  out.percent_row = row.percent;
  out.row_unit = row.label_unit;
  out.row_kind = row.label_kind;
  out.row_annual = row.label_annual;
  out.row_index = row.label_index;
  out.measure_section = row.measure_section;
  out.ratio_part = row.ratio_part;
  out.flow_section = row.flow_section;
  out.part_of_total = row.part_of_total;
  out.kind = row.section;
  out.when = row.when;
  out.row_when = row.when;
  if (out.column) {
    // A section row of points ("| Contributions to GDP growth (points): | |") says what its
    // rows hold under a column of rates ("% change on the previous quarter").
    const bool section_points =
        row.section == column_kind::points && out.column->kind == column_kind::growth;
    if (out.column->kind != column_kind::value && !section_points) out.kind = out.column->kind;
    out.change = out.column->change;
    out.negative_row = row.negative;
    out.negative_balance = row.negative_balance;
    if (out.column->when) out.when = out.column->when;
    if (out.bracketed && m.bracket_kind != column_kind::value) out.kind = m.bracket_kind;
    if (out.column->rate_of) out.when = out.column->rate_of;
    out.base = out.column->rate_base;
  }
  // "| Change on June 2030, % | 2.3 |": a rate's row that names its base, under a column that
  // names no measure.
  if (!out.base && row.label_base && (!out.column || out.column->kind == column_kind::value))
    out.base = row.label_base;
  // "percentage change on June 2030" above the table: what its rates compare with, when neither
  // their column nor their row says.
  if (!out.base && !(out.column && (out.column->rate_of || out.column->from_to)))
    out.base = m.caption_base;
  if (out.column) {
    // "| | Febr | 123.3 |" under "2021": February 2021 (a row of a month, columns of years).
    const std::optional<period>& year = out.column->when;
    if (!row.when && row.month > 0 && year && !out.column->rate_of &&
        year->freq == frequency::year && !year->is_range())
      out.when = period::month(year->last_year(), row.month);
    if (out.column->group_end > out.column->group_begin) {
      out.group_label = label_words(t.view(), out.column->group_begin, out.column->group_end);
      out.group_of_total = m.total_group;
      out.group_is_total = out.column->group_total;
      out.group_mark = out.column->group_mark;
    }
  }
  return out;
}

namespace {

// A label's or a phrase's words as the index keys them: its words of letters (with their
// digits: "EU28"), lower case, one space apart. Punctuation and "&" fall away, so "Food,
// alcohol & tobacco" in prose and in a row label are one key.
void add_key_word(std::string& key, const word& w) {
  if (!w.letters() || w.is(word_class::joiner)) return;
  if (!key.empty()) key += ' ';
  key += w.lower;
}

// Longer labels than this are not looked for in prose.
constexpr std::size_t max_label_words = 8;

}  // namespace

namespace {

// The key of a label's words before its last "and" or "or", or "" when that leaves fewer than
// two words or the label has none.
std::string label_head(const prose& p, const table_row& r) {
  constexpr std::size_t fewest_words = 2;
  const std::vector<word> ws = label_words(p, r.label_begin, r.label_end);
  std::size_t last_joiner = ws.size();
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (ws[i].letters() && ws[i].is(word_class::joiner)) last_joiner = i;
  }
  if (last_joiner == ws.size()) return "";
  std::string key;
  std::size_t words = 0;
  for (std::size_t i = 0; i < last_joiner; ++i) {
    if (ws[i].letters() && !ws[i].is(word_class::joiner)) ++words;
    add_key_word(key, ws[i]);
  }
  return words >= fewest_words ? key : "";
}

// "Food & Non-Alcoholic Beverages", "Housing, Water, Electricity, Gas and other Fuels": a label
// that lists its parts is named by its first item too ("food", "housing"), its words before
// the first joiner ("&", ",", "and").
std::string label_first_item(const prose& p, const table_row& r) {
  const std::vector<word> ws = label_words(p, r.label_begin, r.label_end);
  std::string key;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    // "&" may be no word of its own: it is read from the text between two words.
    const std::string_view gap =
        i == 0 ? std::string_view{} : p.text.substr(ws[i - 1].end, ws[i].begin - ws[i - 1].end);
    const bool joiner = ws[i].lower == "&" || ws[i].lower == "," ||
                        gap.find('&') != std::string_view::npos ||
                        (ws[i].letters() && ws[i].is(word_class::joiner));
    if (joiner) return key;
    add_key_word(key, ws[i]);
  }
  return "";
}

}  // namespace

row_index::row_index(const folded_text& t, const std::vector<table_model>& tables) {
  const prose p = t.view();
  std::vector<std::pair<std::string, named_row>> heads;
  for (const table_model& m : tables) {
    for (const table_row& r : m.rows) {
      if (r.label_end <= r.label_begin || r.when || r.month > 0) continue;
      std::string key;
      std::size_t words = 0;
      for (const word& w : label_words(p, r.label_begin, r.label_end)) {
        if (w.letters()) ++words;
        add_key_word(key, w);
      }
      if (key.empty() || words > max_label_words || written_period(key)) continue;
      longest_ = std::max(longest_, words);
      by_words_.try_emplace(key, named_row{&m, r.label_begin, r.label_end, 0, 0, &r});
      // "Fish, crustaceans, molluscs and prep. thereof" is named by its head too, the words
      // before its last joiner ("Fish, crustaceans and molluscs"), when those are two or more.
      const std::string head = label_head(p, r);
      if (!head.empty())
        heads.push_back({head, named_row{&m, r.label_begin, r.label_end, 0, 0, &r}});
      if (const std::string first = label_first_item(p, r); !first.empty() && first != head)
        heads.push_back({first, named_row{&m, r.label_begin, r.label_end, 0, 0, &r}});
    }
  }
  // A head that is some other row's label, or the head of two rows, names none of them.
  std::unordered_map<std::string, std::size_t> head_count;
  for (const auto& [head, row] : heads) ++head_count[head];
  for (const auto& [head, row] : heads) {
    if (head_count[head] == 1) by_words_.try_emplace(head, row);
  }
}

std::optional<row_index::named_row> row_index::named_before(const prose& p, std::size_t from,
                                                            std::size_t at) const {
  if (by_words_.empty() || at <= from) return std::nullopt;
  // The letter words before `at`, in text order; no further back than the subject window.
  std::vector<word> ws;
  for (const word& w : words_before(p, at, from, window::subject)) {
    if (w.letters()) ws.push_back(w);
  }
  // Ending nearest `at` first; at one end, the longest label first.
  for (std::size_t end = ws.size(); end > 0; --end) {
    const std::size_t shortest_start = end - 1;
    const std::size_t earliest = end > longest_ ? end - longest_ : 0;
    for (std::size_t start = earliest; start <= shortest_start; ++start) {
      std::string key;
      for (std::size_t k = start; k < end; ++k) add_key_word(key, ws[k]);
      if (auto hit = by_words_.find(key); hit != by_words_.end()) {
        named_row out = hit->second;
        out.named_begin = ws[start].begin;
        out.named_end = ws[end - 1].end;
        return out;
      }
    }
  }
  return std::nullopt;
}

}  // namespace crossfoot::extract_detail
