// The trade catalogue's rules on a table of months by years and on the balances with the EU
// and outside it, through `check --draft` (rules/trade.rules: parts_within_flows_prev,
// parts_within_flows_by_period, eu_and_non_eu_make_national_trade). The draft is written for
// this test.
#include <gtest/gtest.h>

#include <string>

#include "run_binary.hpp"

namespace crossfoot::testing {
namespace {

std::string draft_text(const std::string& eu_balance, const std::string& march_2030_non_eu) {
  return "# Goods trade of Norland, April 2031\n\n"
         "Trade with the EU ended in " +
         eu_balance +
         ", while trade with countries outside the EU ended in a surplus of DKK 5.0 billion. "
         "The net trade balance was DKK 3.0 billion.\n\n"
         "Exports by month, 2030-2031 (DKK billion)\n\n"
         "| | Month | Total | | EU | | Non-EU | |\n"
         "|---|---|---|---|---|---|---|---|\n"
         "| | | 2030 | 2031 | 2030 | 2031 | 2030 | 2031 |\n"
         "| Exports | Jan | 30.0 | 33.0 | 18.0 | 20.0 | 12.0 | 13.0 |\n"
         "| | Febr | 31.0 | 34.0 | 19.0 | 21.0 | 12.0 | 13.0 |\n"
         "| | March | 32.0 | 35.0 | 19.5 | 21.5 | " +
         march_2030_non_eu +
         " | 13.5 |\n"
         "| | April | 33.0 | 36.0 | 20.0 | 22.0 | 13.0 | 14.0 |\n";
}

run_output check_draft(const std::string& text) {
  const scratch_dir dir;
  const std::string draft = dir.file("draft.md");
  write_text(draft, text);
  return run_crossfoot("check --draft " + draft + " --rules rules/trade.rules");
}

TEST(TradeCatalogue, AConsistentTableOfMonthsAndItsBalancesPass) {
  const run_output r = check_draft(draft_text("a deficit of DKK 2.0 billion", "12.5"));
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("error["), std::string::npos) << r.out;
}

// A non-EU cell that makes a month's groups exceed its total, in a year's column.
TEST(TradeCatalogue, PartsOfAMonthInAnyPeriodAreAtMostItsTotal) {
  const run_output r = check_draft(draft_text("a deficit of DKK 2.0 billion", "21.5"));
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error[parts_within_flows_by_period]"), std::string::npos) << r.out;
}

// An EU deficit written as a surplus: the EU and the countries outside it no longer make the
// net trade balance.
TEST(TradeCatalogue, TheEuAndTheCountriesOutsideItMakeTheBalance) {
  const run_output r = check_draft(draft_text("a surplus of DKK 2.0 billion", "12.5"));
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error[eu_and_non_eu_make_national_trade]"), std::string::npos) << r.out;
}

// A draft the catalogue passes, and one where `rule` fails at error level.
void expect_passes(const std::string& text) {
  const run_output r = check_draft(text);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("error["), std::string::npos) << r.out;
}

void expect_error(const std::string& text, const std::string& rule) {
  const run_output r = check_draft(text);
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error[" + rule + "]"), std::string::npos) << r.out;
}

// A level and the same level a year before in two currencies (common.rules:
// level_keeps_its_unit_year_ago): the surplus of March 2031 in kroner, the one of March 2030
// written in dollars. The same sentence in kroner passes.
std::string surplus_text(const std::string& year_before) {
  return "# Goods trade of Norland, March 2031\n\n"
         "Norland ended March 2031 with a trade surplus of DKK 4.2 billion, against " +
         year_before + " in March 2030.\n";
}

TEST(TradeCatalogue, ALevelAndItsLevelAYearBeforeInOneCurrencyPass) {
  expect_passes(surplus_text("DKK 3.9 billion"));
}

TEST(TradeCatalogue, ALevelAYearBeforeInAnotherCurrencyIsAFinding) {
  expect_error(surplus_text("USD 3.9 billion"), "level_keeps_its_unit_year_ago");
}

// The same for the period before (level_keeps_its_unit_prev): February's exports in euros
// beside March's in kroner.
TEST(TradeCatalogue, ALevelThePeriodBeforeInAnotherCurrencyIsAFinding) {
  expect_error(
      "# Goods trade of Norland, March 2031\n\n"
      "Exports came to DKK 12.4 billion in March 2031, up from EUR 11.8 billion in February "
      "2031.\n",
      "level_keeps_its_unit_prev");
}

// The same for a year to date beside the month (level_keeps_its_unit_by_period_end): earnings
// of a series named without a flow, October's in dollars and January to October's written in
// euros. In dollars both, it passes.
std::string earnings_text(const std::string& year_to_date) {
  return "# External sector of Norland, October 2031\n\n"
         "Earnings from ferry services rose by 12.5 per cent on a year earlier to US dollars 84 "
         "million in October 2031, and reached " +
         year_to_date + " over January-October 2031.\n";
}

TEST(TradeCatalogue, AYearToDateInAnotherCurrencyIsAFinding) {
  expect_passes(earnings_text("US dollars 901 million"));
  expect_error(earnings_text("EUR 901 million"), "level_keeps_its_unit_by_period_end");
}

// ... and of a flow, whose period stands before it (level_keeps_its_unit_by_period).
TEST(TradeCatalogue, AFlowsYearToDateInAnotherCurrencyIsAFinding) {
  const std::string text =
      "# Goods trade of Norland, October 2031\n\n"
      "Exports came to DKK 12.4 billion in October 2031 and to {} over January-October 2031.\n";
  auto with = [&](const std::string& ytd) {
    return text.substr(0, text.find("{}")) + ytd + text.substr(text.find("{}") + 2);
  };
  expect_passes(with("DKK 118.0 billion"));
  expect_error(with("EUR 118.0 billion"), "level_keeps_its_unit_by_period");
}

}  // namespace
}  // namespace crossfoot::testing
