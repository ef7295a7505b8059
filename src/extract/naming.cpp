// Suggested ids, following the conventions of rules/trade.rules so that `check --draft` binds
// a draft without renaming: "Exports grew by 4.8% to $412.6 billion" is trade.exports.growth
// and trade.exports; "Machinery ... $118.3 billion, or 31.7% of everything the country sold
// abroad" is machinery.exports and machinery.exports.share.
//
// Naming a claim is an ordered list of small steps (`subject_steps`, `flow_steps`): each
// looks in one place and either names the claim's subject (or flow) or passes to the next.
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "core/period.hpp"
#include "extract/detail/naming.hpp"
#include "extract/detail/periods.hpp"
#include "extract/detail/table.hpp"

namespace crossfoot::extract_detail {

namespace {

using lexicon::word_class;

// Whether the words name a year's span of months: "twelve months", "12 months", "12-month".
bool names_twelve_months(const prose& p, const std::vector<word>& ws) {
  for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
    const std::string_view count = p.text.substr(ws[i].begin, ws[i].end - ws[i].begin);
    if ((ws[i].lower == "twelve" || count == "12") &&
        (ws[i + 1].lower == "months" || ws[i + 1].lower == "month"))
      return true;
  }
  return false;
}

// The word after a period and the second year of a fiscal year written after it, if any:
// "July to October 2020-21," goes on at the comma after "-21".
std::size_t after_split_year(const prose& p, const std::vector<word>& ws, std::size_t next) {
  constexpr std::size_t short_year = 2;
  if (next >= ws.size() || !ws[next].number() || ws[next].begin == 0) return next;
  std::string_view digits = p.text.substr(ws[next].begin, ws[next].end - ws[next].begin);
  const char before = p.text[ws[next].begin - 1];
  if (digits.starts_with('-') || digits.starts_with('/')) {
    digits.remove_prefix(1);
  } else if (before != '-' && before != '/') {
    return next;
  }
  return digits.size() == short_year ? next + 1 : next;
}

// "Imports over July to October 2020-21 totalled ...", "Rupee exports during January-March
// 2031 came to ...": a subject of one or two words, the last naming a flow, then a period lead
// and a span of months, then a word that is no preposition (the verb). The span is the
// sentence's period as if the sentence opened on it. A single period may not be read so: "in
// October 2019 prices" names prices.
std::optional<period> subject_then_span(const prose& p, const std::vector<word>& ws,
                                        const std::optional<period>& own) {
  constexpr std::size_t longest_subject = 2;
  for (std::size_t k = 1; k <= longest_subject && k + 1 < ws.size(); ++k) {
    if (!ws[k - 1].letters()) return std::nullopt;
    if (!ws[k].is(word_class::period_lead)) continue;
    if (flow_at(ws, k - 1).empty()) return std::nullopt;
    std::size_t at = k + 1;
    if (ws[at].lower == "the") ++at;
    const auto found_period = period_at(p, ws, at, own);
    if (!found_period || !found_period->when.is_range()) return std::nullopt;
    const std::size_t next = after_split_year(p, ws, at + found_period->count);
    if (next < ws.size() && ws[next].letters() && !ws[next].is(word_class::preposition))
      return found_period->when;
    return std::nullopt;
  }
  return std::nullopt;
}

// "In the first four months of the fiscal year, July to October 2020-21, goods exported came
// to ...": an opening (a period lead first) on a span the reader cannot place, whose words name
// a time (months, a year), restated by a period between commas: the period restated.
std::optional<period> restated_opening(const prose& p, const std::vector<word>& ws,
                                       const std::optional<period>& own) {
  if (ws.empty() || !ws[0].is(word_class::period_lead)) return std::nullopt;
  bool time = false;
  for (std::size_t k = 1; k < ws.size(); ++k) {
    if (ws[k].lower != ",") {
      if (!ws[k].letters()) return std::nullopt;
      time =
          time || lexicon::is(lexicon::singular(std::string(ws[k].lower)), word_class::noun_time);
      continue;
    }
    if (!time) return std::nullopt;
    const auto found_period = period_at(p, ws, k + 1, own);
    if (!found_period) return std::nullopt;
    const std::size_t next = after_split_year(p, ws, k + 1 + found_period->count);
    if (next < ws.size() && ws[next].lower == ",") return found_period->when;
    return std::nullopt;
  }
  return std::nullopt;
}

// "- gasoline (+25.6%)", "* education", "• rents": a block that is an item of a list.
bool list_item(std::string_view text) {
  for (std::string_view mark : {"- ", "* ", "+ ", "\xE2\x80\xA2 "}) {  // •
    if (text.starts_with(mark)) return true;
  }
  return false;
}

// The series a word names ("seasonally": seasonally_adjusted), or "".
std::string_view series_named(const word& w) {
  const lexicon::entry* e = w.letters() ? w.entry() : nullptr;
  return e && e->is(word_class::series) ? e->aspect : std::string_view();
}

// What a table cell's row label names by `named` (a series, a valuation), else its column's
// header.
template <class Named>
std::string named_by_row(const prose& p, const table_cell& row, const Named& named) {
  std::string s = named(row.label);
  if (s.empty() && row.column) s = named(words_between(p, row.column->begin, row.column->end));
  return s;
}

// The valuation a word names ("cif"), or "".
std::string_view valuation_named(const word& w) {
  const lexicon::entry* e = w.letters() ? w.entry() : nullptr;
  return e && e->is(word_class::valuation) ? e->aspect : std::string_view();
}

// "over the year", "on the year": three words the lexicon gives as a year-on-year phrase.
bool yoy_phrase(const std::vector<word>& ws) {
  for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
    if (!ws[i].letters() || !ws[i + 1].letters() || !ws[i + 2].letters()) continue;
    const std::string phrase = std::string(ws[i].lower) + " " + std::string(ws[i + 1].lower) + " " +
                               std::string(ws[i + 2].lower);
    if (lexicon::is(phrase, word_class::yoy_word)) return true;
  }
  return false;
}

// The words ws[k, k + n) as written between them, blanks and line breaks read as one blank: the
// lexicon's phrase "m/m", "in the 12 months to".
std::string written_phrase(const prose& p, const std::vector<word>& ws, std::size_t k,
                           std::size_t n) {
  std::string out;
  for (std::size_t at = ws[k].begin; at < ws[k + n - 1].end; ++at) {
    const char c = p.lower[at];
    if (!is_blank(c))
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  return out;
}

// What a rate compares with, as its own words say (lexicon rate_span, span_base); annualized: a
// period's rate compounded over a year ("at a seasonally adjusted annual rate"); to_date: the
// year to date on the same months a year earlier ("5.08 percent (c-to-c)").
enum class rate_span { none, period, year, annualized, to_date };

// The span named by a phrase starting at ws[k]: one that says it ("m/m", "on the year", "in the
// 12 months to"), or one that names what is compared with after a base word ("compared with
// the previous month", "on the same month a year earlier"); the longest phrase first.
rate_span span_at(const prose& p, const std::vector<word>& ws, std::size_t k) {
  auto based = [&] {
    for (std::size_t n = 1; n <= 3 && n <= k; ++n) {
      if (lexicon::is(written_phrase(p, ws, k - n, n), word_class::base_lead)) return true;
    }
    return false;
  };
  for (std::size_t n = std::min(window::span_phrase, ws.size() - k); n > 0; --n) {
    const lexicon::entry* e = lexicon::find(written_phrase(p, ws, k, n));
    if (!e || !(e->is(word_class::rate_span) || (e->is(word_class::span_base) && based())))
      continue;
    if (e->aspect == "annualized") return rate_span::annualized;
    if (e->aspect == "to_date") return rate_span::to_date;
    return e->aspect == "year" ? rate_span::year : rate_span::period;
  }
  return rate_span::none;
}

rate_span span_of_words(const prose& p, const std::vector<word>& ws) {
  for (std::size_t k = 0; k < ws.size(); ++k) {
    if (const rate_span s = span_at(p, ws, k); s != rate_span::none) return s;
  }
  return rate_span::none;
}

// A clause mark ends a rate's own words.
bool ends_own_words(const word& w) {
  return w.lower == "," || w.lower == ";" || w.lower == ":" || w.is(word_class::clause_break);
}

bool rate(const found& f) {
  return f.kind == claim_kind::growth || f.kind == claim_kind::share || f.kind == claim_kind::pp;
}

// The family of the country's own flows, which have none of their own: trade.exports.
constexpr const char* national_family = "trade";

// The population a labour market release is about, as rules/labour.rules names it when the
// words name no country: all.unemployment_rate, all.men.employed.
constexpr const char* whole_population = "all";

// A labour market measure as the catalogue names it: the population it is of ("all",
// "all.women"), the measure ("unemployment_rate") and what is left of the suffix ("change_yoy"
// of "share.change_yoy": a ratio's level is the measure itself, not a share of it).
struct measure_name {
  std::string population, measure, suffix;
};

// The words from `first` on joined as the lexicon writes a phrase: "labour force".
std::string lexicon_phrase(const std::vector<std::string>& words, std::size_t first) {
  std::string phrase = words[first];
  for (std::size_t k = first + 1; k < words.size(); ++k) phrase += " " + words[k];
  return phrase;
}

// "women", "men's" (slug "men_s"): the population group the words name, or "".
std::string population_group(std::vector<std::string> words) {
  if (words.size() == 2 && words.back() == "s") words.pop_back();  // a possessive's "s"
  if (words.empty()) return "";
  const lexicon::entry* e = lexicon::find(lexicon_phrase(words, 0));
  return e && e->is(word_class::population_group) ? std::string(e->family) : "";
}

// The catalogue's name for a claim whose family is a labour market measure (lexicon classes
// rate_measure and count_measure), alone or after a population group: "unemployment.share" is
// all.unemployment_rate, "men_employment.share" all.men.employment_rate,
// "economically_active_population.change_yoy" all.labour_force.change_yoy. A rate measure names
// a ratio's level and its changes (a share of no stated whole); a count measure a count of
// people, its changes and rates. Anything else in the family (a part of another row, a flow,
// words that are no group: "unemployed job seekers") keeps the reader's own name.
std::optional<measure_name> labour_measure(const found& f) {
  // "The labour force totalled 69.6 million persons": a flow word names no flow of a count
  // (compose leaves it out of the id), nor keeps the count from its measure.
  const bool flow = !f.flow.empty() && (f.noun.empty() || rate(f));
  if (f.family.empty() || flow || !f.aspect.empty() || f.share_named) return std::nullopt;
  const auto split = [](std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t at = 0; at <= text.size();) {
      const std::size_t under = std::min(text.find('_', at), text.size());
      out.emplace_back(text.substr(at, under - at));
      at = under + 1;
    }
    return out;
  };
  // "| - Female |" under "| Labour force participation rate (%) |": a part of a measure's row
  // named by a population group is the group's measure (labour_force_participation.female).
  std::string_view family = f.family;
  std::string part_group;
  if (const std::size_t dot = family.find('.'); dot != std::string_view::npos) {
    part_group = population_group(split(family.substr(dot + 1)));
    if (part_group.empty()) return std::nullopt;
    family = family.substr(0, dot);
  }
  std::vector<std::string> words = split(family);
  // "Unemployment rate, 15-64": the ages that bound the population (aged_15_64, family_of).
  std::string ages;
  for (std::size_t k = 0; k + 2 < words.size(); ++k) {
    const auto digits = [](const std::string& w) {
      return !w.empty() && std::all_of(w.begin(), w.end(), is_ascii_digit);
    };
    if (words[k] != "aged" || !digits(words[k + 1]) || !digits(words[k + 2])) continue;
    ages = "aged_" + words[k + 1] + "_" + words[k + 2];
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(k),
                words.begin() + static_cast<std::ptrdiff_t>(k + 3));
    break;
  }
  if (words.empty()) return std::nullopt;
  // "(first published as 69.7 percent)": a ratio's earlier estimate keeps its role.
  const bool estimate = !f.role.empty() && f.suffix == f.role && f.kind == claim_kind::share;
  const bool ratio_level = (f.suffix == "share" || f.suffix.starts_with("share.") || estimate) &&
                           f.kind != claim_kind::growth && !f.has_denominator();
  const bool people = (f.kind == claim_kind::level || rate(f)) && !f.suffix.starts_with("share") &&
                      f.suffix != "weight" && !is_currency(f.q.written_unit.dim.to_string());
  // "Employment fell by 789 thousand, to 28 million 529 thousand persons": a subject that
  // counts jobs alone counts people here (lexicon person_measure).
  const bool persons =
      people && f.kind == claim_kind::level && lexicon::counted_name(head_word(f.noun)) == "person";
  for (std::size_t k = 0; k < words.size(); ++k) {
    const lexicon::entry* e = lexicon::find(lexicon_phrase(words, k));
    const bool counts_persons = e && persons && e->is(word_class::person_measure);
    const bool names = e && ((ratio_level && e->is(word_class::rate_measure)) ||
                             (people && e->is(word_class::count_measure)) || counts_persons);
    if (!names) continue;
    const std::string group =
        population_group({words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k)});
    if ((k > 0 && group.empty()) || (!group.empty() && !part_group.empty())) return std::nullopt;
    measure_name out{whole_population, std::string(counts_persons ? e->persons : e->family),
                     f.suffix};
    if (!group.empty()) out.population += "." + group;
    if (!part_group.empty()) out.population += "." + part_group;
    if (!ages.empty()) out.population += "." + ages;
    if (ratio_level && !estimate) out.suffix = f.suffix == "share" ? "" : f.suffix.substr(6);
    return out;
  }
  return std::nullopt;
}

// The words of an id segment: "labour_force" is {"labour", "force"}.
std::vector<std::string> segment_words(std::string_view family) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at <= family.size();) {
    const std::size_t under = std::min(family.find('_', at), family.size());
    out.emplace_back(family.substr(at, under - at));
    at = under + 1;
  }
  return out;
}

// Whether the words from `k` on name a labour market measure ("unemployment", "non labour
// force": lexicon rate_measure, count_measure, person_measure).
bool names_labour_measure(const std::vector<std::string>& words, std::size_t k) {
  const lexicon::entry* e = lexicon::find(lexicon_phrase(words, k));
  return e && (e->is(word_class::rate_measure) || e->is(word_class::count_measure) ||
               e->is(word_class::person_measure));
}

// The group a family names before its labour measure ("male" of "male_employment", "youth" of
// "youth_employment"), or a sex it opens with ("female" of "female_activity"), or "".
std::string group_of_family(std::string_view family) {
  if (family.empty() || family.find('.') != std::string_view::npos) return "";
  const std::vector<std::string> words = segment_words(family);
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (!names_labour_measure(words, k)) continue;
    std::string group = words[0];
    for (std::size_t n = 1; n < k; ++n) group += "_" + words[n];
    return group;
  }
  return words.size() > 1 && !population_group({words[0]}).empty() ? words[0] : "";
}

// "Male employment rose by 2,700 ... and unemployment by 300", "The female activity rate went
// up ... and the unemployment rate went down": a labour measure named alone in a sentence that
// opens on a group's measure is the group's too, not the whole population's.
std::string with_sentence_group(const std::string& family, const found* first) {
  if (!first || family.empty() || family.find('.') != std::string::npos) return family;
  if (!names_labour_measure(segment_words(family), 0)) return family;
  const std::string group = group_of_family(first->family);
  return group.empty() ? family : group + "_" + family;
}

std::string compose(const found& f) {
  const std::optional<measure_name> measure = labour_measure(f);
  // "all.2020.men.unemployment_rate": the period and series go after the whole population and
  // before its group, as figures files write lk.2022.men.participation_rate, so that a rule's
  // X.men.R binds X = all.2020.
  std::string id = measure ? std::string(whole_population) : f.family;
  const bool flow_figure = f.kind == claim_kind::level || rate(f);
  // A flow without a family of its own is the country's: trade.exports.
  if (id.empty() && (!f.flow.empty() || !f.aspect.empty()) && flow_figure) id = national_family;
  if (id.empty()) return "";
  if (!f.period.empty()) id += "." + f.period;
  if (!f.series.empty()) id += "." + f.series;
  if (!f.section.empty()) id += "." + f.section;
  if (!f.basis.empty()) id += "." + f.basis;
  if (measure)
    id += measure->population.substr(std::string_view(whole_population).size()) + "." +
          measure->measure;
  // Flows are in money: "165.4 index points" or "3.42 million TEU" are not X.total. A flow
  // valued otherwise than the draft's own valuation is a measure of its own: imports_cif.
  std::string flow = f.noun.empty() || rate(f) ? f.flow : "";
  if (!f.valuation.empty()) {
    if (flow.empty())
      id += "." + f.valuation;
    else
      flow += "_" + f.valuation;
  }
  std::string suffix = measure ? measure->suffix : f.suffix;
  // "imported goods USD8.22 billion (58.9%)": the country's whole flow's share is of its total
  // trade (trade.imports_share), not X.imports.share, a family's share of the country's flow,
  // which of the flow itself would be 100%.
  if (!measure && f.family.empty() && suffix == "share" && !flow.empty() && flow != "total" &&
      f.aspect.empty()) {
    flow += "_share";
    suffix.clear();
  }
  for (const std::string* part : {&std::as_const(flow), &f.aspect, &std::as_const(suffix)}) {
    if (!part->empty()) id += "." + *part;
  }
  return f.prev ? id + ".prev" : id;
}

// The claim's family and the words it is about, from the subject's content words.
void set_family(found& f, const std::vector<std::string>& entity, std::string family) {
  f.family = std::move(family);
  f.subject = slug(entity);
  std::replace(f.subject.begin(), f.subject.end(), '_', ' ');
}

// The words of `ws` up to the first clause mark, or with `sentence`, up to the first mark that
// ends a clause of its own (a bracket does not: "£21.3 billion (7.4% of exports)").
std::vector<word> phrase(std::vector<word> ws, bool sentence = false) {
  auto mark = std::find_if(ws.begin(), ws.end(), [&](const word& w) {
    if (sentence)
      return w.lower == "." || w.lower == ";" || w.lower == ":" || w.lower == "!" || w.lower == "?";
    return !w.letters() && !w.number();
  });
  ws.erase(mark, ws.end());
  return ws;
}

// "a year before", "a year earlier", "a year ago" starting at ws[k].
bool a_year_ago(const std::vector<word>& ws, std::size_t k) {
  return k + 2 < ws.size() && ws[k].lower == "a" && ws[k + 1].lower == "year" &&
         ws[k + 2].is(word_class::year_ago);
}

// "on the year" closing a rate's phrase, at ws[k]: "down 0.1 per cent on the year" is on the
// same period a year earlier ("on the month": on the period before).
bool on_the_year(const std::vector<word>& ws, std::size_t k) {
  return k + 3 == ws.size() && ws[k].lower == "on" &&
         yoy_phrase({ws.begin() + static_cast<std::ptrdiff_t>(k), ws.end()});
}

// The flow of a table row: its label's, else that of the row it is a part of ("| of which euro
// area |"); for a row that names none, or only the total, its section's ("| Total goods |" under
// "| CREDITS |"), then its caption's ("| Total |" in "Imports of goods, main groups by SITC"). A
// row of levels written negative takes neither: "-29 363" under "DEBITS" is not imports of
// minus 29,363 (table_row::negative).
// "| Meals bought away from home |": a flow verb after the noun it describes in a row label
// ("bought", "shipped") says what the row's thing is, not the flow of the table's figures. The
// label without such words.
std::vector<word> without_participle_flows(const std::vector<word>& label) {
  std::vector<word> out;
  for (const word& w : label) {
    const lexicon::entry* e = w.letters() ? w.entry() : nullptr;
    const bool participle = e && e->flow != lexicon::flow_kind::none &&
                            (e->is(word_class::verb) || ends_in_ed(w.lower)) && !out.empty() &&
                            out.back().letters() && !out.back().is(word_class::preposition) &&
                            first_flow({out.back()}).empty();
    if (!participle) out.push_back(w);
  }
  return out;
}

std::string row_flow(const std::vector<word>& label, const std::vector<word>& parent,
                     const std::vector<word>& section, bool flow_section, bool negative,
                     const table_model* table) {
  std::string flow = first_flow(without_participle_flows(label));
  // "| Employed, total |" in a table of thousands of persons: "total" says the row is the whole
  // of what it names, not a flow of trade, in a table of no money whose caption and sections name
  // no flow.
  if (flow == "total" && table && table->level_unit &&
      !is_currency(table->level_unit->dim.to_string()) && table->caption_flow.empty() &&
      first_flow(section).empty() && label.size() >= 2 && label.back().lower == "total")
    return "";
  if (flow.empty()) flow = first_flow(parent);
  if ((flow.empty() || (flow == "total" && !flow_section)) && !negative) {
    const std::string of_section = first_flow(section);
    if (!of_section.empty()) flow = of_section;
  }
  if ((flow.empty() || flow == "total") && !negative && table && !table->caption_flow.empty())
    flow = table->caption_flow;
  return flow;
}

// "a surplus of €18.7 bn on its goods trade with the rest of the world, against +€12.6 bn": the
// words right after a balance that say what it is on or in ("on its goods trade", "in trade
// with China") name what the balance is of, not a flow of their own. Drops them, up to the
// clause mark that ends them.
std::vector<word> without_balance_domain(std::vector<word> between) {
  if (between.empty() || (between.front().lower != "on" && between.front().lower != "in"))
    return between;
  auto mark = std::find_if(between.begin(), between.end(),
                           [](const word& w) { return !w.letters() && !w.number(); });
  between.erase(between.begin(), mark);
  return between;
}

// What the steps of naming one claim share while they run.
struct naming_state {
  std::vector<word> own;     // the words before the claim in its clause (or its row's label)
  std::string flow;          // the flow named so far
  std::string earlier_flow;  // the flow of the sentence a borrowed subject came from
  std::string part_of;       // "vehicles made up $41.2 billion of it": the claim before's family
  bool points_back = false;  // a pronoun says the subject is in an earlier sentence
  bool borrowed = false;     // the subject came from the sentence before
  bool by_section = false;   // the subject is its table row's section's (namer::table_row)
};

class namer {
 public:
  namer(const folded_text& t, const block& b, std::vector<found>& claims, naming_context& context)
      : t_(t), p_(t.view()), b_(b), claims_(claims), context_(context) {}

  void name_all() {
    for (std::size_t i = 0; i < claims_.size(); ++i) {
      row_ = context_.tables ? cell_of(t_, *context_.tables, b_, claims_[i].number_begin)
                             : std::nullopt;
      name(i);
    }
    row_.reset();
    for (std::size_t i = 0; i < claims_.size(); ++i) {
      const std::vector<word> next =
          words_after(p_, claims_[i].end, claims_[i].sentence_end, window::next_word);
      if (!next.empty() && next.front().lower == "respectively") distribute(i);
    }
    for (std::size_t i = 0; i < claims_.size(); ++i) pair_earlier_list(i);
  }

  using subject_step = std::optional<subject> (namer::*)(std::size_t, naming_state&);
  using flow_step = std::string (namer::*)(std::size_t, const naming_state&);

  // The steps (see subject_steps and flow_steps below the class).

  void name(std::size_t i);
  void pair_earlier_list(std::size_t first);
  bool name_after_previous(std::size_t i);
  bool name_rate_for(std::size_t i);
  std::vector<word> flow_words_since(const found& previous, const found& f) const;

