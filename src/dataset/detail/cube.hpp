#pragma once
// A cube's rules: each row is a figure whose id the spec's template makes from the row's codes
// ("{partner}.{product}.{flow}" gives WORLD.01.X), so pattern rules over ids bind rows. A rule
// is instantiated once per row that its anchor reference (the one naming every variable)
// matches, for each period and each value of the dimensions the id leaves out; its other
// references are rows found by changing codes of the anchor's key, and children(ref) is the
// rows of the parent's children in the dimension's hierarchy.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "resolve/rule_set.hpp"

namespace crossfoot {
struct dataset_spec;
}

namespace crossfoot::dataset_detail {

struct dataset_plan;
struct rule_plan;
struct pending_finding;
struct rule_tally;
class table;
class key_index;

/// How ids are made: one template position per id segment, each a dimension (a code column)
/// or fixed text.
struct cube_layout {
  struct position {
    int code = -1;     // code column of the plan; -1 for a fixed segment
    std::string text;  // the fixed segment
    std::string name;  // the dimension
  };
  std::vector<position> template_;
  std::vector<int> context;  // code columns outside the id: the period, other dimensions
  std::string error;         // a template the rules cannot use (a segment mixing text and codes)
  bool active() const { return !template_.empty(); }
};

/// One template position of a reference: a code, a variable, or the fixed segment.
struct cube_slot {
  std::string code;  // the data's code (the segment mapped back through [dataset.codes])
  int var = -1;      // index into cube_rule::vars
  bool operator==(const cube_slot&) const = default;
};

struct cube_pattern {
  std::vector<cube_slot> slots;  // per template position
  int parent = -1;               // children(): the position whose code is the parent
  bool operator==(const cube_pattern& o) const { return slots == o.slots; }
};

/// A rule compiled for a cube: the anchor's pattern and each term's (parallel to terms).
struct cube_rule {
  std::vector<std::string> vars;                // the rule's variables
  std::vector<std::vector<std::string>> allow;  // per variable: the codes `in {…}` allows
  std::vector<int> var_position;                // per variable: its position in the anchor
  cube_pattern anchor;
  std::vector<cube_pattern> terms;
};

/// The layout of a cube spec's ids over the plan's code columns.
cube_layout make_cube_layout(const dataset_spec& spec, const dataset_plan& plan);

/// Chooses the rule's anchor: the reference that names every variable. Returns an error
/// message (and its code) when the rule cannot be checked on the cube.
std::string begin_cube_rule(const dataset_spec& spec, const dataset_plan& plan, const rule& r,
                            cube_rule& out, const char*& code);

/// A reference (or children()'s operand) as a pattern; "" error when it fits.
std::string cube_pattern_of(const dataset_spec& spec, const dataset_plan& plan, const cube_rule& cr,
                            const rexpr& ref, bool children, cube_pattern& out, const char*& code);

/// The error message for another row named by its key (`x[partner = WORLD]`, at()) in a cube
/// rule: a cube names rows through its id template, and the message writes the same row so
/// when it can ('WORLD.P').
std::string cube_row_by_key(const dataset_spec& spec, const dataset_plan& plan, const rexpr& at);

/// The code columns a cube's rows are looked up by: the id's dimensions, then the context.
std::vector<int> cube_index_columns(const dataset_plan& plan);

/// Checks every cube rule of the plan over the whole table, on `threads` threads. `keys`, when
/// given, indexes the table by the same code columns as cube_index_columns (in any order) and
/// is used instead of building another index.
void check_cube(const dataset_spec& spec, const dataset_plan& plan, const table& t,
                std::size_t kept_per_rule, int threads, std::vector<rule_tally>& tallies,
                std::vector<pending_finding>& out, const std::function<void()>& rule_done = {},
                const key_index* keys = nullptr);

}  // namespace crossfoot::dataset_detail
