// Each syntax error has a stable code, a position at the offending token (not at the white
// space or comment before it) and a message that reads like a compiler's.
#include "lang_test_util.hpp"

namespace crossfoot::syntax {
namespace {

using testing::expect_error;
using testing::parse_error;

TEST(SyntaxErrors, CF1001_ColonAfterRuleName) {
  expect_error("rule flows_sum \"desc\"\n    a + b == c\n", "CF1001", 2, 5,
               "expected ':' after rule name, got 'a'");
  expect_error("rule r warning", "CF1001", 1, 15, "expected ':' after rule name, got end of file");
  expect_error("rule r warnings: a == b", "CF1001", 1, 8,
               "expected ':' after rule name, got 'warnings'");
  expect_error("rule r \"d\" warning: a == b", "CF1001", 1, 12,
               "expected ':' after rule name, got 'warning'");
}

TEST(SyntaxErrors, CF1002_Expression) {
  expect_error("rule r:\n    a + == c\n", "CF1002", 2, 9, "expected an expression, got '='");
  expect_error("rule r: a ==", "CF1002", 1, 13, "expected an expression, got end of file");
  expect_error("rule r:", "CF1002", 1, 8, "expected an expression, got end of file");
  expect_error("rule r: a == b and", "CF1002", 1, 19, "expected an expression, got end of file");
  expect_error("rule r: not", "CF1002", 1, 12, "expected an expression, got end of file");
  expect_error("rule r: - == b", "CF1002", 1, 11, "expected an expression, got '='");
  expect_error("rule r: a ^ / b", "CF1002", 1, 13, "expected an expression, got '/'");
  expect_error("rule r: f(a,) == 1", "CF1002", 1, 13, "expected an expression, got ')'");
  expect_error("rule r: () == 1", "CF1002", 1, 10, "expected an expression, got ')'");
  expect_error("let x =\n\n", "CF1002", 3, 1, "expected an expression, got end of file");
  expect_error("rule r: a ==\nrule s: a == b", "CF1002", 2, 1,
               "expected an expression, got 'rule'");
  expect_error("rule r: a == or b", "CF1002", 1, 14, "expected an expression, got 'or'");
  // A number beyond the range of a double is no number.
  expect_error("rule r: x == 1e400", "CF1002", 1, 14, "expected an expression, got '1e400'");
}

TEST(SyntaxErrors, CF1003_CloseParenthesis) {
  expect_error("rule r: (a + b == c\nrule s: a == b", "CF1003", 2, 1, "expected ')', got 'rule'");
  expect_error("rule r: f(a b) == c", "CF1003", 1, 13, "expected ')', got 'b'");
  expect_error("rule r: ((a) == c", "CF1003", 1, 18, "expected ')', got end of file");
}

TEST(SyntaxErrors, CF1004_RuleName) {
  expect_error("rule : a == b", "CF1004", 1, 6, "expected a rule name, got ':'");
  expect_error("rule and: a == b", "CF1004", 1, 6, "expected a rule name, got 'and'");
  expect_error("rule 1st: a == b", "CF1004", 1, 6, "expected a rule name, got '1st'");
  expect_error("rule \"d\": a == b", "CF1004", 1, 6, "expected a rule name, got '\"'");
  expect_error("rule", "CF1004", 1, 5, "expected a rule name, got end of file");
}

TEST(SyntaxErrors, CF1005_UnterminatedString) {
  // Shown at the opening quote, since the string runs to the end of its line.
  expect_error("rule r \"no end:\n  a == b\n", "CF1005", 1, 8, "unterminated string");
  expect_error("rule r: a == b\ninclude \"x.rules", "CF1005", 2, 9, "unterminated string");
  expect_error("rule r \"", "CF1005", 1, 8, "unterminated string");
}

TEST(SyntaxErrors, CF1006_Statement) {
  expect_error("rule r: a == b\nrul s: c == d\n", "CF1006", 2, 1,
               "expected a statement (rule, let or include), got 'rul'");
  expect_error("rule r: a == b )", "CF1006", 1, 16,
               "expected a statement (rule, let or include), got ')'");
  expect_error("rule r: a == b c", "CF1006", 1, 16,
               "expected a statement (rule, let or include), got 'c'");
  expect_error("==", "CF1006", 1, 1, "expected a statement (rule, let or include), got '='");
  expect_error("   # comment\n\n  x.y\n", "CF1006", 3, 3,
               "expected a statement (rule, let or include), got 'x.y'");
  expect_error("let x = 1 within 1%", "CF1006", 1, 11,
               "expected a statement (rule, let or include), got 'within'");
  // Dotted names are written without spaces.
  expect_error("rule r: a . b == c", "CF1006", 1, 11,
               "expected a statement (rule, let or include), got '.'");
}

TEST(SyntaxErrors, CF1007_EqualsAfterLetName) {
  expect_error("let g 1 + 2", "CF1007", 1, 7, "expected '=' after let name, got '1'");
  expect_error("let g == 2", "CF1007", 1, 7, "expected '=' after let name, got '='");
}

TEST(SyntaxErrors, CF1008_VariableName) {
  expect_error("rule r: for each : a == b", "CF1008", 1, 18,
               "expected a variable name after 'for each', got ':'");
  expect_error("rule r: for each X, : a == b", "CF1008", 1, 21,
               "expected a variable name after 'for each', got ':'");
  expect_error("rule r: for each not: a == b", "CF1008", 1, 18,
               "expected a variable name after 'for each', got 'not'");
}

TEST(SyntaxErrors, CF1009_CloseBracket) {
  expect_error("rule r: x > 40 [RMB trillion", "CF1009", 1, 29,
               "expected ']' after the unit, got end of file");
  // A unit ends at the end of its line.
  expect_error("rule r: x > 40 [RMB\ntrillion] rule s: a == b", "CF1009", 2, 1,
               "expected ']' after the unit, got 'trillion'");
}

TEST(SyntaxErrors, CF1010_ColonAfterVariables) {
  expect_error("rule r: for each X X.a == X.b", "CF1010", 1, 20,
               "expected ':' after the variables of 'for each', got 'X.a'");
  expect_error("rule r: for each X", "CF1010", 1, 19,
               "expected ':' after the variables of 'for each', got end of file");
}

TEST(SyntaxErrors, CF1011_LetName) {
  expect_error("let = 2", "CF1011", 1, 5, "expected a name after 'let', got '='");
  expect_error("let not = 2", "CF1011", 1, 5, "expected a name after 'let', got 'not'");
}

TEST(SyntaxErrors, CF1012_IncludePath) {
  expect_error("include common.rules", "CF1012", 1, 9,
               "expected a quoted path after 'include', got 'common.rules'");
  expect_error("include", "CF1012", 1, 8,
               "expected a quoted path after 'include', got end of file");
}

TEST(SyntaxErrors, CF1013_EachAfterFor) {
  expect_error("rule r: for X: a == b", "CF1013", 1, 13, "expected 'each' after 'for', got 'X'");
  expect_error("rule r: for eachX: a == b", "CF1013", 1, 13,
               "expected 'each' after 'for', got 'eachX'");
}

TEST(SyntaxErrors, CF1014_Tolerance) {
  expect_error("rule r: a == b within", "CF1014", 1, 22,
               "expected a tolerance after 'within', such as 0.1% or 0.2pp, got end of file");
  expect_error("rule r: a == b within x", "CF1014", 1, 23,
               "expected a tolerance after 'within', such as 0.1% or 0.2pp, got 'x'");
  expect_error("rule r: a == b within -1%", "CF1014", 1, 23,
               "expected a tolerance after 'within', such as 0.1% or 0.2pp, got '-'");
}

TEST(SyntaxErrors, CF1015_Unit) {
  expect_error("rule r: x > 40 []", "CF1015", 1, 17, "expected a unit inside '[ ]', got ']'");
  expect_error("rule r: x == y within 1 [", "CF1015", 1, 26,
               "expected a unit inside '[ ]', got end of file");
}

TEST(SyntaxErrors, CF1017_SegmentAfterDot) {
  expect_error("rule r: a. == b", "CF1017", 1, 12, "expected a name or '*' after '.', got '='");
  expect_error("rule r: a.+ == b", "CF1017", 1, 11, "expected a name or '*' after '.', got '+'");
  expect_error("rule r: a.b.", "CF1017", 1, 13,
               "expected a name or '*' after '.', got end of file");
}

TEST(SyntaxErrors, CF1061_to_CF1063_AnotherRowByItsKey) {
  expect_error("rule r: x[country] == 1", "CF1061", 1, 18,
               "expected '=' after the column, as in exports[country = WORLD], got ']'");
  expect_error("rule r: x[country = ] == 1", "CF1062", 1, 21,
               "expected a code after '=', as in exports[country = WORLD], got ']'");
  expect_error("rule r: x[country = WORLD == 1", "CF1063", 1, 27,
               "expected ']' or ',' after the code, got '='");
}

TEST(SyntaxErrors, CaretSkipsCommentsBeforeTheToken) {
  expect_error("rule r # no colon\n   # still none\n\t  a == b", "CF1001", 3, 4,
               "expected ':' after rule name, got 'a'");
}

TEST(SyntaxErrors, OnlyTheFirstErrorIsReported) {
  auto f = parse_error("rule : a\nrule s a == b\nlet = 1\n");
  EXPECT_EQ(f.code, "CF1004");
  EXPECT_EQ(f.line, 1);
  EXPECT_EQ(f.length, 1u);  // a caret, not a span
}

TEST(SyntaxErrors, NonAsciiTokens) {
  // A whole UTF-8 character is shown, not a stray byte.
  expect_error("rule r: 出口 == 1", "CF1002", 1, 9, "expected an expression, got '出'");
  expect_error("rule r: a − b == c", "CF1006", 1, 11,
               "expected a statement (rule, let or include), got '−'");
}

TEST(SyntaxErrors, RenderedLikeACompiler) {
  diagnostics ds;
  parse_rules(make_source("rules/bad.rules", "rule x a == b\n"), ds);
  EXPECT_EQ(render_all(ds),
            "rules/bad.rules:1:8: error: expected ':' after rule name, got 'a' [CF1001]\n"
            "    1 | rule x a == b\n"
            "      |        ^\n");
}

TEST(SyntaxErrors, RenderedAtTheEndOfTheFile) {
  diagnostics ds;
  parse_rules(make_source("r.rules", "rule r:\n    (a + b == c\n"), ds);
  EXPECT_EQ(render_all(ds),
            "r.rules:3:1: error: expected ')', got end of file [CF1003]\n"
            "    3 | \n"
            "      | ^\n");
}

TEST(SyntaxErrors, RenderedUnterminatedString) {
  diagnostics ds;
  parse_rules(make_source("r.rules", "let a = 1\nrule r \"open: a == b\n"), ds);
  EXPECT_EQ(render_all(ds),
            "r.rules:2:8: error: unterminated string [CF1005]\n"
            "    2 | rule r \"open: a == b\n"
            "      |        ^\n");
}

// Found by rules_fuzz: an error at the end of the file had a range one byte past the text.
TEST(SyntaxErrors, AnErrorAtTheEndOfTheFileStaysInsideTheText) {
  const std::string text = "rule r:\n    (trade.exports + trade.imports == trade.total\n";
  auto src = make_source("t.rules", text);
  diagnostics ds;
  EXPECT_FALSE(parse_rules(src, ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF1003");
  EXPECT_LE(ds.items()[0].range.end, text.size());
}

}  // namespace
}  // namespace crossfoot::syntax
