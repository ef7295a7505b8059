// Forms of trade releases that count in fiscal years and in rupees (session 17, after the
// development text pbs-trade-2020-10): the rupee's sign without its point, a unit line
// "(Value in million US$)" between a table's caption and the table, month ranges of a fiscal
// year ("Jul-Oct 2031-32"), rate columns that name their base ("% change over Sep 2031"), and
// spans of months in prose. The sentences and tables are written for these tests.
#include <gtest/gtest.h>

#include "extract/detail/periods.hpp"
#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

using extract_detail::written_period;

// "Rs 5,120 million" is the rupee as "Rs. 5,120 million" is: the Indian by default, the
// Pakistani in a draft its publisher writes or that names Pakistani rupees.
TEST(FiscalTradeForms, RupeeSignWithoutItsPoint) {
  auto indian = extract_text("# Corvian prices\n\nA train ticket cost Rs 480 in March.\n");
  EXPECT_EQ(editor_unit(claim_of(indian, "Rs 480")), "INR");
  auto pakistani = extract_text(
      "# Corvian trade, March 2031\n\nPakistan Bureau of Statistics, press release.\n\nIn "
      "rupees, exports came to Rs 5,120 million in March 2031.\n");
  const draft_claim rupees = claim_of(pakistani, "Rs 5,120 million");
  EXPECT_EQ(editor_unit(rupees), "PKR");
  EXPECT_EQ(rupees.kind, claim_kind::level);
  // The id is the flow's, not a family "rs".
  EXPECT_EQ(rupees.id.find("rs."), std::string::npos) << rupees.id;
}

// A unit line between a table's caption and the table, its measure named before "in": "(Value
// in million US$)" makes the cells millions of US dollars; "Rs million" over a column makes its
// cells millions of the draft's rupee.
TEST(FiscalTradeForms, UnitLineWithItsMeasureBeforeIn) {
  auto d = extract_text(
      "# Corvian trade, March 2031\n\nTable 1. Trade in goods\n\n(Value in million US$)\n\n"
      "| | Mar 2031 | Feb 2031 |\n|---|---|---|\n| Exports | 1,310 | 1,275 |\n\nTable 2. "
      "Exports by product, in Pakistani rupees\n\n| Product | Rs million |\n|---|---|\n| Rice | "
      "9,412 |\n");
  const draft_claim usd = cell(d, 9, 0);
  EXPECT_EQ(editor_unit(usd), "USD");
  EXPECT_EQ(usd.q.written_unit.scale_exp, 6);
  EXPECT_EQ(usd.kind, claim_kind::level);
  const draft_claim rice = claim_of(d, "9,412");
  EXPECT_EQ(editor_unit(rice), "PKR");
  EXPECT_EQ(rice.q.written_unit.scale_exp, 6);
  // "Change in exports" names what changed, not a unit of the cells.
  auto change = extract_text(
      "# Corvian trade, March 2031\n\nTable 1. Change in exports\n\n| | Mar 2031 |\n|---|---|\n"
      "| Rice | 12 |\n");
  EXPECT_NE(claim_of(change, "12").kind, claim_kind::level);
}

// "Jul-Oct 2031-32": months of a fiscal year written as its two calendar years. Months from July
// on are in the first year, months up to March in the second; April to June stay unread.
TEST(FiscalTradeForms, MonthsOfAFiscalYearInAHeader) {
  ASSERT_TRUE(written_period("Jul-Oct 2031-32"));
  EXPECT_EQ(written_period("Jul-Oct 2031-32")->to_string(), "2031-07/2031-10");
  ASSERT_TRUE(written_period("Jan-Mar 2031/32"));
  EXPECT_EQ(written_period("Jan-Mar 2031/32")->to_string(), "2032-01/2032-03");
  EXPECT_FALSE(written_period("Apr-Jun 2031-32"));
  EXPECT_FALSE(written_period("Jul-Oct 2031-35"));  // not one fiscal year
}

