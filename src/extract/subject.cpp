// Subjects and flows of claims, read from the words of their clause through the lexicon.
#include "extract/detail/subject.hpp"

#include <algorithm>

namespace crossfoot::extract_detail {

namespace {

using lexicon::flow_kind;
using lexicon::word_class;

std::string_view without_possessive(std::string_view w) {
  if (w.ends_with("'s")) w.remove_suffix(2);
  if (w.ends_with('\'')) w.remove_suffix(1);
  return w;
}

// The flow a word names by itself: exports or imports ("exported", "sold", "purchases"), or
// none. A hyphenated word names the flow of its first part ("export-oriented").
flow_kind plain_flow(std::string_view w) {
  const lexicon::entry* e = lexicon::find(w);
  if (!e || e->flow == flow_kind::none) {
    const std::size_t hyphen = w.find('-');
    if (hyphen == std::string_view::npos) return flow_kind::none;
    e = lexicon::find(w.substr(0, hyphen));
  }
  if (!e || (e->flow != flow_kind::exports && e->flow != flow_kind::imports))
    return flow_kind::none;
  return e->flow;
}

// "the unemployed", "| Employed |": an -ed word the lexicon counts people by names them.
bool names_people(const word& w) {
  return w.is(word_class::counting_subject);
}

// "The United States", "the United Arab Emirates": a capitalised word in -ed right before another
// capitalised word is a part of a name, neither a verb nor a word that names nothing.
bool name_in_ed(const std::vector<word>& ws, std::size_t i) {
  return ws[i].capital && ends_in_ed(ws[i].lower) && !ws[i].entry() && i + 1 < ws.size() &&
         ws[i + 1].capital && ws[i + 1].letters();
}

// "palm oil by 16.1% and liquefied natural gas by 21.4%": an -ed word the lexicon does not know,
// opening an item of a list (right after a joiner) before a word that names a thing (no filler,
// verb or participle), describes that item: it is no verb.
bool describes_next_item(const std::vector<word>& ws, std::size_t i) {
  if (ws[i].entry() || !ws[i - 1].is(word_class::joiner) || i + 1 >= ws.size()) return false;
  const word& next = ws[i + 1];
  return next.letters() && !filler(next) && !next.is(word_class::verb) && !ends_in_ed(next.lower);
}

bool verb_at(const std::vector<word>& ws, std::size_t i) {
  if (i == 0) return false;
  const word& w = ws[i];
  // "the real change in GDP": a direction word that ends a name of a rate (lexicon
  // growth_noun), with "in" after it, is a noun whose "in" names what changed.
  const bool noun_of_change = w.is(word_class::direction) && !w.is(word_class::verb) &&
                              i + 1 < ws.size() && ws[i + 1].lower == "in" &&
                              phrase_is(ws[i - 1], w, word_class::growth_noun);
  if (noun_of_change) return false;
  if (w.is(word_class::verb) || w.is(word_class::direction)) return true;
  if (name_in_ed(ws, i)) return false;
  // "self-owned", "foreign-invested" describe a thing; they are not verbs; nor is a participle
  // after an adverb ("seasonally adjusted unemployment rate").
  const bool after_adverb = ws[i - 1].lower.size() > 4 && ws[i - 1].lower.ends_with("ly");
  if (ends_in_ed(w.lower) && w.lower.find('-') == std::string_view::npos && !names_people(w) &&
      !after_adverb && !describes_next_item(ws, i))
    return true;
  // An -ing word names a thing only after one ("equipment manufacturing"); after a word that
  // names nothing it is a verb ("goods leaving").
  const word& before = ws[i - 1];
  return w.lower.size() > 4 && w.lower.ends_with("ing") && !w.is(word_class::ing_noun) &&
         filler(before) && !before.is(word_class::preposition) && before.lower != "the" &&
         before.lower != "a" && before.lower != "an";
}

// "Containerised goods" and "container exports" are about the same thing.
std::string stem(std::string_view w) {
  if (w.size() > 7 && (w.ends_with("ised") || w.ends_with("ized"))) w.remove_suffix(4);
  return std::string(w);
}

struct segment {
  std::size_t begin = 0, end = 0;  // indices into the clause's words
};

bool breaks_clause(const word& w) {
  return (!w.letters() && !w.number()) || w.is(word_class::clause_break);
}

std::vector<segment> segments_of(const std::vector<word>& ws, std::size_t& colon) {
  std::vector<segment> out{{0, 0}};
  colon = 0;  // segments before this index come before a colon
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (!breaks_clause(ws[i])) continue;
    out.back().end = i;
    if (ws[i].lower == ":") colon = out.size();
    out.push_back({i + 1, i + 1});
  }
  out.back().end = ws.size();
  return out;
}

// ---- the subject of one segment, in steps -------------------------------------------------

// "it", "they", or "this region" when the region is the document's own: the subject is in an
// earlier sentence.
bool points_back(const std::vector<word>& ws, segment s, const national_words& national) {
  for (std::size_t i = s.begin; i < s.end; ++i) {
    if (pronoun(ws[i])) return true;
    const bool demonstrative =
        ws[i].lower == "this" || ws[i].lower == "that" || ws[i].lower == "these";
    if (demonstrative && i + 1 < s.end && national.contains(ws[i + 1].lower)) return true;
  }
  return false;
}

// An aggregate (lexicon `aggregate`) named by two to five words at ws[i]: the longest name the
// lexicon knows before `end`. Each agency names GDP's components in its own words ("private
// consumption", "household final consumption expenditure", "gross fixed capital formation"),
// and the lexicon gives each the family accounts.rules uses; a headline price index by its
// words ("consumer prices", "consumer price index") is one too (cpi). One word alone is the
// caller's: ws[i].entry().
struct aggregate_name {
  const lexicon::entry* entry = nullptr;
  std::size_t words = 0;
};

aggregate_name aggregate_at(const std::vector<word>& ws, std::size_t i, std::size_t end) {
  constexpr std::size_t longest = 5;
  aggregate_name found;
  std::string phrase(ws[i].lower);
  for (std::size_t n = 2; n <= longest && i + n <= end; ++n) {
    phrase += ' ';
    phrase += ws[i + n - 1].lower;
    const lexicon::entry* e = lexicon::find(phrase);
    if (e && e->is(word_class::aggregate)) found = {e, n};
  }
  return found;
}

// The longest labour market measure of two words or more (lexicon rate_measure, count_measure)
// whose words start at ws[i], read no further than `end`.
aggregate_name measure_at(const std::vector<word>& ws, std::size_t i, std::size_t end) {
  constexpr std::size_t longest = 4;
  aggregate_name found;
  std::string phrase(ws[i].lower);
  for (std::size_t n = 2; n <= longest && i + n <= end; ++n) {
    if (!ws[i + n - 1].letters()) break;
    phrase += ' ';
    phrase += ws[i + n - 1].lower;
    const lexicon::entry* e = lexicon::find(phrase);
    if (e && (e->is(word_class::rate_measure) || e->is(word_class::count_measure))) found = {e, n};
  }
  return found;
}

// The subject phrase ends at its first verb. Its first word is a verb only when the lexicon
// says so and it is not a flow ("put the combined ... deficit at", after a claim "the two
// agencies"; "Exports rose" starts with a subject).
std::size_t first_verb(const std::vector<word>& ws, segment s) {
  if (s.begin < s.end && !ws[s.begin].capital && ws[s.begin].is(word_class::verb) &&
      plain_flow(ws[s.begin].lower) == flow_kind::none && !ws[s.begin].is(word_class::flow))
    return s.begin;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    // "Gross value added grew", "gross fixed capital formation fell": an aggregate's name
    // holds no verb, though its words may look like one.
    if (const aggregate_name named = aggregate_at(ws, i, s.end); named.entry) {
      i += named.words - 1;
      continue;
    }
    if (i > s.begin && verb_at(ws, i)) return i;
  }
  return s.end;
}

