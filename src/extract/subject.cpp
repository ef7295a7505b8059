// Subjects and suggested ids. An id is the claim's subject (a few content words), the flow it
// belongs to (exports, imports, trade) and a suffix for its kind, so that an editor only
// renames where the guess is wrong: "equipment_manufacturing.exports.growth".
#include <algorithm>

#include "extract/detail/cues.hpp"
#include "extract/detail/found.hpp"
#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

namespace {

bool filler(const word& w) {
  if (!is_letter(w.lower[0])) return true;
  if (w.lower.size() > 4 && w.lower.ends_with("ed")) return true;
  return one_of(w.lower, {"the",          "a",         "an",           "of",           "in",
                          "on",           "at",        "to",           "for",          "with",
                          "by",           "and",       "or",           "its",          "their",
                          "his",          "her",       "china's",      "china",        "chinese",
                          "value",        "volume",    "scale",        "amount",       "total",
                          "number",       "overall",   "year",         "annual",       "whole",
                          "this",         "that",      "these",        "those",        "which",
                          "who",          "import",    "imports",      "export",       "exports",
                          "trade",        "also",      "has",          "have",         "had",
                          "been",         "is",        "was",          "were",         "are",
                          "among",        "them",      "specifically", "however",      "moreover",
                          "addition",     "while",     "whereas",      "respectively", "other",
                          "such",         "as",        "it",           "first",        "second",
                          "third",        "fourth",    "fifth",        "from",         "than",
                          "more",         "less",      "nearly",       "about",        "up",
                          "down",         "by",        "over",         "under",        "same",
                          "period",       "during",    "rose",         "grew",         "fell",
                          "year-on-year", "an",        "increase",     "growth",       "share",
                          "proportion",   "rate",      "average",      "new",          "high",
                          "record",       "be",        "will",         "can",          "they",
                          "we",           "our",       "all",          "both",         "each",
                          "between",      "thus",      "so",           "but",          "not",
                          "only",         "still",     "further",      "preliminary",  "statistics",
                          "show",         "according", "data",         "last",         "this",
                          "next",         "past",      "then",         "there",        "here",
                          "since",        "after",     "before",       "last",         "per",
                          "cent",         "percent",   "percentage",   "points",       "level",
                          "major",        "main",      "key",          "some",         "many",
                          "several"}) ||
         qualifier_word(w.lower).has_value() || direction_of(w.lower) != direction::none;
}

std::string slug(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    for (char c : p) {
      const bool keep = is_alnum(c);
      if (keep) out += c;
      if (!keep && !out.empty() && out.back() != '_') out += '_';
    }
    if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

// At most two content words, preferring the ones after "of" ("the export value of the
// equipment manufacturing industry" → equipment manufacturing).
std::vector<std::string> content(const std::vector<word>& ws) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (ws[i].lower == "of" && i + 1 < ws.size()) from = i + 1;
  }
  std::vector<std::string> out;
  for (std::size_t pass = 0; pass < 2 && out.empty(); ++pass) {
    for (std::size_t i = pass == 0 ? from : 0; i < ws.size() && out.size() < 2; ++i) {
      // An -ing word names a thing only after one ("equipment manufacturing"); alone it is
      // a verb ("reflecting", "accounting").
      const bool verb = ws[i].lower.size() > 4 && ws[i].lower.ends_with("ing") &&
                        (out.empty() || i == 0 || ws[i - 1].lower != out.back());
      if (!filler(ws[i]) && !verb) out.push_back(ws[i].lower);
    }
  }
  return out;
}

std::string flow_of(const std::string& w) {
  if (w.starts_with("import")) return "imports";
  if (w.starts_with("export")) return "exports";
  return "";
}

// The flow word nearest before the claim decides: "exports grew by 5.1% and imports fell by
// 1.4%" are two flows; "import and export" together and "total trade" are the total, as
// rules/common.rules names them (X.exports + X.imports == X.total).
std::string flow_in(const std::vector<word>& ws) {
  for (std::size_t i = ws.size(); i-- > 0;) {
    if (ws[i].lower == "trade" && i > 0 && ws[i - 1].lower == "total") return "total";
    const std::string flow = flow_of(ws[i].lower);
    if (flow.empty()) continue;
    const bool pair = i >= 2 && one_of(ws[i - 1].lower, {"and", "or"}) &&
                      !flow_of(ws[i - 2].lower).empty() && flow_of(ws[i - 2].lower) != flow;
    return pair ? "total" : flow;
  }
  return "";
}

const char* suffix(claim_kind k) {
  switch (k) {
    case claim_kind::growth:
      return ".growth";
    case claim_kind::share:
      return ".share";
    case claim_kind::pp:
      return ".pp";
    default:
      return "";
  }
}

bool rate(const found& f) {
  return f.kind == claim_kind::growth || f.kind == claim_kind::share || f.kind == claim_kind::pp;
}

