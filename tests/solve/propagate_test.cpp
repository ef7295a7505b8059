#include <gtest/gtest.h>

#include "solve/problem.hpp"
#include "solve_builder.hpp"

namespace crossfoot::solve {
namespace {

using testing::all_of;
using testing::around;
using testing::builder;

// x + y == t
constraint sum_rule(std::size_t x, std::size_t y, std::size_t t) {
  constraint c;
  builder b(c);
  std::size_t sum = b.apply(op::add, {b.var(x), b.var(y)});
  b.apply(op::eq, {sum, b.var(t)});
  c.finish();
  return c;
}

// part / whole == share
constraint share_rule(std::size_t part, std::size_t whole, std::size_t share) {
  constraint c;
  builder b(c);
  std::size_t ratio = b.apply(op::div, {b.var(part), b.var(whole)});
  b.apply(op::eq, {ratio, b.var(share)});
  c.finish();
  return c;
}

TEST(Propagate, AnUnstatedTotalIsImpliedBySumOfItsParts) {
  problem p{3, {{0, around(5, 0.05)}, {1, around(3, 0.05)}}, {sum_rule(0, 1, 2)}};
  outcome o = propagate(p, all_of(p));
  ASSERT_TRUE(o.feasible);
  EXPECT_NEAR(o.domains[2].lo, 7.9, 1e-9);
  EXPECT_NEAR(o.domains[2].hi, 8.1, 1e-9);
  EXPECT_EQ(o.narrowed_by[2], std::vector<std::size_t>{0});
}

TEST(Propagate, BackwardProjectionNarrowsAStatedPart) {
  // The total pins the unstated part: y in t - x.
  problem p{3, {{0, around(5, 0.05)}, {2, around(8, 0.05)}}, {sum_rule(0, 1, 2)}};
  outcome o = propagate(p, all_of(p));
  ASSERT_TRUE(o.feasible);
  EXPECT_NEAR(o.domains[1].lo, 2.9, 1e-9);
  EXPECT_NEAR(o.domains[1].hi, 3.1, 1e-9);
}

TEST(Propagate, SharesOfOneWholeMustImplyTheSameWhole) {
  // 19.47 is 46.6% of the whole; 15.17 is 36.3%: both near 41.8, so feasible.
  problem p{5,
            {{0, around(19.47, 0.005)},
             {1, around(0.466, 0.0005)},
             {2, around(15.17, 0.005)},
             {3, around(0.363, 0.0005)}},
            {share_rule(0, 4, 1), share_rule(2, 4, 3)}};
  outcome o = propagate(p, all_of(p));
  ASSERT_TRUE(o.feasible);
  EXPECT_GT(o.domains[4].lo, 41.7);
  EXPECT_LT(o.domains[4].hi, 41.85);
  // 11.24 at 47.3% implies 23.8: no whole fits all three.
  p.vars = 7;
  p.facts.push_back({5, around(11.24, 0.005)});
  p.facts.push_back({6, around(0.473, 0.0005)});
  p.constraints.push_back(share_rule(5, 4, 6));
  EXPECT_FALSE(propagate(p, all_of(p)).feasible);
}

TEST(Propagate, DivisionByAnIntervalThroughZeroRemovesNothingFeasible) {
  // x / y == 2 with y in [-1, 1]: x = 2y can be anything in [-2, 2], and the solution
  // x = 1, y = 0.5 must survive.
  problem p{2, {{1, interval::closed(-1, 1)}}, {share_rule(0, 1, 0)}};
  p.constraints[0] = constraint{};
  builder b(p.constraints[0]);
  std::size_t ratio = b.apply(op::div, {b.var(0), b.var(1)});
  b.apply(op::eq, {ratio, b.constant(2)});
  p.constraints[0].finish();
  outcome o = propagate(p, all_of(p));
  ASSERT_TRUE(o.feasible);
  EXPECT_TRUE(o.domains[0].contains(1));
  EXPECT_TRUE(o.domains[1].contains(0.5));
}

TEST(Propagate, ComparisonsNarrowOnlyTheSideThatCanMove) {
  constraint c;
  builder b(c);
  b.apply(op::le, {b.var(0), b.var(1)});
  c.finish();
  problem p{2, {{0, interval::closed(0, 10)}, {1, interval::closed(2, 4)}}, {c}};
  outcome o = propagate(p, all_of(p));
  EXPECT_EQ(o.domains[0].hi, 4);
  EXPECT_EQ(o.domains[1].lo, 2);
}

TEST(Propagate, WithinAToleranceWidensTheProjection) {
  constraint c;
  builder b(c);
  b.near(b.var(0), b.constant(100), 0.01, true);
  c.finish();
  problem p{1, {}, {c}};
  outcome o = propagate(p, all_of(p));
  ASSERT_TRUE(o.feasible);
  EXPECT_LE(o.domains[0].lo, 99);
  EXPECT_GE(o.domains[0].hi, 101);
  EXPECT_TRUE(o.domains[0].bounded());
}

TEST(Propagate, MinAndMaxBoundTheirOperands) {
  constraint c;
  builder b(c);
  std::size_t m = b.apply(op::min, {b.var(0), b.var(1)});
  b.apply(op::eq, {m, b.constant(5)});
  c.finish();
  problem p{2, {{1, interval::closed(7, 9)}}, {c}};
  outcome o = propagate(p, all_of(p));
  ASSERT_TRUE(o.feasible);
  EXPECT_EQ(o.domains[0], interval::point(5));  // the only operand that can be the minimum
}

TEST(Propagate, AlternativesNarrowOnlyWhenOneIsLeft) {
  constraint c;
  builder b(c);
  std::size_t low = b.apply(op::lt, {b.var(0), b.constant(0)});
  std::size_t high = b.apply(op::gt, {b.var(0), b.constant(10)});
  b.apply(op::any_of, {low, high});
  c.finish();
  problem p{1, {{0, interval::closed(-5, 5)}}, {c}};
  outcome o = propagate(p, all_of(p));
  ASSERT_TRUE(o.feasible);
  EXPECT_EQ(o.domains[0].hi, 0);
}

TEST(Propagate, AlwaysEndsOnSlowlyConvergingCycles) {
  // x = y / 2 and y = x / 2 converge to 0 only in the limit; the work bound stops them.
  problem p{2, {{0, interval::closed(0, 1)}}, {}};
  for (auto [a, z] : {std::pair<std::size_t, std::size_t>{0, 1}, {1, 0}}) {
    constraint c;
    builder b(c);
    std::size_t half = b.apply(op::div, {b.var(a), b.constant(2)});
    b.apply(op::eq, {half, b.var(z)});
    c.finish();
    p.constraints.push_back(c);
  }
  outcome o = propagate(p, all_of(p));
  EXPECT_TRUE(o.feasible);
  EXPECT_TRUE(o.domains[0].contains(0));
  EXPECT_LE(o.revisions, 2 * options{}.revisions_per_constraint);
}

TEST(Propagate, InactiveElementsTakeNoPart) {
  problem p{
      3, {{0, around(5, 0.05)}, {1, around(3, 0.05)}, {2, around(9, 0.05)}}, {sum_rule(0, 1, 2)}};
  EXPECT_FALSE(feasible(p, all_of(p)));
  active_set without_total = all_of(p);
  without_total[2] = 0;
  EXPECT_TRUE(feasible(p, without_total));
  active_set without_rule = all_of(p);
  without_rule[3] = 0;
  EXPECT_TRUE(feasible(p, without_rule));
}

}  // namespace
}  // namespace crossfoot::solve
