// Loading figures: numbers, children, namespaces, precision and qualifier keys, order.
#include <cmath>

#include "figures_fixture.hpp"

namespace crossfoot::testing {
namespace {

TEST(TomlNumbers, PrecisionComesFromTheDigitsInTheFile) {
  auto r = load(
      "[a]\nvalue = 548.3\nunit = \"RMB billion\"\n"
      "[b]\nvalue = 548.30\nunit = \"RMB billion\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(near_interval(r.first("a").value, 548.25e9, 548.35e9));
  EXPECT_TRUE(near_interval(r.first("b").value, 548.295e9, 548.305e9));
  EXPECT_EQ(r.first("b").q.decimals, 2);
  EXPECT_EQ(r.first("b").written, "548.30 RMB billion");
}

TEST(TomlNumbers, IntegersUnderscoresExponentsAndSigns) {
  auto r = load(
      "trains = 17_000\n"
      "cars = 723\n"
      "big = 1.5e3\n"
      "fall = -3.1\n"
      "[port.teu]\nvalue = 2_000\nunit = \"TEU\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(near_interval(r.first("trains").value, 16500, 17500));
  EXPECT_TRUE(r.first("trains").q.thousands_rounded);
  EXPECT_EQ(r.first("trains").written, "17_000");
  EXPECT_TRUE(near_interval(r.first("cars").value, 722.5, 723.5));
  EXPECT_FALSE(r.first("cars").q.thousands_rounded);
  EXPECT_TRUE(near_interval(r.first("big").value, 1450, 1550));
  EXPECT_TRUE(near_interval(r.first("fall").value, -3.15, -3.05));
  EXPECT_EQ(r.first("port.teu").q.written_unit.style, unit_style::level);
  EXPECT_TRUE(near_interval(r.first("port.teu").value, 1500, 2500));
  // A number without a unit key is a plain number.
  EXPECT_EQ(r.first("cars").q.written_unit.style, unit_style::number);
}

TEST(TomlNumbers, StringWithoutUnitTakesTheUnitKey) {
  auto r = load("[a]\nvalue = \"548.3\"\nunit = \"RMB billion\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(near_interval(r.first("a").value, 548.25e9, 548.35e9));
  EXPECT_EQ(r.first("a").written, "548.3 RMB billion");
}

TEST(Children, ChildrenCanHaveChildren) {
  auto r = load(
      "[port.total]\n"
      "value = \"RMB 2.38 trillion\"\n"
      "share = { value = \"27%\", change = \"1.1pp\" }\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(near_interval(r.first("port.total.share").value, 0.265, 0.275));
  const claim& change = r.first("port.total.share.change");
  EXPECT_TRUE(near_interval(change.value, 0.0105, 0.0115));
  EXPECT_EQ(change.origin, "port.total");
  EXPECT_EQ(r.set->figures.size(), 3u);
}

TEST(Children, NestedChildrenInArraysCarryTheElement) {
  auto r = load(
      "[[x.total]]\nvalue = \"5\"\nshare = { value = \"27%\", change = \"1.1pp\" }\n"
      "[[x.total]]\nvalue = \"6\"\nshare = { value = \"28%\", change = \"1.2pp\" }\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  const figure& change = r.fig("x.total.share.change");
  ASSERT_EQ(change.claims.size(), 2u);
  EXPECT_EQ(change.claims[1].origin, "x.total#2");
  EXPECT_EQ(change.claims[1].alternative, 1);
  EXPECT_TRUE(near_interval(change.claims[1].value, 0.0115, 0.0125));
}

TEST(Namespaces, KeysHoldingQuantitiesAreFigures) {
  auto r = load(
      "[trade]\nexports = \"RMB 23.77 trillion\"\nimports = \"RMB 17.98 trillion\"\n"
      "[trade.detail]\nnote_count = 3\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_EQ(r.set->figures.size(), 3u);
  EXPECT_EQ(r.first("trade.exports").origin, "trade");
  EXPECT_EQ(r.first("trade.exports").where.text(), "\"RMB 23.77 trillion\"");
  EXPECT_EQ(r.set->find("trade"), nullptr);
  EXPECT_TRUE(near_interval(r.first("trade.detail.note_count").value, 2.5, 3.5));
}

TEST(Order, FiguresByFirstAppearanceClaimsInFileOrder) {
  auto r = load(
      "[[a.x]]\nvalue = \"1\"\n"
      "[b]\nvalue = \"2\"\n"
      "[a.y]\nvalue = \"3\"\n"
      "[[a.x]]\nvalue = \"4\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  std::vector<std::string> ids;
  for (const auto& f : r.set->figures) ids.push_back(f.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a.x", "b", "a.y"}));
  ASSERT_EQ(r.fig("a.x").claims.size(), 2u);
  EXPECT_EQ(r.fig("a.x").claims[0].written, "1");
  EXPECT_EQ(r.fig("a.x").claims[1].written, "4");
  EXPECT_EQ(r.set->index.at("a.y"), 2u);
}

TEST(PrecisionKey, HalfWidthInTheWrittenScaleOrExact) {
  auto r = load(
      "[a]\nvalue = \"RMB 13.47 trillion\"\nprecision = 0.01\n"
      "[b]\nvalue = \"2.8%\"\nprecision = 0.1\n"
      "[c]\nvalue = \"17,000 trains\"\nprecision = 50\n"
      "[d]\nvalue = \"723\"\nprecision = \"exact\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(near_interval(r.first("a").value, 13.46e12, 13.48e12));
  EXPECT_TRUE(near_interval(r.first("b").value, 0.027, 0.029));
  EXPECT_TRUE(near_interval(r.first("c").value, 16950, 17050));
  EXPECT_TRUE(near_interval(r.first("d").value, 723, 723));
}

TEST(QualifierKey, SetsOrRepeatsTheQualifier) {
  auto r = load(
      "[a]\nvalue = \"RMB 5 trillion\"\nqualifier = \"more than\"\n"
      "[b]\nvalue = \"about 14%\"\nqualifier = \"around\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_EQ(r.first("a").q.qual, qualifier::more_than);
  EXPECT_TRUE(r.first("a").value.lo_open);
  EXPECT_EQ(r.first("b").q.qual, qualifier::about);
  EXPECT_TRUE(near_interval(r.first("b").value, 0.126, 0.154));
}

TEST(Document, SlackRulesAndUnknownKeys) {
  auto r = load(
      "[document]\nslack = \"5%\"\nrules = [\"trade.rules\", \"../common\"]\nsorce = \"x.txt\"\n"
      "[a]\nvalue = \"about 20%\"\nnote = \"year on year\"\n",
      "fixtures/demo/figures.toml");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_DOUBLE_EQ(r.set->document.slack, 0.05);
  EXPECT_EQ(r.set->document.rules,
            (std::vector<std::string>{"fixtures/demo/trade.rules", "fixtures/common"}));
  EXPECT_TRUE(near_interval(r.first("a").value, 0.19, 0.21));  // about v: v·(1 ± s)
  EXPECT_EQ(r.first("a").note, "year on year");
  const diagnostic& d = r.only("CF2103");
  EXPECT_EQ(d.level, severity::warning);
  EXPECT_EQ(at(d).line, 4);
  EXPECT_EQ(at(d).col, 1);
  EXPECT_NE(d.message.find("did you mean 'source'?"), std::string::npos) << d.message;
  EXPECT_TRUE(r.set->document.source_path.empty());
}

TEST(Document, SlackAsAPlainFraction) {
  auto r = load("[document]\nslack = 0.2\n[a]\nvalue = \"nearly 10\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_DOUBLE_EQ(r.set->document.slack, 0.2);
  EXPECT_TRUE(near_interval(r.first("a").value, 8, 10));
}

TEST(Files, LoadsFromDisk) {
  temp_dir dir;
  auto path = dir.write("figures.toml", "[a]\nvalue = \"RMB 1.83 trillion\"\n");
  diagnostics ds;
  auto set = load_figures(path, ds);
  ASSERT_TRUE(set) << render_all(ds);
  EXPECT_EQ(set->file->name(), path);
  EXPECT_TRUE(near_interval(set->figures.at(0).claims.at(0).value, 1.825e12, 1.835e12));
}

TEST(Files, EmptyFileHasNoFigures) {
  auto r = load("# nothing yet\n");
  ASSERT_TRUE(r.set);
  EXPECT_TRUE(r.set->figures.empty());
  EXPECT_TRUE(r.diags.items().empty());
}

}  // namespace
}  // namespace crossfoot::testing