std::string make_id(const std::vector<std::string>& entity, const std::string& flow, claim_kind k) {
  std::string id = slug(entity);
  if (!flow.empty()) id += (id.empty() ? "" : ".") + flow;
  return id.empty() ? id : id + suffix(k);
}

struct namer {
  const folded_text& t;
  const block& b;
  std::vector<found>& claims;

  std::vector<word> clause(const found& f, std::size_t from) const {
    return words_between(t.text, std::max(from, f.sentence_begin), f.begin);
  }
  void name(std::size_t i);
  void distribute(std::size_t last);
};

void namer::name(std::size_t i) {
  found& f = claims[i];
  const found* previous = i > 0 && claims[i - 1].end > f.sentence_begin ? &claims[i - 1] : nullptr;
  const std::vector<word> own = clause(f, f.lead_begin);
  const bool says_nothing = std::all_of(own.begin(), own.end(), filler) && flow_in(own).empty();
  if (rate(f) && previous && says_nothing && !previous->id.empty()) {
    const std::string parent =
        rate(*previous) ? previous->id.substr(0, previous->id.rfind('.')) : previous->id;
    f.id = parent + suffix(f.kind);
    f.subject = previous->subject;
    return;
  }
  std::vector<word> around = words_before(t.text, f.begin, f.sentence_begin, 20);
  std::vector<std::string> entity;
  if (!f.noun.empty() && !f.noun_borrowed && f.form != found_form::percent_words) {
    entity = {f.noun};
  } else {
    std::vector<word> after = words_after(t.text, f.end, f.sentence_end, 5);
    if (!after.empty() && after.front().lower == "of" && !rate(f)) entity = content(after);
    if (entity.empty()) entity = content(own.empty() ? around : own);
    if (entity.empty()) entity = content(around);
  }
  std::string flow = flow_in(around);
  if (flow.empty()) flow = flow_in(words_after(t.text, f.end, f.sentence_end, 4));
  f.subject = slug(entity);
  std::replace(f.subject.begin(), f.subject.end(), '_', ' ');
  f.id = make_id(entity, flow, f.kind);
}

// "operated 17,000 trains and delivered 1.9 million standard containers of goods, with a
// year-on-year increase of 6% and 18% respectively": the k rates before "respectively" belong
// to the k levels before them, or else to the k subjects listed before the verb.
void namer::distribute(std::size_t last) {
  auto joined = [&](std::size_t i) {
    const std::vector<word> ws = clause(claims[i], claims[i].lead_begin);
    return std::all_of(ws.begin(), ws.end(), [](const word& w) {
      return one_of(w.lower, {",", "and", "or"});
    });
  };
  std::size_t first = last;
  while (first > 0 && claims[first - 1].end > claims[last].sentence_begin &&
         rate(claims[first - 1]) && joined(first)) {
    --first;
  }
  const std::size_t k = last - first + 1;
  if (k < 2) return;
  // Back from `first` to the sentence's start only: claims are in text order, and a line of
  // "respectively" sentences must not rescan every claim before each one.
  std::vector<const found*> levels;
  for (std::size_t j = first; j > 0 && claims[j - 1].end > claims[first].sentence_begin; --j) {
    if (!rate(claims[j - 1])) levels.push_back(&claims[j - 1]);
  }
  std::reverse(levels.begin(), levels.end());
  if (levels.size() >= k) {
    for (std::size_t j = 0; j < k; ++j) {
      const found& owner = *levels[levels.size() - k + j];
      claims[first + j].id = owner.id + suffix(claims[first + j].kind);
      claims[first + j].subject = owner.subject;
    }
    return;
  }
  std::vector<word> ws = clause(claims[first], claims[first].lead_begin);
  while (!ws.empty() && filler(ws.back())) ws.pop_back();
  std::vector<std::vector<word>> parts(1);
  for (const word& w : ws) {
    if (w.lower == "," || w.lower == "and") {
      parts.emplace_back();
    } else {
      parts.back().push_back(w);
    }
  }
  std::erase_if(parts, [](const auto& p) { return p.empty(); });
  if (parts.size() < k) return;
  const std::string flow = flow_in(clause(claims[first], claims[first].sentence_begin));
  for (std::size_t j = 0; j < k; ++j) {
    std::vector<std::string> entity = content(parts[parts.size() - k + j]);
    if (entity.empty()) continue;
    found& f = claims[first + j];
    f.id = make_id(entity, flow, f.kind);
    f.subject = slug(entity);
    std::replace(f.subject.begin(), f.subject.end(), '_', ' ');
  }
}

}  // namespace

void name_block(const folded_text& t, const block& b, std::vector<found>& claims) {
  namer n{t, b, claims};
  for (std::size_t i = 0; i < claims.size(); ++i) n.name(i);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::vector<word> next = words_after(t.text, claims[i].end, claims[i].sentence_end, 1);
    if (!next.empty() && next.front().lower == "respectively") n.distribute(i);
  }
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
