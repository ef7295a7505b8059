#pragma once
// The draft grammar: the quantity grammar's pieces, reassembled for running text, plus the
// numbers editors write in words. Include only from extract/grammar.cpp.
#include <boost/spirit/home/x3.hpp>

#include "extract/detail/grammar.hpp"
#include "quantity/detail/grammar_def.hpp"

namespace crossfoot::extract_grammar {

namespace x3 = boost::spirit::x3;
namespace q = quantity_grammar::pieces;
using extract_detail::word_form;

struct word_ast {
  word_form form = word_form::cardinal;
  double count = 0;  // the cardinal, or the numerator of a fraction or ratio
  double per = 1;    // the denominator of a fraction or ratio
};

// ---- digits ------------------------------------------------------------------------------

// Counted things are left to the caller: after a number in prose, the next words are as often
// the rest of the sentence ("17,000 trains and delivered") as its unit.
inline const auto fixed_unit_words =
    x3::raw[q::points_words][q::set_words<quantity_detail::unit_words_kind::points>] |
    x3::raw[q::percent_words][q::set_words<quantity_detail::unit_words_kind::percent>] |
    x3::raw[q::keyword("times")][q::set_words<quantity_detail::unit_words_kind::times>] |
    x3::raw[(x3::no_case[q::currency_names] >> q::word_end)[q::set_suffix_currency]]
           [q::set_words<quantity_detail::unit_words_kind::currency>];

using number_rule_type = x3::rule<struct number_class, quantity_detail::quantity_ast>;
inline const number_rule_type number_rule = "number";
inline const auto number_rule_def = -(q::sign_part >> q::ws) >> -(q::currency_prefix >> q::ws) >>
                                    -(q::sign_part >> q::ws) >> q::number_part >>
                                    -q::scale_after_number >> -(q::ws >> fixed_unit_words);

// ---- words -------------------------------------------------------------------------------

inline const x3::symbols<double> cardinal_words(
    {{"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
     {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
     {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
     {"eighty", 80},  {"ninety", 90}},
    "number word");
inline const x3::symbols<double> fraction_words({{"halves", 2},
                                                 {"half", 2},
                                                 {"thirds", 3},
                                                 {"third", 3},
                                                 {"quarters", 4},
                                                 {"quarter", 4},
                                                 {"fifths", 5},
                                                 {"fifth", 5},
                                                 {"tenths", 10},
                                                 {"tenth", 10}},
                                                "fraction word");
inline const x3::symbols<double> multiple_words(
    {{"doubled", 2}, {"tripled", 3}, {"quadrupled", 4}, {"halved", 0.5}}, "multiple word");
inline const x3::symbols<double> digit_class_words(
    {{"single-digit", 1}, {"double-digit", 10}, {"triple-digit", 100}}, "digit class");

template <word_form form>
inline const auto set_form = [](auto& ctx) { x3::_val(ctx).form = form; };
inline const auto set_count = [](auto& ctx) { x3::_val(ctx).count = x3::_attr(ctx); };
// Inside an optional, X3 may hand an action its attribute as an optional.
inline double number_of(double d) {
  return d;
}
inline double number_of(const boost::optional<double>& d) {
  return d.value_or(0);
}
inline const auto add_count = [](auto& ctx) { x3::_val(ctx).count += number_of(x3::_attr(ctx)); };
inline const auto set_per = [](auto& ctx) { x3::_val(ctx).per = x3::_attr(ctx); };
inline const auto set_one = [](auto& ctx) { x3::_val(ctx).count = 1; };

inline const auto cardinal =
    x3::no_case[cardinal_words][set_count] >>
    -(x3::lit('-') >> x3::no_case[cardinal_words][add_count]) >> q::word_end;
inline const auto article = (q::keyword("a") | q::keyword("an") | q::keyword("one"))[set_one];
inline const auto fraction_word = x3::no_case[fraction_words][set_per] >> q::word_end;
inline const auto joiner = x3::lit('-') | q::gap;

inline const auto ratio = cardinal >> q::gap >> (q::keyword("out") >> q::gap >> q::keyword("of") >>
                                                     q::gap >> -(q::keyword("every") >> q::gap) |
                                                 q::keyword("in") >> q::gap) >>
                          x3::no_case[cardinal_words][set_per] >> q::word_end;
inline const auto fraction =
    (cardinal >> joiner >> fraction_word | article >> joiner >> fraction_word |
     x3::eps[set_one] >> q::keyword("half") >> x3::attr(2.0)[set_per]);

using words_rule_type = x3::rule<struct words_class, word_ast>;
inline const words_rule_type words_rule = "number in words";
inline const auto words_rule_def =
    (x3::no_case[digit_class_words][set_count] >> q::word_end)[set_form<word_form::digit_class>] |
    (x3::no_case[multiple_words][set_count] >> q::word_end)[set_form<word_form::multiple>] |
    ratio[set_form<word_form::ratio>] | fraction[set_form<word_form::fraction>] |
    cardinal[set_form<word_form::cardinal>];

BOOST_SPIRIT_DEFINE(number_rule, words_rule);

}  // namespace crossfoot::extract_grammar
