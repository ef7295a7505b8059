// Suggested ids, following the conventions of rules/trade.rules so that `check --draft` binds
// a draft without renaming: "Exports grew by 4.8% to $412.6 billion" is trade.exports.growth
// and trade.exports; "Machinery ... $118.3 billion, or 31.7% of everything the country sold
// abroad" is machinery.exports and machinery.exports.share.
#include <algorithm>
#include <map>
#include <optional>

#include "extract/detail/naming.hpp"
#include "extract/detail/table.hpp"

namespace crossfoot::extract_detail {

namespace {

// How far a subject or a flow word is looked for around a claim, in words: bounded, so that a
// draft without full stops costs time in proportion to its length.
constexpr std::size_t reach = 40;

bool rate(const found& f) {
  return f.kind == claim_kind::growth || f.kind == claim_kind::share || f.kind == claim_kind::pp;
}

std::string compose(const found& f) {
  std::string id = f.family;
  const bool flow_figure = f.kind == claim_kind::level || rate(f);
  // A flow without a family of its own is the country's: trade.exports.
  if (id.empty() && (!f.flow.empty() || !f.aspect.empty()) && flow_figure) id = "trade";
  if (id.empty()) return "";
  // Flows are in money: "165.4 index points" or "3.42 million TEU" are not X.total.
  const std::string none, &flow = f.noun.empty() || rate(f) ? f.flow : none;
  for (const std::string* part : {&flow, &f.aspect, &f.suffix}) {
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
    return sentence ? one_of(w.lower, {".", ";", ":", "!", "?"})
                    : !is_ascii_letter(w.lower[0]) && w.lower != "#";
  });
  ws.erase(mark, ws.end());
  return ws;
}

struct namer {
  const folded_text& t;
  const block& b;
  std::vector<found>& claims;
  naming_context& context;
  std::optional<table_cell> row;

