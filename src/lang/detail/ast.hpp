#pragma once
// The tree the Spirit grammar fills in. It mirrors the grammar, not the language: every
// precedence level yields an op_list, and parser.cpp folds those into syntax::expr trees.
// Nodes that need a source range derive from position_tagged; their positions live in the
// x3::position_cache that the grammar fills (see config.hpp).
#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <string>
#include <vector>

#include "lang/syntax.hpp"

namespace crossfoot::rules_grammar::ast {

namespace x3 = boost::spirit::x3;

/// What follows a number: nothing, `%`, `pp`, or a unit in brackets.
struct suffix {
  syntax::literal_kind kind = syntax::literal_kind::number;
  std::string unit;  // the text inside the brackets of a level literal, as written
};

/// A number with its suffix; also the form of a `within` tolerance.
struct literal : x3::position_tagged {
  double value = 0;
  suffix suf;
};

/// A dotted name; a segment may be "*". The first segment is apart because it alone is
/// restricted (it cannot be a keyword such as `and`).
struct reference : x3::position_tagged {
  std::string head;
  std::vector<std::string> tail;
};

/// A name where one is declared (rule, let, pattern variable), with its position.
struct name : x3::position_tagged {
  std::string text;
};

/// `in {exports, imports}` (members) or `in levels` (a kind word) after a pattern variable.
struct restriction : x3::position_tagged {
  std::vector<reference> members;
  std::string kind;
};

/// A pattern variable after `for each`, with its restriction if any.
struct var_decl {
  name var;
  boost::optional<restriction> in;
};

/// `country = WORLD` inside `x[...]`: a key column and the code it takes.
struct selector : x3::position_tagged {
  name column;
  std::string code;
};

/// `exports[country = WORLD]` (datasets): the column on the row whose key is this row's with
/// the named columns changed to the codes given.
struct selected : x3::position_tagged {
  reference ref;
  std::vector<selector> at;
};

struct call;
struct group;
struct prefix;
struct op_list;

struct operand
    : x3::variant<literal, reference, selected, x3::forward_ast<call>, x3::forward_ast<group>,
                  x3::forward_ast<prefix>, x3::forward_ast<op_list>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct operation {
  syntax::op oper = syntax::op::add;
  operand rhs;
};

/// `first op rhs op rhs …`, all operators of one precedence level.
struct op_list {
  operand first;
  std::vector<operation> rest;
};

/// Unary minus or `not`.
struct prefix : x3::position_tagged {
  syntax::op oper = syntax::op::neg;
  operand arg;
};

/// A parenthesised expression: tagged so its range includes the parentheses.
struct group : x3::position_tagged {
  op_list inner;
};

struct call : x3::position_tagged {
  std::string function;
  std::vector<op_list> args;
  std::vector<name> by;  // `mean(x by country)`: the grouping columns of a dataset aggregate
};

struct rule_stmt : x3::position_tagged {
  name rule_name;
  boost::optional<syntax::rule_severity> level;
  boost::optional<std::string> description;
  std::vector<var_decl> vars;
  op_list check;
  boost::optional<literal> within;
};

struct let_stmt : x3::position_tagged {
  name let_name;
  op_list value;
};

struct include_stmt : x3::position_tagged {
  std::string path;
};

struct statement : x3::variant<rule_stmt, let_stmt, include_stmt> {
  using base_type::base_type;
  using base_type::operator=;
};

using statements = std::vector<statement>;

/// Where each position_tagged node starts and ends, filled while parsing.
using position_cache = x3::position_cache<std::vector<const char*>>;

}  // namespace crossfoot::rules_grammar::ast
