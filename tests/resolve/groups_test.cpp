// The rules language's forms for rows of a dataset: `by` groups, count(), mean() and unique().
#include <gtest/gtest.h>

#include "resolve_helpers.hpp"

namespace crossfoot {
namespace {

using resolve_test::only_error;
using resolve_test::resolve_text;

TEST(ResolveGroups, ByNamesTheGroupingColumnsOfAnAggregate) {
  auto r = resolve_text("rule o: exports <= 50 * mean(exports by country, year)\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rexpr& mul = r.rules->rules[0].check->arg(1);
  const rexpr& mean = mul.arg(1);
  ASSERT_EQ(mean.k, rexpr::kind::call);
  EXPECT_EQ(mean.fn, function::mean);
  EXPECT_EQ(mean.by, (std::vector<std::string>{"country", "year"}));
  ASSERT_EQ(mean.by_ranges.size(), 2u);
  EXPECT_EQ(mean.by_ranges[1].text(), "year");
  EXPECT_EQ(mean.args.size(), 1u);
}

TEST(ResolveGroups, EveryAggregateTakesBy) {
  for (const char* fn : {"sum", "min", "max", "mean", "count"}) {
    auto r = resolve_text(std::string("rule r: x <= ") + fn + "(x by k)\n");
    EXPECT_TRUE(r.rules) << fn << ": " << render_all(r.diags);
  }
}

TEST(ResolveGroups, AColumnMayBeCalledBy) {
  auto r = resolve_text("rule r: sum(by) == by\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  EXPECT_TRUE(r.rules->rules[0].check->arg(0).by.empty());
}

TEST(ResolveGroups, UniqueIsAConditionOnColumnNames) {
  auto r = resolve_text("rule k: unique(country, year, product)\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  EXPECT_TRUE(r.rules->rules[0].check->is_boolean());
  EXPECT_EQ(r.rules->rules[0].check->args.size(), 3u);
}

TEST(ResolveGroups, ErrorsSayWhatIsWrongAndWhere) {
  EXPECT_EQ(only_error("rule r: abs(x by k) == 1"),
            "CF3060 1:18 'by' groups rows for sum, min, max, mean or count, not for abs()");
  EXPECT_EQ(only_error("rule r: sum(x, y by k) == 1"),
            "CF3061 1:9 sum(... by ...) takes one argument, the column or expression to "
            "aggregate, not 2");
  EXPECT_EQ(only_error("rule r: count(x) == 1"),
            "CF3062 1:9 count() counts rows of a dataset: name the groups with 'by', as in "
            "count(exports by country)");
  EXPECT_EQ(only_error("rule r: unique(a, b + c)"),
            "CF3063 1:19 unique() takes the names of columns, as in unique(country, year)");
  EXPECT_EQ(only_error("rule r: unique(a) + 1 == 2"),
            "CF3018 1:9 '+' needs a number here, not a condition");
}

TEST(ResolveGroups, AnotherRowIsNamedByKeyColumnsAndCodes) {
  auto r = resolve_text(
      "rule s: share == exports / exports[country = WORLD, year = \"2019-Q3\", hs = 01]\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rexpr& div = r.rules->rules[0].check->arg(1);
  const rexpr& at = div.arg(1);
  ASSERT_EQ(at.k, rexpr::kind::call);
  EXPECT_EQ(at.fn, function::at);
  EXPECT_EQ(at.by, (std::vector<std::string>{"country", "year", "hs"}));
  EXPECT_EQ(at.at, (std::vector<std::string>{"WORLD", "2019-Q3", "01"}));
  ASSERT_EQ(at.args.size(), 1u);
  EXPECT_EQ(at.arg(0).segments[0].text, "exports");
  EXPECT_EQ(at.by_ranges[0].text(), "country = WORLD");
  EXPECT_EQ(at.range.text(), "exports[country = WORLD, year = \"2019-Q3\", hs = 01]");
}

TEST(ResolveGroups, AtIsNotWrittenAsACall) {
  EXPECT_EQ(only_error("rule r: x <= at(x)"),
            "CF3064 1:14 another row of a dataset is named by its key, as in "
            "exports[country = WORLD], not with at()");
}

TEST(ResolveGroups, ByWithoutAColumnIsASyntaxError) {
  diagnostics diags;
  auto parsed = syntax::parse_rules(make_source("t.rules", "rule r: x <= sum(x by)\n"), diags);
  EXPECT_FALSE(parsed);
  ASSERT_FALSE(diags.items().empty());
  EXPECT_EQ(resolve_test::describe(diags.items()[0]),
            "CF1060 1:22 expected a column name after 'by', got ')'");
}

}  // namespace
}  // namespace crossfoot
