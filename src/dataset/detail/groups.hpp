#pragma once
// Rules across rows of a records dataset, run once the whole file is read: aggregates over a
// key (`mean(exports by country)`), key uniqueness (`unique(country, year, product)`) and
// periods (`prev(x)`, `growth(x)`, `year_ago(x)`, `sum(months(x))`). Every term is computed
// from the kept columns and fed to the rule's program batch by batch, so a rule across rows is
// the same program, and gives the same verdicts and findings, as a rule on one row.
#include <cstdint>
#include <functional>
#include <vector>

#include "dataset/detail/cross_row.hpp"

namespace crossfoot::dataset_detail {

/// Rows numbered by the codes of some columns: each row's group in [0, groups()). While the
/// combinations of codes are at most `max_direct`, a row's group is its packed key itself
/// (key_layout, by locality): nothing is stored per row, and a block's groups are made a
/// column at a time. Otherwise groups are stored per row, numbered in order of first
/// appearance. Either way a group holds exactly the rows with its codes.
class grouping {
 public:
  grouping() = default;
  grouping(const table& t, const std::vector<int>& columns, std::uint64_t max_direct);
  std::uint32_t groups() const { return groups_; }
  /// Rows in group `id` (none for a direct group whose codes no row has).
  std::uint32_t size(std::uint32_t id) const { return size_[id]; }
  std::uint32_t id(std::size_t row) const;
  /// The groups of rows [first, first + n), into out.
  void ids(std::size_t first, std::size_t n, std::uint32_t* out) const;
  /// The groups of the lanes' rows, into out.
  void ids(lane_rows rows, std::size_t n, std::uint32_t* out) const;
  bool direct() const { return direct_; }

 private:
  void number_rows(const table& t, const std::vector<int>& columns);
  key_layout keys_;
  bool direct_ = false;
  std::vector<std::uint32_t> id_;    // per row, unless direct
  std::vector<std::uint32_t> size_;  // rows per group
  std::uint32_t groups_ = 0;
};

/// Checks every rule of the plan that has cross-row terms, adding to its tally and findings
/// (rows known, lines and text found later); up to `threads` rules at once.
void check_cross_row_rules(const dataset_spec& spec, const dataset_plan& plan, const table& t,
                           std::size_t kept_per_rule, int threads, std::vector<rule_tally>& tallies,
                           std::vector<pending_finding>& out,
                           const std::function<void()>& rule_done = {});

}  // namespace crossfoot::dataset_detail
