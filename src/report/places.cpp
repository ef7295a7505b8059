#include "report/places.hpp"

#include <fmt/format.h>

namespace crossfoot {

source_range figure_place(const figure_use& u) {
  if (u.in_text && u.in_text->valid()) return *u.in_text;
  return u.where;
}

source_range primary_place(const finding& f) {
  for (const auto& u : f.figures) {
    if (u.in_text && u.in_text->valid()) return *u.in_text;
  }
  for (const auto& u : f.figures) {
    if (u.where.valid()) return u.where;
  }
  return f.rule_range;
}

std::string place_text(const source_range& r) {
  return r.where();
}

unit gap_unit(const unit& side_unit) {
  return side_unit.style == unit_style::percent ? unit::points() : side_unit;
}

std::string binding_text(const binding& b) {
  if (b.empty()) return "";
  std::string out;
  for (const auto& [var, seg] : b)
    out += fmt::format("{}{} = {}", out.empty() ? "" : ", ", var, seg);
  return "(" + out + ")";
}

}  // namespace crossfoot