// "% change over Sep 2031" is the rate of the latest month to its left on September (the month
// before), "% change over Oct 2030" the rate of that month on a year earlier; the range's
// "% change" is on the same months a year earlier.
TEST(FiscalTradeForms, RateColumnsThatNameTheirBase) {
  auto d = extract_text(
      "# Corvian trade, October 2031\n\n(Value in million US$)\n\n| | Oct 2031 | Sep 2031 | Oct "
      "2030 | % change over Sep 2031 | % change over Oct 2030 | Jul-Oct 2031-32 | Jul-Oct 2030-31 "
      "| % change |\n|---|---|---|---|---|---|---|---|---|\n| Exports | 2,200 | 2,000 | 2,100 | "
      "10.00 | 4.76 | 8,400 | 8,000 | 5.00 |\n");
  EXPECT_EQ(cell(d, 7, 0).id, "trade.exports");
  EXPECT_EQ(cell(d, 7, 1).id, "trade.exports.prev");
  EXPECT_EQ(cell(d, 7, 3).id, "trade.exports.growth");
  EXPECT_EQ(cell(d, 7, 4).id, "trade.exports.growth_yoy");
  EXPECT_EQ(cell(d, 7, 5).id, "trade.2031-07/2031-10.exports");
  EXPECT_EQ(cell(d, 7, 6).id, "trade.2030-07/2030-10.exports");
  EXPECT_EQ(cell(d, 7, 7).id, "trade.2031-07/2031-10.exports.growth_yoy");
}

// Prose of such releases: goods "bought abroad" are imports; "Imports over July to October
// ... totalled" are imports of those months; an opening on the fiscal year's first months
// restated between commas gives those months ("fiscal" before "year" names no subject); "October
// alone" names no subject.
TEST(FiscalTradeForms, FlowsAndSpansInProse) {
  auto d = extract_text(
      "# Corvian trade, October 2031\n\nIn October 2031 the country bought US$ 3,100 million of "
      "goods abroad, 2.50% less than in September 2031.\n\nImports over July to October 2031-32 "
      "totalled US$ 12,400 million.\n\nIn the first four months of the fiscal year, July to "
      "October 2031-32, goods exported came to US$ 8,400 million.\n\nOctober alone brought US$ "
      "2,200 million of exports.\n");
  EXPECT_EQ(claim_of(d, "US$ 3,100 million").id, "trade.imports");
  EXPECT_EQ(claim_of(d, "2.50%").id, "trade.imports.growth");
  EXPECT_EQ(claim_of(d, "US$ 12,400 million").id, "trade.2031-07/2031-10.imports");
  // "fiscal" says which year it is, and names no subject.
  EXPECT_EQ(claim_of(d, "US$ 8,400 million").id, "trade.2031-07/2031-10.exports");
  EXPECT_EQ(claim_of(d, "US$ 2,200 million").id, "trade.exports");
}

// "the four months" in an October release is no span the reader can place (it counts from
// January only when the months are the draft's): its claims get a segment of their own and
// never meet October's figures; "the twelve months to" is a year's span, read as before.
TEST(FiscalTradeForms, SpanOfMonthsNotPlaced) {
  auto d = extract_text(
      "# Corvian trade, October 2031\n\nThe trade deficit of the four months narrowed by 1.50%, to "
      "US$ 4,000 million. October closed with a deficit of US$ 0.90 billion.\n");
  EXPECT_EQ(claim_of(d, "US$ 4,000 million").id, "trade.four_months.balance");
  EXPECT_EQ(claim_of(d, "1.50%").id, "trade.four_months.balance.growth");
  EXPECT_EQ(claim_of(d, "US$ 0.90 billion").id, "trade.balance");
  auto year = extract_text(
      "# Corvian prices, October 2031\n\nIn the twelve months to October 2031 the index rose "
      "2.1%.\n");
  EXPECT_TRUE(claim_of(year, "2.1%").said_period.empty()) << claim_of(year, "2.1%").said_period;
}

// "up 9.1% on April": a month named alone after a base word is what the rate compares with,
// the month before the draft's own, even in a sentence that speaks of inflation.
TEST(FiscalTradeForms, RateOnAMonthNamedAlone) {
  auto d = extract_text(
      "# Corvian prices, May 2031\n\nTrade came to USD 6.1 billion, up 9.1% on April and 22.6% on "
      "May 2030.\n\nThe index, which measures inflation, rose by 0.4% on April and by 1.3% on May "
      "2030.\n");
  EXPECT_EQ(claim_of(d, "9.1%").id, "trade.total.growth");
  EXPECT_EQ(claim_of(d, "22.6%").id, "trade.total.growth_yoy");
  EXPECT_EQ(claim_of(d, "0.4%").id.ends_with(".growth"), true) << claim_of(d, "0.4%").id;
  EXPECT_EQ(claim_of(d, "1.3%").id.ends_with(".growth_yoy"), true) << claim_of(d, "1.3%").id;
}

}  // namespace
}  // namespace crossfoot::testing
