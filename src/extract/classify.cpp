// What each quantity of a block is: its qualifier, kind, sign and unit, read from the words
// around it through the lexicon. Every look at the text is bounded, so a block is read in
// linear time.
#include <algorithm>

#include "extract/detail/found.hpp"
#include "extract/detail/periods.hpp"
#include "extract/detail/subject.hpp"
#include "extract/detail/table.hpp"
#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

namespace {

using lexicon::word_class;

// How far back, in bytes, an amount in brackets looks for the lead-in naming its scale.
constexpr std::size_t lead_in_reach = 300;

bool percent_like(const found& f) {
  return f.q.written_unit.style == unit_style::percent;
}

std::string head_of(const std::string& noun) {
  return lexicon::singular(head_word(noun));
}

// Whether a percent sign or word follows a number that ends at `at`: "1.1%", "1.1 per cent".
bool percent_follows(const prose& p, std::size_t at, std::size_t end) {
  while (at < end && is_blank(p.text[at])) ++at;
  if (at < end && p.text[at] == '%') return true;
  const std::vector<word> next = words_after(p, at, end, 2);
  if (next.empty()) return false;
  return next.front().is(word_class::percent) ||
         (next.size() == 2 && phrase_is(next[0], next[1], word_class::percent));
}

// "participation" of "participation rate": a word that names what a ratio is of, not a change
// ("growth rate", "annual rate"), another rate word nor a time ("Quarter-on-quarter rate" read
// as runs of letters ends in "quarter rate"). A word the lexicon lacks names a thing.
bool names_what_a_ratio_is_of(const lexicon::entry* of) {
  return !of || (!of->is(word_class::growth_noun) && !of->is(word_class::yoy_word) &&
                 !of->is(word_class::direction) && !of->is(word_class::rate_noun) &&
                 !of->is(word_class::rate_span) && !of->is(word_class::noun_time));
}

bool names_a_ratio(const lexicon::entry* rate) {
  return rate && rate->is(word_class::rate_noun) && !rate->is(word_class::percent);
}

}  // namespace

bool ratio_label(const std::vector<word>& label) {
  std::size_t last = label.size();
  while (last > 0 && !label[last - 1].letters()) --last;
  if (last < 2) return false;
  const word& rate = label[last - 1];
  const word& of = label[last - 2];
  return names_a_ratio(rate.entry()) && of.letters() && names_what_a_ratio_is_of(of.entry());
}

bool header_names_a_ratio(std::string_view header) {
  const std::vector<std::string> runs = letter_digit_runs(header);
  std::size_t last = runs.size();
  while (last > 0 && !is_ascii_letter(runs[last - 1].front())) --last;
  if (last < 2 || !is_ascii_letter(runs[last - 2].front())) return false;
  // "Monthly rate (%)": the two words may name a rate over a span together (lexicon phrases).
  const lexicon::entry* phrase = lexicon::find(runs[last - 2] + " " + runs[last - 1]);
  return names_a_ratio(lexicon::find(runs[last - 1])) &&
         names_what_a_ratio_is_of(lexicon::find(runs[last - 2])) &&
         names_what_a_ratio_is_of(phrase);
}

namespace {

// "| Participation rate, 15 and over, % |": a label that names a ratio before its first comma,
// and after it the population the ratio is of, names that ratio.
bool ratio_label_before_comma(const std::vector<word>& label) {
  const auto comma =
      std::find_if(label.begin(), label.end(), [](const word& w) { return w.lower == ","; });
  return comma != label.end() && ratio_label(std::vector<word>(label.begin(), comma));
}

// "| | Share of the labour force | Participation rate | Share of the employed |" under a caption
// in "%": a column whose header names a ratio holds that ratio's levels (shares).
bool ratio_header(const table_column* col) {
  return col && header_names_a_ratio(col->header);
}

// The qualifier a phrase of two words gives, before the number ("more than") or after it
// ("at most"), as the lexicon says.
std::optional<qualifier> phrase_qualifier(const word& first, const word& second, word_class c) {
  const std::string phrase = std::string(first.lower) + " " + std::string(second.lower);
  const lexicon::entry* e = lexicon::find(phrase);
  if (!e || !e->is(c)) return std::nullopt;
  return e->qual;
}

// "the rate went up to 5.3 percent", and in a headline "Unemployment rate up to 5.3 percent":
// a direction word of a qualifying phrase after a verb, or after the subject in a heading, is
// the way the figure moved to its level, not a bound.
bool moved_up_to(const prose& p, const block& b, const found& f, const word& first) {
  if (!first.is(word_class::direction)) return false;
  const std::vector<word> before = words_before(p, first.begin, f.lead_begin, window::next_word);
  if (before.empty() || !before.back().letters()) return false;
  const word& w = before.back();
  if (w.is(word_class::verb) || w.is(word_class::direction)) return true;
  // "picked up to +0.9%": a verb by its ending.
  if (ends_in_ed(w.lower) && !w.is(word_class::filler)) return true;
  return b.heading && !w.is(word_class::preposition) && !w.is(word_class::filler);
}

// Moves the claim's start over a qualifier written just before it ("more than RMB 5
// trillion"); verbs that qualify ("exceeded 10,000") set the qualifier but stay outside.
void read_qualifier(const prose& p, const block& b, found& f) {
  if (f.q.qual == qualifier::none) {
    std::vector<word> before = words_before(p, f.begin, f.lead_begin, window::qualifier);
    std::optional<qualifier> q;
    if (before.size() == 2) q = phrase_qualifier(before[0], before[1], word_class::qualifier);
    if (q && moved_up_to(p, b, f, before[0])) return;
    if (q) {
      f.begin = before[0].begin;
    } else if (!before.empty() && before.back().is(word_class::qualifier)) {
      q = before.back().entry()->qual;
      if (before.back().is(word_class::qualifier_inside)) f.begin = before.back().begin;
    }
    if (q) f.q.qual = *q;
  }
  if (f.q.qual != qualifier::none) return;
  std::vector<word> after = words_after(p, f.end, f.sentence_end, window::qualifier);
  if (after.size() == 2) {
    if (auto q = phrase_qualifier(after[0], after[1], word_class::qualifier_after)) f.q.qual = *q;
  }
}

// The words that introduce a claim, nearest first, without its own qualifier.
std::vector<word> lead(const prose& p, const found& f) {
  std::vector<word> ws = words_before(p, f.begin, f.lead_begin, window::lead);
  std::reverse(ws.begin(), ws.end());
  return ws;
}

// Only ", or" or an opening bracket between a change and its rate.
bool rate_of_change_lead(const std::vector<word>& ws) {
  return std::all_of(ws.begin(), ws.end(), [](const word& w) {
    return w.lower == "," || w.lower == "or" || w.lower == "(" || w.lower == "by";
  });
}

bool only_joiners(const std::vector<word>& ws) {
  return std::all_of(ws.begin(), ws.end(), [](const word& w) { return w.is(word_class::joiner); });
}

// A share names its whole after "of": "20% of China's total import value".
void read_denominator(const prose& p, found& f) {
  std::vector<word> ws = words_after(p, f.end, f.sentence_end, window::denominator);
  if (ws.empty() || ws.front().lower != "of") return;
  // "the 2.0% of August 2018": a month after "of" is the rate's period, not its whole.
  if (ws.size() > 1 && ws[1].is(word_class::month)) return;
  // "the 2.6% of the first quarter", "the 1.4% of the previous quarter": nor is a time (an
  // ordinal or a calendar word before a noun of time).
  const std::size_t k = ws.size() > 1 && ws[1].lower == "the" ? 2 : 1;
  if (k + 1 < ws.size() && ws[k + 1].is(word_class::noun_time) &&
      (ws[k].is(word_class::ordinal) || ws[k].is(word_class::calendar_before)))
    return;
  std::size_t last = 0;
  for (std::size_t i = 1; i < ws.size(); ++i) {
    if (!ws[i].letters() || ws[i].is(word_class::denominator_stop)) break;
    last = i;
  }
  if (last == 0) return;
  f.denominator_begin = ws[1].begin;
  f.denominator_end = ws[last].end;
}

// The direction a word after a rate gives it: "9.8% more", "4 per cent lower".
std::optional<lexicon::direction> comparative_after(const prose& p, const found& f) {
  // "€560 million (-19%) lower than a year before": past the amount's own bracket; "7.1, 3.4 and
  // 2.9 percent respectively below": past the list it is in and "respectively".
  const std::vector<word> after =
      words_after(p, std::max(f.end, f.list_end), f.sentence_end, window::bracket_after);
  std::size_t k = 0;
  if (f.list_end > 0 && k < after.size() && after[k].lower == "respectively") ++k;
  if (k < after.size() && after[k].lower == "(") {
    while (k < after.size() && after[k].lower != ")") ++k;
    ++k;
  }
  // "348 thousand persons or 1.3 percent more than a year before": past the amount's rate.
  if (k + 3 < after.size() && after[k].lower == "or" && after[k + 1].number() &&
      after[k + 2].is(word_class::percent))
    k += 3;
  if (k >= after.size() || !after[k].is(word_class::comparative)) return std::nullopt;
  return after[k].entry()->dir;
}

// An amount in brackets right after a name: "China ($22.8)", "adult men (6.0 percent)".
bool bracket_after_name(const prose& p, const found& f) {
  std::size_t k = f.begin;
  // "unprocessed food (from +1.5% to +1.1%)": a bracket that opens on where the rate moved from.
  if (const std::vector<word> cue = words_before(p, f.begin, f.sentence_begin, 2);
      cue.size() == 2 && cue[0].lower == "(" && cue[1].is(word_class::previous_cue))
    k = cue[0].end;
  while (k > 0 && p.text[k - 1] == ' ') --k;
  if (k == 0 || p.text[k - 1] != '(') return false;
  --k;
  while (k > 0 && p.text[k - 1] == ' ') --k;
  return k > 0 && is_ascii_letter(p.text[k - 1]);
}

// "more than a year before", "more of its goods than a year earlier": the "than" a comparative
// at `i` of `ws` (nearest first) leads to, within its clause, or 0 when none.
std::size_t than_of(const std::vector<word>& ws, std::size_t i) {
  constexpr std::size_t reach = 5;  // "more of the country's goods than"
  for (std::size_t k = i; k-- > 0 && i - k <= reach;) {
    if (ws[k].lower == "than") return k;
    if (!ws[k].letters()) return 0;
  }
  return 0;
}

// "than a year before", "than in May": a time within the words after "than" (at `t` of `ws`,
// nearest first), which compare a figure with its own earlier value, not with another figure.
bool than_a_time(const std::vector<word>& ws, std::size_t t) {
  constexpr std::size_t time_words = 4;  // "than in the same month of 2018"
  for (std::size_t k = t; k-- > 0 && t - k <= time_words;) {
    if (!ws[k].letters() && !ws[k].number()) return false;
    if (ws[k].is(word_class::year_ago) || ws[k].is(word_class::earlier_word) ||
        names_a_time(ws[k]) || ws[k].number())
      return true;
  }
  return false;
}

// "prices went up for fish (2.6%)", "sold more than a year before: copper (471.2%)": the
// direction that governs the clause of a rate in brackets after a name, when its words name a
// change (a verb or noun of direction, or a comparison with an earlier time), not what the
// name's share is ("the largest share went to China (31%)", "the unemployment rate was
// highest in the north (8.1%)"). A rate so governed is the name's change, not its share.
std::optional<lexicon::direction> governed_change(const prose& p, const found& f) {
  const std::vector<word> before = words_before(p, f.begin, f.lead_begin, window::governed_list);
  const std::vector<word> ws(before.rbegin(), before.rend());  // nearest first
  // "the jobless rate went down for adult men (6.0 percent)", "It was little changed for
  // teenagers (14.8 percent)": what moved is a ratio, or a figure a pronoun points back to, whose
  // level the bracket holds.
  const auto ratio_moved = [&](std::size_t from) {
    for (std::size_t j = from; j < ws.size(); ++j) {
      if (ws[j].lower == ";" || ws[j].lower == "." || ws[j].lower == ":") return false;
      if (ws[j].is(word_class::pronoun)) return true;
      if (ws[j].is(word_class::rate_noun) && j + 1 < ws.size() && ratio_label({ws[j + 1], ws[j]}))
        return true;
    }
    return false;
  };
  const auto moved = [&](std::size_t i) -> std::optional<lexicon::direction> {
    if (ratio_moved(i + 1)) return std::nullopt;
    return ws[i].entry()->dir;
  };
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const word& w = ws[i];
    if (w.lower == ";" || w.lower == ".") break;
    if (w.is(word_class::share_cue) ||
        (i + 1 < ws.size() && phrase_is(ws[i + 1], w, word_class::share_cue)))
      return std::nullopt;
    // "the unemployment rate ... in the north (8.1%)": the level of a ratio, whatever moved.
    if (w.is(word_class::rate_noun) && i + 1 < ws.size() && ratio_label({ws[i + 1], w}))
      return std::nullopt;
    // "higher than the headline rate in the Cape (5.1%)" compares two figures, and says nothing
    // of the kind of either; "more than a year before" compares one with its past.
    if (const std::size_t t = w.is(word_class::comparative) ? than_of(ws, i) : 0; t > 0)
      return than_a_time(ws, t) ? moved(i) : std::nullopt;
    // "Most of the exports went up to the main partners: Germany (24.2%)": "up to" and a name,
    // not a number, says where the flow went, not that it moved (the brackets are shares).
    const bool up_to_a_place = w.lower == "up" && i >= 2 && ws[i - 1].lower == "to" &&
                               ws[i - 2].letters() && !ws[i - 2].is(word_class::currency);
    if (w.is(word_class::direction) && !w.is(word_class::rate_noun) && !up_to_a_place)
      return moved(i);
  }
  return std::nullopt;
}

