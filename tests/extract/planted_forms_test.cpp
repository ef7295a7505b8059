// Forms behind planted errors that check --draft missed (issue 9): the same figure written in
// prose and in a table must get the same id, so that a slip in one of them meets the other.
// The sentences are written for these tests.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// "All groups CPI" is the whole index: the row is the CPI's, as the prose's "the CPI" is.
TEST(PlantedForms, AllGroupsRowIsTheWholeIndex) {
  auto d = extract_text(
      "# Prices in Corvia, June quarter 2031\n"
      "\n"
      "The CPI went up 0.6% in the June quarter 2031.\n"
      "\n"
      "| Eight towns | Mar Qtr 2031 to Jun Qtr 2031 |\n"
      "|---|---|\n"
      "| | % change |\n"
      "| All groups CPI | 0.6 |\n"
      "| All items index, excluding fuel | 0.4 |\n");
  const draft_claim prose = claim_of(d, "0.6%");
  const draft_claim row = cell(d, 8, 0);
  EXPECT_EQ(prose.id, "cpi.growth");
  EXPECT_EQ(row.id, prose.id);
  EXPECT_FALSE(cell(d, 9, 0).id.starts_with("all")) << cell(d, 9, 0).id;
}

// A table whose rows and columns name no period, under a caption that names the draft's own,
// states its cells' period: the cell and "in May 2031" in prose are one figure's claims.
TEST(PlantedForms, CaptionNamingTheOwnPeriodStatesIt) {
  auto d = extract_text(
      "# Trade of Corvia, May 2031\n"
      "\n"
      "Exports to the Aldren Union reached 7.4 billion euros in May 2031.\n"
      "\n"
      "| Corvian trade, May 2031 | EUR bn |\n"
      "|---|---|\n"
      "| Exports to the Aldren Union | 7.4 |\n");
  const draft_claim prose = claim_of(d, "7.4 billion euros");
  const draft_claim row = cell(d, 7, 0);
  EXPECT_EQ(row.id, prose.id);
  EXPECT_TRUE(prose.period_stated);
  EXPECT_TRUE(row.period_stated);
  EXPECT_EQ(row.caption_period, "2031-05");
}

// A caption that names another period too says nothing of one cell's period.
TEST(PlantedForms, CaptionNamingTwoPeriodsStatesNone) {
  auto d = extract_text(
      "# Trade of Corvia, May 2031\n"
      "\n"
      "| Corvian trade, May 2031 and May 2030 | EUR bn |\n"
      "|---|---|\n"
      "| Exports to the Aldren Union | 7.4 |\n");
  EXPECT_FALSE(cell(d, 5, 0).period_stated);
  EXPECT_EQ(cell(d, 5, 0).caption_period, "");
}

}  // namespace
}  // namespace crossfoot::testing
