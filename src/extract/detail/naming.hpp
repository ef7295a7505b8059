#pragma once
// Suggested ids for the claims of a draft, block by block, with what the document has said so
// far: its own country's names, its own period, the families it has named and its tables.
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "core/period.hpp"
#include "extract/detail/found.hpp"
#include "extract/detail/subject.hpp"
#include "extract/detail/table.hpp"

namespace crossfoot::extract_detail {

struct naming_context {
  national_words national;
  int year = 0;               // the latest year of the title
  std::optional<period> own;  // the draft's own period: the title's ("September 2019")
  const std::vector<table_model>* tables = nullptr;
  // The first family named with each last word: "the Compact" is the "Northern Compact".
  std::unordered_map<std::string, std::string> by_last_word;
  // The one flow the latest Markdown heading names ("## Debits (imports of goods and
  // services)"), or "": what a claim under it without a flow of its own is of.
  std::string heading_flow;
  // ... and whether it says its rates are on a year earlier ("## The major components over 12
  // months", "## Annual rates").
  bool heading_annual = false;
  // ... and whether the line introducing the list being read does: "To the 12-month change,
  // upward:" above "- gasoline (+25.6%)".
  bool list_annual = false;
  // ... and whether a sentence of the draft before it that holds no figure has said the draft's
  // rates are on a year earlier ("Values in US dollars; changes on the same month of 2019.").
  bool draft_annual = false;
  // "### Food and non-alcoholic beverages group (+1.9%)": the thing the heading names, as a
  // table row's label would ("food_non_alcoholic_beverages"), and its last word ("group"), by
  // which "the group" in its paragraphs refers back to it.
  std::vector<std::string> heading_entity;
  std::string heading_head;
  // The series a draft names as exceptions to its own (lexicon class `series`): those a table
  // row or column is labelled with ("| All groups CPI, seasonally adjusted |" beside "| All
  // groups CPI |"), else, when it names more than one, all but the one it names most (the
  // trend beside a release's seasonally adjusted figures). Claims said to be of one keep it in
  // their ids.
  std::set<std::string> series_apart;
  // The series the draft names most, when it names it twice or more ("Seasonally adjusted, ...",
  // "the seasonally adjusted rate"): the release's own, which a claim not said to be of any
  // series is of too. A series named less is said of its claims alone ("The trend of the
  // employment rate ... stood at 69.4 per cent").
  std::string main_series;
  // The valuations (lexicon class `valuation`: "fob", "cif") a draft names beside the one it
  // names most ("imports fob ... (ISK 49,800 million cif)"): claims said to be of one are
  // another measure of their flow, kept apart (`trade.imports_cif`). Empty when the draft names
  // one valuation or none; every valuation named when two are named equally often.
  std::set<std::string> valuations_apart;
  // The first headline price index (lexicon `headline_index`: cpi, hicp, ppi) a claim of the
  // draft is named after: what "the index" alone names ("In January the index had been 116.0").
  std::string headline_index;
  // The headline price index a claim was last named after, the block it was named in, and
  // whether the draft has named more than one: "the index" alone is the last one named, if it
  // is the only one or was named in the same paragraph ("The producer price index rose 0.8% to
  // 106.0. In February the index had been 105.2" after a paragraph on the CPI is ppi.prev).
  std::string last_headline_index;
  const struct block* last_headline_block = nullptr;
  bool headline_indices_differ = false;
};

/// The title's proper nouns and the name written most often with "'s" are the country's own;
/// the title's period is the draft's. The draft's tables (when given) say which series their
/// columns keep apart.
naming_context naming_context_for(const folded_text& t,
                                  const std::vector<table_model>* tables = nullptr);

/// Subjects and suggested ids of each claim of one block, "respectively" lists distributed.
void name_block(const folded_text& t, const block& b, std::vector<found>& claims,
                naming_context& context);

/// How a claim of period `p` is named in a draft whose own period is `own`: "" for the own
/// period, "prev" for the one before it, else the period's id segment ("2018-09",
/// "2019-01/2019-09").
std::string period_segment(const period& p, const std::optional<period>& own);

}  // namespace crossfoot::extract_detail
