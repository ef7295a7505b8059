#pragma once
// A toml++-free copy of a parsed TOML document. toml++ stays inside toml_tree.cpp; the rest of
// the stage works on this tree, whose positions are already byte ranges in the figures file.
// Table entries come in toml++'s order (by key); callers order results by position.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source.hpp"

namespace crossfoot::figures_detail {

enum class node_kind { table, array, string, integer, floating, boolean, date_time };

struct toml_entry;

struct toml_node {
  node_kind kind = node_kind::table;
  // Strings: the decoded value. Numbers: the raw text as written ("548.30", "1_000").
  std::string text;
  double number = 0;  // integer and float values
  source_range where;
  std::vector<toml_entry> entries;  // tables, sorted by key
  std::vector<toml_node> items;     // arrays
  bool array_of_tables = false;

  bool is_number() const { return kind == node_kind::integer || kind == node_kind::floating; }
  const toml_node* get(const std::string& key) const;
};

struct toml_entry {
  std::string key;
  source_range key_where;
  toml_node value;
};

/// "string", "integer", "boolean", … for messages.
const char* kind_name(const toml_node& n);

/// Parses `file` as TOML. Syntax errors become one diagnostic with toml++'s message and place.
std::optional<toml_node> read_toml(const source_ptr& file, diagnostics& diags);

}  // namespace crossfoot::figures_detail
