#pragma once
// Pattern binding: which values of a rule's `for each` variables name stated figures.
#include <boost/container/flat_map.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "eval/figure_index.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot {

// variable -> dotted segments. A sorted vector, not a tree: a check holds one per rule instance
// (a std::map of one variable is a 48-byte map and a 96-byte node; this is 24 and 64 bytes).
using binding_map = boost::container::flat_map<std::string, std::string>;

/// Every binding for which each reference containing a variable names a stated figure (a
/// reference with `*` must match at least one; months(), quarters() and years() must find
/// every part stated, and at least two), each prev()/growth() operand has a previous level or
/// a growth rate (year_ago()/growth_yoy(): a year-ago level or a year-on-year rate), and each
/// variable binds what its `in` allows. A rule without variables has the one empty binding.
std::vector<binding_map> enumerate_bindings(const rule& r, const figure_index& index);

/// The ids a reference names under a binding: one id, or every match of its `*` segments.
/// Ids are returned whether stated or not when the reference has no `*`; a period alias is
/// returned as the stated id it names.
std::vector<std::string> expand_ref(const std::vector<rexpr::segment>& segments,
                                    const binding_map& bound, const figure_index& index);

/// The ids of the parts of a reference's period at frequency `f`, stated or not, in calendar
/// order: months(ea19.2019-Q3.exports) -> ea19.2019-07.exports, -08, -09. Empty when the
/// reference has no period segment or the frequency is not finer than its period's.
std::vector<std::string> expand_parts(const std::vector<rexpr::segment>& segments,
                                      const binding_map& bound, const figure_index& index,
                                      frequency f);

/// Remembers the instances seen so far by what they check: the check's tree with every
/// reference replaced by the stated ids it names. An instance that checks exactly what an
/// earlier one checks over the same figures is not a second instance: through period
/// aliases, flows_sum_prev for September repeats flows_sum for August.
class instance_signatures {
 public:
  /// Whether no earlier instance had this one's signature (it is then remembered).
  bool first(const rule& r, const binding_map& b, const figure_index& index);

 private:
  std::set<std::string> seen_;
};

/// What prev()/growth() and year_ago()/growth_yoy() read besides the figure itself: the earlier
/// level's suffix and the rate's. prev and growth: ".prev", ".growth"; year_ago and growth_yoy:
/// ".year_ago", ".growth_yoy".
struct span_names {
  const char* level;
  const char* rate;
};
span_names span_of(function fn);
/// Whether `fn` takes an earlier period's level: prev, growth, year_ago, growth_yoy.
bool reads_earlier(function fn);

/// Whether a stated figure is of the kind a restriction names (levels, shares, growth rates,
/// changes), read from the last segment of its id and its unit.
bool is_of_kind(const figure& f, binds kind);

}  // namespace crossfoot
