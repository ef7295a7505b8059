#pragma once
// Word-level helpers for reading the prose around a quantity. All work on ASCII letters only:
// bytes of other scripts are never letters here, so no <cctype> call sees them.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"

namespace crossfoot::extract_detail {

struct word {
  std::size_t begin = 0, end = 0;  // offsets in the text the word came from
  std::string lower;               // the word in lower case
  bool capital = false;            // written with a capital: a name, or a sentence's start
};

/// Words of letters (with inner hyphens and apostrophes, "year-on-year", "China's") in
/// text[begin, end). Punctuation other than those ends a word and is reported as a word of
/// its own one character ("," ";" ":"), so callers can see clause breaks.
std::vector<word> words_between(std::string_view text, std::size_t begin, std::size_t end);
/// The same words one at a time, for a whole text whose words need not be kept.
void for_each_word(std::string_view text, std::size_t begin, std::size_t end,
                   const std::function<void(word&&)>& visit);

/// The last `count` words (and punctuation) before `at`, reading back no further than `limit`.
std::vector<word> words_before(std::string_view text, std::size_t at, std::size_t limit,
                               std::size_t count);
/// The first `count` words (and punctuation) from `at`, reading no further than `limit`.
std::vector<word> words_after(std::string_view text, std::size_t at, std::size_t limit,
                              std::size_t count);

bool one_of(std::string_view w, std::initializer_list<std::string_view> set);
/// "entities" → "entity", "vehicles" → "vehicle", "glass" and "bus" unchanged.
std::string singular(std::string_view lower_word);
/// Could the word be a plural noun ("trains", "people", "TEU")? Excludes common verbs in -s.
bool plural_like(const word& w);

}  // namespace crossfoot::extract_detail