  std::vector<word> words(std::size_t from, std::size_t to) const {
    return words_between(t.text, from, to);
  }
  const found* previous_in_sentence(std::size_t i) const {
    return i > 0 && claims[i - 1].end > claims[i].sentence_begin ? &claims[i - 1] : nullptr;
  }
  std::size_t sentence_lead_end(std::size_t i) const {
    std::size_t j = i;
    while (j > 0 && claims[j - 1].end > claims[i].sentence_begin) --j;
    return claims[j].begin;
  }
  std::string suffix_of(const found& f) const;
  bool said_of_earlier_year(const std::vector<word>& ws, bool before) const;
  bool is_prev(const found& f) const;
  std::vector<word> share_of(const found& f) const;
  std::string denominator_flow(const found& f) const;
  std::string share_suffix(const found& f) const;
  subject previous_sentence(const found& f, std::string& flow) const;
  std::string within_parent(const found& f) const;
  std::string family_of(const subject& s, const found& f, std::string parent);
  void attach(found& f, const found& parent);
  void name(std::size_t i);
  void distribute(std::size_t last);
};

std::string namer::suffix_of(const found& f) const {
  switch (f.kind) {
    case claim_kind::growth:
      return "growth";
    case claim_kind::share:
      return "share";
    case claim_kind::pp: {
      // "added 2.9 percentage points to the growth of exports" is a contribution.
      for (const word& w : words_after(t.text, f.end, f.sentence_end, 6)) {
        if (w.lower == "growth") return "contribution";
      }
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
    if (one_of(ws[i].lower, {"global", "world", "world's"})) return "share_of_world";
    if (i + 2 < ws.size() && !flow_at(ws, i).empty() && ws[i + 1].lower == "of") {
      const std::string part = slug(
          subject_of({ws.begin() + static_cast<std::ptrdiff_t>(i) + 2, ws.end()}, context.national)
              .entity);
      if (!part.empty()) return "share_of_" + part;
    }
  }
  return "share";
}

// "to £97.3 billion, from £91.0 billion in 2023": the level a change started from.
// "in 2024 it was 61.5%" in a draft about 2025.
// Only the claim's own clause counts: "from £91.0 billion in 2023, and made up 34%" says
// nothing of the 34%'s year.
bool namer::said_of_earlier_year(const std::vector<word>& ws, bool before) const {
  std::size_t from = 0, to = ws.size();
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (is_ascii_letter(ws[i].lower[0]) || ws[i].lower == "#") continue;
    if (before) {
      from = i + 1;
    } else {
      to = std::min(to, i);
    }
  }
  for (std::size_t i = from; i + 1 < to; ++i) {
    if (ws[i].lower != "in" || ws[i + 1].lower != "#") continue;
    const int year =
        year_in(std::string_view(t.text).substr(ws[i + 1].begin, ws[i + 1].end - ws[i + 1].begin));
    if (year != 0 && context.period != 0 && year < context.period) return true;
  }
  return false;
}

bool namer::is_prev(const found& f) const {
  if (row) return row->older_column;
  if (f.kind == claim_kind::growth || f.kind == claim_kind::pp) return false;
  if (said_of_earlier_year(words_before(t.text, f.begin, f.lead_begin, 6), true) ||
      said_of_earlier_year(words_after(t.text, f.end, f.sentence_end, 3), false))
    return true;
  std::vector<word> before = words_before(t.text, f.begin, f.lead_begin, 2);
  if (before.empty()) return false;
  if (before.back().lower == "from" || before.back().lower == "against") return true;
  return before.size() == 2 && before[0].lower == "compared" &&
         one_of(before[1].lower, {"with", "to"});
}

// The words that say what a share is of: "of the total import and export value".
std::vector<word> namer::share_of(const found& f) const {
  if (f.kind != claim_kind::share) return {};
  std::vector<word> ws = phrase(words_after(t.text, f.end, f.sentence_end, 12));
  if (!ws.empty() && ws.front().lower == "of") return ws;
  return words_between(f.denominator, 0, f.denominator.size());
}

std::string namer::denominator_flow(const found& f) const {
  const std::vector<word> ws = share_of(f);
  // "23.4% of the total" is a share of the whole of its own flow, not of total trade.
  if (!ws.empty() && ws.back().lower == "total") return "";
  return last_flow(ws);
}

subject namer::previous_sentence(const found& f, std::string& flow) const {
  std::size_t k = f.sentence_begin;
  while (k > b.begin && is_blank(t.text[k - 1])) --k;
  if (k <= b.begin) return {};
  auto [begin, end] = sentence_around(t, b, k - 1);
  std::vector<word> ws = words_after(t.text, begin, end, reach);
  // Its subject comes before its first figure: "Machinery exports reached £104.8 billion".
  auto figure = std::find_if(ws.begin(), ws.end(), [&](const word& w) {
    return w.lower == "#" &&
           year_in(std::string_view(t.text).substr(w.begin, w.end - w.begin)) == 0;
  });
  ws.erase(figure, ws.end());
  flow = first_flow(ws);
  return subject_of(ws, context.national);
}

// "Within machinery, aircraft brought in £21.3 billion": aircraft is a part of machinery.
std::string namer::within_parent(const found& f) const {
  std::vector<word> lead = phrase(words_after(t.text, f.sentence_begin, f.begin, 12));
  // "Among them, the export scale of the equipment manufacturing industry": a part of what
  // the sentence before was about.
  if (lead.size() == 2 && lead[0].lower == "among" && pronoun(lead[1])) {
    std::string flow;
    return slug(previous_sentence(f, flow).entity);
  }
  if (lead.size() < 2 || lead.front().lower != "within") return "";
  return slug(subject_of({lead.begin() + 1, lead.end()}, context.national).entity);
}

// "Trade with the Northern Compact" and later "the Compact" are one family.
std::string namer::family_of(const subject& s, const found& f, std::string parent) {
  std::string family = slug(s.entity);
  if (const auto under = family.rfind('_'); under != std::string::npos) {
    context.by_last_word.try_emplace(family.substr(under + 1), family);
  } else if (auto it = context.by_last_word.find(family);
             s.proper && it != context.by_last_word.end()) {
    family = it->second;
  }
  if (parent.empty()) parent = within_parent(f);
  return parent.empty() || family.empty() || parent == family ? family : parent + "." + family;
}

void namer::attach(found& f, const found& parent) {
  f.family = parent.family;
  f.flow = parent.flow;
  f.aspect = parent.aspect;
  f.subject = parent.subject;
  f.named_by_noun = parent.named_by_noun;
  // "31.6% ..., down from 31.9%, a fall of 0.3 percentage points": a change of the share.
  if (f.kind == claim_kind::pp && parent.kind == claim_kind::share) {
    f.suffix = parent.suffix + "." + f.suffix;
  }
  if (const std::string flow = denominator_flow(f); !flow.empty()) f.flow = flow;
}

void namer::name(std::size_t i) {
  found& f = claims[i];
  f.suffix = f.kind == claim_kind::share ? share_suffix(f) : suffix_of(f);
  f.prev = is_prev(f);
  const std::vector<word> own =
      row ? row->label : words_before(t.text, f.begin, f.lead_begin, reach);
  const found* previous = previous_in_sentence(i);
  const bool says_nothing = std::all_of(own.begin(), own.end(), filler) && first_flow(own).empty();
  if (rate(f) && previous && says_nothing && !row && !previous->id.empty()) {
    attach(f, *previous);
    f.id = compose(f);
    return;
  }
  subject s;
  std::string flow = denominator_flow(f), earlier_flow;
  bool borrowed = false;
  std::string part_of;  // "vehicles made up $41.2 billion of it": a part of the figure before
  if (!f.noun.empty() && !f.noun_borrowed && f.form != found_form::percent_words) {
    s.entity = {f.noun};
    f.named_by_noun = true;
  } else if (row) {
    s = subject_of(own, context.national);
  } else {
    std::vector<word> after = phrase(words_after(t.text, f.end, f.sentence_end, 8));
    // "RMB 14.29 trillion of intermediate goods", "RMB 86.1 billion to countries of BRI".
    if (!rate(f) && !after.empty() && one_of(after.front().lower, {"of", "to", "from"})) {
      s = subject_of({after.begin() + 1, after.end()}, context.national);
      if (s.points_back && s.entity.empty() && i > 0) part_of = claims[i - 1].family;
      if (s.points_back) s = {};
    }
    if (s.entity.empty()) s = subject_of(own, context.national);
    if (s.entity.empty() && s.aspect.empty()) {
      subject lead = subject_of(words_after(t.text, f.sentence_begin, sentence_lead_end(i), reach),
                                context.national);
      lead.points_back = lead.points_back || s.points_back;
      s = lead;
    }
    // "...e-commerce imports and exports reached RMB 2.38 trillion. Specifically, exports
    // amounted to RMB 1.83 trillion": a bare flow goes on about the subject before it, and is
    // the country's own only when that is the country's too.
    const bool overall = std::any_of(own.begin(), own.end(), [](const word& w) {
      return one_of(w.lower, {"overall", "total", "national", "whole"});
    });
    if (s.entity.empty() && s.aspect.empty() && (s.points_back || !overall)) {
      std::string flow_before;
      subject before = previous_sentence(f, flow_before);
      if (s.points_back || !before.entity.empty()) {
        s = before;
        earlier_flow = flow_before;
        borrowed = true;
      }
    }
  }
  if (flow.empty())
    flow =
        row ? first_flow(own) : last_flow(words_before(t.text, f.begin, f.sentence_begin, reach));
  if (flow.empty() && !row)
    flow = first_flow(phrase(words_after(t.text, f.end, f.sentence_end, 5), true));
  if (flow.empty() && borrowed) flow = earlier_flow;
  set_family(f, s.entity, family_of(s, f, part_of));
  // A counted thing is not a flow of money, nor are its rates ("3.42 million TEU, a rise of
  // 7.5%" is teu.growth).
  f.flow = f.named_by_noun ? "" : flow;
  f.aspect = s.aspect;
  f.id = compose(f);
}

// "operated 17,000 trains and delivered 1.9 million standard containers of goods, with a
// year-on-year increase of 6% and 18% respectively": the k rates before "respectively" belong
// to the k levels before them, or else to the k subjects listed before the verb.
void namer::distribute(std::size_t last) {
  auto joined = [&](std::size_t i) {
    const std::vector<word> ws = words(claims[i].lead_begin, claims[i].begin);
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
      attach(claims[first + j], *levels[levels.size() - k + j]);
      claims[first + j].id = compose(claims[first + j]);
    }
    return;
  }
  std::vector<word> ws = words(claims[first].lead_begin, claims[first].begin);
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
  const std::string flow =
      last_flow(words_before(t.text, claims[first].begin, claims[first].sentence_begin, reach));
  for (std::size_t j = 0; j < k; ++j) {
    const subject s = subject_of(parts[parts.size() - k + j], context.national);
    if (s.entity.empty()) continue;
    found& f = claims[first + j];
    set_family(f, s.entity, slug(s.entity));
    f.flow = flow;
    f.id = compose(f);
  }
}

