#include <gtest/gtest.h>

#include "check_fixture.hpp"
#include "eval/binder.hpp"

namespace crossfoot {
namespace {

using testing::bindings_of;
using testing::load;

const char* families = R"(
[a.exports]
value = "1"
[a.total]
value = "2"
[b.c.exports]
value = "1"
[b.c.total]
value = "2"
[b.c.total.share]
value = "5%"
[d.exports]
value = "1"
)";

TEST(Binder, VariablesBindOneOrMoreWholeSegments) {
  // "Pattern variables, declared after `for each`, bind to one or more whole segments"
  EXPECT_EQ(bindings_of("rule r: for each X: X.exports <= X.total", families),
            (std::vector<std::string>{"X=a", "X=b.c"}));
}

TEST(Binder, SeveralVariablesJoin) {
  EXPECT_EQ(bindings_of("rule r: for each X, Y: X.Y.total <= X.Y.total", families),
            (std::vector<std::string>{"X=b,Y=c"}));
  EXPECT_EQ(bindings_of("rule r: for each X: X.total.share <= 1", families),
            (std::vector<std::string>{"X=b.c"}));
}

TEST(Binder, WildcardReferencesNeedAMatch) {
  EXPECT_EQ(bindings_of("rule r: for each X: sum(X.*.total) <= 10", families),
            (std::vector<std::string>{"X=b"}));
  auto b = load("rule r: sum(*.exports) <= 10", families);
  figure_index index(b.figures);
  auto ids = expand_ref(b.rules.rules[0].check->arg(0).arg(0).segments, {}, index);
  EXPECT_EQ(ids, (std::vector<std::string>{"a.exports", "d.exports"}));
}

TEST(Binder, PrevNeedsAPreviousLevelOrAGrowthRate) {
  const char* f = R"(
[p.exports]
value = "10"
growth = "5%"
[q.exports]
value = "10"
[r.exports]
value = "10"
prev = "9"
)";
  EXPECT_EQ(bindings_of("rule g: for each X: prev(X.exports) <= X.exports", f),
            (std::vector<std::string>{"X=p", "X=r"}));
}

TEST(Binder, RulesWithoutVariablesHaveOneInstance) {
  EXPECT_EQ(bindings_of("rule r: nothing.here == 1", families), (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace crossfoot