// Just after the last preposition before the verb: "exports to the Compact" names the Compact.
// A preposition that ends a complement phrase ("not in", "out of": lexicon complement_lead)
// keeps the phrase: "persons not in the labour force" name the complement of the labour force.
std::size_t after_last_preposition(const std::vector<word>& ws, segment s, std::size_t verb) {
  std::size_t after = s.begin;
  for (std::size_t i = s.begin; i < verb; ++i) {
    if (!ws[i].is(word_class::preposition)) continue;
    after = i > s.begin && phrase_is(ws[i - 1], ws[i], word_class::complement_lead) ? i - 1 : i + 1;
  }
  return after;
}

// Whether word i is a content word of the subject: not the document's own country, not a
// filler (a first word in -ised is an adjective that names: "Containerised goods"), and an
// -ing word only after the content word it completes ("equipment manufacturing").
bool content_word(const std::vector<word>& ws, std::size_t i, std::size_t from, segment s,
                  const std::vector<std::string>& entity, const national_words& national,
                  std::size_t limit, bool label) {
  const word& w = ws[i];
  // "(annualized +2.4%)": a rate's span (lexicon rate_span) names no subject.
  if (pronoun(w) || national.contains(w.lower) || w.is(word_class::rate_span)) return false;
  // A table row's label has no verb: an -ed word before another word is an adjective that
  // names ("processed food", "unprocessed food").
  const bool label_adjective =
      label && ends_in_ed(w.lower) && !w.is(word_class::filler) && i + 1 < s.end;
  const bool adjective = label_adjective || name_in_ed(ws, i) ||
                         (i == s.begin && (w.lower.ends_with("ised") || w.lower.ends_with("ized")));
  const bool part = national.names_part(w.lower);
  if ((filler(w) && !adjective && !part) || entity.size() == limit || names_a_time(w)) return false;
  // "of the fiscal year", "the financial year": a word before a word of time (lexicon
  // noun_time, as written) says which kind of year it is, and names no subject.
  if (i + 1 < s.end && ws[i + 1].is(word_class::noun_time) && !ws[i].is(word_class::flow))
    return false;
  const bool follows = i > from && !entity.empty() && ws[i - 1].lower == entity.back();
  // A label has no verb: its -ing words name things ("Clothing and footwear", "Housing").
  return label || w.is(word_class::ing_noun) ||
         !(w.lower.size() > 4 && w.lower.ends_with("ing") && !follows);
}