// "Electronics led the increase, up 10.7%, followed by crude oil (70.6%)": a rate in brackets
// after a name that a lexicon list_next phrase brings in, in the claim's own lead, is the next
// item of a ranking, of the measure of the sentence's rate before it.
bool next_in_ranking(const prose& p, const found& f) {
  const std::vector<word> ws = words_before(p, f.begin, f.lead_begin, window::governed_list);
  for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
    if (phrase_is(ws[i], ws[i + 1], word_class::list_next)) return true;
  }
  return false;
}

// "fish (2.6%), bread and cereals (1.9%) and other food (1.7%)": a rate in brackets after a
// name whose own words are only the next item of a list of such rates (joiners and the name,
// no word of its own that brings a figure in) reads as the rate before it.
bool next_in_list(const prose& p, const found& f, const found* previous) {
  if (!previous || !percent_like(*previous) || !bracket_after_name(p, *previous)) return false;
  const std::vector<word> own = words_between(p, previous->end, f.begin);
  bool name = false;
  for (const word& w : own) {
    if (w.lower == ")" || w.lower == "(" || w.lower == ";" || w.is(word_class::joiner)) continue;
    if (!w.letters() || w.is(word_class::verb) || w.is(word_class::direction) ||
        w.is(word_class::comparative) || w.is(word_class::level_cue) ||
        w.is(word_class::share_cue) || w.is(word_class::previous_cue))
      return false;
    name = true;
  }
  return name;
}

// "a 1.0% rise", "an 0.3% fall": a direction word right after a rate that an article brings in
// names it as a change.
std::optional<lexicon::direction> direction_noun_after(const prose& p, const found& f,
                                                       const std::vector<word>& lead_words) {
  // The lead's words are nearest first. "Of GDP's 2.7% growth", "its 1.2% rise": a possessive
  // brings the rate in as an article does.
  const auto possessive = [](const word& w) {
    return w.is(word_class::pronoun) || w.lower.ends_with("'s") ||
           w.lower.ends_with("\xE2\x80\x99s");
  };
  if (lead_words.empty()) return std::nullopt;
  const std::vector<word> after = words_after(p, f.end, f.sentence_end, window::next_word + 1);
  if (after.empty() || !after.front().is(word_class::direction)) return std::nullopt;
  // "reversing the 0.4 per cent contraction in the first quarter": after "the", a change named
  // with the period it was of.
  const bool the_of_period =
      lead_words.front().lower == "the" && after.size() > 1 && after[1].is(word_class::period_lead);
  if (lead_words.front().lower != "a" && lead_words.front().lower != "an" &&
      !possessive(lead_words.front()) && !the_of_period)
    return std::nullopt;
  return after.front().entry()->dir;
}

// "Against February 2016, food inflation reached 16.50 per cent" above "| Food & Non-Alcoholic
// Beverages | 36.04 | 3.08 | 16.50 |": a row's words right before the rate of prices (lexicon
// index_rate: "inflation"), and not after a word of their own ("air transportation" is no
// "Transportation"), name the row's rate in a table of weights and rates too; the rate's own
// words pick its column (the span, the period).
bool rate_of_prices_named(const prose& p, const row_index::named_row& named, const found& f) {
  const std::vector<word> next = words_after(p, named.named_end, f.begin, 1);
  if (next.empty() || !next.front().letters() || !next.front().is(word_class::index_rate))
    return false;
  const std::vector<word> before = words_before(p, named.named_begin, f.sentence_begin, 1);
  return before.empty() || !before.back().letters() || before.back().is(word_class::filler) ||
         before.back().is(word_class::preposition);
}

// "energy is set to show the highest annual rate in September, at 9.5%", above a table of rates
// with the row "| Energy | ... | 9.5e |": the rate is one of the row's.
void note_rate_row(const prose& p, const row_index& rows, const found* previous, found& f) {
  // "at 9.5% (9.2% in August)": the same row's rate of another period.
  if (previous && previous->rate_from_row) {
    const std::vector<word> between = words_between(p, previous->end, f.begin);
    if (between.size() == 1 && between.front().lower == "(") {
      f.rate_row_table = previous->rate_row_table;
      f.rate_row_begin = previous->rate_row_begin;
      f.rate_row_end = previous->rate_row_end;
      f.rate_from_row = true;
      return;
    }
  }
  const auto named = rows.named_before(p, f.lead_begin, f.begin);
  if (!named) return;
  // In a table of levels and rates under groups of columns ("| Composite CPI | | CPI(A) | |"
  // over "Index | % change"), the rate of a row the sentence names under a group it names too:
  // "Among the sections of the Composite CPI, clothing and footwear fell furthest, by 18.5%".
  const table_column* group = nullptr;
  if (!named->table->all_rates()) {
    group = named->table->rate_columns ? group_named_in(p, *named->table, f.sentence_begin, f.begin)
                                       : nullptr;
    if (!group && !(named->table->rate_columns && rate_of_prices_named(p, *named, f))) return;
  }
  f.rate_row_table = named->table;
  f.rate_row_begin = named->label_begin;
  f.rate_row_end = named->label_end;
  f.rate_row_group = group;
}

