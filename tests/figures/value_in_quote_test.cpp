// "a claim's value must appear in its quote (numerically, allowing the written forms the
// quantity parser knows)", and "a quote found more than once is a warning naming the places".
#include "figures/detail/claim_checks.hpp"
#include "figures/detail/quote_locator.hpp"
#include "figures_fixture.hpp"

namespace crossfoot::testing {
namespace {

bool shown(const std::string& value, const std::string& quote) {
  quantity_error err;
  auto q = parse_quantity(value, err);
  EXPECT_TRUE(q) << value << ": " << err.message;
  std::vector<std::string> numbers;
  return q && figures_detail::value_in_quote(*q, quote, numbers);
}

TEST(ValueInQuote, WrittenFormsMatch) {
  EXPECT_TRUE(shown("2.7%", "exports rose 2.7%"));
  EXPECT_TRUE(shown("2.7%", "exports rose 2.7 per cent"));
  EXPECT_TRUE(shown("2.70%", "exports rose 2.7%"));
  EXPECT_TRUE(shown("RMB 13.47 trillion", "exports reached 13.47 trillion yuan"));
  EXPECT_TRUE(shown("RMB 13.47 trillion", "13,470 billion yuan of exports"));
  EXPECT_TRUE(shown("RMB 1830 billion", "RMB 1.83 trillion"));
  EXPECT_TRUE(shown("17,000 trains", "17 000 trains ran"));
  EXPECT_TRUE(shown("17000 trains",
                    "17\xE2\x80\x89"
                    "000 trains ran"));
  EXPECT_TRUE(shown("-€5.0 bn", "a deficit of €5.0 bn"));
  EXPECT_TRUE(shown("US$1.2bn", "sales of $1.2bn."));
  EXPECT_TRUE(shown("1.5pp", "up 1.5 percentage points"));
  EXPECT_TRUE(shown("more than RMB 5 trillion", "more than RMB 5 trillion"));
  // A decimal comma: one or two digits after it ("6,3 per cent"); three make a group.
  EXPECT_TRUE(shown("6.3%", "a rate of 6,3 per cent"));
  EXPECT_TRUE(shown("42,500 people", "42,500 people"));
  // Digits and scale words, one number as the draft reader reads it.
  EXPECT_TRUE(shown("2,075,000 households", "2 million 75 thousand households"));
  EXPECT_TRUE(shown("2075 thousand households", "2 million 75 thousand households"));
  EXPECT_TRUE(shown("2.075 million households", "some 2 million 75 thousand households"));
}

TEST(ValueInQuote, AMistypedValueDoesNot) {
  EXPECT_FALSE(shown("7.2%", "exports rose 2.7%"));
  EXPECT_FALSE(shown("RMB 13.74 trillion", "exports reached 13.47 trillion yuan"));
  EXPECT_FALSE(shown("RMB 13.47 billion", "13.47 trillion yuan"));
  // Space-grouped thousands are also read apart: "in 2023 500 firms" shows 500.
  EXPECT_TRUE(shown("500 firms", "in 2023 500 firms"));
  EXPECT_FALSE(shown("2,057,000 households", "2 million 75 thousand households"));
}

TEST(ValueInQuote, AWarningAtTheValue) {
  auto r = load("[a.exports.growth]\nvalue = \"7.2%\"\nquote = \"exports rose 2.7% in 2023\"\n");
  ASSERT_TRUE(r.set);
  const diagnostic& d = r.only("CF2107");
  EXPECT_EQ(d.level, severity::warning);
  EXPECT_EQ(at(d).line, 2);
  EXPECT_EQ(at(d).col, 9);
  EXPECT_EQ(d.message,
            "the value of 'a.exports.growth', 7.2%, is not in its quote \"exports rose 2.7% in "
            "2023\" (which shows 2.7, 2023); is the value mistyped?");
}

// A quote is read in its document's decimal mark, as the draft reader reads the document.
TEST(ValueInQuote, ADecimalCommaDocumentGroupsThousandsWithPoints) {
  quantity_error err;
  auto q = parse_quantity("8512 firms", err);
  ASSERT_TRUE(q);
  std::vector<std::string> numbers;
  EXPECT_TRUE(figures_detail::value_in_quote(*q, "8.512 firms", numbers, decimal_mark::comma));
  EXPECT_FALSE(figures_detail::value_in_quote(*q, "8.512 firms", numbers, decimal_mark::unknown));
  // The numbers are listed as the quote writes them.
  numbers.clear();
  EXPECT_FALSE(figures_detail::value_in_quote(*q, "8.521 firms", numbers, decimal_mark::comma));
  EXPECT_EQ(numbers, std::vector<std::string>{"8.521"});
}

TEST(ValueInQuote, TheSourceTextGivesTheDecimalMark) {
  temp_dir dir;
  dir.write("text.txt", "Output grew 3,4% and prices 1,9%; 8.512 firms opened.\n");
  auto r = load(
      "[document]\nsource = \"text.txt\"\n"
      "[firms]\nvalue = \"8512 firms\"\nquote = \"8.512 firms\"\n",
      dir.file("figures.toml"));
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(r.diags.items().empty()) << render_all(r.diags);
  // Without a source, the quotes together give it.
  r = load(
      "[firms]\nvalue = \"8512 firms\"\nquote = \"8.512 firms\"\n"
      "[growth]\nvalue = \"3.4%\"\nquote = \"grew 3,4%\"\n"
      "[prices]\nvalue = \"1.9%\"\nquote = \"prices 1,9%\"\n");
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(r.diags.items().empty()) << render_all(r.diags);
  // In a document that shows no convention "8.512" is a decimal.
  r = load("[firms]\nvalue = \"8512 firms\"\nquote = \"8.512 firms\"\n");
  ASSERT_TRUE(r.set);
  r.only("CF2107");
}

TEST(ValueInQuote, AQuoteWithoutDigitsOnlyLocates) {
  auto r = load("[a.share]\nvalue = \"about 33.3%\"\nquote = \"one out of every three\"\n");
  ASSERT_TRUE(r.set);
  EXPECT_TRUE(r.diags.items().empty()) << render_all(r.diags);
}

TEST(RepeatedQuote, IsAWarningNamingThePlaces) {
  temp_dir dir;
  dir.write("text.txt", "Exports rose 5%.\nImports rose 5%.\nTrade rose 5%.\n");
  auto r =
      load("[document]\nsource = \"text.txt\"\n[a.growth]\nvalue = \"5%\"\nquote = \"rose 5%\"\n",
           dir.file("figures.toml"));
  ASSERT_TRUE(r.set) << render_all(r.diags);
  const diagnostic& d = r.only("CF2108");
  EXPECT_EQ(d.level, severity::warning);
  EXPECT_EQ(at(d).line, 5);
  EXPECT_EQ(d.message, "the quote of 'a.growth' is in " + dir.file("text.txt") +
                           " 3 times (at 1:9, 2:9, 3:7); lengthen it with words around the one "
                           "meant, so that it occurs once");
  ASSERT_EQ(d.notes.size(), 3u);
  EXPECT_EQ(d.notes[1].range.start().line, 2);
  ASSERT_TRUE(r.first("a.growth").in_text);
  EXPECT_EQ(r.first("a.growth").in_text->start().line, 1);
}

// Two claims quoting words that occur twice: the first at the first place, the second at the
// second, as a file that lists claims in text order means them.
TEST(RepeatedQuote, ClaimsQuotingTheSameWordsTakeThePlacesInOrder) {
  temp_dir dir;
  dir.write("text.txt", "Exports rose 5%.\nImports rose 5%.\n");
  auto r = load(
      "[document]\nsource = \"text.txt\"\n"
      "[a.growth]\nvalue = \"5%\"\nquote = \"rose 5%\"\n"
      "[b.growth]\nvalue = \"5%\"\nquote = \"rose  5%\"\n",
      dir.file("figures.toml"));
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_EQ(r.first("a.growth").in_text->start().line, 1);
  EXPECT_EQ(r.first("b.growth").in_text->start().line, 2);
  EXPECT_EQ(r.diags.items().size(), 2u);
}

TEST(QuoteLocator, LocateAllFindsEveryPlaceUpToALimit) {
  auto text = make_source("t", "up 5%. Up 5%. up 5%. up  5%.");
  figures_detail::quote_locator locator(text);
  EXPECT_EQ(locator.locate_all("up 5%", 10).size(), 3u);
  EXPECT_EQ(locator.locate_all("up 5%", 2).size(), 2u);
  EXPECT_TRUE(locator.locate_all("down", 10).empty());
}

}  // namespace
}  // namespace crossfoot::testing
