#include "core/multi_search.hpp"

#include <deque>

namespace crossfoot {

std::size_t pattern_set::add(std::string_view pattern) {
  auto [it, fresh] = index_.emplace(std::string(pattern), lengths_.size());
  if (!fresh) return it->second;
  lengths_.push_back(pattern.size());
  linked_ = false;
  if (pattern.empty()) return it->second;
  int v = 0;
  for (char byte : pattern) {
    auto c = static_cast<unsigned char>(byte);
    int next = child(v, c);
    if (next < 0) {
      next = static_cast<int>(nodes_.size());
      nodes_.emplace_back();
      nodes_[static_cast<std::size_t>(v)].kids.emplace_back(c, next);
      edges_.emplace((static_cast<std::uint64_t>(v) << 8) | c, next);
    }
    v = next;
  }
  nodes_[static_cast<std::size_t>(v)].pattern = static_cast<long>(it->second);
  return it->second;
}

int pattern_set::child(int from, unsigned char c) const {
  auto it = edges_.find((static_cast<std::uint64_t>(from) << 8) | c);
  return it == edges_.end() ? -1 : it->second;
}

// Failure links breadth first: a node's failure is the longest proper suffix of its path that
// is also a path from the root.
void pattern_set::link() {
  std::deque<int> queue;
  for (const auto& [c, kid] : nodes_[0].kids) queue.push_back(kid);
  while (!queue.empty()) {
    int v = queue.front();
    queue.pop_front();
    for (const auto& [c, u] : nodes_[static_cast<std::size_t>(v)].kids) {
      int f = nodes_[static_cast<std::size_t>(v)].fail;
      while (f != 0 && child(f, c) < 0) f = nodes_[static_cast<std::size_t>(f)].fail;
      int g = child(f, c);
      node& n = nodes_[static_cast<std::size_t>(u)];
      n.fail = g >= 0 && g != u ? g : 0;
      const node& fail = nodes_[static_cast<std::size_t>(n.fail)];
      n.output = fail.pattern >= 0 ? n.fail : fail.output;
      queue.push_back(u);
    }
  }
  linked_ = true;
}

void pattern_set::search(std::string_view text,
                         const std::function<bool(std::size_t, std::size_t)>& found) {
  if (!linked_) link();
  // Patterns that want no more occurrences are skipped along the output links, which are
  // shortened as they are walked so that skipping stays cheap.
  std::vector<char> done(lengths_.size(), 0);
  std::vector<int> output(nodes_.size());
  for (std::size_t i = 0; i < nodes_.size(); ++i) output[i] = nodes_[i].output;
  auto retired = [&](int u) {
    return done[static_cast<std::size_t>(nodes_[static_cast<std::size_t>(u)].pattern)] != 0;
  };
  auto live = [&](int from) {
    int w = from;
    while (w >= 0 && retired(w)) w = output[static_cast<std::size_t>(w)];
    for (int x = from; x >= 0 && x != w;) {
      int next = output[static_cast<std::size_t>(x)];
      output[static_cast<std::size_t>(x)] = w;
      x = next;
    }
    return w;
  };
  int v = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    int next = child(v, c);
    while (next < 0 && v != 0) {
      v = nodes_[static_cast<std::size_t>(v)].fail;
      next = child(v, c);
    }
    v = next < 0 ? 0 : next;
    int u = live(
        nodes_[static_cast<std::size_t>(v)].pattern >= 0 ? v : output[static_cast<std::size_t>(v)]);
    while (u >= 0) {
      auto p = static_cast<std::size_t>(nodes_[static_cast<std::size_t>(u)].pattern);
      if (!found(p, i + 1)) done[p] = 1;
      u = live(output[static_cast<std::size_t>(u)]);
    }
  }
}

}  // namespace crossfoot
