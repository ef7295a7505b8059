#pragma once
// Lookup structures over figure ids, so binding a pattern costs in proportion to its matches,
// not to the number of figures.
//
// Period aliases: a figure whose id has a period segment ("ea19.2019-09.exports") can be
// reached one period earlier as `<id>.prev` and one year earlier as `<id>.year_ago`, when the
// same id with the earlier period is stated and `<id>.prev` (or `.year_ago`) itself is not.
// So `X == X.prev * (1 + X.growth)` binds a monthly series as it binds a period-less id with a
// stated `.prev`. In a document with a period, an id without a period segment is the figure of
// that period: `ea19.exports.year_ago` names `ea19.2018-09.exports` in September 2019.
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "figures/figures.hpp"

namespace crossfoot {

std::vector<std::string> split_id(const std::string& id);
std::string join_id(const std::vector<std::string>& segments, std::size_t from = 0,
                    std::size_t to = std::string::npos);

// A multimap from keys (views into ids the index keeps) to values in the order they were
// added, held as one array of values and, per key, its slice: no vector per key (a figures
// file of 300,000 ids has 300,000 distinct "last two segments").
template <class V>
class grouped_index {
 public:
  /// Before finish only.
  void add(std::string_view key, V value) { pending_.emplace_back(key, std::move(value)); }
  void finish();
  std::span<const V> find(std::string_view key) const {
    auto it = slices_.find(key);
    if (it == slices_.end()) return {};
    return {values_.data() + it->second.first, it->second.second};
  }

 private:
  std::vector<std::pair<std::string_view, V>> pending_;
  std::unordered_map<std::string_view, std::pair<std::uint32_t, std::uint32_t>> slices_;
  std::vector<V> values_;
};

class figure_index {
 public:
  explicit figure_index(const figure_set& figures);

  /// The stated figure an id names, directly or through a period alias; nullptr if none.
  const figure* find(const std::string& id) const;
  /// The id of the stated figure `id` names: itself unless it is a period alias.
  const std::string& canonical(const std::string& id) const;
  /// Entries (stated ids, then aliases) whose last segment is `last` (and, when given, whose
  /// one before is `before`), in the order of the entries.
  std::span<const std::uint32_t> ending_with(const std::string& last,
                                             const std::string& before = "") const;
  /// Next segments after `prefix` over all stated ids and aliases, in order of first
  /// appearance: "region" -> {"east", "west"}.
  std::span<const std::string_view> children(const std::string& prefix) const;
  /// The id of entry `i`: a stated id for i < figures, an alias after them.
  const std::string& id_at(std::size_t i) const {
    const std::size_t stated = figures_.figures.size();
    return i < stated ? figures_.figures[i].id : alias_ids_[i - stated];
  }
  std::size_t size() const { return figures_.figures.size() + alias_ids_.size(); }
  /// The document's own period: the period of ids without a period segment.
  const std::optional<period>& document_period() const { return figures_.document.period; }
  /// Whether `id` is a period alias rather than a stated id.
  bool is_alias(const std::string& id) const { return aliases_.count(id) > 0; }

 private:
  void add_entry(const std::string& id, std::size_t at,
                 std::unordered_set<std::string_view>& known);
  void add_period_aliases(std::unordered_set<std::string_view>& known);

  // The index refers to the ids (views) rather than copying them: the figure set must stay
  // where it is while the index lives (it always did: `figures_` is a reference).
  const figure_set& figures_;
  std::deque<std::string> alias_ids_;  // entry figures + i; a deque keeps them in place
  std::unordered_map<std::string_view, std::size_t> aliases_;  // alias -> position in figures
  grouped_index<std::uint32_t> by_last_, by_last_two_;
  grouped_index<std::string_view> children_;
};

}  // namespace crossfoot
