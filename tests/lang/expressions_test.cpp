// Expressions: precedence (lowest first: or, and, not, comparisons, + -, * /, unary minus, ^),
// associativity, comparison chains, literals, references and calls.
#include "lang_test_util.hpp"

namespace crossfoot::syntax {
namespace {

using testing::check_of;
using testing::parse_ok;
using testing::show;

TEST(Expressions, EachLevelBindsTighterThanTheOneBelow) {
  EXPECT_EQ(check_of("a or b and c"), "(a or (b and c))");
  EXPECT_EQ(check_of("a and b or c"), "((a and b) or c)");
  EXPECT_EQ(check_of("not a and b"), "((not a) and b)");
  EXPECT_EQ(check_of("not a == b"), "(not (a == b))");
  EXPECT_EQ(check_of("a + b == c - d"), "((a + b) == (c - d))");
  EXPECT_EQ(check_of("a + b * c == d"), "((a + (b * c)) == d)");
  EXPECT_EQ(check_of("a / b - c == d"), "(((a / b) - c) == d)");
  EXPECT_EQ(check_of("-a * b == c"), "(((- a) * b) == c)");
  EXPECT_EQ(check_of("a * -b == c"), "((a * (- b)) == c)");
  // "^ binds tighter than unary minus: -2^2 = -(2^2)"
  EXPECT_EQ(check_of("-2^2 == x"), "((- (2 ^ 2)) == x)");
  EXPECT_EQ(check_of("a * b ^ c == d"), "((a * (b ^ c)) == d)");
  EXPECT_EQ(check_of("a < b and c > d or not e == f"), "(((a < b) and (c > d)) or (not (e == f)))");
}

TEST(Expressions, LeftAssociativeOperators) {
  EXPECT_EQ(check_of("a - b - c == d"), "(((a - b) - c) == d)");
  EXPECT_EQ(check_of("a / b / c == d"), "(((a / b) / c) == d)");
  EXPECT_EQ(check_of("a - b + c * d / e == f"), "(((a - b) + ((c * d) / e)) == f)");
  EXPECT_EQ(check_of("a or b or c"), "((a or b) or c)");
  EXPECT_EQ(check_of("a and b and c"), "((a and b) and c)");
}

TEST(Expressions, PowerIsRightAssociative) {
  EXPECT_EQ(check_of("2^3^2 == x"), "((2 ^ (3 ^ 2)) == x)");
  EXPECT_EQ(check_of("(1 + r)^10 == x"), "(((1 + r) ^ 10) == x)");
  EXPECT_EQ(check_of("2^-1 == x"), "((2 ^ (- 1)) == x)");
  EXPECT_EQ(check_of("-2^-2^2 == x"), "((- (2 ^ (- (2 ^ 2)))) == x)");
}

TEST(Expressions, PrefixOperatorsNest) {
  EXPECT_EQ(check_of("--a == b"), "((- (- a)) == b)");
  EXPECT_EQ(check_of("a - -b == c"), "((a - (- b)) == c)");
  EXPECT_EQ(check_of("not not a"), "(not (not a))");
  EXPECT_EQ(check_of("not(a < b)"), "(not (a < b))");
  EXPECT_EQ(check_of("a and not b or c"), "((a and (not b)) or c)");
}

// "(chainable: `a < b < c` means `a < b and b < c`)"
TEST(Expressions, ComparisonChains) {
  auto f = parse_ok("rule r: a < b <= c");
  const expr& e = f.rules[0].check;
  EXPECT_EQ(e.k, expr::kind::chain);
  EXPECT_EQ(e.ops, (std::vector<op>{op::lt, op::le}));
  ASSERT_EQ(e.args.size(), 3u);
  EXPECT_EQ(show(e), "chain(a < b <= c)");
  EXPECT_EQ(check_of("-2% < g < 0"), "chain((- 2%) < g < 0)");
  EXPECT_EQ(check_of("0 <= x.share <= 100%"), "chain(0 <= x.share <= 100%)");
  EXPECT_EQ(check_of("a == b == c != d"), "chain(a == b == c != d)");
  EXPECT_EQ(check_of("a >= b > c + 1 < d"), "chain(a >= b > (c + 1) < d)");
  EXPECT_EQ(check_of("a < b < c and d < e"), "(chain(a < b < c) and (d < e))");
}

TEST(Expressions, OneComparisonIsBinary) {
  for (const char* o : {"==", "!=", "<", "<=", ">", ">="}) {
    auto f = parse_ok(std::string("rule r: a ") + o + " b");
    const expr& e = f.rules[0].check;
    EXPECT_EQ(e.k, expr::kind::binary) << o;
    ASSERT_EQ(e.ops.size(), 1u);
    EXPECT_STREQ(spelling(e.ops[0]), o);
  }
  EXPECT_EQ(check_of("(a < b) == c"), "((a < b) == c)");
  EXPECT_EQ(check_of("a<=b"), "(a <= b)");
}

TEST(Expressions, EveryOperatorHasItsSpelling) {
  EXPECT_EQ(check_of("a + b - c * d / e ^ f == g"), "(((a + b) - ((c * d) / (e ^ f))) == g)");
  auto f = parse_ok("rule r: -a == b and not c or d");
  const expr& e = f.rules[0].check;
  EXPECT_EQ(e.ops[0], op::logical_or);
  EXPECT_EQ(e.args[0].ops[0], op::logical_and);
  EXPECT_EQ(e.args[0].args[1].ops[0], op::logical_not);
  EXPECT_EQ(e.args[0].args[0].args[0].ops[0], op::neg);
  EXPECT_STREQ(spelling(op::neg), "-");
  EXPECT_STREQ(spelling(op::sub), "-");
}

TEST(Expressions, NumberLiterals) {
  auto f = parse_ok("rule r: agree(12, 0.5, 1e3, 2.5E-2, .5, 7.)");
  const expr& e = f.rules[0].check;
  ASSERT_EQ(e.args.size(), 6u);
  std::vector<double> want{12, 0.5, 1000, 0.025, 0.5, 7};
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(e.args[i].k, expr::kind::literal);
    EXPECT_EQ(e.args[i].lit, literal_kind::number);
    EXPECT_DOUBLE_EQ(e.args[i].number, want[i]);
  }
}

TEST(Expressions, PercentPointsAndLevelLiterals) {
  auto f = parse_ok("rule r: agree(56.6%, 1.7pp, 40 [RMB trillion], 3[  million vehicles  ], 2 %)");
  const expr& e = f.rules[0].check;
  ASSERT_EQ(e.args.size(), 5u);
  EXPECT_EQ(e.args[0].lit, literal_kind::percent);
  EXPECT_DOUBLE_EQ(e.args[0].number, 56.6);  // as written, not 0.566
  EXPECT_EQ(e.args[1].lit, literal_kind::points);
  EXPECT_DOUBLE_EQ(e.args[1].number, 1.7);
  EXPECT_EQ(e.args[2].lit, literal_kind::level);
  EXPECT_DOUBLE_EQ(e.args[2].number, 40);
  EXPECT_EQ(e.args[2].unit_text, "RMB trillion");
  EXPECT_EQ(e.args[3].unit_text, "million vehicles");  // trimmed
  EXPECT_EQ(e.args[4].lit, literal_kind::percent);
  EXPECT_EQ(check_of("x == 1e3"), "(x == 1000)");
}

// "pp" is a suffix only as a whole word.
TEST(Expressions, PointsSuffixIsAWholeWord) {
  EXPECT_EQ(check_of("x == 2 pp"), "(x == 2pp)");
  // "2 ppx" is 2 followed by a name, which cannot follow a number.
  testing::expect_error("rule r: x == 2 ppx", "CF1006", 1, 16,
                        "expected a statement (rule, let or include), got 'ppx'");
}

TEST(Expressions, References) {
  auto f = parse_ok("rule r: sum(region.*.exports.share) == a_1._b.C2");
  const expr& sum = f.rules[0].check.args[0];
  ASSERT_EQ(sum.k, expr::kind::call);
  EXPECT_EQ(sum.args[0].k, expr::kind::ref);
  EXPECT_EQ(sum.args[0].segments, (std::vector<std::string>{"region", "*", "exports", "share"}));
  EXPECT_EQ(f.rules[0].check.args[1].segments, (std::vector<std::string>{"a_1", "_b", "C2"}));
  EXPECT_EQ(check_of("max(*.total, a.*, *) > 0"), "(max(*.total, a.*, *) > 0)");
  EXPECT_EQ(check_of("x == y"), "(x == y)");
}

// Only the first segment is restricted; later ones may be any identifier.
TEST(Expressions, KeywordsAfterADotAreSegments) {
  EXPECT_EQ(check_of("trade.and.or == x.not.within"), "(trade.and.or == x.not.within)");
  EXPECT_EQ(check_of("x.rule + x.let == x.include"), "((x.rule + x.let) == x.include)");
  EXPECT_EQ(check_of("total == error + warning + info + each + for_x"),
            "(total == ((((error + warning) + info) + each) + for_x))");
}

TEST(Expressions, Calls) {
  EXPECT_EQ(check_of("f() == 1"), "(f() == 1)");
  EXPECT_EQ(check_of("growth(X.exports + X.imports) == X.total.growth"),
            "(growth((X.exports + X.imports)) == X.total.growth)");
  EXPECT_EQ(check_of("agree(a / b, c / d, e)"), "agree((a / b), (c / d), e)");
  EXPECT_EQ(check_of("abs (min(a, max(b, c))) <= 1"), "(abs(min(a, max(b, c))) <= 1)");
  EXPECT_EQ(check_of("exists(x.y) or f(a < b, not c)"), "(exists(x.y) or f((a < b), (not c)))");
  auto f = parse_ok("rule r: prev(x) == 1");
  EXPECT_EQ(f.rules[0].check.args[0].k, expr::kind::call);
  EXPECT_EQ(f.rules[0].check.args[0].name, "prev");
}

TEST(Expressions, ParenthesesOnlyGroup) {
  EXPECT_EQ(check_of("((a)) == (((b + c)))"), "(a == (b + c))");
  EXPECT_EQ(check_of("a * (b + c) == d"), "((a * (b + c)) == d)");
}

}  // namespace
}  // namespace crossfoot::syntax