// "Net exports of goods under merchanting came to $34m" above a table with the row "| Net
// exports of goods under merchanting(c) | 32 | 32 | 34 |": an amount whose words name a row of
// a table of levels is the row's figure. A label of one word ("Total", "Goods") names too
// little to say so.
void note_level_row(const prose& p, const row_index& rows, found& f) {
  constexpr std::size_t fewest_words = 2;
  const auto named = rows.named_before(p, f.lead_begin, f.begin);
  if (!named || named->table->all_rates()) return;
  // "Mainland exports, that is all goods but ..., ships and oil platforms, came to NOK 64.1
  // billion": a label in a list or an aside before the amount's clause does not name it.
  for (const word& w : words_between(p, named->named_end, f.begin)) {
    if (w.lower == "," || w.lower == ";") return;
  }
  std::size_t words = 0;
  // Counted as the index keys it: a footnote mark ("Gold(c)") is not a word of the label.
  for (const word& w : label_words(p, named->label_begin, named->label_end))
    words += w.letters() ? 1U : 0U;
  if (words < fewest_words) return;
  f.rate_row_table = named->table;
  f.rate_row_begin = named->label_begin;
  f.rate_row_end = named->label_end;
  f.named_row = named->row;
}

// "At 63.5 percent, the labor force participation rate in September was ...": a rate put before
// its subject, "At" opening the sentence, is of the row the words after its comma name, up to
// their verb: a ratio's row ("| (Participation rate) |") in any table, another in a table of
// rates.
void note_fronted_row(const prose& p, const row_index& rows, found& f) {
  // A bounded look back: a sentence of thousands of rates costs no more per rate.
  std::vector<word> before = words_before(p, f.begin, f.sentence_begin, window::fronted_opening);
  std::erase_if(before, [](const word& w) { return !w.letters() && !w.number(); });  // "○"
  if (before.size() != 1 || before.front().lower != "at") return;
  const std::vector<word> after = words_after(p, f.end, f.sentence_end, window::fronted);
  if (after.size() < 2 || after.front().lower != ",") return;
  std::size_t until = f.sentence_end;
  for (std::size_t k = 1; k < after.size(); ++k) {
    if (after[k].is(word_class::verb) || after[k].lower == ",") {
      until = after[k].begin;
      break;
    }
  }
  const auto named = rows.named_before(p, after.front().end, until);
  if (!named) return;
  if (!ratio_label(label_words(p, named->label_begin, named->label_end)) &&
      !named->table->all_rates())
    return;
  f.rate_row_table = named->table;
  f.rate_row_begin = named->label_begin;
  f.rate_row_end = named->label_end;
}

// A rate that names a row of a table of rates is a rate like the row's, unless its own words
// say it is a share ("accounting for", "a share of").
// The kind of the rates of the row a rate names: a ratio's level ("| Unemployment rate |")
// is a share, any other row's rate a growth rate.
// A table whose every headed column holds shares or a ratio's levels ("| | Share of the labour
// force | Participation rate |"): a rate naming one of its rows ("women 47.2%") is such a level.
bool columns_of_ratios(const table_model& t) {
  bool any = false;
  for (const table_column& col : t.columns) {
    if (col.header.empty() || (col.begin == 0 && col.end == 0)) continue;
    if (col.kind != column_kind::share && !ratio_header(&col)) return false;
    any = true;
  }
  return any;
}

claim_kind row_kind(const prose& p, const found& f) {
  const bool ratio = ratio_label(label_words(p, f.rate_row_begin, f.rate_row_end)) ||
                     (f.rate_row_table && columns_of_ratios(*f.rate_row_table));
  return ratio ? claim_kind::share : claim_kind::growth;
}

bool rate_row_rate(const found& f, const std::vector<word>& lead_words) {
  if (!f.rate_row_table) return false;
  for (std::size_t i = 0; i < lead_words.size(); ++i) {
    if (lead_words[i].is(word_class::share_cue)) return false;
    if (i + 1 < lead_words.size() &&
        phrase_is(lead_words[i + 1], lead_words[i], word_class::share_cue))  // nearest first
      return false;
  }
  return true;
}

// "to 71.8 percent for men (72.4 percent before)": a rate in brackets that a word of time
// closes is the earlier value of the rate before it.
bool earlier_in_brackets(const prose& p, const found& f) {
  if (f.begin == 0 || p.text[f.begin - 1] != '(') return false;
  const std::vector<word> next = words_after(p, f.end, f.sentence_end, window::next_word);
  return !next.empty() && next.front().is(word_class::year_ago);
}

// Whether ws[i] (nearest first) ends a phrase of two or three words that says what a rate
// compares with (lexicon base_lead): "with respect to", "compared to", "relative to".
bool ends_base_phrase(const std::vector<word>& ws, std::size_t i) {
  std::string phrase(ws[i].lower);
  for (std::size_t n = 1; n < 3 && i + n < ws.size(); ++n) {
    phrase.insert(0, std::string(ws[i + n].lower) + " ");
    if (lexicon::is(phrase, word_class::base_lead)) return true;
  }
  return false;
}

// Words, in reading order, that name only a time: "in the third quarter", "in March 2031",
// "the 2nd quarter".
bool only_time_words(const prose& p, const std::vector<word>& ws) {
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const word& w = ws[i];
    const bool ordinal_digits =
        w.number() && i + 1 < ws.size() && ws[i + 1].is(word_class::ordinal_suffix);
    const bool year = w.number() && year_in(p.text.substr(w.begin, w.end - w.begin)) != 0;
    if (!(w.is(word_class::period_lead) || w.lower == "the" || names_a_time(w) ||
          w.is(word_class::ordinal_suffix) || ordinal_digits || year))
      return false;
  }
  return !ws.empty();
}

// "rose by 0.6% in the third quarter (0.2% in the second quarter)": a rate that opens a
// bracket after the rate before and its period, and names only a period of its own, is that
// rate in another period, of its kind.
bool bracket_of_another_period(const prose& p, const found& f, const std::vector<word>& ws) {
  if (ws.size() < 2 || ws.front().lower != "(") return false;
  if (!only_time_words(p, std::vector<word>(ws.rbegin(), ws.rend() - 1))) return false;
  std::vector<word> own = words_after(p, f.end, f.sentence_end, window::rate_base_phrase);
  const auto close =
      std::find_if(own.begin(), own.end(), [](const word& w) { return w.lower == ")"; });
  if (close == own.end() || close == own.begin() || !own.front().is(word_class::period_lead))
    return false;
  own.erase(close, own.end());
  return only_time_words(p, own);
}

// "(39.1% in the first quarter of 2020)": a rate alone in brackets with the period it is of,
// "in" and that period closing the bracket.
bool in_brackets_with_its_period(const prose& p, const found& f) {
  if (f.begin == 0 || p.text[f.begin - 1] != '(') return false;
  const std::vector<word> next = words_after(p, f.end, f.sentence_end, window::rate_base_phrase);
  if (next.size() < 3 || next.front().lower != "in") return false;
  // "in 2030", "in the first quarter of 2030".
  const std::size_t from = next[1].lower == "the" ? 2 : 1;
  const std::optional<period_words> when = period_at(p, next, from, std::nullopt);
  return when && from + when->count < next.size() && next[from + when->count].lower == ")";
}

// "Two exports were lower: palm oil by 16.1%", "Employment grew in every branch: by 13.1% in
// construction": the direction of the clause before a list's colon (at ws[colon], the lead's
// words nearest first), named by its last word or by its verb before a place the change was
// in. A number or a clause's end before any direction word says nothing of it.
std::optional<lexicon::direction> direction_before_colon(const std::vector<word>& ws,
                                                         std::size_t colon) {
  for (std::size_t j = colon + 1; j < ws.size() && j <= colon + window::colon_clause; ++j) {
    const word& w = ws[j];
    if (w.number() || w.lower == "." || w.lower == ";" || w.lower == ":" || w.lower == ",")
      return std::nullopt;
    if (w.is(word_class::direction) && !w.is(word_class::rate_noun)) return w.entry()->dir;
  }
  return std::nullopt;
}

// "Seven groups became cheaper: transport by 1.92%, food by 1.02%": a change "by" a rate with
// no word of its own after a change of the sentence is the next item of its list, and goes the
// way the list goes, also when its name is a row of a table of rates (whose kind it keeps; the
// table's cell carries its own sign, the prose's does not).
bool next_change_by(const found& f, const std::vector<word>& lead_words, const found* last_rate) {
  return f.kind == claim_kind::growth && last_rate && last_rate->kind == claim_kind::growth &&
         !lead_words.empty() && lead_words.front().lower == "by";
}

// A rate alone in brackets right after a level that is no change: "12.400 persons (5,1%)".
bool bracket_after_level(const found* previous, const std::vector<word>& lead_words,
                         bool closes_bracket) {
  return previous && !percent_like(*previous) && previous->kind == claim_kind::level &&
         !previous->change && closes_bracket && lead_words.size() == 1 &&
         lead_words[0].lower == "(";
}

