#pragma once
// Meaning of a parsed unit (X3-free): currency, scale and unit words to a `unit`, with the
// errors a grammar cannot express (two currencies, "RMB 5%", "5 million %").
#include <optional>
#include <string>
#include <string_view>

#include "quantity/detail/ast.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot::quantity_detail {

/// `text` is the string the AST's views point into (for error offsets).
std::optional<unit> make_unit(const unit_ast& ast, std::string_view text, quantity_error& error);

/// A counted thing's dimension name: each word lower case and singular (lexicon::singular),
/// joined by one space: "Standard Containers" → "standard container", "entities" → "entity",
/// "TEU" → "teu", "people" → "people".
std::string counted_dimension(const unit_ast& ast);

/// "'xyz'" for error messages: the text from `offset`, trailing blanks cut, long text elided.
std::string quote_rest(std::string_view text, std::size_t offset);

}  // namespace crossfoot::quantity_detail
