// The scorer itself: it must be able to fail, or the accuracy test proves nothing.
#include "gold_scoring_extract.hpp"

#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

const std::string text =
    "Exports reached RMB 13.47 trillion, up 2.8%, and nearly 80% of the total. It saves 1-2 "
    "days.\n";

score score_rows(const std::vector<gold_claim>& gold) {
  return score_extract(extract_text(text), gold);
}

TEST(GoldScoring, AgreeingClaimsScoreFully) {
  const score s = score_rows({{1, "RMB 13.47 trillion", "13470000000000", "CNY", "level", "exact"},
                              {1, "up 2.8%", "2.8", "%", "growth", "exact"},
                              {1, "nearly 80%", "80", "%", "share", "nearly"},
                              {1, "1-2", "1-2", "days", "other", "exact"}});
  EXPECT_EQ(s.value_unit, 4);
  EXPECT_EQ(s.kind, 4);
  EXPECT_EQ(s.qualifier, 4);
  EXPECT_DOUBLE_EQ(s.precision(s.value_unit), 1.0);
}

TEST(GoldScoring, WrongValueUnitKindOrQualifierCount) {
  const score s = score_rows({{1, "RMB 13.47 trillion", "13470000000", "CNY", "level", "exact"},
                              {1, "up 2.8%", "2.8", "pp", "growth", "exact"},
                              {1, "nearly 80%", "80", "%", "growth", "about"},
                              {1, "1-2", "1", "days", "other", "exact"}});
  EXPECT_EQ(s.value_unit, 1);
  EXPECT_EQ(s.kind, 3);
  EXPECT_EQ(s.qualifier, 3);
}

TEST(GoldScoring, ExtraClaimsCostPrecisionAndMissingOnesRecall) {
  const score s = score_rows({{1, "RMB 13.47 trillion", "13470000000000", "CNY", "level", "exact"},
                              {1, "Exports", "1", "items", "other", "exact"}});
  EXPECT_DOUBLE_EQ(s.recall(s.value_unit), 0.5);
  EXPECT_DOUBLE_EQ(s.precision(s.value_unit), 0.25);
}

TEST(GoldScoring, ClaimsOnOtherLinesDoNotMatch) {
  const score s = score_extract(extract_text("Intro.\nExports rose 5%.\n"),
                                {{1, "Intro", "5", "%", "growth", "exact"}});
  EXPECT_EQ(s.value_unit, 0);
}

}  // namespace
}  // namespace crossfoot::testing
