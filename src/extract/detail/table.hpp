#pragma once
// Tables: pipe (Markdown), tab-separated and whitespace-aligned. A table is read once, when the
// draft is folded: its caption, unit rows, column headers (with the period, kind, flow and unit
// each names) and the rows that hold data. A number in a data row is then about the row's
// label, in the column's period, and takes the column's (or the table's) unit and kind:
// "| Extra-EA19 exports | 186.5 |" under "Sep 18" in a table whose unit row says "bn €" is
// EUR 186.5 billion of September 2018.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/period.hpp"
#include "extract/detail/words.hpp"
#include "num/unit.hpp"

namespace crossfoot::extract_detail {

/// What a column's numbers are, by its header: levels, growth rates ("Growth", "% change"),
/// changes in percentage points ("Change (pp)", "Contributions"), shares ("Share", "% of
/// total", a weight).
enum class column_kind { value, growth, points, share };

struct table_column {
  std::size_t begin = 0, end = 0;  // the header cell, folded offsets (empty for no header)
  std::size_t from = 0, to = 0;    // its display columns in its line (aligned tables)
  std::string header;              // the header's text, blanks folded: "Jan-Sep 19"
  std::optional<period> when;      // the period it names: 2019-01/2019-09
  column_kind kind = column_kind::value;
  std::optional<unit> unit_of;  // "(€ bn)", "%", "‰"
  // "Change in Jul 2015" over a unit row's "$m": the change of a level, not a rate.
  bool change = false;
  // "Change", "Increase": a growth word that names no rate ("%", "rate", "growth"), which the
  // table's unit decides: a change of a level in a table of dollars.
  bool neutral_change = false;
  std::string flow;     // "exports", "imports", "total", "balance", or ""
  bool weight = false;  // a column of weights: its cells are X.weight
  bool index = false;   // a column of index levels: "Index (2010=100)", "Indexes, 2002=100"
  bool annual = false;  // its header says its rates are on a year earlier: "Annual change"
  std::string role;     // a column of estimates: "previous_estimate", "revision" (the id's suffix)
  // The series its header, or a header over it, names (lexicon class `series`:
  // "seasonally_adjusted", "original"), or "". A column headed as one beside it under a
  // series' header, with none over it, is of the original series (table.cpp,
  // series_of_siblings).
  std::string series;
  // How its levels are valued, kept in their ids (lexicon price_basis: "At current prices, EUR
  // million" is current_prices), here or in a header over it; "" for volumes, the convention.
  std::string basis;
  // A rate column without a period of its own ("Growth" after "Sep 18 | Sep 19") is the
  // change to the period of the column before it, from the period of the one before that.
  std::optional<period> rate_of, rate_base;
  // "Change on August 2018": the period its header names after a base word (lexicon
  // base_lead), which the changes of a change or points column compare with.
  std::optional<period> named_base;
  // "Mar Qtr 2019 to Mar Qtr 2020", "October 2024 - November 2024": a header that names both
  // (used when the column holds rates).
  std::optional<std::pair<period, period>> from_to;
  // "NOK Billion - so far this year" (a lexicon year_to_date phrase), here or in a header above:
  // its months are the year to them ("November 2024" below it is January to November 2024).
  bool year_to_date = false;
  // "| | Total | | | EU | | |" above "| | 2021 | 2022 | 2023 | 2021 | ... |": the header that
  // spans this column from the row above, when it names a group of period columns (a partner,
  // a region), not a period, unit or kind. Folded offsets; empty for none.
  std::size_t group_begin = 0, group_end = 0;
  bool group_total = false;  // ... and that group is the whole: "Total"
  // ... whose letters in brackets name it apart from a group that reads alike without them:
  // "a" of "CPI(A)" beside "CPI(B)" (a row label's footnote mark would be dropped).
  std::string group_mark;
};

/// A data row: the period its leading cells name ("| 2012 | Mar |", the year carried down
/// from the row above when only the month is written), and the kind a section row above it
/// gives its numbers ("| Contributions: | |" makes the rows below it points).
struct table_row {
  std::optional<period> when;
  column_kind section = column_kind::value;
  // "| of which euro area | 52.2 |" below "| Exports to EU countries | 73.9 |": a row marked as
  // a part (the lexicon's sub-row marks) is a part of the nearest unmarked row above it, whose
  // label these folded offsets hold (empty for none).
  std::size_t parent_begin = 0, parent_end = 0;
  std::size_t label_begin = 0, label_end = 0;  // the row's label, folded offsets (empty: none)
  // The label of the section row above it ("| CREDITS | | |"), folded offsets (empty: none).
  // A flow it names is the flow of rows whose labels name none. "| Total goods | ... |" both
  // below "| CREDITS |" and below "| DEBITS |" is told apart by it (`apart`).
  std::size_t section_begin = 0, section_end = 0;
  bool apart = false;
  // The section is a row of a flow alone, with numbers ("| Exports | 165.8 |"): rows below it
  // that name no flow are its parts; a total ("| All trade |") is not.
  bool flow_section = false;
  // "| Exports fob, total | 50,334.8 |" above "| Marine products | 17,037.6 |" and its other
  // groups, down to a blank row: a row of a flow alone that says it is the total heads a block
  // of the parts of the country's flow (trade.marine_products.exports). Rows marked as parts of
  // a row above ("of which") are not among them: they are parts of that part.
  bool part_of_total = false;
  // "| Total goods | -28 045 | -29 340 | -29 363 | 23 | - |": levels written with a minus
  // sign by convention (debits in a balance of payments). Its changes and rates are of the
  // levels' size, which the row's signs do not show: they are read as such, not as X.change.
  bool negative = false;
  // A balance written negative ("| BALANCE | -3 050 | -2 460 | 590 | 19 |") is signed, and its
  // change with it; a rate of it ("19") is of the deficit's size, which its sign does not say.
  bool negative_balance = false;
  // The columns its cells are read under: 0 for the table's own (table_model::columns), k for
  // those of the k-th unit row among the data (table_model::bands).
  std::size_t band = 0;
  bool unit_row = false;  // the row is such a unit row: it holds no claims
  bool percent = false;   // its label names its unit, "%": "| Employment rate, % |"
  // "| FOB value (in million US dollars) |", "| Year-on-year growth (percent) |", "| Exports, %
  // change |": the unit its label names in its last bracket or after its last comma (a
  // currency or a scale, "%", points), the measure the label's words name with "%" (growth,
  // share; value when they name none), whether they say the span is a year, and whether the
  // bracket names an index ("(index, 2015=100)"). A part's row ("| - Female |") takes its
  // parent's.
  std::optional<unit> label_unit = std::nullopt;
  column_kind label_kind = column_kind::value;
  bool label_annual = false;
  bool label_index = false;
  bool measure_section = false;  // its section row names only the rates' measure and unit
  // "| Male |" under "| Unemployment Rate | | |" and "| By Gender | | |": a row of the breakdown
  // of a labour market ratio that a heading row without figures names (its parent's label), down
  // through rows that say what it is broken down by ("By ..."). Its cells are that ratio of the
  // part the label names; "| Total |" is the ratio itself.
  bool ratio_part = false;
  std::optional<period> label_base =
      std::nullopt;  // "| Change on June 2030, % |": what its rates compare with
  // "| | Febr | 123.3 | 151.0 |" under "| | | 2021 | 2022 |": a month named alone in the
  // row's leading cells, without a year (0 for none). Under a column that names a year, the
  // cell is of that month of that year.
  int month = 0;
};

struct table_model {
  std::size_t header_block = SIZE_MAX;  // the block of the column headers, if any
  std::size_t first_data_block = 0, last_block = 0;
  std::vector<table_row> rows;        // for blocks first_data_block .. last_block
  std::vector<table_column> columns;  // by cell index (pipe, tab) or by position (aligned)
  // "| | (000) | Percent | |" among the data rows, after rates in "Percent" and changes in
  // "Percentage points": a unit row that starts a band of rows with units of their own. Each
  // band holds the headers' columns with that row's units.
  std::vector<std::vector<table_column>> bands;
  const std::vector<table_column>& columns_of(const table_row& r) const {
    return r.band == 0 || r.band > bands.size() ? columns : bands[r.band - 1];
  }
  std::optional<unit> level_unit;  // from the caption, a unit row or the line above
  bool percent_caption = false;    // the caption or unit row says "%" for the numbers
  bool points_caption = false;     // ... and "percentage points" ("(Thousand persons, %, pp)")
  bool annual_rates = false;       // ... and that they are annual rates ("annual inflation")
  // "Share of total exports, %", "percentage change on June 2030": the measure the nearest
  // caption line or unit line names (a share, points, a change; value for none), which a column
  // headed by a unit alone ("| Country | % |") holds, and the period its rates compare with.
  column_kind caption_kind = column_kind::value;
  std::optional<period> caption_base;
  // A column's own header names levels: an index ("Index for Feb 99") or a level's unit.
  bool level_columns = false;
  // A line before it gives the base of its index levels ("Base: February 2009=100").
  bool index_base = false;
  /// Every number of the table is a rate: its caption says "%" and names no level's unit, nor
  /// does any column's header.
  bool all_rates() const { return percent_caption && !level_unit && !level_columns; }
  // A column's header names rates ("% change over Feb 98", "Growth").
  bool rate_columns = false;
  // What a number in brackets after another in a cell is ("8.4 (5.6)"), as the caption's own
  // bracket says: "(contributions to M3 growth, percentage points)".
  column_kind bracket_kind = column_kind::value;
  std::optional<period> latest;  // the latest period any column names
  // Every data row holds one number: a series ("| 2013 | Quarter 1 | 100.1 |"), whose rows,
  // labelled only by their periods, are about what the caption names.
  bool one_number_per_row = false;
  // The caption (the header cell above the row labels, else the line before the table), as
  // folded offsets: what rows labelled only by a period are about.
  std::size_t caption_begin = 0, caption_end = 0;
  // The one flow the caption names ("Imports of goods, main groups by SITC"), or "": the flow
  // of rows that name none, or only the total ("| Total |").
  std::string caption_flow;
  // What the bare cells count, when the caption or corner names it: "jobs" under "Change in
  // total nonfarm payroll employment" (the lexicon's counting subjects).
  std::string counted;
  // "² percentage points" below the table: a footnote that gives the cells marked with its
  // mark ("| 1.1² |") a unit of their own. Each mark as written ("²") with its unit.
  std::vector<std::pair<std::string, unit>> mark_units;
  // One group of columns is the whole ("| | Total | | | EU | | | Non-EU | | |"): the other
  // groups are its parts (trade.eu.2021-01.exports beside trade.2021-01.exports).
  bool total_group = false;
};

/// A number's place in a table.
struct table_cell {
  std::vector<word> label;          // the words of the row's label: "Extra-EA19 exports"
  std::vector<word> parent_label;   // a part's row: the label of the row it is a part of
  std::vector<word> section_label;  // the label of its section row, if any
  std::vector<word> group_label;    // the group of columns it is in ("EU"), if any
  bool group_of_total = false;      // ... which is a part of the table's total group
  bool group_is_total = false;      // ... which is that total group
  std::string group_mark;           // ... named apart by its letters in brackets: "a"
  bool section_apart = false;       // ... which its id must name (table_row::apart)
  bool flow_section = false;        // ... which is a row of a flow alone (table_row)
  bool part_of_total = false;       // its row is a part of the country's flow (table_row)
  const table_column* column = nullptr;
  const table_model* table = nullptr;
  std::optional<period> when;      // the column's period, else the row's
  std::optional<period> base;      // for a rate, the period it compares with (the column before)
  std::optional<period> row_when;  // the period the row's label names, if any
  column_kind kind = column_kind::value;  // the column's, or its section's ("Contributions:")
  bool bracketed = false;     // the number is in brackets after another in its cell: "8.4 (5.6)"
  bool change = false;        // its column holds changes of a level ("Change" over "$m")
  bool negative_row = false;  // its row's levels are all written negative (table_row::negative)
  bool negative_balance = false;  // its row is a balance written negative
  bool percent_row = false;       // its row's label names "%" as its unit (table_row::percent)
  std::optional<unit> row_unit;   // the unit its row's label names (table_row::label_unit)
  column_kind row_kind = column_kind::value;  // ... with the measure it names
  bool row_annual = false;                    // ... on a year earlier
  bool row_index = false;                     // ... an index's levels
  bool measure_section = false;  // its section row names only a measure of rates (table_row)
  bool ratio_part = false;       // its row breaks down the ratio its parent names (table_row)
};

/// The rows of every table by their labels, for prose that names a row: "energy is set to show
/// the highest annual rate, at 9.5%" above a table with the row "| Energy | ... | 9.5e |" speaks
/// of that row. Built once per draft; a look-up costs the same whatever the tables' size.
class row_index {
 public:
  row_index(const folded_text& t, const std::vector<table_model>& tables);

