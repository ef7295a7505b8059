// A dataset cell written "2616.63" is the figure "2616.63": the span version of a written
// number's interval gives exactly what the quantity parser's scalar path gives.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "num/batch.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot {
namespace {

// A cell written "2616.63" is the figure "2616.63": the same interval as the quantity parser's.
TEST(BatchWritten, CellsAreTheIntervalsOfTheirWrittenDigits) {
  std::mt19937_64 rng(7);
  for (const char* unit_text : {"EUR thousand", "%", "EUR", "EUR billion", "pp"}) {
    quantity_error err;
    auto u = parse_unit(unit_text, err);
    ASSERT_TRUE(u) << unit_text;
    std::vector<double> v, half;
    std::vector<std::uint8_t> integer;
    std::vector<quantity> qs;
    for (int k = 0; k < 5000; ++k) {
      int decimals = std::uniform_int_distribution<int>(0, 4)(rng);
      double scaled = std::round(std::uniform_real_distribution<double>(-1e7, 1e7)(rng));
      double number = scaled / std::pow(10.0, decimals);
      quantity q;
      q.number = number;
      q.decimals = decimals;
      q.written_unit = *u;
      qs.push_back(q);
      v.push_back(number);
      interval h = interval::point(0.5) / interval::point(std::pow(10.0, decimals));
      half.push_back(h.hi);
      integer.push_back(decimals == 0 && std::fabs(number) < 9007199254740992.0);
    }
    std::vector<double> lo(qs.size()), hi(qs.size());
    std::vector<std::uint8_t> open(qs.size());
    batch::lanes out{lo.data(), hi.data(), open.data()};
    batch::written(qs.size(), v.data(), half.data(), integer.data(), u->factor(), out);
    for (std::size_t i = 0; i < qs.size(); ++i) {
      interval want = to_interval(qs[i], {}, 0.10);
      ASSERT_EQ(want, batch::get(out, i)) << qs[i].number << " " << unit_text;
    }
  }
}

}  // namespace
}  // namespace crossfoot
