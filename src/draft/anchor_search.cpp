#include "draft/anchor_search.hpp"

#include <algorithm>

#include "core/edit_distance.hpp"
#include "core/multi_search.hpp"
#include "core/text.hpp"

namespace crossfoot::anchor_detail {
namespace {

// Letters, digits and every byte of a non-ASCII character: an anchor must not match inside a
// word ("port" in "exports").
bool is_word_byte(char c) {
  return static_cast<unsigned char>(c) >= 0x80 || is_ascii_alnum(c);
}

bool whole_words(const std::string& text, std::size_t at, std::size_t size) {
  bool starts = at == 0 || !is_word_byte(text[at - 1]) || !is_word_byte(text[at]);
  std::size_t end = at + size;
  bool ends = end == text.size() || !is_word_byte(text[end]) || !is_word_byte(text[end - 1]);
  return starts && ends;
}

text_span in_draft(const folded_text& d, std::size_t begin, std::size_t end) {
  return {d.from[begin], d.from[end - 1] + 1};
}

struct word {
  std::size_t begin, end;  // in the folded text
};

bool is_punctuation(char c) {
  return std::string_view(",.;:!?()[]\"'*_").find(c) != std::string_view::npos;
}

// Words without the punctuation around them, so that a suggestion reads "the largest export",
// not "the largest export,".
std::vector<word> words_of(const std::string& folded) {
  std::vector<word> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t end = folded.find(' ', i);
    if (end == std::string::npos) end = folded.size();
    word w{i, end};
    while (w.end > w.begin + 1 && is_punctuation(folded[w.end - 1])) --w.end;
    while (w.begin + 1 < w.end && is_punctuation(folded[w.begin])) ++w.begin;
    if (end > i) out.push_back(w);
    i = end + 1;
  }
  return out;
}

}  // namespace

folded_text fold(std::string_view draft) {
  folded_text out;
  out.text.reserve(draft.size());
  out.from.reserve(draft.size());
  for (std::size_t i = 0; i < draft.size(); ++i) {
    if (is_blank(draft[i])) {
      if (out.text.empty() || out.text.back() == ' ') continue;
      out.text += ' ';
    } else {
      out.text += ascii_lower(draft[i]);
    }
    out.from.push_back(i);
  }
  return out;
}

std::string fold_phrase(std::string_view anchor) {
  std::string out = fold(anchor).text;
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<text_span> find_phrase(const folded_text& draft, const std::string& anchor) {
  return find_phrases(draft, {anchor}).front();
}

std::vector<std::vector<text_span>> find_phrases(const folded_text& draft,
                                                 const std::vector<std::string>& anchors) {
  pattern_set patterns;
  std::vector<std::size_t> pattern_of;
  for (const auto& a : anchors) pattern_of.push_back(patterns.add(a));
  std::vector<std::vector<text_span>> places(patterns.size());
  patterns.search(draft.text, [&](std::size_t p, std::size_t end) {
    std::size_t size = patterns.length(p), at = end - size;
    if (whole_words(draft.text, at, size)) places[p].push_back(in_draft(draft, at, end));
    return places[p].size() < max_places;
  });
  std::vector<std::vector<text_span>> out;
  for (std::size_t p : pattern_of) out.push_back(places[p]);
  return out;
}

std::vector<text_span> nearest_phrases(const folded_text& draft, const std::string& anchor,
                                       std::size_t n) {
  std::vector<word> words = words_of(draft.text);
  if (words.empty() || anchor.empty()) return {};
  const std::size_t size = std::min(words_of(anchor).size(), words.size());
  // The best window always, as a hint; others only when they are close enough to be meant.
  const std::size_t close = std::max<std::size_t>(2, anchor.size() / 3);
  // (distance, first word) of the windows of `size` words that may be shown.
  std::vector<std::pair<std::size_t, std::size_t>> windows;
  std::size_t best = std::string::npos - 1;
  std::vector<std::size_t> row;
  for (std::size_t i = 0; i + size <= words.size(); ++i) {
    std::string_view window(draft.text.data() + words[i].begin,
                            words[i + size - 1].end - words[i].begin);
    const std::size_t limit = std::max(best, close);
    const std::size_t distance = edit_distance(window, anchor, limit, row);
    if (distance > limit) continue;
    best = std::min(best, distance);
    windows.emplace_back(distance, i);
  }
  std::sort(windows.begin(), windows.end());
  std::vector<std::size_t> taken;
  std::vector<text_span> out;
  for (const auto& [distance, first] : windows) {
    if (out.size() == n || (!out.empty() && distance > close)) break;
    bool overlaps = std::any_of(taken.begin(), taken.end(), [&, f = first](std::size_t t) {
      return f < t + size && t < f + size;
    });
    if (overlaps) continue;
    taken.push_back(first);
    out.push_back(in_draft(draft, words[first].begin, words[first + size - 1].end));
  }
  return out;
}

std::string shown(std::string_view draft, const text_span& s) {
  std::string out;
  for (char c : draft.substr(s.begin, s.end - s.begin)) {
    if (!is_blank(c)) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

}  // namespace crossfoot::anchor_detail
