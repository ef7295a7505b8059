#pragma once
// Markdown tables: a claim in a row is about the row's label, and a column headed by an
// earlier year than another column holds the previous period's figures.
#include <optional>
#include <string_view>
#include <vector>

#include "extract/detail/text.hpp"
#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

struct table_cell {
  std::vector<word> label;    // the words of the row's first cell: "Container exports"
  bool older_column = false;  // "| | 2024 | 2023 |": the 2023 column
};

/// The year a word of digits names (1900 to 2100), or 0.
int year_in(std::string_view digits);

/// The cell holding folded offset `at`, when block `b` is a table row ("| a | b |") and `at`
/// is past its first cell; nothing otherwise.
std::optional<table_cell> cell_of(const folded_text& t, const block& b, std::size_t at);

}  // namespace crossfoot::extract_detail
