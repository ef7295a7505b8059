// Section 3 of the drafts issue: extract scored against hand-built gold lists, on the real
// customs briefing and on an invented draft written for these tests. Targets: 95% recall and
// precision on value + unit, 90% on kind and qualifier.
#include <gtest/gtest.h>

#include <iostream>

#include "../corpus.hpp"
#include "gold_scoring_extract.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

void expect_targets(const std::string& draft, const std::string& gold_path) {
  diagnostics ds;
  auto d = extract_draft(draft, ds);
  ASSERT_TRUE(d) << render_all(ds);
  const auto gold = read_gold(gold_path);
  ASSERT_FALSE(gold.empty());
  const score s = score_extract(*d, gold);
  std::cout << draft << "\n" << kind_table(s);
  std::string misses;
  for (const auto& m : s.misses) misses += "  " + m + "\n";
  EXPECT_GE(s.recall(s.value_unit), 0.95) << misses;
  EXPECT_GE(s.precision(s.value_unit), 0.95) << misses;
  EXPECT_GE(s.recall(s.kind), 0.90) << misses;
  EXPECT_GE(s.precision(s.kind), 0.90) << misses;
  EXPECT_GE(s.recall(s.qualifier), 0.90) << misses;
  EXPECT_GE(s.precision(s.qualifier), 0.90) << misses;
  std::cout << misses;
}

TEST(Accuracy, CustomsBriefingMeetsTargets) {
  CROSSFOOT_NEEDS_CORPUS();
  const std::string corpus = testing::corpus_dir();
  expect_targets(corpus + "gacc-2023-annual-trade.txt", corpus + "gacc-2023-annual-trade.gold.tsv");
}

// An invented draft in Markdown, written for this test, with the forms the briefing lacks:
// US$1.2bn, €12.4 billion, RMB5 trillion, ¥ read as yuan, a Unicode minus, a thin-space
// thousands separator, full-width digits, fractions and ratios in words, "doubled", "fell
// by half", ranges, trailing qualifiers and claims wrapped across lines.
TEST(Accuracy, InventedDraftMeetsTargets) {
  const std::string dir = std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/extract/marlow-2025/";
  expect_targets(dir + "draft.md", dir + "gold.tsv");
}

// A held-out draft: written, with its gold list, after the extractor was finished, and never
// used to tune it. Its score is what a new text can expect.
TEST(Accuracy, HeldOutDraft) {
  const std::string dir = std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/extract/tarsk-2025/";
  expect_targets(dir + "draft.md", dir + "gold.tsv");
}

}  // namespace
}  // namespace crossfoot::testing
