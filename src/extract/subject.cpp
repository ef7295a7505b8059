// Subjects and flows of claims, read from the words of their clause.
#include "extract/detail/subject.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "extract/detail/cues.hpp"
#include "extract/detail/found.hpp"

namespace crossfoot::extract_detail {

namespace {

std::string_view without_possessive(std::string_view w) {
  if (w.ends_with("'s")) w.remove_suffix(2);
  if (w.ends_with('\'')) w.remove_suffix(1);
  return w;
}

bool currency_word(std::string_view w) {
  return one_of(w, {"rmb", "yuan", "cny", "renminbi", "usd", "us", "dollars", "dollar", "eur",
                    "euro", "euros", "gbp", "pounds", "pound", "sterling", "jpy", "yen"});
}

bool scale_word(std::string_view w) {
  return one_of(w, {"hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
                    "tn", "trn", "mln", "bln", "lakh", "crore"});
}

bool preposition(std::string_view w) {
  return one_of(w, {"of", "to", "with", "from", "in", "at", "through", "for", "on", "into"});
}

// Verbs that end a subject phrase and are not in -ed ("sold", "cost", "grew").
bool plain_verb(std::string_view w) {
  return one_of(w, {"is",      "was",     "were",   "are",         "be",      "been",     "has",
                    "have",    "had",     "sold",   "sells",       "sell",    "bought",   "buys",
                    "buy",     "cost",    "costs",  "grew",        "grow",    "grows",    "rose",
                    "rise",    "rises",   "fell",   "fall",        "falls",   "made",     "make",
                    "makes",   "took",    "take",   "takes",       "came",    "come",     "comes",
                    "remain",  "remains", "stood",  "stand",       "stands",  "ran",      "run",
                    "runs",    "brought", "bring",  "brings",      "reach",   "reaches",  "hit",
                    "slipped", "went",    "earn",   "earns",       "account", "accounts", "totals",
                    "amount",  "amounts", "keep",   "kept",        "held",    "holds",    "saw",
                    "sees",    "shows",   "showed", "contributed", "added",   "adds",     "while",
                    "which",   "that",    "who",    "whose"});
}

bool verb_at(const std::vector<word>& ws, std::size_t i) {
  if (i == 0) return false;
  const std::string& w = ws[i].lower;
  if (plain_verb(w) || direction_of(w) != direction::none) return true;
  // "self-owned", "foreign-invested" describe a thing; they are not verbs.
  if (w.size() > 4 && w.ends_with("ed") && w.find('-') == std::string::npos) return true;
  // An -ing word names a thing only after one ("equipment manufacturing"); after a word that
  // names nothing it is a verb ("goods leaving").
  return w.size() > 4 && w.ends_with("ing") && filler(ws[i - 1]) && !preposition(ws[i - 1].lower) &&
         !one_of(ws[i - 1].lower, {"the", "a", "an"});
}

// "Containerised goods" and "container exports" are about the same thing.
std::string stem(std::string_view w) {
  if (w.size() > 7 && (w.ends_with("ised") || w.ends_with("ized"))) w.remove_suffix(4);
  return std::string(w);
}

struct segment {
  std::size_t begin = 0, end = 0;  // indices into the clause's words
};

std::vector<segment> segments_of(const std::vector<word>& ws, std::size_t& colon) {
  std::vector<segment> out{{0, 0}};
  colon = 0;  // segments before this index come before a colon
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string& w = ws[i].lower;
    if (one_of(w, {",", ";", ":", "(", ")", ".", "!", "?", "that", "which", "while", "whereas",
                   "who", "whose"})) {
      out.back().end = i;
      if (w == ":") colon = out.size();
      out.push_back({i + 1, i + 1});
    }
  }
  out.back().end = ws.size();
  return out;
}

subject subject_of_segment(const std::vector<word>& ws, segment s, const national_words& national) {
  subject out;
  std::size_t verb = s.end;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    if (pronoun(ws[i])) out.points_back = true;
    // "this region": the place named before.
    if (i + 1 < s.end && one_of(ws[i].lower, {"this", "that", "these"}) &&
        national.contains(ws[i + 1].lower))
      out.points_back = true;
    if (verb == s.end && i > s.begin && verb_at(ws, i)) verb = i;
  }
  auto names = [&](std::size_t from) {
    std::vector<std::string> entity;
    std::string aspect;
    bool proper = false;
    for (std::size_t i = from; i < verb; ++i) {
      const word& w = ws[i];
      const bool first = i == s.begin;
      if (pronoun(w) || national.contains(w.lower)) continue;
      if (one_of(w.lower, {"price", "prices", "volume", "volumes"})) {
        aspect = singular(w.lower);
        continue;
      }
      const bool adjective = first && (w.lower.ends_with("ised") || w.lower.ends_with("ized"));
      if ((filler(w) && !adjective) || entity.size() == 2) continue;
      // An -ing word names a thing only after one ("equipment manufacturing", not "trading
      // enterprises").
      const bool follows = i > from && !entity.empty() && ws[i - 1].lower == entity.back();
      if (w.lower.size() > 4 && w.lower.ends_with("ing") && !follows) continue;
      entity.push_back(stem(w.lower));
      proper = w.capital && i > s.begin;
    }
    return std::make_tuple(entity, aspect, proper);
  };
  std::size_t after = s.begin;
  for (std::size_t i = s.begin; i < verb; ++i) {
    if (preposition(ws[i].lower)) after = i + 1;
  }
  auto [entity, aspect, proper] = names(after);
  if (entity.empty()) std::tie(entity, aspect, proper) = names(s.begin);
  out.entity = entity;
  out.aspect = aspect;
  out.proper = proper;
  return out;
}

}  // namespace

