// One test per resolve error: its code, its line:col and its message.
#include <gtest/gtest.h>

#include "resolve_helpers.hpp"

namespace crossfoot {
namespace {

using resolve_test::only_error;

TEST(ResolveErrors, DuplicateRuleName) {
  EXPECT_EQ(only_error("rule r: a == b\n  rule r: c == d"), "CF3010 2:8 'r' is already defined");
}

TEST(ResolveErrors, LetWithTheNameOfARule) {
  auto r = resolve_test::resolve_text("rule flows: a == b\nlet flows = 1\n");
  ASSERT_EQ(r.diags.items().size(), 1u);
  EXPECT_EQ(resolve_test::describe(r.diags.items()[0]), "CF3010 2:5 'flows' is already defined");
  ASSERT_EQ(r.diags.items()[0].notes.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].notes[0].message, "first defined here");
  EXPECT_EQ(r.diags.items()[0].notes[0].range.start().line, 1);
  EXPECT_EQ(r.diags.items()[0].notes[0].range.start().col, 6);
}

TEST(ResolveErrors, UnknownFunctionSuggestsTheClosest) {
  EXPECT_EQ(only_error("rule r: grwoth(a) == b"),
            "CF3011 1:9 unknown function 'grwoth'; did you mean 'growth'?");
  EXPECT_EQ(only_error("rule r: a == frobnicate(b)"), "CF3011 1:14 unknown function 'frobnicate'");
  // Not also "a rule's check must be a comparison": the call might have been one.
  EXPECT_EQ(only_error("rule r: agreee(a, b)"),
            "CF3011 1:9 unknown function 'agreee'; did you mean 'agree'?");
}

TEST(ResolveErrors, WrongNumberOfArguments) {
  EXPECT_EQ(only_error("rule r: abs(a, b) == c"), "CF3012 1:9 abs() takes 1 argument, not 2");
  EXPECT_EQ(only_error("rule r: agree(a)"), "CF3012 1:9 agree() takes at least 2 arguments, not 1");
  EXPECT_EQ(only_error("rule r: c ==\n growth(a, b)"),
            "CF3012 2:2 growth() takes 1 argument, not 2");
}

TEST(ResolveErrors, ExistsTakesAReference) {
  EXPECT_EQ(only_error("rule r: exists(a + b)"), "CF3013 1:16 exists() takes a figure reference");
  EXPECT_EQ(only_error("let s = a + b\nrule r: exists(s)"),
            "CF3013 2:16 exists() takes a figure reference");
}

TEST(ResolveErrors, PrevAppliesToSumsOfFigures) {
  EXPECT_EQ(only_error("rule r: prev(a * b) == c"),
            "CF3014 1:14 prev() applies to figures and their sums and differences");
  EXPECT_EQ(only_error("rule r: growth(a + 1) == c"),
            "CF3014 1:16 growth() applies to figures and their sums and differences");
  EXPECT_EQ(only_error("rule r: growth(abs(a)) == c"),
            "CF3014 1:16 growth() applies to figures and their sums and differences");
}

TEST(ResolveErrors, WildcardOutsideSumMinMax) {
  EXPECT_EQ(only_error("rule r: region.*.share == 1"),
            "CF3015 1:9 '*' is only allowed inside sum, min or max");
  EXPECT_EQ(only_error("rule r: sum(a.*.b + 1) == 1"),
            "CF3015 1:13 '*' is only allowed inside sum, min or max");
  EXPECT_EQ(only_error("rule r: abs(a.*) == 1"),
            "CF3015 1:13 '*' is only allowed inside sum, min or max");
}

TEST(ResolveErrors, UnknownUnit) {
  std::string e = only_error("rule r: a > 4 [RMB zillion]");
  EXPECT_EQ(e.substr(0, 36), "CF3016 1:13 unknown unit 'RMB zillio") << e;
  e = only_error("rule r: a == b within 2 [RMB zillion]");
  EXPECT_EQ(e.substr(0, 40), "CF3016 1:23 unknown unit 'RMB zillion': ") << e;
}

TEST(ResolveErrors, CheckMustBeACondition) {
  EXPECT_EQ(only_error("rule r: a + b"),
            "CF3017 1:9 a rule's check must be a comparison, such as 'a + b == c'");
  EXPECT_EQ(only_error("rule r: sum(a.*)"),
            "CF3017 1:9 a rule's check must be a comparison, such as 'a + b == c'");
}

TEST(ResolveErrors, OperandsOfTheWrongType) {
  EXPECT_EQ(only_error("rule r: (a == b) + c == d"),
            "CF3018 1:9 '+' needs a number here, not a condition");
  EXPECT_EQ(only_error("rule r: a == b and c"),
            "CF3018 1:20 'and' needs a condition here, not a number");
  EXPECT_EQ(only_error("rule r: not a"), "CF3018 1:13 'not' needs a condition here, not a number");
  EXPECT_EQ(only_error("rule r: abs(exists(a)) == 1"),
            "CF3018 1:13 'abs()' needs a number here, not a condition");
}

TEST(ResolveErrors, WithinNeedsEquality) {
  EXPECT_EQ(only_error("rule r: a < b within 1%"),
            "CF3019 1:22 'within' needs an == or != comparison");
}

TEST(ResolveErrors, VariableNeverUsed) {
  EXPECT_EQ(only_error("rule r: for each X, Y: X.a == X.b"),
            "CF3020 1:21 variable 'Y' is declared but never used");
}

TEST(ResolveErrors, VariableDeclaredTwice) {
  EXPECT_EQ(only_error("rule r: for each X, X: X.a == X.b"),
            "CF3021 1:21 variable 'X' is declared twice");
}

TEST(ResolveErrors, LetCycle) {
  EXPECT_EQ(only_error("let a = b + 1\nlet b = a + 1\nrule r: a == 1"),
            "CF3022 1:5 let 'a' is defined in terms of itself: a -> b -> a");
  EXPECT_EQ(only_error("let a = 2 * a\n"),
            "CF3022 1:5 let 'a' is defined in terms of itself: a -> a");
}

TEST(ResolveErrors, VariableWithTheNameOfALet) {
  EXPECT_EQ(only_error("let X = 1\nrule r: for each X: X.a == 2"),
            "CF3023 2:18 variable 'X' has the name of a let");
}

}  // namespace
}  // namespace crossfoot
