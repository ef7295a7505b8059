// Per-rule summaries, failed warnings counted apart from failed errors, and the per-rule cap.
#include <gtest/gtest.h>

#include "check_fixture.hpp"

namespace crossfoot {
namespace {

using testing::load;

const char* ports = R"(
[a.exports]
value = "RMB 1.83 trillion"
[a.imports]
value = "RMB 548.3 billion"
[a.total]
value = "RMB 2.48 trillion"
[b.exports]
value = "RMB 1.0 trillion"
[b.imports]
value = "RMB 1.0 trillion"
[b.total]
value = "RMB 2.0 trillion"
[c.exports]
value = "RMB 1.0 trillion"
[c.imports]
value = "RMB 1.0 trillion"
[c.total]
value = "RMB 3.0 trillion"
[d.exports]
value = "RMB 1.0 trillion"
)";

const char* rules = R"(
rule sums: for each X: X.exports + X.imports == X.total
rule soft warning: for each X: X.exports <= X.total / 2
rule nothing: for each X: X.nowhere > 0
rule open: d.exports <= d.total
)";

check_result run(std::size_t cap = 0) {
  auto in = load(rules, ports);
  check_options o;
  o.max_findings = cap;
  return run_check(in.rules, in.figures, o);
}

TEST(RuleSummary, OneEntryPerRuleInOrderWithItsCounts) {
  auto r = run();
  ASSERT_EQ(r.rules.size(), 4u);
  const auto& sums = r.rules[0];
  EXPECT_EQ(sums.rule, "sums");
  EXPECT_EQ(sums.level, severity::error);
  EXPECT_EQ(sums.instances, 3);  // d has no imports to bind
  EXPECT_EQ(sums.pass, 1);       // b
  EXPECT_EQ(sums.fail, 2);       // a, c
  EXPECT_EQ(sums.omitted, 0);
  EXPECT_EQ(r.rules[1].rule, "soft");
  EXPECT_EQ(r.rules[1].level, severity::warning);
  EXPECT_EQ(r.rules[1].fail, 1);  // a: 1.83 > 2.48 / 2
  // A rule that binds nothing is still listed.
  EXPECT_EQ(r.rules[2].rule, "nothing");
  EXPECT_EQ(r.rules[2].instances, 0);
  EXPECT_EQ(r.rules[3].unknown, 1);  // d.total is stated nowhere
}

TEST(RuleSummary, CountsAddUpToTheSummary) {
  auto r = run();
  std::int64_t instances = 0, pass = 0, unknown = 0;
  for (const auto& s : r.rules) {
    EXPECT_EQ(s.instances, s.pass + s.fail + s.conflict + s.unknown + s.error) << s.rule;
    instances += s.instances;
    pass += s.pass;
    unknown += s.unknown;
  }
  EXPECT_EQ(instances, r.summary.instances);
  EXPECT_EQ(pass, r.summary.pass);
  EXPECT_EQ(unknown, r.summary.unknown);
}

TEST(Summary, FailedWarningsAreCountedApartFromFailedErrors) {
  auto r = run();
  EXPECT_EQ(r.summary.fail, 2);
  EXPECT_EQ(r.summary.fail_warning, 1);
  EXPECT_EQ(r.summary.fail_info, 0);
}

TEST(Cap, KeepsTheFirstFindingsThatDoNotHoldPerRuleAndCountsTheRest) {
  auto r = run(1);
  int sums_shown = 0, sums_pass = 0;
  for (const auto& f : r.findings) {
    if (f.rule != "sums") continue;
    if (f.kind == finding_kind::pass)
      ++sums_pass;
    else
      ++sums_shown;
  }
  EXPECT_EQ(sums_shown, 1);
  EXPECT_EQ(sums_pass, 1);  // what holds is not capped
  EXPECT_EQ(r.rules[0].omitted, 1);
  EXPECT_EQ(r.rules[1].omitted, 0);
  EXPECT_EQ(r.summary.omitted, 1);
  // The counts still cover every instance.
  EXPECT_EQ(r.rules[0].fail, 2);
  EXPECT_EQ(r.summary.fail, 2);
  // The first in rule order is kept.
  const finding* first = nullptr;
  for (const auto& f : r.findings) {
    if (f.rule == "sums" && f.kind != finding_kind::pass && !first) first = &f;
  }
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->bound, (binding{{"X", "a"}}));
}

TEST(Progress, IsToldOfEachRuleDone) {
  auto in = load(rules, ports);
  std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
  check_options o;
  o.progress = [&](std::uint64_t done, std::uint64_t total) { calls.emplace_back(done, total); };
  run_check(in.rules, in.figures, o);
  ASSERT_EQ(calls.size(), 4u);
  EXPECT_EQ(calls.back(), (std::pair<std::uint64_t, std::uint64_t>{4, 4}));
}

}  // namespace
}  // namespace crossfoot
