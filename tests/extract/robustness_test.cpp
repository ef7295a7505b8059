// Section 4 of the drafts issue: any bytes give results or a clear error (a diagnostic, exit 2
// at the command line), never a crash or a hang, and reading is linear in the input's size.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>

#include "extract/detail/words.hpp"
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

// The work reading `text` and writing it out costs, as the reader counts it: bytes read, words
// taken from a block's index, claims tried as lenders of a noun. Counted, not timed, so that a
// loaded machine or the sanitizer build changes nothing; the time is only shown.
extract_detail::reading_work work_for(const std::string& text) {
  extract_detail::work_done() = {};
  const auto start = std::chrono::steady_clock::now();
  diagnostics ds;
  auto d = extract_draft_text("big.md", text, ds);
  EXPECT_TRUE(d);
  // The writers too: each claim's quote and sentence must not rescan the line.
  if (d) {
    EXPECT_FALSE(to_figures_toml(*d, "big.md").empty() || to_json(*d).empty());
  }
  const extract_detail::reading_work work = extract_detail::work_done();
  std::cout << "[ measure  ] " << text.size() << " bytes: " << work.bytes_read << " bytes read, "
            << work.words_taken << " words taken from the index, " << work.lenders_tried
            << " lenders tried, "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
            << " s\n";
  return work;
}

// Reading is linear: `big`, some times as long as `small`, costs at most twice as many
// times the work (linear gives that ratio, quadratic its square: 10 times the text, 100 times
// the work).
void expect_linear(const std::string& small, const std::string& big) {
  const double times = static_cast<double>(big.size()) / static_cast<double>(small.size());
  const extract_detail::reading_work a = work_for(small), b = work_for(big);
  ASSERT_GT(a.bytes_read, 0u) << "nothing counted";
  EXPECT_LE(static_cast<double>(b.bytes_read), 2 * times * static_cast<double>(a.bytes_read))
      << small.size() << " bytes: " << a.bytes_read << " read; " << big.size()
      << " bytes: " << b.bytes_read << " read";
  EXPECT_LE(static_cast<double>(b.words_taken),
            2 * times * static_cast<double>(std::max<std::uint64_t>(a.words_taken, 1)))
      << small.size() << " bytes: " << a.words_taken << " words taken; " << big.size()
      << " bytes: " << b.words_taken << " words taken";
  EXPECT_LE(static_cast<double>(b.lenders_tried),
            2 * times * static_cast<double>(std::max<std::uint64_t>(a.lenders_tried, 1)))
      << small.size() << " bytes: " << a.lenders_tried << " lenders tried; " << big.size()
      << " bytes: " << b.lenders_tried << " lenders tried";
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

// A 10 MB single line, dense with claims and without a full stop, is read and written out
// with work linear in its size.
TEST(Robustness, TenMegabyteLineIsLinear) {
  expect_linear(one_line(1'000'000), one_line(10'000'000));
}

// Bare numbers with no counted thing anywhere to borrow: each once searched the whole line.
TEST(Robustness, LineOfBareNumbersIsLinear) {
  auto bare = [](std::size_t bytes) {
    std::string text;
    while (text.size() < bytes) text += "the 5 and 6 and ";
    return text;
  };
  expect_linear(bare(15'000), bare(150'000));
}

// Runs without a blank or without a digit: 10 MB of letters once made every block read its
// words to the end of the text.
TEST(Robustness, TenMegabytesWithoutSpacesOrDigits) {
  expect_linear(std::string(1'000'000, 'x'), std::string(10'000'000, 'x'));
  expect_linear(std::string(1'000'000, '9'), std::string(10'000'000, '9'));
  expect_linear(std::string(200'000, ' ') + "5%", std::string(2'000'000, ' ') + "5%");
}

}  // namespace
}  // namespace crossfoot::testing
