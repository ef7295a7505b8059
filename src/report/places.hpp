#pragma once
// Where a finding is best shown, and how places are written.
#include <string>

#include "eval/check.hpp"

namespace crossfoot {

/// The most useful place for a finding: a figure's quote in the document, else the figure in
/// the figures file, else the rule.
source_range primary_place(const finding& f);
/// The place of one figure: its quote in the document when located, else the figures file.
source_range figure_place(const figure_use& u);
/// "file:line:col", or "" for no place.
std::string place_text(const source_range& r);
/// The unit a gap between two sides is shown in: a difference of percentages is in points.
unit gap_unit(const unit& side_unit);
/// "(X = intermediate, Y = asean)", or "" without a binding.
std::string binding_text(const binding& b);

}  // namespace crossfoot
