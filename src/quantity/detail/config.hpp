#pragma once
// The one iterator and context the quantity rules are instantiated for (grammar.cpp). A
// caller of these rules must parse with exactly these types, or get a linker error about
// parse_rule: x3::parse over const char* with no skipper and no `with<>` context.
#include <boost/spirit/home/x3.hpp>

namespace crossfoot::quantity_grammar {

using iterator_type = const char*;
using context_type = boost::spirit::x3::unused_type;

}  // namespace crossfoot::quantity_grammar
