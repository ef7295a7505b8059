// The figures file of the spec (issue 2, section 2), loaded whole.
#include <cmath>

#include "../corpus.hpp"
#include "figures_fixture.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

const char* const spec_example = R"toml([document]
title  = "Customs press conference on 2023 foreign trade"
source = "../../../shared/corpus/gacc-2023-annual-trade.txt"   # optional: text the quotes come from, relative to this file
period = 2023                                                    # optional

# A figure is any table that has a `value`. Its id is the table's dotted path.
[equipment.exports]
value  = "RMB 13.47 trillion"
quote  = "export value of the equipment manufacturing industry reflecting industrial supporting and integration capabilities reached RMB 13.47 trillion"
growth = "2.8%"          # child figure equipment.exports.growth
share  = "56.6%"         # child figure equipment.exports.share

[autos.exports]
value  = "5.221 million vehicles"
growth = "57.4%"
prev   = { value = "3 million vehicles", qualifier = "at least" }   # a child figure written as a table

# A TOML number with a unit: precision comes from the digits as written in the file (548.30 would mean ±0.005)
[cbec.imports]
value = 548.3
unit  = "RMB billion"

# The same figure claimed twice: an array of tables. Every claim is checked against the others.
[[intermediate.total]]
value = "RMB 25.53 trillion"
share = "61.1%"
[[intermediate.total]]
value = "RMB 11.24 trillion"
share = "47.3%"

# Qualifiers are words in the value, or a `qualifier` key
[bulk.imports]
value = "more than RMB 5 trillion"
)toml";

// Named as the real fixture so that `source` reaches ../shared/corpus from the project.
const std::string figures_path =
    std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/gacc-2023/figures.toml";

class SpecExample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { example = new loaded(load(spec_example, figures_path)); }
  static void TearDownTestSuite() { delete example; }
  static loaded* example;
};
loaded* SpecExample::example = nullptr;

TEST_F(SpecExample, LoadsWithoutDiagnostics) {
  CROSSFOOT_NEEDS_CORPUS();  // quotes are looked for in the real briefing
  ASSERT_TRUE(example->set) << render_all(example->diags);
  EXPECT_TRUE(example->diags.items().empty()) << render_all(example->diags);
}

TEST_F(SpecExample, FiguresInFirstAppearanceOrder) {
  ASSERT_TRUE(example->set);
  std::vector<std::string> ids;
  for (const auto& f : example->set->figures) ids.push_back(f.id);
  EXPECT_EQ(ids, (std::vector<std::string>{
                     "equipment.exports", "equipment.exports.growth", "equipment.exports.share",
                     "autos.exports", "autos.exports.growth", "autos.exports.prev", "cbec.imports",
                     "intermediate.total", "intermediate.total.share", "bulk.imports"}));
  for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(example->set->index.at(ids[i]), i);
  EXPECT_EQ(example->set->find("equipment"), nullptr);  // a namespace, not a figure
  EXPECT_EQ(example->set->find("document.title"), nullptr);
}

TEST_F(SpecExample, Document) {
  ASSERT_TRUE(example->set);
  const auto& doc = example->set->document;
  EXPECT_EQ(doc.title, "Customs press conference on 2023 foreign trade");
  EXPECT_EQ(doc.period, period::year(2023));
  EXPECT_DOUBLE_EQ(doc.slack, 0.10);
  EXPECT_EQ(std::filesystem::path(doc.source_path), (std::filesystem::path(CROSSFOOT_SOURCE_DIR) /
                                                     "../shared/corpus/gacc-2023-annual-trade.txt")
                                                        .lexically_normal());
  EXPECT_TRUE(doc.rules.empty());
}

TEST_F(SpecExample, LevelsAreIntervalsInBaseUnits) {
  const claim& c = example->first("equipment.exports");
  EXPECT_TRUE(near_interval(c.value, 13.465e12, 13.475e12));
  EXPECT_EQ(c.written, "RMB 13.47 trillion");
  EXPECT_EQ(c.q.written_unit.scale_exp, 12);
  EXPECT_EQ(c.origin, "equipment.exports");
  EXPECT_EQ(c.alternative, 0);
  EXPECT_TRUE(near_interval(example->first("equipment.exports.growth").value, 0.0275, 0.0285));
  EXPECT_TRUE(near_interval(example->first("equipment.exports.share").value, 0.5655, 0.5665));
  EXPECT_TRUE(near_interval(example->first("autos.exports").value, 5.2205e6, 5.2215e6));
}

