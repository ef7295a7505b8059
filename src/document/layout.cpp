#include "document/detail/layout.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace crossfoot::document_detail {
namespace {

// "¦": a bar inside a cell would split it in two.
constexpr std::string_view broken_bar = "\xC2\xA6";

}  // namespace

void layout_builder::separate_block() {
  if (text_.empty()) return;
  while (!text_.empty() && text_.back() != '\n') text_ += '\n';
  if (text_.size() < 2 || text_[text_.size() - 2] != '\n') text_ += '\n';
}

void layout_builder::begin_paragraph(int heading) {
  if (table_depth_ > 0) {
    // A second paragraph of a cell runs on after a space.
    if (cell_open_ && text_.size() > region_start_ && !is_blank(text_.back())) text_ += ' ';
    return;
  }
  if (paragraph_open_) return;
  separate_block();
  block_start_ = text_.size();
  heading = std::clamp(heading, 0, 6);
  if (heading > 0) text_ += std::string(static_cast<std::size_t>(heading), '#') + ' ';
  region_start_ = text_.size();
  paragraph_open_ = true;
}

void layout_builder::append(std::string_view s) {
  const bool cell = cell_open_;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n') continue;  // control characters print nothing
    if (cell && (c == '\n' || c == '\t')) c = ' ';     // a row is one line
    if (is_blank(c)) {
      if (text_.size() == region_start_) continue;  // no white space before the text
      if (collapse_) {
        if (is_blank(text_.back())) continue;
        c = ' ';
      }
    }
    if (cell && c == '|') {
      text_ += broken_bar;
      continue;
    }
    text_ += c;
  }
}

void layout_builder::text(std::string_view s) {
  if (!paragraph_open_ && !cell_open_) {
    // Text between a table's rows, or white space between blocks, prints nothing.
    if (table_depth_ > 0 || all_blank(s)) return;
    begin_paragraph(0);
  }
  append(s);
}

void layout_builder::line_break() {
  if (cell_open_) {
    append(" ");
  } else if (paragraph_open_ && text_.size() > region_start_) {
    while (text_.size() > region_start_ && (text_.back() == ' ' || text_.back() == '\t'))
      text_.pop_back();
    text_ += '\n';
  }
}

void layout_builder::end_paragraph() {
  if (table_depth_ > 0 || !paragraph_open_) return;
  paragraph_open_ = false;
  while (text_.size() > region_start_ && is_blank(text_.back())) text_.pop_back();
  if (text_.size() == region_start_) {
    text_.resize(block_start_);  // nothing visible: no paragraph, no number
    return;
  }
  ++paragraph_count_;
  places_.push_back({region_start_, paragraph_count_, 0, 0, 0});
  text_ += '\n';
}

void layout_builder::begin_table() {
  if (table_depth_ > 0) {
    ++table_depth_;
    if (cell_open_ && text_.size() > region_start_ && !is_blank(text_.back())) text_ += ' ';
    return;
  }
  end_paragraph();
  separate_block();
  ++table_count_;
  table_depth_ = 1;
  row_ = 0;
  columns_ = 0;
}

void layout_builder::begin_row() {
  if (table_depth_ != 1) return;
  if (cell_open_) end_cell();
  ++row_;
  cell_ = 0;
  row_columns_ = 0;
  row_start_ = text_.size();
  text_ += '|';
  row_open_ = true;
}

void layout_builder::begin_cell(std::size_t span) {
  if (table_depth_ != 1) {
    if (cell_open_ && text_.size() > region_start_ && !is_blank(text_.back())) text_ += ' ';
    return;
  }
  if (!row_open_) begin_row();
  if (cell_open_) end_cell();
  ++cell_;
  text_ += ' ';
  region_start_ = text_.size();
  places_.push_back({region_start_, 0, table_count_, row_, cell_});
  cell_open_ = true;
  span_ = std::clamp<std::size_t>(span, 1, 64);
}

void layout_builder::end_cell() {
  if (table_depth_ != 1 || !cell_open_) return;
  while (text_.size() > region_start_ && is_blank(text_.back())) text_.pop_back();
  if (text_.size() == region_start_) text_.pop_back();  // an empty cell is "| |"
  text_ += " |";
  // The columns a merged cell covers stay as empty cells, under the header's columns.
  for (std::size_t i = 1; i < span_; ++i) text_ += " |";
  row_columns_ += span_;
  cell_open_ = false;
}

void layout_builder::end_row() {
  if (table_depth_ != 1 || !row_open_) return;
  if (cell_open_) end_cell();
  row_open_ = false;
  if (cell_ == 0) {  // a row without cells shows nothing
    text_.resize(row_start_);
    --row_;
    return;
  }
  for (std::size_t i = row_columns_; i < columns_; ++i) text_ += " |";
  text_ += '\n';
  if (row_ == 1) {
    columns_ = row_columns_;
    text_ += '|';
    for (std::size_t i = 0; i < columns_; ++i) text_ += "---|";
    text_ += '\n';
  }
}

void layout_builder::end_table() {
  if (table_depth_ > 1) {
    --table_depth_;
    return;
  }
  if (table_depth_ == 0) return;
  end_row();
  table_depth_ = 0;
}

source_ptr layout_builder::finish(std::string name) {
  while (table_depth_ > 0) end_table();
  end_paragraph();
  while (!text_.empty() && is_blank(text_.back())) text_.pop_back();
  if (!text_.empty()) text_ += '\n';
  return make_source(std::move(name), std::move(text_), std::move(places_));
}

}  // namespace crossfoot::document_detail
