// The one translation unit that compiles the quantity grammar: it instantiates the rules for
// config.hpp's iterator and context, and runs them for quantity.cpp (which stays X3-free).
#include <boost/spirit/home/x3.hpp>

#include "quantity/detail/config.hpp"
#include "quantity/detail/grammar_def.hpp"
#include "quantity/detail/parse.hpp"

namespace crossfoot {
namespace quantity_grammar {

BOOST_SPIRIT_INSTANTIATE(quantity_text_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(unit_text_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_text_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(prose_quantity_type, iterator_type, context_type)

const quantity_text_type& quantity_text() {
  return quantity_text_rule;
}
const unit_text_type& unit_text() {
  return unit_text_rule;
}
const qualifier_text_type& qualifier_text() {
  return qualifier_text_rule;
}
const prose_quantity_type& prose_quantity() {
  return prose_quantity_rule;
}

}  // namespace quantity_grammar

namespace quantity_detail {

namespace {

std::size_t offset_in(std::string_view text, const char* at) {
  return static_cast<std::size_t>(at - text.data());
}

}  // namespace

parse_stop parse_quantity_text(std::string_view text, quantity_ast& out) {
  const char* first = text.data();
  const char* const last = text.data() + text.size();
  try {
    const bool matched =
        boost::spirit::x3::parse(first, last, quantity_grammar::quantity_text(), out);
    return {matched, offset_in(text, first)};
  } catch (const boost::spirit::x3::expectation_failure<const char*>& failure) {
    // The grammar's only expectation point is the number.
    return {false, offset_in(text, failure.where())};
  }
}

parse_stop parse_unit_text(std::string_view text, unit_ast& out) {
  const char* first = text.data();
  const char* const last = text.data() + text.size();
  const bool matched = boost::spirit::x3::parse(first, last, quantity_grammar::unit_text(), out);
  return {matched, offset_in(text, first)};
}

std::optional<std::size_t> parse_prose_quantity(std::string_view text, std::size_t at,
                                                quantity_ast& out) {
  const char* first = text.data() + at;
  const char* const last = text.data() + text.size();
  if (!boost::spirit::x3::parse(first, last, quantity_grammar::prose_quantity(), out))
    return std::nullopt;
  return offset_in(text, first);
}

std::optional<qualifier> parse_qualifier_text(std::string_view text) {
  const char* first = text.data();
  const char* const last = text.data() + text.size();
  qualifier result = qualifier::none;
  if (!boost::spirit::x3::parse(first, last, quantity_grammar::qualifier_text(), result) ||
      first != last) {
    return std::nullopt;
  }
  return result;
}

}  // namespace quantity_detail
}  // namespace crossfoot
