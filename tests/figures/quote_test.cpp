// Locating quotes in the document's text.
#include "figures/detail/quote_locator.hpp"
#include "figures_fixture.hpp"

namespace crossfoot::testing {
namespace {

using figures_detail::normalise_quote;
using figures_detail::quote_locator;

TEST(NormaliseQuote, CollapsesWhiteSpaceAndStraightensQuotes) {
  EXPECT_EQ(normalise_quote("  a \n\t b  "), "a b");
  EXPECT_EQ(normalise_quote("\xE2\x80\x9Cup\xE2\x80\x9D it\xE2\x80\x99s"), "\"up\" it's");
  EXPECT_EQ(normalise_quote("17\xE2\x80\x89"
                            "000 trains"),
            "17 000 trains");  // thin space
  EXPECT_EQ(normalise_quote("\n \n"), "");
}

TEST(QuoteLocator, FindsAcrossLineBreaksAndRepeatedSpaces) {
  auto text = make_source("brief.txt", "Title\n\nExports  reached\n   RMB 1.83 trillion, up.\n");
  quote_locator locator(text);
  auto r = locator.locate("Exports reached RMB 1.83 trillion");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->start().line, 3);
  EXPECT_EQ(r->start().col, 1);
  EXPECT_EQ(r->text(), "Exports  reached\n   RMB 1.83 trillion");
  EXPECT_EQ(text->locate(r->end).line, 4);
}

TEST(QuoteLocator, CurlyQuotesMatchStraightOnes) {
  auto text = make_source("t", "the so-called \xE2\x80\x9Cnew three\xE2\x80\x9D products");
  quote_locator locator(text);
  auto r = locator.locate("\"new three\" products");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text(), "\xE2\x80\x9Cnew three\xE2\x80\x9D products");
  EXPECT_EQ(r->start().col, 15);
}

TEST(QuoteLocator, FirstOccurrenceCaseSensitiveAndMisses) {
  auto text = make_source("t", "up 5%. Up 5%. up 5%.");
  quote_locator locator(text);
  auto r = locator.locate("Up 5%");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->begin, 7u);
  EXPECT_EQ(locator.locate("up 5%")->begin, 0u);
  EXPECT_FALSE(locator.locate("UP 5%"));
  EXPECT_FALSE(locator.locate("down 5%"));
  EXPECT_FALSE(locator.locate("   "));
}

TEST(Quotes, LocatedInTheSourceWithLineCol) {
  temp_dir dir;
  dir.write("text.txt",
            "In 2025 the port exported goods worth RMB 1.83 trillion\n"
            "and imported  RMB 548.3\n  billion, for a total of RMB 2.38 trillion.\n");
  auto r = load(
      "[document]\nsource = \"text.txt\"\n"
      "[port.exports]\nvalue = \"RMB 1.83 trillion\"\nquote = \"goods worth RMB 1.83 trillion\"\n"
      "[port.imports]\nvalue = \"RMB 548.3 billion\"\nquote = \"imported RMB 548.3 billion\"\n",
      dir.file("figures.toml"));
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_TRUE(r.diags.items().empty()) << render_all(r.diags);
  EXPECT_EQ(r.set->document.source_path, dir.file("text.txt"));

  const claim& exports = r.first("port.exports");
  ASSERT_TRUE(exports.in_text);
  EXPECT_EQ(exports.in_text->start().line, 1);
  EXPECT_EQ(exports.in_text->start().col, 27);
  EXPECT_EQ(exports.in_text->file->name(), dir.file("text.txt"));

  const claim& imports = r.first("port.imports");
  ASSERT_TRUE(imports.in_text);
  EXPECT_EQ(imports.in_text->start().line, 2);
  EXPECT_EQ(imports.in_text->start().col, 5);
  EXPECT_EQ(imports.in_text->text(), "imported  RMB 548.3\n  billion");
  // Both quotes share one copy of the text.
  EXPECT_EQ(imports.in_text->file, exports.in_text->file);
}

TEST(Quotes, SourcePathIsRelativeToTheFiguresFile) {
  temp_dir dir;
  dir.write("text.txt", "exports rose 5%\n");
  std::filesystem::create_directories(dir.file("figs"));
  auto r = load("[document]\nsource = \"../text.txt\"\n[a]\nvalue = \"5%\"\nquote = \"rose 5%\"\n",
                dir.file("figs/figures.toml"));
  ASSERT_TRUE(r.set) << render_all(r.diags);
  EXPECT_EQ(r.set->document.source_path, dir.file("text.txt"));
  ASSERT_TRUE(r.first("a").in_text);
  EXPECT_EQ(r.first("a").in_text->start().col, 9);
}

TEST(Quotes, MissingQuoteIsAWarningAtTheQuote) {
  temp_dir dir;
  dir.write("text.txt", "exports rose 5%\n");
  auto r = load(
      "[document]\nsource = \"text.txt\"\n"
      "[a]\nvalue = \"5%\"\nquote  = \"exports fell 5%\"\n"
      "[b]\nvalue = \"5%\"\nquote = \"rose 5%\"\n",
      dir.file("figures.toml"));
  ASSERT_TRUE(r.set) << render_all(r.diags);
  const diagnostic& d = r.only("CF2101");
  EXPECT_EQ(d.level, severity::warning);
  EXPECT_EQ(at(d).line, 5);
  EXPECT_EQ(at(d).col, 10);
  EXPECT_EQ(d.message, "quote not found in " + dir.file("text.txt") + ": \"exports fell 5%\"");
  EXPECT_FALSE(r.first("a").in_text);
  EXPECT_TRUE(r.first("b").in_text);
  EXPECT_EQ(r.diags.items().size(), 1u);
}

TEST(Quotes, UnreadableSourceIsAWarning) {
  temp_dir dir;
  auto r = load("[document]\nsource = \"missing.txt\"\n[a]\nvalue = \"5%\"\nquote = \"rose 5%\"\n",
                dir.file("figures.toml"));
  ASSERT_TRUE(r.set) << render_all(r.diags);
  const diagnostic& d = r.only("CF2102");
  EXPECT_EQ(d.level, severity::warning);
  EXPECT_EQ(at(d).line, 2);
  EXPECT_EQ(at(d).col, 10);
  EXPECT_FALSE(r.first("a").in_text);
  EXPECT_EQ(r.first("a").quote, "rose 5%");
}

TEST(Quotes, NoSourceNoLookup) {
  auto r = load("[a]\nvalue = \"5%\"\nquote = \"anything\"\n");
  ASSERT_TRUE(r.set);
  EXPECT_TRUE(r.diags.items().empty());
  EXPECT_EQ(r.first("a").quote, "anything");
  EXPECT_FALSE(r.first("a").in_text);
}

}  // namespace
}  // namespace crossfoot::testing
