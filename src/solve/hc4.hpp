#pragma once
// One pass of HC4-revise over a constraint: forward evaluation of every node, then backward
// projection from the root (which must be true) down to the variables.
#include <vector>

#include "solve/problem.hpp"

namespace crossfoot::solve {

struct evaluation {
  std::vector<interval> values;  // numeric nodes
  std::vector<truth> truths;     // boolean nodes
  bool defined = true;           // false: some node has no value in the box (empty)
};

/// Values of every node over a box (one interval per slot).
evaluation forward(const constraint& c, const std::vector<interval>& box);

/// Narrows `box` so the root can be true; false when it cannot be.
bool hc4(const constraint& c, std::vector<interval>& box);

}  // namespace crossfoot::solve
