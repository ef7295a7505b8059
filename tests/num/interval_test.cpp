#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "num/interval.hpp"

namespace crossfoot {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

TEST(Interval, AdditionRoundsOutward) {
  interval s = interval::point(0.1) + interval::point(0.2);
  // The exact decimal sum 0.3 lies inside, though 0.1 + 0.2 != 0.3 in doubles.
  EXPECT_LE(s.lo, 0.3);
  EXPECT_GE(s.hi, 0.3);
  EXPECT_LT(s.lo, s.hi);
}

TEST(Interval, OpenEndsStayOpenThroughArithmetic) {
  // "Ends can be open ("more than 5" excludes 5): keep the distinction between open and closed
  // ends through arithmetic and comparisons."
  interval more_than_5{5, inf, true, true};
  interval s = more_than_5 + interval::point(1);
  EXPECT_EQ(s.lo, 6);
  EXPECT_TRUE(s.lo_open);
  EXPECT_FALSE(compare_eq(more_than_5, interval::point(5)).can_be_true);
  EXPECT_TRUE(compare_eq(interval{5, inf, false, true}, interval::point(5)).can_be_true);
  EXPECT_FALSE(compare_le(more_than_5, interval::point(5)).can_be_true);
  EXPECT_TRUE(compare_ge(more_than_5, interval::point(5)).can_be_true);
  EXPECT_FALSE(compare_ge(more_than_5, interval::point(5)).can_be_false);
}

TEST(Interval, MultiplicationTakesTheExtremeProducts) {
  interval p = interval::closed(-2, 3) * interval::closed(4, 5);
  EXPECT_LE(p.lo, -10);
  EXPECT_GE(p.hi, 15);
  EXPECT_NEAR(p.lo, -10, 1e-12);
  EXPECT_NEAR(p.hi, 15, 1e-12);
  // A closed zero times anything unbounded is still a closed zero end.
  interval z = interval::closed(0, 1) * interval{2, inf, false, true};
  EXPECT_EQ(z.lo, 0);
  EXPECT_FALSE(z.lo_open);
  EXPECT_TRUE(std::isinf(z.hi));
}

TEST(Interval, DivisionThroughZeroIsSound) {
  EXPECT_EQ(interval::closed(1, 2) / interval::closed(-1, 1), interval::entire());
  EXPECT_EQ(interval::closed(1, 2) / interval::closed(0, 1), interval::entire());
  // Zero as an open end: 1 / (0, 2] is [0.5, inf).
  interval r = interval::point(1) / interval{0, 2, true, false};
  EXPECT_NEAR(r.lo, 0.5, 1e-15);
  EXPECT_LE(r.lo, 0.5);
  EXPECT_FALSE(r.lo_open);
  EXPECT_TRUE(std::isinf(r.hi));
  interval q = interval::closed(1, 2) / interval::closed(4, 8);
  EXPECT_LE(q.lo, 0.125);
  EXPECT_GE(q.hi, 0.5);
}

TEST(Interval, EmptyPropagates) {
  interval e = interval::empty_set();
  EXPECT_TRUE(e.empty());
  EXPECT_TRUE((e + interval::point(1)).empty());
  EXPECT_TRUE((e * interval::point(1)).empty());
  EXPECT_TRUE(intersect(interval::closed(0, 1), interval::closed(2, 3)).empty());
  EXPECT_TRUE(intersect(interval::closed(0, 1), interval{1, 2, true, false}).empty());
  EXPECT_FALSE(intersect(interval::closed(0, 1), interval::closed(1, 2)).empty());
}

TEST(Interval, MinMaxAbsHull) {
  EXPECT_EQ(min(interval::closed(1, 5), interval::closed(2, 3)), interval::closed(1, 3));
  EXPECT_EQ(max(interval::closed(1, 5), interval::closed(2, 3)), interval::closed(2, 5));
  EXPECT_EQ(abs(interval::closed(-3, 2)), interval::closed(0, 3));
  EXPECT_EQ(abs(interval::closed(-3, -2)), interval::closed(2, 3));
  EXPECT_EQ(hull(interval::closed(1, 2), interval::closed(4, 5)), interval::closed(1, 5));
}

TEST(Interval, PowerForCompoundGrowth) {
  interval p = pow(interval::closed(1.05, 1.05), interval::point(10));
  EXPECT_NEAR(p.lo, std::pow(1.05, 10), 1e-12);
  EXPECT_LE(p.lo, p.hi);
  EXPECT_EQ(pow(interval::closed(-2, 3), interval::point(2)).lo, 0);
  EXPECT_EQ(pow(interval::closed(-2, 3), interval::point(0.5)), interval::entire());
  interval root = pow(interval::closed(4, 9), interval::point(0.5));
  EXPECT_LE(root.lo, 2);
  EXPECT_GE(root.hi, 3);
}

TEST(Interval, GapAndMagnitude) {
  EXPECT_NEAR(gap(interval::closed(1, 2), interval::closed(3, 4)), 1, 1e-15);
  EXPECT_EQ(gap(interval::closed(1, 3), interval::closed(2, 4)), 0);
  EXPECT_EQ(magnitude(interval::closed(-5, 2)), 5);
}

TEST(Interval, ComparisonsAreAboutSomeValues) {
  // "`==` holds when the two sides' intervals overlap, `<` when lo(a) < hi(b)"
  EXPECT_TRUE(compare_eq(interval::closed(1, 2), interval::closed(2, 3)).can_be_true);
  EXPECT_FALSE(compare_eq(interval::closed(1, 2), interval::closed(2.5, 3)).can_be_true);
  EXPECT_TRUE(compare_lt(interval::closed(1, 2), interval::closed(1.5, 3)).can_be_true);
  EXPECT_FALSE(compare_lt(interval::closed(2, 3), interval::closed(1, 2)).can_be_true);
  EXPECT_TRUE(compare_le(interval::closed(2, 3), interval::closed(1, 2)).can_be_true);
  EXPECT_EQ(compare_eq(interval::point(1), interval::point(1)), truth::yes());
  EXPECT_EQ(logical_and(truth::yes(), truth::no()), truth::no());
  EXPECT_EQ(logical_or(truth::maybe(), truth::no()), truth::maybe());
}

TEST(Interval, PrintsBracketsForEnds) {
  EXPECT_EQ(to_string(interval::closed(2.75, 2.85)), "[2.75, 2.85]");
  EXPECT_EQ(to_string(interval{5, inf, true, true}), "(5, inf)");
  EXPECT_EQ(to_string(interval::empty_set()), "{}");
}

}  // namespace
}  // namespace crossfoot