void classify_rate(const prose& p, found& f, const found* previous, const found* last_rate) {
  // "grew by 0.4%, revised up from the first estimate of 0.3%": an earlier estimate of the
  // sentence's rate is of its kind.
  if (f.role == "previous_estimate" && last_rate) {
    f.kind = last_rate->kind;
    return;
  }
  read_denominator(p, f);
  f.previous_value = earlier_in_brackets(p, f);
  if (f.kind == claim_kind::growth) {  // "doubled", "double-digit"
    if (f.q.number < 0) f.decreases = true;
    return;
  }
  if (f.has_denominator()) {
    f.kind = claim_kind::share;
    return;
  }
  const std::vector<word> ws = lead(p, f);
  const bool closes_bracket = [&] {
    const std::vector<word> next = words_after(p, f.end, f.sentence_end, window::next_word);
    return !next.empty() && next.front().lower == ")";
  }();
  if (previous && percent_like(*previous) && ws.size() == 1 && ws[0].lower == "(" && closes_bracket)
    f.bare_bracket = true;
  // "the jobless numbered 12.400 persons (5,1%)": a rate alone in brackets right after a level
  // (not a change, whose rate it is) is that level's ratio to a whole its words do not say (a
  // rate of the population, a share of the total), never its subject's share stated again.
  if (bracket_after_level(previous, ws, closes_bracket)) f.bare_bracket = true;
  // "down 0.6 percentage point from the March-May quarter (8.4%)": a rate alone in brackets
  // after a comparison cue (lexicon previous_cue) and the time it names is the value then.
  if (closes_bracket && ws.size() > 2 && ws[0].lower == "(") {
    std::size_t k = 1;
    while (k < ws.size() && !ws[k].is(word_class::previous_cue) && only_time_words(p, {ws[k]})) ++k;
    if (k > 1 && k < ws.size() && ws[k].is(word_class::previous_cue)) f.previous_value = true;
  }
  if (previous && percent_like(*previous) &&
      (only_joiners(ws) || bracket_of_another_period(p, f, ws))) {
    f.kind = previous->kind;
    f.decreases = previous->decreases;
    return;
  }
  // "a rise of 2.0% for exports to EU countries and of 5.1% for imports from them": a joiner
  // and a preposition alone repeat the construction of the rate before.
  if (last_rate && ws.size() >= 2 && ws[0].is(word_class::preposition) &&
      ws[1].is(word_class::joiner)) {
    f.kind = last_rate->kind;
    f.decreases = last_rate->decreases;
    return;
  }
  // "increased $3.9 billion, or 1.5 percent", "climbed £1.9 billion (7.8 per cent)": the rate
  // of the change before it, in its direction.
  if (previous && previous->change && rate_of_change_lead(ws)) {
    f.kind = claim_kind::growth;
    f.decreases = previous->decreases;
    return;
  }
  if (auto d = comparative_after(p, f)) {
    f.kind = claim_kind::growth;
    f.decreases = *d == lexicon::direction::down;
    return;
  }
  // "went up 1.3%, after a 1.0% rise in the 12 months to November", "following a 1.8 per cent
  // increase in September" (lexicon after_word): the earlier change.
  if (auto d = direction_noun_after(p, f, ws)) {
    f.kind = claim_kind::growth;
    f.decreases = *d == lexicon::direction::down;
    f.previous_value = f.previous_value || (ws.size() >= 2 && ws[1].is(word_class::after_word));
    return;
  }
  // A key fact's label before its colon names the rate after it: "Annual inflation: 3.1%".
  const std::size_t label_colon = !ws.empty() && ws.front().lower == ":" ? 1 : 0;
  // "annual inflation ... at 2.1%", "the annual growth rate of M3 rose to 5.7%": a rate named
  // a growth is one, whatever word brings it in.
  bool named_growth = false;
  // "The CPI annual rate was 1.4%": a rate over a span (lexicon growth_noun phrases: "annual
  // rate", "monthly rate") is a change, not a ratio, unless it names a table's row, whose kind
  // it keeps. The lead's words are nearest first.
  bool span_growth = false;
  for (std::size_t i = label_colon; i < ws.size(); ++i) {
    const word& w = ws[i];
    if (w.lower == ";" || w.lower == ":") break;
    named_growth = named_growth || w.is(word_class::growth_noun);
    span_growth =
        span_growth || (i + 1 < ws.size() && phrase_is(ws[i + 1], w, word_class::growth_noun));
  }
  // "rose to 5.7%, from 5.1% in July", "grew at 1.0%, after 0.1%", "(+0.1% after +0.6%)": the
  // earlier value of the rate before it, of that rate's kind.
  if (!ws.empty() && ws.front().is(word_class::previous_cue)) {
    f.previous_value = true;
    // "(from +1.5% to +1.1%)": written with its sign, a change.
    const char first = p.text[f.number_begin];
    const bool signed_rate = first == '+' || first == '-';
    f.kind = last_rate                                    ? last_rate->kind
             : named_growth || span_growth || signed_rate ? claim_kind::growth
                                                          : claim_kind::share;
    f.after_name = bracket_after_name(p, f);
    return;
  }
  // "the rate was 39.3%, a little up on a year earlier (39.1% in the first quarter of 2020)":
  // the sentence's rate in another period, of its kind, whatever words of change came between.
  if (last_rate && in_brackets_with_its_period(p, f)) {
    f.kind = last_rate->kind;
    f.decreases = last_rate->decreases;
    return;
  }
  // "52.2 billion euros (+1.6%)": a rate written with its sign is a change.
  const std::string_view at = p.text.substr(f.number_begin);
  if (at.starts_with("+") || at.starts_with("-") || at.starts_with("\xE2\x88\x92")) {
    f.kind = claim_kind::growth;
    return;
  }
  // "for adult men (6.0 percent)", "China (2.1%)": the rate of a name in a list, a level of
  // the sentence's rate (unless that rate is a growth).
  const bool row_rate = rate_row_rate(f, ws);
  if (bracket_after_name(p, f)) {
    f.after_name = true;
    if (!named_growth && !span_growth && !row_rate) {
      if (const auto d = governed_change(p, f)) {
        f.kind = claim_kind::growth;
        f.decreases = *d == lexicon::direction::down;
        return;
      }
      if (next_in_list(p, f, previous)) {
        f.kind = previous->kind;
        f.decreases = previous->decreases;
        return;
      }
      if (last_rate && next_in_ranking(p, f)) {
        f.kind = last_rate->kind;
        f.decreases = last_rate->decreases;
        return;
      }
    }
    f.rate_from_row = row_rate && !named_growth;
    f.kind = named_growth  ? claim_kind::growth
             : row_rate    ? row_kind(p, f)
             : span_growth ? claim_kind::growth
                           : claim_kind::share;
    return;
  }
  for (std::size_t i = label_colon; i < ws.size(); ++i) {
    const word& w = ws[i];
    // "Two exports were lower: palm oil by 16.1% and gas by 21.4%": a change "by" a rate in a
    // list that a colon opens goes the way the words right before the colon say.
    if (w.lower == ":" && ws.front().lower == "by") {
      if (const auto d = direction_before_colon(ws, i)) {
        f.kind = claim_kind::growth;
        f.decreases = *d == lexicon::direction::down;
        return;
      }
    }
    if (w.lower == ";" || w.lower == ":") break;
    // "grew at 8.4% a year": the pace of a change.
    // "Unemployment rate at 14.0%" is the rate's level: "rate" is no verb of a pace.
    const bool pace = w.lower == "at" && i + 1 < ws.size() && ws[i + 1].is(word_class::direction) &&
                      !ws[i + 1].is(word_class::rate_noun);
    // "made up 14.2%": a phrase that brings in a level, whose last word alone is a direction.
    const bool cue_phrase =
        i + 1 < ws.size() && phrase_is(ws[i + 1], ws[i], word_class::level_cue);  // nearest first
    // "by 0.3% with respect to the previous quarter and by 0.8% ...", "compared to": a cue that
    // ends a phrase naming what a rate compares with (lexicon base_lead) brings in no level.
    if (ends_base_phrase(ws, i)) continue;
    if ((w.is(word_class::level_cue) || cue_phrase) && !pace) {
      f.rate_from_row = row_rate && !named_growth;
      f.kind = named_growth  ? claim_kind::growth
               : row_rate    ? row_kind(p, f)
               : span_growth ? claim_kind::growth
                             : claim_kind::share;
      return;
    }
    // A rate of a row of a table of rates, in words that say it is a change ("M3-M2 shrank by
    // 2.9%"): the row's rate, whose span its own words and paragraph say (naming).
    if (pace || w.is(word_class::direction)) f.rate_row_worded = row_rate;
    if (pace) {
      f.kind = claim_kind::growth;
      f.decreases = ws[i + 1].entry()->dir == lexicon::direction::down;
      return;
    }
    // "0.2 percentage points above the June quarter's rate as now revised, 69.9 percent": the
    // value of a ratio's rate named nearer than the direction word, which is the change's.
    // A period named between them makes it the value the change is from (".prev").
    if (i + 1 < ws.size() && w.is(word_class::rate_noun) && ratio_label({ws[i + 1], w})) {
      f.kind = claim_kind::share;
      for (std::size_t j = i + 1; j < ws.size() && !ws[j].is(word_class::direction); ++j) {
        if (names_a_time(ws[j])) f.previous_value = true;
      }
      return;
    }
    // "after rising 1.4%", "after a fall of 1.6% in July": the earlier change.
    if (w.is(word_class::direction) &&
        std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(i), ws.end(),
                    [](const word& x) { return x.is(word_class::after_word); })) {
      f.previous_value = true;
    }
    if (w.is(word_class::direction)) {
      f.kind = claim_kind::growth;
      f.decreases = w.entry()->dir == lexicon::direction::down;
      return;
    }
  }
  // No word of its own: in "exports grew by 4.8% to $412.6 billion and imports by 2.1%" a
  // rate takes the meaning of the sentence's rate before it.
  f.rate_from_row = row_rate;
  f.kind = row_rate ? row_kind(p, f) : last_rate ? last_rate->kind : claim_kind::share;
  f.decreases =
      (!row_rate || next_change_by(f, ws, last_rate)) && last_rate && last_rate->decreases;
}

