#pragma once
// Pattern binding: which values of a rule's `for each` variables name stated figures.
#include <map>
#include <string>
#include <vector>

#include "eval/figure_index.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot {

using binding_map = std::map<std::string, std::string>;  // variable -> dotted segments

/// Every binding for which each reference containing a variable names a stated figure (a
/// reference with `*` must match at least one), and each prev()/growth() operand has a
/// previous level or a growth rate. A rule without variables has the one empty binding.
std::vector<binding_map> enumerate_bindings(const rule& r, const figure_index& index);

/// The ids a reference names under a binding: one id, or every match of its `*` segments.
/// Ids are returned whether stated or not when the reference has no `*`.
std::vector<std::string> expand_ref(const std::vector<rexpr::segment>& segments,
                                    const binding_map& bound, const figure_index& index);

}  // namespace crossfoot
