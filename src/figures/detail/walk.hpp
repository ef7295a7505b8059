#pragma once
// Walks the TOML tree outside [document]: namespaces, figure tables, child figures and arrays
// of tables, producing one claim per value written.
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "figures/detail/claims.hpp"
#include "figures/detail/toml_tree.hpp"

namespace crossfoot::figures_detail {

struct walked_claim {
  std::string id;
  built_claim built;
};

/// Every claim of the file, in tree order; problems go to `diags` and skip that claim only.
std::vector<walked_claim> walk_figures(const toml_node& root, double slack, diagnostics& diags);

}  // namespace crossfoot::figures_detail
