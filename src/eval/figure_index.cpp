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

template <class V>
void grouped_index<V>::finish() {
  // Two passes: count each key's values, then place them; a key's slice starts where its
  // first value was added, so slices are in order of first appearance.
  constexpr std::uint32_t unplaced = UINT32_MAX;
  slices_.reserve(pending_.size());
  for (const auto& [key, value] : pending_) {
    auto [it, fresh] = slices_.try_emplace(key, unplaced, 0);
    ++it->second.second;
  }
  std::uint32_t next = 0;
  for (const auto& [key, value] : pending_) {
    auto& [start, count] = slices_.find(key)->second;
    if (start != unplaced) continue;
    start = next;
    next += count;
    count = 0;
  }
  values_.resize(pending_.size());
  for (auto& [key, value] : pending_) {
    auto& [start, count] = slices_.find(key)->second;
    values_[start + count++] = std::move(value);
  }
  decltype(pending_)().swap(pending_);  // (`= {}` would keep the capacity)
}

template class grouped_index<std::uint32_t>;
template class grouped_index<std::string_view>;

figure_index::figure_index(const figure_set& figures) : figures_(figures) {
  // Every id and id prefix entered so far (views into the ids): needed while entries are
  // added only.
  std::unordered_set<std::string_view> known;
  known.reserve(figures.figures.size() * 2);
  for (std::size_t i = 0; i < figures.figures.size(); ++i)
    add_entry(figures.figures[i].id, i, known);
  add_period_aliases(known);
  by_last_.finish();
  by_last_two_.finish();
  children_.finish();
}

// Views of the entry's segments and prefixes, all into `id` (which the index keeps in place).
void figure_index::add_entry(const std::string& id, std::size_t at,
                             std::unordered_set<std::string_view>& known) {
  const auto entry = static_cast<std::uint32_t>(at);
  const std::string_view whole = id;
  std::size_t last_dot = whole.rfind('.');
  std::size_t last_start = last_dot == std::string_view::npos ? 0 : last_dot + 1;
  by_last_.add(whole.substr(last_start), entry);
  if (last_dot != std::string_view::npos) {
    std::size_t before = whole.rfind('.', last_dot - 1);
    std::size_t before_start = last_dot == 0 || before == std::string_view::npos ? 0 : before + 1;
    by_last_two_.add(whole.substr(before_start), entry);
  }
  // Children keep their order of first appearance; the set of ids seen so far finds repeats,
  // so 200,000 siblings cost no scan of the siblings before them.
  std::string_view prefix;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = whole.find('.', start);
    std::string_view so_far = whole.substr(0, dot);
    if (known.insert(so_far).second) children_.add(prefix, so_far.substr(start));
    if (dot == std::string_view::npos) break;
    prefix = so_far;
    start = dot + 1;
  }
}

// Figures that differ only in their period segment form one series; each figure of a series
// gets `.prev` and `.year_ago` aliases for the series' figures one period and one year before.
// In a document with a period, an id without a period segment is the figure of that period, so
// `ea19.exports` joins the series of `ea19.2018-09.exports` when the document is 2019-09.
void figure_index::add_period_aliases(std::unordered_set<std::string_view>& known) {
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
  // "gdp.current_prices.prev" in a 2018 Q1 document is the series' 2017 Q4 figure (and
  // ".year_ago" its 2017 Q1 one): it joins the series, and answers to the id of its period
  // (gdp.2017-Q4.current_prices), so a year whose last quarter the document states as the
  // previous one has all its quarters stated. An explicit figure of that period wins.
  std::vector<std::pair<std::string, std::size_t>> by_period;
  if (const auto& own = figures_.document.period) {
    for (std::size_t i = 0; i < figures_.figures.size(); ++i) {
      auto it = without.find(figures_.figures[i].id);
      if (it == without.end()) continue;
      for (const auto& key : it->second) series[key].emplace(*own, i);  // an explicit one wins
    }
    for (std::size_t i = 0; i < figures_.figures.size(); ++i) {
      const std::string& id = figures_.figures[i].id;
      for (const auto& [suffix, when] : {std::pair<std::string_view, period>{".prev", own->prev()},
                                         {".year_ago", own->year_ago()}}) {
        if (!id.ends_with(suffix)) continue;
        auto it = without.find(id.substr(0, id.size() - suffix.size()));
        if (it == without.end()) continue;
        for (const auto& key : it->second) {
          if (!series[key].emplace(when, i).second) continue;
          std::string named = key;
          named.replace(named.find('\x01'), 1, when.to_string());
          by_period.emplace_back(std::move(named), i);
        }
      }
    }
  }
  for (auto& [named, figure] : by_period) {
    if (figures_.find(named) || aliases_.count(named)) continue;
    const std::string& kept = alias_ids_.emplace_back(std::move(named));
    aliases_.emplace(kept, figure);
    add_entry(kept, size() - 1, known);
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
        const std::string& kept = alias_ids_.emplace_back(std::move(alias));
        aliases_.emplace(kept, found->second);
        add_entry(kept, size() - 1, known);
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

std::span<const std::uint32_t> figure_index::ending_with(const std::string& last,
                                                         const std::string& before) const {
  if (before.empty()) return by_last_.find(last);
  return by_last_two_.find(before + "." + last);
}

std::span<const std::string_view> figure_index::children(const std::string& prefix) const {
  return children_.find(prefix);
}

}  // namespace crossfoot
