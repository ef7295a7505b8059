#include <fmt/format.h>

#include "quantity/quantity.hpp"
#include "resolve/detail/pieces.hpp"

namespace crossfoot::resolve_detail {
namespace {

std::optional<unit> level_unit(const std::string& text, const source_range& at,
                               diagnostics& diags) {
  quantity_error err;
  auto u = parse_unit(text, err);
  if (!u) diags.error("CF3016", at, fmt::format("unknown unit '{}': {}", text, err.message));
  return u;
}

}  // namespace

// Literals are definitions, not measurements: a point, even where the decimal has no exact
// binary form (the error is far below any published precision).
rexpr convert_literal(const syntax::expr& e, diagnostics& diags) {
  rexpr out;
  out.k = rexpr::kind::literal;
  out.range = e.range;
  switch (e.lit) {
    case syntax::literal_kind::number:
      out.literal_unit = unit::number();
      out.value = interval::point(e.number);
      break;
    case syntax::literal_kind::percent:
      out.literal_unit = unit::percent();
      out.value = interval::point(e.number / 100);
      break;
    case syntax::literal_kind::points:
      out.literal_unit = unit::points();
      out.value = interval::point(e.number / 100);
      break;
    case syntax::literal_kind::level:
      if (auto u = level_unit(e.unit_text, e.range, diags)) {
        out.literal_unit = *u;
        out.value = interval::point(e.number * u->factor());
      }
      break;
  }
  return out;
}

std::optional<tolerance> convert_tolerance(const syntax::tolerance& t, diagnostics& diags) {
  tolerance out;
  out.text = std::string(t.range.text());
  switch (t.lit) {
    case syntax::literal_kind::percent:  // a fraction of the larger side
      out.relative = true;
      out.amount = t.number / 100;
      break;
    case syntax::literal_kind::points:  // percentage points are absolute, dimensionless
      out.amount = t.number / 100;
      break;
    case syntax::literal_kind::number:
      out.amount = t.number;
      break;
    case syntax::literal_kind::level: {
      auto u = level_unit(t.unit_text, t.range, diags);
      if (!u) return std::nullopt;
      out.amount = t.number * u->factor();
      out.dim = u->dim;
      break;
    }
  }
  return out;
}

}  // namespace crossfoot::resolve_detail
