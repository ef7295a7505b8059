#pragma once
// Finding an anchor's words in a draft. Editors rewrap lines and change capitals without
// meaning to change a figure, so the search ignores case (ASCII) and treats any run of white
// space, a line break inside a sentence included, as one space.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot::anchor_detail {

struct folded_text {
  std::string text;               // lower-case ASCII, each run of white space one space
  std::vector<std::size_t> from;  // the draft's byte offset of each folded byte
};

/// The draft folded for searching.
folded_text fold(std::string_view draft);
/// An anchor folded the same way, without white space at either end.
std::string fold_phrase(std::string_view anchor);

struct text_span {
  std::size_t begin = 0, end = 0;  // byte offsets in the draft
};

/// Every place the folded anchor occurs in the draft as whole words, in text order.
std::vector<text_span> find_phrase(const folded_text& draft, const std::string& anchor);

/// Places of an anchor counted at most: an anchor found this often is ambiguous anyway.
constexpr std::size_t max_places = 1000;
/// find_phrase for many anchors in one pass over the draft, each with at most max_places
/// places: 1,000 anchors in a 14 MB draft cost one walk, not 1,000.
std::vector<std::vector<text_span>> find_phrases(const folded_text& draft,
                                                 const std::vector<std::string>& anchors);

/// Up to `n` places in the draft whose words are most like the folded anchor (by edit distance
/// over windows of as many words), best first and not overlapping: the best one, and those
/// others within a third of the anchor's length of it.
std::vector<text_span> nearest_phrases(const folded_text& draft, const std::string& anchor,
                                       std::size_t n);

/// The draft's text of a span, with each run of white space shown as one space.
std::string shown(std::string_view draft, const text_span& s);

}  // namespace crossfoot::anchor_detail