  // Subject steps.
  std::optional<subject> counted_thing(std::size_t i, naming_state& st);
  // The group of columns a cell is under, or that prose naming its row names.
  struct column_group {
    std::vector<word> label;  // "EU Member States", "CPI(A)"
    std::string mark;         // "a" (table_column::group_mark)
    bool is_total = false;    // the group is the table's whole: "Total"
    bool of_total = false;    // the table has such a whole group
  };
  std::optional<subject> in_group(const subject& row, const column_group& g,
                                  naming_state& st) const;
  std::optional<subject> table_row(std::size_t i, naming_state& st);
  std::optional<subject> excluding_row(naming_state& st);
  bool whole_index_row(const std::vector<word>& label) const;
  static bool whole_index_name(const std::vector<word>& label);
  bool rate_of_prices(const found& f, const subject& s, const naming_state& st) const;
  bool index_over_all(const std::vector<word>& label) const;
  std::string index_of_column(const table_column& col) const;
  std::string index_of_columns() const;
  std::optional<subject> rate_row_named(std::size_t i, naming_state& st);
  std::optional<subject> name_in_list(std::size_t i, naming_state& st);
  std::optional<subject> share_in_named(std::size_t i, naming_state& st);
  std::optional<subject> named_in_after(const found& f) const;
  std::optional<subject> group_after(std::size_t i, naming_state& st);
  std::optional<std::string> group_named_after(const found& f) const;
  std::optional<std::string> group_named_before(const found& f) const;
  std::optional<subject> gapped_group(std::size_t i) const;
  std::optional<subject> gapped_possessive(std::size_t i) const;
  bool for_a_group(const found& f) const;
  std::string series_of(const found& f) const;
  std::string valuation_of(const found& f) const;
  std::string basis_of(const found& f) const;
  std::optional<subject> what_follows(std::size_t i, naming_state& st);
  std::optional<subject> reported_object(std::size_t i, naming_state& st);
  std::optional<subject> gapped_clause(std::size_t i, naming_state& st);
  std::vector<word> gapped_words(std::size_t i) const;
  void gapped_suffix(std::size_t i);
  std::optional<subject> own_clause(std::size_t i, naming_state& st);
  std::optional<subject> sentence_excluding(std::size_t i, naming_state& st);
  std::optional<subject> sentence_for(std::size_t i, naming_state& st);
  std::optional<subject> sentence_lead(std::size_t i, naming_state& st);
  std::optional<subject> sentence_before(std::size_t i, naming_state& st);
  std::optional<subject> counted_population(std::size_t i, naming_state& st);
  bool population_noun(const found& f) const;

  // Flow steps.
  std::string flow_of_sign(std::size_t i, const naming_state& st);
  std::string flow_of_whole(std::size_t i, const naming_state& st);
  std::string flow_of_row(std::size_t i, const naming_state& st);
  std::string flow_of_named_row(std::size_t i, const naming_state& st);
  std::string section_of_row(const naming_state& st) const;
  std::string flow_before(std::size_t i, const naming_state& st);
  std::string flow_after(std::size_t i, const naming_state& st);
  std::string flow_borrowed(std::size_t i, const naming_state& st);
  std::string flow_of_heading(std::size_t i, const naming_state& st);
  std::optional<subject> partner_trading(std::size_t i, const std::string& flow) const;

  // Suffixes and periods.
  std::string suffix_of(const found& f) const;
  std::string share_suffix(const found& f) const;
  void read_period(std::size_t i);
  std::optional<period> period_of_words(std::size_t i) const;
  std::optional<period> rate_period_after(const found& f) const;
  std::optional<period> sentence_period(std::size_t i) const;
  std::optional<period> that_period(const found& f) const;
  std::optional<period> opening_period(std::size_t i) const;
  std::optional<period> clause_opening_period(const found& f) const;
  std::optional<period> colon_clause_period(const found& f) const;
  std::optional<period> clause_subject_period(const found& f) const;
  std::optional<period> when_clause_period(const found& f) const;
  std::string unplaced_when_clause(const found& f) const;
  std::string unplaced_opening(const found& f) const;
  std::string unplaced_months(const found& f) const;
  std::optional<period> clause_period_before(const found& f) const;
  std::optional<period> span_of_subject(const found& f) const;
  bool names_period(std::size_t begin, std::size_t end, const period* wanted = nullptr) const;
  bool caption_names_only(const table_model& m, const period& p, bool rates) const;
  bool sentence_names(const found& f, const period& p) const;
  bool averaged(const found& f) const;
  std::optional<period> base_of_rate(const found& f) const;
  std::optional<period> bare_month_base(const std::vector<word>& after, std::size_t k) const;
  bool month_base_right_after(const found& f) const;
  std::optional<period> opening_base(const found& f) const;
  bool previous_cue(const found& f) const;
  bool says_annual(const found& f, bool with_section = true) const;
  bool annual_by_words(const found& f) const;
  bool worded_row_rate_annual(const found& f) const;
  bool annual_rate_after(std::size_t i) const;
  bool on_a_year_earlier(const found& f) const;
  rate_span own_span(std::size_t i) const;
  rate_span span_after(std::size_t i) const;
  // "by 3.1% compared with October 2025 (3.3% in September)": a rate in brackets that closes
  // the own words of a rate on a year earlier is of that span too.
  bool bracketed_after_yoy(std::size_t i) const {
    const found* before = previous_in_sentence(i);
    if (!before || before->kind != claim_kind::growth || before->suffix != "growth_yoy")
      return false;
    // The bracket closes the rate's own words: "... compared with March 2030 (".
    const std::vector<word> between = words_between(p_, before->end, claims_[i].begin);
    return !between.empty() && between.back().lower == "(" &&
           std::none_of(between.begin(), between.end() - 1,
                        [](const word& w) {
                          return ends_own_words(w) || w.lower == "(" || w.lower == ")";
                        }) &&
           bracket_names_no_base(i);
  }
  // "1.0% higher than in December 2018, after a rise of 1.5% in November": a rate that a word
  // of the lexicon's previous_cue ("after") brings in after a comma, with only fillers between
  // ("a rise of"), right after a rate on a year earlier, is that rate's earlier value: on a
  // year earlier too, not on the month before.
  bool cued_after_yoy(std::size_t i) const {
    const found* before = previous_in_sentence(i);
    if (!before || before->kind != claim_kind::growth || before->suffix != "growth_yoy")
      return false;
    const std::vector<word> between = words_between(p_, before->end, claims_[i].begin);
    const auto comma = std::find_if(between.rbegin(), between.rend(),
                                    [](const word& w) { return w.lower == ","; });
    if (comma == between.rend() || comma == between.rbegin()) return false;
    const auto cue = comma.base();
    return cue->is(word_class::previous_cue) &&
           std::all_of(cue + 1, between.end(), [](const word& w) { return filler(w); });
  }
  // "(2.6% in February)", "(2.6% in the previous month)": the bracketed rate's own words say
  // when, not what it compares with; "(0.3% compared with February 2031)", "(0.3% above
  // February)" name a base of their own (lexicon base_lead, comparative).
  bool bracket_names_no_base(std::size_t i) const {
    const found& f = claims_[i];
    std::vector<word> own = words_after(p_, f.end, f.sentence_end, window::rate_base_phrase + 1);
    const auto close =
        std::find_if(own.begin(), own.end(), [](const word& w) { return w.lower == ")"; });
    if (close == own.end()) return false;
    own.erase(close, own.end());
    if (own.size() < 2 || own.front().lower != "in") return false;
    if (span_of_words(p_, own) != rate_span::none) return false;
    for (std::size_t k = 0; k < own.size(); ++k) {
      for (std::size_t n = 1; n <= 3 && k + n <= own.size(); ++n) {
        const lexicon::entry* e = lexicon::find(written_phrase(p_, own, k, n));
        if (e && (e->is(word_class::base_lead) || e->is(word_class::comparative))) return false;
      }
    }
    return true;
  }
  std::optional<period> period_before_own(const std::vector<word>& ws, std::size_t k) const;
  std::optional<period> labelled_period(const found& f) const;

  std::vector<word> share_of(const found& f) const;
  std::string denominator_flow(const found& f) const;
  subject previous_sentence(const found& f, std::string& flow) const;
  std::string within_parent(const found& f) const;
  std::string family_of(const subject& s, const found& f, std::string parent);
  std::string age_span(const found& f) const;
  std::string group_of_measure_before(std::size_t i, const std::vector<word>& own) const;
  std::optional<std::size_t> rate_broken_down(std::size_t i) const;
  bool of_pronoun(const found& f) const;
  std::string part_named_after(const found& f) const;
  bool ratio_in_clause(const found& f) const;
  void attach(found& f, const found& parent);
  void distribute(std::size_t last);
  std::vector<std::vector<word>> list_items(const std::vector<word>& ws, bool semicolons) const;
  std::vector<std::vector<word>> items_of_sentence_before(const found& f, std::size_t k) const;

  // The sentence's first claim, when it is before claim i.
  const found* first_in_sentence(std::size_t i) const {
    std::size_t j = i;
    while (j > 0 && claims_[j - 1].end > claims_[i].sentence_begin) --j;
    return j < i ? &claims_[j] : nullptr;
  }
  const found* previous_in_sentence(std::size_t i) const {
    return i > 0 && claims_[i - 1].end > claims_[i].sentence_begin ? &claims_[i - 1] : nullptr;
  }
  std::size_t sentence_lead_end(std::size_t i) const {
    std::size_t j = i;
    while (j > 0 && claims_[j - 1].end > claims_[i].sentence_begin) --j;
    return claims_[j].begin;
  }
  // Whether the claim is a cell of a table with a column of estimates ("Previous estimate").
  bool estimates_table() const {
    return row_ && row_->table &&
           std::any_of(row_->table->columns.begin(), row_->table->columns.end(),
                       [](const table_column& c) { return !c.role.empty(); });
  }
  // The subject of the words of claim i's sentence before its first claim.
  subject lead_subject(std::size_t i) const {
    const found& f = claims_[i];
    return subject_of_words(
        words_after(p_, f.sentence_begin, sentence_lead_end(i), window::subject));
  }
  subject subject_of_words(const std::vector<word>& ws) const {
    return subject_of(ws, context_.national);
  }

 private:
  const folded_text& t_;
  prose p_;
  const block& b_;
  std::vector<found>& claims_;
  naming_context& context_;
  std::optional<table_cell> row_;
};

// Where a claim's subject is read from, in order; the first that names one wins.
constexpr std::pair<const char*, namer::subject_step> subject_steps[] = {
    {"the thing it counts", &namer::counted_thing},  // "1.9 million standard containers"
    {"its table row", &namer::table_row},            // "| Container exports | €21.4 billion |"
    {"the group after it", &namer::group_after},     // "to 71.8 percent for men"
    {"the name before its bracket", &namer::name_in_list},  // "adult men (6.0 percent)"
    {"'in' and a name after it", &namer::share_in_named},   // "5.5% in construction"
    {"the table row it names", &namer::rate_row_named},     // "energy ... at 9.5%"
    {"what follows it", &namer::what_follows},  // "RMB 14.29 trillion of intermediate goods"
    {"a clause without its verb", &namer::gapped_clause},  // "... and external demand 0.5 points"
    {"its sentence's 'Excluding X,'", &namer::sentence_excluding},  // "With fuels left out, ..."
    {"its sentence's 'For X,'", &namer::sentence_for},  // "For the EU28, ... is €168.3 billion"
    {"what a report verb puts at it", &namer::reported_object},  // "puts the number ... at"
    {"its own clause", &namer::own_clause},                      // "Machinery exports reached ..."
    {"its sentence's lead", &namer::sentence_lead},            // the subject before the first claim
    {"the sentence before", &namer::sentence_before},          // "They grew 8.0%"
    {"the population it counts", &namer::counted_population},  // "12,000 people"
};
// Where its flow is read from, in order.
constexpr std::pair<const char*, namer::flow_step> flow_steps[] = {
    {"a sign word after it", &namer::flow_of_sign},         // "€4.0 bn in deficit"
    {"what it is a share of", &namer::flow_of_whole},       // "31.7% of everything ... sold abroad"
    {"its table row", &namer::flow_of_row},                 // "| Imports | ..."
    {"the words before it", &namer::flow_before},           // "Exports grew by 4.8%"
    {"the words after it", &namer::flow_after},             // "RMB 1.2 trillion of exports"
    {"the table row it names", &namer::flow_of_named_row},  // "Fish, ... accounted for"
    {"the sentence before", &namer::flow_borrowed},         // with a subject borrowed from it
    {"its section's heading", &namer::flow_of_heading},     // "## Debits (imports of ...)"
};

void namer::name(std::size_t i) {
  found& f = claims_[i];
  // A rate's earlier estimate ("revised from 2.5%") is its rate's (gdp.growth.previous_estimate),
  // of the rate's span.
  const bool rate_role = !f.role.empty() && f.kind == claim_kind::growth;
  // ... and points that revise a rate are its revision (gdp.growth_yoy.revision, after the rate
  // they follow), where they would otherwise be its change.
  const bool points_role = f.role == "revision" && f.kind == claim_kind::pp;
  f.suffix = f.weight                                        ? "weight"
             : !f.role.empty() && !rate_role && !points_role ? f.role
             : f.kind == claim_kind::share                   ? share_suffix(f)
                                                             : suffix_of(f);
  read_period(i);
  if (rate_role) f.suffix += "." + f.role;
  if (points_role) f.suffix = f.role;
  f.valuation_said = valuation_of(f);
  f.valuation = context_.valuations_apart.contains(f.valuation_said) ? f.valuation_said : "";
  f.basis = basis_of(f);
  // The series it is said to be of, also when it is named after the claim before it ("On a
  // seasonally adjusted basis, the rate fell 0.1 points to 3.3 per cent").
  const std::string said = series_of(f);
  f.series_said = said == context_.main_series ? "" : said;
  if (!context_.series_apart.empty()) {
    f.series = said;
    if (!context_.series_apart.contains(f.series)) f.series.clear();
  }
  // A change or rate in a row of levels written negative is of their size (table_row::negative).
  const bool size_change = row_ && row_->negative_row && f.suffix.starts_with("change");
  const bool size_growth =
      row_ && (row_->negative_row || row_->negative_balance) && f.suffix.starts_with("growth");
  if (size_change || size_growth) f.suffix = "size_" + f.suffix;
  if (name_after_previous(i) || name_rate_for(i)) return;
  gapped_suffix(i);
  naming_state st;
  st.own = row_ ? row_->label : words_before(p_, f.begin, f.lead_begin, window::subject);
  subject s;
  for (const auto& [what, step] : subject_steps) {
    if (auto found_subject = (this->*step)(i, st)) {
      s = std::move(*found_subject);
      break;
    }
  }
  for (const auto& [what, step] : flow_steps) {
    if (!(st.flow = (this->*step)(i, st)).empty()) break;
  }
  // "The United States bought more of the country's goods than any other destination, USD902.25
  // million worth": a partner that buys is the country's exports to it, one that sells its
  // imports from it; the partner names the figure.
  if (auto partner = partner_trading(i, st.flow)) {
    st.flow = st.flow == "exports" ? "imports" : "exports";
    s = std::move(*partner);
  }
  // "Over the twelve months the group rose 3.2%" under "### Food and non-alcoholic beverages
  // group (+1.9%)": the group is the heading's.
  if (!row_ && s.entity.size() == 1 && !context_.heading_head.empty() &&
      s.entity.front() == context_.heading_head)
    s.entity = context_.heading_entity;
  // "In January the index had been 116.0": the index alone is the headline index the draft
  // has named last (cpi), not a family of its own, when it has named no other or named that one
  // in the same paragraph; else it stays "index".
  if (!row_ && s.entity.size() == 1 && !context_.last_headline_index.empty() &&
      (!context_.headline_indices_differ || context_.last_headline_block == &b_)) {
    const lexicon::entry* e = lexicon::find(s.entity.front());
    if (e && e->is(word_class::headline_index) && e->family.empty())
      s.entity = {context_.last_headline_index};
  }
  // "Overall inflation came to 9.04 per cent": the rate of prices alone (lexicon index_rate),
  // of nothing its clause names, is the rate of the headline index the draft has named last.
  if (!row_ && s.entity.empty() && st.flow.empty() && f.kind == claim_kind::growth &&
      !context_.last_headline_index.empty() &&
      std::any_of(st.own.begin(), st.own.end(),
                  [](const word& w) { return w.letters() && w.is(word_class::index_rate); }))
    s.entity = {context_.last_headline_index};
  // "Between April and May prices rose by 0,3% on average" in a release of a price index: the
  // rate of prices alone is the headline index's (cpi.growth), not an aspect of the country's
  // trade. "Transport prices" keep their aspect: a thing's prices may be of a narrower item
  // than the row of its name ("food purchased from restaurants").
  if (!row_ && s.entity.empty() && rate_of_prices(f, s, st)) {
    s.aspect.clear();
    s.entity = {context_.last_headline_index};
  }
  // "Economic contraction of 1.7 percent", "the economy shrank by 1.7 percent": a rate of the
  // economy alone, of no flow, is the rate of its aggregate (gdp).
  if (!row_ && s.entity.empty() && st.flow.empty() && f.kind == claim_kind::growth) {
    for (const word& w : st.own) {
      const lexicon::entry* e = w.letters() ? w.entry() : nullptr;
      if (e && e->is(word_class::aggregate)) s.entity = {std::string(e->family)};
    }
  }
  // "Averaged over the three months to April, the deficit widened by $1.5 billion": an
  // average is a figure of its own, not the month's.
  if (s.aspect.empty() && averaged(f)) s.aspect = "average";
  set_family(f, s.entity, family_of(s, f, st.part_of));
  if (!row_) f.family = with_sentence_group(f.family, first_in_sentence(i));
  if (!row_) f.family = group_of_measure_before(i, st.own);
  if (const lexicon::entry* e = lexicon::find(f.family.substr(0, f.family.find('.')));
      e && e->is(word_class::headline_index) && !e->family.empty()) {
    if (context_.headline_index.empty()) context_.headline_index = e->family;
    if (!context_.last_headline_index.empty() && context_.last_headline_index != e->family)
      context_.headline_indices_differ = true;
    context_.last_headline_index = e->family;
    context_.last_headline_block = &b_;
  }
  // A counted thing is not a flow of money, nor are its rates ("3.42 million TEU, a rise of
  // 7.5%" is teu.growth).
  f.flow = f.named_by_noun ? "" : st.flow;
  f.aspect = s.aspect;
  f.section = section_of_row(st);
  // "the share of services in all employment rose to 48.4 percent": a share noun (lexicon
  // share_noun) and "of" name a part of a whole.
  if (!row_ && f.kind == claim_kind::share) {
    for (std::size_t k = 0; k + 1 < st.own.size() && !f.share_named; ++k)
      f.share_named = st.own[k].is(word_class::share_noun) && st.own[k + 1].lower == "of";
  }
  f.id = compose(f);
}

// The series a claim is said to be of: its row's label or column's header ("| All groups CPI,
// seasonally adjusted |"), its sentence's opening ("Seasonally adjusted, the group rose 1.4%;
// fruit and vegetables (+3.8%)"), its own words, or ", seasonally adjusted" right after it.
std::string namer::series_of(const found& f) const {
  auto named = [](const std::vector<word>& ws) -> std::string {
    for (const word& w : ws) {
      if (const std::string_view s = series_named(w); !s.empty()) return std::string(s);
    }
    return "";
  };
  if (row_) {
    // A column's series may be named by a header above its own ("Seasonally adjusted" over
    // "On a quarter | On a year"), or by its siblings (table_column::series).
    std::string s = named_by_row(p_, *row_, named);
    if (s.empty() && row_->column) s = row_->column->series;
    return s;
  }
  for (const std::vector<word>& ws :
       {words_after(p_, f.sentence_begin, f.begin, window::sentence_opening),
        words_before(p_, f.begin, f.lead_begin, window::lead)}) {
    if (std::string s = named(ws); !s.empty()) return s;
  }
  const std::vector<word> after = words_after(p_, f.end, f.sentence_end, window::next_word + 1);
  if (after.size() == 2 && after[0].lower == ",") return named({after[1]});
  return "";
}

// The valuation a claim is said to be of: its row's label or column's header ("| Imports cif,
// total |"), the word right after it ("ISK 49,800 million cif"), or the nearest one before it
// in its own words ("imports cif came to ...").
std::string namer::valuation_of(const found& f) const {
  auto last_named = [](const std::vector<word>& ws) -> std::string {
    for (std::size_t k = ws.size(); k-- > 0;) {
      if (const std::string_view v = valuation_named(ws[k]); !v.empty()) return std::string(v);
    }
    return "";
  };
  if (row_) return named_by_row(p_, *row_, last_named);
  const std::vector<word> after = words_after(p_, f.end, f.sentence_end, window::next_word);
  if (std::string v = last_named(after); !v.empty()) return v;
  return last_named(words_before(p_, f.begin, f.lead_begin, window::lead));
}

// How a claim's levels are valued (lexicon price_basis): its column's header or a header over
// it ("At current prices, EUR million"), else a phrase right after it ("EUR 9.8 billion at
// current prices") or, for a level, in its own words before it ("GDP at current prices came
// to ...").
std::string namer::basis_of(const found& f) const {
  auto named = [](const std::vector<word>& ws) -> std::string {
    for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
      if (!ws[k].letters() || !ws[k + 1].letters()) continue;
      const lexicon::entry* e =
          lexicon::find(std::string(ws[k].lower) + " " + std::string(ws[k + 1].lower));
      if (e && e->is(word_class::price_basis)) return std::string(e->aspect);
    }
    return "";
  };
  if (row_) return row_->column ? row_->column->basis : "";
  constexpr std::size_t basis_after = 3;  // "at current prices"
  if (std::string b = named(words_after(p_, f.end, f.sentence_end, basis_after)); !b.empty())
    return b;
  // A rate after a level so valued is real unless its own words say otherwise.
  if (f.kind != claim_kind::level) return "";
  return named(words_before(p_, f.begin, f.lead_begin, window::lead));
}

// A rate with no words of its own belongs to the claim before it in its sentence:
// "$118.3 billion, or 31.7% of ..." is machinery.exports.share.
//
// So does a level whose own words say nothing but when or how it compares: "up 2.1% on
// September 2018 (€173.9 bn)", "against +€12.6 bn a year before", "from £23.8 billion in April
// to £25.7 billion in May". It keeps its own period (and its being a change).
// The words between the claim before and this one that may name a flow of their own.
std::vector<word> namer::flow_words_since(const found& previous, const found& f) const {
  std::vector<word> between = words_between(p_, previous.end, f.begin);
  return previous.flow == "balance" ? without_balance_domain(std::move(between)) : between;
}

// Words between two claims that close a bracket after words of the first's own: "16-62 for
// men) it", not "(€5.0 bn), or" nor "), adult women (".
static bool closes_aside(const std::vector<word>& between) {
  const auto close =
      std::find_if(between.begin(), between.end(), [](const word& w) { return w.lower == ")"; });
  return close != between.end() && close != between.begin() &&
         std::none_of(between.begin(), between.end(), [](const word& w) { return w.lower == "("; });
}

