// Each syntax error has a stable code, a position at the offending token and a message that
// reads like a compiler's.
#include <gtest/gtest.h>

#include "lang/syntax.hpp"

namespace crossfoot::syntax {
namespace {

struct failure {
  std::string code;
  int line = 0;
  int col = 0;
  std::string message;
};

failure parse_error(const std::string& text) {
  diagnostics ds;
  auto f = parse_rules(make_source("t.rules", text), ds);
  EXPECT_FALSE(f);
  EXPECT_EQ(ds.items().size(), 1u);
  if (ds.items().empty()) return {};
  const auto& d = ds.items()[0];
  auto at = d.range.start();
  return {d.code, at.line, at.col, d.message};
}

void expect_error(const std::string& text, const std::string& code, int line, int col,
                  const std::string& message) {
  failure f = parse_error(text);
  EXPECT_EQ(f.code, code) << text;
  EXPECT_EQ(f.line, line) << text;
  EXPECT_EQ(f.col, col) << text;
  EXPECT_EQ(f.message, message) << text;
}

TEST(ParseErrors, MissingColonAfterRuleName) {
  expect_error("rule flows_sum \"desc\"\n    a + b == c\n", "CF1001", 2, 5,
               "expected ':' after rule name, got 'a'");
}

TEST(ParseErrors, MissingOperand) {
  expect_error("rule r:\n    a + == c\n", "CF1002", 2, 9, "expected an expression, got '='");
  expect_error("rule r: a ==", "CF1002", 1, 13, "expected an expression, got end of file");
}

TEST(ParseErrors, UnbalancedParenthesis) {
  expect_error("rule r: (a + b == c\nrule s: a == b", "CF1003", 2, 1, "expected ')', got 'rule'");
}

TEST(ParseErrors, MissingRuleName) {
  expect_error("rule : a == b", "CF1004", 1, 6, "expected a rule name, got ':'");
  expect_error("rule and: a == b", "CF1004", 1, 6, "expected a rule name, got 'and'");
}

TEST(ParseErrors, UnterminatedString) {
  expect_error("rule r \"no end:\n  a == b\n", "CF1005", 1, 8, "unterminated string");
}

TEST(ParseErrors, NotAStatement) {
  expect_error("rule r: a == b\nrul s: c == d\n", "CF1006", 2, 1,
               "expected a statement (rule, let or include), got 'rul'");
  expect_error("rule r: a == b )", "CF1006", 1, 16,
               "expected a statement (rule, let or include), got ')'");
}

TEST(ParseErrors, LetNeedsEquals) {
  expect_error("let g 1 + 2", "CF1007", 1, 7, "expected '=' after let name, got '1'");
  expect_error("let = 2", "CF1011", 1, 5, "expected a name after 'let', got '='");
}

TEST(ParseErrors, ForEachNeedsVariablesAndColon) {
  expect_error("rule r: for each : a == b", "CF1008", 1, 18,
               "expected a variable name after 'for each', got ':'");
  expect_error("rule r: for X: a == b", "CF1013", 1, 13, "expected 'each' after 'for', got 'X'");
  expect_error("rule r: for each X X.a == X.b", "CF1010", 1, 20,
               "expected ':' after the variables of 'for each', got 'X.a'");
}

TEST(ParseErrors, LevelLiteralNeedsClosingBracket) {
  expect_error("rule r: x > 40 [RMB trillion", "CF1009", 1, 29,
               "expected ']' after the unit, got end of file");
  expect_error("rule r: x > 40 []", "CF1015", 1, 17, "expected a unit inside '[ ]', got ']'");
}

TEST(ParseErrors, IncludeNeedsQuotedPath) {
  expect_error("include common.rules", "CF1012", 1, 9,
               "expected a quoted path after 'include', got 'common.rules'");
}

TEST(ParseErrors, WithinNeedsTolerance) {
  expect_error("rule r: a == b within", "CF1014", 1, 22,
               "expected a tolerance after 'within', such as 0.1% or 0.2pp, got end of file");
}

TEST(ParseErrors, BinaryGarbageIsAnErrorNotACrash) {
  failure f = parse_error(std::string("\x00\x01\xff rule", 8));
  EXPECT_EQ(f.code, "CF1006");
  EXPECT_EQ(f.message, "expected a statement (rule, let or include), got byte 0x00");
}

TEST(ParseErrors, DeepNestingIsRefused) {
  std::string deep = "rule r: " + std::string(5000, '(') + "a" + std::string(5000, ')') + " == b";
  failure f = parse_error(deep);
  EXPECT_EQ(f.code, "CF1016");
  std::string fine = "rule r: " + std::string(100, '(') + "a" + std::string(100, ')') + " == b";
  diagnostics ds;
  EXPECT_TRUE(parse_rules(make_source("t", fine), ds));
}

TEST(ParseErrors, RenderedLikeACompiler) {
  diagnostics ds;
  parse_rules(make_source("rules/bad.rules", "rule x a == b\n"), ds);
  EXPECT_EQ(render_all(ds),
            "rules/bad.rules:1:8: error: expected ':' after rule name, got 'a' [CF1001]\n"
            "    1 | rule x a == b\n"
            "      |        ^\n");
}

}  // namespace
}  // namespace crossfoot::syntax

namespace crossfoot::syntax {
namespace {

// Random token soup and random bytes: every input parses or gives exactly one diagnostic.
TEST(ParseErrors, RandomInputNeverCrashes) {
  const char* tokens[] = {"rule", "let", "include", "for", "each", "within", "x",    "a.b",
                          "*",    "(",   ")",       "[",   "]",    "RMB",    "==",   "<",
                          "+",    "-",   "^",       ":",   ",",    "\"",     "1.5",  "%",
                          "pp",   "and", "not",     "#",   "\n",   " ",      "\xff", "="};
  unsigned seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    int n = static_cast<int>(next() % 30);
    for (int t = 0; t < n; ++t) {
      text += (next() % 7 == 0) ? std::string(1, static_cast<char>(next() % 256))
                                : std::string(tokens[next() % std::size(tokens)]) + " ";
    }
    diagnostics ds;
    auto f = parse_rules(make_source("fuzz", text), ds);
    EXPECT_EQ(f.has_value(), ds.items().empty()) << text;
    if (!f) {
      EXPECT_EQ(ds.items().size(), 1u) << text;
    }
  }
}

}  // namespace
}  // namespace crossfoot::syntax
