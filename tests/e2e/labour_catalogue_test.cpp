// The labour catalogue's rules through `check --draft` (rules/labour.rules): the reader names a
// release's measures as the catalogue does, so its identities bind from the draft alone: the
// labour force is the employed plus the unemployed, the unemployment rate their ratio, a rate of
// the whole lies between the rates of men and women. The draft is written for this test.
#include <gtest/gtest.h>

#include <string>

#include "run_binary.hpp"

namespace crossfoot::testing {
namespace {

std::string draft_text(const std::string& unemployed, const std::string& women_rate) {
  return "# Household survey of Brenmark: October 2032\n\n"
         "The labor force numbered 3,110,000 in October. There were 2,979,000 employed persons "
         "and " +
         unemployed +
         " unemployed persons.\n\n"
         "The unemployment rate was 4.2 percent. For men the unemployment rate came to 4.0 "
         "percent, and for women to " +
         women_rate + " percent.\n";
}

run_output check_draft(const std::string& text, const std::string& options = "") {
  const scratch_dir dir;
  const std::string draft = dir.file("draft.md");
  write_text(draft, text);
  return run_crossfoot("check --draft " + draft + " --rules rules/labour.rules" + options);
}

TEST(LabourCatalogue, AConsistentReleaseBindsItsIdentitiesAndPasses) {
  const run_output r = check_draft(draft_text("131,000", "4.5"));
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("error["), std::string::npos) << r.out;
  const run_output v = check_draft(draft_text("131,000", "4.5"), " --verbose");
  for (const char* rule : {"labour_force_is_employed_plus_unemployed",
                           "unemployment_rate_matches_levels", "rate_between_the_sexes"})
    EXPECT_NE(v.out.find(std::string("note[") + rule + "]"), std::string::npos) << rule << v.out;
}

// A digit slip in the unemployed: the labour force is no longer the employed plus them.
TEST(LabourCatalogue, TheLabourForceIsTheEmployedPlusTheUnemployed) {
  const run_output r = check_draft(draft_text("113,000", "4.5"));
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error[labour_force_is_employed_plus_unemployed]"), std::string::npos)
      << r.out;
}

// Women's rate written as men's: the whole's 4.2 percent is no longer between them.
TEST(LabourCatalogue, AWholesRateLiesBetweenTheSexes) {
  const run_output r = check_draft(draft_text("131,000", "4.0"));
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error[rate_between_the_sexes]"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace crossfoot::testing
