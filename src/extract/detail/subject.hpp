#pragma once
// What a clause says a claim is about: its subject's content words, the flow it belongs to
// (exports, imports, total, balance), and whether it only points back ("it", "they"). Ids
// follow the conventions of rules/trade.rules, so a draft checks without renaming:
// X.exports, X.imports, X.total, X.balance; the country's own flows are trade.*.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

/// The document's own country or place: the proper nouns of its title, the name it most
/// often writes with "'s", and the words any briefing uses for itself ("the country").
class national_words {
 public:
  void add(std::string_view lower);
  bool contains(std::string_view lower) const;
  /// "goods" in a release of goods and services: a word the lexicon reads as naming nothing
  /// (trade in goods is the whole of a customs office's trade) that names a part in this draft.
  void add_part(std::string_view lower) { parts_.emplace_back(lower); }
  bool names_part(std::string_view lower) const {
    return std::find(parts_.begin(), parts_.end(), lower) != parts_.end();
  }

 private:
  std::vector<std::string> names_;
  std::vector<std::string> parts_;
};

/// Words that name nothing a figure could be about (the lexicon's fillers, and words in -ed).
bool filler(const word& w);
/// A word of five letters or more in -ed, read as a past tense or participle ("picked",
/// "exported"), not a thing ("red", "shed").
inline bool ends_in_ed(std::string_view lower_word) {
  return lower_word.size() > 4 && lower_word.ends_with("ed");
}
bool pronoun(const word& w);
/// Words of a time: months, number words, "days", "first" ("over the first twenty days of
/// May"); they name no subject.
bool names_a_time(const word& w);

/// The flow a cue word names ("sold" → exports, "purchases" → imports, "deficit" → balance,
/// "traded" → total), or "". `ws[i]` is read with its neighbours: "export trade" is exports,
/// "import and export" is the total.
std::string flow_at(const std::vector<word>& ws, std::size_t i);
/// The flow nearest the end of `ws`, or "".
std::string last_flow(const std::vector<word>& ws);
/// The first flow in `ws`, or "".
std::string first_flow(const std::vector<word>& ws);
/// The one flow other than the total that `ws` name ("## Debits (imports of goods)", "Imports
/// of goods, main groups by SITC"), or "" (none, or more than one).
std::string only_flow(const std::vector<word>& ws);
/// The flow a table row's label names when it names nothing else ("Exports", "Total imports",
/// "The trade balance"), or "": the rows below it that name no flow are of it.
std::string flow_label(const std::vector<word>& label);

struct subject {
  std::vector<std::string> entity;  // at most two content words: {"equipment", "manufacturing"}
  std::string aspect;               // "price" or "volume" of a flow
  bool points_back = false;         // "it", "they": the subject is in an earlier sentence
  bool proper = false;              // its last word is a name: "the Compact"

  bool names_something() const { return !entity.empty() || !aspect.empty(); }
};

/// The subject a clause names, read like its grammatical subject: the words before its first
/// verb, after their last preposition when those name something ("exports to the Compact",
/// "the export value of the equipment manufacturing industry").
subject subject_of(const std::vector<word>& clause, const national_words& national);

/// Whether the words name an aggregate of the lexicon, by a word or a phrase ("hours worked",
/// "gross value added"): a subject, though each of its words alone may name nothing.
bool names_aggregate(const std::vector<word>& ws);

/// The subject a table row's label names: all its content words, up to four, commas included.
subject subject_of_label(const std::vector<word>& label, const national_words& national);

/// Lower-case words joined by "_": {"equipment", "manufacturing"} → "equipment_manufacturing".
std::string slug(const std::vector<std::string>& parts);

}  // namespace crossfoot::extract_detail
