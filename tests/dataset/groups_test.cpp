// Rules across rows of a records dataset: aggregates over a key, uniqueness and periods, each
// with the findings known exactly.
#include <algorithm>
#include <cstdio>
#include <mutex>
#include <set>

#include "dataset_fixture.hpp"

namespace crossfoot::testing {
namespace {

using strings = std::vector<std::string>;

const rule_summary* summary_of(const check_result& r, const std::string& rule) {
  for (const auto& s : r.rules) {
    if (s.rule == rule) return &s;
  }
  return nullptr;
}

TEST_F(dataset_test, MeanByGroupFlagsTheRowAboveFiftyTimesItsCountrysMean) {
  // Country a: 60 rows of 1 and one of 600: mean 660 / 61 = 10.8..., 50 times 541.
  // Country b: 9 rows of 1 and one of 100: mean 10.9, 50 times 545: no outlier.
  std::string csv = "country,x\n";
  for (int i = 0; i < 60; ++i) csv += "a,1\n";
  csv += "a,600\nb,100\n";
  for (int i = 0; i < 9; ++i) csv += "b,1\n";
  auto r = check("[dataset]\n", csv, "rule outlier: x <= 50 * mean(x by country)\n");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"outlier fail 62:3"}));
  const rule_summary* s = summary_of(*r, "outlier");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->pass, 70);
  EXPECT_EQ(s->fail, 1);
}

TEST_F(dataset_test, SumCountMinMaxByKeyWithRoundingOfEveryMember) {
  // Group totals stated in a column: 1.2 + 3.4 = 4.6 holds; 4.7 is off by more than the
  // rounding of three one-decimal cells (0.15).
  std::string csv =
      "g,x,total,n\n"
      "a,1.2,4.6,2\n"
      "a,3.4,4.6,2\n"
      "b,2.0,4.7,2\n"
      "b,2.5,4.7,3\n";
  auto r = check("[dataset]\n", csv,
                 "rule total: total == sum(x by g)\n"
                 "rule rows: n == count(x by g)\n"
                 "rule range: min(x by g) <= x and x <= max(x by g)\n");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"total fail 4:7", "total fail 5:7", "rows fail 5:11"}));
  EXPECT_EQ(summary_of(*r, "range")->pass, 4);
}

TEST_F(dataset_test, AMissingMemberMakesTheGroupsSumUnknownButNotItsCount) {
  auto r = check("[dataset]\n", "g,x,t\na,1,3\na,,3\nb,2,2\n",
                 "rule total: t == sum(x by g)\nrule rows: count(x by g) <= 1\n");
  ASSERT_TRUE(r) << render_all(diags);
  const rule_summary* total = summary_of(*r, "total");
  EXPECT_EQ(total->unknown, 2);
  EXPECT_EQ(total->pass, 1);
  EXPECT_EQ(summary_of(*r, "rows")->pass, 3);
}

TEST_F(dataset_test, UniqueFailsOnEveryRowOfARepeatedKey) {
  auto r = check("[dataset]\n", "c,y,x\na,2019,1\nb,2019,1\na,2019,2\na,2020,1\n",
                 "rule key: unique(c, y)\n");
  ASSERT_TRUE(r) << render_all(diags);
  ASSERT_EQ(r->findings.size(), 2u);
  EXPECT_EQ(r->findings[0].kind, finding_kind::fail);
  EXPECT_EQ(r->findings[0].lhs->text, "other rows with this c, y");
  EXPECT_EQ(r->findings[0].lhs->value, interval::point(1));
  const rule_summary* s = summary_of(*r, "key");
  EXPECT_EQ(s->fail, 2);
  EXPECT_EQ(s->pass, 2);
}

std::string month(int m) {
  return std::string("2019-") + (m < 10 ? "0" : "") + std::to_string(m);
}

const char* const yearly_spec =
    "[dataset]\nkey = [\"c\", \"year\"]\nperiod = \"year\"\n"
    "[dataset.columns]\ng = \"%\"\n";