bool namer::name_after_previous(std::size_t i) {
  found& f = claims_[i];
  const found* previous = previous_in_sentence(i);
  if (!previous || row_ || previous->id.empty() ||
      (previous->family.empty() && previous->flow.empty()))
    return false;
  const bool level = f.kind == claim_kind::level && f.noun.empty() && !previous->named_by_noun &&
                     (previous->kind == claim_kind::level || rate(*previous));
  // "1,979,700 filled jobs, seasonally adjusted, that is 8,700 (0.4 percent) fewer": a change
  // of a count, counting what the level before it counts, is that level's change.
  // So is "a fall of 140 thousand persons" after "884 thousand people were unemployed": a
  // population's own unit again.
  // The counted thing may be the level's without its qualifier: "6,100 more" borrows "jobs"
  // from "2,345,600 paid jobs".
  const bool change_of_count =
      f.kind == claim_kind::level && f.change && (f.noun_borrowed || population_noun(f)) &&
      previous->kind == claim_kind::level && !previous->change &&
      (lexicon::counted_name(f.noun) == lexicon::counted_name(previous->noun) ||
       (f.noun_borrowed && !f.noun.empty() &&
        lexicon::counted_name(f.noun) == lexicon::counted_name(head_word(previous->noun))));
  // "and unemployment by 300 from 16,900 to 17,200": a count brought in by "from" or "to" alone
  // right after a change, or after the level it came from, is the changed thing's level then.
  const std::vector<word> between = words_between(p_, previous->end, f.begin);
  const bool from_to_level = f.kind == claim_kind::level && f.noun_borrowed && !f.change &&
                             previous->kind == claim_kind::level && between.size() == 1 &&
                             (between[0].lower == "from" || between[0].lower == "to");
  // "Employees were 84.0% of the employed, or 350,100 persons, and 12.5% of them held a fixed-term
  // contract": a share of a pronoun after a level is a part of the level's subject, named by the
  // words after it (employees.fixed_term_contract.share), never the subject's own share.
  if (f.kind == claim_kind::share && of_pronoun(f) && previous->kind == claim_kind::level &&
      !previous->family.empty() && previous->family.find('.') == std::string::npos) {
    const std::string part = part_named_after(f);
    if (part.empty()) return false;
    f.family = previous->family + "." + part;
    f.subject = previous->subject;
    f.id = compose(f);
    return true;
  }
  // "Part-time workers made up 12.1% of all employment, or 48,310 persons": a count right after
  // ", or" after a share of a whole, or in brackets right after it, counts the share's part,
  // not the whole its words name.
  const bool part_counted = [&] {
    if (f.kind != claim_kind::level || f.change || previous->kind != claim_kind::share ||
        !previous->has_denominator())
      return false;
    const std::vector<word> after_whole =
        words_between(p_, std::max(previous->end, previous->denominator_end), f.begin);
    return (after_whole.size() == 1 &&
            (after_whole[0].lower == "or" || after_whole[0].lower == "(")) ||
           (after_whole.size() == 2 && after_whole[0].lower == "," && after_whole[1].lower == "or");
  }();
  if (!rate(f) && !level && !change_of_count && !from_to_level && !part_counted) return false;
  // "(16-58 for women and 16-62 for men) it reached 50.1%": the claim before closes an aside
  // after words of its own; the rate after the bracket is not its share.
  if (rate(f) && closes_aside(between)) return false;
  // "from 67.1 percent in the June quarter: to 71.8 percent for men": a group after it names
  // a rate of its own.
  if (rate(f) && (group_named_after(f) || group_named_before(f))) return false;
  // "19.6% worked in agriculture, 19.5% in industry": a share that names its own part after it.
  if (named_in_after(f)) return false;
  // "Exports fell by 0.7% after rising 1.4%, and imports rose faster, by 1.5%": a flow named
  // since the claim before starts a subject of its own; its own flow again ("the balance
  // worsened by 10.8 per cent, to a deficit of NOK 313.3 billion") does not.
  // A rate's flow word starts a subject even when it repeats ("the import price dropped by
  // 3.1% and the import volume has increased by 2.9%").
  const auto another_flow = [&](const std::vector<word>& ws) {
    for (std::size_t k = 0; k < ws.size(); ++k) {
      const std::string flow = flow_at(ws, k);
      if (!flow.empty() && (flow != previous->flow || rate(f))) return true;
    }
    return false;
  };
  if (another_flow(flow_words_since(*previous, f))) return false;
  // "more than RMB 5 trillion of bulk commodities, nearly RMB 3 trillion of electromechanical
  // products": what follows a level names it.
  if (!rate(f)) {
    naming_state scratch;
    if (what_follows(i, scratch)) return false;
  }
  // Only the claim's own clause: "a surplus of €18.7 bn on its goods trade ..., against +€12.6
  // bn" says nothing of the €12.6 bn but "against".
  std::vector<word> own = words_before(p_, f.begin, f.lead_begin, window::subject);
  const auto mark = std::find_if(own.rbegin(), own.rend(), [](const word& w) {
    return w.lower == "," || w.lower == ";" || w.lower == ":";
  });
  own.erase(own.begin(), mark.base());
  // "machinery (12.6%); other manufactured goods (10.4%)": in a list of rates in brackets after
  // names, the words before a rate's bracket name an item of its own, whatever words they are.
  if (f.after_name && previous->after_name &&
      std::any_of(own.begin(), own.end(),
                  [](const word& w) { return w.letters() && !w.is(word_class::joiner); }))
    return false;
  // Its own flow again is nothing new: ", to a deficit of" after the balance's rate.
  bool says_nothing = !another_flow(own);
  for (std::size_t k = 0; k < own.size() && says_nothing; ++k) {
    says_nothing = filler(own[k]) || names_a_time(own[k]) ||
                   (!rate(f) && !flow_at(own, k).empty() && flow_at(own, k) == previous->flow);
  }
  // "and hours worked rose 2.1%": an aggregate's name is a subject, though "hours" alone is
  // a time and "worked" a verb.
  if (!says_nothing || names_aggregate(own)) return false;
  if (rate(f)) {
    attach(f, *previous);
  } else {
    f.family = previous->family;
    f.flow = previous->flow;
    f.aspect = previous->aspect;
    f.subject = previous->subject;
  }
  // "ISK 12.1 billion cif, up 5%": the rate is of the level's valuation, unless it says its own
  // ("imports cif reached ... and imports fob ...": fob, the draft's own).
  if (f.valuation_said.empty()) f.valuation = previous->valuation;
  // "rose to 5.7%, from 5.1% in July, and averaged 5.1% over the three months": an average of
  // the same thing is a figure of its own (growth_average: no part of the thing, as an aspect
  // segment before .growth would read to the catalogue's component rules).
  if (rate(f) && !f.suffix.ends_with("_average") &&
      std::any_of(own.begin(), own.end(),
                  [](const word& w) { return w.is(word_class::average_word); }))
    f.suffix += "_average";
  f.id = compose(f);
  return true;
}

// "a rise of 2.0% for exports to EU countries and of 5.1% for imports from them": a rate
// followed by "for" and a flow whose words point back ("from them") is the rate of that flow,
// of the subject of the rate before it in its sentence.
bool namer::name_rate_for(std::size_t i) {
  found& f = claims_[i];
  if (!rate(f) || row_) return false;
  const std::vector<word> after =
      phrase(words_after(p_, f.end, f.sentence_end, window::what_follows));
  if (after.size() < 2 || after.front().lower != "for") return false;
  const std::vector<word> rest(after.begin() + 1, after.end());
  const std::string flow = first_flow(rest);
  if (flow.empty()) return false;
  // A named subject ("for exports to EU countries") is left to the steps that name the rate
  // before it the same way as its level.
  const subject s = subject_of_words(rest);
  if (!s.points_back && s.names_something()) return false;
  const found* previous = previous_in_sentence(i);
  if (!previous || !rate(*previous) || previous->family.empty()) return false;
  f.family = previous->family;
  f.subject = previous->subject;
  f.aspect = previous->aspect;
  f.flow = flow;
  f.id = compose(f);
  return true;
}

// ---- subject steps ----------------------------------------------------------------------

// "1.9 million standard containers": the thing counted names the claim.
std::optional<subject> namer::counted_thing(std::size_t i, naming_state&) {
  found& f = claims_[i];
  if (f.noun.empty() || f.noun_borrowed || f.form == found_form::percent_words) return std::nullopt;
  f.named_by_noun = true;
  subject s;
  s.entity = {f.noun};
  // "151,000 people were unemployed": people named by what they were, as a table's row
  // "| Unemployed |" names them.
  // So are "4 million persons aged 15 and over were unemployed": an age span between them
  // (an age word, numbers and the lexicon's age_span words) bounds the people. Open upward
  // from working age (lexicon age_up), the span is everyone's; two ages ("aged 15 to 24")
  // bound a population of its own (all.aged_15_24.unemployed, as a table's row names it); any
  // other span ("aged 65 and over", "under 25") keeps the reading of a count of persons.
  const std::vector<word> after =
      words_after(p_, f.end, f.sentence_end, window::predicate + window::age_span);
  std::size_t k = 0;
  std::vector<std::string> ages;
  bool open_upward = false;
  if (k < after.size() && after[k].is(word_class::age_lead)) {
    ++k;
    for (; k < after.size() && (after[k].number() || after[k].is(word_class::age_span)); ++k) {
      if (after[k].number())
        ages.emplace_back(p_.text.substr(after[k].begin, after[k].end - after[k].begin));
      else if (after[k].is(word_class::age_up))
        open_upward = true;
    }
  }
  constexpr std::string_view working_ages[] = {"15", "16"};
  const bool everyone = k == 0 || (ages.size() == 1 && open_upward &&
                                   std::find(std::begin(working_ages), std::end(working_ages),
                                             ages.front()) != std::end(working_ages));
  const bool bounded = k > 0 && ages.size() == 2 && !open_upward;
  if ((everyone || bounded) && after.size() >= k + window::predicate &&
      after[k].is(word_class::verb) && after[k + 1].is(word_class::counting_subject)) {
    s.entity = {std::string(after[k + 1].lower)};
    if (bounded) s.entity.push_back("aged_" + ages[0] + "_" + ages[1]);
    return s;
  }
  // "203,000 unemployed persons": a population's unit after a word that counts people is named
  // by that word, as the row "| Unemployed |" is; the words say whose figure it is.
  if (const std::size_t space = f.noun.find(' ');
      space != std::string::npos && f.noun.find(' ', space + 1) == std::string::npos) {
    const std::string first = f.noun.substr(0, space), second = f.noun.substr(space + 1);
    if (lexicon::is(first, word_class::counting_subject) &&
        lexicon::is(lexicon::counted_name(second), word_class::noun_stock)) {
      s.entity = {first};
      f.named_by_noun = false;
      return s;
    }
  }
  // "356,600 males": a sex counted names its group, though it counts people. In brackets right
  // after a count ("586,900 (356,600 males and 230,300 females)"), or joined to a sex so
  // counted there, it is that sex's part of the count: the group before the count's measure
  // (all.men.labour_force).
  if (k == 0 && f.noun.find(' ') == std::string::npos && !population_group({f.noun}).empty()) {
    for (std::size_t j = i; j-- > 0 && claims_[j].end > f.sentence_begin;) {
      const std::vector<word> between = words_between(p_, claims_[j].end, claims_[j + 1].begin);
      if (between.size() == 1 && between[0].lower == "(") {
        if (!claims_[j].family.empty() && claims_[j].kind == claim_kind::level &&
            !claims_[j].change)
          s.entity = {f.noun, claims_[j].family};
        break;
      }
      if (between.empty() || !std::all_of(between.begin(), between.end(), list_joint) ||
          population_group({claims_[j].noun}).empty())
        break;
    }
    return s;
  }
  // "the economically active population reached 28,288 thousand, up 208 thousand persons": a
  // population's unit (persons, people, jobs) is what is counted, not what the figure is of; the
  // sentence names that, and only when nothing does is the figure named by its unit
  // (counted_population, the last step).
  if (population_noun(f)) {
    f.named_by_noun = false;
    return std::nullopt;
  }
  return s;
}

// A population's unit alone, as the lexicon's stocks are ("people", "persons", "jobs").
// A noun with words of its own ("1,979,700 filled jobs") names what it counts.
bool namer::population_noun(const found& f) const {
  return f.noun.find(' ') == std::string::npos &&
         lexicon::is(lexicon::counted_name(f.noun), word_class::noun_stock);
}

// The last resort for a count of a population that nothing else names: its unit.
std::optional<subject> namer::counted_population(std::size_t i, naming_state&) {
  found& f = claims_[i];
  if (f.noun.empty() || f.noun_borrowed || !population_noun(f)) return std::nullopt;
  f.named_by_noun = true;
  subject s;
  s.entity = {f.noun};
  return s;
}

// "Composite CPI", "Index of production", "GDP": words that name an index (lexicon index_noun)
// or an aggregate (lexicon aggregate), a measure that has components, not a partner or region.
bool names_a_measure(const std::vector<word>& label) {
  return std::any_of(label.begin(), label.end(), [](const word& w) {
    return w.letters() && (w.is(word_class::index_noun) || w.is(word_class::aggregate));
  });
}

// "EU Member States" over a column: the group's figure. Under a row that names a thing of its
// own ("Crude oil"), or beside a group that is the table's total, it is a part (crude_oil.eu,
// trade.eu): two groups' cells of one row are never one figure. Nothing when the column is of
// no group.
std::optional<subject> namer::in_group(const subject& row, const column_group& g,
                                       naming_state& st) const {
  subject group = subject_of_label(g.label, context_.national);
  // "Other countries" names nothing the lexicon reads, yet is a group apart from the total.
  // A group that is a flow alone ("| Exports | | Imports | |" over the years) gives its flow
  // (flow_of_row), not a family.
  if (!group.names_something() && !g.is_total && flow_label(g.label).empty()) {
    for (const word& w : g.label) {
      if (w.letters()) group.entity.emplace_back(w.lower);
    }
  }
  if (!group.names_something()) return std::nullopt;
  // "CPI(A)" beside "CPI(B)": the letters in brackets name the group apart (cpi_a).
  if (!g.mark.empty()) group.entity.push_back(g.mark);
  // "Composite CPI" over "| Food |": a group that names an index or aggregate is the whole its
  // rows are components of (cpi.food, as prices.rules' X.Y); the row naming the whole ("All
  // items") is the group's own figure.
  if (row.names_something() && names_a_measure(g.label)) {
    st.part_of = slug(group.entity);
    return row;
  }
  if (row.names_something()) {
    st.part_of = slug(row.entity);
  } else if (g.of_total) {
    st.part_of = national_family;
  }
  return group;
}

// "| Q1 2031 |", "| IV* |": a row label that is its period alone names nothing the row is about.
bool label_is_period(const prose& p, const std::vector<word>& label) {
  if (label.empty()) return false;
  const std::string_view text =
      p.text.substr(label.front().begin, label.back().end - label.front().begin);
  return written_period(text) || quarter_alone(text);
}

// "| 2017 | 41 858.0 | 3.9 |" above "| I | 9 277.7 | 1.1 |": every row of the table is labelled by
// its period alone, so the table is a series of what its caption names.
bool rows_by_period_alone(const table_model& m) {
  return std::all_of(m.rows.begin(), m.rows.end(),
                     [](const table_row& r) { return r.unit_row || r.when; });
}

// A table cell is about its row's label. In a table of estimates, a row labelled only by its
// period ("| November 2020 | +336,000 |") is about what the table's caption names ("Change in
// total nonfarm payroll employment"); so is one in a table of one number a row, a series ("GDP
// (volume), seasonally adjusted" over "| 2013 | Quarter 1 | 100.1 |").
std::optional<subject> namer::table_row(std::size_t, naming_state& st) {
  if (!row_) return std::nullopt;
  if (auto less = excluding_row(st)) return less;
  subject s = subject_of_label(st.own, context_.national);
  if (row_->row_when && label_is_period(p_, st.own)) s = subject{};
  // "| All items | 100.0 | 131.4 |" in a column of weights or index levels: the whole index,
  // the headline index the draft has named (cpi), as "All groups CPI" is.
  if (((!s.names_something() || s.entity.empty() || whole_index_name(st.own)) &&
       whole_index_row(st.own)) ||
      index_over_all(st.own)) {
    s.entity = {context_.headline_index};
    return s;
  }
  // "| Value (in million US dollars) | 300.0 |" under "| Timber and wood | | |": a row whose
  // label names only its measure and unit is about the section row above it.
  const bool measure_row = row_->row_unit || row_->row_index;
  if (!s.names_something() && measure_row && !row_->section_label.empty() && !row_->flow_section) {
    subject section = subject_of_label(row_->section_label, context_.national);
    if (section.names_something()) {
      st.by_section = true;
      return section;
    }
  }
  // "| Total |" or "| 20 – 29 |" under "| Unemployment Rate |" and "| By Gender |": a row of a
  // ratio's breakdown that names no part of its own is the ratio itself, of the ages its label
  // bounds (family_of).
  const bool whole = std::any_of(st.own.begin(), st.own.end(),
                                 [](const word& w) { return w.is(word_class::overall); });
  if (row_->ratio_part && (!s.names_something() || whole)) {
    subject ratio = subject_of_label(row_->parent_label, context_.national);
    if (ratio.names_something()) return ratio;
  }
  if (auto grouped = in_group(s,
                              column_group{row_->group_label, row_->group_mark,
                                           row_->group_is_total, row_->group_of_total},
                              st))
    return grouped;
  // "| - wage and salary earners |" under "| Employed, total |": a part of the row above it,
  // of no flow, is named in it (employed.wage_salary_earners), never as a row of its own.
  if (s.names_something() && !row_->parent_label.empty() && first_flow(st.own).empty() &&
      first_flow(row_->parent_label).empty()) {
    const subject parent = subject_of_label(row_->parent_label, context_.national);
    if (parent.names_something()) st.part_of = slug(parent.entity);
  }
  // "| Marine products |" in the block under "| Exports fob, total |": a part of the country's
  // flow (trade.marine_products.exports), which the catalogue's parts rules add up.
  if (s.names_something() && row_->part_of_total && first_flow(st.own).empty())
    st.part_of = national_family;
  const table_model* m = row_->table;
  // "| Feb-17 | 179.98 | 9.04 |" under "| Month | Overall CPI | Overall Rate of Inflation |": a
  // row labelled only by its period holds the index its column names, and that index's rate.
  if (!s.names_something() && row_->row_when) {
    if (std::string index = index_of_columns(); !index.empty()) {
      s.entity = {index};
      return s;
    }
  }
  if (s.names_something() || !row_->row_when || m->caption_end == 0 ||
      !(estimates_table() || m->one_number_per_row || rows_by_period_alone(*m)))
    return s;
  return subject_of_label(words_between(p_, m->caption_begin, m->caption_end), context_.national);
}

// A label's words of letters (its names), without its marks and numbers.
static std::vector<const word*> words_of_letters(const std::vector<word>& label) {
  std::vector<const word*> out;
  for (const word& w : label) {
    if (w.letters()) out.push_back(&w);
  }
  return out;
}

// "| All-items excluding food and energy | 73.6 |" below "| All-items | 100.0 |": a row whose
// label names a whole, a lexicon exclusion word and what it leaves out is the whole less those
// parts, all_items.excluding.food.energy (a segment a part), which prices.rules weighs against
// the whole and the parts' rows (food, energy). The whole is the row above whose label starts
// with the words before the exclusion word ("| All-items HICP |" for "All-items excluding:
// energy"); without such a row ("Capital goods (except for transport)" alone) the label names a
// thing of its own. Rows in a group of columns keep their group's names.
// A label of a lexicon `overall` phrase ("All items", "All groups") in a column of weights or
// index levels, in a draft that has named its headline index.
// So is "| Total | 100 | 1.72 | 9.04 |", a label of one `overall` word alone, in a table with
// such a column: a table of a price index's weights and rates, whose total is the index.
bool namer::whole_index_row(const std::vector<word>& label) const {
  if (context_.headline_index.empty() || !row_->column) return false;
  const auto& columns = row_->table->columns;
  const bool own_column = row_->column->weight || row_->column->index;
  const bool price_table = std::any_of(columns.begin(), columns.end(), [](const table_column& c) {
    return c.weight || (c.index && c.kind == column_kind::value);
  });
  if (own_column) {
    for (std::size_t k = 0; k + 1 < label.size(); ++k) {
      if (phrase_is(label[k], label[k + 1], word_class::overall)) return true;
    }
  }
  const std::vector<const word*> named = words_of_letters(label);
  return price_table &&
         ((named.size() == 1 && named.front()->is(word_class::overall)) || whole_index_name(label));
}

// "| CPI headline (all urban areas) |": the headline index the draft has named, alone before a
// bracket that says it covers all of something ("all urban areas", "all households"), is the
// whole index; the bracket says what it covers, not a part of it. Any other bracket ("(1992=100)",
// "(seasonally adjusted)") may name another series and keeps the label's own name.
bool namer::index_over_all(const std::vector<word>& label) const {
  const auto open =
      std::find_if(label.begin(), label.end(), [](const word& w) { return w.lower == "("; });
  if (context_.headline_index.empty() || open == label.begin() || open == label.end() ||
      open + 1 == label.end() || (open + 1)->lower != "all")
    return false;
  const subject before = subject_of_label({label.begin(), open}, context_.national);
  return before.entity == std::vector<std::string>{context_.headline_index} &&
         before.aspect.empty();
}

// A rate of prices, of no flow, in a draft that has named its headline price index (lexicon
// `headline_index`: cpi, hicp, ppi) or whose title names it: "prices rose". Not in a
// paragraph after the draft has named two indices, where the last one named may not be meant.
bool namer::rate_of_prices(const found& f, const subject& s, const naming_state& st) const {
  const bool prices =
      s.aspect == "price" || std::any_of(st.own.begin(), st.own.end(), [](const word& w) {
        const lexicon::entry* e = w.letters() ? w.entry() : nullptr;
        return e && e->aspect == "price";
      });
  return f.kind == claim_kind::growth && prices && st.flow.empty() &&
         !context_.last_headline_index.empty() &&
         (!context_.headline_indices_differ || context_.last_headline_block == &b_);
}

// "| General |", "| General index |": a label that is only a lexicon `whole_index_label` word
// (and an index noun after it) is the name a release gives its whole index in its table, not
// a group of it. Any other word ("General government", "General, excluding fresh food") makes
// it something else.
bool namer::whole_index_name(const std::vector<word>& label) {
  std::vector<const word*> named = words_of_letters(label);
  if (named.size() == 2 && named.back()->is(word_class::index_noun)) named.pop_back();
  return named.size() == 1 && named.front()->is(word_class::whole_index_label);
}

// The headline index a column's header names ("Overall CPI": cpi), or "".
std::string namer::index_of_column(const table_column& col) const {
  for (const word& w : words_between(p_, col.begin, col.end)) {
    const lexicon::entry* e = w.letters() ? w.entry() : nullptr;
    if (e && e->is(word_class::headline_index) && !e->family.empty()) return std::string(e->family);
  }
  return "";
}

// What the cell's column is of, by its header: the index it names, or, for the rate of prices
// ("Overall Rate of Inflation": lexicon index_rate), the index another column of the table
// names, else the one the draft has named. "" when the header names neither.
std::string namer::index_of_columns() const {
  const table_column* col = row_->column;
  if (!col) return "";
  if (std::string own = index_of_column(*col); !own.empty()) return own;
  const std::vector<word> header = words_between(p_, col->begin, col->end);
  const bool rate_of_prices = std::any_of(header.begin(), header.end(), [](const word& w) {
    return w.letters() && w.is(word_class::index_rate);
  });
  if (!rate_of_prices) return "";
  for (const table_column& other : row_->table->columns) {
    if (std::string index = index_of_column(other); !index.empty()) return index;
  }
  return context_.headline_index;
}

