// words_before reads backwards and words_after stops early (so that long lines stay fast):
// both must give exactly the words that reading the whole span forwards gives.
#include <gtest/gtest.h>

#include <random>

#include "extract/detail/words.hpp"

namespace crossfoot::testing {
namespace {

using extract_detail::prose;
using extract_detail::word;

void expect_same(const std::vector<word>& got, const std::vector<word>& want,
                 const std::string& text) {
  ASSERT_EQ(got.size(), want.size()) << text;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].begin, want[i].begin) << text;
    EXPECT_EQ(got[i].end, want[i].end) << text;
    EXPECT_EQ(got[i].lower, want[i].lower) << text;
    EXPECT_EQ(got[i].capital, want[i].capital) << text;
    EXPECT_EQ(got[i].entry(), want[i].entry()) << text;
  }
}

TEST(Words, BeforeAndAfterAgreeWithReadingForwards) {
  // Letters, digits and every joiner or mark the reader treats specially.
  const std::string alphabet = "aZq09-'.,;: ()!?x\t";
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string text(rng() % 40, ' ');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    const std::string lower = ascii_lower(text);
    const prose p{text, lower};
    const std::size_t a = rng() % (text.size() + 1), b = rng() % (text.size() + 1);
    const std::size_t limit = std::min(a, b), at = std::max(a, b);
    const std::size_t count = rng() % 6;
    std::vector<word> all = extract_detail::words_between(p, limit, at);
    std::vector<word> last(all.end() - static_cast<long>(std::min(count, all.size())), all.end());
    expect_same(extract_detail::words_before(p, at, limit, count), last, text);
    std::vector<word> first(all.begin(),
                            all.begin() + static_cast<long>(std::min(count, all.size())));
    expect_same(extract_detail::words_after(p, limit, at, count), first, text);
  }
}

// A window taken from a block's index of words is the window read from the text: wherever it
// starts or ends (inside a word, outside the block, past a run without blanks longer than a
// look back reads at once), whatever text the prose ends at (the scanner's ends at its block).
TEST(Words, IndexGivesTheWindowsReadingTheTextGives) {
  // Bytes the reader treats specially, and words the lexicon knows.
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "q",
                                           "0",
                                           "9",
                                           "-",
                                           "'",
                                           ".",
                                           ",",
                                           ";",
                                           ":",
                                           " ",
                                           " ",
                                           "(",
                                           ")",
                                           "!",
                                           "?",
                                           "x",
                                           "\t",
                                           "of",
                                           "The",
                                           "rose",
                                           "bn",
                                           "EUR",
                                           "to",
                                           "in",
                                           "1.5",
                                           "%",
                                           "\xE2\x82\xAC",
                                           "billion",
                                           "exports",
                                           "year-on-year"};
  std::mt19937 rng(23);
  extract_detail::word_index index;
  for (int round = 0; round < 20000; ++round) {
    const bool long_runs = round % 3 == 0;  // runs of hundreds of bytes without a blank
    const std::size_t size = rng() % (round % 10 == 0 ? 700 : 60);
    std::string text;
    while (text.size() < size) {
      const std::string& piece = pieces[rng() % pieces.size()];
      if (!(long_runs && (piece == " " || piece == "\t"))) text += piece;
    }
    const std::string lower = ascii_lower(text);
    const std::size_t a = rng() % (text.size() + 1), b = rng() % (text.size() + 1);
    index.read({text, lower}, std::min(a, b), std::max(a, b));
    const std::size_t end = rng() % 4 == 0 ? rng() % (text.size() + 1) : text.size();
    const prose plain{std::string_view(text).substr(0, end),
                      std::string_view(lower).substr(0, end)};
    const prose indexed{plain.text, plain.lower, &index};
    for (int query = 0; query < 8; ++query) {
      const std::size_t x = rng() % (text.size() + 2), y = rng() % (text.size() + 2);
      const std::size_t count = rng() % 3 == 0 ? rng() % 80 : rng() % 8;
      const std::string where = text + " | " + std::to_string(x) + " " + std::to_string(y) + " " +
                                std::to_string(count) + " " + std::to_string(end);
      expect_same(extract_detail::words_before(indexed, x, y, count),
                  extract_detail::words_before(plain, x, y, count), where);
      expect_same(extract_detail::words_after(indexed, x, y, count),
                  extract_detail::words_after(plain, x, y, count), where);
      expect_same(extract_detail::words_between(indexed, x, y),
                  extract_detail::words_between(plain, x, y), where);
    }
  }
}

TEST(Words, JoinedWordsAndNumbers) {
  const std::string text = "China's year-on-year 1,234.5 rose, -x 3.";
  const std::string lower = ascii_lower(text);
  const prose p{text, lower};
  const std::vector<word> ws = extract_detail::words_before(p, text.size(), 0, 7);
  std::vector<std::string> got;
  for (const word& w : ws) got.emplace_back(w.lower);
  EXPECT_EQ(got, (std::vector<std::string>{"year-on-year", "#", "rose", ",", "x", "#", "."}));
  EXPECT_EQ(text.substr(ws[1].begin, ws[1].end - ws[1].begin), "1,234.5");
  EXPECT_EQ(extract_detail::words_before(p, 7, 0, 1).front().lower, "china's");
  EXPECT_TRUE(extract_detail::words_before(p, 7, 0, 1).front().capital);
}

// Words are views into the lower-case text: reading a claim's neighbours copies no word.
TEST(Words, AreViewsIntoTheLowerCaseText) {
  const std::string text = "Exports ROSE";
  const std::string lower = ascii_lower(text);
  const std::vector<word> ws = extract_detail::words_between({text, lower}, 0, text.size());
  ASSERT_EQ(ws.size(), 2u);
  EXPECT_EQ(ws[1].lower, "rose");
  EXPECT_EQ(ws[1].lower.data(), lower.data() + 8);
}

}  // namespace
}  // namespace crossfoot::testing
