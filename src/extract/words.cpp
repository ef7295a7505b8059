// Reading words around a quantity. Only ASCII letters make words; any other byte separates.
#include <algorithm>
#include <optional>

#include "extract/detail/words.hpp"
#include "quantity/lexicon.hpp"

namespace crossfoot::extract_detail {

namespace {

char lower_char(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool clause_mark(char c) {
  return std::string_view(",;:()!?.").find(c) != std::string_view::npos;
}

bool joiner(char c) {
  return c == '-' || c == '\'';
}
bool number_joiner(char c) {
  return c == '.' || c == ',';
}

// The word starting at text[i], reading no further than `end`, and where reading goes on;
// nothing when text[i] neither is nor starts a word.
std::optional<word> word_at(std::string_view text, std::size_t& i, std::size_t end) {
  const char c = text[i];
  if (is_ascii_letter(c)) {
    word w{i, i, {}};
    while (i < end && (is_ascii_letter(text[i]) ||
                       (joiner(text[i]) && i + 1 < end && is_ascii_letter(text[i + 1])))) {
      w.lower += lower_char(text[i]);
      ++i;
    }
    w.end = i;
    w.capital = c >= 'A' && c <= 'Z';
    return w;
  }
  if (is_ascii_digit(c)) {
    word w{i, i, "#"};  // any number: the words around it matter, not its digits
    while (i < end && (is_ascii_digit(text[i]) ||
                       (number_joiner(text[i]) && i + 1 < end && is_ascii_digit(text[i + 1])))) {
      ++i;
    }
    w.end = i;
    return w;
  }
  ++i;
  if (clause_mark(c)) return word{i - 1, i, std::string(1, c)};
  return std::nullopt;
}

// The word ending just before text[k], reading back no further than `limit`: the mirror of
// word_at, as words and numbers read the same both ways ("year-on-year", "1,234.5").
std::optional<word> word_before(std::string_view text, std::size_t& k, std::size_t limit) {
  const char c = text[k - 1];
  const std::size_t end = k;
  if (is_ascii_letter(c) || is_ascii_digit(c)) {
    const bool letters = is_ascii_letter(c);
    auto part = [&](char x) { return letters ? is_ascii_letter(x) : is_ascii_digit(x); };
    auto join = [&](char x) { return letters ? joiner(x) : number_joiner(x); };
    std::size_t b = k - 1;
    while (b > limit &&
           (part(text[b - 1]) || (join(text[b - 1]) && b - 1 > limit && part(text[b - 2])))) {
      --b;
    }
    k = b;
    word w{b, end, "#"};
    if (letters) {
      w.capital = text[b] >= 'A' && text[b] <= 'Z';
      w.lower.clear();
      for (std::size_t j = b; j < end; ++j) w.lower += lower_char(text[j]);
    }
    return w;
  }
  --k;
  if (clause_mark(c)) return word{k, end, std::string(1, c)};
  return std::nullopt;
}

}  // namespace

void for_each_word(std::string_view text, std::size_t begin, std::size_t end,
                   const std::function<void(word&&)>& visit) {
  end = std::min(end, text.size());
  for (std::size_t i = begin; i < end;) {
    if (auto w = word_at(text, i, end)) visit(std::move(*w));
  }
}

std::vector<word> words_between(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<word> out;
  out.reserve(16);
  for_each_word(text, begin, end, [&](word&& w) { out.push_back(std::move(w)); });
  return out;
}

// Both read only the words they return, from `at` outwards: a claim in a sentence of
// thousands of words costs no more than one in a short sentence.
std::vector<word> words_before(std::string_view text, std::size_t at, std::size_t limit,
                               std::size_t count) {
  std::vector<word> out;
  out.reserve(count);
  for (std::size_t k = std::min(at, text.size()); k > limit && out.size() < count;) {
    if (auto w = word_before(text, k, limit)) out.push_back(std::move(*w));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<word> words_after(std::string_view text, std::size_t at, std::size_t limit,
                              std::size_t count) {
  std::vector<word> out;
  out.reserve(count);
  limit = std::min(limit, text.size());
  for (std::size_t i = at; i < limit && out.size() < count;) {
    if (auto w = word_at(text, i, limit)) out.push_back(std::move(*w));
  }
  return out;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

std::string singular(std::string_view w) {
  return lexicon::singular(w);
}

bool plural_like(const word& w) {
  const std::string& s = w.lower;
  if (one_of(s, {"people", "children", "staff", "personnel", "cattle", "livestock", "teu", "feu",
                 "kwh", "mwh", "gwh", "twh"})) {
    return true;
  }
  if (one_of(s, {"does",    "goes",    "remains",  "stands",  "means",      "includes",
                 "marks",   "shows",   "accounts", "makes",   "takes",      "comes",
                 "covers",  "reaches", "rises",    "falls",   "grows",      "totals",
                 "this",    "thus",    "plus",     "less",    "across",     "always",
                 "perhaps", "whereas", "besides",  "towards", "afterwards", "respectively"})) {
    return false;
  }
  return s.size() > 3 && s.back() == 's' && !s.ends_with("ss") && !s.ends_with("us") &&
         !s.ends_with("is") && !s.ends_with("'s");
}

}  // namespace crossfoot::extract_detail