std::optional<subject> namer::excluding_row(naming_state& st) {
  if (!row_->group_label.empty()) return std::nullopt;
  const std::vector<word>& label = st.own;
  const auto cut = std::find_if(label.begin(), label.end(), [](const word& w) {
    return w.letters() && w.is(word_class::exclusion_word);
  });
  if (cut == label.begin() || cut == label.end()) return std::nullopt;
  auto keys = [](auto from, auto to) {
    std::vector<std::string> out;
    for (auto it = from; it != to; ++it) {
      if (it->letters() || it->number()) out.emplace_back(it->lower);
    }
    return out;
  };
  const std::vector<std::string> whole_keys = keys(label.begin(), cut);
  std::vector<word> whole_words;
  for (const struct table_row& r : row_->table->rows) {
    if (r.label_end <= r.label_begin) continue;
    const std::vector<word> other = label_words(p_, r.label_begin, r.label_end);
    const std::vector<std::string> other_keys = keys(other.begin(), other.end());
    const bool excludes = std::any_of(other.begin(), other.end(), [](const word& w) {
      return w.letters() && w.is(word_class::exclusion_word);
    });
    if (!excludes && other_keys.size() >= whole_keys.size() &&
        std::equal(whole_keys.begin(), whole_keys.end(), other_keys.begin())) {
      whole_words = other;
      break;
    }
  }
  if (whole_words.empty()) return std::nullopt;
  subject whole = subject_of_label(whole_words, context_.national);
  if ((!whole.names_something() || whole_index_name(whole_words)) && whole_index_row(whole_words))
    whole.entity = {context_.headline_index};
  // The parts: the words after the exclusion word, apart at each joiner.
  std::vector<std::string> parts;
  std::vector<word> piece;
  auto close_piece = [&] {
    const subject part = subject_of_label(piece, context_.national);
    if (part.names_something()) parts.push_back(slug(part.entity));
    piece.clear();
  };
  for (auto it = cut + 1; it != label.end(); ++it) {
    if (it->is(word_class::joiner)) {
      close_piece();
      continue;
    }
    piece.push_back(*it);
  }
  close_piece();
  if (!whole.names_something() || parts.empty()) return std::nullopt;
  // One part left out is whole.excluding.part; more are whole.excluding_two.part.part (...):
  // the aggregate without energy and food is no component of the one without energy.
  static constexpr std::array<const char*, 4> counts{"two", "three", "four", "five"};
  st.part_of = slug(whole.entity) + ".excluding";
  if (parts.size() >= 2)
    st.part_of += "_" + (parts.size() - 2 < counts.size() ? std::string(counts[parts.size() - 2])
                                                          : std::to_string(parts.size()));
  for (std::size_t k = 0; k + 1 < parts.size(); ++k) st.part_of += "." + parts[k];
  subject out;
  out.entity = {parts.back()};
  return out;
}

// "For men the unemployment rate climbed to 4.8 percent": a sentence that opens on "For" and a
// group of the lexicon's population groups.
bool namer::for_a_group(const found& f) const {
  const std::vector<word> opening = words_after(p_, f.sentence_begin, f.begin, 2);
  return opening.size() == 2 && opening[0].lower == "for" &&
         opening[1].is(word_class::population_group);
}

// A rate in prose that names a row of a table of rates is about that row, named as the row's
// own cells are: "energy is set to show the highest annual rate, at 9.5%" and the row "| Energy
// | ... | 9.5e |" are both energy.growth_yoy, so the draft's two statements of it are one figure.
// A sentence for a sex (for_a_group) is that sex's rate, not the whole's row.
std::optional<subject> namer::rate_row_named(std::size_t i, naming_state& st) {
  const found& f = claims_[i];
  // The group's rate, not the whole's row "| Unemployment rate |" (the steps after name it).
  if (row_ || !f.rate_row_table || for_a_group(f)) return std::nullopt;
  const std::vector<word> label = label_words(p_, f.rate_row_begin, f.rate_row_end);
  // "Among the sections of the Composite CPI, clothing and footwear fell 18.5%": the row under
  // the group of columns its sentence names (cpi.clothing_footwear), as the row's cell is.
  if (const table_column* col = f.rate_row_group) {
    const subject row = subject_of_label(label, context_.national);
    const column_group g{label_words(p_, col->group_begin, col->group_end), col->group_mark,
                         col->group_total, f.rate_row_table->total_group};
    if (auto grouped = in_group(row, g, st)) return grouped;
  }
  // A ratio's row names its level, a share ("At 63.5 percent, the participation rate").
  const bool ratio_level = f.kind == claim_kind::share && ratio_label(label);
  if (f.kind != claim_kind::growth && !ratio_level &&
      (f.kind != claim_kind::level || f.rate_row_table->all_rates()))
    return std::nullopt;
  subject s = subject_of_label(label, context_.national);
  if (!s.names_something()) return std::nullopt;
  return s;
}

// "for adult men (6.0 percent), adult women (6.0 percent)", "with China ($22.8), the European
// Union ($17.6)": the list item before the bracket, back to a clause mark, joiner or
// preposition.
// The one content word after "for" right after a rate: "71.8 percent for men" is "men"; "5%
// for the year" names a time, not a group.
std::optional<std::string> namer::group_named_after(const found& f) const {
  const std::vector<word> after =
      phrase(words_after(p_, f.end, f.sentence_end, window::what_follows));
  if (after.size() < 2 || after.front().lower != "for") return std::nullopt;
  // The group's words end at the next number or preposition: "74.0 percent for men and to 66.5
  // percent for women" names men, not the women of the clause after it.
  const auto end = std::find_if(after.begin() + 1, after.end(), [](const word& w) {
    return w.number() || w.is(word_class::preposition);
  });
  const subject group = subject_of_words({after.begin() + 1, end});
  if (group.points_back || group.entity.size() != 1) return std::nullopt;
  return group.entity.front();
}

// "It was higher for men, at 44.3%, than for women, at 35.0%": "for", one of the lexicon's
// population groups, an optional comma and "at" right before a rate name the group as "71.8
// percent for men" does after it.
std::optional<std::string> namer::group_named_before(const found& f) const {
  std::vector<word> before = words_before(p_, f.begin, f.sentence_begin, 4);
  if (before.size() == 4 && before[2].lower == ",") before.erase(before.begin() + 2);
  const std::size_t n = before.size();
  if (n < 3 || before[n - 1].lower != "at" || before[n - 3].lower != "for" ||
      !before[n - 2].is(word_class::population_group))
    return std::nullopt;
  return std::string(before[n - 2].lower);
}

// "The employment rate fell to 66.4 percent ...: to 71.8 percent for men (72.4 percent before)
// and to 61.2 percent for women": a rate followed by "for" and a group is the group's rate of
// what the sentence's lead names ("men_employment", as "For men the unemployment rate" names
// men_unemployment), and so is its earlier value in the brackets after the group.
std::optional<subject> namer::group_after(std::size_t i, naming_state&) {
  const found& f = claims_[i];
  if (!rate(f) || row_) return std::nullopt;
  std::optional<std::string> group = group_named_after(f);
  const bool named_before = !group && (group = group_named_before(f));
  const found* previous = previous_in_sentence(i);
  if (!group && f.after_name && previous && !previous->family.empty() && rate(*previous)) {
    // "for men (72.4 percent before)": the group's own rate of another period.
    if (const auto before = group_named_after(*previous)) {
      const std::vector<word> between = words_between(p_, previous->end, f.begin);
      if (between.size() == 3 && between[1].lower == *before) {
        subject same;
        same.entity = {previous->family};
        return same;
      }
    }
  }
  if (!group) {
    if (auto possessive = gapped_possessive(i)) return possessive;
    return gapped_group(i);
  }
  subject lead = lead_subject(i);
  // "It was higher for men, at 44.3%": the rate the sentence before names ("it").
  std::string flow;
  if (lead.entity.empty() && named_before) lead = previous_sentence(f, flow);
  // No rate named: the group's figure stays apart from the whole's and from its shares.
  if (lead.entity.empty() && named_before) return std::nullopt;
  subject out;
  out.entity = {*group};
  if (!lead.entity.empty() && lead.entity.front() != *group)
    out.entity.push_back(lead.entity.front());
  return out;
}

// "For men the unemployment rate climbed to 4.8 percent (...), and for women to 5.8 percent":
// a clause that names only another group after the sentence's "For men" is that group's rate
// of the same measure (women_unemployment, beside men_unemployment).
std::optional<subject> namer::gapped_group(std::size_t i) const {
  const found& f = claims_[i];
  const std::vector<word> opening = words_after(p_, f.sentence_begin, f.begin, 2);
  if (opening.size() < 2 || opening[0].lower != "for" || !opening[1].letters()) return std::nullopt;
  const std::string first = std::string(opening[1].lower) + "_";
  const std::vector<word> own = words_between(p_, f.lead_begin, f.begin);
  std::size_t k = 0;
  while (k < own.size() && own[k].lower != "for") ++k;
  if (k + 1 >= own.size() || !own[k + 1].letters()) return std::nullopt;
  for (std::size_t r = k + 2; r < own.size(); ++r) {
    if (!own[r].is(word_class::level_cue) && !own[r].is(word_class::direction)) return std::nullopt;
  }
  for (std::size_t j = i; j-- > 0 && claims_[j].end > f.sentence_begin;) {
    const std::string& family = claims_[j].family;
    if (!rate(claims_[j]) || !family.starts_with(first) || family.size() == first.size()) continue;
    subject out;
    out.entity = {std::string(own[k + 1].lower), family.substr(first.size())};
    return out;
  }
  return std::nullopt;
}

// "women's" alone: the group a possessive of the lexicon's population groups names, or "".
std::string_view possessive_group(std::string_view w) {
  for (std::string_view mark : {"'s", "\xE2\x80\x99s"}) {
    if (!w.ends_with(mark)) continue;
    const std::string_view stem = w.substr(0, w.size() - mark.size());
    return lexicon::is(stem, word_class::population_group) ? stem : std::string_view{};
  }
  return {};
}

// "Men's employment rate was 69.0 per cent and women's 68.3 per cent": a clause of a group's
// possessive alone after another group's rate in the sentence ("men_s_employment") is that
// group's rate of the same measure (women_s_employment). Only the lexicon's population groups:
// "Exports' growth ... and imports' 2%" is left to the other steps.
std::optional<subject> namer::gapped_possessive(std::size_t i) const {
  const found& f = claims_[i];
  std::vector<word> own = words_between(p_, f.lead_begin, f.begin);
  while (!own.empty() && own.front().is(word_class::joiner)) own.erase(own.begin());
  if (own.size() != 1 || possessive_group(own.front().lower).empty()) return std::nullopt;
  for (std::size_t j = i; j-- > 0 && claims_[j].end > f.sentence_begin;) {
    const std::string& family = claims_[j].family;
    const std::size_t mark = family.find("_s_");
    if (!rate(claims_[j]) || mark == std::string::npos ||
        !lexicon::is(family.substr(0, mark), word_class::population_group))
      continue;
    subject out;
    out.entity = {std::string(own.front().lower), family.substr(mark + 3)};
    return out;
  }
  return std::nullopt;
}

std::optional<subject> namer::name_in_list(std::size_t i, naming_state&) {
  const found& f = claims_[i];
  // "unprocessed food (from +1.5% to +1.1%)": the rate a bracket's pair moved to is the same
  // name's as the rate it moved from.
  if (const found* from = previous_in_sentence(i);
      from && from->after_name && from->previous_value && !from->family.empty()) {
    const std::vector<word> between = words_between(p_, from->end, f.begin);
    if (between.size() == 1 && between.front().lower == "to") {
      subject same;
      same.entity = {from->family};
      return same;
    }
  }
  if (!f.after_name) return std::nullopt;
  std::vector<word> ws = words_before(p_, f.begin, f.sentence_begin, window::subject);
  if (!ws.empty() && ws.back().is(word_class::previous_cue)) ws.pop_back();  // "(from +1.5%"
  if (!ws.empty() && ws.back().lower == "(") ws.pop_back();
  std::size_t from = ws.size();
  while (from > 0 && ws[from - 1].letters() && !ws[from - 1].is(word_class::joiner) &&
         !ws[from - 1].is(word_class::preposition))
    --from;
  const std::vector<word> label(ws.begin() + static_cast<std::ptrdiff_t>(from), ws.end());
  subject s = subject_of_label(label, context_.national);
  // "other goods (1.2%)": an item in words the lexicon reads as naming nothing is still an
  // item of its own, named by all its words.
  if (s.entity.empty() && f.kind != claim_kind::level) {
    for (const word& w : label) {
      if (w.letters() && w.lower != "the" && w.lower != "a" && w.lower != "an")
        s.entity.emplace_back(w.lower);
    }
  }
  if (s.entity.empty()) return std::nullopt;
  return s;
}

// "Of all the employed, 19.6% worked in agriculture, 19.5% in industry, 5.5% in construction
// and 55.4% in services": a share followed by "in" and a name (a verb may come between) is the
// share of what it names, not of the item before it in the list; "in May", "in the second
// quarter" name a time, and a name the lexicon reads as naming nothing ("in total") no part.
std::optional<subject> namer::named_in_after(const found& f) const {
  if (row_ || f.kind != claim_kind::share) return std::nullopt;
  const std::vector<word> after =
      phrase(words_after(p_, f.end, f.sentence_end, window::what_follows));
  std::size_t k = 0;
  if (k < after.size() && after[k].letters() &&
      (after[k].is(word_class::verb) || ends_in_ed(after[k].lower)))
    ++k;  // "worked in"
  if (k >= after.size() || after[k].lower != "in") return std::nullopt;
  ++k;
  const std::size_t at = k < after.size() && after[k].lower == "the" ? k + 1 : k;
  if (period_at(p_, after, at, context_.own)) return std::nullopt;
  std::size_t end = k;
  while (end < after.size() && after[end].letters() && !after[end].is(word_class::joiner) &&
         !after[end].is(word_class::preposition) && !names_a_time(after[end]))
    ++end;
  if (end == k || (end < after.size() && names_a_time(after[end]))) return std::nullopt;
  subject s = subject_of_words({after.begin() + static_cast<std::ptrdiff_t>(k),
                                after.begin() + static_cast<std::ptrdiff_t>(end)});
  if (s.entity.empty() || s.points_back) return std::nullopt;
  return s;
}

std::optional<subject> namer::share_in_named(std::size_t i, naming_state&) {
  std::optional<subject> s = named_in_after(claims_[i]);
  claims_[i].named_by_place = s.has_value();
  return s;
}

// "RMB 14.29 trillion of intermediate goods", "RMB 86.1 billion to countries of BRI".
std::optional<subject> namer::what_follows(std::size_t i, naming_state& st) {
  const found& f = claims_[i];
  if (rate(f)) return std::nullopt;
  const std::vector<word> after =
      phrase(words_after(p_, f.end, f.sentence_end, window::what_follows));
  if (after.empty() || !(after.front().lower == "of" || after.front().lower == "to" ||
                         after.front().lower == "from"))
    return std::nullopt;
  // "grew by 2,700 from 336,700 to 339,400 and unemployment by 300": a number after "from" or
  // "to" is a level the figure came from or went to; the words after it are another clause's.
  if (after.size() > 1 && after[1].number()) return std::nullopt;
  // "added $0.6 billion to reach $21.6 billion": what follows is a verb's clause, not a name.
  if (after.size() > 1 && after[1].is(word_class::verb)) return std::nullopt;
  subject s = subject_of_words({after.begin() + 1, after.end()});
  if (s.points_back) {
    // "vehicles made up $41.2 billion of it": a part of the claim before.
    if (s.entity.empty() && i > 0) st.part_of = claims_[i - 1].family;
    return std::nullopt;
  }
  if (s.entity.empty()) return std::nullopt;
  return s;
}

// "With Fuels and lubricants left out, exports rose by 11.0% and imports by 11.4%", "Excluding
// energy, prices rose 2.1%": an opening that leaves a part out (lexicon exclusion_word, a word
// or two) makes the clause's claims the aggregate's without that part, a family of its own
// (excluding_fuels_lubricants.exports.growth), neither the whole's nor the part's. A table row
// "| Excluding Fuels and lubricants |" names the same family.
std::optional<subject> namer::sentence_excluding(std::size_t i, naming_state&) {
  const found& f = claims_[i];
  const std::vector<word> ws = words_after(p_, f.sentence_begin, f.begin, window::subject);
  const auto comma =
      std::find_if(ws.begin(), ws.end(), [](const word& w) { return w.lower == ","; });
  if (comma == ws.end()) return std::nullopt;
  // Only an opening of its own, with no figure in it: "Final domestic demand excluding
  // inventories added 0.5 points ..., and net exports ..." leaves nothing out of the clause after.
  if (std::any_of(ws.begin(), comma, [](const word& w) { return w.number(); })) return std::nullopt;
  std::vector<word> part;
  bool excluding = false;
  for (auto it = ws.begin(); it != comma; ++it) {
    if (it + 1 != comma && phrase_is(*it, *(it + 1), word_class::exclusion_word)) {
      excluding = true;
      ++it;
    } else if (it->letters() && it->is(word_class::exclusion_word)) {
      excluding = true;
    } else {
      part.push_back(*it);
    }
  }
  if (!excluding) return std::nullopt;
  subject s = subject_of_words(part);
  if (s.entity.empty()) return std::nullopt;
  s.entity.insert(s.entity.begin(), "excluding");
  return s;
}

// "For the EU28, the first estimate of exports ... is €168.3 billion": the sentence says
// whose figures follow. So does "In construction, GVA was up 3.6%": an industry's own value
// added, apart from the whole's ("In the first quarter," names a time, "In contrast," nothing).
std::optional<subject> namer::sentence_for(std::size_t i, naming_state&) {
  const found& f = claims_[i];
  std::vector<word> ws = words_after(p_, f.sentence_begin, f.begin, window::sentence_opening);
  if (ws.size() < 3 || (ws.front().lower != "for" && ws.front().lower != "in")) return std::nullopt;
  const auto comma =
      std::find_if(ws.begin(), ws.end(), [](const word& w) { return w.lower == ","; });
  if (comma == ws.end()) return std::nullopt;
  if (ws.front().lower == "in" &&
      std::any_of(ws.begin() + 1, comma, [](const word& w) { return names_a_time(w); }))
    return std::nullopt;
  // "In construction, GVA was up 3.6%": "In X," names the part of an aggregate the clause
  // names, or what a clause naming nothing is of. A clause that names a thing of its own keeps
  // it: "In manufacturing, employment fell by 1.0%" is employment's, not manufacturing's.
  if (ws.front().lower == "in") {
    const std::vector<word> clause(comma + 1, ws.end());
    const bool aggregate = std::any_of(clause.begin(), clause.end(), [](const word& w) {
      return w.letters() && w.is(word_class::aggregate);
    });
    if (!aggregate && !subject_of_words(clause).entity.empty()) return std::nullopt;
  }
  subject s = subject_of_words({ws.begin() + 1, comma});
  if (s.entity.empty()) return std::nullopt;
  return s;
}

// "The survey puts the number of employed persons in March at 2,446,000": a report verb's
// object before "at" names the number, not who reports it; a period in it ("in March") is no
// part of the name.
std::optional<subject> namer::reported_object(std::size_t i, naming_state& st) {
  const std::vector<word>& own = st.own;
  // "puts gross domestic product 0.7% above the previous quarter": a rate right after the
  // object, with no "at", is the object's too.
  const bool at = !own.empty() && own.back().lower == "at";
  if (own.size() < 3 || (!at && !rate(claims_[i]))) return std::nullopt;
  const std::size_t object_end = at ? own.size() - 1 : own.size();
  // The object may name its acronym in brackets and its period: "puts gross domestic product
  // (GDP) in I quarter 2018 at".
  auto in_object = [](const word& w) {
    return w.letters() || w.number() || w.lower == "," || w.lower == "(" || w.lower == ")";
  };
  std::size_t verb = object_end;
  while (verb-- > 0) {
    if (own[verb].letters() && own[verb].is(word_class::report_verb)) break;
    if (own[verb].is(word_class::verb) || !in_object(own[verb])) return std::nullopt;
  }
  if (verb == SIZE_MAX) return std::nullopt;
  std::vector<word> object;
  for (std::size_t k = verb + 1; k < object_end; ++k) {
    // "in March", "for April 2023": the period it is of.
    if (own[k].is(word_class::preposition) && k + 2 < own.size() && names_a_time(own[k + 1])) break;
    object.push_back(own[k]);
  }
  // Only a thing of its own: "put the net trade balance at" names a flow, which the steps after
  // this one read from the whole clause.
  if (!first_flow(object).empty()) return std::nullopt;
  subject s = subject_of_words(object);
  if (s.entity.empty()) return std::nullopt;
  // The clause names the number itself: its figure is its own, whatever it counts.
  claims_[i].object_named = true;
  return s;
}

// "Domestic demand added 0.3 points to the quarter's growth and external demand 0.5 points": a
// clause after a claim of its sentence that opens with a joiner and names a thing, with no verb
// or preposition of its own, leaves out the verb of the clause before. Its subject is what it
// names (not "the quarter's growth" before the joiner), and a contribution's points stay a
// contribution.
std::optional<subject> namer::gapped_clause(std::size_t i, naming_state&) {
  const std::vector<word> named = gapped_words(i);
  if (named.empty()) return std::nullopt;
  subject s = subject_of_words(named);
  if (!s.names_something() || s.points_back) return std::nullopt;
  return s;
}

// The words of a clause without its verb ("and external demand" before "0.5 points"), or none.
std::vector<word> namer::gapped_words(std::size_t i) const {
  const found& f = claims_[i];
  const found* previous = previous_in_sentence(i);
  if (row_ || !previous) return {};
  const std::vector<word> between = words_between(p_, previous->end, f.begin);
  std::size_t k = 0;
  while (k < between.size() && !list_joint(between[k])) ++k;
  if (k == between.size()) return {};
  while (k < between.size() && list_joint(between[k])) ++k;
  std::vector<word> named(between.begin() + static_cast<std::ptrdiff_t>(k), between.end());
  // "In the euro area, GDP rose by 0.3% and in the EU by 0.4%": the opening's preposition
  // again names the clause's own thing, and the elided verb's "by" (an open ending) stays.
  const std::vector<word> opening = words_after(p_, f.sentence_begin, f.begin, 1);
  if (!named.empty() && !opening.empty() && named.front().lower == opening.front().lower &&
      named.front().is(word_class::preposition) &&
      std::none_of(named.begin(), named.end(), [](const word& w) { return names_a_time(w); }))
    named.erase(named.begin());
  while (!named.empty() && named.back().is(word_class::open_ending) &&
         named.back().is(word_class::noun_stop) && !named.back().is(word_class::preposition))
    named.pop_back();
  // "after adding 0.2 points": a clause of its own ("after", an -ing verb opening it), no gap.
  if (named.empty() ||
      (named.front().lower.ends_with("ing") && !named.front().is(word_class::ing_noun)) ||
      std::any_of(named.begin(), named.end(), [&](const word& w) {
        // "and imported machinery worth", "and the balance worsened by": a verb of its own
        // (an -ed word, unless in an aggregate's name: "hours worked").
        const bool verb_like = ends_in_ed(w.lower) && !names_aggregate(named);
        return !w.letters() || w.is(word_class::verb) || w.is(word_class::preposition) ||
               w.is(word_class::direction) || w.is(word_class::clause_break) ||
               w.is(word_class::level_cue) || w.is(word_class::previous_cue) || verb_like;
      }))
    return {};
  // A name ends before its number; "of", "worth" (lexicon open_ending) lead to one.
  if (named.back().is(word_class::open_ending)) return {};
  if (!subject_of_words(named).names_something()) return {};
  return named;
}

