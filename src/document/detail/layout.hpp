#pragma once
// The text a structured draft (.docx, HTML) is read into, laid out as the Markdown the
// extractor reads: a blank line between paragraphs, '#' before a heading, a table as pipe rows
// with its first row as the header. Each paragraph and cell gets a text_place, so a finding in
// the text names the paragraph or cell of the document.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/source.hpp"

namespace crossfoot::document_detail {

class layout_builder {
 public:
  /// HTML collapses each run of white space to one space, as a browser shows it; a .docx's
  /// text is literal.
  explicit layout_builder(bool collapse_white_space) : collapse_(collapse_white_space) {}
  /// Inside an HTML <pre>, white space is kept.
  void collapse_white_space(bool on) { collapse_ = on; }

  /// Starts a paragraph (`heading` 1-6 for a heading, 0 for body text). While one is open this
  /// continues it: a .docx paragraph whose mark was deleted runs on into the next.
  void begin_paragraph(int heading);
  void text(std::string_view s);
  /// A line break inside a paragraph; in a table cell, a space (a row is one line).
  void line_break();
  /// Ends the open paragraph; one with no visible text is dropped and not numbered.
  void end_paragraph();

  /// Tables nest; a table inside a cell is read into that cell, its cells apart by spaces.
  void begin_table();
  void begin_row();
  /// `span` columns wide (merged cells): the row keeps the header's columns.
  void begin_cell(std::size_t span);
  void end_cell();
  void end_row();
  void end_table();

  std::size_t paragraphs() const { return paragraph_count_; }
  std::size_t size() const { return text_.size(); }
  source_ptr finish(std::string name);

 private:
  void separate_block();
  void append(std::string_view s);

  bool collapse_;
  std::string text_;
  std::vector<text_place> places_;
  std::uint32_t paragraph_count_ = 0, table_count_ = 0;
  // The open paragraph: where its text starts, and its place (appended when it has text).
  bool paragraph_open_ = false;
  std::size_t block_start_ = 0;
  // Where the open paragraph's or cell's own text starts: no white space is kept before it.
  std::size_t region_start_ = 0;
  // Tables: depth 1 is a table of the body; deeper ones are read into the outer cell.
  int table_depth_ = 0;
  std::uint32_t row_ = 0, cell_ = 0;
  std::size_t columns_ = 0, row_columns_ = 0;  // the header's columns; this row's so far
  bool row_open_ = false, cell_open_ = false;
  std::size_t row_start_ = 0, span_ = 1;
};

}  // namespace crossfoot::document_detail