void classify_points(const prose& p, found& f) {
  f.kind = claim_kind::pp;
  // "contributed +0.6 points, after -0.2 points": the earlier value of the points before it.
  if (const std::vector<word> ws = lead(p, f);
      !ws.empty() && ws.front().is(word_class::previous_cue))
    f.previous_value = true;
  if (auto d = comparative_after(p, f); d && *d == lexicon::direction::down) {
    f.decreases = true;
    return;
  }
  for (const word& w : lead(p, f)) {
    if (w.is(word_class::direction)) {
      // "saving 2 points" is a saving, not a fall.
      f.decreases = w.entry()->dir == lexicon::direction::down && w.lower != "saving";
      return;
    }
  }
}

// "added 0.4 points to GDP growth", "contributed +0.6 points, after -0.2 points": "points" alone
// in a sentence of rates or contributions are percentage points, not things counted ("index
// points" are the index's).
// So are points in a sentence that names a rate ("Of that rate, 2.0 points came from domestic
// demand"), and points of a change whose clause goes on to the rate it led to ("slowed by 1.2
// points from the first quarter, to 1.1%"): "rose 3.2 points to 105.1" stays the index's.
bool points_of_a_rate(const prose& p, const found& f) {
  if (f.noun != "points" && f.noun != "point") return false;
  std::vector<word> ws = words_before(p, f.begin, f.sentence_begin, window::subject);
  if (std::any_of(ws.begin(), ws.end(), [](const word& w) { return w.is(word_class::rate_noun); }))
    return true;
  const std::vector<word> after = words_after(p, f.end, f.sentence_end, window::rate_base_phrase);
  for (std::size_t i = 0; i + 1 < after.size(); ++i) {
    if (after[i].lower == ";" || after[i].lower == ".") break;
    if (after[i].lower == "to" && after[i + 1].number() &&
        percent_follows(p, after[i + 1].end, f.sentence_end))
      return true;
  }
  for (const word& w : words_after(p, f.end, f.sentence_end, window::contribution)) ws.push_back(w);
  return std::any_of(ws.begin(), ws.end(), [](const word& w) {
    return w.is(word_class::growth_noun) || w.is(word_class::points_noun);
  });
}

claim_kind kind_of_counted(const prose& p, const block& b, const found& f) {
  const std::string head = head_of(f.noun);
  if (lexicon::is(head, word_class::noun_time)) {
    return f.noun.find("consecutive") != std::string::npos ||
                   f.noun.find("successive") != std::string::npos
               ? claim_kind::rank
               : claim_kind::other;
  }
  // "356,600 males": a word the lexicon counts people by (unit=person) counts a stock.
  if (lexicon::is(head, word_class::noun_physical) || lexicon::is(head, word_class::noun_stock) ||
      lexicon::is(lexicon::counted_name(head), word_class::noun_stock))
    return claim_kind::level;
  std::vector<word> before = words_before(p, f.begin, b.begin, window::next_word);
  const bool announced = !before.empty() && before.back().lower == "following";
  const bool listed = f.form == found_form::cardinal && b.heading;
  if (lexicon::is(head, word_class::noun_enumeration) || announced || listed)
    return claim_kind::other;
  return claim_kind::count;
}

// What a counting subject counts: its unit; but "employment" (lexicon person_measure) counts
// employed persons in a draft that counts no jobs anywhere, as a labour force survey's
// employment does ("Employment rose by 6,500" beside "the unemployed numbered 41,800").
std::string subject_unit(const prose& p, const lexicon::entry& e) {
  if (e.is(word_class::person_measure) && !p.jobs_counted) return "person";
  return std::string(e.unit);
}

// "the labour force grew by 5,900", "the economically inactive population ...": a measure of
// people named by a phrase of two or three words ending at ws[i] (lexicon count_measure).
bool counts_people_phrase(const std::vector<word>& ws, std::size_t i) {
  std::string phrase(ws[i].lower);
  for (std::size_t n = 1; n < 3 && n <= i && ws[i - n].letters(); ++n) {
    phrase = std::string(ws[i - n].lower) + " " + phrase;
    if (lexicon::is(phrase, word_class::count_measure)) return true;
  }
  return false;
}

// "the number of foreign trade entities ... reached 645,000": the thing a bare number counts.
std::string counted_by_subject(const prose& p, const found& f) {
  std::vector<word> ws = words_before(p, f.begin, f.sentence_begin, window::counted_by_subject);
  for (std::size_t i = ws.size(); i-- > 1;) {
    if (ws[i].lower != "of" || ws[i - 1].lower != "number") continue;
    std::string phrase;
    for (std::size_t k = i + 1; k < ws.size() && ws[k].letters(); ++k) {
      if (ws[k].is(word_class::preposition) || ws[k].is(word_class::verb) ||
          ws[k].lower == "reached" || ws[k].lower == "exceeded")
        break;
      if (plural_like(ws[k])) phrase = ws[k].lower;
    }
    // "the number of those outside the labour force grew by 700": no plural that counts, so
    // the words that name the measure say what is counted (below).
    if (!phrase.empty()) return phrase;
    break;
  }
  // "The index rose to 165.4", "the CPI rising from 176.93": a headline index's levels.
  for (const word& w : ws) {
    if (w.lower == "index" || (w.letters() && w.is(word_class::headline_index)))
      return "index points";
  }
  // "employment on nonfarm payrolls barely moved (+49,000)": the subject counts jobs. The
  // nearest such word of the claim's own clause.
  // A comma does not end it: "the working-age population grew 2.2 percent over the year, to
  // 4,079,000".
  // A colon does not either: "- Employed persons: 51,000 more than a year earlier", a key
  // fact's label and its value.
  // An aside in brackets does not end it either: "Those outside the labour force (economically
  // inactive) came to 397,100".
  for (std::size_t i = ws.size(); i-- > 0;) {
    if (!ws[i].letters() && !ws[i].number() && ws[i].lower != "(" && ws[i].lower != ")" &&
        ws[i].lower != "," && ws[i].lower != ":")
      break;
    if (counts_people_phrase(ws, i)) return "person";
    if (const lexicon::entry* e = ws[i].entry(); e && e->is(word_class::counting_subject))
      return subject_unit(p, *e);
  }
  return "";
}

// "with 203,000 unemployed": a counting subject right after a bare number (no plural noun of
// its own) is what it counts.
std::string counted_after(const prose& p, const block& b, const found& f) {
  const std::vector<word> next = words_after(p, f.end, b.end, window::next_word + 1);
  if (next.empty() || !next.front().letters()) return "";
  const lexicon::entry* e = next.front().entry();
  if (!e || !e->is(word_class::counting_subject)) return "";
  return subject_unit(p, *e);
}

// "| Unemployed | 151 |", "| Filled jobs | 1,980 |" under "(000)": what a row counts, by its
// label's last word that says (the lexicon's counting subjects and populations).
std::string counted_by_label(const std::vector<word>& label) {
  for (std::size_t i = label.size(); i-- > 0;) {
    const lexicon::entry* e = label[i].letters() ? label[i].entry() : nullptr;
    if (e && e->is(word_class::counting_subject)) return std::string(e->unit);
    if (lexicon::is(lexicon::singular(std::string(label[i].lower)), word_class::noun_stock))
      return std::string(label[i].lower);
  }
  return "";
}

// A column of index levels: its header names an index ("Index (2010=100)") and no other kind.
bool index_column(const table_cell& c) {
  return c.column && c.column->index && c.column->kind == column_kind::value && !c.change;
}

