#include <gtest/gtest.h>

#include "check_fixture.hpp"

namespace crossfoot {
namespace {

using testing::run;

const char* intermediate = R"(
[[intermediate.total]]
value = "RMB 25.53 trillion"
share = "61.1%"
[[intermediate.total]]
value = "RMB 11.24 trillion"
share = "47.3%"
[intermediate.imports]
value = "RMB 14.29 trillion"
)";

const char* within_total = R"(
rule imports_within_total: for each X: X.imports <= X.total
)";

TEST(Conflict, ClaimsThatCannotAllBeTrueAreReportedTogether) {
  // "Conflicts of a figure and its children that come from the same tables are reported
  // together."
  auto c = run(within_total, intermediate);
  ASSERT_EQ(c.count(finding_kind::conflict), 1);
  const finding& f = c.result.findings.front();
  EXPECT_EQ(f.kind, finding_kind::conflict);
  EXPECT_EQ(f.conflicted_ids,
            (std::vector<std::string>{"intermediate.total", "intermediate.total.share"}));
  EXPECT_EQ(f.figures.size(), 4u);
  EXPECT_EQ(c.result.summary.conflict, 1);
}

TEST(Conflict, EachClaimIsEvaluatedInTurn) {
  // "each rule instance that uses the figure is evaluated with each claim in turn, so the
  // report shows which claim the other figures support"
  auto c = run(within_total, intermediate);
  const finding& f = c.result.findings.front();
  ASSERT_EQ(f.alternatives.size(), 2u);
  EXPECT_EQ(f.alternatives[0].alternative, 0);
  EXPECT_EQ(f.alternatives[0].kind, finding_kind::pass);
  EXPECT_EQ(f.alternatives[1].alternative, 1);
  EXPECT_EQ(f.alternatives[1].kind, finding_kind::fail);
  EXPECT_EQ(c.result.summary.depend_on_conflict, 1);
  EXPECT_EQ(c.result.summary.fail, 0);
}

TEST(Conflict, AgreeingRepeatedClaimsAreIntersected) {
  auto c = run("rule r: consumer.imports > 1.95 [RMB trillion]", R"(
[[consumer.imports]]
value = "nearly RMB 2 trillion"
[[consumer.imports]]
value = "RMB 1.95 trillion"
)");
  EXPECT_EQ(c.count(finding_kind::conflict), 0);
  // The intersection is [1.945, 1.955]: it can exceed 1.95 but need not.
  EXPECT_EQ(c.find("r")->kind, finding_kind::pass);
  ASSERT_EQ(c.find("r")->figures.size(), 1u);
  EXPECT_EQ(c.find("r")->figures[0].claim, -1);
  EXPECT_EQ(c.find("r")->figures[0].written, "nearly RMB 2 trillion & RMB 1.95 trillion");
}

}  // namespace
}  // namespace crossfoot
