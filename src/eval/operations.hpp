#pragma once
// Operators over evaluated values: interval arithmetic plus dimension checks.
#include <vector>

#include "eval/evaluate.hpp"

namespace crossfoot {

value negate(value v);
value arithmetic(syntax::op o, const value& a, const value& b, eval_context& ctx,
                 const rexpr* left = nullptr, const rexpr* right = nullptr);
/// The text of an expression with runs of white space collapsed.
std::string collapsed(std::string_view text);
value compare(syntax::op o, const rexpr& left, const value& a, const rexpr& right, const value& b,
              eval_context& ctx);
value logical(syntax::op o, const value& a, const value& b, eval_context& ctx);
value binary(const rexpr& e, eval_context& ctx);
value chain(const rexpr& e, eval_context& ctx);
value fold(function fn, const std::vector<value>& items, eval_context& ctx);
value agreement(const rexpr& call, const std::vector<value>& items, eval_context& ctx);

/// Both sides of a comparison in one display unit: a ratio shown as % beside a percentage.
unit shared_display(const unit& a, const unit& b);

}  // namespace crossfoot
