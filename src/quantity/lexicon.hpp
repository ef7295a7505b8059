#pragma once
// The lexicon: every English word (or fixed phrase) crossfoot reads around a number, with all
// its classes, in one table (lexicon_words.cpp). "deficit" is a flow word (the balance), a sign
// word (negative) and names nothing a figure could be about; "bn" is a scale of 10^9; "€" is
// a currency that may stand before or after a number.
//
// The quantity grammar builds its currency, scale and sign symbol tables from this table, and
// the draft reader asks it what each word around a quantity is. A word is looked up in lower
// case; a phrase is its words joined by one space ("more than", "per cent").
#include <bitset>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "quantity/quantity.hpp"

namespace crossfoot::lexicon {

/// The classes a word can have. A word has any number of them.
enum class word_class {
  currency,          // a currency: "eur", "€", "dollars" (payload: its code)
  currency_before,   // ... that may stand before the number: "EUR 5", "€5", "US$5"
  currency_after,    // ... that may stand after the number or its scale: "5 euros", "5 bn €"
  scale,             // a scale word: "billion", "bn" (payload: the power of ten)
  glued_scale,       // a scale only when glued to the number: "1.2m" (not "1.2 m", metres)
  plural_scale,      // "billions" in a unit row: "Billions of dollars"
  percent,           // "%", "percent", "per cent", "pct"
  sign,              // a word that gives an amount its sign: "deficit" (-), "surplus" (+)
  flow,              // the flow a word names: "exports", "bought", "trade", "deficit"
  flow_modifier,     // a flow word that reads on to the next one: "export trade", "total exports"
  aspect,            // "price", "volume" of a flow
  direction,         // a rate of change follows, and which way: "rose" (up), "fell" (down)
  comparative,       // after a rate, says it is a change: "9.8% more", "4% lower"
  level_cue,         // a level (a share) follows: "to", "reached", "accounting"
  qualifier,         // one word before a number that qualifies it: "nearly", "over"
  qualifier_inside,  // ... and is part of the claim as written: "nearly 5", not "exceeded 5"
  qualifier_after,   // a phrase after a quantity that qualifies it: "at most", "or more"
  verb,              // ends a subject phrase: "is", "sold", "grew"
  filler,            // names nothing a figure could be about: "the", "value", "overall"
  preposition,       // "of", "to", "with"
  pronoun,           // points back: "it", "they"
  clause_break,      // starts a clause of its own: "that", "which", "while"
  noun_stop,         // ends a counted noun phrase after a number: "and", "of", "were"
  denominator_stop,  // ends what a share is of: "in", "which", "and"
  joiner,            // joins items of a list: ",", "and", "or"
  month,             // a month name or abbreviation (payload: 1 to 12)
  calendar_before,   // before "N years": a calendar span, not a duration ("the past two years")
  calendar_after,    // after "N years": the same ("five years ago")
  not_before_fraction,  // before "half", "quarter": a period ("the first half", "in a quarter")
  reference,            // a label before an identifier number: "Article 5", "Table 3"
  ordinal,              // "first" (payload: 1)
  rank_verb,            // a rank follows: "ranks first"
  cardinal,             // a number word: "nine" (payload: 9)
  fraction,             // "third", "quarters" (payload: the denominator)
  multiple,             // "doubled" (payload: the factor)
  digit_class,          // "double-digit" (payload: the least value)
  not_counted,          // after a cardinal, not a count: "the two sides"
  noun_time,            // a duration: "years", "days"
  noun_physical,        // a physical volume: "vehicles", "TEU", "tonnes"
  noun_enumeration,     // an enumerated abstraction: "four highlights"
  noun_entity,          // a counted entity or policy item: "enterprises", "measures"
  noun_stock,           // a population a statistic measures as a level: "jobs", "people"
  ing_noun,             // an -ing word that names a thing, not a verb: "clothing", "housing"
  counting_subject,     // a subject that says what a bare number counts (payload: the unit):
                        // "payrolls" (+49,000 is jobs)
  plural,               // a plural noun that does not end in -s: "people", "TEU"
  not_plural,           // a word in -s that is not a plural noun: "does", "respectively"
  national,             // words any briefing uses for its own country: "country", "domestic"
  overall,              // says the figure is the whole: "overall", "total", "national"
  world,                // the world's trade: "global", "world"
  previous_cue,         // a level a change started from follows: "from", "against"
  open_ending,          // a line ending in it wraps on: "the", "of", "rose"
  counted_modifier,     // kept with the noun it counts: "consecutive years", "index points"
  rate_noun,            // a table header says its numbers are rates: "rate", "percent"
  share_noun,           // ... shares or weights: "share", "weight", "proportion"
  points_noun,          // ... points: "pp", "contributions"
  growth_noun,          // a rate named so is a growth rate: "inflation ... at 2.1%"
  yoy_word,             // a rate on the same period a year earlier: "annual", "year-on-year"
  weight_noun,          // a share column of weights: "weight" (ids X.weight)
  month_lead,           // a capitalised month alone after it is a month: "in April", "from May"
  period_lead,          // a period after it is a claim's or sentence's: "in 2019", "over January"
  span_end,             // a month after it ends a span of months: "the quarter ended in July",
                        // "the three months ending June 2019"
  year_ago,             // after "a year": the same period a year earlier ("a year before")
  average_word,         // the figures of its sentence are averages: "averaged", "average"
  sub_row_mark,         // a table row so marked is a part of the row above: "of which"
  member_noun,          // after a group's name, names the group: "EU countries" is the EU
  column_role,          // a table column of a figure's estimates (payload: the id suffix):
                        // "Previous estimate" (previous_estimate), "Revision" (revision)
  revision_word,        // its sentence tells of a revision: "from" or "instead of" before an
                        // amount there gives the earlier estimate, not the earlier period
  sign_of,              // a currency a sign may stand for (payload: the sign): "cad" and
                        // "canadian dollars" say "$" is the Canadian dollar in their draft
  share_cue,            // a share, not a rate, follows: "accounting for", "made up", "share"
  year_to_date,         // a table header's months are year-to-date: "so far this year", "YTD"
  series,               // names a series of a figure (payload, in the aspect's field:
                        // "seasonally_adjusted", "trend", "original"): "seasonally", "trend"
  index_noun,           // a table header over index levels: "Index (2010=100)", "Indexes"
  contribution_word,    // points after it are a contribution: "contributed", "contribution"
  aggregate,            // an aggregate of the national accounts (payload: its id's family):
                        // "gross domestic product", "gdp"; its figures are volumes
  age_lead,             // a bare number after it is an age, no claim: "aged 15 to 64"
  duration_lead,        // a count of a noun of time after it says how long something lasted,
                        // no claim: "out of work for less than 6 months", "for 6-12 months"
  complement_lead,      // the group named after it is its complement: "countries outside the
                        // EU" are non_eu, as the "Non EU Member States" of a table are
  report_verb,          // "puts X at N": its object names what N is, not its subject
  exclusion_word,       // a row label so worded lists what it leaves out: "excluding"
  publisher,            // an agency that writes its own currency as a bare sign (payload: the
                        // currency; with sign_of, the sign): "stats nz" says "$" is NZD
  basis_lead,           // in a table header, the words after it say how levels are valued, not
                        // what they are: "Million ISK at current exchange rate" ("at")
  rate_measure,         // a ratio of a labour market release, by its catalogue name (payload,
                        // in the family's field): "unemployment" (rate) is unemployment_rate
  count_measure,        // ... a count of people: "employed persons" are employed,
                        // "economically active population" labour_force
  population_group,     // a group a population splits into, by its id segment: "female" is
                        // women
  valuation,            // how a flow is valued (payload, in the aspect's field: "fob", "cif"):
                        // a draft that names two keeps the one it names less apart
  point_fraction,       // a fraction of a percentage point where it compares rates: "three
                        // tenths more than the 2.6%", "a tenth of a point" (0.3 and 0.1 pp)
  base_opening,         // opening a sentence before a period, says what its rates compare
                        // with: "On the second quarter of 2023 GDP was 2.9% higher"
  headline_index,       // a price index a release is about ("cpi", "hicp", "ppi"), and the
                        // noun that alone names the draft's own one: "the index had been 116.0"
  earlier_word,         // puts a period back one: "the previous year", "last year", "the
                        // preceding quarter"
  rate_span,            // among a rate's own words, says what it compares with (payload, in the
                        // aspect's field: "period", the period before; "year", the same period
                        // a year earlier): "m/m", "on the month", "y/y", "in the 12 months to"
  span_base,            // ... after a base_lead word (payload as rate_span's): "(compared with)
                        // the previous month", "(on) the same month a year earlier"
  base_lead,            // a span_base phrase after it is what a rate compares with: "compared
                        // with", "on", "over", "relative to"; in a change column's header, the
                        // period after it: "Change on August 2018", "Change from May"
  after_word,           // a change after it is the earlier one: "after", "following"
  age_span,             // after an age word, goes on with the span: "aged 15 and over",
                        // "aged 15 to 64", "aged 65 or older"
  not_a_currency,       // an ISO 4217 code that is also a word or an abbreviation releases use:
                        // not read as money ("TOP 10", "SDG 17", an "IRR" of 5%)
  age_up,               // after an age word, leaves its span open upward: "aged 15 and over",
                        // "16 or older"
  group_lead,           // a group named after it bounds the measure before it: "the
                        // unemployment rate for young people", "of women", "among men"
  ordinal_suffix,       // glued to digits, makes them an ordinal: "2nd", "3rd", "4th"
  status_mark,          // a letter after a header's year that says how final its figures are,
                        // not which period: "December 2019p" (preliminary), "2018r" (revised)
  period_noun,          // after a dated period, names it as one: "In the August 2019 period,"
  person_measure,       // a counting subject's count measure when it counts people (payload,
                        // in the persons field): "employment ... to 28,529 thousand persons"
                        // is employed, while "employment" alone counts jobs
  price_basis,          // how an aggregate's levels are valued, kept in its ids (payload, in the
                        // aspect's field): "current prices" (current_prices), apart from the
                        // volumes that are the accounts' convention
  roman_numeral,        // a quarter's number in Roman numerals, written in capitals (payload:
                        // 1 to 4): "I quarter 2018", "the IV quarter", a table row "| III |"
                        // under a year's row
  index_rate,           // the rate of the prices a headline index measures: "inflation" alone
                        // is the rate of the index the draft has named (cpi)
  index_base,           // names a line before a table as the base of its index levels, with
                        // the base period and "=100": "Base: February 2009=100"
  whole_index_label,    // alone as a row label of a price index's table, names its whole
                        // index: "| General |", "| General index |" (Japan's, India's CPI)
  list_next,            // brings in the next item of a ranking, of the measure of the one
                        // before: "X led the rise (10.7%), followed by Y (70.6%)"
  change_noun,          // names a draft's rates in a note of what they compare with, right
                        // before "on" or "over": "changes on the same month of 2019"
  set_lead,             // opens a phrase naming the set the subject after it is picked from:
                        // "Among economic blocs, East Asia was ..." is about East Asia
  capitalised,          // a currency of letters read only with a capital first letter, in any
                        // case after it: "Tk 5 crore", "KSh 31 billion", "NIS 3.3 billion"
                        // ("le", "sr" in small letters are words)
  scaled_only,          // a currency word after the number read only after a scale word:
                        // "3.2 trillion won", "5 billion lei" (not "won 5 seats")
  count                 // (number of classes)
};

using class_set = std::bitset<static_cast<std::size_t>(word_class::count)>;

enum class flow_kind { none, exports, imports, total, balance };
enum class direction { none, up, down };

const char* to_string(flow_kind f);

/// One row of the lexicon.
struct entry {
  std::string_view text;  // lower case; a phrase's words joined by one space
  class_set classes;
  std::string_view currency;         // ISO-like code of a currency word or publisher: "EUR"
  int number = 0;                    // scale power, month, ordinal, cardinal, denominator
  double factor = 0;                 // a multiple's factor: 2 for "doubled"
  int sign = 0;                      // -1 "deficit", +1 "surplus"
  flow_kind flow = flow_kind::none;  // the flow a flow word names
  direction dir = direction::none;   // a direction or comparative word's way
  qualifier qual = qualifier::none;  // a qualifier word's or phrase's meaning
  std::string_view unit;             // the canonical unit of a counted noun: "TEU", "tonne"
  std::string_view aspect;           // "price", "volume"
  std::string_view role;             // a column role's id suffix: "previous_estimate"
  std::string_view sign_of;          // the sign this currency may stand behind: "$", "¥"
  std::string_view family;           // an aggregate's family ("gdp"), a measure's or a
                                     // group's id segment ("unemployment_rate", "women")
  std::string_view persons;          // a person_measure's count measure: "employed"

