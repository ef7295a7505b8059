#pragma once
// Word-level helpers for reading the prose around a quantity. Words are ASCII letters (with
// inner hyphens and apostrophes); bytes of other scripts are never letters here. A word is a
// view into the prose's lower-case text, never a copy, so reading the words around a claim
// allocates only the small vector that holds them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "extract/detail/text.hpp"
#include "quantity/lexicon.hpp"

namespace crossfoot::extract_detail {

struct word {
  std::size_t begin = 0, end = 0;  // offsets in the text the word came from
  // The word in lower case (a view into the lower-case text); "#" for any number; a clause
  // mark ("," ";" ":" "(" ")" "." "!" "?") as itself.
  std::string_view lower;
  bool capital = false;  // written with a capital: a name, or a sentence's start
  // Whether `row` holds the lexicon's row of the word (nullptr: none). A block's index of words
  // looks each word up once, however many windows read it.
  bool looked_up = false;
  const lexicon::entry* row = nullptr;

  bool letters() const { return !lower.empty() && is_ascii_letter(lower.front()); }
  bool number() const { return lower == "#"; }
  /// Whether the lexicon gives the word class `c`.
  bool is(lexicon::word_class c) const {
    const lexicon::entry* e = entry();
    return e && e->is(c);
  }
  const lexicon::entry* entry() const { return looked_up ? row : lexicon::find(lower); }
};

/// How far the reader looks around a quantity, in words. Every look is bounded, so a claim in
/// a sentence of thousands of words costs no more than one in a short sentence; each rule
/// names the window it reads.
namespace window {
inline constexpr std::size_t qualifier = 2;            // "more than RMB 5 trillion", "at most"
inline constexpr std::size_t next_word = 1;            // "9.8% more", "five years ago"
inline constexpr std::size_t lead = 14;                // the words introducing a claim
inline constexpr std::size_t denominator = 10;         // "of China's total import value"
inline constexpr std::size_t counted_noun = 7;         // "723 approved exporters nationwide"
inline constexpr std::size_t counted_noun_words = 4;   // ... of which the phrase takes four
inline constexpr std::size_t counted_by_subject = 40;  // "the number of ... entities ... reached"
inline constexpr std::size_t subject = 40;             // a claim's subject and flow words
inline constexpr std::size_t contribution = 6;         // "added 2.9 points to the growth of"
inline constexpr std::size_t share_of = 12;            // "of everything the country sold abroad"
inline constexpr std::size_t what_follows = 8;         // "RMB 14.29 trillion of intermediate goods"
inline constexpr std::size_t year_before = 6;          // "in 2023 it was 61.5%"
inline constexpr std::size_t year_after = 3;           // "£91.0 billion in 2023"
inline constexpr std::size_t rate_period_after = 6;    // "0.3% in the first quarter of 2017"
inline constexpr std::size_t period_words = 4;         // a period's words: "the March quarter 2020"
inline constexpr std::size_t flow_after = 5;           // "RMB 1.2 trillion of exports"
inline constexpr std::size_t within = 12;              // "Within machinery, aircraft brought in"
inline constexpr std::size_t previous_cue = 2;         // "from", "compared with"
inline constexpr std::size_t sentence_opening = 10;  // "Over the first four months of the year the"
inline constexpr std::size_t carried_period = 60;    // a sentence checked for a period of its own
inline constexpr std::size_t rate_base = 6;          // "5.2% more than in September 2018"
inline constexpr std::size_t rate_base_phrase = 8;   // "+7.6% on the same month a year earlier"
inline constexpr std::size_t bracket_after = 6;      // "€560 million (-19%) lower"
inline constexpr std::size_t rate_span = 10;         // "0.4% compared with the previous month"
inline constexpr std::size_t span_phrase = 7;        // "the same month of the previous year"
inline constexpr std::size_t predicate = 2;          // "people were unemployed"
inline constexpr std::size_t age_span = 5;           // "persons aged 15 and over were"
inline constexpr std::size_t sexes_bracket = 10;     // "(males 64.0%, females 52.5%)"
inline constexpr std::size_t part_after = 14;  // "of them (43,800 persons) held a fixed-term job"
inline constexpr std::size_t listed = 60;      // "three sectors lost most: culture, ..."
// "sold more than a year before: copper (471.2%)": the clause that governs a list's first rate
inline constexpr std::size_t governed_list = 24;
inline constexpr std::size_t colon_clause = 6;     // "grew in every branch: by 13.1% in ..."
inline constexpr std::size_t fronted_opening = 3;  // "○ At 63.5 percent": what opens it
inline constexpr std::size_t fronted = 12;  // "At 63.5 percent, the labor force participation rate"
// "the annual growth rate of M3 rose ...; M3-M2 shrank": its paragraph before it, said annual
inline constexpr std::size_t said_annual = 120;
}  // namespace window

/// The words of one block, read once, in order: words_before, words_after and words_between
/// take a window from here when it holds that window's words exactly, and read the text
/// themselves otherwise (a window that starts or ends inside a word, leaves the block, or
/// reads back through a run of text without blanks).
///
/// Why this is exact: reading words is a walk from a starting offset, deciding at each offset
/// from the bytes ahead alone. Started at an offset this walk also passes through (one not
/// inside one of its words), another walk meets the same words, up to any word its end bound
/// would cut. So the block's words, read once (up to the block's end, without a last word that
/// end may have cut), are the words of every window that starts and ends on such offsets.
class word_index {
 public:
  /// Reads the words of p.text[begin, end), but for one that `end` may cut.
  void read(const prose& p, std::size_t begin, std::size_t end);

