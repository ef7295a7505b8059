#pragma once
// The rules language as plain data: what the parser produces and the resolver checks.
// No Spirit types here; positions are source ranges into the rules file.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source.hpp"

namespace crossfoot::syntax {

enum class op {
  add,
  sub,
  mul,
  div,
  pow,
  neg,  // arithmetic
  eq,
  ne,
  lt,
  le,
  gt,
  ge,  // comparisons
  logical_and,
  logical_or,
  logical_not
};

const char* spelling(op o);  // "+", "==", "and", …

enum class literal_kind {
  number,   // 12, 0.5, 1e3
  percent,  // 56.6%
  points,   // 1.7pp
  level,    // 40 [RMB trillion]
};

struct expr {
  enum class kind {
    literal,  // number with literal_kind
    ref,      // a dotted name: figure reference, pattern reference or let name
    call,     // name(args…)
    unary,    // op (neg, logical_not) applied to args[0]
    binary,   // args[0] op args[1]
    chain,    // args[0] ops[0] args[1] ops[1] args[2] …: chained comparisons
  };
  kind k = kind::literal;
  source_range range;

  // literal
  double number = 0;  // as written: 56.6 for "56.6%"
  literal_kind lit = literal_kind::number;
  std::string unit_text;  // inside the brackets of a level literal

  // ref: segments of the dotted name; a segment may be "*", or a period in canonical form
  // ("2019-09", "2019-Q3", "2019-01/2019-09")
  std::vector<std::string> segments;

  // call
  std::string name;
  std::vector<std::string> by;          // `sum(x by country, year)`: the grouping columns
  std::vector<source_range> by_ranges;  // parallel
  // `x[country = WORLD]` is the call at(x) with `by` the columns and `at` the codes they take
  std::vector<std::string> at;

  std::vector<op> ops;     // unary/binary: one; chain: args.size() - 1
  std::vector<expr> args;  // operands or call arguments
};

struct tolerance {
  double number = 0;
  literal_kind lit = literal_kind::number;  // percent: relative; points/level/number: absolute
  std::string unit_text;
  source_range range;
};

enum class rule_severity { error, warning, info };

/// What a pattern variable may bind, from `in` after it: one of a set of names
/// (`F in {exports, imports}`) or a kind (`F in levels`, `P in periods`). Empty: anything.
struct var_restriction {
  std::vector<std::string> members;  // dotted names; period segments in canonical form
  std::vector<source_range> member_ranges;
  std::string kind;  // the kind word as written; checked by the resolver
  source_range range;
  bool empty() const { return members.empty() && kind.empty(); }
};

struct rule_stmt {
  std::string name;
  source_range name_range;
  rule_severity level = rule_severity::error;
  std::string description;
  std::vector<std::string> vars;  // pattern variables after `for each`
  std::vector<source_range> var_ranges;
  std::vector<var_restriction> restrictions;  // parallel to vars
  expr check;
  std::optional<tolerance> within;
  source_range range;      // the whole statement
  std::string check_text;  // the check as written, white space collapsed
};

struct let_stmt {
  std::string name;
  source_range name_range;
  expr value;
  source_range range;
};

struct include_stmt {
  std::string path;  // as written, relative to the including file
  source_range range;
};

struct rule_file {
  source_ptr source;
  std::vector<rule_stmt> rules;
  std::vector<let_stmt> lets;
  std::vector<include_stmt> includes;
};

/// Parses one rules file. Syntax errors stop at the first one: nullopt, and a diagnostic with
/// a stable code and the position, e.g. "expected ':' after rule name".
std::optional<rule_file> parse_rules(const source_ptr& source, diagnostics& diags);

}  // namespace crossfoot::syntax
