// What each quantity of a block is: its qualifier, kind, sign and unit, read from the words
// around it. Every look at the text is bounded, so a block is read in linear time.
#include <algorithm>

#include "extract/detail/cues.hpp"
#include "extract/detail/found.hpp"
#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

namespace {

constexpr std::size_t lead_words = 14;

bool percent_like(const found& f) {
  return f.q.written_unit.style == unit_style::percent;
}

std::string head_of(const std::string& noun) {
  const std::size_t space = noun.rfind(' ');
  return singular(space == std::string::npos ? noun : noun.substr(space + 1));
}

// Moves the claim's start over a qualifier written just before it ("more than RMB 5
// trillion"); verbs that qualify ("exceeded 10,000") set the qualifier but stay outside.
void read_qualifier(const folded_text& t, found& f) {
  const std::string_view s = t.text;
  if (f.q.qual == qualifier::none) {
    std::vector<word> before = words_before(s, f.begin, f.lead_begin, 2);
    std::optional<qualifier> q;
    if (before.size() == 2) q = qualifier_pair(before[0].lower, before[1].lower);
    if (q) {
      f.begin = before[0].begin;
    } else if (!before.empty() && (q = qualifier_word(before.back().lower))) {
      if (one_of(before.back().lower, {"nearly", "almost", "about", "around", "approximately",
                                       "roughly", "over", "under"}))
        f.begin = before.back().begin;
    }
    if (q) f.q.qual = *q;
  }
  if (f.q.qual != qualifier::none) return;
  std::vector<word> after = words_after(s, f.end, f.sentence_end, 2);
  if (after.size() == 2) {
    if (auto q = trailing_qualifier(after[0].lower, after[1].lower)) f.q.qual = *q;
  }
}

// The words that introduce a claim, nearest first, without its own qualifier.
std::vector<word> lead(const folded_text& t, const found& f) {
  std::vector<word> ws = words_before(t.text, f.begin, f.lead_begin, lead_words);
  std::reverse(ws.begin(), ws.end());
  return ws;
}

bool only_joiners(const std::vector<word>& ws) {
  return std::all_of(ws.begin(), ws.end(), [](const word& w) {
    return one_of(w.lower, {",", "and", "or", "as", "well"});
  });
}

// A share names its whole after "of": "20% of China's total import value".
std::string denominator_after(const folded_text& t, const found& f) {
  std::vector<word> ws = words_after(t.text, f.end, f.sentence_end, 10);
  if (ws.empty() || ws.front().lower != "of") return "";
  std::size_t last = 0;
  for (std::size_t i = 1; i < ws.size(); ++i) {
    if (!is_ascii_letter(t.text[ws[i].begin]) ||
        one_of(ws[i].lower, {"are", "were", "was", "is", "in", "with", "which", "that", "and", "by",
                             "while", "for", "to", "from", "on", "at"}))
      break;
    last = i;
  }
  if (last == 0) return "";
  return std::string(t.text.substr(ws[1].begin, ws[last].end - ws[1].begin));
}

void classify_rate(const folded_text& t, found& f, const found* previous, const found* last_rate) {
  f.denominator = denominator_after(t, f);
  if (f.kind == claim_kind::growth) {  // "doubled", "double-digit"
    if (f.q.number < 0) f.decreases = true;
    return;
  }
  if (!f.denominator.empty()) {
    f.kind = claim_kind::share;
    return;
  }
  const std::vector<word> ws = lead(t, f);
  const bool same_list = previous && percent_like(*previous) && only_joiners(ws);
  if (same_list) {
    f.kind = previous->kind;
    f.decreases = previous->decreases;
    return;
  }
  // "9.8% more than in 2024", "4 per cent less than a year earlier".
  std::vector<word> after = words_after(t.text, f.end, f.sentence_end, 1);
  if (!after.empty() &&
      one_of(after.front().lower, {"more", "higher", "up", "less", "lower", "down", "fewer"})) {
    f.kind = claim_kind::growth;
    f.decreases = one_of(after.front().lower, {"less", "lower", "down", "fewer"});
    return;
  }
  for (const word& w : ws) {
    if (w.lower == ";" || w.lower == ":") break;
    if (level_word(w.lower)) {
      f.kind = claim_kind::share;
      return;
    }
    if (direction d = direction_of(w.lower); d != direction::none) {
      f.kind = claim_kind::growth;
      f.decreases = d == direction::down;
      return;
    }
  }
  // No word of its own: in "exports grew by 4.8% to $412.6 billion and imports by 2.1%" a
  // rate takes the meaning of the sentence's rate before it.
  f.kind = last_rate ? last_rate->kind : claim_kind::share;
  f.decreases = last_rate && last_rate->decreases;
}

void classify_points(const folded_text& t, found& f) {
  f.kind = claim_kind::pp;
  std::vector<word> after = words_after(t.text, f.end, f.sentence_end, 1);
  if (!after.empty() && one_of(after.front().lower, {"lower", "less", "below", "down"})) {
    f.decreases = true;
    return;
  }
  for (const word& w : lead(t, f)) {
    if (direction d = direction_of(w.lower); d != direction::none) {
      f.decreases = d == direction::down && w.lower != "saving";
      return;
    }
  }
}

claim_kind kind_of_counted(const folded_text& t, const block& b, const found& f) {
  const std::string head = head_of(f.noun);
  const noun_class c = class_of_noun(head);
  if (c == noun_class::time) {
    return f.noun.find("consecutive") != std::string::npos ||
                   f.noun.find("successive") != std::string::npos
               ? claim_kind::rank
               : claim_kind::other;
  }
  if (c == noun_class::physical) return claim_kind::level;
  std::vector<word> before = words_before(t.text, f.begin, b.begin, 1);
  const bool announced = !before.empty() && before.back().lower == "following";
  const bool listed = f.form == found_form::cardinal && b.heading;
  if (c == noun_class::enumeration || announced || listed) return claim_kind::other;
  return claim_kind::count;
}

// "the number of foreign trade entities ... reached 645,000": the thing a bare number counts.
std::string counted_by_subject(const folded_text& t, const found& f) {
  std::vector<word> ws = words_before(t.text, f.begin, f.sentence_begin, 40);
  for (std::size_t i = ws.size(); i-- > 1;) {
    if (ws[i].lower != "of" || ws[i - 1].lower != "number") continue;
    std::string phrase;
    for (std::size_t k = i + 1; k < ws.size() && is_ascii_letter(t.text[ws[k].begin]); ++k) {
      if (one_of(ws[k].lower, {"with", "at", "in", "on", "of", "for", "from", "to", "by", "reached",
                               "exceeded", "was", "is", "were", "has", "have"}))
        break;
      if (plural_like(ws[k])) phrase = ws[k].lower;
    }
    return phrase;
  }
  for (const word& w : ws) {
    if (w.lower == "index") return "index points";
  }
  return "";
}

void classify_one(const folded_text& t, const block& b, found& f, const found* previous,
                  const found* last_rate) {
  read_qualifier(t, f);
  if (f.form == found_form::rank) return;
  const unit& u = f.q.written_unit;
  if (u.style == unit_style::percent) return classify_rate(t, f, previous, last_rate);
  if (u.style == unit_style::points) return classify_points(t, f);
  if (!u.dim.dimensionless()) {
    f.kind = claim_kind::level;
    return;
  }
  if (f.noun.empty() || head_of(f.noun) == "unit") {
    if (std::string noun = counted_by_subject(t, f); !noun.empty()) {
      f.noun = noun;
      f.noun_borrowed = true;
    }
  }
  f.kind = f.noun.empty() ? claim_kind::other : kind_of_counted(t, b, f);
}

// A bare number, or one counted in "units", borrows the thing counted by the nearest claim of
// its block: "exported 2 million and 3 million ... 5.221 million vehicles".
void borrow_nouns(std::vector<found>& claims) {
  if (claims.empty()) return;
  // Lenders do not change as claims borrow (a borrower never had a noun of its own to lend),
  // so the nearest one each side is found in two walks, not by searching outwards from every
  // claim: a line of thousands of bare numbers stays linear.
  auto lends = [](const found& c) {
    return !c.noun.empty() && !c.noun_borrowed && head_of(c.noun) != "unit" &&
           class_of_noun(head_of(c.noun)) == noun_class::physical;
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

}  // namespace

void classify_block(const folded_text& t, const block& b, std::vector<found>& claims) {
  for (std::size_t i = 0; i < claims.size(); ++i) {
    found& f = claims[i];
    std::tie(f.sentence_begin, f.sentence_end) = sentence_around(t, b, f.number_begin);
    const found* previous =
        i > 0 && claims[i - 1].end > f.sentence_begin ? &claims[i - 1] : nullptr;
    f.lead_begin = previous ? previous->end : f.sentence_begin;
    const found* last_rate = nullptr;
    for (std::size_t j = i; j-- > 0 && claims[j].end > f.sentence_begin;) {
      if (percent_like(claims[j])) {
        last_rate = &claims[j];
        break;
      }
    }
    classify_one(t, b, f, previous, last_rate);
    if (f.decreases && f.q.number > 0) {
      f.q.number = -f.q.number;
      // "fell by 2-3%" is the range [-3, -2].
      if (f.upper) std::swap(f.q.number, *f.upper = -*f.upper);
    }
  }
  borrow_nouns(claims);
}

}  // namespace crossfoot::extract_detail
