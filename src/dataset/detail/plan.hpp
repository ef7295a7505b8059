#pragma once
// Binding a rule set to a dataset: which columns are numbers, codes or the period, and each
// rule compiled into a program (or the reason it cannot be checked on this file).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dataset/dataset.hpp"
#include "dataset/detail/cube.hpp"
#include "dataset/detail/program.hpp"

namespace crossfoot::dataset_detail {

enum class aggregate { sum, min, max, mean, count };
enum class member_set { children, months, quarters, year_to_date, years };

/// A value a rule needs from other rows, computed after the whole file is read.
struct term {
  enum class kind {
    shifted,   // prev(x): the same cell one period earlier
    selected,  // x[dim = code]: the row with one key column changed
    members,   // sum/min/max/count/mean(x[dim in SET]): rows whose dim is in a set
    grouped,   // sum/mean/count/min/max(x by k, ...): over rows with the same k
    unique,    // unique(a, b, ...): no other row has the same values
  };
  kind k = kind::shifted;
  int number = -1;                // the number column it reads (-1: unique)
  aggregate fn = aggregate::sum;  // members, grouped
  std::vector<int> columns;  // grouped: the `by` columns; unique: the columns; selected: the key
                             // columns changed
  std::vector<std::string> codes;         // selected: the code each of `columns` takes
  member_set set = member_set::children;  // members
  long shift = -1;                        // shifted: periods to move (-1: one earlier)
  bool year_ago = false;                  // shifted: the same period a year earlier instead
};

struct rule_plan {
  const rule* r = nullptr;
  program prog;
  std::vector<term> terms;
  bool applies = true;               // false: no instance on this shape (a pattern rule on records)
  std::string why_not;               // why it does not apply
  std::string error;                 // set: the rule is one error finding, not checked row by row
  const char* error_code = nullptr;  // the error's code; none for a unit mismatch
  std::optional<cube_rule> cube;     // a cube's rule: rows bound through the id template
  bool cross_row() const { return !terms.empty() || cube.has_value(); }
  // A records rule across rows (groups, periods); a cube's rules run in cube.cpp instead.
  bool records_cross_row() const { return !terms.empty() && !cube.has_value(); }
};

/// A column the engine reads as codes: keys, the period, dimensions, groups, flags.
struct code_column {
  int csv_column = -1;
  std::string name;
  bool period = false;  // parsed with parse_period
  bool flag = false;    // the cube's flag column
};

struct dataset_plan {
  std::vector<std::string> header;
  std::vector<number_column> numbers;  // number columns, in the order the rules need them
  std::vector<code_column> codes;
  std::vector<int> key;  // code columns (indices into `codes`) of the spec's key
  int period = -1;       // code column of the period, -1 none
  int flag = -1;         // code column of the cube's flags, -1 none
  int value = -1;        // number column of the cube's values, -1 none
  std::vector<rule_plan> rules;
  cube_layout cube;  // a cube's id template over the code columns

  int number_of(int csv_column) const;
  int code_of(int csv_column) const;
};

/// Columns of the header that the spec names must exist (else CF6010, exit status 2); rules
/// that name a missing column get an error finding instead.
std::optional<dataset_plan> make_plan(const rule_set& rules, const dataset_spec& spec,
                                      const std::vector<std::string>& header, diagnostics& diags);

}  // namespace crossfoot::dataset_detail
