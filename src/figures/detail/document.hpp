#pragma once
// The [document] table: title, source text, period, slack and rules of a figures file.
#include <string>

#include "core/diagnostic.hpp"
#include "figures/detail/toml_tree.hpp"
#include "figures/figures.hpp"

namespace crossfoot::figures_detail {

struct document_section {
  document_info info;
  source_range source_where;  // the `source` value, where warnings about the text point
};

/// A path written in the figures file, joined to the file's directory and lexically normalised:
/// "../text.txt" in "fixtures/a/figures.toml" is "fixtures/text.txt".
std::string resolve_path(const std::string& figures_path, const std::string& given);

/// Reads [document]; type errors are errors, unknown keys warnings.
document_section read_document(const toml_node& table, const std::string& figures_path,
                               diagnostics& diags);

}  // namespace crossfoot::figures_detail
