// The examples of the specification and the shipped rule catalogues parse.

#include "core/input.hpp"
#include "lang_test_util.hpp"
#include "test_paths.hpp"

namespace crossfoot::syntax {
namespace {

using testing::parse_ok;
using testing::show;

// A file of the source tree, through the project's own reader.
std::string source_text(const std::string& relative) {
  diagnostics ds;
  auto text =
      read_input(std::string(CROSSFOOT_SOURCE_DIR) + "/" + relative, input_kind::rules, {}, ds);
  EXPECT_TRUE(text) << render_all(ds);
  return text ? text->text() : "";
}

// Section 3 of the issue, verbatim.
std::string spec_example() {
  return source_text("fixtures/spec/trade-example.rules");
}

TEST(Examples, SpecificationSection3) {
  auto f = parse_ok(spec_example());
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

TEST(Examples, ShippedCataloguesParse) {
  for (const char* name : {"common.rules", "trade.rules"}) {
    std::string text = source_text(std::string("rules/") + name);
    ASSERT_FALSE(text.empty()) << name;
    auto f = parse_ok(text);
    EXPECT_FALSE(f.rules.empty()) << name;
  }
}

}  // namespace
}  // namespace crossfoot::syntax