void national_words::add(const std::string& lower) {
  std::string w(without_possessive(lower));
  if (w.size() >= 3 && std::find(names_.begin(), names_.end(), w) == names_.end())
    names_.push_back(w);
}

// "Dornish" and "Dornland", "Valdorian" and "Valdoria": a shared stem of four letters or more.
bool national_words::contains(std::string_view lower) const {
  const std::string_view w = without_possessive(lower);
  if (one_of(w, {"country", "nation", "national", "domestic", "economy", "islands", "island",
                 "region", "province", "state", "city", "port", "territory", "our", "we"}))
    return true;
  return std::any_of(names_.begin(), names_.end(), [&](const std::string& n) {
    const std::size_t shared = static_cast<std::size_t>(
        std::mismatch(n.begin(), n.end(), w.begin(), w.end()).first - n.begin());
    if (shared == n.size() && shared == w.size()) return true;
    return shared >= 4 && shared + 3 >= std::min(n.size(), w.size());
  });
}

bool pronoun(const word& w) {
  return one_of(w.lower, {"it", "they", "them", "its", "their", "these", "those"});
}

bool filler(const word& w) {
  if (!is_ascii_letter(w.lower[0])) return true;
  if (w.lower.size() > 4 && w.lower.ends_with("ed")) return true;
  static const std::unordered_set<std::string_view> words = {"the",         "a",
                                                             "an",          "of",
                                                             "in",          "on",
                                                             "at",          "to",
                                                             "for",         "with",
                                                             "by",          "and",
                                                             "or",          "its",
                                                             "their",       "his",
                                                             "her",         "value",
                                                             "volume",      "scale",
                                                             "amount",      "total",
                                                             "number",      "overall",
                                                             "year",        "annual",
                                                             "whole",       "this",
                                                             "that",        "these",
                                                             "those",       "which",
                                                             "who",         "import",
                                                             "imports",     "export",
                                                             "exports",     "trade",
                                                             "also",        "has",
                                                             "have",        "had",
                                                             "been",        "is",
                                                             "was",         "were",
                                                             "are",         "among",
                                                             "them",        "specifically",
                                                             "however",     "moreover",
                                                             "addition",    "while",
                                                             "whereas",     "respectively",
                                                             "other",       "such",
                                                             "as",          "it",
                                                             "first",       "second",
                                                             "third",       "fourth",
                                                             "fifth",       "from",
                                                             "than",        "more",
                                                             "less",        "nearly",
                                                             "about",       "up",
                                                             "down",        "over",
                                                             "under",       "same",
                                                             "period",      "during",
                                                             "rose",        "grew",
                                                             "fell",        "year-on-year",
                                                             "increase",    "growth",
                                                             "share",       "proportion",
                                                             "rate",        "average",
                                                             "new",         "high",
                                                             "record",      "be",
                                                             "will",        "can",
                                                             "they",        "we",
                                                             "our",         "all",
                                                             "both",        "each",
                                                             "between",     "thus",
                                                             "so",          "but",
                                                             "not",         "only",
                                                             "still",       "further",
                                                             "preliminary", "statistics",
                                                             "show",        "according",
                                                             "data",        "last",
                                                             "next",        "past",
                                                             "then",        "there",
                                                             "here",        "since",
                                                             "after",       "before",
                                                             "per",         "cent",
                                                             "percent",     "percentage",
                                                             "points",      "level",
                                                             "major",       "main",
                                                             "key",         "some",
                                                             "many",        "several",
                                                             "goods",       "largest",
                                                             "biggest",     "leading",
                                                             "top",         "backbone",
                                                             "side",        "rest",
                                                             "world",       "bill",
                                                             "worth",       "sold",
                                                             "bought",      "purchases",
                                                             "purchase",    "sales",
                                                             "cargo",       "surplus",
                                                             "deficit",     "balance",
                                                             "abroad",      "everything",
                                                             "made",        "make",
                                                             "cost",        "costs",
                                                             "came",        "took",
                                                             "remain",      "remains",
                                                             "earned",      "through",
                                                             "into",        "within",
                                                             "together",    "branch",
                                                             "figures",     "fastest-growing",
                                                             "slipped",     "reached",
                                                             "handled"};
  return words.contains(w.lower) || scale_word(w.lower) || currency_word(w.lower) ||
         qualifier_word(w.lower).has_value() || direction_of(w.lower) != direction::none;
}