TEST_F(dataset_test, PrevAndGrowthReadTheSameKeyOnePeriodEarlier) {
  // Rows in any order; c = b has no 2018, so its 2019 growth is unknown.
  std::string csv =
      "c,year,x,g\n"
      "a,2019,110,10.0\n"
      "a,2018,100,\n"
      "b,2019,50,5.0\n"
      "a,2020,121,12.0\n";
  auto r = check(yearly_spec, csv, "rule growth: g == growth(x)\nrule up: x >= prev(x)\n");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"growth unknown 3:12", "growth unknown 4:11", "growth fail 5:12",
                                  "up unknown 3:8", "up unknown 4:8"}));
  EXPECT_EQ(summary_of(*r, "growth")->pass, 1);
  EXPECT_EQ(summary_of(*r, "up")->pass, 2);
}

TEST_F(dataset_test, YearAgoAndGrowthYoyOnMonths) {
  std::string csv =
      "c,month,x,g\n"
      "a,2018-09,200,\n"
      "a,2019-08,190,\n"
      "a,2019-09,210,5.0\n"
      "a,2019Q3,9,1.0\n";
  auto r = check(
      "[dataset]\nkey = [\"c\", \"month\"]\nperiod = \"month\"\n[dataset.columns]\ng = \"%\"\n",
      csv, "rule yoy: g == growth_yoy(x)\n");
  ASSERT_TRUE(r) << render_all(diags);
  const rule_summary* s = summary_of(*r, "yoy");
  EXPECT_EQ(s->pass, 1);
  EXPECT_EQ(s->unknown, 3);  // no year earlier in the file (and 2019Q3 has no 2018Q3)
}

TEST_F(dataset_test, AYearIsTheSumOfItsMonthsAndYearToDateOfTheMonthsSoFar) {
  std::string csv = "c,p,x\n";
  for (int m = 1; m <= 12; ++m) csv += "a," + month(m) + ",10\n";
  csv += "a,2019,120\n";            // holds
  csv += "a,2019-01/2019-03,33\n";  // year to date: 30 within 1.5, off
  csv += "a,2019-Q1,30\n";          // holds
  csv += "b,2019,5\n";              // no months of b: unknown
  auto r = check("[dataset]\nkey = [\"c\", \"p\"]\nperiod = \"p\"\n", csv,
                 "rule months: x == sum(months(x))\nrule quarters: x >= sum(quarters(x))\n");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"months fail 15:19", "months unknown 17:8",
                                  "quarters unknown 14:8", "quarters unknown 17:8"}));
  const rule_summary* months = summary_of(*r, "months");
  EXPECT_EQ(months->pass, 2);  // the year and the quarter; the twelve months are no instance
  EXPECT_EQ(months->instances, 4);
}

const char* const country_year_spec =
    "[dataset]\nkey = [\"country\", \"year\"]\nperiod = \"year\"\n"
    "[dataset.columns]\nexports = \"EUR million\"\nshare = \"%\"\n";

// Each country's share of the world's exports of the same year; the world row is found by the
// key with `country` changed. IT's 12.0% against 100 / 1000 fails; ES (2024) has no world row.
const char* const shares_csv =
    "country,year,exports,share\n"
    "WORLD,2022,1000,100\n"
    "DE,2022,300,30.0\n"
    "FR,2022,200,20.0\n"
    "IT,2022,100,12.0\n"
    "WORLD,2023,1100,100\n"
    "DE,2023,330,30.0\n"
    "ES,2024,50,5.0\n";

TEST_F(dataset_test, AnotherRowByItsKeyIsTheRowWithTheNamedColumnsChanged) {
  auto r = check(country_year_spec, shares_csv,
                 "rule s: share == exports / exports[country = WORLD]\n"
                 "rule base: exports >= 0.5 * exports[year = 2022]\n");
  ASSERT_TRUE(r) << render_all(diags);
  // DE 2023 against DE 2022 (330 >= 300) holds; WORLD 2023 against WORLD 2022 holds; the
  // 2022 rows read themselves; ES has no 2022 row.
  EXPECT_EQ(outline(*r), (strings{"s fail 5:13", "s unknown 8:12", "base unknown 8:9"}));
  const rule_summary* s = summary_of(*r, "s");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->pass, 5);
  EXPECT_EQ(s->fail, 1);
  EXPECT_EQ(s->unknown, 1);
  EXPECT_EQ(r->findings[1].message,
            "no row with country = WORLD and this row's other key columns has a value of "
            "exports");
  // The failing row's sides: 12.0% against 100 / 1000 with the rounding of both cells.
  ASSERT_TRUE(r->findings[0].rhs);
  EXPECT_NEAR(r->findings[0].rhs->value.lo, 99.5 / 1000.5, 1e-9);
  EXPECT_NEAR(r->findings[0].rhs->value.hi, 100.5 / 999.5, 1e-9);
}

