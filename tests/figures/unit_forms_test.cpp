// Units as releases write them, in a figures file: a table's own header ("bn €", "EUR bn",
// "Billions of dollars") as a unit key, deficits and surpluses that give the sign, and counted
// things crossfoot does not know, which are a warning rather than a silent unit.
#include "figures_fixture.hpp"

namespace crossfoot::testing {
namespace {

TEST(UnitForms, TableHeadersAreUnits) {
  struct row {
    const char* unit;
    const char* currency;
    int scale;
  };
  for (const row r :
       {row{"bn €", "EUR", 9}, row{"EUR bn", "EUR", 9}, row{"€ bn", "EUR", 9}, row{"€bn", "EUR", 9},
        row{"US$", "USD", 0}, row{"dollars", "USD", 0}, row{"£ billion", "GBP", 9},
        row{"Billions of dollars", "USD", 9}, row{"Millions of euros", "EUR", 6},
        row{"USD mn", "USD", 6}, row{"EUR million", "EUR", 6}}) {
    auto l = load(std::string("[ea.exports]\nvalue = 5.0\nunit = \"") + r.unit + "\"\n");
    ASSERT_TRUE(l.set) << r.unit << "\n" << render_all(l.diags);
    const claim& c = l.first("ea.exports");
    EXPECT_EQ(c.q.written_unit.dim.to_string(), r.currency) << r.unit;
    EXPECT_EQ(c.q.written_unit.scale_exp, r.scale) << r.unit;
  }
}

TEST(UnitForms, ValuesWithTheCurrencyAfterTheScale) {
  auto l = load("[ea.exports]\nvalue = \"5.0 bn €\"\n[uk.exports]\nvalue = \"£ 5.0 billion\"\n");
  ASSERT_TRUE(l.set) << render_all(l.diags);
  EXPECT_EQ(l.first("ea.exports").q.written_unit.name(), "EUR billion");
  EXPECT_EQ(l.first("uk.exports").q.written_unit.name(), "GBP billion");
}

// "€5.0 bn deficit" is a balance of -5.0; a surplus keeps its sign.
TEST(UnitForms, DeficitAndSurplusGiveTheSign) {
  auto l = load(
      "[ea.balance]\nvalue = \"€5.0 bn deficit\"\n[uk.balance]\nvalue = \"£2.1 billion "
      "surplus\"\n[us.balance]\nvalue = \"USD 3 billion Deficit\"\n");
  ASSERT_TRUE(l.set) << render_all(l.diags);
  EXPECT_DOUBLE_EQ(l.first("ea.balance").q.number, -5.0);
  EXPECT_EQ(l.first("ea.balance").q.written_unit.name(), "EUR billion");
  EXPECT_DOUBLE_EQ(l.first("uk.balance").q.number, 2.1);
  EXPECT_DOUBLE_EQ(l.first("us.balance").q.number, -3);
  EXPECT_TRUE(l.diags.items().empty()) << render_all(l.diags);
}

TEST(UnitForms, ASignAndADeficitWordAreAnError) {
  auto l = load("[ea.balance]\nvalue = \"-€5.0 bn deficit\"\n");
  EXPECT_FALSE(l.set);
  EXPECT_NE(l.only("CF2003").message.find("'deficit' gives the amount its sign"),
            std::string::npos);
}

// "5.2 pc" is not silently a count of "pc".
TEST(UnitForms, UnknownCountedThingIsAWarning) {
  auto l = load("[ea.exports.growth]\nvalue = \"5.2 pc\"\n");
  ASSERT_TRUE(l.set) << render_all(l.diags);
  const diagnostic& d = l.only("CF2104");
  EXPECT_EQ(d.level, severity::warning);
  EXPECT_EQ(at(d).col, 14);
  EXPECT_NE(d.message.find("'pc'"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("did you mean 'pct'?"), std::string::npos) << d.message;
}

TEST(UnitForms, KnownCountedThingsAndUnitKeysAreQuiet) {
  auto l = load(
      "[port.trains]\nvalue = \"17,000 trains\"\n[port.teu]\nvalue = \"1.9 million TEU\"\n"
      "[trade.firms]\nvalue = \"645,000 enterprises\"\n[trade.exporters]\nvalue = \"723 approved "
      "exporters\"\n[port.gizmos]\nvalue = 5\nunit = \"gizmos\"\n");
  ASSERT_TRUE(l.set) << render_all(l.diags);
  EXPECT_TRUE(l.diags.items().empty()) << render_all(l.diags);
  EXPECT_EQ(l.first("trade.firms").q.written_unit.dim.to_string(), "enterprise");
}

// The drift the lexicon ended: a misspelt scale is an unknown unit before any currency.
TEST(UnitForms, MisspeltScaleBeforeACurrencyIsAnError) {
  for (const char* v : {"5 billon pounds", "5 billon dollars", "5 billon euros"}) {
    auto l = load(std::string("[x.exports]\nvalue = \"") + v + "\"\n");
    EXPECT_FALSE(l.set) << v;
    EXPECT_EQ(l.only("CF2004").level, severity::error) << v;
  }
}

}  // namespace
}  // namespace crossfoot::testing
