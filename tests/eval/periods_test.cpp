// Periods in evaluation: prev and year_ago reach the same id one period or one year earlier;
// growth_yoy against growth; a cumulative period is the sum of its parts; restricted variables.
#include <gtest/gtest.h>

#include "check_fixture.hpp"
#include "eval/binder.hpp"

namespace crossfoot {
namespace {

using testing::bindings_of;
using testing::load;
using testing::run;

const char* monthly = R"(
[ea19.2019-09.exports]
value = "EUR 193.4 billion"
growth = "3.5%"
growth_yoy = "4.6%"
[ea19.2019-08.exports]
value = "EUR 186.9 billion"
[ea19.2018-09.exports]
value = "EUR 184.9 billion"
[ea19.2019-09.imports]
value = "EUR 175.2 billion"
[ea19.2019-09.total]
value = "EUR 368.6 billion"
)";

TEST(PeriodAliases, PrevIsTheSameIdOnePeriodEarlier) {
  auto b = load("rule r: a == b", monthly);
  figure_index index(b.figures);
  EXPECT_EQ(index.canonical("ea19.2019-09.exports.prev"), "ea19.2019-08.exports");
  EXPECT_EQ(index.canonical("ea19.2019-09.exports.year_ago"), "ea19.2018-09.exports");
  EXPECT_TRUE(index.is_alias("ea19.2019-09.exports.prev"));
  // Only when the earlier figure is stated.
  EXPECT_EQ(index.canonical("ea19.2019-08.exports.prev"), "ea19.2019-08.exports.prev");
  EXPECT_FALSE(index.find("ea19.2019-08.exports.prev"));
}

TEST(PeriodAliases, GrowthRulesBindThroughThem) {
  auto r =
      run("rule growth_matches_levels: for each X: X == X.prev * (1 + X.growth)\n"
          "rule yoy_matches_levels: for each X: X == X.year_ago * (1 + X.growth_yoy)\n",
          monthly);
  const finding* g = r.find("growth_matches_levels", "X=ea19.2019-09.exports");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->kind, finding_kind::pass);
  ASSERT_EQ(g->figures.size(), 3u);
  EXPECT_EQ(g->figures[1].id, "ea19.2019-08.exports");  // the stated figure, not the alias
  const finding* y = r.find("yoy_matches_levels", "X=ea19.2019-09.exports");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->kind, finding_kind::pass);
}

TEST(PeriodAliases, AWrongYearOnYearRateFails) {
  std::string figures = monthly;
  figures.replace(figures.find("4.6%"), 4, "1.6%");
  auto r =
      run("rule yoy_matches_levels: for each X: X == X.year_ago * (1 + X.growth_yoy)", figures);
  const finding* y = r.find("yoy_matches_levels", "X=ea19.2019-09.exports");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->kind, finding_kind::fail);
}

TEST(PeriodAliases, PrevFunctionTakesTheEarlierPeriod) {
  auto r =
      run("rule g: growth(ea19.2019-09.exports) == ea19.2019-09.exports.growth\n"
          "rule y: growth_yoy(ea19.2019-09.exports) == ea19.2019-09.exports.growth_yoy\n",
          monthly);
  ASSERT_TRUE(r.find("g"));
  EXPECT_EQ(r.find("g")->kind, finding_kind::pass);
  ASSERT_TRUE(r.find("y"));
  EXPECT_EQ(r.find("y")->kind, finding_kind::pass);
  bool uses_august = false;
  for (const auto& u : r.find("g")->figures) uses_august |= u.id == "ea19.2019-08.exports";
  EXPECT_TRUE(uses_august);
}

TEST(PeriodAliases, AStatedPrevWinsOverTheAlias) {
  auto b = load("rule r: a == b",
                "[x.2019.exports]\nvalue = 10\nprev = 9\n[x.2018.exports]\nvalue = 8\n");
  figure_index index(b.figures);
  EXPECT_EQ(index.canonical("x.2019.exports.prev"), "x.2019.exports.prev");
  EXPECT_FALSE(index.is_alias("x.2019.exports.prev"));
  EXPECT_EQ(index.canonical("x.2019.exports.year_ago"), "x.2018.exports");
}

