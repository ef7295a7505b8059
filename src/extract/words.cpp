// Reading words around a quantity. Only ASCII letters make words; any other byte separates.
#include <algorithm>

#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

namespace {

constexpr std::string_view any_number = "#";

bool clause_mark(char c) {
  return std::string_view(",;:()!?.").find(c) != std::string_view::npos;
}
bool joiner(char c) {
  return c == '-' || c == '\'';
}
bool number_joiner(char c) {
  return c == '.' || c == ',';
}

// A run of characters without a blank is read forwards from its start, so that words and
// numbers read the same both ways; a run longer than this (a text without blanks) is read in
// stretches of this length, which keeps every look back bounded.
constexpr std::size_t max_run = 256;

}  // namespace

namespace words_detail {

bool word_at(const prose& p, std::size_t& i, std::size_t end, word& w) {
  const std::string_view text = p.text;
  const char c = text[i];
  const std::size_t begin = i;
  if (is_ascii_letter(c)) {
    // Letters, and digits after them: "M3", "EU28", "COVID-19", "M3's", "year-on-year".
    while (i < end && (is_ascii_alnum(text[i]) ||
                       (joiner(text[i]) && i + 1 < end && is_ascii_alnum(text[i + 1])))) {
      ++i;
    }
    w = {begin, i, p.lower.substr(begin, i - begin), is_ascii_upper(c)};
    return true;
  }
  if (is_ascii_digit(c)) {
    // Any number: the words around it matter, not its digits.
    while (i < end && (is_ascii_digit(text[i]) ||
                       (number_joiner(text[i]) && i + 1 < end && is_ascii_digit(text[i + 1])))) {
      ++i;
    }
    w = {begin, i, any_number, false};
    return true;
  }
  ++i;
  if (!clause_mark(c)) return false;
  w = {begin, i, p.lower.substr(begin, 1), false};
  return true;
}

}  // namespace words_detail

std::vector<word> words_between(const prose& p, std::size_t begin, std::size_t end) {
  std::vector<word> out;
  out.reserve(16);
  for_each_word(p, begin, end, [&](const word& w) { out.push_back(w); });
  return out;
}

// Both read only the words they return, from `at` outwards: a claim in a sentence of
// thousands of words costs no more than one in a short sentence.
std::vector<word> words_before(const prose& p, std::size_t at, std::size_t limit,
                               std::size_t count) {
  std::vector<word> out;  // nearest first while reading
  out.reserve(count);
  std::vector<word> run;
  std::size_t k = std::min(at, p.size());
  while (k > limit && out.size() < count) {
    std::size_t j = k;
    while (j > limit && k - j < max_run && !is_blank(p.text[j - 1])) --j;
    run.clear();
    for_each_word(p, j, k, [&](const word& w) { run.push_back(w); });
    for (auto it = run.rbegin(); it != run.rend() && out.size() < count; ++it) out.push_back(*it);
    k = j;
    while (k > limit && is_blank(p.text[k - 1])) --k;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<word> words_after(const prose& p, std::size_t at, std::size_t limit,
                              std::size_t count) {
  std::vector<word> out;
  out.reserve(count);
  limit = std::min(limit, p.size());
  word w;
  for (std::size_t i = at; i < limit && out.size() < count;) {
    if (words_detail::word_at(p, i, limit, w)) out.push_back(w);
  }
  return out;
}

bool plural_like(const word& w) {
  using lexicon::word_class;
  const std::string_view s = w.lower;
  if (const lexicon::entry* e = w.entry()) {
    if (e->is(word_class::plural)) return true;
    if (e->is(word_class::not_plural)) return false;
  }
  return s.size() > 3 && s.back() == 's' && !s.ends_with("ss") && !s.ends_with("us") &&
         !s.ends_with("is") && !s.ends_with("'s");
}

}  // namespace crossfoot::extract_detail
