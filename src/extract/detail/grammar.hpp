#pragma once
// The X3-free entry points into the draft grammar (instantiated in extract/grammar.cpp, the
// only translation unit of this stage that compiles Spirit). Each matcher looks for one
// quantity starting exactly at `at` in `text` and reports where it ends.
#include <cstddef>
#include <optional>
#include <string_view>

#include "quantity/detail/ast.hpp"

namespace crossfoot::extract_detail {

/// A quantity written with digits: the quantity grammar's sign, currency, number, scale and
/// unit words, without counted things (in prose the words after a number are rarely its unit).
struct number_match {
  quantity_detail::quantity_ast ast;
  std::size_t end = 0;
};
std::optional<number_match> match_number(std::string_view text, std::size_t at);

/// A quantity written in words: "nine", "two-thirds", "a quarter", "one out of every three",
/// "doubled", "double-digit".
enum class word_form { cardinal, fraction, ratio, multiple, digit_class };
struct word_match {
  word_form form = word_form::cardinal;
  double value = 0;  // 9; 0.6667 for two-thirds; 2 for doubled; 10 for double-digit
  std::size_t end = 0;
};
std::optional<word_match> match_words(std::string_view text, std::size_t at);

}  // namespace crossfoot::extract_detail
