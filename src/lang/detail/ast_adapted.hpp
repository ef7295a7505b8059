#pragma once
// Lets X3 fill the AST structs member by member from sequence parsers.
#include <boost/fusion/include/adapt_struct.hpp>

#include "lang/detail/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::suffix, kind, unit)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::literal, value, suf)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::reference, head, tail)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::name, text)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::selector, column, code)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::selected, ref, at)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::restriction, members, kind)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::var_decl, var, in)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::operation, oper, rhs)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::op_list, first, rest)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::prefix, oper, arg)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::group, inner)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::call, function, args, by)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::rule_stmt, rule_name, level, description,
                          vars, check, within)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::let_stmt, let_name, value)
BOOST_FUSION_ADAPT_STRUCT(crossfoot::rules_grammar::ast::include_stmt, path)