// A clause without its verb shares the verb's phrase, and so what the claim before it is: a
// contribution's points stay a contribution, and a rate compares with what the rate before
// compares with ("were up 2.1% on a year earlier and full-time equivalent employment 2.0%":
// growth_yoy).
void namer::gapped_suffix(std::size_t i) {
  found& f = claims_[i];
  const found* previous = previous_in_sentence(i);
  if (!previous || gapped_words(i).empty()) return;
  if (f.kind == claim_kind::pp && previous->kind == claim_kind::pp &&
      previous->suffix.starts_with("contribution"))
    f.suffix = previous->suffix;
  if (f.kind == claim_kind::growth && previous->kind == claim_kind::growth && !previous->prev &&
      previous->period.empty() && previous->suffix.starts_with("growth"))
    f.suffix = previous->suffix;
}

std::optional<subject> namer::own_clause(std::size_t, naming_state& st) {
  subject s = subject_of_words(st.own);
  st.points_back = st.points_back || s.points_back;
  if (s.entity.empty() && !s.names_something()) return std::nullopt;
  return s;
}

// The subject of the sentence's words before its first claim.
std::optional<subject> namer::sentence_lead(std::size_t i, naming_state& st) {
  subject lead = lead_subject(i);
  st.points_back = st.points_back || lead.points_back;
  if (!lead.names_something()) return std::nullopt;
  return lead;
}

// "...e-commerce imports and exports reached RMB 2.38 trillion. Specifically, exports amounted
// to RMB 1.83 trillion": a bare flow goes on about the subject before it, and is the
// country's own only when that is the country's too.
std::optional<subject> namer::sentence_before(std::size_t i, naming_state& st) {
  // "The euro area thus ran a surplus": a clause about the draft's own country (or the whole)
  // does not go on about the sentence before's subject.
  bool overall = std::any_of(st.own.begin(), st.own.end(), [&](const word& w) {
    return w.is(word_class::overall) ||
           (w.letters() && context_.national.contains(w.lower) && !w.is(word_class::national));
  });
  // "The net trade balance was ...": a phrase of two words that names the whole.
  for (std::size_t k = 0; k + 1 < st.own.size() && !overall; ++k)
    overall = phrase_is(st.own[k], st.own[k + 1], word_class::overall);
  if (!st.points_back && overall) return std::nullopt;
  std::string flow_before;
  subject before = previous_sentence(claims_[i], flow_before);
  if (!st.points_back && before.entity.empty()) return std::nullopt;
  // "Household spending barely moved. Exports fell by 0.4%": a flow goes on about the subject
  // before it only when that sentence spoke of flows ("e-commerce imports and exports").
  if (!st.points_back && flow_before.empty()) return std::nullopt;
  st.earlier_flow = flow_before;
  st.borrowed = true;
  return before;
}

// ---- flow steps -------------------------------------------------------------------------

// "€5.0 bn deficit", "ended the month €4.0 bn in deficit": the amount is a balance.
std::string namer::flow_of_sign(std::size_t i, const naming_state&) {
  const found& f = claims_[i];
  if (f.kind != claim_kind::level) return "";
  for (const word& w : words_after(p_, f.end, f.sentence_end, 2)) {
    if (w.is(word_class::sign)) return "balance";
    if (w.lower != "in") break;
  }
  return "";
}

std::string namer::flow_of_whole(std::size_t i, const naming_state&) {
  return denominator_flow(claims_[i]);
}

// "| of which euro area | 41.7 |" below "| Imports from EU countries | 62.8 |": a part's row
// without a flow of its own has the flow of the row it is a part of.
// A label written under two section rows takes its flow from its section ("| Exports |" above
// "| Total |"); a section that names no flow becomes a segment of the id (section_of_row).
std::string namer::flow_of_row(std::size_t, const naming_state& st) {
  // A ratio of a labour market is of no flow: "| Total |" under "| Unemployment Rate |".
  if (!row_ || row_->ratio_part) return "";
  // "| Total | 100 | 1.72 |" in a table of a price index's weights: the index, no flow.
  if (whole_index_row(st.own)) return "";
  std::string flow = row_flow(st.own, row_->parent_label, row_->section_label, row_->flow_section,
                              row_->negative_row, row_->table);
  // "| | Exports | | Imports | |" above the years: the group of columns names the flow.
  if (flow.empty()) flow = flow_label(row_->group_label);
  // "| Month | Exports | Imports | Surplus |" over "| December 2019 | 12,807 | 8,009 | 4,798 |":
  // a row that names no flow takes its column's own header's.
  if (flow.empty() && row_->column) flow = row_->column->flow;
  return flow;
}

// "Fish, crustaceans and molluscs accounted for NOK 16.7 billion" above the row "| Fish,
// crustaceans, molluscs and prep. thereof | 16.7 |" under "| Exports |": an amount whose words
// name a row, and no flow, has the row's flow.
std::string namer::flow_of_named_row(std::size_t i, const naming_state&) {
  const found& f = claims_[i];
  if (row_ || !f.named_row || f.kind != claim_kind::level) return "";
  const struct table_row& r = *f.named_row;
  auto words = [&](std::size_t begin, std::size_t end) {
    return end > begin ? label_words(p_, begin, end) : std::vector<word>{};
  };
  return row_flow(words(r.label_begin, r.label_end), words(r.parent_begin, r.parent_end),
                  words(r.section_begin, r.section_end), r.flow_section, r.negative,
                  f.rate_row_table);
}

// "| Total goods |" under "| CREDITS |" and again under "| DEBITS |" are two figures:
// goods.credits.total and goods.debits.total, unless the section gave the row its flow.
std::string namer::section_of_row(const naming_state& st) const {
  if (!row_ || !row_->section_apart || row_->section_label.empty() || st.by_section ||
      row_->measure_section)
    return "";
  const std::string section_flow = first_flow(row_->section_label);
  if (!section_flow.empty() && st.flow == section_flow) return "";
  std::vector<std::string> words;
  for (const word& w : row_->section_label) {
    if (w.letters()) words.emplace_back(w.lower);
  }
  return slug(words);
}

std::string namer::flow_before(std::size_t i, const naming_state&) {
  if (row_) return "";
  const found& f = claims_[i];
  return last_flow(words_before(p_, f.begin, f.sentence_begin, window::subject));
}

std::string namer::flow_after(std::size_t i, const naming_state&) {
  if (row_) return "";
  const found& f = claims_[i];
  return first_flow(phrase(words_after(p_, f.end, f.sentence_end, window::flow_after), true));
}

std::string namer::flow_borrowed(std::size_t, const naming_state& st) {
  return st.borrowed ? st.earlier_flow : "";
}

// A paragraph under "## Debits (imports of goods and services)" speaks of imports where its
// words name no flow: "non-monetary gold $38m" there is non_monetary_gold.imports. The next
// heading, of any kind, ends it.
std::string namer::flow_of_heading(std::size_t, const naming_state&) {
  return row_ || b_.heading ? "" : context_.heading_flow;
}

// "Japan bought USD1.28 billion worth", "the United States purchased ...": the partner that the
// claim's flow verb (a lexicon verb with a flow: "bought", "sold") has as its subject, in the
// active voice, named by a proper name that is not the draft's own country. Then the flow is
// the country's the other way. Not "The country bought ... from China", nor "were bought".
std::optional<subject> namer::partner_trading(std::size_t i, const std::string& flow) const {
  if (row_ || (flow != "exports" && flow != "imports")) return std::nullopt;
  const found& f = claims_[i];
  const std::vector<word> ws = words_before(p_, f.begin, f.sentence_begin, window::subject);
  std::size_t k = ws.size();
  while (k > 0 && flow_at(ws, k - 1).empty()) --k;
  if (k < 2 || flow_at(ws, k - 1) != flow) return std::nullopt;
  const word& verb = ws[k - 1];
  const lexicon::entry* e = verb.entry();
  if (!e || !e->is(word_class::verb) || e->flow == lexicon::flow_kind::none) return std::nullopt;
  // The verb's subject: the words of its clause before it, a name right before it.
  std::size_t from = k - 1;
  while (from > 0 && ws[from - 1].letters() && !ws[from - 1].is(word_class::clause_break)) --from;
  const word& last = ws[k - 2];
  if (!last.letters() || !last.capital || last.is(word_class::verb) || from + 1 >= k)
    return std::nullopt;
  // A name alone at the start of its clause could be any capitalised word ("Households bought"):
  // only a word the lexicon does not know and that is no plural in -s.
  const bool alone = k - 2 == from || (k - 3 == from && ws[from].lower == "the");
  if (alone && (last.entry() || last.lower.ends_with('s'))) return std::nullopt;
  subject s = subject_of_words({ws.begin() + static_cast<std::ptrdiff_t>(from),
                                ws.begin() + static_cast<std::ptrdiff_t>(k - 1)});
  if (s.entity.empty() || s.points_back) return std::nullopt;
  return s;
}

// ---- suffixes and periods ---------------------------------------------------------------

// Whether the claim's own clause, before it, names a ratio ("the unemployment rate", see
// ratio_label): points there are the change of the ratio's level.
bool namer::ratio_in_clause(const found& f) const {
  const std::vector<word> before = words_before(p_, f.begin, f.lead_begin, window::subject);
  std::size_t from = 0;
  for (std::size_t k = before.size(); k-- > 0;) {
    if (before[k].lower == "," || before[k].lower == ";" || before[k].lower == ":") {
      from = k + 1;
      break;
    }
  }
  for (std::size_t k = from; k + 1 < before.size(); ++k) {
    if (!before[k + 1].is(word_class::rate_noun) || !ratio_label({before[k], before[k + 1]}))
      continue;
    // "the unemployment rate for young people fell 0.6 points": a group's ratio (lexicon
    // group_lead), not the whole's; keep it apart.
    if (k + 3 < before.size() && before[k + 2].is(word_class::group_lead) &&
        before[k + 3].letters())
      return false;
    return true;
  }
  return false;
}

std::string namer::suffix_of(const found& f) const {
  if (f.change) return "change";  // "increased $3.9 billion"
  switch (f.kind) {
    case claim_kind::growth:
      return "growth";
    case claim_kind::share:
      return "share";
    case claim_kind::pp: {
      // "added 2.9 percentage points to the growth of exports" is a contribution; so is
      // "Changes in inventories contributed +0.6 points".
      for (const word& w : words_after(p_, f.end, f.sentence_end, window::contribution)) {
        if (w.lower == "growth") return "contribution";
      }
      for (const word& w : words_before(p_, f.begin, f.lead_begin, window::contribution)) {
        if (w.is(word_class::contribution_word)) return "contribution";
      }
      // "| Inventory changes | -0.2 |" below "| Contributions: | |": a row of a section of
      // contributions holds contributions, as "Changes in inventories contributed +0.6 points".
      if (row_ && std::any_of(row_->section_label.begin(), row_->section_label.end(),
                              [](const word& w) { return w.is(word_class::contribution_word); }))
        return "contribution";
      // "| Unemployment rate | 5.3 | 1.3 |": the change of the row's share, as "5.3 percent, up
      // 1.3 percentage points" is in prose. So of a part of its row ("| - Female |"), and of
      // a ratio its own clause names ("the unemployment rate was 2.9 percentage points higher").
      if (!row_ && ratio_in_clause(f)) return "share.change";
      if (row_ && (ratio_label(row_->label) ||
                   (!row_->parent_label.empty() && ratio_label(row_->parent_label))))
        return "share.change";
      return "change";
    }
    default:
      return "";
  }
}

// A share of a flow's part or of the world's trade is not X.<flow>.share, which the rules read
// as a share of the country's flow: "more than half of China's imports of grain" is
// share_of_grain, "more than half of global trade" share_of_world.
std::string namer::share_suffix(const found& f) const {
  const std::vector<word> ws = share_of(f);
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (ws[i].is(word_class::world)) return "share_of_world";
    if (i + 2 < ws.size() && !flow_at(ws, i).empty() && ws[i + 1].lower == "of") {
      const std::string part = slug(
          subject_of_words({ws.begin() + static_cast<std::ptrdiff_t>(i) + 2, ws.end()}).entity);
      if (!part.empty()) return "share_of_" + part;
    }
  }
  return "share";
}

// ---- periods ----------------------------------------------------------------------------

// "Over the first three quarters of 2018, GDP grew 4.7 per cent", "exports in January to
// September rose 2.5%": the rate of a part of a year from its start compares with the same part
// of the year before, never with the months or quarters just before it.
bool year_to_date_range(const period& of) {
  return of.is_range() && of.starts_year() && of.freq != frequency::year;
}
//
// A claim's period is read, in order, from its table cell (the column's or the row's period),
// from the words around it ("€186.5 bn" in "September 2018 (€186.5 bn)", "€163.4 bn in
// September 2019", "in 2024 it was 61.5%", "+€12.6 bn a year before"), or from its sentence's
// opening ("Over January to September 2019, exports grew to €1 741.9 bn"). A claim of the
// draft's own period needs no mark; the period before it is `.prev`; any other is a segment
// after the family ("ea19.2018-09.exports"). A rate compared with the same period a year
// earlier is `growth_yoy` where the draft's periods are months or quarters.

void namer::read_period(std::size_t i) {
  found& f = claims_[i];
  std::optional<period> when;
  if (row_) {
    when = row_->when;
    f.period_stated = when.has_value();
    // "| Foreign trade, February 2023 (adjusted) | EUR bn |" in a February 2023 release: a
    // table whose rows and columns name no period, under a caption that names the draft's own
    // and no other, states its cells' period as plainly as "in February 2023" does.
    const bool rate = f.kind == claim_kind::growth || f.kind == claim_kind::pp;
    if (!when && context_.own && row_->table &&
        caption_names_only(*row_->table, *context_.own, rate)) {
      f.period_stated = true;
      f.caption_period = context_.own->to_string();
    }
  } else if (f.kind != claim_kind::growth && f.kind != claim_kind::pp) {
    when = period_of_words(i);
    // "Unemployment rate: 3.6% (July: 3.8%)".
    if (!when) when = labelled_period(f);
    f.period_stated = when.has_value();
    if (!when && (when = sentence_period(i))) f.period_stated = true;
    if (!when && (when = that_period(f))) f.period_stated = true;
  } else if ((when = rate_period_after(f)) || (when = labelled_period(f)) ||
             (when = when_clause_period(f)) || (when = clause_period_before(f)) ||
             (when = sentence_period(i))) {
    // A rate's own words name the period it compares with ("up 2.7% on January-September
    // 2018"), not its own, unless "in" brings it ("(9.2% in August)"); else its sentence's
    // opening does: "Over January to September 2019, ...".
    f.period_stated = true;
  } else if (std::string words = unplaced_when_clause(f); !words.empty()) {
    // "slower than in the first quarter, when GDP was 2.1% below its level a year before", in
    // a draft whose own period the reader does not know: of a period its words name, which
    // the reader cannot place; never one figure with a rate of the draft's own.
    f.period_stated = true;
    f.said_period = std::move(words);
  }
  // "energy ... in September, at 9.5% ... then services at 1.3%": a rate of a table's row in a
  // paragraph that has said it speaks of the draft's own period is of that period, as the row's
  // cell of that period is, said as much as the cell's.
  if (!when && !row_ && f.rate_row_table && context_.own &&
      names_period(b_.begin, f.begin, &*context_.own))
    f.period_stated = true;
  if (f.kind == claim_kind::growth && context_.own && context_.own->freq != frequency::year) {
    const std::optional<period> of = row_ ? row_->when : sentence_period(i);
    const period rate_period = of.value_or(*context_.own);
    const std::optional<period> base = row_ ? row_->base : base_of_rate(f);
    // "On the first quarter, GDP grew 2.9%" under a heading on a year earlier: the sentence's
    // own opening says what it compares with, before its section does. So does a base the rate
    // names itself that ends less than a year before its period, where its own words do not
    // say "a year" ("1.7% below its level of January 1999" in a February 1999 release).
    const std::optional<period> opening = row_ ? std::nullopt : opening_base(f);
    const bool base_opens_otherwise = opening && !(*opening == rate_period.year_ago());
    const bool base_within_year = !row_ && base && base->freq == rate_period.freq &&
                                  !base->is_range() && base->ends_after(rate_period.year_ago()) &&
                                  (!says_annual(f, false) || month_base_right_after(f));
    // "0.5% on the month and 3.4% on the year": a rate's own words say its span first.
    // "Swiss inflation ... rose by 0.4% on September": a month the rate is compared with right
    // after it says its span before a word of a year's rate in its clause does.
    rate_span own = row_ ? rate_span::none : own_span(i);
    if (own == rate_span::year && month_base_right_after(f)) own = rate_span::none;
    f.span_after = !row_ && span_after(i) != rate_span::none;
    // "grew at a seasonally adjusted annual rate of 2.8%": the quarter's rate compounded over a
    // year meets neither the quarter's rate nor the rate on a year earlier.
    if (own == rate_span::annualized) {
      f.suffix = "growth_annualized";
    } else if (own == rate_span::to_date && !rate_period.is_range()) {
      // "Up to the second quarter, the economy grew 5.08 percent (c-to-c)": January to the
      // rate's period, on the same months a year earlier.
      period to_date = rate_period;
      to_date.first -= to_date.first % per_year(to_date.freq);
      when = to_date;
      f.period_stated = true;
      f.suffix = "growth_yoy";
    } else if (own == rate_span::year ||
               (own == rate_span::none &&
                ((base && *base == rate_period.year_ago()) || year_to_date_range(rate_period) ||
                 (!base_opens_otherwise && !base_within_year && annual_by_words(f)) ||
                 bracketed_after_yoy(i) || (!base && cued_after_yoy(i))))) {
      f.suffix = "growth_yoy";
    }
  }
  // "| Unemployment rate | 5.3 | 1.3 | 1.1 |" under "Quarterly change | Annual change", "Over
  // the year the rate was up 1.1 percentage points": a change in points on a year earlier.
  // A caption's "Annual growth rates, % (contributions ..., percentage points)" says so of its
  // rates, not of the points in brackets after them.
  // A change column whose base is a year before its period ("| March 2007 | March 2006 |
  // Change |") holds changes on a year earlier, in points for a rate's row as in percent.
  const bool base_year_ago = row_ && !row_->bracketed && row_->base && context_.own &&
                             *row_->base == row_->when.value_or(*context_.own).year_ago();
  // "Year on year, GDP grew 2.9% ... Domestic demand contributed 2.0 points": a contribution to
  // the growth on a year earlier, which is not the quarter's (contributions_add_up).
  if (f.kind == claim_kind::pp && f.suffix == "contribution" && context_.own &&
      context_.own->freq != frequency::year && annual_by_words(f))
    f.suffix = "contribution_yoy";
  if (f.kind == claim_kind::pp && f.suffix.ends_with("change") && context_.own &&
      context_.own->freq != frequency::year &&
      (row_ && row_->bracketed
           ? row_->column && row_->column->annual
           : annual_by_words(f) || base_year_ago || (!row_ && on_a_year_earlier(f))))
    f.suffix += "_yoy";
  // "the deficit shrank by $86.5 billion ... against January to April 2022", "Compared with
  // the three months to April 2022, ... $23.4 billion smaller": a change on the same period a
  // year earlier is not the change on the period before (X.change). So is a "Change" column
  // under a caption saying its changes are year-on-year.
  if (f.change && f.suffix == "change" && context_.own &&
      (sentence_names(f, when.value_or(*context_.own).year_ago()) || (row_ && annual_by_words(f)) ||
       base_year_ago || annual_rate_after(i) || (!row_ && on_a_year_earlier(f))))
    f.suffix = "change_yoy";
  // "April-June 2022. In the first quarter of the fiscal year, the deficit ... to USD 70.25
  // billion": an opening that names a period the reader cannot place is said of it all the same
  // (said_period), never of the draft's own.
  if (!when && !row_) {
    if (std::string words = unplaced_opening(f); !words.empty()) {
      f.period_stated = true;
      f.said_period = std::move(words);
    } else if (words = unplaced_months(f); !words.empty()) {
      // A segment of its own ("trade.four_months.balance"): no rule meets it with the figures
      // of the draft's own month or the month before, its rate neither.
      f.period_stated = true;
      f.said_period = words;
      f.period = std::move(words);
    }
  }
  if (!when) {
    f.prev = previous_cue(f) || f.previous_value;
    // "(+0.1% after +0.6%)", "contributed +0.6 points, after -0.2 points": a rate's earlier
    // value right after it is of the period before, said as plainly as a table's column of that
    // quarter says it.
    if (f.previous_value && rate(f) && !row_ && context_.own &&
        context_.own->freq != frequency::year)
      f.period_stated = true;
    return;
  }
  std::optional<period> own = context_.own;
  if (!own && row_ && row_->table) own = row_->table->latest;
  // Without a period of its own, a draft's periods in prose are not told apart.
  if (!own) {
    f.prev = previous_cue(f) || f.previous_value;
    f.said_period = when->to_string();
    return;
  }
  const std::string segment = period_segment(*when, own);
  // A cell of a table of estimates keeps its period as a segment, so that its figure, its
  // previous estimate and its revision are one X for the catalogue's revision rule
  // (X.previous_estimate), whichever period they are of.
  if (segment == "prev" && estimates_table()) {
    f.period = when->to_string();
  } else if (segment == "prev") {
    f.prev = true;
  } else {
    f.period = segment;
  }
}

// "September 2018 (€186.5 bn)", "€163.4 bn in September 2019", "in 2024 it was 61.5%",
// "+€12.6 bn a year before".
std::optional<period> namer::period_of_words(std::size_t i) const {
  const found& f = claims_[i];
  const std::optional<period>& own = context_.own;
  // In brackets right after a period.
  std::vector<word> before = words_before(p_, f.begin, f.lead_begin, window::year_before);
  if (!before.empty() && before.back().lower == "(") {
    before.pop_back();
    // The longest period that ends at the bracket: "September 2018", not "2018".
    for (std::size_t k = 0; k < before.size(); ++k) {
      auto found_period = period_at(p_, before, k, own);
      if (found_period && k + found_period->count == before.size()) return found_period->when;
    }
  }
  // Just after it in its clause: "in September 2019", "in 2023", "a year before".
  const std::vector<word> after =
      phrase(words_after(p_, f.end, f.sentence_end, window::year_after + 2));
  for (std::size_t k = 0; k + 1 < after.size(); ++k) {
    // "... the revised $60.6 billion of March": a month after a word that leads one.
    if (after[k].is(word_class::period_lead) || after[k].is(word_class::month_lead)) {
      if (auto found_period = period_at(p_, after, k + 1, own)) return found_period->when;
    }
    if (own && a_year_ago(after, k)) return own->year_ago();
    if (k > 0) break;  // only the words right after the claim
  }
  // After a comma, closing its clause: "the same, +16.0 billion euros, in January 2023;".
  const std::vector<word> next = words_after(p_, f.end, f.sentence_end, window::year_after + 3);
  if (next.size() > 2 && next[0].lower == "," && next[1].is(word_class::period_lead)) {
    if (auto found_period = period_at(p_, next, 2, own)) {
      const std::size_t end = 2 + found_period->count;
      if (end == next.size() || next[end].lower == ";" || next[end].lower == "." ||
          next[end].lower == ",")
        return found_period->when;
    }
  }
  // A clause after a semicolon that opens on its period: "; a year earlier, in February 2022,
  // it came to +10.7 billion euros".
  if (auto opening = clause_opening_period(f)) return opening;
  if (auto opening = clause_subject_period(f)) return opening;
  // Before it in its own clause: "in 2024 it was 61.5%".
  std::vector<word> clause = words_before(p_, f.begin, f.lead_begin, window::year_before);
  std::size_t from = 0;
  for (std::size_t k = 0; k < clause.size(); ++k) {
    if (!clause[k].letters() && !clause[k].number()) from = k + 1;
  }
  for (std::size_t k = from; k + 1 < clause.size(); ++k) {
    if (clause[k].lower != "in") continue;
    if (auto found_period = period_at(p_, clause, k + 1, own)) return found_period->when;
  }
  return std::nullopt;
}