// The content words (at most two) and the aspect of ws[from, verb).
subject names_from(const std::vector<word>& ws, segment s, std::size_t from, std::size_t verb,
                   const national_words& national, std::size_t limit = 2, bool label = false) {
  subject out;
  bool aggregate = false;  // an aggregate of the national accounts is named
  for (std::size_t i = from; i < verb; ++i) {
    // "the deficit on trade in goods and services": a phrase that names the whole.
    const lexicon::entry* three =
        i + 2 < verb ? lexicon::find(std::string(ws[i].lower) + " " + std::string(ws[i + 1].lower) +
                                     " " + std::string(ws[i + 2].lower))
                     : nullptr;
    if (three && three->is(word_class::overall)) {
      i += 2;
      continue;
    }
    // "All groups CPI": a pair of words that names the whole of what follows it (cpi).
    if (i + 1 < verb && phrase_is(ws[i], ws[i + 1], word_class::overall)) {
      i += 1;
      continue;
    }
    // "+0.6% q/q (annualized ...)": letters glued by a slash that name a rate's span (lexicon
    // rate_span) name no subject.
    if (i + 1 < verb && ws[i + 1].begin == ws[i].end + 1 &&
        lexicon::is(std::string(ws[i].lower) + "/" + std::string(ws[i + 1].lower),
                    word_class::rate_span)) {
      i += 1;
      continue;
    }
    // "gross domestic product", "household final consumption expenditure", "consumer prices":
    // the aggregate by its family's name (gdp, household_consumption, cpi), however many words
    // its name has.
    if (const aggregate_name named = aggregate_at(ws, i, verb);
        named.entry && out.entity.size() < limit) {
      out.entity.emplace_back(named.entry->family);
      aggregate = true;
      i += named.words - 1;
      continue;
    }
    // "labour force participation", "employment to population ratio": a labour market
    // measure of more than one word is one name (labour_measure reads it whole).
    if (const aggregate_name named = measure_at(ws, i, verb);
        named.entry && out.entity.size() < limit) {
      std::string name;
      for (std::size_t k = i; k < i + named.words; ++k) name += std::string(ws[k].lower) + "_";
      name.pop_back();
      out.entity.push_back(std::move(name));
      i += named.words - 1;
      continue;
    }
    const lexicon::entry* e = ws[i].entry();
    // "GDP's": an aggregate's possessive names the aggregate.
    if (const lexicon::entry* owner = lexicon::find(without_possessive(ws[i].lower));
        (!e || !e->is(word_class::aggregate)) && owner && owner->is(word_class::aggregate))
      e = owner;
    if (e && e->is(word_class::aggregate)) aggregate = true;
    // "the housing index's annual rate", "the food index rose": an index after the name of
    // what it measures names nothing more than the name does (the row "| Housing |").
    if (!out.entity.empty() && lexicon::is(without_possessive(ws[i].lower), word_class::index_noun))
      continue;
    if (e && e->is(word_class::aspect) && !national.contains(ws[i].lower)) {
      out.aspect = std::string(e->aspect);
      continue;
    }
    // "countries outside the EU": the group named after it is its complement, non_eu (as a
    // table's "Non EU Member States"), whatever was named before it.
    if (ws[i].is(word_class::complement_lead)) {
      out.entity = {"non"};
      continue;
    }
    if (i + 1 < verb && phrase_is(ws[i], ws[i + 1], word_class::complement_lead)) {
      out.entity = {"non"};
      ++i;
      continue;
    }
    // "EU countries", "BRI economies", "EU Member States": the members of a named group are the
    // group.
    if (i > from && ws[i - 1].capital && !out.entity.empty()) {
      if (ws[i].is(word_class::member_noun)) continue;
      if (i + 1 < verb && phrase_is(ws[i], ws[i + 1], word_class::member_noun)) {
        ++i;
        continue;
      }
    }
    if (!content_word(ws, i, from, s, out.entity, national, limit, label)) continue;
    // "employed persons", "unemployed people": a population's unit after a word that counts
    // people names nothing more than that word does (the row "| Employed |").
    if (i > from && ws[i - 1].is(word_class::counting_subject) &&
        lexicon::is(lexicon::counted_name(std::string(ws[i].lower)), word_class::noun_stock))
      continue;
    // "Economic", "GDP": an aggregate by its family's name.
    if (e && e->is(word_class::aggregate)) {
      out.entity.emplace_back(e->family);
      continue;
    }
    out.entity.push_back(stem(ws[i].lower));
    out.proper = ws[i].capital && i > s.begin;
  }
  // "GDP (volume)", "gross domestic product in volume terms": an aggregate's figures are
  // volumes by convention (accounts.rules' X.growth), so the volume is no aspect of them.
  if (aggregate && out.aspect == "volume") out.aspect.clear();
  // "With EU countries the goods deficit": a part word names the subject only alone ("the
  // goods deficit"); beside a name it is what the named one trades.
  if (out.entity.size() > 1) {
    std::erase_if(out.entity, [&](const std::string& w) { return national.names_part(w); });
  }
  return out;
}

