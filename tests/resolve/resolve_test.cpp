#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "resolve/rule_set.hpp"

namespace crossfoot {
namespace {

struct resolved {
  std::optional<rule_set> rules;
  diagnostics diags;
};

resolved resolve_text(const std::string& text) {
  resolved out;
  auto parsed = syntax::parse_rules(make_source("t.rules", text), out.diags);
  EXPECT_TRUE(parsed) << render_all(out.diags);
  if (parsed) out.rules = resolve({*parsed}, out.diags);
  return out;
}

// The first error's code and line:col.
std::string first_error(const std::string& text) {
  auto r = resolve_text(text);
  EXPECT_FALSE(r.rules);
  if (r.diags.items().empty()) return "";
  const auto& d = r.diags.items().front();
  auto at = d.range.start();
  return d.code + " " + std::to_string(at.line) + ":" + std::to_string(at.col) + " " + d.message;
}

TEST(Resolve, MarksPatternVariables) {
  auto r = resolve_text("rule r: for each X: X.exports + X.imports == X.total");
  ASSERT_TRUE(r.rules);
  const rexpr& lhs = r.rules->rules[0].check.args[0];
  ASSERT_EQ(lhs.args[0].segments.size(), 2u);
  EXPECT_TRUE(lhs.args[0].segments[0].is_var);
  EXPECT_FALSE(lhs.args[0].segments[1].is_var);
}

TEST(Resolve, InlinesLetsInAnyOrder) {
  auto r = resolve_text(
      "rule r: -2% < g < 0\n"
      "let g = (1 + p) * (1 + v) - 1\n"
      "let p = imports.price.growth\n"
      "let v = imports.volume.growth\n");
  ASSERT_TRUE(r.rules) << render_all(r.diags);
  const rexpr& g = r.rules->rules[0].check.args[1];
  EXPECT_EQ(g.k, rexpr::kind::binary);
  // (1 + p): p is inlined as the reference imports.price.growth.
  const rexpr& p = g.args[0].args[0].args[1];
  ASSERT_EQ(p.k, rexpr::kind::ref);
  EXPECT_EQ(p.segments.size(), 3u);
  EXPECT_EQ(r.rules->rules[0].check_text, "-2% < g < 0");
}

TEST(Resolve, ConvertsLiteralsToBaseUnits) {
  auto r = resolve_text("rule r: a == 56.6% or a == 1.7pp or a == 40 [RMB trillion]");
  ASSERT_TRUE(r.rules);
  const rexpr& c = r.rules->rules[0].check;
  const rexpr& percent = c.args[0].args[0].args[1];
  EXPECT_NEAR(percent.value.lo, 0.566, 1e-15);
  EXPECT_EQ(percent.literal_unit.style, unit_style::percent);
  EXPECT_NEAR(c.args[0].args[1].args[1].value.lo, 0.017, 1e-15);
  const rexpr& level = c.args[1].args[1];
  EXPECT_DOUBLE_EQ(level.value.lo, 40e12);
  EXPECT_EQ(level.literal_unit.dim, dimension::of("RMB"));
}

TEST(Resolve, Tolerances) {
  auto r = resolve_text(
      "rule a: x == y within 0.1%\nrule b: x == y within 0.2pp\n"
      "rule c: x == y within 0.01 [RMB trillion]\n");
  ASSERT_TRUE(r.rules);
  EXPECT_TRUE(r.rules->rules[0].within->relative);
  EXPECT_DOUBLE_EQ(r.rules->rules[0].within->amount, 0.001);
  EXPECT_FALSE(r.rules->rules[1].within->relative);
  EXPECT_DOUBLE_EQ(r.rules->rules[1].within->amount, 0.002);
  EXPECT_DOUBLE_EQ(r.rules->rules[2].within->amount, 1e10);
  EXPECT_EQ(r.rules->rules[2].within->dim, dimension::of("RMB"));
}

TEST(ResolveErrors, EachClassHasItsCode) {
  EXPECT_EQ(first_error("rule r: a == b\nrule r: c == d"), "CF3010 2:6 'r' is already defined");
  EXPECT_EQ(first_error("rule r: grwoth(a) == b"),
            "CF3011 1:9 unknown function 'grwoth'; did you mean 'growth'?");
  EXPECT_EQ(first_error("rule r: abs(a, b) == c"), "CF3012 1:9 abs() takes 1 argument, not 2");
  EXPECT_EQ(first_error("rule r: agree(a) == c"),
            "CF3012 1:9 agree() takes at least 2 arguments, not 1");
  EXPECT_EQ(first_error("rule r: exists(a + b)"), "CF3013 1:16 exists() takes a figure reference");
  EXPECT_EQ(first_error("rule r: prev(a * b) == c"),
            "CF3014 1:14 prev() applies to figures and their sums and differences");
  EXPECT_EQ(first_error("rule r: region.*.share == 1"),
            "CF3015 1:9 '*' is only allowed inside sum, min or max");
  EXPECT_EQ(first_error("rule r: a > 4 [RMB zillion]").substr(0, 31),
            "CF3016 1:13 unknown unit 'RMB z");
  EXPECT_EQ(first_error("rule r: a + b"),
            "CF3017 1:9 a rule's check must be a comparison, such as 'a + b == c'");
  EXPECT_EQ(first_error("rule r: (a == b) + c == d"),
            "CF3018 1:9 '+' needs a number here, not a condition");
  EXPECT_EQ(first_error("rule r: a and b"),
            "CF3018 1:9 'and' needs a condition here, not a number");
  EXPECT_EQ(first_error("rule r: a < b within 1%"),
            "CF3019 1:22 'within' needs an == or != comparison");
  EXPECT_EQ(first_error("rule r: for each X, Y: X.a == X.b"),
            "CF3020 1:21 variable 'Y' is declared but never used");
  EXPECT_EQ(first_error("rule r: for each X, X: X.a == X.b"),
            "CF3021 1:21 variable 'X' is declared twice");
  EXPECT_EQ(first_error("let a = b + 1\nlet b = a + 1\nrule r: a == 1"),
            "CF3022 1:5 let 'a' is defined in terms of itself");
  EXPECT_EQ(first_error("let X = 1\nrule r: for each X: X.a == 2"),
            "CF3023 2:18 variable 'X' has the name of a let");
}

TEST(ResolveErrors, DuplicateNamePointsAtTheFirst) {
  auto r = resolve_text("rule flows: a == b\nlet flows = 1\n");
  ASSERT_EQ(r.diags.items().size(), 1u);
  ASSERT_EQ(r.diags.items()[0].notes.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].notes[0].message, "first defined here");
  EXPECT_EQ(r.diags.items()[0].notes[0].range.start().line, 1);
}

class LoadRules : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("crossfoot-resolve-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "sub");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::string path(const std::string& name) { return (dir_ / name).string(); }
  std::filesystem::path dir_;
};

TEST_F(LoadRules, FollowsIncludesRelativeToTheIncludingFile) {
  write("main.rules", "include \"sub/common.rules\"\nrule main_rule: a == b\n");
  write("sub/common.rules", "include \"more.rules\"\nrule common_rule: c == d\n");
  write("sub/more.rules", "rule more_rule: e == f\n");
  diagnostics ds;
  auto rules = load_rules({path("main.rules")}, ds);
  ASSERT_TRUE(rules) << render_all(ds);
  ASSERT_EQ(rules->rules.size(), 3u);
  EXPECT_EQ(rules->rules[0].name, "more_rule");
  EXPECT_EQ(rules->rules[2].name, "main_rule");
  EXPECT_EQ(rules->files.size(), 3u);
}

TEST_F(LoadRules, LoadsAFileIncludedTwiceOnce) {
  write("a.rules", "include \"c.rules\"\nrule a_rule: a == b\n");
  write("b.rules", "include \"c.rules\"\nrule b_rule: a == b\n");
  write("c.rules", "rule c_rule: a == b\n");
  diagnostics ds;
  auto rules = load_rules({dir_.string()}, ds);  // a directory: every *.rules, sorted
  ASSERT_TRUE(rules) << render_all(ds);
  EXPECT_EQ(rules->rules.size(), 3u);
  EXPECT_EQ(rules->files.size(), 3u);
}

TEST_F(LoadRules, IncludeCycleIsAnError) {
  write("a.rules", "include \"b.rules\"\n");
  write("b.rules", "include \"a.rules\"\n");
  diagnostics ds;
  EXPECT_FALSE(load_rules({path("a.rules")}, ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF3004");
  EXPECT_EQ(ds.items()[0].range.start().line, 1);
}

TEST_F(LoadRules, MissingFilesAreErrorsWithThePlaceThatAskedForThem) {
  write("a.rules", "\ninclude \"nope.rules\"\n");
  diagnostics ds;
  EXPECT_FALSE(load_rules({path("a.rules"), path("absent.rules")}, ds));
  ASSERT_EQ(ds.items().size(), 2u);
  EXPECT_EQ(ds.items()[0].code, "CF3003");
  EXPECT_EQ(ds.items()[0].range.start().line, 2);
  EXPECT_EQ(ds.items()[1].code, "CF3001");
  EXPECT_FALSE(ds.items()[1].range.valid());
}

}  // namespace
}  // namespace crossfoot
