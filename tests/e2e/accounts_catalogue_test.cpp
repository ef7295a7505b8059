// The national accounts catalogue's rules through `check --draft` (rules/accounts.rules): a
// table of GDP's growth with the contributions of final domestic demand, inventories and net
// trade, which make the whole of it, so a slip in one of them or in GDP's growth is an error
// from the draft alone. The draft is written for this test.
#include <gtest/gtest.h>

#include <string>

#include "run_binary.hpp"

namespace crossfoot::testing {
namespace {

std::string draft_text(const std::string& q1_net_trade) {
  return "# Corvia's GDP, third quarter of 2032\n\n"
         "GDP grew by 0.4% in the third quarter of 2032.\n\n"
         "Volume, percentage change on the previous quarter\n\n"
         "| | 2032 Q1 | 2032 Q2 | 2032 Q3 |\n"
         "|---|---|---|---|\n"
         "| GDP | 0.6 | 0.1 | 0.4 |\n"
         "| Contributions: | | | |\n"
         "| Internal demand excluding inventory changes | 0.4 | 0.3 | 0.5 |\n"
         "| Inventory changes | 0.1 | -0.4 | 0.2 |\n"
         "| Net foreign trade | " +
         q1_net_trade + " | 0.2 | -0.3 |\n";
}

run_output check_draft(const std::string& text, const std::string& options = "") {
  const scratch_dir dir;
  const std::string draft = dir.file("draft.md");
  write_text(draft, text);
  return run_crossfoot("check --draft " + draft + " --rules rules/accounts.rules" + options);
}

TEST(AccountsCatalogue, ContributionsOfTheWholeBindAndPass) {
  const run_output r = check_draft(draft_text("0.1"), " --verbose");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("error["), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("note[expenditure_contributions_make_growth]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("note[expenditure_contributions_make_growth_by_period]"), std::string::npos)
      << r.out;
}

// Net trade's contribution in the first quarter written 0.5 for 0.1: the three no longer make
// GDP's 0.6%.
TEST(AccountsCatalogue, AContributionThatBreaksTheWholeFails) {
  const run_output r = check_draft(draft_text("0.5"));
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error[expenditure_contributions_make_growth_by_period]"), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace crossfoot::testing
