#include "draft/starting_figures.hpp"

#include <map>

#include "draft/anchor_search.hpp"
#include "draft/anchors.hpp"
#include "draft/draft_figures.hpp"
#include "extract/extract.hpp"
#include "figures/figures.hpp"

namespace crossfoot {
namespace {

using namespace anchor_detail;

bool blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool punctuation(char c) {
  return std::string_view(",.;:!?()[]\"'*_|-").find(c) != std::string_view::npos;
}

struct word_span {
  std::size_t begin = 0, end = 0;
  bool digits = false;
};

// The words of text[begin, end), without the punctuation around them.
std::vector<word_span> words_in(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<word_span> out;
  std::size_t i = begin;
  while (i < end) {
    while (i < end && blank(text[i])) ++i;
    std::size_t j = i;
    while (j < end && !blank(text[j])) ++j;
    word_span w{i, j, false};
    while (w.begin < w.end && punctuation(text[w.begin])) ++w.begin;
    while (w.end > w.begin && punctuation(text[w.end - 1])) --w.end;
    for (std::size_t k = w.begin; k < w.end; ++k)
      w.digits = w.digits || (text[k] >= '0' && text[k] <= '9');
    if (w.end > w.begin) out.push_back(w);
    i = j;
  }
  return out;
}

class anchor_finder {
 public:
  explicit anchor_finder(const draft_extract& d) : d_(d), folded_(fold(d.draft->text())) {}

  // Words of the claim's sentence before it that occur once in the draft, nearest the claim
  // first, then shortest; words without digits first (a number the editor changes would break
  // the anchor). `pick` skips the quantities of the claim's kind between them and the claim.
  std::optional<claim_anchor> find(const draft_claim& c) {
    const std::string_view text = d_.draft->text();
    const auto words = words_in(text, c.sentence_begin, c.begin);
    constexpr std::size_t longest = 6, tries = 24, shortest = 12;
    std::size_t tried = 0;
    for (bool digits : {false, true}) {
      for (std::size_t last = words.size(); last > 0; --last) {
        for (std::size_t n = 1; n <= longest && n <= last; ++n) {
          const std::size_t first = last - n;
          bool has_digits = false;
          for (std::size_t k = first; k < last; ++k) has_digits = has_digits || words[k].digits;
          if (has_digits != digits) continue;
          const std::string phrase(
              text.substr(words[first].begin, words[last - 1].end - words[first].begin));
          // A short phrase is too easily found elsewhere once the draft grows; one that starts
          // the sentence is as long as it can be.
          if (phrase.size() < shortest && first > 0) continue;
          if (++tried > tries) return std::nullopt;
          const auto found = find_phrase(folded_, fold_phrase(phrase));
          if (found.size() == 1) return claim_anchor{phrase, pick_of(c, found[0].end)};
        }
      }
    }
    return std::nullopt;
  }

 private:
  int pick_of(const draft_claim& c, std::size_t anchor_end) const {
    int pick = 1;
    for (const draft_claim& q : d_.claims) {
      if (&q == &c || q.sentence_begin >= anchor_end || anchor_end > q.sentence_end) continue;
      if (q.begin >= anchor_end && q.begin < c.begin && anchor_accepts(c.id, q.kind)) ++pick;
    }
    return pick;
  }

  const draft_extract& d_;
  folded_text folded_;
};

// Loads the file and binds its anchors: the claims (by index) whose anchor did not bind to
// the claim it was written for. A claim's note names its place in the draft ("level at
// draft.docx:¶3:35; written €95.1 billion"), which tells which claim a table was written for.
std::vector<std::size_t> misbound(const draft_extract& d, const starting_options& o,
                                  const figures_toml_options& options) {
  std::vector<std::size_t> wrong;
  diagnostics ds;
  auto set = load_figures_text(o.figures_path, to_figures_toml(d, o.source, options), ds);
  if (set) bind_anchors(*set, d, ds);
  std::map<std::string, std::size_t> bound_at;  // note -> where the anchor's number is
  if (set) {
    for (const auto& f : set->figures) {
      for (const auto& c : f.claims) {
        if (c.anchor && c.anchor->bound && c.in_text) bound_at[c.note] = c.in_text->begin;
      }
    }
  }
  for (std::size_t i = 0; i < options.anchors.size(); ++i) {
    if (!options.anchors[i]) continue;
    const draft_claim& c = d.claims[i];
    const std::string at =
        ":" + d.draft->place(c.begin, c.from) + "; written " + std::string(c.written);
    bool ok = false;
    for (const auto& [note, begin] : bound_at) {
      ok = ok || (begin == c.begin && note.ends_with(at));
    }
    if (!ok) wrong.push_back(i);
  }
  return wrong;
}

}  // namespace

std::optional<starting_figures> starting_figures_for(const std::string& draft_path,
                                                     const starting_options& o,
                                                     diagnostics& diags) {
  auto d = extract_draft(draft_path, diags);
  if (!d) return std::nullopt;
  separate_unrelated_claims(*d);
  anchor_finder finder(*d);
  figures_toml_options options{o.preamble, o.rules, {}};
  for (const draft_claim& c : d->claims) options.anchors.push_back(finder.find(c));
  // What does not bind back to its own claim keeps its value; two rounds settle it (an anchor
  // never depends on another claim's being anchored).
  for (int round = 0; round < 2; ++round) {
    const auto wrong = misbound(*d, o, options);
    if (wrong.empty()) break;
    for (std::size_t i : wrong) options.anchors[i].reset();
  }
  starting_figures out;
  out.toml = to_figures_toml(*d, o.source, options);
  for (const auto& a : options.anchors) (a ? out.anchored : out.valued)++;
  return out;
}

}  // namespace crossfoot
