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
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "figures/figures.hpp"

namespace crossfoot {

std::vector<std::string> split_id(const std::string& id);
std::string join_id(const std::vector<std::string>& segments, std::size_t from = 0,
                    std::size_t to = std::string::npos);

class figure_index {
 public:
  explicit figure_index(const figure_set& figures);

  /// The stated figure an id names, directly or through a period alias; nullptr if none.
  const figure* find(const std::string& id) const;
  /// The id of the stated figure `id` names: itself unless it is a period alias.
  const std::string& canonical(const std::string& id) const;
  /// Entries (stated ids, then aliases) whose last segment is `last` (and, when given, whose
  /// one before is `before`).
  const std::vector<std::size_t>& ending_with(const std::string& last,
                                              const std::string& before = "") const;
  /// Next segments after `prefix` over all stated ids and aliases: "region" -> {"east", "west"}.
  const std::vector<std::string>& children(const std::string& prefix) const;
  /// The id of entry `i`: a stated id for i < figures, an alias after them.
  const std::string& id_at(std::size_t i) const { return ids_[i]; }
  std::size_t size() const { return ids_.size(); }
  /// The document's own period: the period of ids without a period segment.
  const std::optional<period>& document_period() const { return figures_.document.period; }
  /// Whether `id` is a period alias rather than a stated id.
  bool is_alias(const std::string& id) const { return aliases_.count(id) > 0; }

 private:
  void add_entry(const std::string& id);
  void add_period_aliases();

  const figure_set& figures_;
  std::vector<std::string> ids_;
  std::unordered_map<std::string, std::size_t> aliases_;  // alias -> position in figures
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_two_;
  std::unordered_map<std::string, std::vector<std::string>> children_;
  std::unordered_set<std::string> known_;  // every id and id prefix entered so far
};

}  // namespace crossfoot
