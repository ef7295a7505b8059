// Reading words around a quantity. Only ASCII letters make words; any other byte separates.
#include <algorithm>
#include <cstdint>

#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

namespace {

constexpr std::string_view any_number = "#";

bool clause_mark(char c) {
  return std::string_view(",;:()!?.").find(c) != std::string_view::npos;
}
bool joiner(char c) {
  return c == '-' || c == '\'';
}
bool number_joiner(char c) {
  return c == '.' || c == ',';
}

// A run of characters without a blank is read forwards from its start, so that words and
// numbers read the same both ways; a run longer than this (a text without blanks) is read in
// stretches of this length, which keeps every look back bounded.
constexpr std::size_t max_run = 256;

thread_local reading_work work;

}  // namespace

reading_work& work_done() {
  return work;
}

namespace words_detail {

bool word_at(const prose& p, std::size_t& i, std::size_t end, word& w) {
  const std::string_view text = p.text;
  const char c = text[i];
  const std::size_t begin = i;
  if (is_ascii_letter(c)) {
    // Letters, and digits after them: "M3", "EU28", "COVID-19", "M3's", "year-on-year".
    while (i < end && (is_ascii_alnum(text[i]) ||
                       (joiner(text[i]) && i + 1 < end && is_ascii_alnum(text[i + 1])))) {
      ++i;
    }
    w = {begin, i, p.lower.substr(begin, i - begin), is_ascii_upper(c)};
    work.bytes_read += i - begin;
    return true;
  }
  if (is_ascii_digit(c)) {
    // Any number: the words around it matter, not its digits.
    while (i < end && (is_ascii_digit(text[i]) ||
                       (number_joiner(text[i]) && i + 1 < end && is_ascii_digit(text[i + 1])))) {
      ++i;
    }
    w = {begin, i, any_number, false};
    work.bytes_read += i - begin;
    return true;
  }
  ++i;
  ++work.bytes_read;
  if (!clause_mark(c)) return false;
  w = {begin, i, p.lower.substr(begin, 1), false};
  return true;
}

}  // namespace words_detail

void word_index::read(const prose& p, std::size_t begin, std::size_t end) {
  text_ = p.text.data();
  words_.clear();
  begin_ = std::min(begin, p.size());
  end = std::min(end, p.size());
  // Read no further than the block: a word that runs past it (10 MB of letters) would make
  // every block's reading as long as the rest of the text. A word ending within a byte of
  // `end` may have been cut there (a joiner needs the byte after it), so the index stops
  // before it, at an offset every walk passes through; windows read on from there themselves.
  const prose whole{p.text, p.lower, nullptr};
  word w;
  std::size_t i = begin_;
  while (i < end) {
    if (words_detail::word_at(whole, i, end, w)) {
      w.row = lexicon::find(w.lower);
      w.looked_up = true;
      words_.push_back(w);
    }
  }
  covered_ = i;
  while (!words_.empty() && words_.back().end + 1 >= end && end < p.size()) {
    covered_ = words_.back().begin;
    words_.pop_back();
  }
  starts_.assign(covered_ - begin_ + 1, 0);
  std::size_t k = 0;
  for (std::size_t at = begin_; at <= covered_; ++at) {
    while (k < words_.size() && words_[k].begin < at) ++k;
    starts_[at - begin_] = static_cast<std::uint32_t>(k);
  }
  long_runs_.clear();
  for (std::size_t at = begin_; at < covered_;) {
    std::size_t end_of_run = at;
    while (end_of_run < covered_ && !is_blank(p.text[end_of_run])) ++end_of_run;
    if (end_of_run - at >= max_run) long_runs_.emplace_back(at, end_of_run);
    at = end_of_run + 1;
  }
}

bool word_index::long_run_across(std::size_t from, std::size_t to) const {
  auto run = std::partition_point(long_runs_.begin(), long_runs_.end(),
                                  [&](const auto& r) { return r.second <= from; });
  return run != long_runs_.end() && run->first < to;
}

folded_text::folded_text() : words_(std::make_unique<word_index>()) {}
folded_text::~folded_text() = default;
folded_text::folded_text(folded_text&&) noexcept = default;
folded_text& folded_text::operator=(folded_text&&) noexcept = default;

void folded_text::index_words(const block& b) {
  words_->read({text, lower, nullptr}, b.begin, b.end);
}

