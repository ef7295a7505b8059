#pragma once
// One claim from the keys of a figure table (or from a bare quantity key).
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "figures/detail/toml_tree.hpp"
#include "figures/figures.hpp"

namespace crossfoot::figures_detail {

/// The keys a figure table reserves for its own claim; every other key is a child.
bool is_reserved_key(const std::string& key);

struct claim_keys {
  std::string id;  // for messages
  const toml_node* value = nullptr;
  const toml_node* unit = nullptr;
  const toml_node* precision = nullptr;
  const toml_node* qualifier = nullptr;
  const toml_node* quote = nullptr;
  const toml_node* note = nullptr;
  const toml_node* anchor = nullptr;  // instead of value: where the draft gives it
  const toml_node* pick = nullptr;
};

/// The reserved keys of a figure table.
claim_keys keys_of(const std::string& id, const toml_node& table);

struct built_claim {
  claim c;
  source_range quote_where;  // where a "quote not found" warning points
};

/// Builds the claim, reporting every problem it finds; nullopt if any was an error. A claim
/// with an anchor is built unbound (see anchor_ref).
std::optional<built_claim> build_claim(const claim_keys& keys, double slack, diagnostics& diags);

/// The place in a string value's text that a byte offset of its decoded value points at, or
/// the whole value when escapes make the two differ.
source_range inside_string(const toml_node& s, std::size_t offset);

}  // namespace crossfoot::figures_detail