std::string flow_at(const std::vector<word>& ws, std::size_t i) {
  const std::string& w = ws[i].lower;
  auto before = [&](std::size_t back) -> const std::string& {
    static const std::string none;
    return i >= back ? ws[i - back].lower : none;
  };
  auto plain = [](const std::string& x) -> std::string {
    if (x.starts_with("export") || one_of(x, {"sold", "sales", "shipped", "leaving", "abroad"}))
      return "exports";
    if (x.starts_with("import") || one_of(x, {"bought", "purchases", "purchased"}))
      return "imports";
    return "";
  };
  if (one_of(w, {"surplus", "deficit", "balance"})) return "balance";
  if (one_of(w, {"trade", "traded", "cargo", "total", "totalled", "totaled"})) {
    // "export trade" is exports; "total exports" reads on to the flow word after it.
    const std::string flow = plain(before(1));
    if (!flow.empty()) return flow;
    if (w == "total" && i + 1 < ws.size() && !plain(ws[i + 1].lower).empty()) return "";
    return "total";
  }
  std::string flow = plain(w);
  if (flow.empty()) return "";
  if (w == "abroad" && before(1) == "from") return "imports";  // "bought from abroad"
  // "import and export" together are the total.
  const bool pair =
      one_of(before(1), {"and", "or"}) && !plain(before(2)).empty() && plain(before(2)) != flow;
  return pair ? "total" : flow;
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

// The part before a colon names what the part after it describes ("Fisheries remained the
// backbone: boats landed..."); otherwise the last clause is nearest the claim.
subject subject_of(const std::vector<word>& clause, const national_words& national) {
  std::size_t colon = 0;
  const std::vector<segment> segs = segments_of(clause, colon);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < colon; ++i) order.push_back(i);
  order.push_back(segs.size() - 1);
  for (std::size_t i = colon; i + 1 < segs.size(); ++i) order.push_back(i);
  subject out;
  for (std::size_t i : order) {
    subject s = subject_of_segment(clause, segs[i], national);
    out.points_back = out.points_back || s.points_back;
    if (!s.entity.empty() || !s.aspect.empty()) {
      s.points_back = false;
      return s;
    }
  }
  return out;
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

std::string counted_unit_name(const std::string& noun) {
  if (noun.find("standard container") != std::string::npos || noun.ends_with("teu") ||
      noun.find("twenty-foot") != std::string::npos)
    return "TEU";
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at <= noun.size()) {
    std::size_t sp = noun.find(' ', at);
    if (sp == std::string::npos) sp = noun.size();
    if (sp > at) words.push_back(singular(noun.substr(at, sp - at)));
    at = sp + 1;
  }
  if (words.empty()) return "";
  for (std::string& w : words) {
    if (w == "ton" || w == "tonne") w = "tonne";
  }
  // "countries and regions", "consecutive years", "index points" keep their pair of words;
  // otherwise the head noun alone, so "key measures" and "16 measures" count the same thing.
  if (words.size() == 3 && (words[1] == "and" || words[1] == "or")) {
    return words[0] + " and " + words[2];
  }
  const std::string& head = words.back();
  if (words.size() >= 2 && one_of(words[words.size() - 2], {"consecutive", "index", "successive"}))
    return words[words.size() - 2] + " " + head;
  return head;
}

}  // namespace crossfoot::extract_detail