// "Tables 1 and 2 show", "Chart 3 shows": words that only point at a table or a chart (a
// lexicon reference, its numbers, joiners and fillers) before a report verb say where the
// figures are shown, not what they are of.
bool reference_reports(const std::vector<word>& ws, segment s, std::size_t verb) {
  if (verb >= s.end || !ws[verb].is(word_class::report_verb)) return false;
  bool reference = false;
  for (std::size_t i = s.begin; i < verb; ++i) {
    if (ws[i].letters() && ws[i].is(word_class::reference)) {
      reference = true;
    } else if (!ws[i].number() && !ws[i].is(word_class::joiner) &&
               !(ws[i].letters() && ws[i].is(word_class::filler))) {
      return false;
    }
  }
  return reference;
}

subject subject_of_segment(const std::vector<word>& ws, segment s, const national_words& national) {
  std::size_t verb = first_verb(ws, s);
  // "Tables 1 and 2 show the CPI rising from 176.93": the report verb's object names them.
  if (reference_reports(ws, s, verb)) {
    s.begin = verb + 1;
    verb = first_verb(ws, s);
  }
  subject out = names_from(ws, s, after_last_preposition(ws, s, verb), verb, national);
  if (out.entity.empty()) out = names_from(ws, s, s.begin, verb, national);
  out.points_back = points_back(ws, s, national);
  return out;
}

}  // namespace

bool names_aggregate(const std::vector<word>& ws) {
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (!ws[i].letters()) continue;
    if (ws[i].is(word_class::aggregate) || aggregate_at(ws, i, ws.size()).entry) return true;
  }
  return false;
}