// A number in a table takes its unit and kind from its column, its section or the table:
// "186.5" in a table whose unit row says "bn €" is EUR 186.5 billion; "5.2%" or "-1.0" under
// "Growth" or "Percent Change" is a growth rate; "0.4" below "Contributions:" is points.
void read_cell(const table_cell& c, found& f) {
  unit& u = f.q.written_unit;
  const bool bare = u.style == unit_style::number && u.dim.dimensionless() && f.noun.empty() &&
                    f.form == found_form::digits;
  auto fix = [&](claim_kind k) {
    f.kind = k;
    f.kind_fixed = true;
  };
  const table_column* col = c.column;
  if (col) f.role = col->role;
  switch (c.kind) {
    case column_kind::growth:
      if (bare) u = unit::percent();
      if (u.style == unit_style::percent) fix(claim_kind::growth);
      return;
    case column_kind::points:
      if (bare || u.style == unit_style::percent) u = unit::points();
      if (u.style == unit_style::points) fix(claim_kind::pp);
      return;
    case column_kind::share:
      f.weight = col && col->weight;
      if (bare) u = col && col->unit_of ? *col->unit_of : unit::percent();
      if (u.style == unit_style::percent || !u.dim.dimensionless()) fix(claim_kind::share);
      return;
    case column_kind::value:
      break;
  }
  if (!bare) return;
  // "| (Participation rate) | (63.5) | ... | (0.0p) |" in a table of "(thousand persons, %)": a
  // ratio's row holds its level in percent, and its change in points. So does a row whose label
  // says its unit ("| Employment rate, % | 68.7 |") in a table of thousands. A part of a
  // ratio's row ("| - Female |" under "| Participation rate (%) |") is the ratio of that part.
  const bool ratio_row = ratio_label(c.label) || ratio_label_before_comma(c.label) ||
                         (!c.parent_label.empty() && ratio_label(c.parent_label));
  if (((c.table && c.table->percent_caption) || c.percent_row) && ratio_row) {
    u = c.change ? unit::points() : unit::percent();
    fix(c.change ? claim_kind::pp : claim_kind::share);
    return;
  }
  // "| FOB value (in million US dollars) | 5,742.29 |", "| Year-on-year growth (percent) | 21.4
  // |", "| CPI (index, 2015=100) | 104.2 |": a row whose label names its unit says what its
  // numbers are before its column's unit or the table's caption does. "%" that its words give
  // no measure ("| Exports (%) |": a share or a rate) leaves the number unclaimed, and so does a
  // rate's row under a change column.
  if (c.row_index && !c.change) {
    f.noun = "index points";
    f.noun_borrowed = true;
    fix(claim_kind::level);
    return;
  }
  if (c.row_unit) {
    if (c.row_unit->style == unit_style::level) {
      u = *c.row_unit;
      f.change = c.change;
      fix(claim_kind::level);
      if (std::string noun = counted_by_label(c.label); !noun.empty() && u.dim.dimensionless()) {
        f.noun = noun;
        f.noun_borrowed = true;
      }
    } else if (c.change) {
    } else if (c.row_kind == column_kind::points) {
      u = unit::points();
      fix(claim_kind::pp);
    } else if (c.row_kind == column_kind::growth || c.row_kind == column_kind::share) {
      u = unit::percent();
      fix(c.row_kind == column_kind::growth ? claim_kind::growth : claim_kind::share);
    }
    return;
  }
  if (c.change) {
    // "| 612 |" under "Change in Jul 2015" and "$m": a change of the row's level.
    f.change = true;
    fix(claim_kind::level);
  }
  // The column's own header (or the one it sits under, or its cell of a unit row) says what its
  // numbers are before the table's caption or another column's unit does: "Index for Feb 99"
  // holds index levels under a caption of "Indices and Rates of Change", and "%" over one
  // column beside "Million ISK" over the others holds rates.
  const bool table_of_rates = c.table && c.table->percent_caption;
  if (col && col->unit_of && col->unit_of->style != unit_style::percent) {
    u = *col->unit_of;
  } else if (index_column(c)) {
    // "| 2013 | Quarter 1 | 100.1 |" under "Index (2010=100)": a level of the index.
    f.noun = "index points";
    f.noun_borrowed = true;
    fix(claim_kind::level);
  } else if ((col && col->unit_of) || (table_of_rates && !c.table->level_unit)) {
    // A column of rates, or a table of rates: "Euro area annual inflation and its components, %".
    u = unit::percent();
    // "Share of total exports, %" above a table of percentages: shares.
    const bool shares = c.table && c.table->caption_kind == column_kind::share &&
                        !(col && col->unit_of) && !c.table->rate_columns;
    fix(ratio_label(c.label) || ratio_header(col) || shares ? claim_kind::share
                                                            : claim_kind::growth);
  } else if (c.table && c.table->level_unit) {
    u = *c.table->level_unit;
  } else if (c.table && !c.table->counted.empty()) {
    // "| November 2020 | +336,000 |" under "Change in total nonfarm payroll employment".
    f.noun = c.table->counted;
    f.noun_borrowed = true;
    fix(claim_kind::level);
  }
  // "(000)" over "| Unemployed | 151 |": thousands of people.
  if (u.style == unit_style::level && u.dim.dimensionless()) {
    if (std::string noun = counted_by_label(c.label); !noun.empty()) {
      f.noun = noun;
      f.noun_borrowed = true;
      if (!f.change) fix(claim_kind::level);
    }
  }
}

// "| 1.1² |" in a table whose footnote says "² percentage points": the cell's unit is the
// footnote's, whatever its column's ("Change, %").
void read_cell_mark(std::string_view s, const table_cell& c, found& f) {
  if (!c.table || c.table->mark_units.empty()) return;
  const std::size_t n = superscript_length(s, f.end);
  if (n == 0) return;
  const std::string_view mark = s.substr(f.end, n);
  unit& u = f.q.written_unit;
  const bool bare = u.style == unit_style::number && u.dim.dimensionless() && f.noun.empty();
  for (const auto& [written, named] : c.table->mark_units) {
    if (written != mark || named.style != unit_style::points) continue;
    if (!bare && u.style != unit_style::percent) return;
    u = named;
    f.kind = claim_kind::pp;
    f.kind_fixed = true;
    return;
  }
}

// Where the number stands in its table, for anchors by row and column.
void note_cell(const table_cell& c, found& f) {
  if (!c.label.empty()) f.row_begin = c.label.front().begin, f.row_end = c.label.back().end;
  if (c.row_when) f.row_period = c.row_when->to_string();
  if (!c.column) return;
  f.column_begin = c.column->begin;
  f.column_end = c.column->end;
  const std::optional<period>& p = c.column->when ? c.column->when : c.column->rate_of;
  if (p) f.column_period = p->to_string();
}

// "increased $3.9 billion", "fell $9.2 billion", "narrowed by £1.3 billion", "£1.4 billion
// narrower": the amount a level changed by, signed by its direction word. "rose to £25.7
// billion" and "reached ..." are levels.
void read_change(const prose& p, found& f) {
  if (auto d = comparative_after(p, f)) {
    f.change = true;
    f.decreases = *d == lexicon::direction::down;
    return;
  }
  const std::vector<word> ws = lead(p, f);
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const word& w = ws[i];
    if (w.lower == "by" || w.is(word_class::qualifier)) continue;
    // "a fall of 140 thousand persons": the noun of a direction names a change as its verb does.
    if (w.lower == "of" && i + 1 < ws.size() && ws[i + 1].is(word_class::direction)) continue;
    // "made up $41.2 billion of it" is a level: a verb and "up" make a phrase of their own.
    const bool phrase =
        i + 1 < ws.size() && lexicon::is(std::string(ws[i + 1].lower) + " " + std::string(w.lower),
                                         word_class::level_cue);
    if (w.is(word_class::direction) && !w.is(word_class::rate_noun) && !phrase) {
      f.change = true;
      f.decreases = w.entry()->dir == lexicon::direction::down;
    }
    return;
  }
}

// "imports from it £0.5 billion (2.9 per cent) to reach £17.0 billion": an amount followed by
// "to" and the level it reached is the change, its verb left out after an earlier change of
// the sentence ("exports gained £0.6 billion ... to reach £12.5 billion"), whose direction it
// takes. "from £23.8 billion to £25.7 billion" is the earlier level, not a change.
void read_elided_change(const prose& p, found& f, const found* last_change) {
  if (f.change || !last_change) return;
  const std::vector<word> before = words_before(p, f.begin, f.lead_begin, window::previous_cue);
  if (!before.empty() && before.back().is(word_class::previous_cue)) return;
  const std::vector<word> after = words_after(p, f.end, f.sentence_end, window::rate_base + 4);
  std::size_t k = 0;
  if (k < after.size() && after[k].lower == "(") {
    while (k < after.size() && after[k].lower != ")") ++k;
    ++k;
  }
  if (k >= after.size() || after[k].lower != "to") return;
  ++k;
  if (k < after.size() && after[k].letters() && after[k].is(word_class::level_cue)) ++k;
  if (k >= after.size() || !after[k].number()) return;
  f.change = true;
  f.decreases = last_change->decreases;
}

// "The deficits with the largest partners, in billions of dollars, were with China ($22.8)":
// an amount in brackets without a scale takes the scale of the currency a lead-in before it
// names, and a deficit's sign when the lead-in speaks of deficits.
void read_lead_in(const prose& p, const block& b, found& f) {
  unit& u = f.q.written_unit;
  if (u.scale_exp != 0 || f.begin == b.begin || p.text[f.begin - 1] != '(') return;
  const std::size_t from = std::max(b.begin, f.begin > lead_in_reach ? f.begin - lead_in_reach : 0);
  const std::string_view before = p.text.substr(from, f.begin - from);
  const std::string code = u.dim.to_string();
  std::size_t at = 0;
  while (at <= before.size()) {
    std::size_t end = before.find_first_of(",;:()", at);
    if (end == std::string_view::npos) end = before.size();
    std::string_view piece = trim_blank(before.substr(at, end - at));
    at = end + 1;
    if (piece.starts_with("in ")) piece = trim_blank(piece.substr(3));
    quantity_error error;
    auto named = parse_unit(piece, error);
    if (named && named->dim.to_string() == code && named->scale_exp != 0) {
      u = *named;
      break;
    }
  }
  if (u.scale_exp == 0) return;
  for (const word& w : words_between(p, from, f.begin)) {
    const lexicon::entry* e = w.letters() ? w.entry() : nullptr;
    if (e && e->is(word_class::sign) && e->sign < 0) f.decreases = true;
  }
}

