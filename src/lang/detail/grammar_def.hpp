#pragma once
// The rules grammar. Included only by grammar.cpp, which instantiates it once.
//
// Every rule builds the plain syntax tree directly with semantic actions; positions come from
// x3::raw around the parsers that need one, since X3 gives handlers of such rules no attribute.
#include <boost/fusion/include/at_c.hpp>

#include "lang/detail/grammar.hpp"

namespace crossfoot::rules_grammar {

// Character classes are ASCII ones: they reject other bytes, where the standard classes assert.
using syntax::expr;
using syntax::op;

struct name_token {
  std::string text;
  source_range range;
};

// ---------------------------------------------------------------- handlers

// Remembers the first expectation failure; the parser turns it into one diagnostic.
struct report_failure {
  template <typename It, typename Exc, typename Ctx>
  x3::error_handler_result on_error(It&, It const&, Exc const& x, Ctx const& ctx) {
    auto& f = x3::get<failure_tag>(ctx).get();
    if (!f.failed) f = {true, x.where(), x.which()};
    return x3::error_handler_result::fail;
  }
};

// ---------------------------------------------------------------- actions

inline auto assign = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

inline expr make_node(expr::kind k, std::vector<op> ops, std::vector<expr> args) {
  expr e;
  e.k = k;
  e.ops = std::move(ops);
  e.range = args.front().range;
  e.range.end = args.back().range.end;
  e.args = std::move(args);
  return e;
}

inline void combine(expr& lhs, op o, expr&& rhs) {
  std::vector<expr> args;
  args.push_back(std::move(lhs));
  args.push_back(std::move(rhs));
  lhs = make_node(expr::kind::binary, {o}, std::move(args));
}

inline auto binary_with = [](op o) {
  return [o](auto& ctx) { combine(x3::_val(ctx), o, std::move(x3::_attr(ctx))); };
};

inline auto binary_from_attr = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  combine(x3::_val(ctx), boost::fusion::at_c<0>(attr), std::move(boost::fusion::at_c<1>(attr)));
};

inline auto unary_with = [](op o) {
  return [o](auto& ctx) {
    std::vector<expr> args;
    args.push_back(std::move(x3::_attr(ctx)));
    x3::_val(ctx) = make_node(expr::kind::unary, {o}, std::move(args));
  };
};

// A comparison chain grows one operand at a time; `comparison_class` settles it.
inline auto chain_push = [](auto& ctx) {
  expr& v = x3::_val(ctx);
  auto& attr = x3::_attr(ctx);
  if (v.k != expr::kind::chain || v.number != -1) {
    std::vector<expr> first;
    first.push_back(std::move(v));
    v = make_node(expr::kind::chain, {}, std::move(first));
    v.number = -1;  // marks a chain still being built
  }
  v.ops.push_back(boost::fusion::at_c<0>(attr));
  v.args.push_back(std::move(boost::fusion::at_c<1>(attr)));
  v.range.end = v.args.back().range.end;
};

// Settles a comparison: one comparison is binary, several a chain.
inline auto settle_chain = [](auto& ctx) {
  expr& v = x3::_val(ctx);
  if (v.k == expr::kind::chain && v.number == -1) {
    v.number = 0;
    if (v.ops.size() == 1) v.k = expr::kind::binary;
  }
};

// Semantic actions cannot see the match span through an on_success handler (X3 passes them
// no attribute), so spans come from x3::raw around the annotated parser.
inline auto set_range = [](auto& ctx) {
  auto const& span = x3::_attr(ctx);
  x3::_val(ctx).range = x3::get<position_tag>(ctx).get().range(span.begin(), span.end());
};
template <typename Parser>
auto spanned(Parser const& p) {
  return x3::raw[p][set_range];
}

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

inline auto kw(char const* word) {
  return x3::lexeme[x3::lit(word) >> !(x3::ascii::alnum | '_')];
}

inline auto const reserved = kw("and") | kw("or") | kw("not") | kw("within");

inline x3::symbols<op> const comparison_ops(
    {{"==", op::eq}, {"!=", op::ne}, {"<=", op::le}, {">=", op::ge}, {"<", op::lt}, {">", op::gt}});
inline x3::symbols<op> const additive_ops({{"+", op::add}, {"-", op::sub}});
inline x3::symbols<op> const multiplicative_ops({{"*", op::mul}, {"/", op::div}});
inline x3::symbols<syntax::rule_severity> const severities({{"error", syntax::rule_severity::error},
                                                            {"warning",
                                                             syntax::rule_severity::warning},
                                                            {"info", syntax::rule_severity::info}});

// ---------------------------------------------------------------- rule ids

// The rule names are what an expectation failure reports; parser.cpp maps them to messages.
#define CROSSFOOT_RULE(name, attr, label) \
  struct name##_class {};                 \
  x3::rule<name##_class, attr> const name = label;