// "May", "twenty", "days", "first": words of a time ("over the first twenty days of May")
// name no subject.
bool names_a_time(const word& w) {
  auto time_word = [](std::string_view x) {
    const lexicon::entry* e = lexicon::find(x);
    if (!e) e = lexicon::find(lexicon::singular(x));
    return e && (e->is(word_class::month) || e->is(word_class::cardinal) ||
                 e->is(word_class::noun_time) || e->is(word_class::ordinal));
  };
  if (time_word(w.lower)) return true;
  // "January-September"
  const std::size_t hyphen = w.lower.find('-');
  return hyphen != std::string_view::npos && time_word(w.lower.substr(0, hyphen)) &&
         time_word(w.lower.substr(hyphen + 1));
}

void national_words::add(std::string_view lower) {
  std::string w(without_possessive(lower));
  if (w.size() >= 3 && std::find(names_.begin(), names_.end(), w) == names_.end())
    names_.push_back(w);
}

// "Dornish" and "Dornland", "Valdorian" and "Valdoria": a shared stem of four letters or more.
bool national_words::contains(std::string_view lower) const {
  const std::string_view w = without_possessive(lower);
  if (lexicon::is(w, word_class::national)) return true;
  return std::any_of(names_.begin(), names_.end(), [&](const std::string& n) {
    const std::size_t shared = static_cast<std::size_t>(
        std::mismatch(n.begin(), n.end(), w.begin(), w.end()).first - n.begin());
    if (shared == n.size() && shared == w.size()) return true;
    return shared >= 4 && shared + 3 >= std::min(n.size(), w.size());
  });
}

bool pronoun(const word& w) {
  return w.is(word_class::pronoun);
}

bool filler(const word& w) {
  if (!w.letters()) return true;
  return (ends_in_ed(w.lower) && !names_people(w)) || w.is(word_class::filler);
}

// Whether ws[i] ends the name of an aggregate of two words or more ("net foreign trade",
// "net exports": net_trade), whose flow word names the aggregate, not a flow of its own.
bool ends_aggregate_name(const std::vector<word>& ws, std::size_t i) {
  constexpr std::size_t longest = 5;
  for (std::size_t back = 1; back < longest && back <= i; ++back) {
    const aggregate_name named = aggregate_at(ws, i - back, i + 1);
    if (named.entry && named.words == back + 1) return true;
  }
  return false;
}

namespace {

// The flow of the verb before a word in its clause (a lexicon verb with a flow: "bought",
// "sold"), up to punctuation; none when there is none.
flow_kind flow_of_clause_verb(const std::vector<word>& ws, std::size_t i) {
  for (std::size_t k = i; k-- > 0;) {
    if (ws[k].lower == "," || ws[k].lower == ";" || ws[k].lower == ".") break;
    const lexicon::entry* e = ws[k].entry();
    if (e && e->is(word_class::verb) && plain_flow(ws[k].lower) != flow_kind::none) return e->flow;
  }
  return flow_kind::none;
}

// "Imports over July to October totalled US$ 15,193 million": a verb of the whole (a lexicon
// word of the total flow that is neither a noun of trade, filler, nor a flow modifier:
// "totalled", "traded") after a word of one flow in its clause is that flow's verb, not the
// total.
bool verb_of_a_flow_before(const std::vector<word>& ws, std::size_t i) {
  const lexicon::entry* e = ws[i].entry();
  if (!e || e->flow != flow_kind::total || e->is(word_class::filler) ||
      e->is(word_class::flow_modifier))
    return false;
  for (std::size_t k = i; k-- > 0;) {
    if (ws[k].lower == "," || ws[k].lower == ";" || ws[k].lower == ".") return false;
    if (plain_flow(ws[k].lower) != flow_kind::none) return true;
  }
  return false;
}

}  // namespace