// A period the claim's clause opens on, right after the word that opens it, as its subject:
// "..., whereas May 2030 had closed with a surplus of DKK 2.2 billion", "while 2030 as a whole
// saw exports of ...".
std::optional<period> namer::clause_subject_period(const found& f) const {
  const std::vector<word> clause = words_before(p_, f.begin, f.lead_begin, window::lead);
  std::size_t from = 0;
  for (std::size_t k = 0; k < clause.size(); ++k) {
    if (!clause[k].letters() && !clause[k].number()) from = k + 1;
  }
  if (from + 1 >= clause.size() || !clause[from].is(word_class::clause_break)) return std::nullopt;
  if (auto found_period = period_at(p_, clause, from + 1, context_.own)) return found_period->when;
  return std::nullopt;
}

// "(9.2% in August)", "rose 0.4% in May": "in" and a period right after a rate give its own.
std::optional<period> namer::rate_period_after(const found& f) const {
  const std::vector<word> after =
      phrase(words_after(p_, f.end, f.sentence_end, window::rate_period_after));
  // "slipped 0.3% between November and December": the later month's rate on the earlier.
  if (after.size() >= 4 && after[0].lower == "between" && after[2].lower == "and") {
    const auto from = month_named(after[1], context_.own), to = month_named(after[3], context_.own);
    if (from && to && from->last < to->last) return to;
  }
  // "the 2.6% of the first quarter": a rate named as a thing ("the") is of the period after "of".
  const std::vector<word> before = words_before(p_, f.begin, f.sentence_begin, window::next_word);
  const bool as_thing =
      !before.empty() &&
      (before.back().lower == "the" || before.back().lower == "a" || before.back().lower == "an");
  // "reversing the 0.4 per cent contraction in the first quarter", "a 1.8% rise in September":
  // a rate named as a change (an article, then a direction noun) is of the period after it.
  const std::size_t k = as_thing && after.size() > 2 && after[0].is(word_class::direction) ? 1 : 0;
  const bool of_period =
      after.size() > k && after[k].lower == "of" && as_thing && before.back().lower == "the";
  if (after.size() < k + 2 || (after[k].lower != "in" && !of_period)) return std::nullopt;
  if (auto found_period = period_at(p_, after, k + 1, context_.own)) return found_period->when;
  // "(3.1% in the previous month)": the period before the draft's own.
  if (auto before_own = period_before_own(after, k + 1)) return before_own;
  // "grew by 0.3% in the first quarter of 2017".
  if (after.size() > k + 2 && after[k + 1].lower == "the") {
    if (auto found_period = period_at(p_, after, k + 2, context_.own)) return found_period->when;
  }
  return std::nullopt;
}

// "in the previous month", "in the preceding quarter" (lexicon span_base phrases of the period
// before) in a draft of that frequency: the period before the draft's own.
std::optional<period> namer::period_before_own(const std::vector<word>& ws, std::size_t k) const {
  const std::optional<period>& own = context_.own;
  if (!own || own->is_range() || k >= ws.size()) return std::nullopt;
  const char* noun = own->freq == frequency::month     ? "month"
                     : own->freq == frequency::quarter ? "quarter"
                                                       : nullptr;
  for (std::size_t n = std::min(window::span_phrase, ws.size() - k); n > 0 && noun; --n) {
    const std::string written = written_phrase(p_, ws, k, n);
    const lexicon::entry* e = lexicon::find(written);
    if (e && e->is(word_class::span_base) && e->aspect == "period" &&
        written.find(noun) != std::string::npos)
      return own->prev();
  }
  return std::nullopt;
}

// "(September 2026: 2.9%)", "(July 2019: 1.4%)": a rate after a period and a colon in brackets
// is of that period.
std::optional<period> namer::labelled_period(const found& f) const {
  std::vector<word> before = words_before(p_, f.begin, f.sentence_begin, window::period_words + 2);
  if (before.size() < 3 || before.back().lower != ":") return std::nullopt;
  before.pop_back();
  std::size_t open = before.size();
  while (open > 0 && before[open - 1].lower != "(") --open;
  if (open == 0 || open == before.size()) return std::nullopt;
  const auto at = period_at(p_, before, open, context_.own);
  // "(July: 3.8%)": a month alone before the colon is of the draft's year.
  if (!at && open + 1 == before.size()) return month_named(before[open], context_.own);
  if (!at || open + at->count != before.size()) return std::nullopt;
  return at->when;
}

// "No quarter has seen a larger fall since Q1 2009, when GDP dropped 3.6 percent": a clause
// opened by "when" right after a period is of that period.
std::optional<period> namer::when_clause_period(const found& f) const {
  const std::vector<word> ws = words_before(p_, f.begin, f.sentence_begin, window::subject);
  std::size_t at = ws.size();
  while (at > 0 && ws[at - 1].lower != "when") --at;
  if (at < 2) return std::nullopt;
  std::size_t end = at - 1;  // one past the period's last word
  if (ws[end - 1].lower == ",") --end;
  // A claim between the clause and the rate speaks of its own.
  for (std::size_t k = at; k < ws.size(); ++k) {
    if (ws[k].number() || ws[k].lower == ";" || ws[k].lower == ".") return std::nullopt;
  }
  for (std::size_t k = end > window::period_words ? end - window::period_words : 0; k < end; ++k) {
    auto found_period = period_at(p_, ws, k, context_.own);
    if (found_period && k + found_period->count == end) return found_period->when;
  }
  return std::nullopt;
}

// "In the first quarter of the fiscal year, the deficit more than doubled": the words of a
// sentence's opening that name a period by an ordinal right before a word of time (lexicon
// ordinal, noun_time) without a number, where opening_period places none
// ("first_quarter_fiscal_year"); "" otherwise.
std::string namer::unplaced_opening(const found& f) const {
  const std::vector<word> ws = words_after(p_, f.sentence_begin, f.begin, window::sentence_opening);
  if (ws.empty() || !ws[0].is(word_class::period_lead)) return "";
  std::vector<std::string> phrase;
  bool ordinal = false, time = false;
  for (std::size_t k = 1; k < ws.size(); ++k) {
    if (ws[k].lower == ",") return ordinal && time ? slug(phrase) : "";
    if (ws[k].number() || !ws[k].letters()) return "";
    // "first quarter", not "the first twenty days of May" (a span of the month it names).
    time =
        time || (k > 1 && ws[k - 1].is(word_class::ordinal) &&
                 lexicon::is(lexicon::singular(std::string(ws[k].lower)), word_class::noun_time));
    ordinal = ordinal || ws[k].is(word_class::ordinal);
    if (ws[k].lower != "the" && ws[k].lower != "of") phrase.emplace_back(ws[k].lower);
  }
  return "";
}

// "The trade deficit of the four months narrowed by 1.36%, to US$ 7,617 million" in an October
// release: "the four months" before the claim in its sentence (a period lead or "of", "the",
// a count of two to eleven, "months") that the reader cannot place (months_so_far counts from
// January) is a span of months all the same, never the draft's own month ("four_months");
// "" otherwise. Months that run on ("the twelve months to March", "the three months ending",
// "the nine months of 2018": a lexicon month_lead, span_end or calendar_after word after them)
// are read by the rules of those spans, and twelve months are a year's span.
std::string namer::unplaced_months(const found& f) const {
  constexpr int months_per_year = 12;
  const std::vector<word> ws = words_after(p_, f.sentence_begin, f.begin, window::subject);
  for (std::size_t k = 0; k + 3 < ws.size(); ++k) {
    if (!(ws[k].is(word_class::period_lead) || ws[k].lower == "of") || ws[k + 1].lower != "the" ||
        ws[k + 3].lower != "months")
      continue;
    const lexicon::entry* count = ws[k + 2].entry();
    if (!count || !count->is(word_class::cardinal) || count->number < 2 ||
        count->number >= months_per_year)
      continue;
    if (k + 4 < ws.size() &&
        (ws[k + 4].is(word_class::month_lead) || ws[k + 4].is(word_class::span_end) ||
         ws[k + 4].is(word_class::calendar_after)))
      continue;
    if (period_at(p_, ws, k + 1, context_.own)) continue;
    return slug({std::string(ws[k + 2].lower), std::string(ws[k + 3].lower)});
  }
  return "";
}

// "than in the first quarter, when GDP was 2.1% below": the words of a period (a word of time,
// lexicon noun_time, and the words of its phrase before it: "first_quarter") that a "when"
// clause opens after, where when_clause_period cannot place them; "" otherwise.
std::string namer::unplaced_when_clause(const found& f) const {
  const std::vector<word> ws = words_before(p_, f.begin, f.sentence_begin, window::subject);
  std::size_t at = ws.size();
  while (at > 0 && ws[at - 1].lower != "when") --at;
  if (at < 2) return "";
  for (std::size_t k = at; k < ws.size(); ++k) {
    if (ws[k].number() || ws[k].lower == ";" || ws[k].lower == ".") return "";
  }
  std::size_t end = at - 1;
  if (ws[end - 1].lower == ",") --end;
  if (end == 0 ||
      !lexicon::is(lexicon::singular(std::string(ws[end - 1].lower)), word_class::noun_time))
    return "";
  std::vector<std::string> phrase;
  for (std::size_t k = end; k-- > 0 && ws[k].letters() && !filler(ws[k]);) {
    phrase.insert(phrase.begin(), std::string(ws[k].lower));
  }
  return slug(phrase);
}

// "growth in 2017 would be 0.7%": "in" and a period in the rate's own clause, after its first
// word (a sentence's opening period is sentence_period's), are the rate's.
std::optional<period> namer::clause_period_before(const found& f) const {
  const std::vector<word> clause = words_before(p_, f.begin, f.lead_begin, window::year_before);
  std::size_t from = 0;
  for (std::size_t k = 0; k < clause.size(); ++k) {
    if (!clause[k].letters() && !clause[k].number()) from = k + 1;
  }
  if (from == 0 && f.lead_begin == f.sentence_begin) from = 1;
  for (std::size_t k = from; k + 1 < clause.size(); ++k) {
    if (clause[k].lower != "in") continue;
    // "4.0% higher than in January 2031 and imports 4.6% higher": what the rate before compares
    // with (lexicon base_lead), not this rate's period.
    if (k > 0 && clause[k - 1].is(word_class::base_lead)) continue;
    if (auto found_period = period_at(p_, clause, k + 1, context_.own)) return found_period->when;
  }
  return span_of_subject(f);
}

// "The average of March 2019 to February 2020 had in turn been 0.5% above ...": a span of
// months after "of" in the words that name what the rate is of (its clause before it) is the
// rate's period. A single period after "of" may name a thing ("the highest level of 2019"), and
// a span after a base word is what the rate compares with ("than that of ..."), so neither
// counts.
std::optional<period> namer::span_of_subject(const found& f) const {
  std::vector<word> clause = words_before(p_, f.begin, f.lead_begin, window::subject);
  const auto mark = std::find_if(clause.rbegin(), clause.rend(), [](const word& w) {
    return w.lower == "," || w.lower == ";" || w.lower == ":";
  });
  clause.erase(clause.begin(), mark.base());
  for (std::size_t k = 0; k + 1 < clause.size(); ++k) {
    if (clause[k].lower != "of") continue;
    if (k > 0 && (clause[k - 1].is(word_class::base_lead) || clause[k - 1].lower == "that"))
      continue;
    if (auto found_period = period_at(p_, clause, k + 1, context_.own);
        found_period && found_period->when.is_range())
      return found_period->when;
  }
  return std::nullopt;
}

// "...: over January-October 2022 the earnings passed USD 1 bn and remittances came to about
// USD 3 bn": a later claim of a clause after a colon that opens on its period is of that period
// too, unless its words name another period after the opening one.
std::optional<period> namer::colon_clause_period(const found& f) const {
  const std::vector<word> ws = words_before(p_, f.begin, f.sentence_begin, window::subject);
  const auto colon =
      std::find_if(ws.rbegin(), ws.rend(), [](const word& w) { return w.lower == ":"; });
  if (colon == ws.rend()) return std::nullopt;
  const std::vector<word> clause(colon.base(), ws.end());
  if (clause.size() < 2 || !clause[0].is(word_class::period_lead)) return std::nullopt;
  const std::optional<period_words> opening = period_at(p_, clause, 1, context_.own);
  if (!opening) return std::nullopt;
  for (std::size_t k = 1 + opening->count; k < clause.size(); ++k) {
    if (period_at(p_, clause, k, context_.own)) return std::nullopt;
  }
  return opening->when;
}

std::optional<period> namer::clause_opening_period(const found& f) const {
  const std::vector<word> ws = words_before(p_, f.begin, f.lead_begin, window::subject);
  const auto semi = std::find_if(ws.rbegin(), ws.rend(),
                                 [](const word& w) { return w.lower == ";" || w.lower == ":"; });
  if (semi == ws.rend()) return colon_clause_period(f);
  // "tourism earned more in October 2022: over January-October 2022 the earnings ... passed
  // USD 1 bn": a clause after a colon is the sentence's detail, and a period it opens on is
  // its claims'. Only its first word may lead that period: after a colon that closes a label
  // ("Exports: up 3% in March") the words are the claim's own.
  const bool colon = semi->lower == ":";
  const std::vector<word> clause(semi.base(), ws.end());
  std::optional<period> year_ago;
  for (std::size_t k = 0; k + 1 < clause.size() && clause[k].lower != "."; ++k) {
    if (colon && k > 0) break;
    if (clause[k].is(word_class::period_lead)) {
      if (auto found_period = period_at(p_, clause, k + 1, context_.own)) return found_period->when;
    }
    if (context_.own && k + 2 < clause.size() && a_year_ago(clause, k))
      year_ago = context_.own->year_ago();
  }
  return year_ago;
}

// A sentence that opens on its period: "Over January to September 2019, ...", "In September
// 2019, ...", "Over the first four months of the year the deficit ...". A sentence that names
// no period of its own goes on in the period the sentence before it in its paragraph opened on:
// "... Exports were up $55.9 billion" after "Over the first four months of the year ...".
std::optional<period> namer::sentence_period(std::size_t i) const {
  if (auto opening = opening_period(i)) return opening;
  const found& f = claims_[i];
  // "Total trade so far this year came to USD 305.5 billion, 16.6% more than ...", "The
  // surplus so far this year, NOK 661.9 billion, ...": the year to date (lexicon year_to_date)
  // named before a claim in its sentence is the claim's span. It is no period of period_at, so
  // that a sentence naming it still goes on in the period a sentence before opened on.
  const std::vector<word> opening = words_after(p_, f.sentence_begin, f.begin, window::subject);
  for (std::size_t k = 0; k < opening.size(); ++k) {
    if (auto span = year_to_date(opening, k, context_.own)) return span->when;
  }
  std::size_t j = i;
  while (j > 0 && claims_[j - 1].sentence_begin == f.sentence_begin) --j;
  if (j == 0) return std::nullopt;
  const found& before = claims_[j - 1];
  const std::vector<word> gap =
      words_after(p_, before.sentence_end, f.sentence_begin, window::next_word + 1);
  if (std::any_of(gap.begin(), gap.end(), [](const word& w) { return w.letters() || w.number(); }))
    return std::nullopt;  // a sentence without a claim came between
  if (names_period(f.sentence_begin, f.sentence_end)) return std::nullopt;
  return opening_period(j - 1);
}

// "revised its estimate for IV quarter 2017: GDP in that quarter came to EUR 11.0 billion": "that
// quarter" (month, year) among a level's own words is the last period of its kind named before it
// in its paragraph.
std::optional<period> namer::that_period(const found& f) const {
  const std::vector<word> own = words_before(p_, f.begin, f.lead_begin, window::lead);
  std::optional<frequency> kind;
  for (std::size_t k = 0; k + 1 < own.size(); ++k) {
    if (own[k].lower != "that") continue;
    const std::string_view noun = own[k + 1].lower;
    if (noun == "quarter") kind = frequency::quarter;
    if (noun == "month") kind = frequency::month;
    if (noun == "year") kind = frequency::year;
  }
  if (!kind) return std::nullopt;
  const std::vector<word> ws = words_before(p_, f.begin, b_.begin, window::carried_period);
  std::optional<period> last;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    auto named = period_at(p_, ws, k, context_.own);
    if (!named) continue;
    if (named->when.freq == *kind && !named->when.is_range()) last = named->when;
    k += named->count - 1;
  }
  return last;
}

namespace {
// Whether the period found at ws[k] is a single month that "in" brings in and that opens with
// the month's name ("In August", "In Aug. 2020"), not a year, a quarter or the first month of a
// span ("Between April 2015 and May 2015").
bool month_by_name(const std::vector<word>& ws, std::size_t k, const period_words& at) {
  return at.when.freq == frequency::month && !at.when.is_range() && k > 0 &&
         ws[k - 1].lower == "in" && ws[k].is(word_class::month);
}
}  // namespace

std::optional<period> namer::opening_period(std::size_t i) const {
  const found& f = claims_[i];
  const std::vector<word> ws =
      words_after(p_, f.sentence_begin, claims_[i].begin, window::sentence_opening);
  if (ws.size() < 3) return std::nullopt;
  // "A year earlier, in February 2022, exports had been ...": the period named after the
  // opening's comma, else ("A year earlier, exports had been ...") a year before the draft's.
  std::size_t k = 0;
  constexpr std::size_t year_ago_words = 3;
  if (a_year_ago(ws, 0) && ws.size() > year_ago_words + 1 && ws[year_ago_words].lower == ",") {
    k = year_ago_words + 1;
    if (!ws[k].is(word_class::period_lead))
      return context_.own ? std::optional(context_.own->year_ago()) : std::nullopt;
  }
  if (!ws[k].is(word_class::period_lead)) return subject_then_span(p_, ws, context_.own);
  ++k;
  if (k < ws.size() && ws[k].lower == "the") ++k;
  auto found_period = period_at(p_, ws, k, context_.own);
  if (!found_period) {
    return restated_opening(p_, words_after(p_, f.sentence_begin, f.begin, window::subject),
                            context_.own);
  }
  std::size_t next = k + found_period->count;
  // "In the August 2019 period, ...": a word that names it as a period (lexicon period_noun).
  if (next + 1 < ws.size() && ws[next].is(word_class::period_noun) && ws[next + 1].lower == ",")
    ++next;
  // "Over January to September 2019, exports ...", "Over the first four months of the year the
  // deficit ...": the period ends at a comma or where the subject's article begins.
  if (next >= ws.size()) return std::nullopt;
  if (ws[next].lower == "," || ws[next].lower == "the") return found_period->when;
  // "From January to October 2012 exports totalled ...": after a span of months the subject
  // may follow bare, without a comma. After a single period it may not: "In 2015 prices, ..."
  // opens on no period of 2015.
  // So may it after a month written by its name ("In August exports had still been 10.8% below
  // a year earlier"): a month's name is no adjective of a noun, as a year may be.
  const bool bare_subject = ws[next].letters() && !ws[next].is(word_class::preposition) &&
                            !ws[next].is(word_class::joiner);
  if (bare_subject && (found_period->when.is_range() || month_by_name(ws, k, *found_period)))
    return found_period->when;
  return restated_opening(p_, words_after(p_, f.sentence_begin, f.begin, window::subject),
                          context_.own);
}

// Whether the claim's sentence names period `p` anywhere (within the window it looks through).
bool namer::sentence_names(const found& f, const period& p) const {
  return names_period(f.sentence_begin, f.sentence_end, &p);
}

// Whether the words of the claim's sentence before it say its figures are averages.
bool namer::averaged(const found& f) const {
  const std::vector<word> ws = words_after(p_, f.sentence_begin, f.begin, window::subject);
  return std::any_of(ws.begin(), ws.end(),
                     [](const word& w) { return w.is(word_class::average_word); });
}

// Whether the text from `begin` to `end` names a period anywhere ("in March", "2022"), or
// period `*wanted` when given. A text too long to look through counts as naming some period
// (a sentence's period is not carried past it), but not a given one.
bool namer::names_period(std::size_t begin, std::size_t end, const period* wanted) const {
  const std::vector<word> ws = words_after(p_, begin, end, window::carried_period);
  if (!wanted && ws.size() >= window::carried_period) return true;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    auto at = period_at(p_, ws, k, context_.own);
    if (at && (!wanted || at->when == *wanted)) return true;
  }
  return false;
}

// Whether table m's caption names period p and no other period (for rates, a span ending on p).
bool namer::caption_names_only(const table_model& m, const period& p, bool rates) const {
  if (m.caption_end <= m.caption_begin) return false;
  const std::vector<word> ws =
      words_after(p_, m.caption_begin, m.caption_end, window::carried_period);
  if (ws.size() >= window::carried_period) return false;
  bool named = false;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    auto at = period_at(p_, ws, k, context_.own);
    if (!at) continue;
    // "percentage change between April 2015 and May 2015": a rate's span that ends on the
    // draft's own period compares it with the earlier one, and is of the own period as much
    // as "up 0.6% in May 2015". Rates only: levels "between January and May" are a range.
    const std::size_t next = k + at->count;
    if (!(at->when == p) && rates && next + 1 < ws.size() &&
        (ws[next].lower == "and" || ws[next].lower == "to")) {
      if (auto end = period_at(p_, ws, next + 1, context_.own); end && end->when == p) {
        named = true;
        k = next + end->count;  // the loop steps past the span's last word
        continue;
      }
    }
    if (!(at->when == p)) return false;
    named = true;
    k += at->count - 1;
  }
  return named;
}

// The period a rate compares with: "5.2% more than in September 2018", "up 2.1% on September
// 2018", "0.9% above September 2018", "1.0% less than a year earlier".
std::optional<period> namer::base_of_rate(const found& f) const {
  // "a fall of €812 million (-7%) on February 2019": a rate in brackets compares with what
  // follows its bracket.
  std::vector<word> after = words_after(p_, f.end, f.sentence_end, window::rate_base_phrase + 1);
  if (!after.empty() && after.front().lower == ")") after.erase(after.begin());
  after = phrase(std::move(after));
  // "shrank by 1.7 percent in Q1 2020 compared with Q4 2019": the rate's own period is not
  // what it compares with.
  std::size_t from = 0;
  const std::size_t in = !after.empty() && after[0].is(word_class::comparative) ? 1 : 0;
  // So is "in the first quarter".
  if (after.size() > in + 1 && after[in].lower == "in") {
    std::size_t at = in + 1;
    if (at + 1 < after.size() && after[at].lower == "the" && !after[at + 1].capital) ++at;
    if (auto own_period = period_at(p_, after, at, context_.own)) from = at + own_period->count;
  }
  for (std::size_t k = from; k < after.size(); ++k) {
    if (k > 0 && (a_year_ago(after, k - 1) || on_the_year(after, k - 1))) {
      const std::optional<period> of =
          sentence_period(static_cast<std::size_t>(&f - claims_.data()));
      if (auto own = of ? of : context_.own) return own->year_ago();
    }
    if (auto found_period = period_at(p_, after, k, context_.own)) return found_period->when;
    // "up 9.1% on April and 22.6% on May 2021", "rose by 0.4% on September": a month without
    // its year after a base word is the latest such month up to the draft's own.
    if (auto month = bare_month_base(after, k)) return month;
  }
  return opening_base(f);
}

