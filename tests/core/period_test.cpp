#include <gtest/gtest.h>

#include "core/period.hpp"

namespace crossfoot {
namespace {

period parsed(std::string_view text) {
  std::string error;
  auto p = parse_period(text, &error);
  EXPECT_TRUE(p) << text << ": " << error;
  return p.value_or(period{});
}

std::string error_of(std::string_view text) {
  std::string error;
  EXPECT_FALSE(parse_period(text, &error)) << text;
  return error;
}

TEST(Period, ParsesYearsQuartersMonthsAndRanges) {
  EXPECT_EQ(parsed("2019"), period::year(2019));
  EXPECT_EQ(parsed("2019-Q3"), period::quarter(2019, 3));
  EXPECT_EQ(parsed("2019Q3"), period::quarter(2019, 3));
  EXPECT_EQ(parsed("2019-q3"), period::quarter(2019, 3));
  EXPECT_EQ(parsed("2019-09"), period::month(2019, 9));
  EXPECT_EQ(parsed("2019M09"), period::month(2019, 9));
  EXPECT_EQ(parsed("2019-M09"), period::month(2019, 9));
  period range = parsed("2019-01/2019-09");
  EXPECT_TRUE(range.is_range());
  EXPECT_EQ(range.length(), 9);
  EXPECT_EQ(parsed("2019-01..2019-09"), range);
}

TEST(Period, PrintsCanonically) {
  for (const char* text : {"2019", "2019-Q3", "2019-09", "2019-01/2019-09", "2018-Q2/2019-Q1"})
    EXPECT_EQ(parsed(text).to_string(), text);
  EXPECT_EQ(parsed("2019M09").to_string(), "2019-09");
}

TEST(Period, RejectsWhatIsNotAPeriod) {
  EXPECT_EQ(error_of("2019-13"), "month 13 out of range 01..12");
  EXPECT_EQ(error_of("2019-Q5"), "quarter must be Q1..Q4");
  EXPECT_EQ(error_of("1066"), "year 1066 out of range 1800..2200");
  EXPECT_EQ(error_of("19"), "a period starts with a four-digit year");
  EXPECT_EQ(error_of("2019-9"), "expected a year, a quarter (2019-Q3) or a month (2019-09)");
  EXPECT_EQ(error_of("2019-09/2019-Q4"),
            "both ends of a period range must have the same frequency");
  EXPECT_EQ(error_of("2019-09/2019-01"), "a period range must not end before it starts");
  EXPECT_FALSE(looks_like_period("2019-09x"));
  EXPECT_TRUE(looks_like_period("2019-09"));
}

TEST(Period, PrevIsOneStepOfTheSameFrequency) {
  EXPECT_EQ(parsed("2019-01").prev(), parsed("2018-12"));
  EXPECT_EQ(parsed("2019-Q1").prev(), parsed("2018-Q4"));
  EXPECT_EQ(parsed("2019").prev(), parsed("2018"));
  // A range moves back by its own length; year_ago compares like with like.
  EXPECT_EQ(parsed("2019-04/2019-06").prev(), parsed("2019-01/2019-03"));
  EXPECT_EQ(parsed("2019-01/2019-09").year_ago(), parsed("2018-01/2018-09"));
  EXPECT_EQ(parsed("2019-09").year_ago(), parsed("2018-09"));
  EXPECT_EQ(parsed("2019").year_ago(), parsed("2018"));
}

TEST(Period, PartsAndContainment) {
  auto months = parsed("2019").parts(frequency::month);
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(months.front(), parsed("2019-01"));
  EXPECT_EQ(months.back(), parsed("2019-12"));
  EXPECT_EQ(parsed("2019").parts(frequency::quarter).size(), 4u);
  EXPECT_EQ(parsed("2019-Q3").parts(frequency::month).front(), parsed("2019-07"));
  EXPECT_EQ(parsed("2019-01/2019-09").parts(frequency::month).size(), 9u);
  EXPECT_TRUE(parsed("2019-09").parts(frequency::year).empty());
  EXPECT_TRUE(parsed("2019").contains(parsed("2019-Q3")));
  EXPECT_TRUE(parsed("2019-Q3").contains(parsed("2019-08")));
  EXPECT_FALSE(parsed("2019-Q3").contains(parsed("2019-10")));
  EXPECT_FALSE(parsed("2019-09").contains(parsed("2019")));
  EXPECT_TRUE(parsed("2019-01/2019-09").starts_year());
  EXPECT_FALSE(parsed("2019-04/2019-09").starts_year());
}

TEST(Period, EndsAfterComparesMonths) {
  EXPECT_TRUE(parsed("2019-10").ends_after(parsed("2019-09")));
  EXPECT_FALSE(parsed("2019-Q3").ends_after(parsed("2019-09")));
  EXPECT_TRUE(parsed("2019").ends_after(parsed("2019-09")));
  EXPECT_FALSE(parsed("2019-01/2019-09").ends_after(parsed("2019-09")));
  EXPECT_FALSE(parsed("2018").ends_after(parsed("2019-09")));
}

// One reading of id segments for figures files and rules: periods canonical, codes plain.
TEST(Period, IdSegmentsArePeriodsNamesOrMalformedPeriods) {
  auto read = [](std::string_view s) { return read_id_segment(s); };
  EXPECT_EQ(read("2019M09").what, id_segment::kind::period);
  EXPECT_EQ(read("2019M09").text, "2019-09");
  EXPECT_EQ(read("2019-01..2019-09").text, "2019-01/2019-09");
  EXPECT_EQ(read("2019q3").text, "2019-Q3");
  EXPECT_EQ(read("exports").what, id_segment::kind::name);
  // A code such as an HS heading outside the year range stays a name; so do short numbers.
  EXPECT_EQ(read("8703").what, id_segment::kind::name);
  EXPECT_EQ(read("10").what, id_segment::kind::name);
  EXPECT_EQ(read("2019-13").what, id_segment::kind::malformed_period);
  EXPECT_EQ(read("2019-13").error, "month 13 out of range 01..12");
  EXPECT_EQ(read("2019-9").what, id_segment::kind::malformed_period);
  EXPECT_EQ(read("2019Q5").what, id_segment::kind::malformed_period);
}

TEST(Period, PeriodOfAnIdIsItsOnePeriodSegment) {
  auto p = period_of_id({"ea19", "2019-09", "exports"});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->index, 1u);
  EXPECT_EQ(p->value, parsed("2019-09"));
  EXPECT_FALSE(period_of_id({"ea19", "exports"}));
  EXPECT_FALSE(period_of_id({"ea19", "2019", "2019-09", "exports"}));  // two: no one period
}

}  // namespace
}  // namespace crossfoot
