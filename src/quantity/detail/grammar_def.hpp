#pragma once
// Definitions of the quantity grammar. Include only from the one translation unit that
// instantiates the rules (grammar.cpp), or from a later grammar's own instantiating unit
// that wants the pieces below (a draft reader scanning running text for quantities).
//
// The pieces are plain parsers whose semantic actions write into the enclosing rule's
// attribute (`_val`), which must be a quantity_ast or a unit_ast. Actions sit only on pieces
// that are complete once matched, so backtracking inside a rule never leaves half-written
// fields behind (a rule that fails as a whole may: reset the attribute before reusing it).
#include <algorithm>
#include <iterator>
#include <string_view>

#include <boost/spirit/home/x3.hpp>

#include "core/text.hpp"
#include "num/unit.hpp"
#include "quantity/detail/ast.hpp"
#include "quantity/detail/config.hpp"
#include "quantity/detail/grammar.hpp"
#include "quantity/lexicon.hpp"

namespace crossfoot::quantity_grammar {

namespace pieces {

using quantity_detail::unit_part;
using quantity_detail::unit_words_kind;
using x3::lit;

// Char classes use the ascii encoding: it rejects bytes >= 0x80 before classifying them, so
// UTF-8 text never reaches the <cctype> functions (the standard encoding asserts on them).
inline const auto digit = x3::ascii::digit;
inline const auto letter = x3::ascii::alpha;

// White space inside a quantity: blanks, no-break space, thin space, narrow no-break space.
inline const auto space_char =
    lit(' ') | lit('\t') | lit("\xC2\xA0") | lit("\xE2\x80\x89") | lit("\xE2\x80\xAF");
inline const auto ws = *space_char;
inline const auto gap = +space_char;
inline const auto word_end = !letter;

inline auto word(const char* text) {
  return x3::no_case[lit(text)];
}
inline auto keyword(const char* text) {
  return word(text) >> word_end;
}

// as<T>[p]: parses p straight into a T. X3 gives an alternative of identical attributes a
// variant of them; a rule with a declared attribute makes each branch write the T itself.
template <typename T>
struct as_directive {
  template <typename Parser>
  auto operator[](const Parser& parser) const {
    return x3::rule<struct as_id, T>{"as"} = x3::as_parser(parser);
  }
};
template <typename T>
inline const as_directive<T> as{};

inline std::string_view view(const boost::iterator_range<iterator_type>& range) {
  return {range.begin(), static_cast<std::size_t>(range.end() - range.begin())};
}

// ---- the lexicon's words -----------------------------------------------------------------

// The grammar's symbol tables are the lexicon's rows of a class (quantity/lexicon.hpp), so a
// currency or scale word is added in one place and every reader knows it. Words of letters
// match in any case; signs ("€", "$") match as written (no_case would hand their bytes to
// <cctype>).
template <typename T, typename Value>
x3::symbols<T> lexicon_symbols(lexicon::word_class c, bool letters, Value value,
                               lexicon::word_class unless = lexicon::word_class::count) {
  x3::symbols<T> table;
  for (const lexicon::entry* e : lexicon::of_class(c)) {
    if (unless != lexicon::word_class::count && e->is(unless)) continue;
    if (is_ascii_letter(e->text.front()) == letters) table.add(std::string(e->text), value(*e));
  }
  return table;
}
inline std::string currency_code(const lexicon::entry& e) {
  return std::string(e.currency);
}
inline int entry_number(const lexicon::entry& e) {
  return e.number;
}
inline int entry_sign(const lexicon::entry& e) {
  return e.sign;
}
using lexicon::word_class;

// ---- qualifier -------------------------------------------------------------------------

inline const auto qualifier_words =
    word("more") >> gap >> keyword("than") >> x3::attr(qualifier::more_than) |
    word("less") >> gap >> keyword("than") >> x3::attr(qualifier::less_than) |
    word("at") >> gap >> keyword("least") >> x3::attr(qualifier::at_least) |
    word("at") >> gap >> keyword("most") >> x3::attr(qualifier::at_most) |
    word("up") >> gap >> keyword("to") >> x3::attr(qualifier::at_most) |
    keyword("nearly") >> x3::attr(qualifier::nearly) |
    keyword("about") >> x3::attr(qualifier::about) |
    keyword("around") >> x3::attr(qualifier::about) |
    keyword("approximately") >> x3::attr(qualifier::about) |
    keyword("over") >> x3::attr(qualifier::more_than) |
    keyword("under") >> x3::attr(qualifier::less_than);

inline const auto set_qualifier = [](auto& ctx) { x3::_val(ctx).qual = x3::_attr(ctx); };
inline const auto qualifier_part = as<qualifier>[qualifier_words][set_qualifier];

// ---- sign, currency before the number ----------------------------------------------------

inline const auto push_sign = [](auto& ctx) {
  x3::_val(ctx).signs.push_back(view(x3::_attr(ctx)));
};
// U+2212 MINUS SIGN is what typeset statistics use; "(-)1,108.5" and "(+)" are how some
// agencies' tables sign a cell (INEGI, India's trade tables).
inline const auto sign_part =
    x3::raw[lit("(-)") | lit("(+)") | lit('-') | lit('+') | lit("\xE2\x88\x92")][push_sign];

inline const x3::symbols<std::string> currency_codes =
    lexicon_symbols<std::string>(word_class::currency_before, true, currency_code);
inline const x3::symbols<std::string> currency_signs =
    lexicon_symbols<std::string>(word_class::currency_before, false, currency_code);

// The ISO 4217 codes the lexicon has no word for (num/unit.hpp's currency_codes), read as a
// release prints them: in capitals, a word of their own ("KZT 1.2 trillion", "4.5 billion
// GHS"). Not the codes the lexicon says are words or abbreviations (class not_a_currency), as
// a heading's "TOP 10" or an "SDG 17" is no amount of money.
inline x3::symbols<std::string> make_iso_codes() {
  x3::symbols<std::string> table;
  for (std::string_view code : crossfoot::currency_codes()) {
    if (!lexicon::is(ascii_lower(code), word_class::not_a_currency))
      table.add(std::string(code), std::string(code));
  }
  return table;
}
inline const x3::symbols<std::string> iso_codes = make_iso_codes();

// Positions always come from raw[]: X3's _where in Boost 1.74 is the text after the match.
inline const auto set_prefix_currency = [](auto& ctx) {
  unit_part(x3::_val(ctx)).prefix_currency = x3::_attr(ctx);
};
inline const auto set_prefix_text = [](auto& ctx) {
  unit_part(x3::_val(ctx)).prefix_text = view(x3::_attr(ctx));
};
// A code of letters is one only where its word ends: "RSD" is no rupee's "Rs" before a "D". The
// look-ahead tries that first, as X3 leaves in the string what a failed alternative wrote to it
// ("INRRSD").
inline const auto code_word =
    &(x3::no_case[currency_codes] >> word_end) >> x3::no_case[currency_codes];
inline const auto currency_prefix =
    x3::raw[as<std::string>[code_word | iso_codes >> word_end | currency_signs]
                           [set_prefix_currency]][set_prefix_text];

// ---- number ------------------------------------------------------------------------------

inline const auto set_integer = [](auto& ctx) {
  x3::_val(ctx).integer_text = view(x3::_attr(ctx));
};
inline const auto set_fraction = [](auto& ctx) {
  x3::_val(ctx).fraction_text = view(x3::_attr(ctx));
};

// Thousands separators: comma or any of the spaces. A group is exactly three digits, so
// "1,23" stops after "1" and the leftover ",23" is reported.
inline const auto group_separator = lit(',') | space_char;
inline const auto grouped_integer = x3::repeat(1, 3)[digit] >>
                                    +(group_separator >> x3::repeat(3)[digit] >> !digit);
inline const auto integer_part = x3::raw[grouped_integer | +digit][set_integer];
inline const auto fraction_part = lit('.') >> x3::raw[+digit][set_fraction];
inline const auto number_part = integer_part >> -fraction_part;

// ---- scale -------------------------------------------------------------------------------

// "m" is a scale only glued to the number ("1.2m"); "1.2 m" counts metres.
inline const x3::symbols<int> scale_names =
    lexicon_symbols<int>(word_class::scale, true, entry_number, word_class::glued_scale);
inline const x3::symbols<int> glued_scale_names =
    lexicon_symbols<int>(word_class::glued_scale, true, entry_number);

inline const auto set_scale = [](auto& ctx) {
  unit_part(x3::_val(ctx)).scale_exp = x3::_attr(ctx);
};
inline const auto set_scale_text = [](auto& ctx) {
  unit_part(x3::_val(ctx)).scale_text = view(x3::_attr(ctx));
};
// Plural scales name the scale of a unit row only ("Billions of dollars"), never a number's.
inline const auto scale_word =
    x3::raw[(as<int>[x3::no_case[scale_names]] >> word_end)[set_scale]][set_scale_text];
inline const auto glued_scale =
    x3::raw[(as<int>[x3::no_case[glued_scale_names]] >> word_end)[set_scale]][set_scale_text];
inline const auto scale_after_number = ws >> scale_word | glued_scale;

// ---- unit words after the number ---------------------------------------------------------

inline const x3::symbols<std::string> currency_names =
    lexicon_symbols<std::string>(word_class::currency_after, true, currency_code);
inline const x3::symbols<std::string> currency_signs_after =
    lexicon_symbols<std::string>(word_class::currency_after, false, currency_code);
// Deficit and surplus: the sign an amount takes from the word after it ("€5.0 bn deficit").
inline const x3::symbols<int> sign_names = lexicon_symbols<int>(word_class::sign, true, entry_sign);

inline const auto point_word = word("points") | word("point") | word("pts") | word("pt");
inline const auto per_cent = word("per") >> gap >> word("cent");
// "0.3%p": percentage points as Korean and Japanese releases write them; "0.7 p. p.", "0.7 p.p."
// as Central European releases abbreviate them.
inline const auto points_abbreviated = lit("p.") >> -gap >> lit("p.");
inline const auto points_words =
    (word("pp") | lit("%p") | points_abbreviated | word("percentage") >> gap >> point_word |
     (word("percent") | per_cent) >> gap >> point_word) >>
    word_end;
inline const auto percent_words = lit('%') | (word("percent") | per_cent) >> word_end;

template <unit_words_kind kind>
inline const auto set_words = [](auto& ctx) {
  unit_part(x3::_val(ctx)).words = kind;
  unit_part(x3::_val(ctx)).words_text = view(x3::_attr(ctx));
};
inline const auto set_suffix_currency = [](auto& ctx) {
  unit_part(x3::_val(ctx)).suffix_currency = x3::_attr(ctx);
};
inline const auto push_counted_word = [](auto& ctx) {
  unit_part(x3::_val(ctx)).counted_words.push_back(view(x3::_attr(ctx)));
};

inline const auto set_sign_word = [](auto& ctx) { x3::_val(ctx).sign_word = x3::_attr(ctx); };
inline const auto set_sign_word_text = [](auto& ctx) {
  x3::_val(ctx).sign_word_text = view(x3::_attr(ctx));
};
inline const auto sign_keyword = x3::no_case[sign_names] >> word_end;
inline const auto sign_word = x3::raw[as<int>[sign_keyword][set_sign_word]][set_sign_word_text];

// A counted thing: words of letters, hyphens allowed inside ("twenty-foot"); a sign word
// after the amount is not one ("€5.0 bn deficit").
inline const auto counted_word =
    x3::raw[!sign_keyword >> +letter >> *(lit('-') >> +letter)][push_counted_word];
inline const auto counted_words = counted_word >> *(gap >> counted_word);

// A currency written after the number or its scale: "5 euros", "5 bn €" (a sign only when no
// number follows it, as "5 €6" is two amounts).
inline const auto currency_after =
    x3::raw[(x3::no_case[currency_names] >> word_end)[set_suffix_currency]]
           [set_words<unit_words_kind::currency>] |
    x3::raw[(iso_codes >> word_end)[set_suffix_currency]][set_words<unit_words_kind::currency>] |
    x3::raw[(currency_signs_after >> !(ws >> digit))[set_suffix_currency]]
           [set_words<unit_words_kind::currency>];

inline const auto unit_words = x3::raw[points_words][set_words<unit_words_kind::points>] |
                               x3::raw[percent_words][set_words<unit_words_kind::percent>] |
                               x3::raw[keyword("times")][set_words<unit_words_kind::times>] |
                               currency_after |
                               x3::raw[counted_words][set_words<unit_words_kind::counted>];

// A table's unit row names its scale in the plural: "Billions of dollars", "Millions of euros".
inline const x3::symbols<int> plural_scale_names =
    lexicon_symbols<int>(word_class::plural_scale, true, entry_number);
inline const auto plural_scale =
    x3::raw[(as<int>[x3::no_case[plural_scale_names]] >> word_end)[set_scale]][set_scale_text];
inline const auto scale_of_currency = plural_scale >> gap >> keyword("of") >> gap >> currency_after;

// ---- whole quantities --------------------------------------------------------------------

inline const auto prelude = -(qualifier_part >> ws) >> -(sign_part >> ws) >>
                            -(currency_prefix >> ws) >> -(sign_part >> ws);
inline const auto after_number = -scale_after_number >> -(ws >> unit_words) >> -(ws >> sign_word);

}  // namespace pieces

const quantity_text_type quantity_text_rule = "quantity";
const unit_text_type unit_text_rule = "unit";
const qualifier_text_type qualifier_text_rule = "qualifier";
const prose_quantity_type prose_quantity_rule = "quantity in prose";

// The one expectation point: once the qualifier, sign and currency are read, a number must
// follow. The thrown expectation_failure is caught in grammar.cpp.
const auto quantity_text_rule_def = pieces::ws >> pieces::prelude >
                                    (pieces::number_part >> pieces::after_number >> pieces::ws);
// A unit row may glue the scale to the sign: "$m", "£m" (a table's "$m" column).
const auto unit_text_rule_def = pieces::ws >>
                                (pieces::scale_of_currency >> pieces::ws |
                                 -(pieces::currency_prefix >> -pieces::glued_scale >> pieces::ws) >>
                                     -(pieces::scale_word >> pieces::ws) >>
                                     -(pieces::unit_words >> pieces::ws));
const auto qualifier_text_rule_def =
    pieces::ws >> pieces::as<qualifier>[pieces::qualifier_words] >> pieces::ws;

// In prose a currency after the number is a word ("12.4 billion euros"); a sign there belongs
// to the next amount more often than to this one.
const auto prose_unit_words =
    x3::raw[pieces::points_words][pieces::set_words<pieces::unit_words_kind::points>] |
    x3::raw[pieces::percent_words][pieces::set_words<pieces::unit_words_kind::percent>] |
    x3::raw[pieces::keyword("times")][pieces::set_words<pieces::unit_words_kind::times>] |
    x3::raw[(x3::no_case[pieces::currency_names] >> pieces::word_end)[pieces::set_suffix_currency]]
           [pieces::set_words<pieces::unit_words_kind::currency>] |
    x3::raw[(pieces::iso_codes >> pieces::word_end)[pieces::set_suffix_currency]]
           [pieces::set_words<pieces::unit_words_kind::currency>];
const auto prose_quantity_rule_def = -(pieces::sign_part >> pieces::ws) >>
                                     -(pieces::currency_prefix >> pieces::ws) >>
                                     -(pieces::sign_part >> pieces::ws) >> pieces::number_part >>
                                     -pieces::scale_after_number >>
                                     -(pieces::ws >> prose_unit_words);

BOOST_SPIRIT_DEFINE(quantity_text_rule, unit_text_rule, qualifier_text_rule, prose_quantity_rule);

}  // namespace crossfoot::quantity_grammar
