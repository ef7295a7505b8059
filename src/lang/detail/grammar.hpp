#pragma once
// The rules grammar's entry rule, defined in grammar_def.hpp and instantiated once in
// grammar.cpp. Including this header costs no grammar instantiation.
#include "lang/detail/ast.hpp"
#include "lang/detail/config.hpp"

namespace crossfoot::rules_grammar {

/// Parentheses, calls, unary minus, `not` and `^` nest at most this deep. Each level costs a few
/// kilobytes of stack (about 30 KB under AddressSanitizer), so the limit keeps hostile input
/// from exhausting the stack; no real rule comes near it.
constexpr int max_parse_depth = 100;
/// The rule name an expectation failure reports when max_parse_depth is exceeded.
constexpr const char* nesting_limit = "nesting limit";

struct rule_file_class;
using rule_file_type = x3::rule<rule_file_class, ast::statements>;
BOOST_SPIRIT_DECLARE(rule_file_type)

rule_file_type const& rule_file_parser();

}  // namespace crossfoot::rules_grammar
