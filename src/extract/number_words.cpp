// Numbers in words, read from letter runs and the lexicon: a cardinal is one or two cardinal
// words joined by a hyphen; a fraction a cardinal or an article and a fraction word; a ratio
// two cardinals around "out of (every)" or "in".
#include "extract/detail/number_words.hpp"

#include "core/text.hpp"
#include "quantity/lexicon.hpp"

namespace crossfoot::extract_detail {

namespace {

using lexicon::word_class;

class reader {
 public:
  reader(const prose& p, std::size_t at, std::size_t limit)
      : lower_(p.lower.substr(0, std::min(limit, p.size()))), at_(at) {}

  std::optional<word_match> read() {
    const std::size_t start = at_;
    if (auto m = digit_class()) return m;
    at_ = start;
    if (auto m = multiple()) return m;
    at_ = start;
    if (auto m = ratio()) return m;
    at_ = start;
    if (auto m = fraction()) return m;
    at_ = start;
    double n = 0;
    if (cardinal(n)) return word_match{word_form::cardinal, n, at_};
    return std::nullopt;
  }

 private:
  // The run of letters at the cursor (no hyphens), without moving.
  std::string_view run() const {
    std::size_t end = at_;
    while (end < lower_.size() && is_ascii_letter(lower_[end])) ++end;
    return lower_.substr(at_, end - at_);
  }
  // The lexicon row of the letter run at the cursor when it has class `c`; moves past it.
  const lexicon::entry* take(word_class c) {
    const std::string_view r = run();
    const lexicon::entry* e = r.empty() ? nullptr : lexicon::find(r);
    if (!e || !e->is(c)) return nullptr;
    at_ += r.size();
    return e;
  }
  bool take_word(std::string_view w) {
    if (run() != w) return false;
    at_ += w.size();
    return true;
  }
  bool take_char(char c) {
    if (at_ >= lower_.size() || lower_[at_] != c) return false;
    ++at_;
    return true;
  }
  bool gap() {
    const std::size_t start = at_;
    while (std::size_t n = unicode_space_length(lower_, at_)) at_ += n;
    return at_ > start;
  }

  std::optional<word_match> digit_class() {
    // "double-digit": two runs joined by a hyphen make one lexicon row.
    const std::string_view first = run();
    if (first.empty() || at_ + first.size() >= lower_.size() || lower_[at_ + first.size()] != '-')
      return std::nullopt;
    const std::size_t second_at = at_ + first.size() + 1;
    std::size_t end = second_at;
    while (end < lower_.size() && is_ascii_letter(lower_[end])) ++end;
    const lexicon::entry* e = lexicon::find(lower_.substr(at_, end - at_));
    if (!e || !e->is(word_class::digit_class) || end == second_at) return std::nullopt;
    return word_match{word_form::digit_class, static_cast<double>(e->number), end};
  }

  std::optional<word_match> multiple() {
    const lexicon::entry* e = take(word_class::multiple);
    if (!e) return std::nullopt;
    return word_match{word_form::multiple, e->factor, at_};
  }

  // "twenty-five": one cardinal word, or two joined by a hyphen.
  bool cardinal(double& n) {
    const lexicon::entry* e = take(word_class::cardinal);
    if (!e) return false;
    n = e->number;
    const std::size_t before_hyphen = at_;
    if (take_char('-')) {
      if (const lexicon::entry* more = take(word_class::cardinal)) {
        n += more->number;
      } else {
        at_ = before_hyphen;
      }
    }
    return true;
  }

  std::optional<word_match> ratio() {
    double count = 0;
    if (!cardinal(count) || !gap()) return std::nullopt;
    if (take_word("out")) {
      if (!gap() || !take_word("of") || !gap()) return std::nullopt;
      const std::size_t before_every = at_;
      if (!(take_word("every") && gap())) at_ = before_every;
    } else if (!(take_word("in") && gap())) {
      return std::nullopt;
    }
    const lexicon::entry* per = take(word_class::cardinal);
    if (!per) return std::nullopt;
    return word_match{word_form::ratio, count / per->number, at_};
  }

  std::optional<word_match> fraction() {
    double count = 0;
    const std::size_t start = at_;
    if (!cardinal(count)) {
      at_ = start;
      if (!(take_word("a") || take_word("an") || take_word("one"))) {
        // "half" alone is one half.
        at_ = start;
        if (!take_word("half")) return std::nullopt;
        return word_match{word_form::fraction, 0.5, at_};
      }
      count = 1;
    }
    if (!take_char('-') && !gap()) return std::nullopt;
    const lexicon::entry* per = take(word_class::fraction);
    if (!per) return std::nullopt;
    return word_match{word_form::fraction, count / per->number, at_};
  }

  std::string_view lower_;
  std::size_t at_;
};

}  // namespace

std::optional<word_match> match_number_words(const prose& p, std::size_t at, std::size_t limit) {
  if (at >= p.size()) return std::nullopt;
  return reader(p, at, limit).read();
}

}  // namespace crossfoot::extract_detail