// flows_sum_prev for September checks exactly what flows_sum checks for August.
TEST(PeriodAliases, AnInstanceThatRepeatsAnotherIsOne) {
  auto r =
      run("rule flows_sum: for each X: X.exports + X.imports == X.total\n"
          "rule flows_sum_prev: for each X: X.exports.prev + X.imports.prev == X.total.prev\n",
          "[a.2019-09]\nexports = 5.0\nimports = 4.0\ntotal = 9.0\n"
          "[a.2019-08]\nexports = 3.0\nimports = 4.0\ntotal = 8.0\n",
          true);
  EXPECT_EQ(r.result.summary.instances, 2);
  EXPECT_FALSE(r.find("flows_sum_prev"));
  ASSERT_EQ(r.result.skipped.size(), 1u);
  EXPECT_EQ(r.result.skipped[0],
            "flows_sum_prev [X = a.2019-09]: checks what an earlier instance checks");
  EXPECT_EQ(r.find("flows_sum", "X=a.2019-08")->kind, finding_kind::fail);
}

// In a 2032 Q1 document, "gdp.current_prices.prev" is the 2031 Q4 figure of the series that
// "gdp.2031-Q1.current_prices" begins: a year whose last quarter is stated as the previous one
// has all four quarters, and a wrong first quarter fails the year's sum. A stated figure of
// that period keeps its own id.
TEST(PeriodAliases, ThePreviousPeriodOfTheDocumentJoinsItsSeries) {
  const char* rules =
      "rule quarters_add_up: for each X, P in periods: X.P.current_prices == "
      "sum(quarters(X.P.current_prices))\n";
  std::string figures =
      "[document]\nperiod = \"2032-Q1\"\n"
      "[gdp.2031.current_prices]\nvalue = 400\n"
      "[gdp.2031-Q1.current_prices]\nvalue = 95\n"
      "[gdp.2031-Q2.current_prices]\nvalue = 100\n"
      "[gdp.2031-Q3.current_prices]\nvalue = 102\n"
      "[gdp.current_prices]\nvalue = 104\nprev = 103\n";
  auto b = load("rule r: a == b", figures);
  figure_index index(b.figures);
  EXPECT_EQ(index.canonical("gdp.2031-Q4.current_prices"), "gdp.current_prices.prev");
  auto r = run(rules, figures);
  const finding* q = r.find("quarters_add_up", "P=2031,X=gdp");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->kind, finding_kind::pass);

  figures.replace(figures.find("value = 95"), 10, "value = 59");
  auto w = run(rules, figures);
  ASSERT_TRUE(w.find("quarters_add_up", "P=2031,X=gdp"));
  EXPECT_EQ(w.find("quarters_add_up", "P=2031,X=gdp")->kind, finding_kind::fail);
}

const char* quarters = R"(
[ea19.2019.exports]
value = "EUR 2 300 billion"
[ea19.2019-Q1.exports]
value = "EUR 560 billion"
[ea19.2019-Q2.exports]
value = "EUR 575 billion"
[ea19.2019-Q3.exports]
value = "EUR 570 billion"
[ea19.2019-Q4.exports]
value = "EUR 595 billion"
[ea19.2019-07.exports]
value = "EUR 190 billion"
[ea19.2019-08.exports]
value = "EUR 185 billion"
)";

TEST(CumulativePeriods, AYearIsTheSumOfItsQuarters) {
  const char* rules =
      "rule quarters_add_up: for each A, P in periods, F in {exports, imports}:\n"
      "    A.P.F == sum(quarters(A.P.F))\n"
      "rule months_add_up: for each A, P in periods, F in {exports, imports}:\n"
      "    A.P.F == sum(months(A.P.F))\n";
  auto r = run(rules, quarters);
  const finding* q = r.find("quarters_add_up", "A=ea19,F=exports,P=2019");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->kind, finding_kind::pass);
  EXPECT_EQ(q->figures.size(), 5u);
  // Q3 has only two of its three months stated: no instance; a quarter is one quarter: none.
  EXPECT_FALSE(r.find("months_add_up"));
  EXPECT_EQ(r.result.summary.instances, 1);
  ASSERT_EQ(r.result.rules.size(), 2u);
  EXPECT_EQ(r.result.rules[1].rule, "months_add_up");
  EXPECT_EQ(r.result.rules[1].instances, 0);

  std::string wrong = quarters;
  wrong.replace(wrong.find("2 300"), 5, "2 400");
  auto w = run(rules, wrong);
  ASSERT_TRUE(w.find("quarters_add_up"));
  EXPECT_EQ(w.find("quarters_add_up")->kind, finding_kind::fail);
}

