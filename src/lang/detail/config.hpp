#pragma once
// The one iterator, skipper and context the rules grammar is instantiated for (grammar.cpp).
// parser.cpp must call it with exactly these, or the link fails with an undefined parse_rule.
#include <boost/spirit/home/x3.hpp>
#include <functional>
#include <string>
#include <vector>

#include "lang/detail/ast.hpp"

namespace crossfoot::rules_grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// White space and comments from # to the end of the line separate tokens. ASCII classes: other
// bytes are not space, where the standard classes would assert on them.
inline auto const skipper = x3::ascii::space | x3::lexeme['#' >> *(x3::char_ - x3::eol)];
using skipper_type = std::remove_const_t<decltype(skipper)>;

using ast::position_cache;

/// What one parse learns besides the AST: the first expectation failure (where, and the name of
/// the rule that was expected), and how deep expressions nest right now.
struct parse_state {
  bool failed = false;
  iterator_type where = nullptr;
  std::string which;
  int depth = 0;
};

struct position_cache_tag;
struct parse_state_tag;

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<
    position_cache_tag, std::reference_wrapper<position_cache>,
    x3::context<parse_state_tag, std::reference_wrapper<parse_state>, phrase_context_type>>;

}  // namespace crossfoot::rules_grammar
