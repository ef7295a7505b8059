// Periods in ids (issue 9 item 7): claims of different periods get different ids, the draft's
// own period needs no mark, the period before it is `.prev`, any other is a segment after the
// family; a rate compared with the same period a year earlier is `growth_yoy`.
#include <gtest/gtest.h>

#include "extract/detail/periods.hpp"
#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

using extract_detail::written_period;

TEST(Periods, HeadersAsReleasesWriteThem) {
  struct row {
    const char* text;
    const char* canonical;
  };
  for (const row r :
       {row{"Sep 18", "2018-09"}, row{"Sep-18", "2018-09"}, row{"Jan-Sep 19", "2019-01/2019-09"},
        row{"Jan\u2013Sep 2019", "2019-01/2019-09"}, row{"2023Q4", "2023-Q4"},
        row{"2023 Q4", "2023-Q4"}, row{"Q4 2023", "2023-Q4"}, row{"Dec. 2023", "2023-12"},
        row{"September 2019", "2019-09"}, row{"May.2008", "2008-05"}, row{"2019-09", "2019-09"},
        row{"2019", "2019"}, row{"2017 (ovhg)", "2017"}, row{"2011 May", "2011-05"},
        // an ordinal quarter without "of", in words or in digits with a glued suffix
        row{"2nd quarter 2031", "2031-Q2"}, row{"3rd quarter of 2030", "2030-Q3"},
        row{"Fourth quarter 2029", "2029-Q4"}, row{"1st Quarter 2031", "2031-Q1"},
        // a quarter numbered in Roman numerals, in capitals
        row{"IV quarter 2029", "2029-Q4"}, row{"I quarter of 2031", "2031-Q1"}}) {
    auto p = written_period(r.text);
    ASSERT_TRUE(p) << r.text;
    EXPECT_EQ(p->to_string(), r.canonical) << r.text;
  }
  for (const char* text :
       {"Growth", "Flows", "Sep", "18", "Q5 2019", "Sep-Jan 19", "1 707.0", "5th quarter 2031",
        "2nd half 2031", "22nd quarter 2031", "V quarter 2031", "iv quarter 2031"}) {
    EXPECT_FALSE(written_period(text)) << text;
  }
}

// A table's row of a quarter under its year's row names the quarter alone.
TEST(Periods, QuartersAlone) {
  using extract_detail::quarter_alone;
  EXPECT_EQ(quarter_alone("III"), 3);
  EXPECT_EQ(quarter_alone("IV*"), 4);
  EXPECT_EQ(quarter_alone("Q2"), 2);
  EXPECT_EQ(quarter_alone("Quarter 1"), 1);
  for (const char* text : {"iv", "V", "Q5", "Total", "II 2031", "2031"}) {
    EXPECT_FALSE(quarter_alone(text)) << text;
  }
}

const char* const euro_area =
    "# Euro area trade in goods: €18.7 bn surplus in September 2019\n\n"
    "Exports of goods from the euro area to the rest of the world were €196.2 billion in "
    "September 2019, 5.2% more than in September 2018 (€186.5 bn). The euro area ran a surplus "
    "of €18.7 bn in September 2019, against +€12.6 bn a year before.\n\n"
    "Over January to September 2019, exports to the rest of the world grew to €1 741.9 bn (2.9% "
    "more than in January-September 2018).\n";

TEST(Periods, PeriodsInProseKeepFiguresApart) {
  auto d = extract_text(euro_area);
  const auto sep19 = claim_of(d, "€196.2 billion");
  const auto sep18 = claim_of(d, "€186.5 bn");
  const auto ytd = claim_of(d, "€1 741.9 bn");
  EXPECT_EQ(sep19.period, "");
  EXPECT_EQ(sep18.period, "2018-09");
  EXPECT_EQ(ytd.period, "2019-01/2019-09");
  EXPECT_NE(sep19.id, sep18.id);
  EXPECT_NE(sep19.id, ytd.id);
  EXPECT_EQ(claim_of(d, "€12.6 bn").period, "2018-09");
  EXPECT_TRUE(claim_of(d, "€196.2 billion").period_stated);
}

TEST(Periods, RatesOnTheSameMonthAYearEarlierAreGrowthYoy) {
  auto d = extract_text(euro_area);
  EXPECT_TRUE(claim_of(d, "5.2%").id.ends_with(".growth_yoy")) << claim_of(d, "5.2%").id;
  EXPECT_TRUE(claim_of(d, "2.9%").id.ends_with(".growth_yoy")) << claim_of(d, "2.9%").id;
  // The year-to-date rate belongs to the year-to-date level.
  EXPECT_EQ(claim_of(d, "2.9%").period, "2019-01/2019-09");
}

TEST(Periods, AnnualDraftsKeepPrev) {
  auto d = extract_text(
      "# Dornland in 2024\n\nExports to the Compact grew 6.9% to £97.3 billion, from £91.0 "
      "billion in 2023. In 2022 they were £80.1 billion.\n");
  EXPECT_EQ(claim_of(d, "£91.0 billion").period, "prev");
  EXPECT_EQ(claim_of(d, "6.9%").id, "compact.exports.growth");
  EXPECT_EQ(claim_of(d, "£80.1 billion").period, "2022");
}

TEST(Periods, AMonthWithoutAYearIsTheDraftsYear) {
  auto d = extract_text(
      "# UK trade: May 2012\n\nGoods exports climbed £1.9 billion, from £23.8 billion in April "
      "to £25.7 billion in May.\n");
  EXPECT_EQ(claim_of(d, "£23.8 billion").period, "prev");
  EXPECT_EQ(claim_of(d, "£25.7 billion").period, "");
}

TEST(Periods, WithoutAPeriodOfItsOwnADraftKeepsTheOldReading) {
  auto d = extract_text("Exports rose to £5.1 billion in 2023 from £4.9 billion.\n");
  EXPECT_EQ(claim_of(d, "£5.1 billion").period, "");
  EXPECT_EQ(claim_of(d, "£4.9 billion").period, "prev");
}

}  // namespace
}  // namespace crossfoot::testing
