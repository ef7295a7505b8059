// Walking a resolved expression as the DAG it is: each distinct node once.
#include <unordered_map>

#include "resolve/rule_set.hpp"

namespace crossfoot {

// Depth-first with an explicit stack, so depth costs no recursion. A node may be pushed once
// per edge into it but is expanded and emitted once; a DAG has no cycles, so a node met while
// it is being expanded cannot happen.
std::vector<const rexpr*> topological_order(const rexpr& root) {
  std::vector<const rexpr*> out;
  std::unordered_map<const rexpr*, bool> done;  // present: expanded; true: emitted
  std::vector<std::pair<const rexpr*, bool>> stack{{&root, false}};
  while (!stack.empty()) {
    auto [node, expanded] = stack.back();
    if (expanded) {
      stack.pop_back();
      done[node] = true;
      out.push_back(node);
      continue;
    }
    if (!done.emplace(node, false).second) {  // reached again through another edge
      stack.pop_back();
      continue;
    }
    stack.back().second = true;
    for (auto it = node->args.rbegin(); it != node->args.rend(); ++it) {
      if (!done.count(it->get())) stack.emplace_back(it->get(), false);
    }
  }
  return out;
}

}  // namespace crossfoot
