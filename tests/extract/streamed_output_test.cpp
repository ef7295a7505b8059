// crossfoot extract writes its output as it reads (a figures file from claims kept in 32 bytes
// each; JSON claim by claim), so that a draft of millions of claims fits in memory: what it
// writes must be what the whole list of claims gives.
#include <sstream>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

// A range, more decimals than a value shows, a qualifier, a counted thing, colliding ids (an
// array of tables, in text order), a table before its children, and the draft's own period.
const std::string draft =
    "# Trade in September 2019\n"
    "\n"
    "Exports rose 5.1% to RMB 1.2 trillion. Imports fell 2.3% to RMB 0.8 trillion. Exports rose "
    "5.1% to RMB 1.2 trillion in 2018.\n"
    "\n"
    "Delivery takes 1-2 days and the rate was 0.1234567890123456789%. Nearly 8,350 trading "
    "enterprises, of which 1,120 were new. The value was RMB 3 trillion.\n";

source_ptr draft_source() {
  return make_source("draft.md", draft);
}

TEST(StreamedOutput, FiguresFileFromClaimsKeptCompactly) {
  diagnostics ds;
  const source_ptr src = draft_source();
  figures_toml_writer streamed(src);
  auto d = extract_draft_each(src, ds, [&](draft_claim&& c) { streamed.add(c); });
  ASSERT_TRUE(d) << render_all(ds);
  EXPECT_TRUE(d->claims.empty());
  std::ostringstream out;
  streamed.write(out, "draft.md", d->period);
  EXPECT_EQ(out.str(),
            "# Figures read from draft.md by crossfoot extract. Rename ids to match your rules.\n"
            "\n"
            "[document]\n"
            "source = \"draft.md\"\n"
            "period = \"2019-09\"\n"
            "\n"
            "[days]\n"
            "value = \"1.5 days\"\n"
            "precision = 0.5\n"
            "quote = \"1-2 days\"\n"
            "note = \"other at draft.md:5:16; written 1-2 days\"\n"
            "\n"
            "[days.share]\n"
            "value = \"0.123456789012%\"\n"
            "quote = \"0.1234567890123456789%\"\n"
            "note = \"share at draft.md:5:42; written 0.1234567890123456789%\"\n"
            "\n"
            "[[line_5]]\n"
            "value = \"1120\"\n"
            "quote = \"1,120\"\n"
            "note = \"other at draft.md:5:109; written 1,120\"\n"
            "\n"
            "[[line_5]]\n"
            "value = \"RMB 3 trillion\"\n"
            "quote = \"RMB 3 trillion\"\n"
            "note = \"level at draft.md:5:139; written RMB 3 trillion\"\n"
            "\n"
            "[trade.2018.exports]\n"
            "value = \"RMB 1.2 trillion\"\n"
            "quote = \"rose 5.1% to RMB 1.2 trillion\"\n"
            "note = \"level at draft.md:3:100; written RMB 1.2 trillion\"\n"
            "\n"
            "[trade.exports]\n"
            "value = \"RMB 1.2 trillion\"\n"
            "quote = \"rose 5.1% to RMB 1.2 trillion\"\n"
            "note = \"level at draft.md:3:22; written RMB 1.2 trillion\"\n"
            "\n"
            "[[trade.exports.growth]]\n"
            "value = \"5.1%\"\n"
            "quote = \"Exports rose 5.1%\"\n"
            "note = \"growth at draft.md:3:14; written 5.1%\"\n"
            "\n"
            "[[trade.exports.growth]]\n"
            "value = \"5.1%\"\n"
            "quote = \"trillion. Exports rose 5.1%\"\n"
            "note = \"growth at draft.md:3:92; written 5.1%\"\n"
            "\n"
            "[trade.imports]\n"
            "value = \"RMB 0.8 trillion\"\n"
            "quote = \"RMB 0.8 trillion\"\n"
            "note = \"level at draft.md:3:61; written RMB 0.8 trillion\"\n"
            "\n"
            "[trade.imports.growth]\n"
            "value = \"-2.3%\"\n"
            "quote = \"2.3%\"\n"
            "note = \"growth at draft.md:3:53; written 2.3%\"\n"
            "\n"
            "[trading_enterprises]\n"
            "value = \"nearly 8350 enterprises\"\n"
            "quote = \"Nearly 8,350 trading enterprises\"\n"
            "note = \"count at draft.md:5:66; written Nearly 8,350 trading enterprises\"\n"
            "\n");
  EXPECT_EQ(out.str(), to_figures_toml(extract_text(draft), "draft.md"));
}

// A number written twice whose second place opens a wrapped line of its paragraph is quoted with
// the words that end the line above, so that the quote locates that place, not the first.
TEST(StreamedOutput, AQuoteOpeningAWrappedLineReadsBackOverTheBreak) {
  const std::string text =
      "# Jobs in March 2031\n\nThe rate was 6.2% for men and for the young it was\n"
      "6.2% too.\n";
  const draft_extract d = extract_text(text);
  const std::string toml = to_figures_toml(d, "draft.md");
  EXPECT_NE(toml.find("quote = \"young it was\\u000A6.2%\""), std::string::npos) << toml;
}

TEST(StreamedOutput, JsonClaimByClaimIsTheWholeList) {
  diagnostics ds;
  const source_ptr src = draft_source();
  std::ostringstream out;
  claims_json_writer json(out, src);
  std::size_t n = 0;
  ASSERT_TRUE(extract_draft_each(src, ds, [&](draft_claim&& c) {
    json.add(c);
    ++n;
  }));
  json.finish();
  const draft_extract whole = extract_text(draft);
  EXPECT_EQ(n, whole.claims.size());
  EXPECT_EQ(out.str(), to_json(whole));
}

TEST(StreamedOutput, ADraftThatIsNotTextGivesNoClaims) {
  diagnostics ds;
  std::size_t n = 0;
  const source_ptr src = make_source("draft.md", std::string("Exports rose 5%\xff.\n"));
  EXPECT_FALSE(check_draft_text(src, ds));
  EXPECT_FALSE(extract_draft_each(src, ds, [&](draft_claim&&) { ++n; }));
  EXPECT_EQ(n, 0u);
  EXPECT_TRUE(ds.has_errors());
}

}  // namespace
}  // namespace crossfoot::testing
