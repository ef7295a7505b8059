#pragma once
// Suggested ids for the claims of a draft, block by block, with what the document has said so
// far: its own country's names and the families it has named.
#include <string>
#include <unordered_map>

#include "extract/detail/found.hpp"
#include "extract/detail/subject.hpp"

namespace crossfoot::extract_detail {

struct naming_context {
  national_words national;
  int period = 0;  // the latest year of the title: the draft's own period
  // The first family named with each last word: "the Compact" is the "Northern Compact".
  std::unordered_map<std::string, std::string> by_last_word;
};

/// The title's proper nouns and the name written most often with "'s" are the country's own.
naming_context naming_context_for(const folded_text& t);

/// Subjects and suggested ids of each claim of one block, "respectively" lists distributed.
void name_block(const folded_text& t, const block& b, std::vector<found>& claims,
                naming_context& context);

}  // namespace crossfoot::extract_detail
