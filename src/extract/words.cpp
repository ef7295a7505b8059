// Reading words around a quantity. Only ASCII letters make words; any other byte separates.
#include <algorithm>

#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

namespace {

char lower_char(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool clause_mark(char c) {
  return std::string_view(",;:()!?.").find(c) != std::string_view::npos;
}

}  // namespace

std::vector<word> words_between(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<word> out;
  out.reserve(16);
  end = std::min(end, text.size());
  std::size_t i = begin;
  while (i < end) {
    const char c = text[i];
    if (is_letter(c)) {
      word w{i, i, {}};
      while (i < end && (is_letter(text[i]) || ((text[i] == '-' || text[i] == '\'') &&
                                                i + 1 < end && is_letter(text[i + 1])))) {
        w.lower += lower_char(text[i]);
        ++i;
      }
      w.end = i;
      out.push_back(std::move(w));
    } else if (is_digit(c)) {
      word w{i, i, "#"};  // any number: the words around it matter, not its digits
      while (i < end && (is_digit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < end &&
                                               is_digit(text[i + 1])))) {
        ++i;
      }
      w.end = i;
      out.push_back(std::move(w));
    } else {
      if (clause_mark(c)) out.push_back({i, i + 1, std::string(1, c)});
      ++i;
    }
  }
  return out;
}

std::vector<word> words_before(std::string_view text, std::size_t at, std::size_t limit,
                               std::size_t count) {
  const std::size_t span = 24 * count + 24;
  const std::size_t from = at > limit + span ? at - span : limit;
  std::vector<word> all = words_between(text, from, at);
  // A word cut by the window is not a word of the text.
  if (from > limit && !all.empty() && all.front().begin == from && from > 0 &&
      is_alnum(text[from - 1])) {
    all.erase(all.begin());
  }
  if (all.size() > count) all.erase(all.begin(), all.end() - static_cast<long>(count));
  return all;
}

std::vector<word> words_after(std::string_view text, std::size_t at, std::size_t limit,
                              std::size_t count) {
  const std::size_t span = 24 * count + 24;
  std::vector<word> all = words_between(text, at, std::min(limit, at + span));
  if (!all.empty() && all.back().end == std::min(limit, at + span) && all.back().end < limit &&
      is_alnum(text[all.back().end])) {
    all.pop_back();
  }
  if (all.size() > count) all.resize(count);
  return all;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

std::string singular(std::string_view w) {
  std::string s(w);
  if (s.size() > 4 && s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 4 &&
      (s.ends_with("ches") || s.ends_with("shes") || s.ends_with("sses") || s.ends_with("xes"))) {
    return s.substr(0, s.size() - 2);
  }
  if (s.size() > 3 && s.back() == 's' && !s.ends_with("ss") && !s.ends_with("us") &&
      !s.ends_with("is")) {
    s.pop_back();
  }
  return s;
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
