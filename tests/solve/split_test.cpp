#include <gtest/gtest.h>

#include "solve/hc4.hpp"
#include "solve/problem.hpp"
#include "solve_builder.hpp"

namespace crossfoot::solve {
namespace {

using testing::around;
using testing::builder;

// growth(E + I) == G, with E and I's previous levels E / (1 + ge) and I / (1 + gi): the
// cross-border e-commerce figures of the GACC briefing (exports 1.83 tn +19.6%, imports
// 548.3 bn +3.9%, total growth 15.6%).
struct growth_of_sum {
  constraint c;
  std::size_t total_growth = 0;  // the node of growth(E + I)
  growth_of_sum() {
    builder b(c);
    std::size_t e = b.var(0), i = b.var(1);
    std::size_t now = b.apply(op::add, {e, i});
    std::size_t e_prev = b.apply(op::div, {b.var(0), b.apply(op::add, {b.constant(1), b.var(2)})});
    std::size_t i_prev = b.apply(op::div, {b.var(1), b.apply(op::add, {b.constant(1), b.var(3)})});
    std::size_t before = b.apply(op::add, {e_prev, i_prev});
    total_growth = b.apply(op::sub, {b.apply(op::div, {now, before}), b.constant(1)});
    b.apply(op::eq, {total_growth, b.var(4)});
    c.finish();
  }
  std::vector<interval> box(double stated_growth) const {
    return {around(1.83, 0.005), around(0.5483, 0.00005), around(0.196, 0.0005),
            around(0.039, 0.0005), around(stated_growth, 0.0005)};
  }
};

TEST(Split, RepeatedVariablesAreFound) {
  growth_of_sum g;
  EXPECT_EQ(g.c.repeated, (std::vector<std::size_t>{0, 1}));
}

TEST(Split, SplittingRecoversTheTrueRangeOfAGrowthOfASum) {
  // "plain interval evaluation ... gives [15.04%, 16.11%] where the true range is about
  // [15.5%, 15.7%]"
  growth_of_sum g;
  auto box = g.box(0.156);
  interval plain = forward(g.c, box).values[g.total_growth];
  interval split = range_of(g.c, g.total_growth, box);
  EXPECT_GT(plain.width(), 0.009);
  EXPECT_LT(split.width(), 0.004);
  EXPECT_LT(split.lo, 0.1555);  // sound: the true range is inside
  EXPECT_GT(split.hi, 0.1565);
}

TEST(Split, AnErrorOfAFewTenthsOfAPointIsCaught) {
  growth_of_sum g;
  EXPECT_TRUE(decide(g.c, g.box(0.156)).can_be_true);
  truth plain = forward(g.c, g.box(0.159)).truths.back();
  EXPECT_TRUE(plain.can_be_true);  // plain evaluation cannot tell
  EXPECT_FALSE(decide(g.c, g.box(0.159)).can_be_true);
  EXPECT_FALSE(decide(g.c, g.box(0.152)).can_be_true);
  auto box = g.box(0.159);
  EXPECT_FALSE(revise(g.c, box));
}

TEST(Split, ReviseNeverLosesAFeasiblePoint) {
  growth_of_sum g;
  double e = 1.832, i = 0.54831, ge = 0.1962, gi = 0.0389;
  double truth_growth = (e + i) / (e / (1 + ge) + i / (1 + gi)) - 1;
  auto box = g.box(0.156);
  box[4] = around(truth_growth, 1e-12);
  ASSERT_TRUE(revise(g.c, box));
  EXPECT_TRUE(box[0].contains(e));
  EXPECT_TRUE(box[1].contains(i));
  EXPECT_TRUE(box[2].contains(ge));
  EXPECT_TRUE(box[3].contains(gi));
}

// The instances of one rule share their nodes when they compile to the same ones; a shared list
// is copied before a change, so the other instance keeps its own.
TEST(NodeList, EqualListsShareOneCopyAndACopyIsMadeOnChange) {
  auto leaf = [](double v) {
    node n;
    n.o = op::constant;
    n.value = interval::point(v);
    return n;
  };
  constraint a, b, c;
  a.add(leaf(1));
  b.add(leaf(1));
  c.add(leaf(2));
  EXPECT_FALSE(b.nodes.shares_with(a.nodes));
  EXPECT_TRUE(b.nodes.share(a.nodes));
  EXPECT_TRUE(b.nodes.shares_with(a.nodes));
  EXPECT_FALSE(c.nodes.share(a.nodes));
  b.nodes.edit(0).value = interval::point(3);
  EXPECT_FALSE(b.nodes.shares_with(a.nodes));
  EXPECT_EQ(a.nodes[0].value, interval::point(1));
  EXPECT_EQ(b.nodes[0].value, interval::point(3));
  constraint copy = a;  // a copied constraint shares until changed
  EXPECT_TRUE(copy.nodes.shares_with(a.nodes));
  copy.add(leaf(4));
  EXPECT_EQ(a.nodes.size(), 1u);
  EXPECT_EQ(copy.nodes.size(), 2u);
}

}  // namespace
}  // namespace crossfoot::solve
