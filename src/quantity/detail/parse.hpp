#pragma once
// The X3-free entry points into the quantity grammar, implemented in grammar.cpp (the only
// translation unit that compiles the grammar).
#include <cstddef>
#include <optional>
#include <string_view>

#include "quantity/detail/ast.hpp"

namespace crossfoot::quantity_detail {

/// How far a parse got. `matched` is false only when the text has no number where one must
/// be; `offset` is then where it was expected. Otherwise `offset` is the first byte not
/// consumed (text.size() when the whole text was read).
struct parse_stop {
  bool matched = false;
  std::size_t offset = 0;
};

/// A whole quantity string, with white space around it.
parse_stop parse_quantity_text(std::string_view text, quantity_ast& out);
/// A unit on its own ("RMB trillion", "%"); every part is optional, so this always matches.
parse_stop parse_unit_text(std::string_view text, unit_ast& out);
/// A quantity in prose starting exactly at text[at]: where it ends, or nullopt.
std::optional<std::size_t> parse_prose_quantity(std::string_view text, std::size_t at,
                                                quantity_ast& out);
/// A qualifier on its own, with white space around it; nullopt unless the whole text is one.
std::optional<qualifier> parse_qualifier_text(std::string_view text);

/// Gives a parsed quantity its meaning: number, sign and unit. `text` is the string the AST's
/// views point into. Shared by parse_quantity and grammars that find quantities in prose.
std::optional<quantity> interpret_quantity(const quantity_ast& ast, std::string_view text,
                                           quantity_error& error);

}  // namespace crossfoot::quantity_detail