// "Capital goods climbed $662m (13%) and consumption goods $228m (3%)": an amount whose own
// words are only "and" (or a comma) and a subject, with no verb, goes on the change before it
// in its sentence, in the same direction; its verb is left out. "$34m, $2m more" names no
// subject of its own and is not one.
// A level brought in by "to" ("from 336,700 to 339,400"): the level a change went to.
bool reached_level(const prose& p, const found& f) {
  if (f.change || f.kind != claim_kind::level) return false;
  const std::vector<word> ws = words_before(p, f.begin, f.lead_begin, window::next_word);
  return !ws.empty() && ws.back().lower == "to";
}

void read_gapped_change(const prose& p, found& f, const found* previous, const found* last_change) {
  if (f.change || !last_change || !previous) return;
  // Only rates may stand between the change and this amount: "(13%)"; or the level the change
  // went to: "rose by 2,700 from 336,700 to 339,400 and unemployment by 300".
  if (previous != last_change && !percent_like(*previous) && !reached_level(p, *previous)) return;
  const std::vector<word> own = words_before(p, f.begin, f.lead_begin, window::lead);
  std::size_t k = 0;
  if (k < own.size() && own[k].lower == ")") ++k;
  const std::size_t joins = k;
  if (k < own.size() && own[k].lower == ",") ++k;
  if (k < own.size() && own[k].lower == "and") ++k;
  if (k == joins) return;
  // "... and the deficit on secondary income by ISK 2.2 billion": a "by" right before the amount
  // is the left-out verb's own ("grew by"), so the subject before it may hold a preposition.
  std::size_t end = own.size();
  const bool by = end > k && own[end - 1].lower == "by";
  if (by) --end;
  bool subject = false;
  for (; k < end; ++k) {
    const word& w = own[k];
    if (!w.letters()) return;
    if (w.is(word_class::preposition) && by && subject) continue;
    if (w.is(word_class::verb) || w.is(word_class::direction) || w.is(word_class::preposition) ||
        w.is(word_class::previous_cue) || w.is(word_class::level_cue))
      return;
    subject = true;
  }
  if (!subject) return;
  f.change = true;
  f.decreases = last_change->decreases;
}

// "22,000 fewer people", "37,000 more than a quarter earlier", "was up 37,000": a comparative
// before the thing counted or after the number, or a direction word before it, makes a count a
// change of it, in its direction.
void read_counted_change(const prose& p, found& f) {
  // A bare number too ("8,700 (0.4 percent) fewer than"): it borrows its noun later.
  if (f.kind != claim_kind::level && f.kind != claim_kind::count && f.kind != claim_kind::other)
    return;
  std::optional<lexicon::direction> d;
  const std::size_t space = f.noun.find(' ');
  if (space != std::string::npos) {
    const lexicon::entry* e = lexicon::find(f.noun.substr(0, space));
    if (e && e->is(word_class::comparative)) {
      d = e->dir;
      f.noun.erase(0, space + 1);
    }
  }
  if (!d) d = comparative_after(p, f);
  if (!d) {
    // "the number unemployed was up 37,000": a direction word before a count of a population
    // (people, jobs), as before an amount. "after adding 0.2 points" is not a change of points.
    if (f.noun.empty() || lexicon::is(head_of(f.noun), word_class::noun_stock)) read_change(p, f);
    return;
  }
  f.change = true;
  f.decreases = *d == lexicon::direction::down;
}

// "March has been revised: exports from DKK 56,126 million to DKK 56,339 million", "the surplus
// now stands at DKK 3,768 million instead of DKK 3,504 million": in a sentence that has told of a
// revision, the amount after "from" or "instead of" is the figure's earlier estimate, not its
// earlier period's level. A verb before "from" ("rose from") keeps the earlier period's reading.
bool revised_from(const prose& p, const found& f, const std::vector<word>& ws) {
  const bool from =
      !ws.empty() && ws[0].lower == "from" &&
      (ws.size() < 2 || !(ws[1].is(word_class::direction) || ws[1].is(word_class::verb)));
  const bool instead = ws.size() > 1 && ws[0].lower == "of" && ws[1].lower == "instead";
  if (!from && !instead) return false;
  const std::vector<word> before =
      words_before(p, f.begin, f.sentence_begin, window::carried_period);
  return std::any_of(before.begin(), before.end(),
                     [](const word& w) { return w.is(word_class::revision_word); });
}

// "grew 1.71%, 0.01 percentage point below the advance estimate of 1.72%": points that compare
// a rate with an earlier estimate of it (a comparative, "the" and a lexicon column_role phrase of
// the previous estimate) are the rate's revision, not its change on the period before.
bool points_from_an_estimate(const prose& p, const found& f) {
  if (f.q.written_unit.style != unit_style::points) return false;
  constexpr std::size_t longest = 3;  // "the" and a phrase of two words
  const std::vector<word> after = words_after(p, f.end, f.sentence_end, longest + 1);
  if (after.size() < longest + 1 || !after[0].is(word_class::comparative) ||
      after[1].lower != "the")
    return false;
  const lexicon::entry* e =
      lexicon::find(std::string(after[2].lower) + " " + std::string(after[3].lower));
  return e && e->is(word_class::column_role) && e->role == "previous_estimate";
}

// "(first published as 69.7 percent)": a figure's earlier estimate, as a table's "Previous
// estimate" column holds (the lexicon's column_role phrases, before "as" or "at").
// So are "(revised from 2.5%)", "revised up from the first estimate of 0.3%", "earlier
// estimated at 2.0 per cent": a role phrase right before the number, or before "as", "at" or
// "of" and the number; and "1.8% in the previous estimate", the phrase after "in the".
void read_prose_role(const prose& p, found& f) {
  const std::vector<word> ws = lead(p, f);  // nearest first
  constexpr std::size_t longest = 3;
  const std::size_t from = !ws.empty() && (ws[0].lower == "as" || ws[0].lower == "at" ||
                                           ws[0].lower == "of" || ws[0].lower == ":")
                               ? 1
                               : 0;
  std::string phrase;
  for (std::size_t n = 1; n <= longest && from + n <= ws.size(); ++n) {
    const word& w = ws[from + n - 1];
    if (!w.letters()) break;
    phrase.insert(0, n == 1 ? std::string(w.lower) : std::string(w.lower) + " ");
    const lexicon::entry* e = lexicon::find(phrase);
    // One word alone ("revision") names a column, not a figure of prose.
    if (n > 1 && e && e->is(word_class::column_role)) {
      f.role = std::string(e->role);
      return;
    }
  }
  if (revised_from(p, f, ws)) {
    f.role = "previous_estimate";
    return;
  }
  if (points_from_an_estimate(p, f)) {
    f.role = "revision";
    return;
  }
  const std::vector<word> after = words_after(p, f.end, f.sentence_end, longest + 1);
  if (after.size() == longest + 1 && after[0].lower == "in" && after[1].lower == "the") {
    const lexicon::entry* e =
        lexicon::find(std::string(after[2].lower) + " " + std::string(after[3].lower));
    if (e && e->is(word_class::column_role)) f.role = std::string(e->role);
  }
}

void classify_one(const prose& p, const block& b, found& f, const found* previous,
                  const found* last_rate, const found* last_change) {
  read_qualifier(p, b, f);
  read_prose_role(p, f);
  if (f.form == found_form::rank || f.kind_fixed) return;
  const unit& u = f.q.written_unit;
  if (u.style == unit_style::percent) return classify_rate(p, f, previous, last_rate);
  if (points_of_a_rate(p, f)) {
    f.q.written_unit = unit::points();
    f.noun.clear();
  }
  if (f.q.written_unit.style == unit_style::points) return classify_points(p, f);
  if (!u.dim.dimensionless()) {
    f.kind = claim_kind::level;
    f.after_name = bracket_after_name(p, f);
    read_lead_in(p, b, f);
    if (!f.decreases) read_change(p, f);
    read_elided_change(p, f, last_change);
    read_gapped_change(p, f, previous, last_change);
    return;
  }
  if (f.noun.empty()) {
    if (std::string noun = counted_after(p, b, f); !noun.empty()) {
      f.noun = noun;
      f.noun_borrowed = true;
    }
  }
  if (f.noun.empty() || head_of(f.noun) == "unit") {
    if (std::string noun = counted_by_subject(p, f); !noun.empty()) {
      f.noun = noun;
      f.noun_borrowed = true;
    }
  }
  f.kind = f.noun.empty() ? claim_kind::other : kind_of_counted(p, b, f);
  read_counted_change(p, f);
  // "Employment rose by 2,700 and unemployment by 300": a count of a clause without its verb
  // is a change as the amount of one is.
  if (f.kind == claim_kind::level && !f.change) read_gapped_change(p, f, previous, last_change);
}

