#pragma once
// Resolved rules: every file loaded (includes followed), names unique, lets resolved, functions
// and arities checked, literals converted to base units. Figures are not known here: they are
// bound at evaluation time, so one rule_set checks any number of figure sets.
//
// A resolved expression is a DAG of shared immutable nodes, not a tree: a let is resolved once
// and every use of it points at the same node, so `let d1 = d0 + d0` … `let d40 = d39 + d39`
// is 41 nodes, not 2^40. Whoever walks an expression must visit a shared node once (memoize by
// node address, or follow `rule::order`), or the walk is exponential in the number of lets.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/period.hpp"
#include "lang/syntax.hpp"
#include "num/interval.hpp"
#include "num/unit.hpp"

namespace crossfoot {

enum class function {
  sum,
  min,
  max,
  abs,
  prev,        // the previous period's level: x.prev, else x / (1 + x.growth)
  growth,      // period on period: e / prev(e) - 1
  year_ago,    // the level a year earlier: x.year_ago, else x / (1 + x.growth_yoy)
  growth_yoy,  // year on year: e / year_ago(e) - 1
  exists,
  agree,
  months,    // months(ref): the figures of each month of ref's period (inside sum/min/max)
  quarters,  // quarters(ref): of each quarter
  years,     // years(ref): of each year
  children,  // children(ref): in a cube, the figures of the children of the parent code ref
             // names, from the dimension's hierarchy (inside sum/min/max)
  mean,      // mean(a, b, ...); on a dataset also mean(x by k, ...): over rows with the same k
  count,     // count(x by k, ...): rows of a dataset with the same k whose x holds a value
  unique,    // unique(a, b, ...): no other row of a dataset has the same values in these columns
  at,  // x[country = WORLD]: x on the dataset row whose key is this row's with `by` set to `at`
};

/// The function's name as the rules language spells it ("growth_yoy").
const char* name_of(function fn);

/// The frequency whose parts months(), quarters() and years() name; nullopt for the others.
std::optional<frequency> parts_frequency(function fn);

/// What a pattern variable may bind, declared with `in` after it in `for each`.
enum class binds {
  anything,
  members,       // `in {exports, imports}`: one of the names listed
  levels,        // `in levels`: the references it ends name levels (amounts, counts, numbers)
  shares,        // ... name shares (ids ending in `share`)
  growth_rates,  // ... name growth rates (ids ending in `growth` or `growth_yoy`)
  changes,       // ... name changes in points (ending in `change` or `contribution`, or in pp)
  periods,       // `in periods`: exactly one period segment; years, quarters, months: of that
  years,         //   frequency, and not a range
  quarters,
  months,
};
/// "levels", "periods", ... as written after `in`.
const char* to_string(binds b);

struct var_restriction {
  binds what = binds::anything;
  std::vector<std::string> members;  // binds::members: dotted names
  /// Whether the restriction is on the figures a variable's references name (levels, shares,
  /// growth rates, changes), checked once the whole binding is known.
  bool on_figures() const {
    return what == binds::levels || what == binds::shares || what == binds::growth_rates ||
           what == binds::changes;
  }
  /// Whether it binds exactly one period segment.
  bool on_period() const {
    return what == binds::periods || what == binds::years || what == binds::quarters ||
           what == binds::months;
  }
};

struct rexpr;
/// A resolved expression node; nodes are immutable once resolved, and shared.
using rexpr_ptr = std::shared_ptr<const rexpr>;

/// A resolved expression, with its lets expanded, nests at most this deep (the longest path
/// from a rule's check to a leaf, in nodes). The parser bounds one written expression the same
/// way; lets that use lets could otherwise build any depth, and every walk over an expression
/// recurses once per level. Exceeding it is error CF7001 at the let or rule.
constexpr int max_resolved_depth = 256;
/// Files include each other at most this deep (CF7003 at the include that goes deeper).
constexpr std::size_t max_include_depth = 64;
/// A rule's check holds at most this many distinct nodes once its lets are resolved; each rule
/// instance evaluates every one. Exceeding it is error CF7002 at the rule.
constexpr std::size_t max_rule_nodes = 100000;

struct rexpr {
  enum class kind {
    literal,  // `value` in base units with `literal_unit`
    ref,      // a figure reference; segments may be pattern variables or "*"
    call,     // fn(args)
    unary,    // neg, logical_not
    binary,   // arithmetic, comparison or logical
    chain,    // chained comparison: args[0] ops[0] args[1] …
  };
  kind k = kind::literal;
  source_range range;

  interval value;     // literal: exact point in base units (56.6% is 0.566)
  unit literal_unit;  // literal: dimension and display

  // ref: each segment is a literal name, a pattern variable (is_var) or the wildcard "*".
  struct segment {
    std::string text;
    bool is_var = false;
    bool operator==(const segment&) const = default;
  };
  std::vector<segment> segments;

  function fn = function::sum;  // call
  // call with `by` (datasets): an aggregate over the rows whose columns `by` equal this row's
  std::vector<std::string> by;
  std::vector<source_range> by_ranges;  // parallel
  std::vector<std::string> at;          // at (x[country = WORLD]): the code of each `by` column
  std::vector<syntax::op> ops;          // unary/binary: one; chain: args.size() - 1
  std::vector<rexpr_ptr> args;          // never null

  int depth = 1;        // nodes on the longest path from here to a leaf (a leaf is 1)
  bool shared = false;  // reached through more than one edge: walks memoize it

  const rexpr& arg(std::size_t i) const { return *args[i]; }
  bool is_boolean() const;  // comparisons, chains, logical ops, exists, agree
};

/// Every distinct node under `root` once, operands before the nodes that use them, `root`
/// last: a linear program of the DAG. Iterative; linear in the number of distinct nodes.
std::vector<const rexpr*> topological_order(const rexpr& root);

/// The tolerance of `within`: relative (a fraction of the larger side) or absolute (base units).
struct tolerance {
  bool relative = false;
  double amount = 0;  // 0.001 for "within 0.1%"; base units when absolute
  dimension dim;      // absolute tolerances: must match the compared sides
  std::string text;   // as written: "0.1%"
};

struct rule {
  std::string name;
  severity level = severity::error;  // error, warning or info
  std::string description;
  std::vector<std::string> vars;
  std::vector<var_restriction> restrictions;  // parallel to vars
  rexpr_ptr check;                            // never null
  std::vector<const rexpr*> order;            // topological_order(*check): evaluate in this order
  std::optional<tolerance> within;
  std::string check_text;  // as written (with let names, not their expansion)
  source_range range;      // the rule's name in its file
};

struct rule_set {
  std::vector<rule> rules;
  std::vector<std::string> files;  // every rules file loaded, in load order
};

/// Loads rules from files or directories (every *.rules file in a directory, sorted by name),
/// following includes relative to the including file. Returns nullopt when anything is invalid
/// (syntax errors, unknown names, bad arity, duplicate names, include cycles), with diagnostics.
std::optional<rule_set> load_rules(const std::vector<std::string>& paths, diagnostics& diags);

/// Resolves already-parsed files (tests, and the loader above). `files` must be in load order.
std::optional<rule_set> resolve(const std::vector<syntax::rule_file>& files, diagnostics& diags);

}  // namespace crossfoot
