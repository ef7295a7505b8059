#include "figures/detail/quote_locator.hpp"

#include <algorithm>
#include <functional>

#include "core/text.hpp"

namespace crossfoot::figures_detail {
namespace {

// Length of the white space or quote mark starting at s[i] that normalisation replaces, and
// the replacement; 0 when s[i] is kept as is.
struct replacement {
  std::size_t length = 0;
  char with = 0;
};

replacement replaceable_at(std::string_view s, std::size_t i) {
  if (const std::size_t n = unicode_space_length(s, i)) return {n, ' '};
  const code_point c = utf8_decode(s, i);
  if (c.value >= U'\u201C' && c.value <= U'\u201F') return {c.length, '"'};   // “ ” „ ‟
  if (c.value >= U'\u2018' && c.value <= U'\u201B') return {c.length, '\''};  // ‘ ’ ‚ ‛
  return {};
}

// Normalises `s`, calling emit(character, begin, end) for every byte of the result.
template <typename Emit>
void normalise(std::string_view s, Emit emit) {
  bool pending_space = false;
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    replacement r = replaceable_at(s, i);
    if (r.length > 0 && r.with == ' ') {
      pending_space = any;
      i += r.length;
      continue;
    }
    if (pending_space) emit(' ', i, i);
    pending_space = false;
    any = true;
    std::size_t length = r.length > 0 ? r.length : 1;
    emit(r.length > 0 ? r.with : s[i], i, i + length);
    i += length;
  }
}

}  // namespace

std::string normalise_quote(std::string_view text) {
  std::string out;
  normalise(text, [&](char c, std::size_t, std::size_t) { out += c; });
  return out;
}

quote_locator::quote_locator(source_ptr text) : text_(std::move(text)) {
  normalise(text_->text(), [&](char c, std::size_t begin, std::size_t end) {
    normal_ += c;
    begins_.push_back(begin);
    ends_.push_back(end);
  });
}

std::optional<source_range> quote_locator::locate(std::string_view quote) const {
  auto found = locate_all(quote, 1);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<source_range> quote_locator::locate_all(std::string_view quote,
                                                    std::size_t limit) const {
  std::vector<source_range> out;
  std::string needle = normalise_quote(quote);
  if (needle.empty()) return out;
  auto searcher = std::boyer_moore_horspool_searcher(needle.begin(), needle.end());
  for (auto it = normal_.begin(); out.size() < limit;) {
    it = std::search(it, normal_.end(), searcher);
    if (it == normal_.end()) break;
    auto first = static_cast<std::size_t>(it - normal_.begin());
    auto last = first + needle.size() - 1;
    out.push_back(source_range{text_, begins_[first], ends_[last]});
    ++it;  // overlapping places count: "aa" is twice in "aaa"
  }
  return out;
}

}  // namespace crossfoot::figures_detail
