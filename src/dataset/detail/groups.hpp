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

/// Rows numbered by the codes of some columns: id[row] in [0, groups), numbered in order of
/// first appearance.
struct grouping {
  std::vector<std::uint32_t> id;
  std::vector<std::uint32_t> size;  // rows per group
  std::uint32_t groups = 0;
};
grouping group_rows(const table& t, const std::vector<int>& columns);

/// Checks every rule of the plan that has cross-row terms, adding to its tally and findings
/// (rows known, lines and text found later); up to `threads` rules at once.
void check_cross_row_rules(const dataset_spec& spec, const dataset_plan& plan, const table& t,
                           std::size_t kept_per_rule, int threads, std::vector<rule_tally>& tallies,
                           std::vector<pending_finding>& out,
                           const std::function<void()>& rule_done = {});

}  // namespace crossfoot::dataset_detail