TEST_F(SpecExample, ChildrenShareTheirTablesOrigin) {
  EXPECT_EQ(example->first("equipment.exports.growth").origin, "equipment.exports");
  EXPECT_EQ(example->first("autos.exports.prev").origin, "autos.exports");
  EXPECT_EQ(example->first("autos.exports.growth").alternative, 0);
}

TEST_F(SpecExample, QualifierKeyOnAChildTable) {
  const claim& c = example->first("autos.exports.prev");
  EXPECT_EQ(c.q.qual, qualifier::at_least);
  EXPECT_TRUE(near_interval(c.value, 3e6, INFINITY));
  EXPECT_FALSE(c.value.lo_open);
  EXPECT_EQ(c.written, "3 million vehicles");
}

TEST_F(SpecExample, QualifierInTheValue) {
  const claim& c = example->first("bulk.imports");
  EXPECT_EQ(c.q.qual, qualifier::more_than);
  EXPECT_TRUE(near_interval(c.value, 5e12, INFINITY));
  EXPECT_TRUE(c.value.lo_open);
}

TEST_F(SpecExample, TomlNumberWithUnit) {
  const claim& c = example->first("cbec.imports");
  EXPECT_EQ(c.written, "548.3 RMB billion");
  EXPECT_EQ(c.q.decimals, 1);
  EXPECT_EQ(c.q.written_unit.scale_exp, 9);
  EXPECT_TRUE(near_interval(c.value, 548.25e9, 548.35e9));
}

TEST_F(SpecExample, ArrayOfTablesGivesOneClaimPerElement) {
  for (std::string id : {"intermediate.total", "intermediate.total.share"}) {
    const figure& f = example->fig(id);
    ASSERT_EQ(f.claims.size(), 2u) << id;
    EXPECT_EQ(f.claims[0].alternative, 0) << id;
    EXPECT_EQ(f.claims[1].alternative, 1) << id;
    EXPECT_EQ(f.claims[0].origin, "intermediate.total#1") << id;
    EXPECT_EQ(f.claims[1].origin, "intermediate.total#2") << id;
  }
  const figure& total = example->fig("intermediate.total");
  EXPECT_EQ(total.claims[0].written, "RMB 25.53 trillion");
  EXPECT_EQ(total.claims[1].written, "RMB 11.24 trillion");
  EXPECT_TRUE(near_interval(total.claims[1].value, 11.235e12, 11.245e12));
  const figure& share = example->fig("intermediate.total.share");
  EXPECT_TRUE(near_interval(share.claims[0].value, 0.6105, 0.6115));
  EXPECT_TRUE(near_interval(share.claims[1].value, 0.4725, 0.4735));
}

TEST_F(SpecExample, ValuesPointIntoTheFiguresFile) {
  const claim& c = example->first("equipment.exports");
  EXPECT_EQ(c.where.text(), "\"RMB 13.47 trillion\"");
  EXPECT_EQ(c.where.start().line, 8);
  EXPECT_EQ(c.where.start().col, 10);
  EXPECT_EQ(example->first("cbec.imports").where.text(), "548.3");
  const figure& total = example->fig("intermediate.total");
  EXPECT_EQ(total.claims[1].where.start().line, 28);
}

TEST_F(SpecExample, QuoteLocatedInTheRealBriefing) {
  CROSSFOOT_NEEDS_CORPUS();
  const claim& c = example->first("equipment.exports");
  ASSERT_TRUE(c.in_text);
  EXPECT_EQ(c.in_text->text(), c.quote);
  EXPECT_NE(c.in_text->file->name().find("gacc-2023-annual-trade.txt"), std::string::npos);
  EXPECT_FALSE(example->first("equipment.exports.growth").in_text);  // no quote, no place
}

}  // namespace
}  // namespace crossfoot::testing
