// The examples of the specification and the shipped rule catalogues parse.
#include <fstream>
#include <sstream>

#include "lang_test_util.hpp"

namespace crossfoot::syntax {
namespace {

using testing::parse_ok;
using testing::show;

// Section 3 of the issue, verbatim.
const char* spec_example =
    R"(# Lines from # to the end are comments. A statement may span lines; indentation carries no meaning.

rule flows_sum "exports and imports add up to total trade":
    trade.exports + trade.imports == trade.total

# Pattern variables, declared after `for each`, bind to one or more whole segments of a figure id.
rule family_flows_sum "a family's exports and imports add up to its total":
    for each X: X.exports + X.imports == X.total

rule share_of_total_trade "a share of total trade matches its level":
    for each X: X.total / trade.total == X.total.share

# prev(x) is x's previous-period level: x.prev when stated, else x / (1 + x.growth).
# growth(e) is e / prev(e) - 1, where prev distributes over + and -.
rule growth_of_sum "a total grows at the weighted growth of its parts":
    for each X: growth(X.exports + X.imports) == X.total.growth

rule growth_matches_levels:
    for each X: X == X.prev * (1 + X.growth)

let import_value_growth = (1 + imports.price.growth) * (1 + imports.volume.growth) - 1

rule import_value_fell_slightly warning "import value declined slightly":
    -2% < import_value_growth < 0

rule regional_shares_cover_exports "regional shares of exports sum to 100%":
    sum(region.*.exports.share) == 100%

rule part_within_exports info:
    for each X: X.exports <= trade.exports

rule total_within_tolerance warning:
    trade.exports + trade.imports == trade.total within 0.1%

include "common.rules"
)";

TEST(Examples, SpecificationSection3) {
  auto f = parse_ok(spec_example);
  ASSERT_EQ(f.rules.size(), 9u);
  ASSERT_EQ(f.lets.size(), 1u);
  ASSERT_EQ(f.includes.size(), 1u);
  std::vector<std::string> trees;
  for (const auto& r : f.rules) trees.push_back(r.name + ": " + show(r.check));
  EXPECT_EQ(trees, (std::vector<std::string>{
                       "flows_sum: ((trade.exports + trade.imports) == trade.total)",
                       "family_flows_sum: ((X.exports + X.imports) == X.total)",
                       "share_of_total_trade: ((X.total / trade.total) == X.total.share)",
                       "growth_of_sum: (growth((X.exports + X.imports)) == X.total.growth)",
                       "growth_matches_levels: (X == (X.prev * (1 + X.growth)))",
                       "import_value_fell_slightly: chain((- 2%) < import_value_growth < 0)",
                       "regional_shares_cover_exports: (sum(region.*.exports.share) == 100%)",
                       "part_within_exports: (X.exports <= trade.exports)",
                       "total_within_tolerance: ((trade.exports + trade.imports) == trade.total)",
                   }));
  EXPECT_EQ(f.rules[0].description, "exports and imports add up to total trade");
  EXPECT_EQ(f.rules[5].level, rule_severity::warning);
  EXPECT_EQ(f.rules[7].level, rule_severity::info);
  EXPECT_EQ(f.rules[7].vars, (std::vector<std::string>{"X"}));
  EXPECT_EQ(f.rules[8].within->lit, literal_kind::percent);
  EXPECT_EQ(f.rules[8].check_text, "trade.exports + trade.imports == trade.total");
  EXPECT_EQ(f.lets[0].name, "import_value_growth");
  EXPECT_EQ(f.includes[0].path, "common.rules");
  EXPECT_EQ(f.includes[0].range.start().line, 35);
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Examples, ShippedCataloguesParse) {
  for (const char* name : {"common.rules", "trade.rules"}) {
    std::string text = read_text(std::string(CROSSFOOT_SOURCE_DIR) + "/rules/" + name);
    ASSERT_FALSE(text.empty()) << name;
    auto f = parse_ok(text);
    EXPECT_FALSE(f.rules.empty()) << name;
  }
}

}  // namespace
}  // namespace crossfoot::syntax
