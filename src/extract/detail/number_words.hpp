#pragma once
// Numbers written in words: "nine", "twenty-five", "two-thirds", "a quarter", "one out of
// every three", "one in five", "doubled", "double-digit". The words are the lexicon's
// (cardinal, fraction, multiple and digit_class rows); this file only knows how they combine.
#include <cstddef>
#include <optional>

#include "extract/detail/text.hpp"

namespace crossfoot::extract_detail {

enum class word_form { cardinal, fraction, ratio, multiple, digit_class };

struct word_match {
  word_form form = word_form::cardinal;
  double value = 0;  // 9; 0.6667 for two-thirds; 2 for doubled; 10 for double-digit
  std::size_t end = 0;
};

/// The number in words starting exactly at p.text[at], reading no further than `limit`.
std::optional<word_match> match_number_words(const prose& p, std::size_t at, std::size_t limit);

}  // namespace crossfoot::extract_detail