TEST(Restricted, MembersBindOnlyTheNamesListed) {
  const char* figures = R"(
[a.jan_sep]
imports = 8
[a.jan_sep.exports]
value = 10
[a.sep]
imports = 1
[a.sep.exports]
value = 2
growth = "5%"
[a.jan_sep.exports.growth]
value = "3%"
)";
  EXPECT_EQ(bindings_of("rule r: for each A, F: A.jan_sep.F >= A.sep.F", figures),
            (std::vector<std::string>{"A=a,F=exports", "A=a,F=exports.growth", "A=a,F=imports"}));
  EXPECT_EQ(
      bindings_of("rule r: for each A, F in {exports, imports}: A.jan_sep.F >= A.sep.F", figures),
      (std::vector<std::string>{"A=a,F=exports", "A=a,F=imports"}));
  EXPECT_EQ(bindings_of("rule r: for each A, F in levels: A.jan_sep.F >= A.sep.F", figures),
            (std::vector<std::string>{"A=a,F=exports", "A=a,F=imports"}));
  EXPECT_EQ(bindings_of("rule r: for each A, F in growth_rates: A.jan_sep.F >= A.sep.F", figures),
            (std::vector<std::string>{"A=a,F=exports.growth"}));
}

TEST(Restricted, KindsOfFigures) {
  const char* figures = R"(
[x]
level = "EUR 5 billion"
count = "3 million vehicles"
index = 104.2
rate = "5%"
share = "20%"
growth = "3%"
growth_yoy = "4%"
change = "1.5pp"
contribution = "0.5pp"
)";
  auto kinds = [&](const char* kind) {
    return bindings_of(std::string("rule r: for each F in ") + kind + ": x.F >= 0", figures);
  };
  EXPECT_EQ(kinds("levels"), (std::vector<std::string>{"F=count", "F=index", "F=level"}));
  EXPECT_EQ(kinds("shares"), (std::vector<std::string>{"F=share"}));
  EXPECT_EQ(kinds("growth_rates"), (std::vector<std::string>{"F=growth", "F=growth_yoy"}));
  EXPECT_EQ(kinds("changes"), (std::vector<std::string>{"F=change", "F=contribution"}));
}

TEST(Restricted, PeriodVariablesBindOnePeriodSegment) {
  const char* figures = R"(
[a.2019.exports]
value = 1
[a.2019-Q3.exports]
value = 1
[a.2019-09.exports]
value = 1
["a"."2019-01/2019-09".exports]
value = 1
[a.b.exports]
value = 1
)";
  EXPECT_EQ(bindings_of("rule r: for each A, P in periods: A.P.exports >= 0", figures),
            (std::vector<std::string>{"A=a,P=2019", "A=a,P=2019-01/2019-09", "A=a,P=2019-09",
                                      "A=a,P=2019-Q3"}));
  EXPECT_EQ(bindings_of("rule r: for each A, P in months: A.P.exports >= 0", figures),
            (std::vector<std::string>{"A=a,P=2019-09"}));
  EXPECT_EQ(bindings_of("rule r: for each A, P in quarters: A.P.exports >= 0", figures),
            (std::vector<std::string>{"A=a,P=2019-Q3"}));
  EXPECT_EQ(bindings_of("rule r: for each A, P in years: A.P.exports >= 0", figures),
            (std::vector<std::string>{"A=a,P=2019"}));
}

TEST(IdleRules, ARuleWithNoInstanceHasNoneInItsSummary) {
  auto r = run("rule used: for each X: X.exports >= 0\nrule idle: for each X: X.imports >= 0\n",
               "[a]\nexports = 1\n");
  ASSERT_EQ(r.result.rules.size(), 2u);
  EXPECT_EQ(r.result.rules[1].rule, "idle");
  EXPECT_EQ(r.result.rules[1].instances, 0);
  EXPECT_EQ(r.result.rules[1].range.start().line, 2);
}

}  // namespace
}  // namespace crossfoot