CROSSFOOT_RULE(identifier, std::string, "identifier")
CROSSFOOT_RULE(rule_name, name_token, "rule name")
CROSSFOOT_RULE(let_name, name_token, "let name")
CROSSFOOT_RULE(var_name, name_token, "variable name")
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
CROSSFOOT_RULE(segment, std::string, "reference")
CROSSFOOT_RULE(literal, expr, "literal")
CROSSFOOT_RULE(reference, expr, "reference")
CROSSFOOT_RULE(call, expr, "call")
CROSSFOOT_RULE(primary, expr, "expression")
CROSSFOOT_RULE(power, expr, "expression")
CROSSFOOT_RULE(unary, expr, "expression")
CROSSFOOT_RULE(multiplicative, expr, "expression")
CROSSFOOT_RULE(additive, expr, "expression")
CROSSFOOT_RULE(comparison, expr, "expression")
CROSSFOOT_RULE(negation, expr, "expression")
CROSSFOOT_RULE(conjunction, expr, "expression")
CROSSFOOT_RULE(expression, expr, "expression")
CROSSFOOT_RULE(tolerance, syntax::tolerance, "tolerance")
CROSSFOOT_RULE(rule_stmt, syntax::rule_stmt, "rule")
CROSSFOOT_RULE(let_stmt, syntax::let_stmt, "let")
CROSSFOOT_RULE(include_stmt, syntax::include_stmt, "include")
CROSSFOOT_RULE(end_of_input, x3::unused_type, "statement")
#undef CROSSFOOT_RULE

struct rule_file_class : report_failure {};
rule_file_type const rule_file = "rules file";

// ---------------------------------------------------------------- grammar

inline auto set_text = [](auto& ctx) { x3::_val(ctx).text = x3::_attr(ctx); };

auto const identifier_def =
    x3::lexeme[(x3::ascii::alpha | x3::char_('_')) >> *(x3::ascii::alnum | x3::char_('_'))];
auto const rule_name_def = spanned((!reserved >> identifier)[set_text]);
auto const let_name_def = spanned((!reserved >> identifier)[set_text]);
auto const var_name_def = spanned((!reserved >> identifier)[set_text]);

auto const closing_quote_def = x3::lit('"');
auto const quoted_def = x3::lexeme['"' >> *(x3::char_ - '"' - x3::eol) > closing_quote];
auto const quoted_path_def = quoted;
auto const colon_after_name_def = x3::lit(':');
auto const colon_after_vars_def = x3::lit(':');
auto const equals_after_let_def = x3::lit('=') >> !x3::lit('=');
auto const each_after_for_def = kw("each");
auto const close_paren_def = x3::lit(')');
auto const close_bracket_def = x3::lit(']');
auto const unit_text_def = x3::lexeme[+(x3::char_ - ']' - x3::eol)];

auto const set_number = [](auto& ctx) {
  x3::_val(ctx).k = expr::kind::literal;
  x3::_val(ctx).number = x3::_attr(ctx);
};
auto const set_lit = [](syntax::literal_kind k) {
  return [k](auto& ctx) { x3::_val(ctx).lit = k; };
};
auto const set_unit = [](auto& ctx) {
  x3::_val(ctx).lit = syntax::literal_kind::level;
  x3::_val(ctx).unit_text = x3::_attr(ctx);
};
auto const suffix = x3::lit('%')[set_lit(syntax::literal_kind::percent)] |
                    kw("pp")[set_lit(syntax::literal_kind::points)] |
                    ('[' > unit_text > close_bracket)[set_unit];
auto const literal_def = spanned(number[set_number] >> -suffix);

auto const push_segment = [](auto& ctx) {
  x3::_val(ctx).k = expr::kind::ref;
  x3::_val(ctx).segments.push_back(x3::_attr(ctx));
};
auto const segment_def = identifier | x3::string("*");
auto const reference_def = spanned(!reserved >> (segment[push_segment] % '.'));

auto const set_call = [](auto& ctx) {
  x3::_val(ctx).k = expr::kind::call;
  x3::_val(ctx).name = x3::_attr(ctx);
};
auto const push_arg = [](auto& ctx) { x3::_val(ctx).args.push_back(std::move(x3::_attr(ctx))); };
auto const call_def = spanned(!reserved >> (identifier >> '(')[set_call] >
                              -(expression[push_arg] % ',') > close_paren);

auto const primary_def = literal[assign] | call[assign] | reference[assign] |
                         spanned(('(' > expression > close_paren)[assign]);