  const std::vector<word>& words() const { return words_; }
  /// Offsets [begin, covered) are read: a window within them can be taken from here.
  std::size_t begin() const { return begin_; }
  std::size_t covered() const { return covered_; }
  /// Whether this index was read from the text `p` views (or a prefix of it).
  bool of(const prose& p) const { return p.text.data() == text_; }

  /// The number of its words that begin before offset `at`, for begin() <= at <= covered().
  std::size_t words_before(std::size_t at) const { return starts_[at - begin_]; }
  /// Whether its walk passes through offset `at`: read, not inside one of its words.
  bool passes(std::size_t at) const {
    if (at < begin_ || at > covered_) return false;
    const std::size_t k = words_before(at);
    return k == 0 || words_[k - 1].end <= at;
  }
  /// Whether a run of bytes without a blank, `run` bytes long or longer, lies across
  /// [from, to): words_before reads such a run back in stretches, not from its start.
  bool long_run_across(std::size_t from, std::size_t to) const;

 private:
  const char* text_ = nullptr;
  std::size_t begin_ = 0, covered_ = 0;
  std::vector<word> words_;
  // For each offset of [begin, covered]: how many words begin before it, so that a window
  // finds its first word without a search.
  std::vector<std::uint32_t> starts_;
  // The runs without a blank of at least words_before's stretch, within [begin, covered).
  std::vector<std::pair<std::size_t, std::size_t>> long_runs_;
};

/// The work reading has done on the calling thread since it was last reset: what the tests of
/// linearity count (tests/extract/robustness_test.cpp), so that they need no clock. Every word
/// is read by word_at or taken from a block's index, so a window that reads more than it
/// should (to the end of the text, back over every claim) shows here; so does a search for a
/// noun to borrow that goes over every claim. Nothing in the reader looks at it.
struct reading_work {
  std::uint64_t bytes_read = 0;     // bytes that word_at stepped over
  std::uint64_t words_taken = 0;    // words copied from a block's index into a window
  std::uint64_t lenders_tried = 0;  // claims asked whether they lend a bare number their noun
};
reading_work& work_done();

/// Words (and clause marks) in text[begin, end).
std::vector<word> words_between(const prose& p, std::size_t begin, std::size_t end);
/// The same words one at a time, for a whole text whose words need not be kept.
template <typename Visit>
void for_each_word(const prose& p, std::size_t begin, std::size_t end, Visit visit);

/// The last `count` words before `at`, reading back no further than `limit`.
std::vector<word> words_before(const prose& p, std::size_t at, std::size_t limit,
                               std::size_t count);
/// The first `count` words from `at`, reading no further than `limit`.
std::vector<word> words_after(const prose& p, std::size_t at, std::size_t limit, std::size_t count);

/// Whether the lexicon gives the phrase of two words `a b` ("compared with", "of which") class `c`.
inline bool phrase_is(const word& a, const word& b, lexicon::word_class c) {
  return lexicon::is(std::string(a.lower) + " " + std::string(b.lower), c);
}

/// The words that join the numbers of a list, and nothing else between them: "fell by 3.0, 3.5
/// and 2.0 percent", "6% and 18% respectively".
inline bool list_joint(const word& w) {
  return w.lower == "," || w.lower == "and" || w.lower == "or";
}

/// The last word of a phrase of words joined by one space: "jobs" of "paid jobs".
inline std::string_view head_word(std::string_view phrase) {
  const std::size_t space = phrase.rfind(' ');
  return space == std::string_view::npos ? phrase : phrase.substr(space + 1);
}

/// Could the word be a plural noun ("trains", "people", "TEU")? Excludes common verbs in -s.
bool plural_like(const word& w);

// ---- implementation of the template ------------------------------------------------------

namespace words_detail {
/// The word starting at p.text[i] (reading no further than `end`), moving i past it; false
/// when p.text[i] neither is nor starts a word.
bool word_at(const prose& p, std::size_t& i, std::size_t end, word& out);
}  // namespace words_detail

template <typename Visit>
void for_each_word(const prose& p, std::size_t begin, std::size_t end, Visit visit) {
  end = std::min(end, p.size());
  word w;
  for (std::size_t i = begin; i < end;) {
    if (words_detail::word_at(p, i, end, w)) visit(w);
  }
}

}  // namespace crossfoot::extract_detail
