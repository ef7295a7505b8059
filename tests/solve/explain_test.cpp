#include <gtest/gtest.h>

#include <random>

#include "solve/problem.hpp"
#include "solve_builder.hpp"

namespace crossfoot::solve {
namespace {

using testing::all_of;
using testing::around;
using testing::builder;

constraint equal_sum(std::vector<std::size_t> parts, std::size_t total) {
  constraint c;
  builder b(c);
  std::vector<std::size_t> kids;
  for (std::size_t v : parts) kids.push_back(b.var(v));
  b.apply(op::eq, {b.apply(op::sum, kids), b.var(total)});
  c.finish();
  return c;
}

std::vector<std::size_t> every(const problem& p) {
  std::vector<std::size_t> out;
  for (std::size_t e = 0; e < p.elements(); ++e) out.push_back(e);
  return out;
}

TEST(Explain, FeasibleProblemsHaveNoConflict) {
  problem p{3, {{0, around(1, 0.1)}, {1, around(2, 0.1)}}, {equal_sum({0, 1}, 2)}};
  EXPECT_TRUE(minimal_conflict(p, every(p)).empty());
}

TEST(Explain, TheConflictIsMinimal) {
  // Facts 0-2 and rule 5 cannot hold together; fact 3, fact 4 and rule 6 are bystanders.
  problem p{6,
            {{0, around(1, 0.01)},
             {1, around(2, 0.01)},
             {2, around(4, 0.01)},
             {3, around(7, 0.01)},
             {4, around(1, 0.01)}},
            {equal_sum({0, 1}, 2), equal_sum({3, 4}, 5)}};
  auto c = minimal_conflict(p, every(p));
  EXPECT_EQ(c, (std::vector<std::size_t>{0, 1, 2, 5}));
  // Every proper subset is feasible.
  for (std::size_t drop = 0; drop < c.size(); ++drop) {
    active_set a(p.elements(), 0);
    for (std::size_t i = 0; i < c.size(); ++i) a[c[i]] = i != drop;
    EXPECT_TRUE(feasible(p, a)) << "without element " << c[drop];
  }
}

TEST(Explain, ComponentsSeparateUnrelatedFamilies) {
  problem p{
      6, {{0, around(1, 0.1)}, {3, around(1, 0.1)}}, {equal_sum({0, 1}, 2), equal_sum({3, 4}, 5)}};
  auto groups = components(p, all_of(p));
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0], (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(groups[1], (std::vector<std::size_t>{1, 3}));
}

TEST(Explain, RandomConflictsAreMinimal) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    // A chain of sums over 8 variables with one fact off by a lot.
    problem p{8, {}, {}};
    std::vector<double> truth(8);
    for (std::size_t v = 0; v < 4; ++v) truth[v] = static_cast<double>(1 + rng() % 100);
    truth[4] = truth[0] + truth[1];
    truth[5] = truth[2] + truth[3];
    truth[6] = truth[4] + truth[5];
    truth[7] = truth[6];
    for (std::size_t v = 0; v < 8; ++v) p.facts.push_back({v, around(truth[v], 0.5)});
    p.facts[rng() % 8].value = around(1000, 0.5);
    p.constraints = {equal_sum({0, 1}, 4), equal_sum({2, 3}, 5), equal_sum({4, 5}, 6),
                     equal_sum({6}, 7)};
    auto c = minimal_conflict(p, every(p));
    ASSERT_FALSE(c.empty());
    active_set a(p.elements(), 0);
    for (std::size_t e : c) a[e] = 1;
    EXPECT_FALSE(feasible(p, a));
    for (std::size_t e : c) {
      a[e] = 0;
      EXPECT_TRUE(feasible(p, a));
      a[e] = 1;
    }
  }
}

TEST(Explain, PropagationNeverRemovesTheTrueValues) {
  // Random sums and shares over true values, published rounded: always feasible, and every
  // true value stays inside its narrowed domain.
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> level(1, 1000);
  for (int round = 0; round < 200; ++round) {
    problem p{4, {}, {}};
    double a = level(rng), b = level(rng);
    double truth[] = {a, b, a + b, a / (a + b)};
    constraint share;
    builder s(share);
    s.apply(op::eq, {s.apply(op::div, {s.var(0), s.var(2)}), s.var(3)});
    share.finish();
    p.constraints = {equal_sum({0, 1}, 2), share};
    for (std::size_t v = 0; v < 4; ++v) {
      if (rng() % 3 == 0) continue;  // unstated
      double unit = v == 3 ? 0.001 : 0.1;
      p.facts.push_back({v, around(std::round(truth[v] / unit) * unit, unit / 2)});
    }
    outcome o = propagate(p, all_of(p));
    ASSERT_TRUE(o.feasible) << "round " << round;
    for (std::size_t v = 0; v < 4; ++v)
      EXPECT_TRUE(o.domains[v].contains(truth[v])) << round << " " << v;
  }
}

}  // namespace
}  // namespace crossfoot::solve
