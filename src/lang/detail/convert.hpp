#pragma once
// From the grammar's AST to the public syntax tree: folds the per-precedence operator lists into
// binary nodes and comparison chains, and turns recorded positions into source ranges.
#include <optional>

#include "lang/detail/ast.hpp"
#include "lang/syntax.hpp"

namespace crossfoot::rules_grammar {

/// The deepest syntax tree the parser hands on: later stages walk it recursively.
constexpr int max_tree_depth = 256;

/// The code of a syntax error for an expression nested too deeply, while parsing (past
/// max_parse_depth) or once folded into a tree (past max_tree_depth).
constexpr const char* too_deep_code = "CF1016";

/// The code of a segment that starts like a period but is not one ("2019-13", "2019-9").
constexpr const char* bad_period_code = "CF1018";

/// The syntax tree of a parsed file; nullopt, with one diagnostic, when an expression is deeper
/// than max_tree_depth.
std::optional<syntax::rule_file> to_syntax(const ast::statements& statements,
                                           const ast::position_cache& positions,
                                           const source_ptr& source, diagnostics& diags);

/// The source of a check as one line: comments dropped, runs of white space made one space.
std::string one_line(std::string_view text);

}  // namespace crossfoot::rules_grammar
