// check --draft on a CPI release: the prose's rate of the headline index and the table row that
// states it are one figure, so a slip in either is a conflict (issue 9). Our own sentences.
#include <gtest/gtest.h>

#include "../extract/extract_helpers.hpp"
#include "draft/draft_figures.hpp"

namespace crossfoot::testing {
namespace {

std::vector<const draft_claim*> with_id(const draft_extract& d, const std::string& id) {
  std::vector<const draft_claim*> out;
  for (const draft_claim& c : d.claims) {
    if (c.id == id) out.push_back(&c);
  }
  return out;
}

const char* const release =
    "# Consumer Price Index, Ostmark, March 2031\n"
    "\n"
    "The consumer price index of March 2031 stood at 104.2 (2025=100). It was down 0.5% from "
    "the previous month and up 1.4% over the year.\n"
    "\n"
    "| | Index | Monthly change (%) | Annual change (%) |\n"
    "|---|---|---|---|\n"
    "| General | 104.2 | -0.3 | 1.4 |\n"
    "| Food | 106.0 | 0.2 | 2.9 |\n";

// The prose's -0.5% (a slip for -0.3%) and the General row's monthly change stay one figure.
TEST(CpiHeadlineFigures, ProseRateMeetsTheGeneralRow) {
  draft_extract d = extract_text(release);
  separate_unrelated_claims(d);
  const auto monthly = with_id(d, "cpi.growth");
  ASSERT_EQ(monthly.size(), 2U);
  EXPECT_NE(monthly[0]->q.number, monthly[1]->q.number);
  EXPECT_EQ(with_id(d, "cpi.growth_yoy").size(), 2U);
}

}  // namespace
}  // namespace crossfoot::testing