// A bare number, or one counted in "units", borrows the thing counted by the nearest claim of
// its block: "exported 2 million and 3 million ... 5.221 million vehicles".
void borrow_nouns(std::vector<found>& claims) {
  if (claims.empty()) return;
  // Lenders do not change as claims borrow (a borrower never had a noun of its own to lend),
  // so the nearest one each side is found in two walks, not by searching outwards from every
  // claim: a line of thousands of bare numbers stays linear.
  auto lends = [](const found& c) {
    ++work_done().lenders_tried;  // counted for the tests of linearity
    const std::string head = head_of(c.noun);
    return !c.noun.empty() && !c.noun_borrowed && head != "unit" &&
           (lexicon::is(head, word_class::noun_physical) ||
            lexicon::is(head, word_class::noun_stock));
  };
  const std::size_t none = claims.size();
  std::vector<std::size_t> left(claims.size(), none), right(claims.size(), none);
  for (std::size_t i = 1; i < claims.size(); ++i)
    left[i] = lends(claims[i - 1]) ? i - 1 : left[i - 1];
  for (std::size_t i = claims.size() - 1; i-- > 0;)
    right[i] = lends(claims[i + 1]) ? i + 1 : right[i + 1];
  // The nearer of the two, the one before on a tie.
  auto lender = [&](std::size_t i) -> const found* {
    const std::size_t l = left[i], r = right[i];
    if (l == none && r == none) return nullptr;
    if (r == none || (l != none && i - l <= r - i)) return &claims[l];
    return &claims[r];
  };
  for (std::size_t i = 0; i < claims.size(); ++i) {
    found& f = claims[i];
    const bool bare = f.form == found_form::digits && f.q.written_unit.dim.dimensionless() &&
                      (f.q.written_unit.style == unit_style::number ||
                       f.q.written_unit.style == unit_style::level);
    if (!bare || (!f.noun.empty() && head_of(f.noun) != "unit")) continue;
    if (const found* from = lender(i)) {
      f.noun = from->noun;
      f.noun_borrowed = true;
      f.kind = claim_kind::level;
    }
  }
}

// ", and", ", or": a comma and a joiner word.
bool comma_and(const std::vector<word>& ws) {
  return ws.size() == 2 && ws[0].lower == "," && (ws[1].lower == "and" || ws[1].lower == "or");
}

// "fell by 3.0 and 3.5 percent", "7.1, 3.4 and 2.9 percent respectively below": bare numbers
// listed before a rate (joined by commas, "and", "or" alone) are rates in its unit, and the
// words after the list are theirs too.
void share_list_units(const prose& p, std::vector<found>& claims) {
  auto bare = [](const found& f) {
    const unit& u = f.q.written_unit;
    return f.form == found_form::digits && u.style == unit_style::number && u.dim.dimensionless() &&
           f.noun.empty();
  };
  auto joined = [&](const found& a, const found& b) {
    const std::vector<word> ws = words_between(p, a.end, b.begin);
    return !ws.empty() && std::all_of(ws.begin(), ws.end(), list_joint);
  };
  for (std::size_t i = 0; i < claims.size();) {
    std::size_t j = i;
    while (j + 1 < claims.size() && bare(claims[j]) && joined(claims[j], claims[j + 1])) ++j;
    const unit& last = claims[j].q.written_unit;
    // "the index had been 116.0, and 1.1% lower than a year before": two numbers a comma and
    // "and" apart are two clauses' (a list of two has no comma), not a list.
    const bool clauses = j == i + 1 && comma_and(words_between(p, claims[i].end, claims[j].begin));
    if (j > i && !clauses &&
        (last.style == unit_style::percent || last.style == unit_style::points)) {
      for (std::size_t k = i; k <= j; ++k) {
        if (k < j) claims[k].q.written_unit = last;
        claims[k].list_end = claims[j].end;
      }
    }
    i = j + 1;
  }
}

// "Employment fell by 789 thousand on August 2018, to 28 million 529 thousand persons": a
// change counted by its subject's word (jobs) counts what the level it reached counts, the next
// claim of its sentence, right after "to", with a noun of its own.
void count_as_level_reached(const prose& p, std::vector<found>& claims) {
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    found& f = claims[i];
    const found& to = claims[i + 1];
    if (!f.change || !f.noun_borrowed || to.change || to.noun.empty() || to.noun_borrowed ||
        to.sentence_begin != f.sentence_begin || to.kind != claim_kind::level)
      continue;
    const std::vector<word> before = words_before(p, to.begin, f.end, window::next_word);
    if (before.empty() || before.back().lower != "to") continue;
    if (!lexicon::is(head_of(to.noun), word_class::noun_stock)) continue;
    f.noun = to.noun;
  }
}

}  // namespace

bool draft_counts_jobs(std::string_view lower) {
  // A word at a time, without keeping the words: a large draft is read in one pass.
  std::string w;
  for (std::size_t i = 0; i < lower.size();) {
    if (!is_ascii_letter(lower[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lower.size() && is_ascii_letter(lower[end])) ++end;
    w.assign(lower.substr(i, end - i));
    i = end;
    if (w.size() > 8) continue;  // "payrolls" is the longest word that counts jobs
    if (lexicon::counted_name(w) == "job") return true;
    const lexicon::entry* e = lexicon::find(w);
    if (e && e->is(word_class::counting_subject) && !e->is(word_class::person_measure) &&
        lexicon::counted_name(e->unit) == "job")
      return true;
  }
  return false;
}

// "(16-58 for women and 16-62 for men) it reached 50.1%": a bracket that closes between the
// claim before and this one is an aside, and its words ("for men") do not lead this claim,
// whose own words start past the bracket.
static std::size_t past_closed_aside(std::string_view text, std::size_t from, std::size_t to) {
  if (to > text.size() || from >= to) return from;
  const std::string_view between = text.substr(from, to - from);
  const std::size_t close = between.rfind(')');
  if (close == std::string_view::npos || between.find('(') != std::string_view::npos) return from;
  // Words of the aside's own after the claim before: "16-62 for men)", not "(5.2 in July),".
  const std::string_view aside = between.substr(0, close);
  const bool words =
      std::any_of(aside.begin(), aside.end(), [](char c) { return is_ascii_letter(c); });
  return words ? from + close + 1 : from;
}

void classify_block(const folded_text& t, const std::vector<table_model>& tables,
                    const row_index& rows, const block& b, std::vector<found>& claims) {
  const prose p = t.view();
  if (b.table == table_style::none) share_list_units(p, claims);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    found& f = claims[i];
    const std::optional<table_cell> cell = cell_of(t, tables, b, f.number_begin);
    if (cell) {
      read_cell(*cell, f);
      read_cell_mark(t.text, *cell, f);
      note_cell(*cell, f);
    }
    std::tie(f.sentence_begin, f.sentence_end) = sentence_around(t, b, f.number_begin);
    const found* previous =
        i > 0 && claims[i - 1].end > f.sentence_begin ? &claims[i - 1] : nullptr;
    f.lead_begin = previous ? previous->end : f.sentence_begin;
    if (previous && !cell) f.lead_begin = past_closed_aside(t.text, f.lead_begin, f.number_begin);
    // A cell's words start past its row's label: "| Population 15 years & over | 44,237 |"
    // says nothing of the number's qualifier.
    if (cell) f.lead_begin = std::max(f.lead_begin, claims_begin(t, tables, b));
    if (!cell && f.q.written_unit.style == unit_style::percent) {
      note_rate_row(p, rows, previous, f);
      if (!f.rate_row_table) note_fronted_row(p, rows, f);
    }
    // A count written with its scale alone ("reached 28,288 thousand") too.
    if (!cell && f.q.written_unit.style == unit_style::level) note_level_row(p, rows, f);
    const found *last_rate = nullptr, *last_change = nullptr;
    for (std::size_t j = i; j-- > 0 && claims[j].end > f.sentence_begin;) {
      if (!last_rate && percent_like(claims[j])) last_rate = &claims[j];
      if (!last_change && claims[j].change) last_change = &claims[j];
      if (last_rate && last_change) break;
    }
    classify_one(p, b, f, previous, last_rate, last_change);
    if (f.decreases && f.q.number > 0) {
      f.q.number = -f.q.number;
      // "fell by 2-3%" is the range [-3, -2].
      if (f.upper) std::swap(f.q.number, *f.upper = -*f.upper);
    }
  }
  borrow_nouns(claims);
  if (b.table == table_style::none) count_as_level_reached(p, claims);
}

std::string counted_unit_name(const std::string& noun) {
  using lexicon::word_class;
  std::vector<std::string> words;
  for (std::size_t at = 0; at <= noun.size();) {
    std::size_t sp = noun.find(' ', at);
    if (sp == std::string::npos) sp = noun.size();
    if (sp > at) words.push_back(lexicon::singular(noun.substr(at, sp - at)));
    at = sp + 1;
  }
  if (words.empty()) return "";
  // A unit the lexicon names: "standard containers" and "twenty-foot equivalent units" are
  // TEU (the phrase), "tons" are tonnes (the word).
  for (std::size_t i = 0; i < words.size(); ++i) {
    const lexicon::entry* pair =
        i + 1 < words.size() ? lexicon::find(words[i] + " " + words[i + 1]) : nullptr;
    if (pair && !pair->unit.empty()) return std::string(pair->unit);
    const lexicon::entry* e = lexicon::find(words[i]);
    if (!e || e->unit.empty()) continue;
    if (i + 1 < words.size()) return std::string(e->unit);
    words[i] = e->unit;
  }
  // "countries and regions", "consecutive years", "index points" keep their pair of words;
  // otherwise the head noun alone, so "key measures" and "16 measures" count the same thing.
  if (words.size() == 3 && (words[1] == "and" || words[1] == "or")) {
    return words[0] + " and " + words[2];
  }
  const std::string& head = words.back();
  if (words.size() >= 2 && lexicon::is(words[words.size() - 2], word_class::counted_modifier))
    return words[words.size() - 2] + " " + head;
  return head;
}

}  // namespace crossfoot::extract_detail
