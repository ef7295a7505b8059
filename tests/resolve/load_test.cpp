// load_rules over real files: includes, directories, cycles, and the example of the spec.
#include <gtest/gtest.h>

#include "resolve_helpers.hpp"
#include "test_paths.hpp"

namespace crossfoot {
namespace {

using strings = std::vector<std::string>;

strings rule_names(const rule_set& rs) {
  strings out;
  for (const auto& r : rs.rules) out.push_back(r.name);
  return out;
}

class LoadRules : public resolve_test::rules_dir {};

TEST_F(LoadRules, FollowsIncludesRelativeToTheIncludingFile) {
  write("main.rules", "include \"sub/common.rules\"\nrule main_rule: a == b\n");
  write("sub/common.rules", "include \"more.rules\"\nrule common_rule: c == d\n");
  write("sub/more.rules", "rule more_rule: e == f\n");
  diagnostics ds;
  auto rules = load_rules({path("main.rules")}, ds);
  ASSERT_TRUE(rules) << render_all(ds);
  // An included file is loaded before the file that includes it.
  EXPECT_EQ(rule_names(*rules), (strings{"more_rule", "common_rule", "main_rule"}));
  EXPECT_EQ(rules->files,
            (strings{path("sub/more.rules"), path("sub/common.rules"), path("main.rules")}));
  EXPECT_TRUE(ds.items().empty());
}

TEST_F(LoadRules, LetsAreSharedThroughIncludes) {
  write("main.rules", "include \"lets.rules\"\nrule r: total == 1\n");
  write("lets.rules", "let total = trade.total\n");
  diagnostics ds;
  auto rules = load_rules({path("main.rules")}, ds);
  ASSERT_TRUE(rules) << render_all(ds);
  ASSERT_EQ(rules->rules.size(), 1u);
  EXPECT_EQ(rules->rules[0].check->arg(0).segments.size(), 2u);
}

TEST_F(LoadRules, ADirectoryLoadsItsRulesFilesSortedByName) {
  write("b.rules", "rule b_rule: a == b\n");
  write("a.rules", "rule a_rule: a == b\n");
  write("c.rules", "rule c_rule: a == b\n");
  write("notes.txt", "rule not_rules: this is not rules text\n");
  write("deeper/d.rules", "rule d_rule: a == b\n");  // not recursive
  diagnostics ds;
  auto rules = load_rules({dir_.string()}, ds);
  ASSERT_TRUE(rules) << render_all(ds);
  EXPECT_EQ(rule_names(*rules), (strings{"a_rule", "b_rule", "c_rule"}));
  EXPECT_EQ(rules->files, (strings{path("a.rules"), path("b.rules"), path("c.rules")}));
}

TEST_F(LoadRules, AFileIncludedTwiceIsLoadedOnce) {
  write("a.rules", "include \"c.rules\"\nrule a_rule: a == b\n");
  write("b.rules", "include \"./sub/../c.rules\"\nrule b_rule: a == b\n");
  write("c.rules", "rule c_rule: a == b\n");
  write("sub/keep.txt", "");
  diagnostics ds;
  // c.rules is reached four ways: two includes, the directory, and by name.
  auto rules = load_rules({dir_.string(), path("c.rules")}, ds);
  ASSERT_TRUE(rules) << render_all(ds);
  EXPECT_EQ(rule_names(*rules), (strings{"c_rule", "a_rule", "b_rule"}));
  EXPECT_EQ(rules->files.size(), 3u);
}

TEST_F(LoadRules, IncludeCycleIsAnErrorAtTheInclude) {
  write("a.rules", "include \"b.rules\"\n");
  write("b.rules", "rule b_rule: a == b\n\ninclude \"a.rules\"\n");
  diagnostics ds;
  EXPECT_FALSE(load_rules({path("a.rules")}, ds));
  ASSERT_EQ(ds.items().size(), 1u) << render_all(ds);
  const diagnostic& d = ds.items()[0];
  EXPECT_EQ(d.code, "CF3004");
  EXPECT_EQ(d.range.file->name(), path("b.rules"));
  EXPECT_EQ(d.range.start().line, 3);
  EXPECT_EQ(d.range.start().col, 1);
  EXPECT_EQ(d.message, "include cycle: " + path("a.rules") + " -> " + path("b.rules") + " -> " +
                           path("a.rules"));
}

TEST_F(LoadRules, AFileIncludingItself) {
  write("a.rules", "rule r: a == b\ninclude \"a.rules\"\n");
  diagnostics ds;
  EXPECT_FALSE(load_rules({path("a.rules")}, ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(resolve_test::describe(ds.items()[0]),
            "CF3004 2:1 include cycle: " + path("a.rules") + " -> " + path("a.rules"));
}

TEST_F(LoadRules, MissingFilesAreErrorsWhereTheyWereAskedFor) {
  write("a.rules", "\n  include \"nope.rules\"\n");
  diagnostics ds;
  EXPECT_FALSE(load_rules({path("a.rules"), path("absent.rules")}, ds));
  ASSERT_EQ(ds.items().size(), 2u);
  EXPECT_EQ(
      resolve_test::describe(ds.items()[0]),
      "CF3003 2:3 cannot open rules file '" + path("nope.rules") + "': No such file or directory");
  EXPECT_EQ(ds.items()[1].code, "CF3001");
  EXPECT_FALSE(ds.items()[1].range.valid());
  EXPECT_EQ(ds.items()[1].message,
            "cannot open rules file '" + path("absent.rules") + "': No such file or directory");
}

TEST_F(LoadRules, ADirectoryWithoutRulesIsAnError) {
  write("readme.txt", "nothing here\n");
  diagnostics ds;
  EXPECT_FALSE(load_rules({dir_.string()}, ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF3002");
}

TEST_F(LoadRules, SyntaxAndResolveErrorsInEveryFileAreReported) {
  write("a.rules", "rule a_rule a == b\n");  // syntax error: the parser's code
  write("b.rules", "rule b_rule: grwoth(a) == b\n");
  write("c.rules", "rule c_rule: a == b\n");
  diagnostics ds;
  EXPECT_FALSE(load_rules({path("a.rules"), path("b.rules"), path("c.rules")}, ds));
  ASSERT_EQ(ds.items().size(), 1u) << render_all(ds);  // resolving waits for valid syntax
  EXPECT_EQ(ds.items()[0].code, "CF1001");
  diagnostics ds2;
  EXPECT_FALSE(load_rules({path("b.rules"), path("c.rules")}, ds2));
  ASSERT_EQ(ds2.items().size(), 1u) << render_all(ds2);
  EXPECT_EQ(ds2.items()[0].code, "CF3011");
}

TEST_F(LoadRules, DuplicateNamesAcrossIncludes) {
  write("main.rules", "include \"common.rules\"\nrule flows: a == b\n");
  write("common.rules", "rule flows: c == d\n");
  diagnostics ds;
  EXPECT_FALSE(load_rules({path("main.rules")}, ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF3010");
  EXPECT_EQ(ds.items()[0].range.file->name(), path("main.rules"));
  ASSERT_EQ(ds.items()[0].notes.size(), 1u);
  EXPECT_EQ(ds.items()[0].notes[0].range.file->name(), path("common.rules"));
}

TEST_F(LoadRules, TheExampleOfTheSpecification) {
  // fixtures/spec/trade-example.rules is the example of section 3 of the specification, word
  // for word; it includes the common.rules beside it.
  diagnostics ds;
  auto rules = load_rules({CROSSFOOT_SOURCE_DIR "/fixtures/spec/trade-example.rules"}, ds);
  ASSERT_TRUE(rules) << render_all(ds);
  EXPECT_TRUE(ds.items().empty());
  EXPECT_EQ(
      rule_names(*rules),
      (strings{"common_parts", "flows_sum", "family_flows_sum", "share_of_total_trade",
               "growth_of_sum", "growth_matches_levels", "import_value_fell_slightly",
               "regional_shares_cover_exports", "part_within_exports", "total_within_tolerance"}));
  const auto& rs = rules->rules;
  EXPECT_EQ(rs[1].description, "exports and imports add up to total trade");
  EXPECT_EQ(rs[2].vars, (strings{"X"}));
  EXPECT_EQ(rs[4].check->arg(0).fn, function::growth);
  EXPECT_EQ(rs[6].level, severity::warning);
  EXPECT_EQ(rs[6].check->k, rexpr::kind::chain);
  EXPECT_EQ(rs[6].check->arg(1).k, rexpr::kind::binary);  // the let, inlined
  EXPECT_EQ(rs[6].check_text, "-2% < import_value_growth < 0");
  EXPECT_EQ(rs[7].check->arg(0).arg(0).segments[1].text, "*");
  EXPECT_DOUBLE_EQ(rs[7].check->arg(1).value.lo, 1.0);
  EXPECT_EQ(rs[8].level, severity::info);
  ASSERT_TRUE(rs[9].within);
  EXPECT_TRUE(rs[9].within->relative);
  EXPECT_DOUBLE_EQ(rs[9].within->amount, 0.001);
  EXPECT_EQ(rs[9].range.start().line, 32);
}

}  // namespace
}  // namespace crossfoot