std::string flow_at(const std::vector<word>& ws, std::size_t i) {
  const std::string_view w = ws[i].lower;
  if (verb_of_a_flow_before(ws, i)) return "";
  if (ends_aggregate_name(ws, i)) return "";
  auto before = [&](std::size_t back) -> std::string_view {
    return i >= back ? ws[i - back].lower : std::string_view();
  };
  const lexicon::entry* e = ws[i].entry();
  if (e && e->flow == flow_kind::balance) return "balance";
  if (e && e->flow == flow_kind::total) {
    // "export trade" is exports; "total exports" reads on to the flow word after it.
    if (const flow_kind f = plain_flow(before(1)); f != flow_kind::none) return to_string(f);
    if (w == "total" && i + 1 < ws.size() && plain_flow(ws[i + 1].lower) != flow_kind::none)
      return "";
    // "trade balance", "trade surplus": the balance of the trade.
    if (i + 1 < ws.size()) {
      const lexicon::entry* next = ws[i + 1].entry();
      if (next && next->flow == flow_kind::balance) return "";
    }
    // "the deficit on trade in goods": the trade names what the balance is of.
    if (i >= 2 && ws[i - 1].is(word_class::preposition)) {
      const lexicon::entry* two_back = ws[i - 2].entry();
      if (two_back && two_back->flow == flow_kind::balance) return "balance";
    }
    return "total";
  }
  const flow_kind flow = plain_flow(w);
  if (flow == flow_kind::none) return "";
  if (w == "abroad" && before(1) == "from") return "imports";  // "bought from abroad"
  // "the country bought US$ 3,907 million of goods abroad": the verb says which way they went.
  if (w == "abroad") {
    if (const flow_kind verb = flow_of_clause_verb(ws, i); verb != flow_kind::none)
      return to_string(verb);
  }
  // "import and export" together are the total.
  const flow_kind other = plain_flow(before(2));
  const bool pair =
      (before(1) == "and" || before(1) == "or") && other != flow_kind::none && other != flow;
  return pair ? "total" : to_string(flow);
}

std::string last_flow(const std::vector<word>& ws) {
  for (std::size_t i = ws.size(); i-- > 0;) {
    std::string flow = flow_at(ws, i);
    if (!flow.empty()) return flow;
  }
  return "";
}

std::string first_flow(const std::vector<word>& ws) {
  for (std::size_t i = 0; i < ws.size(); ++i) {
    std::string flow = flow_at(ws, i);
    if (!flow.empty()) return flow;
  }
  return "";
}

std::string only_flow(const std::vector<word>& ws) {
  std::string only;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string flow = flow_at(ws, i);
    // "Goods exports and imports": a pair of flows names two, not the one before "and".
    if (flow == "total" && plain_flow(ws[i].lower) != flow_kind::none) return "";
    if (flow.empty() || flow == "total" || flow == only) continue;
    if (!only.empty()) return "";
    only = flow;
  }
  return only;
}

std::string flow_label(const std::vector<word>& label) {
  std::string flow;
  for (std::size_t i = 0; i < label.size(); ++i) {
    const word& w = label[i];
    if (!w.letters()) continue;
    const std::string named = flow_at(label, i);
    const lexicon::entry* e = w.entry();
    const bool flow_word = e && e->flow != flow_kind::none;
    if (!flow_word && !filler(w)) return "";  // "Mainland exports" names more than a flow
    if (!named.empty() && named != "total") flow = named;
  }
  return flow;
}

namespace {

// Whether the letters of `acronym` are the initials of the words of ws[from, to), words that
// name nothing ("of", "and") allowed between them: "gross domestic product" for "gdp".
bool initials_of(const std::vector<word>& ws, std::size_t from, std::size_t to,
                 std::string_view acronym) {
  std::size_t k = acronym.size();
  for (std::size_t i = to; i-- > from && k > 0;) {
    if (!ws[i].letters()) return false;
    if (ws[i].lower.front() == acronym[k - 1]) {
      --k;
    } else if (!ws[i].is(word_class::preposition) && !ws[i].is(word_class::joiner) &&
               ws[i].lower != "the") {
      return false;
    }
  }
  return k == 0;
}

// "gross domestic product (GDP) shrank", "gross fixed capital formation (GFCF) picked up": a
// name and its acronym in brackets, an aggregate the lexicon knows, are one subject named by
// the acronym (as a table's rows name it); the bracket is no clause of its own.
std::vector<word> acronyms_named(const std::vector<word>& clause) {
  std::vector<word> out;
  for (std::size_t i = 0; i < clause.size(); ++i) {
    const bool bracketed = clause[i].lower == "(" && i + 2 < clause.size() &&
                           clause[i + 2].lower == ")" && clause[i + 1].letters() &&
                           clause[i + 1].capital && clause[i + 1].lower.size() >= 2 &&
                           std::all_of(clause[i + 1].lower.begin(), clause[i + 1].lower.end(),
                                       [](char c) { return is_ascii_letter(c) || c == '-'; });
    if (!bracketed) {
      out.push_back(clause[i]);
      continue;
    }
    std::string letters_only;
    for (char c : clause[i + 1].lower)
      if (c != '-') letters_only += c;
    const std::string_view acronym = letters_only;
    // Only an acronym the lexicon names as an aggregate: "Consumer Price Index (CPI)" keeps its
    // words, as the title and the tables name it. So does a name whose acronym the lexicon does
    // not know ("the balance of trade in goods (BoT-G)"), and its bracket names nothing more.
    const lexicon::entry* known = clause[i + 1].entry();
    if (!known || !known->is(word_class::aggregate)) {
      const bool hyphened = letters_only.size() != clause[i + 1].lower.size();
      if (hyphened && initials_of(out, 0, out.size(), acronym)) {
        i += 2;
        continue;
      }
      out.push_back(clause[i]);
      continue;
    }
    // The name's words: as many as the acronym has letters, and the fillers between them.
    std::size_t from = out.size();
    std::size_t letters = 0;
    while (from > 0 && letters < acronym.size() && out[from - 1].letters()) {
      --from;
      if (out[from].lower.front() == acronym[acronym.size() - 1 - letters]) ++letters;
    }
    if (letters != acronym.size() || !initials_of(out, from, out.size(), acronym)) {
      out.push_back(clause[i]);
      continue;
    }
    out.resize(from);
    out.push_back(clause[i + 1]);
    i += 2;
  }
  return out;
}

}  // namespace

