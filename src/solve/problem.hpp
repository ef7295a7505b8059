#pragma once
// Interval constraint problems: variables with interval domains, facts that bound one variable,
// and constraints that are expression graphs over several. This stage knows nothing of figures
// or rules; eval compiles claims into facts and rule instances into constraints.
//
// Everything here is sound: propagation and splitting only remove values that no solution can
// take, so "infeasible" is a proof, while "feasible" means only that no contradiction was found.
#include <cstddef>
#include <memory>
#include <vector>

#include "num/interval.hpp"

namespace crossfoot::solve {

enum class op {
  constant,  // value
  var,       // slot: index into constraint::vars
  neg,
  add,
  sub,
  mul,
  div,
  pow,
  abs,
  sum,
  min,
  max,  // any number of operands
  eq,
  ne,
  lt,
  le,
  gt,
  ge,    // two operands
  near,  // |a - b| within a tolerance
  all_of,
  any_of,
  negation,     // logic over truth values
  agree,        // every operand equal
  truth_value,  // a known truth: exists()
};

struct node {
  op o = op::constant;
  std::vector<std::size_t> kids;  // indices of earlier nodes of the same constraint
  std::size_t slot = 0;           // var: index into constraint::vars
  interval value;                 // constant
  truth t;                        // truth_value
  bool relative = false;          // near: amount is a fraction of the larger side
  double amount = 0;              // near: the tolerance
  friend bool operator==(const node&, const node&) = default;
};

/// A constraint's nodes. The instances of one rule mostly compile to the same nodes over other
/// variables (only constraint::vars tells them apart), so equal lists share one copy (`share`):
/// a check of many instances holds each rule's nodes once, not once per instance. A shared
/// list is copied on its first change; lists are changed only while compiling (one thread).
class node_list {
 public:
  std::size_t size() const { return items_ ? items_->size() : 0; }
  bool empty() const { return size() == 0; }
  const node& operator[](std::size_t i) const { return (*items_)[i]; }
  const node& back() const { return items_->back(); }
  /// The node to change (the list is copied first if it is shared).
  node& edit(std::size_t i) { return own()[i]; }
  void push_back(node n) { own().push_back(std::move(n)); }
  void shrink_to_fit();
  /// Shares `other`'s copy when the two hold equal nodes; whether they now share.
  bool share(const node_list& other);
  bool shares_with(const node_list& other) const { return items_ == other.items_; }

 private:
  std::vector<node>& own();
  std::shared_ptr<std::vector<node>> items_;
};

bool is_boolean(op o);

/// What a comparison (eq … ge) over two intervals can be.
truth compare(op o, const interval& a, const interval& b);
/// |a - b| within `amount` (a fraction of the larger side when `relative`): true for some pair
/// of values, false for some.
truth within(const interval& a, const interval& b, double amount, bool relative);

struct constraint {
  node_list nodes;                    // children before parents; the last node is the root
  std::vector<std::size_t> vars;      // slot -> problem variable
  std::vector<std::size_t> repeated;  // slots that occur more than once (dependency widens them)
  /// Adds a node and returns its index.
  std::size_t add(node n);
  /// The slot of a problem variable, adding one on first use.
  std::size_t slot_of(std::size_t var);
  /// Fills `repeated`; call once all nodes are added.
  void finish();
};

struct fact {
  std::size_t var = 0;
  interval value;
};

struct problem {
  std::size_t vars = 0;  // variables are 0 .. vars - 1
  std::vector<fact> facts;
  std::vector<constraint> constraints;

  /// Elements are facts then constraints: element i < facts.size() is facts[i].
  std::size_t elements() const { return facts.size() + constraints.size(); }
};

using active_set = std::vector<char>;  // per element: takes part or not

struct options {
  int revisions_per_constraint = 40;  // bound on work, so propagation always ends
  double negligible = 1e-9;           // relative narrowing below this does not wake neighbours
  int split_leaves = 64;              // pieces one constraint may be split into
  // Fill outcome::narrowed_by: a list per variable, which a check of 300,000 figures that only
  // needs the domains (or only feasibility) need not hold.
  bool record_narrowing = true;
};

struct outcome {
  bool feasible = true;
  std::vector<interval> domains;  // per variable, narrowed
  // Per variable: the constraints that narrowed it (empty unless options::record_narrowing).
  std::vector<std::vector<std::size_t>> narrowed_by;
  int revisions = 0;
};

/// Narrows every variable's domain to a fixpoint (within the work bound) over the active
/// facts and constraints.
outcome propagate(const problem& p, const active_set& active, const options& o = {});

/// Whether propagation finds no contradiction among the active elements.
bool feasible(const problem& p, const active_set& active, const options& o = {});

/// Narrows one constraint's variables on their own (splitting repeated ones); false when the
/// constraint cannot hold in the box. `box` holds one interval per slot.
bool revise(const constraint& c, std::vector<interval>& box, const options& o = {});

/// The constraint's truth over a box, splitting repeated variables until it is certain or
/// the pieces are negligible: can_be_true false proves it fails everywhere in the box.
truth decide(const constraint& c, const std::vector<interval>& box, const options& o = {});

/// The hull of a numeric node's values over a box, narrowed by splitting repeated variables.
interval range_of(const constraint& c, std::size_t node_index, const std::vector<interval>& box,
                  const options& o = {});

/// Groups of elements that share variables, each sorted; only active elements are grouped.
std::vector<std::vector<std::size_t>> components(const problem& p, const active_set& active);

/// A minimal infeasible subset of `among` (QuickXplain): infeasible together, while every
/// proper subset is feasible. Empty when `among` is feasible.
std::vector<std::size_t> minimal_conflict(const problem& p, const std::vector<std::size_t>& among,
                                          const options& o = {});

}  // namespace crossfoot::solve
