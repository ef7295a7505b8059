#pragma once
// The rules grammar. Included only by grammar.cpp, which instantiates it once.
//
// The grammar only builds the AST of ast.hpp; handlers on the rule IDs record positions and the
// first expectation failure. The rule names are what a failure reports as x.which(): parser.cpp
// maps them to messages and codes, so renaming a rule changes an error message.
#include "lang/detail/ast_adapted.hpp"
#include "lang/detail/handlers.hpp"

namespace crossfoot::rules_grammar {

using syntax::literal_kind;
using syntax::op;

// ---------------------------------------------------------------- tokens

// Plain decimal numbers: no sign (unary minus is an operator), no "inf" or "nan".
struct number_policies : x3::ureal_policies<double> {
  template <typename It, typename Attr>
  static bool parse_nan(It&, It const&, Attr&) {
    return false;
  }
  template <typename It, typename Attr>
  static bool parse_inf(It&, It const&, Attr&) {
    return false;
  }
};
inline x3::real_parser<double, number_policies> const number{};

inline auto const word_char = x3::ascii::alnum | x3::lit('_');

/// A whole word: "or" does not match the start of "order".
inline auto kw(char const* word) {
  return x3::lexeme[x3::lit(word) >> !word_char];
}

// Words that cannot start a name or a reference: they would make statements ambiguous.
inline auto const reserved =
    kw("and") | kw("or") | kw("not") | kw("within") | kw("rule") | kw("let") | kw("include");

inline x3::symbols<op> const comparison_op(
    {{"==", op::eq}, {"!=", op::ne}, {"<=", op::le}, {">=", op::ge}, {"<", op::lt}, {">", op::gt}});
inline x3::symbols<op> const additive_op({{"+", op::add}, {"-", op::sub}});
inline x3::symbols<op> const multiplicative_op({{"*", op::mul}, {"/", op::div}});
inline x3::symbols<syntax::rule_severity> const severity_words(
    {{"error", syntax::rule_severity::error},
     {"warning", syntax::rule_severity::warning},
     {"info", syntax::rule_severity::info}});

// ---------------------------------------------------------------- rule ids

// Positions are recorded for every rule; position_cache ignores nodes without position_tagged.
#define CROSSFOOT_RULE(name, attr, label)           \
  struct name##_class : annotate_position {};       \
  using name##_type = x3::rule<name##_class, attr>; \
  inline name##_type const name = label;

CROSSFOOT_RULE(identifier, std::string, "identifier")
CROSSFOOT_RULE(rule_name, ast::name, "rule name")
CROSSFOOT_RULE(let_name, ast::name, "let name")
CROSSFOOT_RULE(var_name, ast::name, "variable name")
CROSSFOOT_RULE(quoted, std::string, "quoted")
CROSSFOOT_RULE(closing_quote, x3::unused_type, "closing quote")
CROSSFOOT_RULE(quoted_path, std::string, "quoted path")
CROSSFOOT_RULE(colon_after_name, x3::unused_type, "':' after rule name")
CROSSFOOT_RULE(colon_after_vars, x3::unused_type, "':' after the variables")
CROSSFOOT_RULE(equals_after_let, x3::unused_type, "'=' after let name")
CROSSFOOT_RULE(each_after_for, x3::unused_type, "'each'")
CROSSFOOT_RULE(close_paren, x3::unused_type, "')'")
CROSSFOOT_RULE(close_bracket, x3::unused_type, "']'")
CROSSFOOT_RULE(unit_text, std::string, "unit")
CROSSFOOT_RULE(suffix, ast::suffix, "suffix")
CROSSFOOT_RULE(literal, ast::literal, "literal")
CROSSFOOT_RULE(tolerance, ast::literal, "tolerance")
CROSSFOOT_RULE(period_text, std::string, "period")
CROSSFOOT_RULE(segment, std::string, "segment after '.'")
CROSSFOOT_RULE(reference, ast::reference, "reference")
CROSSFOOT_RULE(arguments, std::vector<ast::op_list>, "arguments")
CROSSFOOT_RULE(by_column, ast::name, "column after 'by'")
CROSSFOOT_RULE(group_by, std::vector<ast::name>, "column after 'by'")
CROSSFOOT_RULE(equals_in_selector, x3::unused_type, "'=' after the column")
CROSSFOOT_RULE(code_text, std::string, "code after '='")
CROSSFOOT_RULE(close_selector, x3::unused_type, "']' after the codes")
CROSSFOOT_RULE(selector, ast::selector, "column = code")
CROSSFOOT_RULE(selected, ast::selected, "reference")
CROSSFOOT_RULE(call, ast::call, "call")
CROSSFOOT_RULE(group, ast::group, "group")
CROSSFOOT_RULE(primary, ast::operand, "expression")
CROSSFOOT_RULE(power_tail, ast::operation, "expression")
CROSSFOOT_RULE(power, ast::op_list, "expression")
CROSSFOOT_RULE(negative, ast::prefix, "expression")
CROSSFOOT_RULE(unary, ast::operand, "expression")
CROSSFOOT_RULE(multiplicative, ast::op_list, "expression")
CROSSFOOT_RULE(additive, ast::op_list, "expression")
CROSSFOOT_RULE(comparison, ast::op_list, "expression")
CROSSFOOT_RULE(logical_not, ast::prefix, "expression")
CROSSFOOT_RULE(negation, ast::operand, "expression")
CROSSFOOT_RULE(and_op, op, "and")
CROSSFOOT_RULE(conjunction, ast::op_list, "expression")
CROSSFOOT_RULE(or_op, op, "or")
CROSSFOOT_RULE(expression, ast::op_list, "expression")
CROSSFOOT_RULE(member, ast::reference, "member")
CROSSFOOT_RULE(members, std::vector<ast::reference>, "member")
CROSSFOOT_RULE(close_brace, x3::unused_type, "'}'")
CROSSFOOT_RULE(restriction, ast::restriction, "restriction after 'in'")
CROSSFOOT_RULE(var_decl, ast::var_decl, "variable name")
CROSSFOOT_RULE(for_each, std::vector<ast::var_decl>, "for each")
CROSSFOOT_RULE(rule_stmt, ast::rule_stmt, "rule")
CROSSFOOT_RULE(let_stmt, ast::let_stmt, "let")
CROSSFOOT_RULE(include_stmt, ast::include_stmt, "include")
CROSSFOOT_RULE(end_of_input, x3::unused_type, "statement")
#undef CROSSFOOT_RULE

struct rule_file_class : record_failure {};
inline rule_file_type const rule_file = "rules file";

// ---------------------------------------------------------------- names and strings

auto const identifier_def =
    x3::lexeme[(x3::ascii::alpha | x3::char_('_')) >> *(x3::ascii::alnum | x3::char_('_'))];
auto const rule_name_def = !reserved >> identifier;
auto const let_name_def = !reserved >> identifier;
auto const var_name_def = !reserved >> identifier;

auto const closing_quote_def = x3::lit('"');
auto const quoted_def = x3::lexeme['"' >> *(x3::char_ - '"' - x3::eol) > closing_quote];
auto const quoted_path_def = quoted;

auto const colon_after_name_def = x3::lit(':');
auto const colon_after_vars_def = x3::lit(':');
auto const equals_after_let_def = x3::lit('=') >> !x3::lit('=');
auto const each_after_for_def = kw("each");
auto const close_paren_def = x3::lit(')');
auto const close_bracket_def = x3::lit(']');

// ---------------------------------------------------------------- operands

auto const unit_text_def = x3::lexeme[+(x3::char_ - ']' - x3::eol)];
auto const no_text = x3::attr(std::string());
auto const suffix_def = (x3::lit('%') >> x3::attr(literal_kind::percent) >> no_text) |
                        (kw("pp") >> x3::attr(literal_kind::points) >> no_text) |
                        (x3::attr(literal_kind::level) >> '[' > unit_text > close_bracket) |
                        (x3::attr(literal_kind::number) >> no_text);
auto const literal_def = number >> suffix;
auto const tolerance_def = number >> suffix;

// A segment that starts with a digit: a period ("2019", "2019-Q3", "2019-09", and ranges
// "2019-01/2019-09" or "2019-01..2019-09"), or a numeric name ("8703"). The converter tells
// them apart (core/period.hpp); '-' and '/' inside it never mean arithmetic, so `x.2019-09` is
// the September figure and `x.2019 - 9` a subtraction.
auto const digit_word = x3::ascii::digit >> *(x3::ascii::alnum | x3::char_('_') | x3::char_('-'));
auto const four_digits = x3::repeat(4)[x3::ascii::digit];
auto const period_text_def =
    x3::raw[digit_word >> -((x3::lit('/') | x3::lit("..")) >> &four_digits >> digit_word)];
// A period may also be quoted, as a TOML key is: x."2019-01/2019-09".
auto const quoted_period = x3::lexeme['"' >> +(x3::char_ - '"' - x3::eol) >> '"'];
auto const segment_def = identifier | x3::string("*") | period_text | quoted_period;
auto const reference_def =
    !reserved >> x3::lexeme[(identifier | x3::string("*")) >> *('.' > segment)];

auto const arguments_def = expression > *(',' > expression);
// `mean(exports by country)`: `by` after the arguments names the grouping columns of a
// dataset aggregate. It is a keyword only there, so a column may still be called `by`.
auto const by_column_def = !reserved >> identifier;
auto const group_by_def = by_column > *(',' > by_column);
auto const call_def = !reserved >> identifier >> '(' > -arguments >
                      -(kw("by") > group_by) > close_paren;
auto const group_def = '(' > expression > close_paren;

// `exports[country = WORLD, year = 2019]`: the value of another row of a dataset, found by
// its key. A code is a word, a number or period ("01", "2019-Q3"), or quoted ("EU 27").
auto const equals_in_selector_def = x3::lit('=') >> !x3::lit('=');
auto const code_text_def = quoted | x3::lexeme[+(x3::ascii::alnum | x3::char_('_') |
                                                 x3::char_('-') | x3::char_('.') | x3::char_('/'))];
auto const selector_def = by_column > equals_in_selector > code_text;
auto const close_selector_def = x3::lit(']');
auto const selected_def = reference >> '[' > (selector % ',') > close_selector;

auto const primary_def = literal | call | selected | reference | group;

// ---------------------------------------------------------------- operators, by precedence

// `^` binds tighter than unary minus and is right-associative: its right operand is a unary.
auto const power_tail_def = x3::lit('^') >> x3::attr(op::pow) > unary;
auto const power_def = primary >> x3::repeat(0, 1)[power_tail];
auto const negative_def = x3::lit('-') >> x3::attr(op::neg) > unary;
auto const unary_def = guarded[negative | power];
auto const multiplicative_def = unary >> *(multiplicative_op > unary);
auto const additive_def = multiplicative >> *(additive_op > multiplicative);
auto const comparison_def = additive >> *(comparison_op > additive);
auto const logical_not_def = guarded[kw("not") >> x3::attr(op::logical_not) > negation];
auto const negation_def = logical_not | comparison;
auto const and_op_def = kw("and") >> x3::attr(op::logical_and);
auto const conjunction_def = negation >> *(and_op > negation);
auto const or_op_def = kw("or") >> x3::attr(op::logical_or);
auto const expression_def = conjunction >> *(or_op > conjunction);

// ---------------------------------------------------------------- statements

auto const severity = x3::lexeme[severity_words >> !word_char];
auto const member_def = x3::lexeme[(identifier | period_text) >> *('.' > segment)];
auto const close_brace_def = x3::lit('}');
auto const members_def = member > *(',' > member);
auto const restriction_def = (('{' > members > close_brace) >> x3::attr(std::string())) |
                             (x3::attr(std::vector<ast::reference>()) >> identifier);
auto const var_decl_def = var_name >> -(kw("in") > restriction);
auto const for_each_def = kw("for") > each_after_for > var_decl >
                          *(',' > var_decl) > colon_after_vars;
auto const rule_stmt_def = kw("rule") > rule_name > -severity > -quoted > colon_after_name >
                           -for_each > expression > -(kw("within") > tolerance);
auto const let_stmt_def = kw("let") > let_name > equals_after_let > expression;
auto const include_stmt_def = kw("include") > quoted_path;

auto const end_of_input_def = x3::eoi;
auto const rule_file_def = *(rule_stmt | let_stmt | include_stmt) > end_of_input;

BOOST_SPIRIT_DEFINE(identifier, rule_name, let_name, var_name, quoted, closing_quote, quoted_path,
                    colon_after_name, colon_after_vars, equals_after_let, each_after_for,
                    close_paren, close_bracket, unit_text, suffix, literal, tolerance, period_text,
                    segment, reference, arguments, by_column, group_by, equals_in_selector,
                    code_text, close_selector, selector, selected, call, group, primary, power_tail,
                    power, negative, unary, multiplicative, additive, comparison, logical_not,
                    negation, and_op, conjunction, or_op, expression, member, members, close_brace,
                    restriction, var_decl, for_each, rule_stmt, let_stmt, include_stmt,
                    end_of_input, rule_file)

rule_file_type const& rule_file_parser() {
  return rule_file;
}

}  // namespace crossfoot::rules_grammar
