#include "figures/detail/quote_locator.hpp"

#include "core/multi_search.hpp"

#include <algorithm>

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
  auto found = locate_each({quote}, 1);
  if (found.front().empty()) return std::nullopt;
  return found.front().front();
}

std::vector<source_range> quote_locator::locate_all(std::string_view quote,
                                                    std::size_t limit) const {
  return locate_each({quote}, limit).front();
}

std::vector<std::vector<source_range>> quote_locator::locate_each(
    const std::vector<std::string_view>& quotes, std::size_t limit) const {
  pattern_set patterns;
  std::vector<std::size_t> pattern_of;
  for (auto q : quotes) pattern_of.push_back(patterns.add(normalise_quote(q)));
  std::vector<std::vector<source_range>> places(patterns.size());
  if (limit > 0) {
    // Overlapping places count: "aa" is twice in "aaa".
    patterns.search(normal_, [&](std::size_t p, std::size_t end) {
      std::size_t begin = end - patterns.length(p);
      places[p].push_back(source_range{text_, begins_[begin], ends_[end - 1]});
      return places[p].size() < limit;
    });
  }
  std::vector<std::vector<source_range>> out;
  out.reserve(pattern_of.size());
  for (std::size_t p : pattern_of) out.push_back(places[p]);
  return out;
}

}  // namespace crossfoot::figures_detail
