// Hostile input: binary bytes, deep nesting, long chains, random token soup. Every input either
// parses or gives exactly one diagnostic; nothing crashes, throws or exhausts the stack.
#include "lang_test_util.hpp"

namespace crossfoot::syntax {
namespace {

using testing::expect_error;
using testing::parse_error;
using testing::parse_ok;

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

bool parses(const std::string& text) {
  diagnostics ds;
  return parse_rules(make_source("t.rules", text), ds).has_value();
}

const char* nests_too_deeply =
    "expression nests too deeply: more than 100 levels of parentheses, calls, '-', 'not' or '^'";
const char* too_deep =
    "expression is too deep: more than 256 levels of operators, parentheses "
    "and calls";

TEST(Robustness, BinaryGarbageIsAnErrorNotACrash) {
  testing::failure f = parse_error(std::string("\x00\x01\xff rule", 8));
  EXPECT_EQ(f.code, "CF1006");
  EXPECT_EQ(f.message, "expected a statement (rule, let or include), got byte 0x00");
  expect_error("rule r: a == \xff\xfe", "CF1002", 1, 14, "expected an expression, got byte 0xff");
  expect_error(std::string("rule r: a == b\0", 15), "CF1006", 1, 15,
               "expected a statement (rule, let or include), got byte 0x00");
}

TEST(Robustness, EverySingleByte) {
  for (int b = 0; b < 256; ++b) {
    std::string text = "rule r: a == " + std::string(1, static_cast<char>(b)) + " b";
    diagnostics ds;
    auto f = parse_rules(make_source("t", text), ds);
    EXPECT_EQ(f.has_value(), ds.items().empty()) << b;
    EXPECT_LE(ds.items().size(), 1u) << b;
  }
}

TEST(Robustness, LoneOperatorsAndPunctuation) {
  for (const char* text :
       {"+", "-", "*", "/", "^",  "<", ">=", "(",   ")",   "[",      "]",
        ",", ":", ".", "%", "\"", "=", "!",  "not", "and", "within", "for each X:"}) {
    testing::failure f = parse_error(text);
    EXPECT_EQ(f.code, "CF1006") << text;  // a quote where a statement belongs is no string
    EXPECT_EQ(f.line, 1) << text;
    EXPECT_EQ(f.col, 1) << text;
  }
  for (const char* check : {"+", "/", ")", "]", ",", ":", "==", "%", "\""}) {
    EXPECT_EQ(parse_error(std::string("rule r: ") + check).code, "CF1002") << check;
  }
}

// Nesting costs stack while parsing: 100 levels parse, deeper input is refused.
TEST(Robustness, NestingUpToTheLimitParses) {
  EXPECT_TRUE(parses("rule r: " + repeat("(", 100) + "a" + repeat(")", 100) + " == b"));
  EXPECT_TRUE(parses("rule r: " + repeat("-", 100) + "a == b"));
  EXPECT_TRUE(parses("rule r: " + repeat("not ", 100) + "a"));
  EXPECT_TRUE(parses("rule r: " + repeat("2^", 100) + "2 == b"));
  EXPECT_TRUE(parses("rule r: " + repeat("f(", 100) + "a" + repeat(")", 100) + " == b"));
  EXPECT_TRUE(parses("rule r: " + repeat("(a + ", 100) + "a" + repeat(")", 100) + " == b"));
}

TEST(Robustness, DeepParenthesesAreRefused) {
  for (int n : {101, 2000, 100000}) {
    std::string text = "rule r: " + repeat("(", n) + "a" + repeat(")", n) + " == b";
    testing::failure f = parse_error(text);
    EXPECT_EQ(f.code, "CF1016") << n;
    EXPECT_EQ(f.message, nests_too_deeply) << n;
    EXPECT_EQ(f.col, 9 + 101) << n;  // just inside the 101st parenthesis
  }
}

TEST(Robustness, DeepPrefixesCallsAndPowersAreRefused) {
  for (const std::string& text :
       {"rule r: " + repeat("-", 101) + "a == b", "rule r: " + repeat("not ", 2000) + "a",
        "rule r: " + repeat("2^", 2000) + "2 == b",
        "rule r: " + repeat("f(", 2000) + "a" + repeat(")", 2000) + " == b",
        "rule r: " + repeat("- (", 2000) + "a" + repeat(")", 2000) + " == b",
        "let x = " + repeat("-", 100000) + "a"}) {
    testing::failure f = parse_error(text);
    EXPECT_EQ(f.code, "CF1016") << text.substr(0, 20);
    EXPECT_EQ(f.message, nests_too_deeply) << text.substr(0, 20);
  }
}

// A long flat chain is a deep tree once folded: later stages would recurse through it.
TEST(Robustness, LongOperatorChainsAreRefused) {
  EXPECT_TRUE(parses("rule r: " + repeat("a + ", 254) + "a == b"));  // 256 levels with the ==
  for (int n : {255, 5000}) {
    testing::failure f = parse_error("rule r: " + repeat("a + ", n) + "a == b");
    EXPECT_EQ(f.code, "CF1016");
    EXPECT_EQ(f.message, too_deep);
    EXPECT_EQ(f.col, 9);  // the caret at the start of the over-deep operand
  }
  // Levels add up across calls and operator chains.
  EXPECT_EQ(parse_error("rule r: " + repeat("f(", 90) + repeat("a * ", 200) + "a" +
                        repeat(")", 90) + " == b")
                .code,
            "CF1016");
  EXPECT_TRUE(parses("rule r: " + repeat("a < ", 100000) + "b"));  // a chain is one flat node
}

TEST(Robustness, ManyStatements) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "rule r" + std::to_string(i) + ": a.b + c == d\n";
  auto f = parse_ok(text);
  EXPECT_EQ(f.rules.size(), 3000u);
  EXPECT_EQ(f.rules[2999].name_range.start().line, 3000);
}

// Random token soup and random bytes: every input parses or gives exactly one diagnostic.
TEST(Robustness, RandomInputNeverCrashes) {
  const char* tokens[] = {"rule", "let", "include", "for", "each",   "within", "x",    "a.b",
                          "*",    "(",   ")",       "[",   "]",      "RMB",    "==",   "<",
                          "+",    "-",   "^",       ":",   ",",      "\"",     "1.5",  "%",
                          "pp",   "and", "not",     "#",   "\n",     " ",      "\xff", "=",
                          "f(",   "1e3", ".",       "or",  "warning"};
  unsigned seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  int parsed = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string text = (i % 2) ? "rule r: " : "";
    int n = static_cast<int>(next() % 30);
    for (int t = 0; t < n; ++t) {
      text += (next() % 7 == 0) ? std::string(1, static_cast<char>(next() % 256))
                                : std::string(tokens[next() % std::size(tokens)]) + " ";
    }
    diagnostics ds;
    auto f = parse_rules(make_source("fuzz", text), ds);
    EXPECT_EQ(f.has_value(), ds.items().empty()) << text;
    if (!f) {
      ASSERT_EQ(ds.items().size(), 1u) << text;
      EXPECT_TRUE(ds.items()[0].code.rfind("CF10", 0) == 0) << text;
      EXPECT_NE(ds.items()[0].code, "CF1099") << text;  // never an internal error
      EXPECT_LE(ds.items()[0].range.end, text.size() + 1) << text;
    }
    parsed += f.has_value();
  }
  EXPECT_GT(parsed, 0);  // the soup is not all errors, so success paths are exercised too
}

}  // namespace
}  // namespace crossfoot::syntax
