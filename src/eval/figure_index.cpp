#include "eval/figure_index.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "core/period.hpp"

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
  for (const auto& f : figures.figures) add_entry(f.id);
  add_period_aliases();
  known_ = {};  // needed while entries are added only
}

void figure_index::add_entry(const std::string& id) {
  std::size_t i = ids_.size();
  ids_.push_back(id);
  auto segs = split_id(id);
  by_last_[segs.back()].push_back(i);
  if (segs.size() >= 2) by_last_two_[segs[segs.size() - 2] + "." + segs.back()].push_back(i);
  // Children keep their order of first appearance; the set of ids seen so far finds repeats,
  // so 200,000 siblings cost no scan of the siblings before them.
  std::string prefix;
  for (std::size_t s = 0; s < segs.size(); ++s) {
    std::string id_so_far = s == 0 ? segs[s] : prefix + "." + segs[s];
    if (known_.insert(id_so_far).second) children_[prefix].push_back(segs[s]);
    prefix = std::move(id_so_far);
  }
}

// Figures that differ only in their period segment form one series; each figure of a series
// gets `.prev` and `.year_ago` aliases for the series' figures one period and one year before.
// In a document with a period, an id without a period segment is the figure of that period, so
// `ea19.exports` joins the series of `ea19.2018-09.exports` when the document is 2019-09.
void figure_index::add_period_aliases() {
  std::map<std::string, std::map<period, std::size_t>> series;  // period blanked -> by period
  std::map<std::string, std::vector<std::string>> without;      // period removed -> series
  for (std::size_t i = 0; i < figures_.figures.size(); ++i) {
    auto segs = split_id(figures_.figures[i].id);
    auto p = period_of_id(segs);
    if (!p) continue;
    segs[p->index].assign(1, '\x01');  // (operator= of a literal trips GCC 12 -Wrestrict)
    std::string key = join_id(segs);
    series[key].emplace(p->value, i);
    segs.erase(segs.begin() + static_cast<std::ptrdiff_t>(p->index));
    without[join_id(segs)].push_back(key);
  }
  if (const auto& own = figures_.document.period) {
    for (std::size_t i = 0; i < figures_.figures.size(); ++i) {
      auto it = without.find(figures_.figures[i].id);
      if (it == without.end()) continue;
      for (const auto& key : it->second) series[key].emplace(*own, i);  // an explicit one wins
    }
  }
  for (const auto& [key, members] : series) {
    for (const auto& [when, figure] : members) {
      const std::string& id = figures_.figures[figure].id;
      const std::pair<std::string_view, period> earlier[] = {{".prev", when.prev()},
                                                             {".year_ago", when.year_ago()}};
      for (const auto& [suffix, before] : earlier) {
        auto found = members.find(before);
        std::string alias;
        alias.reserve(id.size() + suffix.size());
        alias.append(id).append(suffix);
        if (found == members.end() || figures_.find(alias) || aliases_.count(alias)) continue;
        aliases_.emplace(alias, found->second);
        add_entry(alias);
      }
    }
  }
}

const figure* figure_index::find(const std::string& id) const {
  if (const figure* f = figures_.find(id)) return f;
  auto it = aliases_.find(id);
  return it == aliases_.end() ? nullptr : &figures_.figures[it->second];
}

const std::string& figure_index::canonical(const std::string& id) const {
  auto it = aliases_.find(id);
  return it == aliases_.end() ? id : figures_.figures[it->second].id;
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
