#pragma once
// Builds constraints by hand for the solver's tests.
#include <vector>

#include "solve/problem.hpp"

namespace crossfoot::solve::testing {

class builder {
 public:
  explicit builder(constraint& c) : c_(c) {}
  std::size_t var(std::size_t v) {
    node n;
    n.o = op::var;
    n.slot = c_.slot_of(v);
    return c_.add(n);
  }
  std::size_t constant(double x) {
    node n;
    n.o = op::constant;
    n.value = interval::point(x);
    return c_.add(n);
  }
  std::size_t apply(op o, std::vector<std::size_t> kids) {
    node n;
    n.o = o;
    n.kids = std::move(kids);
    return c_.add(n);
  }
  std::size_t near(std::size_t a, std::size_t b, double amount, bool relative) {
    node n;
    n.o = op::near;
    n.kids = {a, b};
    n.amount = amount;
    n.relative = relative;
    return c_.add(n);
  }

 private:
  constraint& c_;
};

inline interval around(double x, double half) {
  return interval::closed(x - half, x + half);
}

inline active_set all_of(const problem& p) {
  return active_set(p.elements(), 1);
}

}  // namespace crossfoot::solve::testing
