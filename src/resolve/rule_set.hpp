#pragma once
// Resolved rules: every file loaded (includes followed), names unique, let names inlined,
// functions and arities checked, literals converted to base units. Figures are not known here:
// they are bound at evaluation time, so one rule_set checks any number of figure sets.
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
};

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
  std::vector<syntax::op> ops;  // unary/binary: one; chain: args.size() - 1
  std::vector<rexpr> args;

  bool is_boolean() const;  // comparisons, chains, logical ops, exists, agree
};

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
  rexpr check;
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
