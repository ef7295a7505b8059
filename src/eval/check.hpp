#pragma once
// Evaluation: bind a figure set to a resolved rule set, instantiate pattern rules, and decide
// every instance with rounding-aware interval arithmetic. A check holds when some true values,
// each inside its figure's interval, make it true: crossfoot flags only what rounding cannot
// explain.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "figures/figures.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot {

enum class finding_kind { pass, fail, conflict, unknown, error };
const char* to_string(finding_kind k);

/// One claim of one figure as used by a finding.
struct figure_use {
  std::string id;
  int claim = -1;       // index into the figure's claims; -1: all claims, intersected
  std::string written;  // value as written (claims joined by " & " when intersected)
  interval value;       // base units
  unit display;         // the figure's unit as written
  std::string quote;
  source_range where;                   // in the figures file
  std::optional<source_range> in_text;  // in the document's source text
  bool stated = true;                   // false: a reference nothing states
  bool implied = false;                 // unstated, with `value` implied by inference
};

struct side {
  interval value;  // base units
  unit display;
  std::string text;  // the side as written
};

using binding = std::vector<std::pair<std::string, std::string>>;  // variable -> segments

/// An instance's outcome when one claim of a conflicted figure is chosen.
struct alternative_outcome {
  int alternative = 0;  // the array-of-tables element
  std::string rule;
  binding bound;
  finding_kind kind = finding_kind::pass;
  std::optional<side> lhs, rhs;
  double gap = 0;
  std::vector<side> terms;  // agree(): each argument's interval
};

/// A repair of one suspect claim under which every rule can hold.
struct hypothesis {
  enum class kind {
    relabel,
    scale_slip,
    sign_flip,
    points_for_percent,
    digit_slip,
    sign_lost,       // a deficit (or surplus) written without its sign
    part_value,      // a part carrying another part's value
    whole_points,    // a rate off by whole percentage points
    wrong_currency,  // a claim in another currency than the figures it is checked with
  };
  kind what = kind::digit_slip;
  std::string id;       // the claim's figure as stated
  std::string written;  // the claim as written
  std::string becomes;  // the repaired reading: "intermediate.exports", "RMB 1.24 trillion"
  std::string detail;   // which slip: "7 and 4 swapped", "trillion for billion"
  std::vector<std::string> fits;        // rule instances that use the repaired claim and hold
  std::vector<std::string> arithmetic;  // relabel: how those instances close with the new reading
  std::vector<figure_use> claims;       // the claims it repairs (a table moves whole)
  int rank = 0;  // plausibility, lower first: repairs are listed in this order (diagnose.cpp)
};
const char* to_string(hypothesis::kind k);

struct diagnosis {
  std::vector<std::vector<figure_use>> suspects;  // claims (or a claim's table) whose removal
                                                  // alone makes every rule satisfiable
  std::vector<hypothesis> fits;                   // the most likely first
};

/// A rule instance taking part in a conflict.
struct instance_use {
  std::string rule;
  std::string label;  // "share_of_total_trade for bri"
  binding bound;
  std::string check;
  source_range range;
};

/// One figure's value as each part of a conflict implies it: the arithmetic that cannot close.
struct implied_side {
  std::string id;
  unit display;
  std::vector<std::pair<std::string, interval>> by;  // (what implies it, value)
};

struct finding {
  finding_kind kind = finding_kind::pass;
  severity level = severity::error;
  std::string rule;  // "" for a conflict between claims of the same figure
  std::string code;  // a registered code when the finding has one: a dataset's data problems
  std::string description;
  binding bound;
  std::string check;  // as written
  source_range rule_range;
  std::optional<side> lhs, rhs;  // of the top comparison, when there is one
  double gap = 0;                // base units of lhs' display unit; 0 when the sides meet
  std::vector<side> terms;       // agree(): each argument's interval
  std::vector<figure_use> figures;
  std::string message;  // error findings (unit mismatch), unknown (which figure is missing)
  std::vector<alternative_outcome> alternatives;  // conflicts: instances per chosen claim
  std::vector<std::string> conflicted_ids;        // conflicts: the figures in the group
  std::vector<instance_use> instances;            // conflicts among rules: the rule instances
  std::optional<implied_side> cannot_close;       // conflicts among rules: the disagreement
  std::optional<diagnosis> cause;                 // the likely error, when one is found
  // A pass that is only counted (check_options::keep_passing false) has no finding at all
  // (check_result::unlisted_passes counts it), unless inference needs it shown or named (a
  // pass that turns out to fail, one a conflict among rules names, a unit clash): then kind,
  // severity, rule, binding and rule_range are set; description, check, sides, terms and
  // figures are not, until a failure needs them.
  bool summarised = false;
};

/// A figure nobody states, as the rules and the stated figures imply it.
struct implied_figure {
  std::string id;
  interval value;  // base units
  unit display;
  std::vector<std::string> from;  // the rule instances that bound it
};

