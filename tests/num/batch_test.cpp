// The span operations must give, lane for lane, exactly what the scalar operations give: the
// same ends to the bit and the same open or closed ends.
#include <gtest/gtest.h>

#include <cfenv>
#include <cmath>
#include <random>
#include <vector>

#include "num/batch.hpp"

namespace crossfoot {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

struct column {
  std::vector<double> lo, hi;
  std::vector<std::uint8_t> open;
  explicit column(std::size_t n) : lo(n), hi(n), open(n) {}
  batch::lanes view() { return {lo.data(), hi.data(), open.data()}; }
};

// Intervals of every shape the dataset path meets and some it does not: points, closed cells,
// confidential cells [0, inf), open and half-open ends, zero at an end or inside, infinities.
interval random_interval(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> shape(0, 11);
  std::uniform_real_distribution<double> u(-1000, 1000);
  auto pick = [&] {
    switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
      case 0:
        return 0.0;
      case 1:
        return std::round(u(rng));
      case 2:
        return u(rng) * 1e-3;
      default:
        return u(rng);
    }
  };
  double a = pick(), b = pick();
  if (a > b) std::swap(a, b);
  if (a == b) b = a + 1;  // lanes are never empty: an open end needs room
  switch (shape(rng)) {
    case 0:
      return interval::point(a);
    case 1:
      return {0, inf, false, true};  // a confidential cell
    case 2:
      return {a, b, true, false};
    case 3:
      return {a, b, false, true};
    case 4:
      return {a, inf, false, true};
    case 5:
      return {-inf, b, true, false};
    case 6:
      return interval::closed(0, std::fabs(b));
    case 7:
      return interval::closed(-std::fabs(a), 0);
    case 8:
      return {a, b, true, true};
    default:
      return interval::closed(a, b);
  }
}

void expect_same(const interval& want, const interval& got, const char* what, const interval& x,
                 const interval& y) {
  EXPECT_EQ(want.lo, got.lo) << what << " " << to_string(x, 17) << " " << to_string(y, 17);
  EXPECT_EQ(want.hi, got.hi) << what << " " << to_string(x, 17) << " " << to_string(y, 17);
  // Open flags matter only at finite ends; infinite ends are open by definition.
  if (std::isfinite(want.lo)) {
    EXPECT_EQ(want.lo_open, got.lo_open) << what << to_string(x);
  }
  if (std::isfinite(want.hi)) {
    EXPECT_EQ(want.hi_open, got.hi_open) << what << to_string(x);
  }
}

class BatchOps : public ::testing::Test {
 protected:
  static constexpr std::size_t n = 20000;
  BatchOps() : a(n), b(n), out(n) {
    std::mt19937_64 rng(20260605);
    for (std::size_t i = 0; i < n; ++i) {
      xs.push_back(random_interval(rng));
      ys.push_back(random_interval(rng));
      batch::set(a.view(), i, xs.back());
      batch::set(b.view(), i, ys.back());
    }
  }
  std::vector<interval> xs, ys;
  column a, b, out;
};

TEST_F(BatchOps, ArithmeticMatchesTheScalarOperations) {
  struct binary_case {
    const char* name;
    void (*span)(std::size_t, batch::const_lanes, batch::const_lanes, batch::lanes);
    interval (*scalar)(const interval&, const interval&);
  };
  const binary_case cases[] = {
      {"add", batch::add, [](const interval& x, const interval& y) { return x + y; }},
      {"sub", batch::sub, [](const interval& x, const interval& y) { return x - y; }},
      {"mul", batch::mul, [](const interval& x, const interval& y) { return x * y; }},
      {"div", batch::div, [](const interval& x, const interval& y) { return x / y; }},
      {"min", batch::min, [](const interval& x, const interval& y) { return min(x, y); }},
      {"max", batch::max, [](const interval& x, const interval& y) { return max(x, y); }},
      {"pow", batch::pow, [](const interval& x, const interval& y) { return pow(x, y); }},
  };
  for (const auto& c : cases) {
    c.span(n, a.view(), b.view(), out.view());
    for (std::size_t i = 0; i < n; ++i) {
      expect_same(c.scalar(xs[i], ys[i]), batch::get(out.view(), i), c.name, xs[i], ys[i]);
      if (HasFailure()) return;
    }
  }
}

