// The prices catalogue's rules through `check --draft` (rules/prices.rules): a table of an index
// and its components with a weight column, and aggregates that leave components out ("All items
// excluding fuel"), named by the reader as the whole less its parts, so their weights are
// checked against the whole's and the parts' from the draft alone. The draft is written for
// this test.
#include <gtest/gtest.h>

#include <string>

#include "run_binary.hpp"

namespace crossfoot::testing {
namespace {

std::string draft_text(const std::string& fuel_weight, const std::string& less_both) {
  return "# Consumer price index of Marrow Isle: August 2033\n\n"
         "The consumer price index stood at 131.4 in August 2033.\n\n"
         "| Group | Weight (%) | Index, August 2033 |\n"
         "|---|---|---|\n"
         "| All items | 100.0 | 131.4 |\n"
         "| Rents | 22.5 | 140.2 |\n"
         "| Fuel | " +
         fuel_weight +
         " | 155.0 |\n"
         "| Other goods and services | 69.4 | 124.8 |\n"
         "| All items excluding fuel | 91.9 | 129.3 |\n"
         "| All items excluding rents and fuel | " +
         less_both + " | 124.8 |\n";
}

run_output check_draft(const std::string& text, const std::string& options = "") {
  const scratch_dir dir;
  const std::string draft = dir.file("draft.md");
  write_text(draft, text);
  return run_crossfoot("check --draft " + draft + " --rules rules/prices.rules" + options);
}

TEST(PricesCatalogue, AggregatesLessComponentsBindAndPass) {
  const run_output r = check_draft(draft_text("8.1", "69.4"), " --verbose");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("error["), std::string::npos) << r.out;
  for (const char* rule : {"weight_less_a_component", "weight_less_two_components"})
    EXPECT_NE(r.out.find(std::string("note[") + rule + "]"), std::string::npos) << rule << r.out;
}

// Fuel's weight with its digits swapped: the whole less fuel no longer weighs 91.9.
TEST(PricesCatalogue, AComponentsWeightMeetsTheAggregateWithoutIt) {
  const run_output r = check_draft(draft_text("1.8", "69.4"));
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error[weight_less_a_component]"), std::string::npos) << r.out;
}

// The aggregate without two components written 64.9: not the whole less rents and fuel.
TEST(PricesCatalogue, AnAggregateWithoutTwoComponentsWeighsTheRest) {
  const run_output r = check_draft(draft_text("8.1", "64.9"));
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error[weight_less_two_components]"), std::string::npos) << r.out;
}

// Two aggregates that each leave out fuel and one more component are not components of the one
// that leaves out fuel alone: their weights (71.0 and 66.5) together exceed its 89.5, which
// weights_within_whole must not hold against it.
TEST(PricesCatalogue, AggregatesLessTwoComponentsAreNoPartsOfTheOneLessOne) {
  const run_output r = check_draft(
      "# Consumer price index of Marrow Isle: May 2034\n\n"
      "The consumer price index stood at 118.7 in May 2034.\n\n"
      "| Group | Weight (%) | Index, May 2034 |\n"
      "|---|---|---|\n"
      "| All items | 100.0 | 118.7 |\n"
      "| Rents | 18.5 | 126.0 |\n"
      "| Fuel | 10.5 | 139.3 |\n"
      "| Food | 23.0 | 121.4 |\n"
      "| All items excluding fuel | 89.5 | 116.3 |\n"
      "| All items excluding fuel and rents | 71.0 | 113.5 |\n"
      "| All items excluding fuel and food | 66.5 | 114.6 |\n",
      " --verbose");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("error["), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("note[weight_less_two_components]"), std::string::npos) << r.out;
}

// The special aggregates "Goods" and "Services" weigh the whole index between them: with goods'
// weight written 41.3 for 43.1 they no longer make the all-items 100.0.
std::string goods_and_services(const std::string& goods_weight) {
  return "# Consumer price index of Marrow Isle: August 2033\n\n"
         "| Group | Weight (%) | Index, August 2033 |\n"
         "|---|---|---|\n"
         "| All-items | 100.0 | 131.4 |\n"
         "| Goods | " +
         goods_weight +
         " | 126.0 |\n"
         "| Services | 56.9 | 135.5 |\n";
}

TEST(PricesCatalogue, GoodsAndServicesWeighTheWhole) {
  const run_output fine = check_draft(goods_and_services("43.1"), " --verbose");
  EXPECT_EQ(fine.status, 0) << fine.out << fine.err;
  EXPECT_NE(fine.out.find("note[goods_and_services_make_the_whole]"), std::string::npos)
      << fine.out;
  const run_output slip = check_draft(goods_and_services("41.3"));
  EXPECT_EQ(slip.status, 1) << slip.out << slip.err;
  EXPECT_NE(slip.out.find("error[goods_and_services_make_the_whole]"), std::string::npos)
      << slip.out;
}

}  // namespace
}  // namespace crossfoot::testing