  struct named_row {
    const table_model* table = nullptr;
    std::size_t label_begin = 0, label_end = 0;  // the row's label (folded offsets)
    std::size_t named_begin = 0, named_end = 0;  // where the words that name it begin, end
    const table_row* row = nullptr;              // the row (its section, parent, flow)
  };
  /// The row whose label the words of [from, at) name last (whole words, the longer label
  /// where two end alike), or nothing. Labels that name a period are not rows it finds.
  std::optional<named_row> named_before(const prose& p, std::size_t from, std::size_t at) const;

 private:
  std::unordered_map<std::string, named_row> by_words_;  // "food alcohol tobacco"
  std::size_t longest_ = 0;                              // words in the longest label
};

/// One column of the group of columns whose header the words of [from, to) name ("Among the
/// sections of the Composite CPI" names "| Composite CPI | |"), the longest where several do;
/// nothing when none does, or two alike.
const table_column* group_named_in(const prose& p, const table_model& m, std::size_t from,
                                   std::size_t to);

/// Reads every table of the folded text (t.tables), in order.
std::vector<table_model> read_tables(const folded_text& t);

/// The cell holding folded offset `at`, when block `b` is a data row of a table and `at` is
/// past its label; nothing otherwise.
std::optional<table_cell> cell_of(const folded_text& t, const std::vector<table_model>& tables,
                                  const block& b, std::size_t at);

/// Where the numbers of block `b` may start: b.begin for prose; past its label for a data row
/// of a table ("| Region 12 | 1.5 |": 12 names the row); b.end for the rows above a table's
/// data (captions, unit rows and headers hold no claims: "| | 2024 | 2023 |").
std::size_t claims_begin(const folded_text& t, const std::vector<table_model>& tables,
                         const block& b);

/// The length of the superscript digit ("¹", "²", "⁴") at s[i], or 0.
std::size_t superscript_length(std::string_view s, std::size_t i);

/// "| Employment rate, % |", "| Share of part-time (%) |": a label (its text) that ends in "%"
/// (or ", per cent") names its row's unit, whatever the table's.
bool percent_label(std::string_view label);

/// A row label's words without its footnote marks: "Rural goods(b)" is "Rural goods", as are
/// "Rural goods (b)" and "Rural goods(1)"; a mark is one letter or a number in brackets, glued
/// to a word or at the label's end.
std::vector<word> label_words(const prose& p, std::size_t begin, std::size_t end);

/// "| Unemployment rate | 5.3 |", "| Employment rate |": a row whose label ends in "rate" after a
/// word that names no change ("growth rate", "annual rate", "inflation rate") holds the rate's
/// level, a ratio of two levels: a share, not a growth rate.
bool ratio_label(const std::vector<word>& label);

/// "Participation rate", "Unemployment rate (%)": a header text that names a ratio as
/// ratio_label reads a row's label, so that its column holds the ratio's levels.
bool header_names_a_ratio(std::string_view header);

/// What a row's label says of its numbers' unit and measure (table_row::label_unit).
struct label_measure {
  std::optional<unit> unit_of;
  column_kind kind = column_kind::value;
  bool annual = false;
  bool index = false;
  std::optional<period> base;
};
label_measure measure_of_label(std::string_view label);

/// The unit a caption, unit row or header text names: "€ bn", "(Unit: Millions of YEN, %)",
/// "Billions of dollars", "Exports (£ billion)"; a currency level first, else "%". `points`
/// says whether a piece names percentage points ("(Thousand persons, %, percentage points)").
std::optional<unit> unit_named_in(std::string_view text, bool* percent = nullptr,
                                  bool* points = nullptr);

}  // namespace crossfoot::extract_detail
