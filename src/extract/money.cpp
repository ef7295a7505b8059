// Reading "$" and "¥" by what the draft names (detail/money.hpp).
#include "extract/detail/money.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "core/text.hpp"
#include "extract/detail/words.hpp"
#include "quantity/lexicon.hpp"

namespace crossfoot::extract_detail {

namespace {

using lexicon::word_class;

// The signs some currency names itself behind ("$", "¥", the rupee's "Rs"), each with its
// default currency: the lexicon's own entry for the sign, the entry whose text other entries
// name with `sign_of`.
std::vector<const lexicon::entry*> ambiguous_signs() {
  std::vector<const lexicon::entry*> out;
  for (const lexicon::entry* e : lexicon::of_class(word_class::currency)) {
    for (const lexicon::entry* named : lexicon::of_class(word_class::sign_of)) {
      if (named->sign_of == e->text) {
        out.push_back(e);
        break;
      }
    }
  }
  return out;
}

// The entry a word names a currency by, with the one or two words before it ("new zealand
// dollars", "canadian dollars") or the sign glued after it ("C$"): the longest that the
// lexicon knows with `sign_of`.
const lexicon::entry* currency_named(const prose& p, const word& w, std::string_view prev,
                                     std::string_view prev2) {
  auto named = [](const std::string& text) -> const lexicon::entry* {
    const lexicon::entry* e = lexicon::find(text);
    return e && e->is(word_class::sign_of) ? e : nullptr;
  };
  // Every such name ends in a currency word or a glued "$": other words cost one look-up.
  const bool glued = w.end < p.size() && p.text[w.end] == '$';
  const lexicon::entry* alone = lexicon::find(w.lower);
  if (!glued && !(alone && alone->is(word_class::currency))) return nullptr;
  std::string one(w.lower);
  if (glued) {
    if (auto e = named(one + "$")) return e;
  }
  if (!prev2.empty()) {
    if (auto e = named(std::string(prev2) + " " + std::string(prev) + " " + one)) return e;
  }
  if (!prev.empty()) {
    if (auto e = named(std::string(prev) + " " + one)) return e;
  }
  return named(one);
}

// The last words of the publishers the lexicon knows ("nz" of "stats nz"): only after one of
// them is the phrase before it looked up, so a long draft costs no more look-ups.
bool ends_a_publisher(std::string_view lower) {
  static const std::vector<std::string_view> last = [] {
    std::vector<std::string_view> out;
    for (const lexicon::entry* e : lexicon::of_class(word_class::publisher))
      out.push_back(head_word(e->text));
    return out;
  }();
  return std::find(last.begin(), last.end(), lower) != last.end();
}

// The publisher a phrase ending at this word names ("Statistics New Zealand"), of one to
// five words: the longest the lexicon knows.
const lexicon::entry* publisher_named(const std::array<std::string_view, 5>& recent) {
  // "Stats NZ's release": the possessive names the agency too.
  std::string_view last = recent[0];
  if (last.ends_with("'s")) last.remove_suffix(2);
  if (!ends_a_publisher(last)) return nullptr;
  std::string phrase(last);
  const lexicon::entry* found = nullptr;
  for (std::size_t n = 0; n < recent.size() && !recent[n].empty(); ++n) {
    if (n > 0) phrase = std::string(recent[n]) + " " + phrase;
    if (const lexicon::entry* e = lexicon::find(phrase); e && e->is(word_class::publisher))
      found = e;
  }
  return found;
}

}  // namespace

document_money document_money::of(const prose& p) {
  std::map<std::pair<std::string_view, std::string_view>, std::size_t> named;  // sign, code
  // "US$2,460m" in a release of Australian dollars sets one amount apart from the draft's "$":
  // a sign that names the default currency itself ("US$", "US¥" has none) does not count for it.
  std::map<std::string_view, std::string_view> default_of;
  for (const lexicon::entry* sign : ambiguous_signs()) default_of[sign->text] = sign->currency;
  auto sets_apart = [&](const lexicon::entry* e) {
    const auto d = default_of.find(e->sign_of);
    return d != default_of.end() && d->second == e->currency &&
           e->text.find(e->sign_of) != std::string_view::npos;
  };
  // The word and the four before it, newest first.
  std::array<std::string_view, 5> recent{};
  // A publisher counts once, and only where a release names its author: the title, the
  // by-line and the opening. Further on it is a source cited ("data from Statistics Canada"
  // in a US release), which says nothing of the draft's own "$".
  constexpr std::size_t publisher_opening = 150;
  std::size_t words_read = 0;
  std::set<const lexicon::entry*> publishers;
  // One word at a time: a vector of every word of a 10 MB draft is hundreds of megabytes.
  for_each_word(p, 0, p.size(), [&](const word& w) {
    if (!w.letters()) {
      recent.fill({});
      return;
    }
    std::copy_backward(recent.begin(), recent.end() - 1, recent.end());
    recent[0] = w.lower;
    if (const lexicon::entry* e = currency_named(p, w, recent[1], recent[2]); e && !sets_apart(e))
      ++named[{e->sign_of, e->currency}];
    // The agency that wrote the draft: "$" in a Statistics Canada release is the Canadian
    // dollar though it never names it.
    if (++words_read > publisher_opening) return;
    if (const lexicon::entry* e = publisher_named(recent); e && publishers.insert(e).second)
      ++named[{e->sign_of, e->currency}];
  });
  document_money out;
  for (const lexicon::entry* sign : ambiguous_signs()) {
    sign_reading r{sign->text, sign->currency, std::string(sign->currency)};
    std::size_t most = 0;
    for (const auto& [key, count] : named) {
      if (key.first != sign->text) continue;
      // Ties keep the default: the draft must name another currency more to change the sign.
      if (count > most || (count == most && key.second == sign->currency)) {
        most = count;
        r.code = std::string(key.second);
      }
    }
    out.signs_.push_back(std::move(r));
  }
  return out;
}

unit document_money::read(const unit& u, std::string_view written) const {
  if (u.style != unit_style::level || u.dim.dimensionless()) return u;
  const std::string code = u.dim.to_string();
  for (const sign_reading& r : signs_) {
    if (code != r.default_code || r.code == code) continue;
    // "US$5 billion", "5 billion yen": the claim says which currency it is.
    const std::string lower = ascii_lower(written);
    for (const lexicon::entry* e : lexicon::of_class(word_class::sign_of)) {
      if (e->sign_of == r.sign && e->currency == code && lower.find(e->text) != std::string::npos)
        return u;
    }
    return unit::level(r.code, u.scale_exp, u.scale_word);
  }
  return u;
}

}  // namespace crossfoot::extract_detail