// The part before a colon names what the part after it describes ("Fisheries remained the
// backbone: boats landed..."); otherwise the last clause is nearest the claim.
subject subject_of(const std::vector<word>& written, const national_words& national) {
  const std::vector<word> clause = acronyms_named(written);
  std::size_t colon = 0;
  const std::vector<segment> segs = segments_of(clause, colon);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < colon; ++i) order.push_back(i);
  order.push_back(segs.size() - 1);
  for (std::size_t i = colon; i + 1 < segs.size(); ++i) order.push_back(i);
  // "Behind the wider gap: the goods deficit grew by": a clause of its own after the colon
  // (it has a verb) names its subject before the colon's heading does ("Exports: $249.0
  // billion" has none).
  const segment& last = segs.back();
  if (colon > 0 && first_verb(clause, last) < last.end) {
    order.erase(std::find(order.begin(), order.end(), segs.size() - 1));
    order.insert(order.begin(), segs.size() - 1);
  }
  // "Once seasonal effects are removed, exports were 4.0% higher": a clause of its own (it has
  // its verb) before the claim's clause, whose subject is a flow, names nothing of that flow;
  // a phrase without a verb still does ("For the EU28, exports ...").
  const bool flow_of_its_own =
      !first_flow({clause.begin() + static_cast<std::ptrdiff_t>(last.begin),
                   clause.begin() + static_cast<std::ptrdiff_t>(last.end)})
           .empty();
  // "Among economic blocs, East Asia was the largest supplier": a phrase opening on a lexicon
  // set_lead word names the set the subject after it is picked from, so the other phrases name
  // the subject first.
  std::stable_partition(order.begin(), order.end(), [&](std::size_t i) {
    const segment& g = segs[i];
    return g.begin >= g.end || !clause[g.begin].is(word_class::set_lead);
  });
  subject out;
  for (std::size_t i : order) {
    if (flow_of_its_own && i >= colon && i + 1 < segs.size() &&
        first_verb(clause, segs[i]) < segs[i].end)
      continue;
    subject s = subject_of_segment(clause, segs[i], national);
    out.points_back = out.points_back || s.points_back;
    if (s.names_something()) {
      s.points_back = false;
      return s;
    }
  }
  return out;
}

// A table row's label names its row whole: "Food, alcohol & tobacco" and "– processed food,
// alcohol & tobacco" are two rows, so their commas do not split them and up to four words are
// kept.
subject subject_of_label(const std::vector<word>& label, const national_words& national) {
  std::vector<word> ws;
  for (const word& w : label) {
    if (w.letters() || w.number()) ws.push_back(w);
  }
  return names_from(ws, {0, ws.size()}, 0, ws.size(), national, 4, true);
}

std::string slug(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    for (char c : p) {
      const bool keep = is_ascii_alnum(c);
      if (keep) out += c;
      if (!keep && !out.empty() && out.back() != '_') out += '_';
    }
    if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

}  // namespace crossfoot::extract_detail
