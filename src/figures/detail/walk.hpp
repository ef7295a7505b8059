#pragma once
// Walks the TOML tree outside [document]: namespaces, figure tables, child figures and arrays
// of tables, producing one claim per value written.
#include <deque>
#include <string>

#include "core/diagnostic.hpp"
#include "figures/detail/claims.hpp"
#include "figures/detail/toml_tree.hpp"

namespace crossfoot::figures_detail {

struct walked_claim {
  std::string id;
  built_claim built;
};

// A deque, not a vector: a vector of 300,000 claims grown by doubling holds room for 524,288
// at its peak, and twice that while it grows; the claims are moved out of it by assemble.
using walked_claims = std::deque<walked_claim>;

/// Every claim of the file, in tree order; problems go to `diags` and skip that claim only.
walked_claims walk_figures(const toml_node& root, double slack, diagnostics& diags);

}  // namespace crossfoot::figures_detail