/// Called as a check goes on with how much is done of how much (figures: rules; datasets:
/// rows). May be called often and from any thread of the check; it must be cheap and
/// thread-safe. The command line draws a progress line on a terminal with it.
using progress_fn = std::function<void(std::uint64_t done, std::uint64_t total)>;

struct check_options {
  bool verbose = false;  // record skipped bindings
  bool diagnose = true;  // look for the likely error behind each conflict
  // Findings that do not hold (fail, conflict, unknown, error) kept per rule; 0 keeps all.
  // The rest are counted in rule_summary::omitted and check_summary::omitted. Conflicts
  // between claims of one figure belong to no rule and are capped together.
  std::size_t max_findings = 0;
  progress_fn progress = {};  // empty: nobody is watching
  // false: a passing instance is only counted (check_result::unlisted_passes), without a
  // finding, since only a report listing passes shows one; a check of hundreds of thousands
  // of instances then holds a fraction of the memory per instance.
  bool keep_passing = true;
};

/// Counts over all rules. `fail` counts failed instances of error-severity rules only; failed
/// warnings and failed infos are counted apart, since they do not change the exit status
/// under the default --fail-on.
struct check_summary {
  int rules = 0;
  std::int64_t instances = 0;  // a dataset's rules are instantiated once per row
  std::int64_t pass = 0, fail = 0, conflict = 0, unknown = 0, error = 0;
  std::int64_t depend_on_conflict = 0;  // instances decided per claim inside a conflict finding
  std::int64_t fail_warning = 0;        // failed instances of warning-severity rules
  std::int64_t fail_info = 0;           // failed instances of info-severity rules
  std::int64_t omitted = 0;  // findings left out by check_options::max_findings (datasets:
                             // also those beyond what the engine keeps in memory)
};

/// One rule's outcome over all its instances (figures: bindings; datasets: rows), in rule
/// order, every rule present even when it bound nothing. `conflict` counts the instances
/// decided inside a conflict finding (per claim, or as part of a conflict among rules).
struct rule_summary {
  std::string rule;
  severity level = severity::error;
  std::string description;
  std::string check;   // as written
  source_range range;  // the rule's name in its file
  std::int64_t instances = 0;
  std::int64_t pass = 0, fail = 0, conflict = 0, unknown = 0, error = 0;
  std::int64_t omitted = 0;  // findings of this rule left out by max_findings
};

/// What a dataset check read; the dataset path fills it (figures files leave it empty).
struct data_summary {
  std::string file;
  std::int64_t rows_read = 0;     // records after the header, blank lines not counted
  std::int64_t rows_checked = 0;  // rows the rules saw
  std::vector<std::pair<std::string, std::int64_t>> skipped;  // reason -> rows skipped
  std::int64_t bytes = {};                                    // of text read (after decompression)
  std::vector<std::pair<std::string, std::int64_t>> cells = {};  // "missing", flags -> cells
};

/// A dataset checked against a previous release of it (--previous): what moved, by kind.
struct revision_summary {
  std::string previous;            // the previous release's file
  long long periods_in_both = 0;   // periods compared
  long long periods_only_new = 0;  // first published now: not compared
  long long periods_only_previous = 0;
  long long cells_compared = 0;  // cells of rows in both releases, periods in both
  long long unchanged = 0;       // equal within rounding
  long long revised = 0;         // both stated, intervals apart
  long long withdrawn = 0;       // stated before, now missing or confidential
  long long filled = 0;          // missing or confidential before, stated now (not a finding)
  long long skipped = 0;         // a cell that is no number in either release
  long long rows_removed = 0;    // rows of a period in both, gone from the new release
  long long rows_added = 0;      // rows of a period in both, new in the new release
  long long omitted = 0;         // revision findings counted but not listed
};

struct check_result {
  std::vector<finding> findings;  // every instance and conflict, in rule order
  check_summary summary;
  std::vector<std::string> skipped;                // --verbose: bindings skipped, with the reason
  std::vector<implied_figure> implied;             // every unstated figure the rules reference
  std::vector<rule_summary> rules = {};            // per rule, in rule order
  std::optional<data_summary> data = {};           // datasets only
  std::optional<revision_summary> revisions = {};  // a dataset check with --previous
  // Passing instances counted without a finding (check_options::keep_passing false), per rule
  // of the rule set, in its order; empty when there are none. They are in summary.pass and
  // summary.instances already; summarize adds them to each rule's counts.
  std::vector<std::int64_t> unlisted_passes = {};
};

/// Fills `result.rules` from the findings (one entry per rule of `rules`, in order), splits
/// failed warnings and infos out of `summary.fail`, then keeps at most `max_findings`
/// findings that do not hold per rule (0: all), counting the rest as omitted. run_check calls
/// it; a path that builds findings itself (datasets) may too.
void summarize(const rule_set& rules, check_result& result, std::size_t max_findings);

/// Claims anchored to a draft must be bound first (bind_anchors in draft/anchors.hpp); any
/// left unbound are not checked, and `skipped` names them.
check_result run_check(const rule_set& rules, const figure_set& figures,
                       const check_options& options = {});

}  // namespace crossfoot
