#include "eval/figure_index.hpp"

#include <algorithm>

namespace crossfoot {

std::vector<std::string> split_id(const std::string& id) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    auto dot = id.find('.', start);
    out.push_back(id.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return out;
}

std::string join_id(const std::vector<std::string>& segments, std::size_t from, std::size_t to) {
  std::string out;
  to = std::min(to, segments.size());
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) out += '.';
    out += segments[i];
  }
  return out;
}

figure_index::figure_index(const figure_set& figures) : figures_(figures) {
  for (std::size_t i = 0; i < figures.figures.size(); ++i) {
    auto segs = split_id(figures.figures[i].id);
    by_last_[segs.back()].push_back(i);
    if (segs.size() >= 2) by_last_two_[segs[segs.size() - 2] + "." + segs.back()].push_back(i);
    std::string prefix;
    for (std::size_t s = 0; s < segs.size(); ++s) {
      auto& kids = children_[prefix];
      if (std::find(kids.begin(), kids.end(), segs[s]) == kids.end()) kids.push_back(segs[s]);
      prefix += (s ? "." : "") + segs[s];
    }
  }
}

const std::vector<std::size_t>& figure_index::ending_with(const std::string& last,
                                                          const std::string& before) const {
  static const std::vector<std::size_t> none;
  const auto& map = before.empty() ? by_last_ : by_last_two_;
  auto it = map.find(before.empty() ? last : before + "." + last);
  return it == map.end() ? none : it->second;
}

const std::vector<std::string>& figure_index::children(const std::string& prefix) const {
  static const std::vector<std::string> none;
  auto it = children_.find(prefix);
  return it == children_.end() ? none : it->second;
}

}  // namespace crossfoot
