#pragma once
// Declarations of the quantity rules (definitions in grammar_def.hpp, instantiated once in
// grammar.cpp). Whitespace is significant inside a quantity ("1.2m" vs "1.2 m"), so these
// rules take no skipper.
#include <boost/spirit/home/x3.hpp>

#include "quantity/detail/ast.hpp"

namespace crossfoot::quantity_grammar {

namespace x3 = boost::spirit::x3;

struct quantity_text_class;
struct unit_text_class;
struct qualifier_text_class;
struct prose_quantity_class;

/// A whole quantity string with white space around it; throws x3::expectation_failure when
/// no number follows the qualifier, sign and currency.
using quantity_text_type = x3::rule<quantity_text_class, quantity_detail::quantity_ast>;
/// A unit on its own, with white space around it: "RMB trillion", "million vehicles", "%".
using unit_text_type = x3::rule<unit_text_class, quantity_detail::unit_ast>;
/// A qualifier on its own, with white space around it: "more than".
using qualifier_text_type = x3::rule<qualifier_text_class, qualifier>;

/// A quantity in running text, starting where the parse starts and ending where it stops:
/// sign, currency, number, scale and the fixed unit words (%, percentage points, times, a
/// currency word), without counted things (in prose the words after a number are as often the
/// rest of the sentence as its unit).
using prose_quantity_type = x3::rule<prose_quantity_class, quantity_detail::quantity_ast>;

BOOST_SPIRIT_DECLARE(quantity_text_type, unit_text_type, qualifier_text_type, prose_quantity_type);

const quantity_text_type& quantity_text();
const unit_text_type& unit_text();
const qualifier_text_type& qualifier_text();
const prose_quantity_type& prose_quantity();

}  // namespace crossfoot::quantity_grammar
