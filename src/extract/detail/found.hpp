#pragma once
// A claim while it is being read: offsets in the folded text (detail/text.hpp), before its
// subject and id are known. Claims are read a block at a time (a paragraph, a table row, or a
// bounded stretch of a very long line), so these live only while their block is read.
#include <optional>
#include <string>

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
  bool weight = false;          // a weight in a table's weight column (id X.weight)
  std::string role;             // a cell of a column of estimates: "previous_estimate", "revision"
  bool kind_fixed = false;      // a table's column or section says what it is
  std::string noun;             // the counted thing as written ("standard containers"), or ""
  bool noun_borrowed = false;   // the thing was read from a nearby claim or the subject
  bool named_by_noun = false;   // its id is only the thing counted: "standard_containers"
  bool object_named = false;    // a report verb's object names it: "puts the number of ... at"
  bool decreases = false;       // a direction word says it went down
  bool change = false;          // a change of a level: "increased $3.9 billion"
  bool after_name = false;      // in brackets after a name in a list: "adult men (6.0 percent)"
  bool previous_value = false;  // the earlier value of the rate before it: "from 5.1% in July"
  // A rate alone in brackets right after a rate ("Employment rate: 61.4% (61.2%)") or a level
  // ("12.400 persons (5,1%)"): another period's, another series' or a group's rate, or the
  // level's ratio to a whole, which its words do not say; never the rate again.
  bool bare_bracket = false;
  // Named only by "in" and a name after it ("46.6% in urban areas", "5.5% in construction"):
  // the words say where it was measured, not of what (a share of the labour force, a rate of
  // participation), so it names no thing of its own.
  bool named_by_place = false;
  // Its words call it a share of something ("the share of services in all employment rose to
  // 48.4 percent": a share noun and "of"): a part of a whole, never a labour market ratio.
  bool share_named = false;
  // "7.1, 3.4 and 2.9 percent respectively below": the end of the list it is in, whose unit and
  // closing words are its own (0: in none).
  std::size_t list_end = 0;
  std::size_t unit_like_begin = 0, unit_like_end = 0;      // "pc" in "5.2 pc" (CF5006)
  std::size_t denominator_begin = 0, denominator_end = 0;  // "of China's total import value"
  std::size_t sentence_begin = 0, sentence_end = 0;
  std::size_t lead_begin = 0;  // the text introducing it: since the previous claim or sentence
  // A rate whose words name a row of a table of rates ("energy ... at 9.5%" above the row "|
  // Energy | ... |"), or an amount whose words name a row of a table of levels ("Net exports of
  // goods under merchanting came to $34m"): that table, and the row's label (folded offsets).
  // Whether the row, not the claim's own words, says what it is ("at 9.5%" has no word of its
  // own for a rate; "rose 1.6%" has): only then is it read as the row's.
  const struct table_model* rate_row_table = nullptr;
  std::size_t rate_row_begin = 0, rate_row_end = 0;
  const struct table_row* named_row = nullptr;  // ... that row, for an amount (its flow)
  // ... a column of the group of columns its sentence names ("Among the sections of the
  // Composite CPI, ..." above "| Section | Composite CPI | | CPI(A) | |"), if any.
  const struct table_column* rate_row_group = nullptr;
  bool rate_from_row = false;
  // ... a rate with a direction word of its own that names such a row ("M3-M2 shrank by 2.9%"):
  // of the row's span only where its paragraph has said so (namer::annual_by_words).
  bool rate_row_worded = false;
  // The suggested id's parts: family ("machinery", or "" for the country's own), flow
  // ("exports"), aspect ("price"), suffix for the kind ("share", "share.change"), and whether
  // it is the previous period's figure ("from RMB 5.1 trillion in 2023").
  std::string family, flow, aspect, suffix;
  bool prev = false;
  // A rate whose own words right after it say its span ("fell by 0.6% on the year").
  bool span_after = false;
  bool period_stated = false;  // the words (or the table) say which period it is of
  std::string period;          // a table column's period, in the figures' id syntax: "2019-09"
  // In a draft whose own period the reader does not know, the period its words name ("2031-Q1",
  // or "first_quarter" for words it cannot place), which no id segment says (draft_claim).
  std::string said_period;
  std::string section;  // a repeated row label's section row ("credits"), when not a flow
  // The series it is of ("seasonally_adjusted", "trend"), in a draft that names more than one.
  std::string series;
  // The series its words say it is of, in any draft ("The trend of the employment rate ...
  // stood at 69.4 per cent": "trend"), or "".
  std::string series_said;
  // How its flow is valued ("cif"), in a draft that names two valuations, when it is the one
  // the draft names less: "(ISK 49,800 million cif)" beside imports fob is trade.imports_cif.
  std::string valuation;
  // The valuation its own words or row say, whether kept apart or the draft's own ("fob"), or "".
  std::string valuation_said;
  // How a level of an aggregate is valued, when its words or its column say so (lexicon
  // price_basis: "at current prices" is current_prices), a segment of its id.
  std::string basis;
  // In a table: the label and header cells (folded offsets) and the periods they name.
  std::size_t row_begin = 0, row_end = 0, column_begin = 0, column_end = 0;
  std::string row_period, column_period;
  // The draft's own period, when the cell's table says it only in its caption ("| Foreign
  // trade, February 2023 | EUR bn |" in a February 2023 release), as core periods write it.
  std::string caption_period;
  std::string id;
  std::string subject;

  bool has_denominator() const { return denominator_end > denominator_begin; }
};

/// Every candidate quantity of a block, in order, with the words that are not claims (years,
/// dates, ordinals, names, footnote markers, chart labels) already left out. `reuse`: the
/// vector of the block before, emptied and filled again, so that a draft of many blocks does
/// not allocate its claims afresh for each.
struct table_model;
std::vector<found> scan_block(const folded_text& t, const std::vector<table_model>& tables,
                              const block& b, std::vector<found> reuse = {});

/// Qualifier, kind, sign, unit and denominator of each claim of one block; a table's cells
/// take their unit and kind from the table, and a rate in prose that names a row of a table of
/// rates is one of that row's rates.
class row_index;
void classify_block(const folded_text& t, const std::vector<table_model>& tables,
                    const row_index& rows, const block& b, std::vector<found>& claims);

/// Whether a draft's words count jobs ("jobs", "payrolls": a counted noun or a counting subject
/// of jobs that is no person_measure); in a draft that counts none, "employment" counts people.
bool draft_counts_jobs(std::string_view lower);

/// A number in brackets right after a word or number: a footnote marker ("exports(1)").
bool footnote_marker(const prose& p, const block& b, std::size_t begin, std::size_t end);

/// The counted thing's unit name: "standard containers" → "TEU", "tons" → "tonne",
/// "approved exporters" → "exporter", "consecutive years" → "consecutive year".
std::string counted_unit_name(const std::string& noun);

}  // namespace crossfoot::extract_detail
