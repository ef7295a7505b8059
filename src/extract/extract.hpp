#pragma once
// Drafts: every numeric claim of a plain-text or Markdown draft, read the way a statistics
// editor reads it: value and unit, kind, sign from direction words, qualifier, the span it
// was read from and a suggested figure id. Errors are diagnostics (codes CF5xxx); nothing is
// thrown out of this stage.
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot {

enum class claim_kind { level, growth, share, pp, count, rank, other };

const char* to_string(claim_kind k);

// A claim's texts (written, denominator, sentence) are views into the draft, which the
// draft_extract holding the claim owns: a claim costs the same whatever its sentence's length.
struct draft_claim {
  std::string_view written;  // the claim as written, qualifier included: "more than RMB 5 trillion"
  // The number as written and signed by direction words ("dropped by 3.1%" is -3.1), its
  // qualifier, and its unit: a currency with its scale, %, pp, or a counted thing
  // ("vehicle", "TEU", "tonne") as the unit's dimension. Shares and rates written in words
  // ("two-thirds", "doubled") are percentages.
  quantity q;
  std::optional<double> upper;  // the upper end of a range ("1-2 days"); q.number is the lower
  claim_kind kind = claim_kind::other;
  std::string_view denominator;  // what a share is of, when the text says: "China's total imports"
  std::string subject;           // the words the claim is about: "equipment manufacturing exports"
  std::string id;                // suggested figure id: "equipment_manufacturing.exports.growth"
  // The period the id names, as its segment ("2018-09", "2019-01/2019-09"), "prev", or ""
  // for the draft's own; and whether the words (or the table) said so, rather than the
  // period being assumed. Two claims are one figure only when both periods were said alike.
  std::string period;
  bool period_stated = false;
  // In a draft whose own period is not known (no period segment says it), the period the words
  // name ("2031-Q1", or "first_quarter" where they name one the reader cannot place), or "".
  // Two claims whose words name different periods are never one figure.
  std::string said_period;
  // The claim is in the draft's title, which names the draft's own period: its period is
  // alike with one said and with one left to the draft.
  bool in_title = false;
  // A rate whose own words right after it say its span ("fell by 0.6% on the year").
  bool span_after = false;
  // In a table: the row's label and the column's header as written (views into the draft),
  // and the periods they name as core periods write them ("2019-09"), or empty.
  std::string_view row, column;
  std::string row_period, column_period;
  // The draft's own period when the table says it only in its caption, or empty.
  std::string caption_period;
  // The id names a thing of the claim's own ("8,350 trading enterprises"), not one borrowed
  // from a nearby claim or the sentence's subject ("of which 1,120 were new").
  bool own_subject = false;
  // A count of a population (noun_stock: persons, jobs) whose unit was read from its subject or
  // its row's label: one figure with a table cell of its id (draft_figures' same_figure).
  bool stock_count = false;
  // A share named only by where it was measured ("46.6% in urban areas"): not of a thing of its
  // own in prose, where two such may be of different wholes, but one figure with a table cell
  // of its id, whose row names the part and whose column what it is a share of.
  bool named_by_place = false;
  // The series its words say it is of ("trend", "seasonally_adjusted"), or "": a claim said to
  // be of a series is one figure only with claims said to be of the same.
  std::string series;
  std::size_t begin = 0, end = 0;  // byte offsets of the claim in the draft
  line_col from, to;               // the same as line:col (to is one past the last character)
  // The sentence, or a window of it around the claim when it is very long (a text without
  // full stops): cut when it is shorter than [sentence_begin, sentence_end).
  std::string_view sentence;
  std::size_t sentence_begin = 0, sentence_end = 0;  // byte offsets of the whole sentence
};

struct draft_extract {
  source_ptr draft;
  std::vector<draft_claim> claims;  // in text order
  // The draft's own period, its title's ("September 2019" is "2019-09"), or empty. Claims of
  // that period carry no period segment; written as [document] period, it makes them one
  // series with the claims that carry one (`ea19.exports` and `ea19.2018-09.exports`), so the
  // catalogue's growth rules bind them.
  std::string period;
};

/// The claim's value in base units (RMB 1.2 trillion → 1.2e12) for levels and counts, and as
/// written for % and pp (56.6% → 56.6), as statistics editors compare them.
double editor_value(const draft_claim& c);
/// The unit an editor writes beside it: "RMB", "%", "pp", or the counted thing.
std::string editor_unit(const draft_claim& c);
/// The period a table header, row label or prose phrase writes ("Sep 19", "Jan-Sep 2019",
/// "2023Q4", "Dec. 2023"), as core periods write it ("2019-09", "2019-01/2019-09"); "" when
/// it names none.
std::string period_written(std::string_view text);

/// A row label or column header as anchors and ids compare it: lower case, blanks folded,
/// without the dashes and bullets of sub-rows ("– energy") or a trailing footnote star.
std::string cell_key(std::string_view label);

/// The claim's sentence as shown to a reader: "..." where the window cuts it.
std::string shown_sentence(const draft_claim& c, const draft_extract& d);
std::string shown_sentence(const draft_claim& c, const source_file& draft);

/// Reads a draft file: text or Markdown, or a .docx or HTML page read into text with places
/// (src/document). nullopt, with an error in `diags`, when it cannot be read or is not UTF-8
/// text (a NUL byte, an invalid sequence); any text gives a result.
std::optional<draft_extract> extract_draft(const std::string& path, diagnostics& diags);
/// The same for a draft already read (its places kept: claims are then shown at "¶12:34").
std::optional<draft_extract> extract_draft_source(source_ptr draft, diagnostics& diags);
/// The same for text already in memory; `name` names it in diagnostics.
std::optional<draft_extract> extract_draft_text(const std::string& name, std::string text,
                                                diagnostics& diags);
/// Whether the draft is UTF-8 text that extracting can read (no NUL byte, no invalid sequence):
/// else false, with the error in `diags`. Every extract_draft function checks it first.
bool check_draft_text(const source_ptr& draft, diagnostics& diags);
/// The same, handing each claim to `each` as it is finished (in text order, a block at a time)
/// instead of keeping it: the result's `claims` is empty, and what the caller keeps of a claim
/// is all the claims cost (`crossfoot extract` keeps 32 bytes of each, figures_toml_writer).
std::optional<draft_extract> extract_draft_each(source_ptr draft, diagnostics& diags,
                                                const std::function<void(draft_claim&&)>& each);

/// A figures file (see docs/language.md) holding every claim under its suggested id; ids that
/// collide become arrays of tables. `source` is written as [document] source.
std::string to_figures_toml(const draft_extract& d, const std::string& source);
/// Where a claim's number is read from the draft in an anchored figures file (`crossfoot
/// init`): the words it follows, and which quantity of its kind after them it is.
struct claim_anchor {
  std::string text;
  int pick = 1;
};

struct figures_toml_options {
  std::string preamble;                              // comment lines written first
  std::vector<std::string> rules;                    // [document] rules, when any
  std::vector<std::optional<claim_anchor>> anchors;  // by claim: an anchor in place of a value
};

/// The same, anchored where `o.anchors` says and with [document] rules.
std::string to_figures_toml(const draft_extract& d, const std::string& source,
                            const figures_toml_options& o);
/// The figures file of to_figures_toml, from claims handed over one at a time (as
/// extract_draft_each reads them): it keeps of each claim only what the file shows (its value,
/// place, kind and pooled id: 32 bytes, see docs/limits.md) and writes the file a table at a
/// time, so that neither the claims nor the file are held whole. The output is the same.
class figures_toml_writer {
 public:
  explicit figures_toml_writer(source_ptr draft);
  ~figures_toml_writer();
  figures_toml_writer(const figures_toml_writer&) = delete;
  figures_toml_writer& operator=(const figures_toml_writer&) = delete;

  /// A claim of the draft, in text order: the n-th added is claim n of figures_toml_options.
  void add(const draft_claim& c);
  /// Writes the file: `period` is the draft's own (draft_extract::period).
  void write(std::ostream& out, const std::string& source, const std::string& period) const;
  void write(std::ostream& out, const std::string& source, const std::string& period,
             const figures_toml_options& o) const;
  /// The same into a string.
  std::string text(const std::string& source, const std::string& period,
                   const figures_toml_options& o) const;

 private:
  struct state;
  std::unique_ptr<state> s_;
};

/// Every claim with all its fields, for tools.
std::string to_json(const draft_extract& d);
/// The same written claim by claim as they are read (extract_draft_each), a block of text at a
/// time: nothing of a claim is kept once it is written.
class claims_json_writer {
 public:
  claims_json_writer(std::ostream& out, source_ptr draft);
  claims_json_writer(const claims_json_writer&) = delete;
  claims_json_writer& operator=(const claims_json_writer&) = delete;
  /// The next claim, in text order.
  void add(const draft_claim& c);
  /// Closes the list and writes the draft's name.
  void finish();

 private:
  void flush();
  std::ostream& out_;
  source_ptr draft_;
  std::string buffer_;
  bool first_ = true;
};

}  // namespace crossfoot