namespace {

const word_index* index_of(const prose& p) {
  return p.words && p.words->of(p) ? p.words : nullptr;
}

// Appends the words from `at` on, reading no further than `limit`, until `out` holds `count`.
// Read from the text until the walk meets an offset the index's walk passes through (at once
// when `at` is not inside one of its words), then taken from the index up to the first word
// `limit` cuts, which is read from the text again, cut as the window cuts it.
void append_words_after(const prose& p, std::size_t at, std::size_t limit, std::size_t count,
                        std::vector<word>& out) {
  limit = std::min(limit, p.size());
  const word_index* index = index_of(p);
  word w;
  for (std::size_t i = at; i < limit && out.size() < count;) {
    if (index && index->passes(i)) {
      const std::vector<word>& ws = index->words();
      const std::size_t first = index->words_before(i);
      // The index's words that end by `limit`, copied at once.
      std::size_t last = ws.size();
      if (limit < index->covered()) {
        last = index->words_before(limit);
        if (last > first && ws[last - 1].end > limit) --last;
      }
      last = first + std::min(last - first, count - out.size());
      out.insert(out.end(), ws.begin() + static_cast<std::ptrdiff_t>(first),
                 ws.begin() + static_cast<std::ptrdiff_t>(last));
      work.words_taken += last - first;
      // Between two words of the index there are only bytes that start none.
      i = last == ws.size() ? index->covered() : ws[last].begin;
      index = nullptr;  // what is left is the word `limit` cuts, or text past the index
      continue;
    }
    if (words_detail::word_at(p, i, limit, w)) out.push_back(w);
  }
}

}  // namespace

std::vector<word> words_between(const prose& p, std::size_t begin, std::size_t end) {
  std::vector<word> out;
  out.reserve(16);
  append_words_after(p, begin, end, SIZE_MAX, out);
  return out;
}

// Both read only the words they return, from `at` outwards: a claim in a sentence of
// thousands of words costs no more than one in a short sentence.
std::vector<word> words_before(const prose& p, std::size_t at, std::size_t limit,
                               std::size_t count) {
  std::vector<word> out;  // nearest first while reading
  std::size_t k = std::min(at, p.size());
  const word_index* index = index_of(p);
  // Most windows: both ends outside words of the index and no run it would read in stretches
  // between them, so the window is the last `count` of the index's words between them.
  if (index && k > limit && index->passes(k) && index->passes(limit) &&
      !index->long_run_across(limit, k)) {
    const std::vector<word>& ws = index->words();
    const std::size_t last = index->words_before(k), first = index->words_before(limit);
    out.assign(ws.begin() + static_cast<std::ptrdiff_t>(last - std::min(count, last - first)),
               ws.begin() + static_cast<std::ptrdiff_t>(last));
    work.words_taken += out.size();
    return out;
  }
  out.reserve(count);
  const std::size_t from = k;  // the bytes stepped back over are counted as read
  std::vector<word> run;
  const std::vector<word>* ws = index ? &index->words() : nullptr;
  // The number of the index's words that begin before k.
  std::size_t c = 0;
  if (ws) {
    c = k < index->begin() ? 0 : k > index->covered() ? ws->size() : index->words_before(k);
  }
  while (k > limit && out.size() < count) {
    std::size_t j = k;
    while (j > limit && k - j < max_run && !is_blank(p.text[j - 1])) --j;
    // The run's words, text[j, k): from the index when neither end is inside one of its words,
    // else read from the text until the index can take over.
    bool taken = false;
    if (ws) {
      std::size_t d = c;
      while (d > 0 && (*ws)[d - 1].begin >= j) --d;
      if (j >= index->begin() && k <= index->covered() && (c == 0 || (*ws)[c - 1].end <= k) &&
          (d == 0 || (*ws)[d - 1].end <= j)) {
        for (std::size_t e = c; e > d && out.size() < count; --e) {
          out.push_back((*ws)[e - 1]);
          ++work.words_taken;
        }
        taken = true;
      }
      c = d;
    }
    if (!taken) {
      run.clear();
      append_words_after(p, j, k, SIZE_MAX, run);
      for (auto it = run.rbegin(); it != run.rend() && out.size() < count; ++it) {
        out.push_back(*it);
      }
    }
    k = j;
    while (k > limit && is_blank(p.text[k - 1])) --k;
  }
  work.bytes_read += from - k;
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<word> words_after(const prose& p, std::size_t at, std::size_t limit,
                              std::size_t count) {
  std::vector<word> out;
  out.reserve(count);
  append_words_after(p, at, limit, count, out);
  return out;
}

bool plural_like(const word& w) {
  using lexicon::word_class;
  const std::string_view s = w.lower;
  if (const lexicon::entry* e = w.entry()) {
    if (e->is(word_class::plural)) return true;
    if (e->is(word_class::not_plural)) return false;
  }
  return s.size() > 3 && s.back() == 's' && !s.ends_with("ss") && !s.ends_with("us") &&
         !s.ends_with("is") && !s.ends_with("'s");
}

}  // namespace crossfoot::extract_detail