TEST_F(dataset_test, AnotherRowByKeyTakesSeveralColumnsAndQuotedCodes) {
  std::string csv =
      "country,year,exports\n"
      "EU 27,2019,500\n"
      "DE,2019,100\n"
      "DE,2020,90\n"
      "FR,2020,700\n";
  auto r = check("[dataset]\nkey = [\"country\", \"year\"]\n", csv,
                 "rule r: exports <= exports[country = \"EU 27\", year = 2019]\n");
  ASSERT_TRUE(r) << render_all(diags);
  // Every row against EU 27 in 2019: FR's 700 is more.
  EXPECT_EQ(outline(*r), (strings{"r fail 5:9"}));
  EXPECT_EQ(summary_of(*r, "r")->pass, 3);
}

TEST_F(dataset_test, AnotherRowByAColumnOutsideTheKeyIsOneErrorFinding) {
  auto r = check(country_year_spec, shares_csv, "rule s: share <= share[exports = 1000]\n");
  ASSERT_TRUE(r) << render_all(diags);
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_EQ(r->findings[0].code, "CF6502");
  const std::string& m = r->findings[0].message;
  EXPECT_EQ(m.rfind("share[exports = 1000] names its row by 'exports', which is not in the key "
                    "of ",
                    0),
            0u)
      << m;
  EXPECT_NE(m.find("data.csv (key = [country, year]): declare the key in the spec"),
            std::string::npos)
      << m;
  auto none = check("[dataset]\n", "c,x\na,1\n", "rule s: x <= x[c = a]\n");
  ASSERT_TRUE(none) << render_all(diags);
  ASSERT_EQ(none->findings.size(), 1u);
  EXPECT_EQ(none->findings[0].code, "CF6502");
}

TEST_F(dataset_test, RulesAcrossRowsThatDoNotFitTheFileAreOneErrorFinding) {
  auto r =
      check("[dataset]\n", "c,x,y\na,1,2\n", "rule a: x == prev(x)\nrule b: x <= sum(x by cc)\n");
  ASSERT_TRUE(r) << render_all(diags);
  ASSERT_EQ(r->findings.size(), 2u);
  EXPECT_EQ(r->findings[0].code, "CF6304");
  EXPECT_EQ(r->findings[1].code, "CF6301");
  EXPECT_NE(r->findings[1].message.find("did you mean 'c'?"), std::string::npos);
  auto s = check(yearly_spec, "c,year,x,g\na,2019,1,2\n", "rule c: x == prev(x + g)\n");
  ASSERT_TRUE(s) << render_all(diags);
  ASSERT_EQ(s->findings.size(), 1u);
  EXPECT_EQ(s->findings[0].code, "CF6501");
}

TEST_F(dataset_test, RulesAcrossRowsGiveTheSameFindingsWhateverTheChunksAndThreads) {
  std::string csv = "c,year,x\n";
  for (int i = 0; i < 3000; ++i)
    csv += "c" + std::to_string(i % 37) + "," + std::to_string(2000 + i / 37) + "," +
           std::to_string(i % 101 == 0 ? 5000 : 10 + i % 13) + "\n";
  csv += "c1,2000,3\n";
  const char* rules =
      "rule o: x <= 20 * mean(x by c)\nrule k: unique(c, year)\nrule up: x <= 3 * prev(x)\n";
  dataset_options one;
  one.threads = 1;
  auto a = check("[dataset]\nkey = [\"c\", \"year\"]\nperiod = \"year\"\n", csv, rules, one);
  ASSERT_TRUE(a) << render_all(diags);
  dataset_options many;
  many.threads = 3;
  many.chunk_bytes = 500;
  auto b = check("[dataset]\nkey = [\"c\", \"year\"]\nperiod = \"year\"\n", csv, rules, many);
  ASSERT_TRUE(b) << render_all(diags);
  EXPECT_EQ(outline(*a), outline(*b));
  EXPECT_EQ(summary_of(*a, "k")->fail, 2);
  EXPECT_GT(summary_of(*a, "o")->fail, 10);
  EXPECT_GT(summary_of(*a, "up")->fail, 10);
}

}  // namespace
}  // namespace crossfoot::testing

