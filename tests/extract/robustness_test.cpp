// Section 4 of the drafts issue: any bytes give results or a clear error (a diagnostic, exit 2
// at the command line), never a crash or a hang, and reading is linear in the input's size.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

std::optional<draft_extract> run(const std::string& text, diagnostics& ds) {
  return extract_draft_text("draft.md", text, ds);
}

TEST(Robustness, BinaryGarbageIsAnErrorNamingThePlace) {
  diagnostics ds;
  EXPECT_FALSE(run(std::string("Exports rose 5%\n\x7f"
                               "ELF\0\0\x01",
                               22),
                   ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF5002");
  EXPECT_EQ(ds.items()[0].range.start().line, 2);
  EXPECT_EQ(ds.items()[0].range.start().col, 5);
}

TEST(Robustness, InvalidUtf8IsAnError) {
  for (const std::string bad :
       {"caf\xC3", "\xC0\xAF", "a\xED\xA0\x80z", "\xF5\x80\x80\x80", "x\xE2\x82", "\x80"}) {
    diagnostics ds;
    EXPECT_FALSE(run("Exports rose 5%. " + bad + " more", ds)) << bad;
    ASSERT_EQ(ds.items().size(), 1u);
    EXPECT_EQ(ds.items()[0].code, "CF5003");
    EXPECT_NE(render_all(ds).find("draft.md:1:"), std::string::npos) << render_all(ds);
  }
}

TEST(Robustness, UnreadableFileIsAnError) {
  diagnostics ds;
  EXPECT_FALSE(extract_draft("/nonexistent/draft.md", ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF5001");
}

TEST(Robustness, ByteOrderMarkAndCrlf) {
  auto d = extract_text("\xEF\xBB\xBFTitle line\r\n\r\nExports rose 5%,\r\nimports 3%.\r\n");
  ASSERT_EQ(d.claims.size(), 2u);
  EXPECT_EQ(d.claims[0].written, "5%");
  EXPECT_EQ(d.claims[0].from.line, 3);
  EXPECT_EQ(d.claims[0].from.col, 14);
  EXPECT_EQ(d.claims[1].from.line, 4);
  EXPECT_EQ(d.claims[1].kind, claim_kind::growth);
  // Offsets are the draft's own bytes, BOM included.
  EXPECT_EQ(d.draft->text().substr(d.claims[1].begin, 2), "3%");
}

TEST(Robustness, EmptyAndBlankDrafts) {
  EXPECT_TRUE(extract_text("").claims.empty());
  EXPECT_TRUE(extract_text("\n\n  \r\n\t\n").claims.empty());
  EXPECT_TRUE(extract_text("\xEF\xBB\xBF").claims.empty());
}

// Random bytes made valid UTF-8 by construction and random mixes of draft-like pieces:
// whatever comes in, extraction returns and its spans lie inside the text.
TEST(Robustness, RandomTextNeverBreaksSpans) {
  const std::vector<std::string> pieces = {"RMB",
                                           " ",
                                           "5",
                                           ".",
                                           ",",
                                           "%",
                                           "-",
                                           "~",
                                           "trillion",
                                           "more than",
                                           "\u2212",
                                           "\u2009",
                                           "\uff11",
                                           "\n",
                                           "\r\n",
                                           "two-thirds",
                                           "respectively",
                                           "of",
                                           "¥",
                                           "US$",
                                           "bn",
                                           "doubled",
                                           "half",
                                           "one out of every",
                                           "three",
                                           "vehicles",
                                           "#",
                                           "- ",
                                           "1. ",
                                           "COVID-19",
                                           "2023",
                                           "by",
                                           "fell",
                                           "\xEF\xBB\xBF",
                                           "€",
                                           "percentage points",
                                           "ranks",
                                           "first",
                                           "\t",
                                           "'"};
  std::mt19937 rng(20240112);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    diagnostics ds;
    auto d = run(text, ds);
    ASSERT_TRUE(d) << text;
    for (const auto& c : d->claims) {
      ASSERT_LE(c.begin, c.end) << text;
      ASSERT_LE(c.end, text.size()) << text;
      ASSERT_EQ(text.substr(c.begin, c.end - c.begin), c.written) << text;
      ASSERT_TRUE(std::isfinite(c.q.number)) << text;
    }
  }
}

TEST(Robustness, ArbitraryBytesGiveResultOrError) {
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 200, '\0');
    for (char& c : text) c = static_cast<char>(rng() % 256);
    diagnostics ds;
    auto d = run(text, ds);
    EXPECT_EQ(d.has_value(), !ds.has_errors());
  }
}

double seconds_for(const std::string& text) {
  const auto start = std::chrono::steady_clock::now();
  diagnostics ds;
  auto d = extract_draft_text("big.md", text, ds);
  EXPECT_TRUE(d);
  // The writers too: each claim's quote and sentence must not rescan the line.
  if (d) {
    EXPECT_FALSE(to_figures_toml(*d, "big.md").empty() || to_json(*d).empty());
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string one_line(std::size_t bytes) {
  // "respectively" lists too: each sends the namer back over the claims before it.
  const std::string unit =
      "exports rose 5% to RMB 1.2 trillion and 17,000 trains ran, imports and exports grew 3% "
      "and 4% respectively, ";
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() < bytes) text += unit;
  return text;
}

// A 10 MB single line, dense with claims and without a full stop, is read and written out in
// time linear in its size: ten times the text costs well under a hundred times as long.
TEST(Robustness, TenMegabyteLineIsLinear) {
  const double small = seconds_for(one_line(1'000'000));
  const double big = seconds_for(one_line(10'000'000));
  EXPECT_LT(big, 30 * small + 0.5) << "1 MB: " << small << " s, 10 MB: " << big << " s";
}

// Bare numbers with no counted thing anywhere to borrow: each once searched the whole line.
TEST(Robustness, LineOfBareNumbersIsLinear) {
  auto bare = [](std::size_t bytes) {
    std::string text;
    while (text.size() < bytes) text += "the 5 and 6 and ";
    return text;
  };
  // Small enough for the sanitizer build; quadratic, 150 kB took over 2 s.
  const double small = seconds_for(bare(15'000));
  const double big = seconds_for(bare(150'000));
  EXPECT_LT(big, 30 * small + 0.5) << "15 kB: " << small << " s, 150 kB: " << big << " s";
}

TEST(Robustness, TenMegabytesWithoutSpacesOrDigits) {
  EXPECT_LT(seconds_for(std::string(10'000'000, 'x')), 20.0);
  EXPECT_LT(seconds_for(std::string(10'000'000, '9')), 20.0);
  EXPECT_LT(seconds_for(std::string(2'000'000, ' ') + "5%"), 20.0);
}

}  // namespace
}  // namespace crossfoot::testing
