#pragma once
// Lookup structures over figure ids, so binding a pattern costs in proportion to its matches,
// not to the number of figures.
#include <string>
#include <unordered_map>
#include <vector>

#include "figures/figures.hpp"

namespace crossfoot {

std::vector<std::string> split_id(const std::string& id);
std::string join_id(const std::vector<std::string>& segments, std::size_t from = 0,
                    std::size_t to = std::string::npos);

class figure_index {
 public:
  explicit figure_index(const figure_set& figures);

  const figure* find(const std::string& id) const { return figures_.find(id); }
  /// Stated ids whose last segment is `last` (and, when given, whose one before is `before`).
  const std::vector<std::size_t>& ending_with(const std::string& last,
                                              const std::string& before = "") const;
  /// Next segments after `prefix` over all stated ids: "region" -> {"east", "west"}.
  const std::vector<std::string>& children(const std::string& prefix) const;
  const figure& at(std::size_t i) const { return figures_.figures[i]; }
  std::size_t size() const { return figures_.figures.size(); }

 private:
  const figure_set& figures_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_two_;
  std::unordered_map<std::string, std::vector<std::string>> children_;
};

}  // namespace crossfoot
