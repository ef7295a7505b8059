// Forms of labour-force and national-accounts releases of agencies outside the release corpus
// (issue 9, session 13): the sentences and tables are written for these tests, in the styles
// the probes of /work/coord/probe13-report.md found misread.
#include <gtest/gtest.h>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// The title's "3rd quarter 2031" is the draft's own period, so the rate "in the 2nd quarter"
// is the one before (.prev), and "the third quarter 2030" a year before it: three figures,
// where all three were gdp.growth (a false conflict) and "3rd" named a family "rd".
TEST(AgencyForms, OrdinalQuartersInProse) {
  auto d = extract_text(
      "# Corvian economy, 3rd quarter 2031\n"
      "\n"
      "Gross domestic product rose by 0.6% in the 3rd quarter (0.2% in the 2nd quarter). "
      "Compared with the third quarter 2030, GDP was 1.9% higher.\n");
  EXPECT_EQ(claim_of(d, "0.6%").id, "gdp.growth");
  EXPECT_EQ(claim_of(d, "0.2%").id, "gdp.growth.prev");
  EXPECT_EQ(claim_of(d, "0.2%").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "1.9%").id, "gdp.growth_yoy");
}

// A bracket after a rate and its period that names only another period is that rate then, of
// its kind; a bracket naming a group is not.
TEST(AgencyForms, BracketOfAnotherPeriodTakesTheRatesKind) {
  auto d = extract_text(
      "# Corvian economy, second quarter 2031\n"
      "\n"
      "Household spending grew by 0.8% in the second quarter (0.5% in the first quarter).\n");
  EXPECT_EQ(claim_of(d, "0.5%").kind, claim_kind::growth);
  EXPECT_EQ(claim_of(d, "0.5%").id, "household_consumption.growth.prev");
}

}  // namespace
}  // namespace crossfoot::testing
