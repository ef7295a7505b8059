// Periods in figures files: [document] period, period segments in ids, and the warnings about
// ids whose period looks wrong.
#include "figures_fixture.hpp"

namespace crossfoot::testing {
namespace {

TEST(FigurePeriods, DocumentPeriodTakesYearsQuartersMonthsAndRanges) {
  const std::pair<const char*, const char*> cases[] = {
      {"2019", "2019"},           {"\"2019\"", "2019"},
      {"\"2019-Q3\"", "2019-Q3"}, {"\"2019-09\"", "2019-09"},
      {"\"2019M09\"", "2019-09"}, {"\"2019-01/2019-09\"", "2019-01/2019-09"},
  };
  for (const auto& [written, canonical] : cases) {
    auto r = load(std::string("[document]\nperiod = ") + written + "\n[a]\nvalue = 1\n");
    ASSERT_TRUE(r.set) << written << render_all(r.diags);
    ASSERT_TRUE(r.set->document.period) << written;
    EXPECT_EQ(r.set->document.period->to_string(), canonical);
  }
}

TEST(FigurePeriods, ABadDocumentPeriodIsAnError) {
  auto r = load("[document]\nperiod = \"2019-13\"\n");
  EXPECT_FALSE(r.set);
  EXPECT_EQ(r.only("CF2011").message,
            "[document] period \"2019-13\" is not a period: month 13 out of range 01..12; write "
            "2019, \"2019-Q3\", \"2019-09\" or \"2019-01/2019-09\"");
  auto t = load("[document]\nperiod = true\n");
  EXPECT_EQ(t.only("CF2011").message,
            "[document] period must be a year or a string such as \"2019-09\", not a boolean");
}

TEST(FigurePeriods, PeriodSegmentsAreCanonical) {
  auto r = load(
      "[ea19.2019-09.exports]\nvalue = \"EUR 193.4 billion\"\n"
      "[ea19.2019M08.exports]\nvalue = \"EUR 180.0 billion\"\n"
      "[ea19.\"2019-01..2019-09\".exports]\nvalue = \"EUR 1 745.2 billion\"\n"
      "[ea19.2019q3]\nexports = \"EUR 560.1 billion\"\n"
      "[hs.8703.exports]\nvalue = \"EUR 3 billion\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  std::vector<std::string> ids;
  for (const auto& f : r.set->figures) ids.push_back(f.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"ea19.2019-09.exports", "ea19.2019-08.exports",
                                           "ea19.2019-01/2019-09.exports", "ea19.2019-Q3.exports",
                                           "hs.8703.exports"}));
}

TEST(FigurePeriods, AMalformedPeriodKeyIsAnError) {
  auto r = load("[ea19.2019-13.exports]\nvalue = 1\n");
  EXPECT_FALSE(r.set);
  const diagnostic& d = r.only("CF2017");
  EXPECT_EQ(d.message,
            "key \"2019-13\" is not a period: month 13 out of range 01..12; write 2019, 2019-Q3, "
            "2019-09 or 2019-01/2019-09");
  EXPECT_EQ(at(d).col, 7);
}

TEST(FigurePeriods, TwoPeriodSegmentsAreWarned) {
  auto r = load("[x.2019.2019-09.exports]\nvalue = 1\n");
  ASSERT_TRUE(r.set);
  EXPECT_EQ(r.only("CF2105").message,
            "'x.2019.2019-09.exports' has 2 period segments; it has no one period, so prev and "
            "year_ago do not reach its earlier periods");
}

TEST(FigurePeriods, APeriodAfterTheDocumentsIsWarned) {
  auto r = load(
      "[document]\nperiod = \"2019-09\"\n"
      "[ea19.2019-10.exports]\nvalue = 1\n"
      "[ea19.2019-09.exports]\nvalue = 1\n"
      "[ea19.2019-Q3.exports]\nvalue = 1\n");
  ASSERT_TRUE(r.set);
  const diagnostic& d = r.only("CF2106");
  EXPECT_EQ(d.level, severity::warning);
  EXPECT_EQ(d.message,
            "'ea19.2019-10.exports' is for 2019-10, after the document's period 2019-09; is the "
            "period mistyped?");
  EXPECT_EQ(at(d).line, 4);
}

}  // namespace
}  // namespace crossfoot::testing