TEST_F(BatchOps, UnaryOperationsMatchTheScalarOnes) {
  batch::neg(n, a.view(), out.view());
  for (std::size_t i = 0; i < n; ++i)
    expect_same(-xs[i], batch::get(out.view(), i), "neg", xs[i], xs[i]);
  batch::abs(n, a.view(), out.view());
  for (std::size_t i = 0; i < n; ++i)
    expect_same(abs(xs[i]), batch::get(out.view(), i), "abs", xs[i], xs[i]);
}

TEST_F(BatchOps, ComparisonsMatchTheScalarOnes) {
  std::vector<std::uint8_t> t(n);
  struct compare_case {
    batch::comparison c;
    truth (*scalar)(const interval&, const interval&);
  };
  const compare_case cases[] = {
      {batch::comparison::eq, compare_eq}, {batch::comparison::ne, compare_ne},
      {batch::comparison::lt, compare_lt}, {batch::comparison::le, compare_le},
      {batch::comparison::gt, compare_gt}, {batch::comparison::ge, compare_ge}};
  for (const auto& c : cases) {
    batch::compare(c.c, n, a.view(), b.view(), t.data());
    for (std::size_t i = 0; i < n; ++i) {
      ASSERT_EQ(batch::decode(t[i]), c.scalar(xs[i], ys[i]))
          << static_cast<int>(c.c) << " " << to_string(xs[i], 17) << " " << to_string(ys[i], 17);
    }
  }
  // Equal points and touching closed ends are the edge cases of the fast loop.
  batch::set(a.view(), 0, interval::point(2));
  batch::set(b.view(), 0, interval::point(2));
  batch::compare(batch::comparison::eq, 1, a.view(), b.view(), t.data());
  EXPECT_EQ(batch::decode(t[0]), truth::yes());
  batch::set(b.view(), 0, interval::closed(2, 3));
  batch::compare(batch::comparison::lt, 1, a.view(), b.view(), t.data());
  EXPECT_EQ(batch::decode(t[0]), truth::maybe());
}

TEST_F(BatchOps, TheCallersRoundingModeIsRestored) {
  std::fesetround(FE_TONEAREST);
  batch::add(n, a.view(), b.view(), out.view());
  batch::div(n, a.view(), b.view(), out.view());
  EXPECT_EQ(std::fegetround(), FE_TONEAREST);
}

// Sums into groups give, bit for bit, what adding each group's lanes in order with the scalar
// operator+ gives; lanes with an open or infinite end are left to the caller, flagged.
TEST_F(BatchOps, SumsIntoGroupsMatchTheScalarSums) {
  constexpr std::uint32_t groups = 7;
  std::vector<std::uint32_t> group(n);
  std::vector<std::uint8_t> use(n);
  for (std::size_t i = 0; i < n; ++i) {
    group[i] = static_cast<std::uint32_t>((i * 2654435761u) % groups);
    use[i] = i % 5 != 0;  // unknown cells are not summed
  }
  std::vector<std::uint8_t> left = use;
  std::vector<double> lo(groups, 0.0), hi(groups, 0.0);
  batch::add_into_groups(n, a.view(), group.data(), left.data(), lo.data(), hi.data());
  std::vector<interval> want(groups, interval::point(0));
  for (std::size_t i = 0; i < n; ++i) {
    const bool closed =
        !xs[i].lo_open && !xs[i].hi_open && std::isfinite(xs[i].lo) && std::isfinite(xs[i].hi);
    EXPECT_EQ(left[i], use[i] && !closed) << i;
    if (use[i] && closed) want[group[i]] = want[group[i]] + xs[i];
  }
  for (std::uint32_t g = 0; g < groups; ++g) {
    EXPECT_EQ(lo[g], want[g].lo) << g;
    EXPECT_EQ(hi[g], want[g].hi) << g;
  }
  std::fesetround(FE_TONEAREST);
  batch::add_into_groups(n, a.view(), group.data(), left.data(), lo.data(), hi.data());
  EXPECT_EQ(std::fegetround(), FE_TONEAREST);
}

}  // namespace
}  // namespace crossfoot