auto const power_def = primary[assign] >> -('^' > unary)[binary_with(op::pow)];
auto const unary_def = spanned(('-' > unary)[unary_with(op::neg)]) | power[assign];
auto const multiplicative_def = unary[assign] >> *(multiplicative_ops > unary)[binary_from_attr];
auto const additive_def = multiplicative[assign] >>
                          *(additive_ops > multiplicative)[binary_from_attr];
auto const comparison_def = additive[assign] >>
                            *(comparison_ops > additive)[chain_push] >> x3::eps[settle_chain];
auto const negation_def =
    spanned((kw("not") > negation)[unary_with(op::logical_not)]) | comparison[assign];
auto const conjunction_def = negation[assign] >>
                             *(kw("and") > negation)[binary_with(op::logical_and)];
auto const expression_def = conjunction[assign] >>
                            *(kw("or") > conjunction)[binary_with(op::logical_or)];

auto const set_tolerance = [](auto& ctx) { x3::_val(ctx).number = x3::_attr(ctx); };
auto const tolerance_kind = [](syntax::literal_kind k) {
  return [k](auto& ctx) { x3::_val(ctx).lit = k; };
};
auto const tolerance_unit = [](auto& ctx) {
  x3::_val(ctx).lit = syntax::literal_kind::level;
  x3::_val(ctx).unit_text = x3::_attr(ctx);
};
auto const tolerance_def =
    spanned(number[set_tolerance] >> -(x3::lit('%')[tolerance_kind(syntax::literal_kind::percent)] |
                                       kw("pp")[tolerance_kind(syntax::literal_kind::points)] |
                                       ('[' > unit_text > close_bracket)[tolerance_unit]));

std::string collapse_spaces(std::string_view text);

// Rules and lets are named the same way.
auto const set_name = [](auto& ctx) {
  x3::_val(ctx).name = x3::_attr(ctx).text;
  x3::_val(ctx).name_range = x3::_attr(ctx).range;
};
auto const rule_set_level = [](auto& ctx) { x3::_val(ctx).level = x3::_attr(ctx); };
auto const rule_set_description = [](auto& ctx) { x3::_val(ctx).description = x3::_attr(ctx); };
auto const rule_push_var = [](auto& ctx) {
  x3::_val(ctx).vars.push_back(x3::_attr(ctx).text);
  x3::_val(ctx).var_ranges.push_back(x3::_attr(ctx).range);
};
auto const rule_set_check = [](auto& ctx) {
  x3::_val(ctx).check_text = collapse_spaces(x3::_attr(ctx).range.text());
  x3::_val(ctx).check = std::move(x3::_attr(ctx));
};
auto const rule_set_within = [](auto& ctx) { x3::_val(ctx).within = x3::_attr(ctx); };

auto const severity_word = x3::lexeme[severities >> !(x3::ascii::alnum | '_')];
auto const for_each = kw("for") > each_after_for >
                      ((x3::eps > var_name)[rule_push_var] % ',') > colon_after_vars;
auto const rule_stmt_def = kw("rule") > (x3::eps > rule_name)[set_name] >
                           -severity_word[rule_set_level] >
                           -quoted[rule_set_description] > colon_after_name > -for_each >
                           (x3::eps > expression)[rule_set_check] >
                           -(kw("within") > (x3::eps > tolerance)[rule_set_within]);

auto const let_set_value = [](auto& ctx) { x3::_val(ctx).value = std::move(x3::_attr(ctx)); };
auto const let_stmt_def = kw("let") > (x3::eps > let_name)[set_name] > equals_after_let >
                          (x3::eps > expression)[let_set_value];

auto const include_set_path = [](auto& ctx) { x3::_val(ctx).path = x3::_attr(ctx); };
auto const include_stmt_def = spanned(kw("include") > (x3::eps > quoted_path)[include_set_path]);

auto const end_of_input_def = x3::eoi;

auto const push_rule = [](auto& ctx) { x3::_val(ctx).rules.push_back(std::move(x3::_attr(ctx))); };
auto const push_let = [](auto& ctx) { x3::_val(ctx).lets.push_back(std::move(x3::_attr(ctx))); };
auto const push_include = [](auto& ctx) {
  x3::_val(ctx).includes.push_back(std::move(x3::_attr(ctx)));
};
auto const rule_file_def =
    *(rule_stmt[push_rule] | let_stmt[push_let] | include_stmt[push_include]) > end_of_input;

BOOST_SPIRIT_DEFINE(identifier, rule_name, let_name, var_name, quoted, closing_quote, quoted_path,
                    colon_after_name, colon_after_vars, equals_after_let, each_after_for,
                    close_paren, close_bracket, unit_text, segment, literal, reference, call,
                    primary, power, unary, multiplicative, additive, comparison, negation,
                    conjunction, expression, tolerance, rule_stmt, let_stmt, include_stmt,
                    end_of_input, rule_file)

}  // namespace crossfoot::rules_grammar