// "up 9.1% on April and 22.6% on May 2021", "rose by 0.4% on September": a month without its
// year right after a base word is the latest such month up to the draft's own.
std::optional<period> namer::bare_month_base(const std::vector<word>& after, std::size_t k) const {
  if (k == 0 || k >= after.size() || !after[k - 1].is(word_class::base_lead)) return std::nullopt;
  if (k + 1 < after.size() && after[k + 1].number()) return std::nullopt;  // "May 2021"
  return month_named(after[k], context_.own);
}

// Whether the rate's own words, right after it, compare it with a month named alone ("rose by
// 0.4% on September"): that base says its span, whatever the sentence says of inflation.
bool namer::month_base_right_after(const found& f) const {
  const std::vector<word> after = words_after(p_, f.end, f.sentence_end, 2);
  return bare_month_base(after, 1).has_value();
}

// "Against the second quarter of 2018, GVA was 2.8% higher", "Compared with Q3 2020, imports
// grew by 2.3%", "On the second quarter of 2023 GDP was 2.9% higher" (lexicon base_opening): a
// sentence that opens on what it compares with says so of its rates.
std::optional<period> namer::opening_base(const found& f) const {
  const std::vector<word> opening =
      words_after(p_, f.sentence_begin, f.begin, window::sentence_opening);
  std::size_t k = 0;
  if (!opening.empty() &&
      (opening[0].is(word_class::previous_cue) || opening[0].is(word_class::base_opening)))
    k = 1;
  // "Compared with the fourth quarter of 2024,", "With respect to the third quarter of 2025,".
  constexpr std::size_t longest_cue = 3;
  for (std::size_t n = 2; n <= longest_cue && n <= opening.size(); ++n) {
    if (lexicon::is(written_phrase(p_, opening, 0, n), word_class::previous_cue)) k = n;
  }
  if (k == 0) return std::nullopt;
  if (k < opening.size() && opening[k].lower == "the") ++k;
  const auto at = period_at(p_, opening, k, context_.own);
  if (!at) return std::nullopt;
  return at->when;
}

// "having risen by 127 thousand persons or 0.8 percent year-on-year", "348 thousand persons or
// 1.3 percent more than a year before": a change whose rate follows it after "or" is on a year
// earlier when the rate is said to be.
bool namer::annual_rate_after(std::size_t i) const {
  const found& f = claims_[i];
  if (row_ || i + 1 >= claims_.size()) return false;
  const found& next = claims_[i + 1];
  if (!rate(next) || next.begin >= f.sentence_end) return false;
  const std::vector<word> between = words_between(p_, f.end, next.begin);
  const bool of_it = !between.empty() && between.back().lower == "or" &&
                     std::all_of(between.begin(), between.end(),
                                 [](const word& w) { return w.lower == "or" || w.lower == ","; });
  return of_it && on_a_year_earlier(next);
}

// The span a rate's own words give it, whatever the sentence says of its other rates: its words
// after it up to the next claim or clause mark ("rose by 0.4% compared with the previous month
// and by 3.1% compared with the same month of the previous year", "+2.1% YoY, +0.3% MoM"), else
// its words before it, from the sentence's start or from the clause mark after the claim before
// it ("2.5% y-o-y; on a month-on-month basis, CPI-All Items rose 0.4%").
rate_span namer::own_span(std::size_t i) const {
  const found& f = claims_[i];
  if (const rate_span s = span_after(i); s != rate_span::none) return s;
  const found* before_claim = previous_in_sentence(i);
  std::vector<word> before = words_before(
      p_, f.begin, before_claim ? std::max(before_claim->end, f.sentence_begin) : f.sentence_begin,
      window::lead);
  if (before_claim) {
    // The words right after the claim before are its own, up to a clause mark, else up to a
    // bracket: "+0.5% q/q (annualized +2.0%)".
    auto mark = std::find_if(before.begin(), before.end(), [](const word& w) {
      return w.lower == "," || w.lower == ";" || w.lower == ":";
    });
    if (mark == before.end())
      mark =
          std::find_if(before.begin(), before.end(), [](const word& w) { return w.lower == "("; });
    before.erase(before.begin(), mark == before.end() ? mark : mark + 1);
  }
  return span_of_words(p_, before);
}

// The span a rate's own words after it say, up to the next claim or clause mark ("fell by 0.6%
// on the year, though ..."). Up to the next claim: "in the 12 months to" holds a number that is
// none.
rate_span namer::span_after(std::size_t i) const {
  const found& f = claims_[i];
  const std::size_t until = i + 1 < claims_.size() && claims_[i + 1].begin >= f.end
                                ? std::min(f.sentence_end, claims_[i + 1].begin)
                                : f.sentence_end;
  std::vector<word> after = words_after(p_, f.end, until, window::rate_span);
  after.erase(std::find_if(after.begin(), after.end(), ends_own_words), after.end());
  return span_of_words(p_, after);
}

// A rate or change in prose on the same period a year earlier, by its own words: "year-on-year",
// "more than a year before", "lower than a year earlier".
bool namer::on_a_year_earlier(const found& f) const {
  if (says_annual(f)) return true;
  const std::optional<period> base = base_of_rate(f);
  return base && context_.own && *base == context_.own->year_ago();
}

// Whether the words say a rate or change is on a year earlier: a table's caption or column
// header ("(thousand persons, %, year-on-year)", "Annual change"), else the prose's own words.
bool namer::annual_by_words(const found& f) const {
  if (row_)
    return (row_->table && row_->table->annual_rates) || (row_->column && row_->column->annual) ||
           row_->row_annual;
  return says_annual(f) || (f.rate_from_row && f.rate_row_table->annual_rates) ||
         worded_row_rate_annual(f);
}

// "the annual growth rate of M3 rose to 5.7% ...; M3-M2 shrank by 2.9%", above a table of
// annual rates with the row "| M3-M2 | ... | -2.9 |": a rate with a direction word of its own
// that names a row of annual rates is annual too, when its paragraph has said so before it and
// its own clause names no time ("rose 0.4% on the month", "this quarter").
bool namer::worded_row_rate_annual(const found& f) const {
  if (!f.rate_row_worded || !f.rate_row_table || !f.rate_row_table->annual_rates) return false;
  if (base_of_rate(f)) return false;
  for (const word& w : words_after(p_, f.end, f.sentence_end, window::year_after)) {
    if (w.lower == "," || w.lower == ";") break;
    if (names_a_time(w)) return false;
  }
  const std::vector<word> before = words_before(p_, f.begin, b_.begin, window::said_annual);
  return std::any_of(before.begin(), before.end(),
                     [](const word& w) { return w.is(word_class::yoy_word); });
}

// "annual inflation ... at 2.1%", "grew 4.1% year-on-year": a rate on the same period a year
// earlier, said in its own words.
bool namer::says_annual(const found& f, bool with_section) const {
  // "In the twelve months to the March 2020 quarter", "in the 12 months to December"; also
  // opening the sentence: "Over the twelve months the group rose 3.2%, led by ... (+5.6%)";
  // and under a heading that says so: "## The major components over 12 months".
  if (with_section && !row_ &&
      (context_.heading_annual || context_.list_annual || context_.draft_annual))
    return true;
  auto twelve_months = [&](const std::vector<word>& ws) { return names_twelve_months(p_, ws); };
  std::vector<word> ws = words_before(p_, f.begin, f.lead_begin, window::lead);
  for (const word& w : words_after(p_, f.end, f.sentence_end, window::next_word)) ws.push_back(w);
  const std::vector<word> opening =
      words_after(p_, f.sentence_begin, f.begin, window::sentence_opening);
  if (twelve_months(ws) || twelve_months(opening)) return true;
  // "grew at 8.4% a year": a pace per year (lexicon phrase), not "a year earlier".
  const std::vector<word> next = words_after(p_, f.end, f.sentence_end, window::year_after);
  if (next.size() >= 2 && phrase_is(next[0], next[1], word_class::yoy_word) &&
      (next.size() == 2 || !next[2].is(word_class::calendar_after)))
    return true;
  // "grew 2.2 percent over the year", "0.1 per cent on the year", "Over the year the rate was
  // up": a phrase the lexicon says is a year's span.
  if (yoy_phrase(words_after(p_, f.end, f.sentence_end, window::year_after)) || yoy_phrase(opening))
    return true;
  return std::any_of(ws.begin(), ws.end(),
                     [](const word& w) { return w.is(word_class::yoy_word); });
}

// "from £91.0 billion", "compared with £88.2 billion": the level a change started from.
bool namer::previous_cue(const found& f) const {
  if (f.kind == claim_kind::growth || f.kind == claim_kind::pp) return false;
  std::vector<word> before = words_before(p_, f.begin, f.lead_begin, window::previous_cue);
  if (before.empty()) return false;
  if (before.back().is(word_class::previous_cue)) return true;
  return before.size() == 2 && phrase_is(before[0], before[1], word_class::previous_cue);
}

// The words that say what a share is of: "of the total import and export value".
std::vector<word> namer::share_of(const found& f) const {
  if (f.kind != claim_kind::share) return {};
  std::vector<word> ws = phrase(words_after(p_, f.end, f.sentence_end, window::share_of));
  if (!ws.empty() && ws.front().lower == "of") return ws;
  return words_between(p_, f.denominator_begin, f.denominator_end);
}

std::string namer::denominator_flow(const found& f) const {
  const std::vector<word> ws = share_of(f);
  // "23.4% of the total" is a share of the whole of its own flow, not of total trade.
  if (!ws.empty() && ws.back().lower == "total") return "";
  return last_flow(ws);
}

subject namer::previous_sentence(const found& f, std::string& flow) const {
  std::size_t k = f.sentence_begin;
  while (k > b_.begin && is_blank(t_.text[k - 1])) --k;
  if (k <= b_.begin) return {};
  auto [begin, end] = sentence_around(t_, b_, k - 1);
  std::vector<word> ws = words_after(p_, begin, end, window::subject);
  // Its subject comes before its first figure: "Machinery exports reached £104.8 billion".
  auto figure = std::find_if(ws.begin(), ws.end(), [&](const word& w) {
    return w.number() && year_in(std::string_view(t_.text).substr(w.begin, w.end - w.begin)) == 0;
  });
  ws.erase(figure, ws.end());
  flow = first_flow(ws);
  // "For the EU28, the first estimate of exports ... is €168.3 billion. Its trade ... ended
  // the month €5.0 bn in deficit": a sentence that opens on whose figures follow ("For X,")
  // is about them, not about the words after the comma.
  if (ws.size() > 2 && ws.front().lower == "for") {
    const auto comma =
        std::find_if(ws.begin(), ws.end(), [](const word& w) { return w.lower == ","; });
    const bool timeless = std::none_of(ws.begin() + 1, comma,
                                       [](const word& w) { return w.number() || names_a_time(w); });
    if (comma != ws.end() && timeless) {
      const subject opening = subject_of_words({ws.begin() + 1, comma});
      if (opening.names_something() && !opening.points_back) return opening;
    }
  }
  return subject_of_words(ws);
}

// "Within machinery, aircraft brought in £21.3 billion": aircraft is a part of machinery.
std::string namer::within_parent(const found& f) const {
  std::vector<word> lead = phrase(words_after(p_, f.sentence_begin, f.begin, window::within));
  // "Among them, the export scale of the equipment manufacturing industry": a part of what
  // the sentence before was about.
  if (lead.size() == 2 && lead[0].lower == "among" && pronoun(lead[1])) {
    std::string flow;
    return slug(previous_sentence(f, flow).entity);
  }
  if (lead.size() < 2 || lead.front().lower != "within") return "";
  const subject whole = subject_of_words({lead.begin() + 1, lead.end()});
  // "Within the index, prices went up for shoes": an index named by no more than the word
  // (lexicon index_noun) is the one the text spoke of before; the part is named alone, as its
  // row in the group's table is.
  if (whole.entity.size() == 1 && lexicon::is(whole.entity.front(), word_class::index_noun))
    return "";
  return slug(whole.entity);
}

// "persons aged 15-24", "| Youth unemployment rate, 15-24 (%) |": two ages a dash or "to" apart
// bound the population a figure is of ("aged_15_24"): after an age word (lexicon age_lead) in
// the claim's own clause, or anywhere in its row's label. "" when none.
std::string namer::age_span(const found& f) const {
  std::size_t from = f.sentence_begin, to = f.begin;
  const bool label = row_.has_value();
  if (label) {
    if (row_->label.empty()) return "";
    from = row_->label.front().begin, to = row_->label.back().end;
  } else {
    const std::vector<word> before = words_before(p_, f.begin, f.sentence_begin, window::subject);
    for (std::size_t k = before.size(); k-- > 0;) {
      if (!before[k].letters() && !before[k].number()) {
        from = before[k].end;
        break;
      }
    }
  }
  if (to <= from) return "";
  const std::string_view s = p_.text.substr(from, to - from);
  constexpr std::size_t age_digits = 3;
  const auto digits_at = [&](std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && is_ascii_digit(s[j])) ++j;
    return j - i;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_ascii_digit(s[i]) || (i > 0 && (is_ascii_alnum(s[i - 1]) || s[i - 1] == '.'))) continue;
    const std::size_t low = digits_at(i);
    std::size_t k = i + low;
    while (k < s.size() && s[k] == ' ') ++k;
    std::size_t dash = 0;
    if (s.substr(k, 1) == "-") {
      dash = 1;
    } else if (s.substr(k, 3) == "\xE2\x80\x93") {  // an en dash
      dash = 3;
    } else if (s.substr(k, 3) == "to ") {
      dash = 2;
    }
    std::size_t hi = k + dash;
    while (dash > 0 && hi < s.size() && s[hi] == ' ') ++hi;
    const std::size_t high = dash > 0 ? digits_at(hi) : 0;
    const char after = hi + high < s.size() ? s[hi + high] : ' ';
    const bool ages = low <= age_digits && high > 0 && high <= age_digits &&
                      !is_ascii_alnum(after) && after != '.' && after != '%' && after != ',';
    const std::vector<word> lead = words_before(p_, from + i, from, window::next_word);
    if (ages && (label || (!lead.empty() && lead.back().is(word_class::age_lead))))
      out = "aged_" + std::string(s.substr(i, low)) + "_" + std::string(s.substr(hi, high));
    i += low;
  }
  return out;
}

// "The unemployment rate stayed at 4.7 percent. For females it went up to 7.0 percent", "Among
// males the rate slipped to 68.6 percent": a ratio's level said of a sex alone (lexicon
// population_group), by a pronoun or a rate noun that names no measure, is that sex's ratio of
// the measure the nearest ratio before it in its paragraph names (females_unemployment, read
// as all.women.unemployment_rate); so is one said of a sex alone after a sex's ratio in its
// sentence. When that nearest ratio names no labour market measure, the family stays the sex's
// own, a figure no rule reads.
std::string namer::group_of_measure_before(std::size_t i, const std::vector<word>& own) const {
  const found& f = claims_[i];
  if (f.kind != claim_kind::share || f.has_denominator() || f.family.empty() ||
      population_group(segment_words(f.family)).empty())
    return f.family;
  // "the employment rate was 58.1% (males 64.0%, females 52.5%)": the sexes' rates in a bracket
  // after a rate break that rate down. Of a rate that is no labour market measure ("or 61.0% of
  // the population (males ...)") they are parts of its family (labour_force.men.share), so
  // that the sexes of two rates are never one figure.
  if (const auto whole = rate_broken_down(i)) {
    const found& rate = claims_[*whole];
    if (!labour_measure(rate) && !rate.family.empty() && rate.family.find('.') == std::string::npos)
      return rate.family + "." + population_group(segment_words(f.family));
  }
  const bool refers = std::any_of(own.begin(), own.end(), [](const word& w) {
    return pronoun(w) || w.is(word_class::rate_noun);
  });
  for (std::size_t j = i; j-- > 0;) {
    const found& before = claims_[j];
    if (before.kind != claim_kind::share && before.kind != claim_kind::pp) continue;
    if (!labour_measure(before) || before.family.find('.') != std::string::npos) break;
    const std::string group = group_of_family(before.family);
    // "for men it was 73.2%, down 0.9 percentage point, and for women 35.0%": a clause that
    // names only another sex goes on with the measure of a sex's ratio in its sentence.
    const bool goes_on = !group.empty() && before.end > f.sentence_begin;
    if (!refers && !goes_on && rate_broken_down(i) != j) break;
    const std::string measure =
        group.empty() ? before.family : before.family.substr(group.size() + 1);
    return names_labour_measure(segment_words(measure), 0) ? f.family + "_" + measure : f.family;
  }
  return f.family;
}

// "the employment rate was 58.1% (males 64.0%, females 52.5%)", "5.9% of the labour force
// (males 4.8%, females 7.2%)": the share a bracket of sexes' rates breaks down, right before the
// bracket or before the "of" phrase of its whole. Claim i must be a sex's rate inside such a
// bracket, with only sexes, their rates, commas and "and" between the bracket and it.
std::optional<std::size_t> namer::rate_broken_down(std::size_t i) const {
  const found& f = claims_[i];
  const std::vector<word> before =
      words_before(p_, f.begin, f.sentence_begin, window::sexes_bracket);
  if (before.empty() || !before.back().is(word_class::population_group)) return std::nullopt;
  std::size_t k = before.size();
  while (k > 0 && (before[k - 1].number() || before[k - 1].lower == "," ||
                   before[k - 1].lower == "and" || before[k - 1].is(word_class::population_group)))
    --k;
  if (k == 0 || before[k - 1].lower != "(") return std::nullopt;
  const std::size_t open = before[k - 1].begin;
  for (std::size_t j = i; j-- > 0;) {
    const found& rate = claims_[j];
    if (rate.end > open) continue;  // another sex's rate in the bracket
    if (rate.kind != claim_kind::share || rate.end < f.sentence_begin) return std::nullopt;
    const std::vector<word> gap = words_between(p_, rate.end, open);
    const bool of_phrase =
        gap.empty() ||
        (gap.size() <= window::share_of && gap.front().lower == "of" &&
         std::all_of(gap.begin(), gap.end(), [](const word& w) { return w.letters(); }));
    return of_phrase ? std::optional<std::size_t>(j) : std::nullopt;
  }
  return std::nullopt;
}

// "12.5% of them": a share whose whole is a pronoun alone.
bool namer::of_pronoun(const found& f) const {
  const std::vector<word> after = words_after(p_, f.end, f.sentence_end, window::next_word + 1);
  return after.size() == 2 && after[0].lower == "of" && pronoun(after[1]);
}

// "12.5% of them (43,800 persons) held a fixed-term contract": the part a share of a pronoun
// names after it, past its whole and a bracket, up to the clause's end: its words that are no
// fillers or verbs ("fixed_term_contract"), or "" when none.
std::string namer::part_named_after(const found& f) const {
  const std::vector<word> after = words_after(p_, f.end, f.sentence_end, window::part_after);
  std::vector<std::string> part;
  int depth = 0;
  for (std::size_t k = 2; k < after.size(); ++k) {
    const word& w = after[k];
    if (w.lower == "(" || w.lower == ")") {
      depth += w.lower == "(" ? 1 : -1;
      continue;
    }
    if (depth > 0) continue;
    if (!w.letters()) break;
    if (!filler(w) && !w.is(word_class::verb) && !w.is(word_class::preposition))
      part.emplace_back(w.lower);
  }
  return slug(part);
}

// "Trade with the Northern Compact" and later "the Compact" are one family.
std::string namer::family_of(const subject& s, const found& f, std::string parent) {
  std::string family = slug(s.entity);
  if (const std::string ages = age_span(f); !family.empty() && !ages.empty()) family += "_" + ages;
  const auto under = family.rfind('_');
  if (under == std::string::npos) {
    if (auto it = context_.by_last_word.find(family); s.proper && it != context_.by_last_word.end())
      family = it->second;
  } else if (!family.starts_with("non_")) {
    // "non_eu" (countries outside the EU) is no longer name of "the EU": a complement is not
    // what its group's name alone refers back to.
    context_.by_last_word.try_emplace(family.substr(under + 1), family);
  }
  if (parent.empty()) parent = within_parent(f);
  return parent.empty() || family.empty() || parent == family ? family : parent + "." + family;
}

void namer::attach(found& f, const found& parent) {
  f.family = parent.family;
  f.share_named = parent.share_named;
  f.flow = parent.flow;
  f.aspect = parent.aspect;
  f.subject = parent.subject;
  f.named_by_noun = parent.named_by_noun;
  // A rate right after its level, in its brackets or after ", or", is of the level's period
  // ("€1 741.9 bn (2.9% more than ...)"); after a clause of its own it keeps its own
  // ("from £91.0 billion in 2023, and made up 34%").
  const std::vector<word> between = words_between(p_, parent.end, f.begin);
  const bool right_after = std::all_of(between.begin(), between.end(), [](const word& w) {
    return w.lower == "," || w.lower == "(" || w.lower == "or" || w.lower == "and";
  });
  if (right_after && !f.period_stated) {
    f.period = parent.period;
    f.period_stated = parent.period_stated;
  }
  // "31.6% ..., down from 31.9%, a fall of 0.3 percentage points": a change of the share.
  if (f.kind == claim_kind::pp && parent.kind == claim_kind::share) {
    f.suffix = parent.suffix + "." + f.suffix;
  }
  // "GDP grew 2.9%, three tenths more than the 2.6% of the first quarter": the change of the
  // rate, in points (gdp.growth_yoy.change, which change_matches_levels reads with its .prev).
  if (f.kind == claim_kind::pp && parent.kind == claim_kind::growth &&
      f.suffix.starts_with("change") && !parent.previous_value)
    f.suffix = parent.suffix + ".change";
  // "grew 1.71%, 0.01 percentage point below the advance estimate": the rate's revision.
  if (f.kind == claim_kind::pp && parent.kind == claim_kind::growth && f.suffix == "revision")
    f.suffix = parent.suffix + ".revision";
  // "added 0.4 points to GDP growth, after 0.5 points the quarter before": the same contribution.
  if (f.kind == claim_kind::pp && parent.kind == claim_kind::pp && f.previous_value)
    f.suffix = parent.suffix;
  // "a deficit of USD 4.2 billion, or 40.6% of total trade": a balance is no part of the flow
  // its share is taken of, so the share stays the balance's (X.balance.share, which no rule
  // reads as the total's share), never the whole flow's.
  if (const std::string flow = denominator_flow(f); !flow.empty() && parent.flow != "balance")
    f.flow = flow;
}

