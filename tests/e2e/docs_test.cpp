// Every example in docs/language.md is checked here, so the guide cannot drift from the code.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "dataset/dataset.hpp"
#include "figures/figures.hpp"
#include "lang/syntax.hpp"
#include "quantity/quantity.hpp"
#include "resolve/rule_set.hpp"
#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

std::string guide() {
  return read_text(std::string(CROSSFOOT_SOURCE_DIR) + "/docs/language.md");
}

std::vector<std::string> blocks(const std::string& text, const std::string& lang) {
  std::vector<std::string> out;
  std::string fence = "```" + lang + "\n";
  for (auto at = text.find(fence); at != std::string::npos; at = text.find(fence, at)) {
    at += fence.size();
    auto end = text.find("```", at);
    out.push_back(text.substr(at, end - at));
  }
  return out;
}

TEST(Docs, FiguresExamplesLoad) {
  auto examples = blocks(guide(), "toml");
  ASSERT_FALSE(examples.empty());
  for (const auto& e : examples) {
    diagnostics ds;
    EXPECT_TRUE(load_figures_text("docs/language.md", e, ds)) << render_all(ds) << e;
    EXPECT_FALSE(ds.has_errors()) << render_all(ds);
  }
}

TEST(Docs, RulesExamplesResolve) {
  auto examples = blocks(guide(), "rules");
  ASSERT_FALSE(examples.empty());
  for (const auto& e : examples) {
    diagnostics ds;
    auto parsed = syntax::parse_rules(make_source("docs/language.md", e), ds);
    ASSERT_TRUE(parsed) << render_all(ds);
    EXPECT_TRUE(resolve({*parsed}, ds)) << render_all(ds);
  }
}

TEST(Docs, SyntaxErrorExampleIsWhatCrossfootPrints) {
  auto examples = blocks(guide(), "text");
  ASSERT_FALSE(examples.empty());
  const std::string& shown = examples.front();
  std::smatch m;
  ASSERT_TRUE(std::regex_search(shown, m, std::regex(R"(\n +1 \| (.*)\n)")));
  diagnostics ds;
  EXPECT_FALSE(syntax::parse_rules(make_source("rules/bad.rules", m[1].str() + "\n"), ds));
  EXPECT_EQ(render_all(ds), shown);
}

TEST(Docs, QuantityTableMatchesIntervals) {
  std::string text = guide();
  auto from = text.find("<!-- quantity-examples -->");
  auto to = text.find("<!-- end -->", from);
  ASSERT_NE(from, std::string::npos);
  std::string table = text.substr(from, to - from);
  std::regex row(R"(\| `([^`]*)` \| ([^|]*[^ |]) \|)");
  int rows = 0;
  for (std::sregex_iterator it(table.begin(), table.end(), row), end; it != end; ++it, ++rows) {
    quantity_error err;
    auto q = parse_quantity((*it)[1].str(), err);
    ASSERT_TRUE(q) << (*it)[1] << ": " << err.message;
    EXPECT_EQ(format_interval(to_interval(*q, {}, 0.10), q->written_unit), (*it)[2].str())
        << (*it)[1];
  }
  EXPECT_GE(rows, 10);
}

std::string datasets_guide() {
  return read_text(std::string(CROSSFOOT_SOURCE_DIR) + "/docs/datasets.md");
}

TEST(Docs, DatasetSpecExamplesLoad) {
  auto examples = blocks(datasets_guide(), "toml");
  ASSERT_GE(examples.size(), 2u);
  for (const auto& e : examples) {
    diagnostics ds;
    EXPECT_TRUE(load_dataset_spec_text("docs/datasets.md", e, ds)) << render_all(ds) << e;
    EXPECT_FALSE(ds.has_errors()) << render_all(ds);
  }
}

TEST(Docs, DatasetRulesExamplesResolve) {
  auto examples = blocks(datasets_guide(), "rules");
  ASSERT_FALSE(examples.empty());
  for (const auto& e : examples) {
    diagnostics ds;
    auto parsed = syntax::parse_rules(make_source("docs/datasets.md", e), ds);
    ASSERT_TRUE(parsed) << render_all(ds) << e;
    EXPECT_TRUE(resolve({*parsed}, ds)) << render_all(ds) << e;
  }
}

}  // namespace
}  // namespace crossfoot::testing