namespace crossfoot {
namespace {

using testing::load;
using testing::run;

// "period segments must not bind as parts in the catalogue's X.Y and X.* rules"
TEST(PeriodParts, APeriodSegmentIsNotAPart) {
  const char* rules =
      "rule part_within_exports: for each X, Y: X.Y.exports <= X.exports\n"
      "rule parts_within_exports: for each X: sum(X.*.exports) <= X.exports\n";
  auto r = run(rules,
               "[document]\nperiod = \"2019-09\"\n"
               "[ea19]\nexports = 196.2\n"
               "[ea19.2018-09]\nexports = 186.5\n"
               "[ea19.\"2019-01/2019-09\"]\nexports = 1745.2\n"
               "[ea19.intra]\nexports = 20.0\n");
  std::vector<std::string> bound;
  for (const auto& f : r.result.findings) {
    std::string b;
    for (const auto& [var, seg] : f.bound) b += (b.empty() ? "" : ",") + var + "=" + seg;
    bound.push_back(f.rule + ":" + b + ":" + to_string(f.kind));
  }
  EXPECT_EQ(bound, (std::vector<std::string>{"part_within_exports:X=ea19,Y=intra:pass",
                                             "parts_within_exports:X=ea19:pass"}));
  const finding* sum = r.find("parts_within_exports");
  ASSERT_TRUE(sum);
  EXPECT_EQ(sum->figures.size(), 2u);  // ea19.intra.exports and ea19.exports: no periods summed
}

// Another series or valuation of a figure is the figure again, not a part of it: GDP's
// unadjusted growth, its level at current prices and its average over periods are no
// component `X.*` may take.
TEST(PeriodParts, AnotherSeriesIsNotAPart) {
  const char* rules = "rule between: for each X: min(X.*.growth) <= X.growth <= max(X.*.growth)\n";
  auto r = run(rules,
               "[gdp]\ngrowth = \"0.8%\"\n"
               "[gdp.original]\ngrowth = \"3.9%\"\n"
               "[gdp.seasonally_adjusted]\ngrowth = \"0.8%\"\n"
               "[gdp.trend]\ngrowth = \"1.1%\"\n"
               "[gdp.current_prices]\ngrowth = \"2.4%\"\n"
               "[gdp.average]\ngrowth = \"3.1%\"\n"
               "[gdp.services]\ngrowth = \"0.5%\"\n"
               "[gdp.industry]\ngrowth = \"1.2%\"\n");
  const finding* f = r.find("between");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->kind, finding_kind::pass);
  EXPECT_EQ(f->figures.size(), 3u);  // gdp.growth and its two components, no other series
}

// A period carried by a variable: every reference of that period, or of the document's when it
// has no period segment.
TEST(PeriodParts, ReferencesAgreeOnTheirPeriod) {
  const char* rules =
      "rule share_of_exports: for each X: X.exports / trade.exports == X.exports.share\n";
  const char* figures =
      "[document]\nperiod = \"2019-09\"\n"
      "[trade]\nexports = 200.0\n"
      "[a.2019-09.exports]\nvalue = 50.0\nshare = \"25%\"\n"
      "[a.2018-09.exports]\nvalue = 40.0\nshare = \"21%\"\n";
  auto r = run(rules, figures);
  EXPECT_TRUE(r.find("share_of_exports", "X=a.2019-09"));
  EXPECT_FALSE(r.find("share_of_exports", "X=a.2018-09"));  // its whole is 2018's, not stated
  // Without a document period, no period-less id is known to be September 2019's.
  std::string undated = figures;
  undated.erase(0, undated.find("[trade]"));
  EXPECT_TRUE(run(rules, undated).result.findings.empty());
}

TEST(PeriodParts, RestrictedPeriodVariablesMayCompareTwoPeriods) {
  auto r =
      run("rule later_not_smaller: for each A, P in months, Q in months:\n"
          "    A.P.exports >= 0 and A.Q.exports >= 0\n",
          "[a.2019-09]\nexports = 5\n[a.2019-08]\nexports = 4\n");
  EXPECT_EQ(r.result.summary.instances, 4);
}

// In a document with a period, an id without a period segment is that period's figure.
TEST(PeriodAliases, APeriodlessIdIsTheDocumentsPeriod) {
  auto b = load("rule r: a == b",
                "[document]\nperiod = \"2019-09\"\n"
                "[ea19.exports]\nvalue = 196.2\ngrowth_yoy = \"5.2%\"\n"
                "[ea19.2018-09.exports]\nvalue = 186.5\n"
                "[ea19.2019-08.exports]\nvalue = 190.1\n");
  figure_index index(b.figures);
  EXPECT_EQ(index.canonical("ea19.exports.year_ago"), "ea19.2018-09.exports");
  EXPECT_EQ(index.canonical("ea19.exports.prev"), "ea19.2019-08.exports");
  auto r = run("rule yoy_matches_levels: for each X: X == X.year_ago * (1 + X.growth_yoy)",
               "[document]\nperiod = \"2019-09\"\n"
               "[ea19.exports]\nvalue = 196.2\ngrowth_yoy = \"5.2%\"\n"
               "[ea19.2018-09.exports]\nvalue = 186.5\n");
  ASSERT_TRUE(r.find("yoy_matches_levels", "X=ea19.exports"));
  EXPECT_EQ(r.find("yoy_matches_levels", "X=ea19.exports")->kind, finding_kind::pass);
}

}  // namespace
}  // namespace crossfoot