namespace crossfoot::testing {
namespace {

// Findings of rules across rows are located after the file was read, by reading their rows
// again; a read that runs past one chunk's end must not lose the rows of the next chunk.
TEST_F(dataset_test, FindingsAcrossRowsKeepTheirLinesInEveryChunk) {
  // Every 97th line a ragged record (a finding of its own, no row): the lines of the rows
  // after it count it, and a finding's row is found from the nearest kept offset.
  std::string csv = "c,year,x\n";
  std::set<int> failing_lines;
  int line = 1;                      // the header
  for (int i = 0; i < 40000; ++i) {  // 20 keys, monthly from 2000-01 to 2166-08
    if (i % 97 == 50) {
      csv += "c0,ragged\n";
      ++line;
    }
    bool jump = i >= 20 && i % 7 == 0;
    char row[64];
    std::snprintf(row, sizeof row, "c%d,%d-%02d,%s\n", i % 20, 2000 + i / 240, 1 + i / 20 % 12,
                  jump ? "100" : "10");
    csv += row;
    ++line;
    if (jump) failing_lines.insert(line);
  }
  for (int threads : {1, 2}) {
    dataset_options small;
    small.threads = threads;
    small.chunk_bytes = 64 << 10;  // several chunks, findings near each boundary
    small.kept_per_rule = 10000;
    auto r = check("[dataset]\nkey = [\"c\", \"year\"]\nperiod = \"year\"\n", csv,
                   "rule up: x <= 3 * prev(x)\n", small);
    ASSERT_TRUE(r) << render_all(diags);
    ASSERT_EQ(r->data->rows_read, 40412);  // about 620 KB; 412 ragged
    std::set<int> lines;
    for (const auto& f : r->findings) {
      if (f.rule != "up") continue;  // the ragged records' findings
      ASSERT_FALSE(f.figures.empty());
      ASSERT_TRUE(f.figures[0].in_text) << "a finding without its cell, threads " << threads;
      // The first month has no month before it: unknown there, failing at each jump.
      if (f.kind == finding_kind::fail) lines.insert(f.figures[0].in_text->start().line);
    }
    EXPECT_EQ(lines, failing_lines) << "threads " << threads;
  }
}

}  // namespace
}  // namespace crossfoot::testing

namespace crossfoot::testing {
namespace {

// The rules across rows run after the file is read; the command line's progress line follows
// them rule by rule: from 0 of n to n of n, once per rule, whatever the threads.
TEST_F(dataset_test, RulesAcrossRowsReportTheirProgressRuleByRule) {
  for (int threads : {1, 2}) {
    std::mutex m;
    std::vector<std::pair<long long, long long>> calls;
    dataset_options o;
    o.threads = threads;
    o.rules_progress = [&](long long done, long long total) {
      std::lock_guard lock(m);
      calls.emplace_back(done, total);
    };
    auto r = check(country_year_spec, shares_csv,
                   "rule row: exports >= 0\n"  // a row rule: not counted
                   "rule s: share == exports / exports[country = WORLD]\n"
                   "rule up: exports >= prev(exports)\n"
                   "rule k: unique(country, year)\n",
                   o);
    ASSERT_TRUE(r) << render_all(diags);
    ASSERT_EQ(calls.size(), 4u);
    EXPECT_EQ(calls.front(), (std::pair<long long, long long>{0, 3}));
    std::sort(calls.begin(), calls.end());
    EXPECT_EQ(calls.back(), (std::pair<long long, long long>{3, 3})) << "threads " << threads;
  }
}

}  // namespace
}  // namespace crossfoot::testing