// "Hours worked were up 2.1% and employment 2.0%, against 1.4% and 3.2% in the first quarter":
// a list of k rates after a word that brings in earlier values (lexicon previous_cue: "against",
// "after", "compared with") holds the earlier values of the k rates right before it, in order:
// each is its rate's figure of the list's period (the one its last item names, else the period
// before), as "respectively" would say.
void namer::pair_earlier_list(std::size_t first) {
  const found& f = claims_[first];
  if (row_ || !rate(f) || first < 2) return;
  const std::vector<word> lead_words = words_between(p_, claims_[first - 1].end, f.begin);
  std::size_t cue = lead_words.size();
  while (cue > 0 && !lead_words[cue - 1].letters()) --cue;
  if (cue == 0) return;
  const bool cued =
      lead_words[cue - 1].is(word_class::previous_cue) ||
      (cue >= 2 && phrase_is(lead_words[cue - 2], lead_words[cue - 1], word_class::previous_cue));
  if (!cued) return;
  std::size_t last = first;
  while (last + 1 < claims_.size() && claims_[last + 1].begin < f.sentence_end &&
         rate(claims_[last + 1])) {
    const std::vector<word> ws = words_between(p_, claims_[last].end, claims_[last + 1].begin);
    if (ws.empty() || !std::all_of(ws.begin(), ws.end(), list_joint)) break;
    ++last;
  }
  const std::size_t k = last - first + 1;
  if (k < 2 || first < k) return;
  std::set<std::string> families;
  for (std::size_t j = first - k; j < first; ++j) {
    const found& earlier = claims_[j];
    if (earlier.end <= f.sentence_begin || !rate(earlier) || earlier.kind != f.kind ||
        earlier.family.empty() || earlier.prev || !earlier.period.empty())
      return;
    families.insert(earlier.family + "." + earlier.flow);
  }
  if (families.size() != k) return;  // rates of things it cannot tell apart
  const found& closing = claims_[last];
  for (std::size_t j = 0; j < k; ++j) {
    found& item = claims_[first + j];
    const found& of = claims_[first - k + j];
    item.family = of.family;
    item.flow = of.flow;
    item.aspect = of.aspect;
    item.subject = of.subject;
    item.suffix = of.suffix;
    item.period = closing.period;
    item.prev = closing.prev || (closing.period.empty() && !closing.period_stated);
    item.period_stated = closing.period_stated;
    item.id = compose(item);
  }
}

// "operated 17,000 trains and delivered 1.9 million standard containers of goods, with a
// year-on-year increase of 6% and 18% respectively": the k rates before "respectively" belong
// to the k levels before them, or else to the k subjects listed before the verb.
void namer::distribute(std::size_t last) {
  auto joined = [&](std::size_t i) {
    const std::vector<word> ws = words_between(p_, claims_[i].lead_begin, claims_[i].begin);
    return std::all_of(ws.begin(), ws.end(), list_joint);
  };
  std::size_t first = last;
  while (first > 0 && claims_[first - 1].end > claims_[last].sentence_begin &&
         rate(claims_[first - 1]) && joined(first)) {
    --first;
  }
  const std::size_t k = last - first + 1;
  if (k < 2) return;
  // Back from `first` to the sentence's start only: claims are in text order, and a line of
  // "respectively" sentences must not rescan every claim before each one.
  std::vector<const found*> levels;
  for (std::size_t j = first; j > 0 && claims_[j - 1].end > claims_[first].sentence_begin; --j) {
    if (!rate(claims_[j - 1])) levels.push_back(&claims_[j - 1]);
  }
  std::reverse(levels.begin(), levels.end());
  if (levels.size() >= k) {
    for (std::size_t j = 0; j < k; ++j) {
      attach(claims_[first + j], *levels[levels.size() - k + j]);
      claims_[first + j].id = compose(claims_[first + j]);
    }
    return;
  }
  std::vector<word> ws = words_between(p_, claims_[first].lead_begin, claims_[first].begin);
  while (!ws.empty() && filler(ws.back())) ws.pop_back();
  std::vector<std::vector<word>> parts = list_items(ws, false);
  bool labels = false;
  // "Their output was 7.1, 3.4 and 2.9 percent respectively": the things are listed in the
  // sentence before, after its colon ("three sectors lost most: culture, ...; trade, ...; and
  // government, ..."), one a semicolon apart when it has k so.
  if (parts.size() < k &&
      std::any_of(ws.begin(), ws.end(), [](const word& w) { return pronoun(w); })) {
    parts = items_of_sentence_before(claims_[first], k);
    labels = true;
  }
  if (parts.size() < k) {
    // Rates said of things it cannot tell apart are no one figure: none gets an id of its own.
    for (std::size_t j = 0; j < k; ++j) claims_[first + j].id.clear();
    return;
  }
  const std::string flow = last_flow(
      words_before(p_, claims_[first].begin, claims_[first].sentence_begin, window::subject));
  for (std::size_t j = 0; j < k; ++j) {
    const std::vector<word>& part = parts[parts.size() - k + j];
    const subject s = labels ? subject_of_label(part, context_.national) : subject_of_words(part);
    found& f = claims_[first + j];
    // "Exports and imports of goods and services fell by 3.0 and 3.5 percent respectively": a
    // thing listed by its flow alone.
    if (s.entity.empty()) {
      const std::string own_flow = first_flow(part);
      if (own_flow.empty() || own_flow == "total") continue;
      f.family.clear();
      f.flow = own_flow;
      f.id = compose(f);
      continue;
    }
    set_family(f, s.entity, slug(s.entity));
    // "The male activity rate and unemployment rate ... 74.3% and 4.8% respectively": the
    // list's first item names the group of the others.
    if (!row_)
      f.family = with_sentence_group(f.family, j > 0 ? &claims_[first] : first_in_sentence(first));
    f.flow = flow;
    f.id = compose(f);
  }
}

// The items of a list, split at commas and "and" (at semicolons only, with `semicolons`); a
// phrase of the lexicon ("goods and services") is one item's words.
std::vector<std::vector<word>> namer::list_items(const std::vector<word>& ws,
                                                 bool semicolons) const {
  std::vector<std::vector<word>> parts(1);
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const word& w = ws[i];
    const bool phrase = w.lower == "and" && i > 0 && i + 1 < ws.size() &&
                        lexicon::find(std::string(ws[i - 1].lower) + " and " +
                                      std::string(ws[i + 1].lower)) != nullptr;
    const bool split = semicolons ? w.lower == ";" : (w.lower == "," || w.lower == "and");
    if (split && !phrase) {
      parts.emplace_back();
    } else if (!(semicolons && parts.back().empty() && w.lower == "and")) {
      parts.back().push_back(w);
    }
  }
  std::erase_if(parts, [](const auto& p) { return p.empty(); });
  return parts;
}

std::vector<std::vector<word>> namer::items_of_sentence_before(const found& f,
                                                               std::size_t k) const {
  // The sentence may end the block before ("...education and care." closing its line).
  const block* in = &b_;
  std::size_t at = f.sentence_begin;
  while (at > in->begin && is_blank(t_.text[at - 1])) --at;
  if (at <= in->begin) {
    const std::size_t index = static_cast<std::size_t>(&b_ - t_.blocks.data());
    if (index == 0 || index >= t_.blocks.size()) return {};
    in = &t_.blocks[index - 1];
    if (in->heading || in->table != table_style::none) return {};
    at = in->end;
    while (at > in->begin && is_blank(t_.text[at - 1])) --at;
    if (at <= in->begin) return {};
  }
  auto [begin, end] = sentence_around(t_, *in, at - 1);
  std::vector<word> ws = words_after(p_, begin, end, window::listed);
  const auto colon =
      std::find_if(ws.begin(), ws.end(), [](const word& w) { return w.lower == ":"; });
  if (colon == ws.end()) return {};
  ws.erase(ws.begin(), colon + 1);
  while (!ws.empty() && !ws.back().letters()) ws.pop_back();
  std::vector<std::vector<word>> parts = list_items(ws, true);
  if (parts.size() != k) parts = list_items(ws, false);
  return parts.size() == k ? parts : std::vector<std::vector<word>>{};
}

// The sign word nearest a balance: after it ("a €5.0 bn deficit", "€4.0 bn in deficit"), else
// the last balance word before it in its sentence ("a trade deficit of £15.5 billion").
int balance_sign(const prose& p, const found& f) {
  const std::vector<word> after = words_after(p, f.end, f.sentence_end, 2);
  for (const word& w : after) {
    if (w.is(word_class::sign)) return w.entry()->sign;
    if (w.lower != "in") break;
  }
  const std::vector<word> before = words_before(p, f.begin, f.sentence_begin, window::subject);
  for (std::size_t i = before.size(); i-- > 0;) {
    const lexicon::entry* e = before[i].entry();
    if (e && e->flow == lexicon::flow_kind::balance) return e->sign < 0 ? -1 : 1;
  }
  return 0;
}

// A deficit is a negative balance, as the lexicon's sign words say: "a trade deficit of £15.5
// billion" is trade.balance = -15.5, and so is "a €5.0 bn deficit". A deficit that narrows is
// a rise of the balance: "the deficit narrowed by £1.3 billion" is +1.3, "widened by £0.4
// billion" is -0.4.
void sign_balances(const prose& p, std::vector<found>& claims) {
  for (found& f : claims) {
    if (f.flow != "balance" || f.kind != claim_kind::level) continue;
    if (balance_sign(p, f) >= 0) continue;
    if (f.change) {
      f.q.number = -f.q.number;
      f.decreases = !f.decreases;
    } else if (f.q.number > 0) {
      f.q.number = -f.q.number;
      f.decreases = true;
    }
  }
}

}  // namespace

namespace {

// The series table rows of numbers are labelled with ("| All groups CPI, seasonally adjusted |
// 0.4 |"): each sets its rows apart from those without. A caption row ("| Goods and services
// summary, seasonally adjusted | | |") says the series of the whole table, no exception; so
// does a header row, whose numbers are its periods ("| Trade, May 2024 (seasonally adjusted) |
// EUR bn |"): every cell below is of that series, and nothing in the table is apart from it.
std::set<std::string> series_in_tables(const folded_text& t) {
  std::set<std::string> out;
  for (std::size_t i = 0; i < t.blocks.size(); ++i) {
    const block& b = t.blocks[i];
    if (b.table == table_style::none) continue;
    if (b.table_index < t.tables.size() && t.tables[b.table_index].first_block == i) continue;
    const std::vector<word> ws = words_between(t.view(), b.begin, b.end);
    if (std::none_of(ws.begin(), ws.end(), [](const word& w) { return w.number(); })) continue;
    for (const word& w : ws) {
      if (const std::string_view s = series_named(w); !s.empty()) out.emplace(s);
    }
  }
  return out;
}

// The valuations a draft names (each with how often) that its claims keep in their ids: all but
// the one named most, which is the draft's own ("fob" five times, "cif" once); all of them
// when two are named most, so that no claim of one is taken for a claim of the other.
std::set<std::string> valuations_apart(const std::map<std::string_view, std::size_t>& named) {
  std::set<std::string> out;
  if (named.size() < 2) return out;
  std::size_t most = 0;
  for (const auto& [name, count] : named) most = std::max(most, count);
  const auto with_most =
      std::count_if(named.begin(), named.end(), [&](const auto& v) { return v.second == most; });
  for (const auto& [name, count] : named) {
    if (count < most || with_most > 1) out.emplace(name);
  }
  return out;
}

}  // namespace

// The headline price index a title names ("Consumer Price Index, May 2015": cpi; lexicon
// `aggregate` words and phrases of a `headline_index` family), or "".
std::string title_index(const std::vector<word>& ws) {
  constexpr std::size_t longest = 5;  // "harmonised index of consumer prices"
  for (std::size_t i = 0; i < ws.size(); ++i) {
    std::string phrase;
    for (std::size_t n = 1; n <= longest && i + n <= ws.size(); ++n) {
      if (n > 1) phrase += ' ';
      phrase += ws[i + n - 1].lower;
      const lexicon::entry* e = lexicon::find(phrase);
      if (!e || !e->is(word_class::aggregate) || e->family.empty()) continue;
      if (lexicon::is(e->family, word_class::headline_index)) return std::string(e->family);
    }
  }
  return "";
}

naming_context naming_context_for(const folded_text& t, const std::vector<table_model>* tables) {
  naming_context context;
  const prose p = t.view();
  // The title's capitalised words name the country or area the draft is about ("China's
  // Foreign Trade in 2023", "Euro area trade ..."), which ids leave out; not those the draft
  // also writes in lower case, which are common words ("Economically Active Population Survey
  // ...": "the economically active population reached ..."), unless the lexicon knows them as
  // names of a place or its currency ("the euro area"). Each maps to whether it was seen in
  // lower case.
  std::map<std::string_view, bool> title_words;
  if (!t.blocks.empty() && t.blocks.front().heading) {
    const block& title = t.blocks.front();
    const std::vector<word> ws = words_between(p, title.begin, title.end);
    // "Consumer Price Index, May 2015": the draft's headline index from its title on, so that
    // "prices rose by 0,3%" before any claim names the index is the index's rate.
    context.headline_index = context.last_headline_index = title_index(ws);
    std::size_t period_end = 0;
    for (std::size_t i = 0; i < ws.size(); ++i) {
      const word& w = ws[i];
      if (w.number()) {
        const int year = year_in(std::string_view(t.text).substr(w.begin, w.end - w.begin));
        context.year = std::max(context.year, year);
      }
      // The title's finest period is the draft's own: "September 2019" over "2019". A word of a
      // period read already starts none ("March 2031" of "January to March 2031").
      std::optional<period_words> found_period;
      if (i >= period_end) found_period = period_at(p, ws, i, std::nullopt);
      if (found_period) {
        period_end = i + found_period->count;
        period when = found_period->when;
        // "Labour force survey 2007, March": a year, then a month of it after a comma.
        std::size_t k = i + found_period->count;
        if (k < ws.size() && ws[k].lower == ",") ++k;
        if (when.freq == frequency::year && k < ws.size()) {
          if (auto month = month_named(ws[k], when)) when = *month;
        }
        // "GDP first quarterly estimate, January to March 2031": the three months of a
        // calendar quarter are that quarter.
        constexpr long months_per_quarter = 3;
        if (when.freq == frequency::month && when.length() == months_per_quarter &&
            when.first % months_per_quarter == 0)
          when = period::quarter(when.first_year(),
                                 static_cast<int>(when.first % 12 / months_per_quarter) + 1);
        if (!context.own || when.freq > context.own->freq ||
            (when.freq == context.own->freq && when > *context.own))
          context.own = when;
      }
      // "GDP" in "France, first quarter of 2017: GDP up 0.3%" names an aggregate, not the country.
      // Nor does a name with digits ("EU28", "M3"): no country is written so.
      const bool digits = std::any_of(w.lower.begin(), w.lower.end(), is_ascii_digit);
      if (w.lower.size() > 2 && w.capital && !w.is(word_class::month) &&
          !w.is(word_class::aggregate) && !digits)
        title_words.emplace(w.lower, false);
    }
  }
  std::map<std::string_view, std::size_t> possessives;
  bool goods = false, services = false;
  std::map<std::string_view, std::size_t> series, valuations;
  constexpr std::size_t shortest_series_word = 5;  // "trend"
  // "Hong Kong's": the capitalised word right before a possessive is part of the name.
  std::map<std::string_view, std::set<std::string_view>> name_words;
  std::optional<word> before;
  for_each_word(p, 0, t.text.size(), [&](const word& w) {
    if (!w.capital) {
      if (auto at = title_words.find(w.lower); at != title_words.end()) at->second = true;
    }
    // "Men's employment rate": a population group is never the country; nor is an aggregate
    // ("Of GDP's 2.7% growth").
    if (w.lower.ends_with("'s") && w.capital && possessive_group(w.lower).empty() &&
        !lexicon::is(w.lower.substr(0, w.lower.size() - 2), word_class::aggregate)) {
      ++possessives[w.lower];
      if (before && before->capital && before->letters() && before->end + 1 == w.begin &&
          p.text[before->end] == ' ')
        name_words[w.lower].insert(before->lower);
    }
    before = w;
    goods = goods || w.lower == "goods";
    services = services || w.lower == "services";
    if (w.lower.size() >= shortest_series_word) {
      if (const std::string_view s = series_named(w); !s.empty()) ++series[s];
    }
    if (const std::string_view v = valuation_named(w); !v.empty()) ++valuations[v];
  });
  context.series_apart = series_in_tables(t);
  const auto most_series =
      std::max_element(series.begin(), series.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most_series != series.end() && most_series->second >= 2)
    context.main_series = most_series->first;
  if (context.series_apart.empty() && series.size() >= 2) {
    for (const auto& [name, count] : series) {
      if (name != most_series->first) context.series_apart.emplace(name);
    }
  }
  // A table whose columns are of two series or more ("Seasonally adjusted" over two columns
  // and the same two beside them, unadjusted) keeps each apart but the draft's own.
  if (tables) {
    for (const table_model& m : *tables) {
      std::set<std::string> named;
      for (const table_column& col : m.columns) {
        if (!col.series.empty()) named.insert(col.series);
      }
      if (named.size() < 2) continue;
      for (const std::string& s : named) {
        if (s != context.main_series) context.series_apart.insert(s);
      }
    }
  }
  context.valuations_apart = valuations_apart(valuations);
  for (const auto& [w, lower_too] : title_words) {
    if (!lower_too || lexicon::is(w, word_class::national) || lexicon::is(w, word_class::currency))
      context.national.add(w);
  }
  // A release of goods and services: goods are a part of its trade, not the whole.
  if (goods && services) context.national.add_part("goods");
  auto most = std::max_element(possessives.begin(), possessives.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most != possessives.end()) {
    context.national.add(most->first);
    for (std::string_view w : name_words[most->first]) context.national.add(w);
  }
  return context;
}

std::string period_segment(const period& p, const std::optional<period>& own) {
  if (own && p == *own) return "";
  if (own && !own->is_range() && p == own->prev()) return "prev";
  return p.to_string();
}

namespace {

// The one flow a Markdown heading names, or "" (none, or more than one). "Trade" in a title
// ("# Trade in September 2019") names the subject of the whole draft, not the total of it.
std::string heading_flow(const folded_text& t, const block& b) {
  return only_flow(words_between(t.view(), b.begin, b.end));
}

// "### Food and non-alcoholic beverages group (+1.9%)": the words before its bracket name the
// thing; its last word, when another word names it, is what "the group" refers back with.
void read_heading_entity(const std::vector<word>& ws, naming_context& context) {
  context.heading_entity.clear();
  context.heading_head.clear();
  std::vector<word> name;
  for (const word& w : ws) {
    if (w.lower == "(" || w.lower == ":") break;
    if (w.letters() || w.lower == "," || w.lower == "&") name.push_back(w);
  }
  // Only a word that names a group of the things before it ("group", "countries"): in "##
  // Goods and services" the last word is a thing of its own.
  if (name.size() < 2 || !name.back().letters() || !name.back().is(word_class::member_noun)) return;
  context.heading_head = std::string(name.back().lower);
  name.pop_back();
  const subject s = subject_of_label(name, context.national);
  if (s.names_something())
    context.heading_entity = s.entity;
  else
    context.heading_head.clear();
}

}  // namespace

namespace {
// "Values in US dollars; changes on the same month of 2019.", "Rates are changes on the same
// period a year earlier.": a noun that names rates (lexicon change_noun) right before "on" or
// "over" and a base a year back ("the same month a year earlier", lexicon span_base=year; or
// "the same month of 2019", "the same moving quarter of 2012"). A verb ("fell on a year
// earlier") tells of a figure, not of the draft's rates.
bool states_a_year_base(const prose& p, const std::vector<word>& ws) {
  auto same_period_of_a_year = [&](std::size_t k) {
    if (k + 3 >= ws.size() || ws[k].lower != "the" || ws[k + 1].lower != "same") return false;
    constexpr std::size_t period_noun_words = 2;  // "month", "moving quarter"
    for (std::size_t n = 1; n <= period_noun_words && k + 2 + n < ws.size(); ++n) {
      if (ws[k + 1 + n].lower == "of" && ws[k + 2 + n].number()) return true;
    }
    return false;
  };
  for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
    if (!ws[k - 1].is(word_class::change_noun) || (ws[k].lower != "on" && ws[k].lower != "over"))
      continue;
    const std::vector<word> rest(ws.begin() + static_cast<std::ptrdiff_t>(k), ws.end());
    if (same_period_of_a_year(k + 1) || span_of_words(p, rest) == rate_span::year) return true;
  }
  return false;
}

// Whether a sentence of block b states the base of the draft's rates a year back, and holds no
// claim of its own (a statement about the draft, not a figure).
bool block_states_a_year_base(const folded_text& t, const block& b,
                              const std::vector<found>& claims) {
  const std::vector<word> ws = words_between(t.view(), b.begin, b.end);
  std::size_t from = 0;
  for (std::size_t k = 0; k <= ws.size(); ++k) {
    if (k < ws.size() && ws[k].lower != ".") continue;
    const std::vector<word> sentence(ws.begin() + static_cast<std::ptrdiff_t>(from),
                                     ws.begin() + static_cast<std::ptrdiff_t>(k));
    from = k + 1;
    if (sentence.empty() || !states_a_year_base(t.view(), sentence)) continue;
    const std::size_t begin = sentence.front().begin, end = sentence.back().end;
    if (std::none_of(claims.begin(), claims.end(), [&](const found& f) {
          return f.number_begin >= begin && f.number_begin < end;
        }))
      return true;
  }
  return false;
}
}  // namespace

void name_block(const folded_text& t, const block& b, std::vector<found>& claims,
                naming_context& context) {
  // A section's heading, not the draft's title ("# German foreign trade ...: exports +4.0%"),
  // says what its paragraphs are about; a short line read as a heading ends the section's flow
  // as much as a Markdown one.
  const std::string_view text =
      trim_blank(std::string_view(t.text).substr(b.begin, b.end - b.begin));
  // "## GDP in volume: change on a year earlier": "a year" and a word that puts it back.
  auto a_year_back = [](const std::vector<word>& ws) {
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
      if (ws[i].lower == "a" && ws[i + 1].lower == "year" && ws[i + 2].is(word_class::year_ago))
        return true;
    }
    return false;
  };
  auto says_annual = [&](const std::vector<word>& ws) {
    return names_twelve_months(t.view(), ws) || yoy_phrase(ws) || a_year_back(ws) ||
           std::any_of(ws.begin(), ws.end(),
                       [](const word& w) { return w.is(word_class::yoy_word); });
  };
  // "Values in US dollars; changes on the same month of 2019.": the draft's rates that name no
  // base of their own are on a year earlier, from here on.
  if (!b.heading && b.table == table_style::none && !context.draft_annual)
    context.draft_annual = block_states_a_year_base(t, b, claims);
  if (b.heading && !(text.starts_with('#') && !text.starts_with("##"))) {
    context.heading_flow = heading_flow(t, b);
    const std::vector<word> ws = words_between(t.view(), b.begin, b.end);
    context.heading_annual = says_annual(ws);
    read_heading_entity(ws, context);
  }
  // "To the 12-month change, upward:" above "- gasoline (+25.6%)": a line that ends with a colon
  // says of the list items below it what a heading would; any other block ends it.
  if (!list_item(text)) {
    context.list_annual =
        !b.heading && text.ends_with(':') && says_annual(words_between(t.view(), b.begin, b.end));
  }
  namer(t, b, claims, context).name_all();
  sign_balances(t.view(), claims);
}

}  // namespace crossfoot::extract_detail