// A deficit is a negative balance: "a trade deficit of £15.5 billion" is trade.balance = -15.5.
void sign_balances(const folded_text& t, std::vector<found>& claims) {
  for (found& f : claims) {
    if (f.flow != "balance" || !f.suffix.empty() || f.q.number <= 0) continue;
    std::vector<word> ws = words_before(t.text, f.begin, f.sentence_begin, reach);
    for (std::size_t i = ws.size(); i-- > 0;) {
      if (!one_of(ws[i].lower, {"surplus", "deficit", "balance"})) continue;
      if (ws[i].lower == "deficit") {
        f.q.number = -f.q.number;
        f.decreases = true;
      }
      break;
    }
  }
}

}  // namespace

naming_context naming_context_for(const folded_text& t) {
  naming_context context;
  if (!t.blocks.empty() && t.blocks.front().heading) {
    const block& title = t.blocks.front();
    for (const word& w : words_between(t.text, title.begin, title.end)) {
      if (w.lower == "#") {
        const int year = year_in(std::string_view(t.text).substr(w.begin, w.end - w.begin));
        context.period = std::max(context.period, year);
      }
      if (w.lower.size() > 2 && w.capital) context.national.add(w.lower);
    }
  }
  std::map<std::string, std::size_t> possessives;
  for_each_word(t.text, 0, t.text.size(), [&](word&& w) {
    if (w.lower.ends_with("'s") && w.capital) ++possessives[w.lower];
  });
  auto most = std::max_element(possessives.begin(), possessives.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most != possessives.end()) context.national.add(most->first);
  return context;
}

void name_block(const folded_text& t, const block& b, std::vector<found>& claims,
                naming_context& context) {
  namer n{t, b, claims, context, std::nullopt};
  for (std::size_t i = 0; i < claims.size(); ++i) {
    n.row = cell_of(t, b, claims[i].number_begin);
    n.name(i);
  }
  n.row.reset();
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::vector<word> next = words_after(t.text, claims[i].end, claims[i].sentence_end, 1);
    if (!next.empty() && next.front().lower == "respectively") n.distribute(i);
  }
  sign_balances(t, claims);
}

}  // namespace crossfoot::extract_detail
