// Reading datasets: every malformed case is a finding at its row or an error at its place, never
// a crash and never a silent skip.
#include <sys/stat.h>

#include "dataset_fixture.hpp"

namespace crossfoot::testing {
namespace {

using strings = std::vector<std::string>;

const char* const records_spec = "[dataset]\nunit = \"EUR\"\n";
const char* const sum_rule = "rule sum: t == x + y\n";

TEST_F(dataset_test, ChecksEveryRowAndReportsTheFailingOneAtItsCell) {
  auto r = check(records_spec, "x,y,t\n1,2,3\n1.5,2.5,4\n1,1,5\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"sum fail 4:5"}));
  EXPECT_EQ(r->summary.instances, 3);
  EXPECT_EQ(r->summary.pass, 2);
  EXPECT_EQ(r->summary.fail, 1);
  ASSERT_TRUE(r->data);
  EXPECT_EQ(r->data->rows_read, 3);
  EXPECT_EQ(r->data->rows_checked, 3);
  const finding& f = r->findings[0];
  ASSERT_TRUE(f.lhs && f.rhs);
  EXPECT_EQ(f.lhs->value, interval::closed(4.5, 5.5));
  EXPECT_EQ(f.rhs->value, interval::closed(1, 3));
  EXPECT_EQ(f.gap, 1.5);
  ASSERT_EQ(f.figures.size(), 3u);
  EXPECT_EQ(f.figures[0].id, "t");
  EXPECT_EQ(f.figures[0].written, "5");
  EXPECT_EQ(f.figures[0].in_text->file->line_text(4), "1,1,5");
}

TEST_F(dataset_test, RoundingDecidesAsForFigures) {
  // 0.1 + 0.2 == 0.3 holds; 1.1 + 2.2 == 3.5 fails by more than the rounding of three cells.
  auto r = check(records_spec, "x,y,t\n0.1,0.2,0.3\n1.1,2.2,3.5\n1.11,2.22,3.34\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"sum fail 3:9"}));
}

TEST_F(dataset_test, MissingCellsMakeRowsUnknownAndConfidentialOnesAreNonNegative) {
  auto r = check(records_spec, "x,y,t\n1,,3\n1,:,3\n1,c,3\n5,c,3\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  // Row 4: t = 3 < x = 5 cannot hold whatever the withheld y >= 0 is.
  EXPECT_EQ(outline(*r), (strings{"sum unknown 2:3", "sum unknown 3:3", "sum fail 5:5"}));
  EXPECT_EQ(r->summary.pass, 1);
  EXPECT_EQ(r->findings[0].message, "y has no value on this row");
  ASSERT_TRUE(r->data);
  EXPECT_EQ(r->data->cells, (std::vector<std::pair<std::string, std::int64_t>>{{"confidential", 2},
                                                                               {"missing", 2}}));
}

TEST_F(dataset_test, AValueThatDoesNotParseIsAFindingAtItsCell) {
  auto r = check(records_spec, "x,y,t\n1,12,3x,13\n1,\"12,3x\",13\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  // Line 2 has four fields: ragged, not checked. Line 3's y is no number: the rule is unknown.
  EXPECT_EQ(outline(*r),
            (strings{"data.ragged error 2:9", "data.number error 3:3", "sum unknown 3:3"}));
  EXPECT_EQ(r->findings[0].code, "CF6202");
  EXPECT_EQ(r->findings[1].code, "CF6201");
  EXPECT_EQ(r->data->rows_read, 2);
  EXPECT_EQ(r->data->rows_checked, 1);
  EXPECT_EQ(r->data->skipped,
            (std::vector<std::pair<std::string, std::int64_t>>{{"ragged row", 1}}));
}

TEST_F(dataset_test, ShortRowsBlankLinesAndStrayQuotes) {
  auto r = check(records_spec, "x,y,t\n1,2\n\n\"1\"x,2,3\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"data.ragged error 2:4", "data.quote error 4:1",
                                  "data.number error 4:1", "sum unknown 4:1"}));
  EXPECT_EQ(r->data->skipped, (std::vector<std::pair<std::string, std::int64_t>>{
                                  {"blank line", 1}, {"ragged row", 1}}));
}

TEST_F(dataset_test, CrlfBomAndQuotedHeaders) {
  auto r = check(records_spec, "\xEF\xBB\xBF\"x\",y,t\r\n1,2,3\r\n1,2,5\r\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"sum fail 3:5"}));
  EXPECT_EQ(r->findings[0].figures[0].in_text->file->line_text(3), "1,2,5");
}

TEST_F(dataset_test, QuotedFieldsSpanLinesAndLineNumbersFollow) {
  auto r =
      check("[dataset]\n", "name,x,y,t\n\"two\nlines\",1,2,3\n\"a \"\"b\"\"\",1,2,5\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"sum fail 4:15"}));
}

TEST_F(dataset_test, DelimiterDecimalCommaAndThousands) {
  auto r = check("[dataset]\ndelimiter = \";\"\ndecimal = \",\"\nthousands = \".\"\n",
                 "x;y;t\n1.000,5;2,25;1.002,75\n1,5;2,5;5\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"sum fail 3:9"}));
}

TEST_F(dataset_test, GzipInputIsReadThroughZlib) {
  write_gz("data.csv.gz", "x,y,t\n1,2,3\n1,2,5\n");
  auto r = check_file("[dataset]\nfile = \"data.csv.gz\"\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"sum fail 3:5"}));
}

TEST_F(dataset_test, ALastRecordWithoutLineFeedIsRead) {
  auto r = check(records_spec, "x,y,t\n1,2,3\n1,2,5", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"sum fail 3:5"}));
}

TEST_F(dataset_test, HeaderOnlyChecksNothingAndSaysSo) {
  auto r = check(records_spec, "x,y,t\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(r->summary.instances, 0);
  EXPECT_EQ(r->data->rows_read, 0);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "CF6305");
}

struct invalid_case {
  const char* name;
  std::string csv;
  const char* code;
  const char* place;  // "line:col"
};

TEST_F(dataset_test, FilesThatAreNotCsvAreInvalidInputWithAPlace) {
  const invalid_case cases[] = {
      {"empty", "", "CF6105", ""},
      {"unterminated quote at the end", "x,y,t\n1,2,3\n1,\"2,3\n4,5,6\n", "CF6104", "3:3"},
      {"unterminated quote in the header", "x,\"y,t\n", "CF6104", "1:3"},
      {"not UTF-8", "x,y,t\n1,2,3\n1,\xC3(,3\n", "CF6102", "3:3"},
      {"NUL byte", std::string("x,y,t\n1,2,3\n1,2\0,3\n", 18), "CF6103", "3:4"},
      {"repeated column", "x,y,x\n1,2,3\n", "CF6107", "1:5"},
      {"empty column name", "x,,t\n1,2,3\n", "CF6107", "1:3"},
  };
  for (const auto& c : cases) {
    diags = {};
    auto r = check("[dataset]\n", c.csv, sum_rule);
    EXPECT_FALSE(r) << c.name;
    EXPECT_EQ(first_error_code(), c.code) << c.name << "\n" << render_all(diags);
    if (*c.place && !diags.items().empty()) {
      auto at = diags.items()[0].range.start();
      EXPECT_EQ(std::to_string(at.line) + ":" + std::to_string(at.col), c.place) << c.name;
      EXPECT_EQ(diags.items()[0].range.file->name(), path("data.csv")) << c.name;
    }
  }
}

TEST_F(dataset_test, ADirectoryIsNoDataFile) {
  std::filesystem::create_directory(path("data.csv"));
  auto r = check_file("[dataset]\n", sum_rule);
  EXPECT_FALSE(r);
  EXPECT_EQ(first_error_code(), "CF7010");  // not a regular file: core/input.hpp's policy
}

TEST_F(dataset_test, AFifoIsRefusedWithoutWaitingForAWriter) {
  ASSERT_EQ(::mkfifo(path("data.csv").c_str(), 0600), 0);
  auto r = check_file("[dataset]\n", sum_rule);
  EXPECT_FALSE(r);
  EXPECT_EQ(first_error_code(), "CF7010");
}

TEST_F(dataset_test, AMissingFileIsCF6101AtTheSpecsFileKey) {
  auto r = check_file("[dataset]\nfile = \"absent.csv\"\n", sum_rule);
  EXPECT_FALSE(r);
  EXPECT_EQ(first_error_code(), "CF6101");
}

TEST_F(dataset_test, RepeatedKeysAreFindingsThatNameTheFirstRow) {
  auto r = check("[dataset]\nkey = [\"k\", \"p\"]\n",
                 "k,p,x,y,t\na,1,1,2,3\nb,1,1,2,3\na,1,1,2,3\na,2,1,2,3\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"data.key error 4:1"}));
  EXPECT_EQ(r->findings[0].message,
            "the key (k = a, p = 1) is also the key of line 2: keys must be unique; both rows are "
            "checked");
}

TEST_F(dataset_test, ARuleNamingNoColumnIsAnErrorFindingWithASuggestion) {
  auto r = check(records_spec, "x,y,t\n1,2,3\n", "rule sum: t == x + yy\nrule ok: t == x + y\n");
  ASSERT_TRUE(r) << render_all(diags);
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_EQ(r->findings[0].kind, finding_kind::error);
  EXPECT_EQ(r->findings[0].code, "CF6301");
  EXPECT_NE(r->findings[0].message.find("did you mean 'y'?"), std::string::npos)
      << r->findings[0].message;
  EXPECT_EQ(r->summary.pass, 1);
}

TEST_F(dataset_test, UnitsAreCheckedOncePerRule) {
  auto r = check("[dataset]\n[dataset.columns]\nx = \"EUR\"\ny = \"%\"\nt = \"EUR\"\n",
                 "x,y,t\n1,2,3\n1,2,5\n", sum_rule);
  ASSERT_TRUE(r) << render_all(diags);
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_EQ(r->findings[0].kind, finding_kind::error);
  EXPECT_EQ(r->findings[0].message, "cannot add x (EUR) and y (a plain number)");
}

TEST_F(dataset_test, PercentColumnsCompareWithRatios) {
  auto r =
      check("[dataset]\n[dataset.columns]\nshare = \"%\"\n",
            "part,whole,share\n10,40,25.0\n10,30,25.0\n", "rule share: share == part / whole\n");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{"share fail 3:7"}));
}

TEST_F(dataset_test, TheSameFindingsWhateverTheChunksAndThreads) {
  std::string csv = "x,y,t\n";
  for (int i = 0; i < 5000; ++i) {
    csv += std::to_string(i) + "," + std::to_string(i % 7) + "," +
           std::to_string(i + i % 7 + (i % 997 == 0 ? 5 : 0)) + (i % 1201 == 0 ? ",9" : "") + "\n";
    if (i % 1500 == 0) csv += "\"q\",1,2\n";
  }
  dataset_options one;
  one.threads = 1;
  auto a = check(records_spec, csv, sum_rule, one);
  ASSERT_TRUE(a) << render_all(diags);
  dataset_options many;
  many.threads = 3;
  many.chunk_bytes = 700;
  auto b = check(records_spec, csv, sum_rule, many);
  ASSERT_TRUE(b) << render_all(diags);
  EXPECT_EQ(outline(*a), outline(*b));
  EXPECT_EQ(a->summary.fail, b->summary.fail);
  EXPECT_EQ(a->summary.unknown, b->summary.unknown);
  EXPECT_EQ(a->data->rows_checked, b->data->rows_checked);
  EXPECT_GT(a->summary.fail, 3);
}

TEST_F(dataset_test, FindingsBeyondTheCapAreCountedNotListed) {
  std::string csv = "x,y,t\n";
  for (int i = 0; i < 50; ++i) csv += "1,1,5\n";
  dataset_options o;
  o.kept_per_rule = 10;
  o.chunk_bytes = 64;
  auto r = check(records_spec, csv, sum_rule, o);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(r->findings.size(), 10u);
  EXPECT_EQ(r->summary.fail, 50);
  EXPECT_EQ(r->summary.omitted, 40);
  ASSERT_EQ(r->rules.size(), 1u);
  EXPECT_EQ(r->rules[0].omitted, 40);
  EXPECT_EQ(r->rules[0].fail, 50);
}

}  // namespace
}  // namespace crossfoot::testing
