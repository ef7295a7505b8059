#pragma once
// The draft as the scanner reads it: checked to be text, with the forms the quantity grammar
// does not read (full-width digits and signs, a byte-order mark) folded to ASCII, and cut into
// paragraphs and sentences. Every offset of the folded text maps back to the original bytes.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot::extract_detail {

struct block {
  std::size_t begin = 0, end = 0;  // folded offsets, end exclusive
  bool heading = false;            // a Markdown heading or a short line without a full stop
};

struct folded_text {
  std::string text;                         // the folded text
  std::vector<std::uint32_t> from;          // from[i]: original offset of folded byte i (size + 1)
  std::vector<block> blocks;                // paragraphs, headings and list items in order
  std::vector<std::size_t> sentence_stops;  // just after each full stop, ! or ? ending a sentence
};

/// Where the text is not UTF-8 text: a NUL byte or an invalid UTF-8 sequence.
struct text_problem {
  std::size_t offset = 0;
  const char* code = "";  // detail/codes.hpp
  std::string message;
};

std::optional<text_problem> find_text_problem(std::string_view original);

/// Folds a valid UTF-8 text (see find_text_problem) and finds its blocks.
folded_text fold(std::string_view original);

/// The sentence of `block` around folded offset `at`: [begin, end).
std::pair<std::size_t, std::size_t> sentence_around(const folded_text& t, const block& b,
                                                    std::size_t at);

}  // namespace crossfoot::extract_detail
