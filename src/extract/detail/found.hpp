#pragma once
// A claim while it is being read: offsets in the folded text (detail/text.hpp), before its
// subject and id are known.
#include <optional>
#include <string>

#include "extract/detail/grammar.hpp"
#include "extract/detail/text.hpp"
#include "extract/extract.hpp"

namespace crossfoot::extract_detail {

enum class found_form { digits, cardinal, percent_words, rank };

struct found {
  std::size_t begin = 0, end = 0;  // the claim, qualifier words included
  std::size_t number_begin = 0;    // the number (or currency sign) itself
  found_form form = found_form::digits;
  quantity q;
  std::optional<double> upper;
  claim_kind kind = claim_kind::other;
  std::string noun;            // the counted thing as written ("standard containers"), or ""
  bool noun_borrowed = false;  // the thing was read from a nearby claim or the subject
  bool named_by_noun = false;  // its id is only the thing counted: "standard_containers"
  bool decreases = false;      // a direction word says it went down
  std::string denominator;
  std::size_t sentence_begin = 0, sentence_end = 0;
  std::size_t lead_begin = 0;  // the text introducing it: since the previous claim or sentence
  // The suggested id's parts: family ("machinery", or "" for the country's own), flow
  // ("exports"), aspect ("price"), suffix for the kind ("share", "share.change"), and whether
  // it is the previous period's figure ("from RMB 5.1 trillion in 2023").
  std::string family, flow, aspect, suffix;
  bool prev = false;
  std::string id;
  std::string subject;
};

/// Every candidate quantity of a block, in order, with the words that are not claims (years,
/// dates, ordinals, names) already left out. `currency` resolves "¥": "RMB" or "JPY".
std::vector<found> scan_block(const folded_text& t, const block& b, const std::string& currency);

/// Qualifier, kind, sign, unit and denominator of each claim of one block.
void classify_block(const folded_text& t, const block& b, std::vector<found>& claims);

/// The counted thing's unit name: "standard containers" → "TEU", "tons" → "tonne",
/// "approved exporters" → "exporter", "consecutive years" → "consecutive year".
std::string counted_unit_name(const std::string& noun);

}  // namespace crossfoot::extract_detail