  bool is(word_class c) const { return classes.test(static_cast<std::size_t>(c)); }
};

/// Every row, in the order written.
std::span<const entry> entries();

/// The row of a lower-case word or phrase, or nullptr.
const entry* find(std::string_view lower);
/// Whether the lower-case word or phrase has class `c`.
bool is(std::string_view lower, word_class c);
/// The rows of one class, in the order written.
std::vector<const entry*> of_class(word_class c);

/// "entities" → "entity", "vehicles" → "vehicle", "boxes" → "box"; "glass", "bus" and
/// "analysis" unchanged. Lower-case words only.
std::string singular(std::string_view lower_word);
/// What a counted word counts, as one name for all its spellings: its singular, or the unit
/// the lexicon gives the singular ("persons" and "people" → "person", "tons" → "tonne"). The
/// figures file and the draft reader name a counted dimension by it, so "884 thousand people"
/// and "| 28,288 |" under "(thousand persons)" are one dimension.
std::string counted_name(std::string_view lower_word);
/// Whether the lexicon knows the lower-case word, or its singular, as a counted thing (a
/// duration, a physical volume, an enumeration, an entity, an irregular plural or a unit).
bool counted_thing(std::string_view lower_word);

/// The name of a class as the table writes it ("currency_before").
std::string_view class_name(word_class c);

/// Problems in the table's text (unknown class, a word written twice): empty when it is well
/// formed. A test asserts it is empty; a malformed table aborts at first use.
std::vector<std::string> table_problems();

}  // namespace crossfoot::lexicon
