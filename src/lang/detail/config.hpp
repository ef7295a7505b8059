#pragma once
// The one iterator, skipper and context the rules grammar is instantiated for (grammar.cpp).
// parser.cpp must call it with exactly these, or the link fails on parse_rule.
#include <boost/spirit/home/x3.hpp>
#include <functional>
#include <string>

#include "core/source.hpp"

namespace crossfoot::rules_grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// White space and comments from # to the end of the line separate tokens.
inline auto const skipper = x3::ascii::space | x3::lexeme['#' >> *(x3::char_ - x3::eol)];
using skipper_type = std::remove_const_t<decltype(skipper)>;

/// Lets semantic actions turn iterators into source ranges.
struct position_info {
  source_ptr source;
  const char* base = nullptr;
  source_range range(const char* first, const char* last) const {
    return {source, static_cast<std::size_t>(first - base), static_cast<std::size_t>(last - base)};
  }
};

/// The first expectation failure: where, and what was expected (a rule's name).
struct parse_failure {
  bool failed = false;
  const char* where = nullptr;
  std::string which;
};

struct position_tag;
struct failure_tag;

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<
    position_tag, std::reference_wrapper<position_info>,
    x3::context<failure_tag, std::reference_wrapper<parse_failure>, phrase_context_type>>;

}  // namespace crossfoot::rules_grammar
