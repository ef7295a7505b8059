#pragma once
// Private to the resolve stage: the function table and the conversion of literals and
// tolerances, kept apart from the resolver's walk over expressions.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "resolve/rule_set.hpp"

namespace crossfoot::resolve_detail {

struct function_info {
  const char* name;
  function fn;
  std::size_t min_args;
  std::size_t max_args;
};

/// nullptr when `name` is not a function of the language.
const function_info* find_function(const std::string& name);
std::vector<std::string> function_names();
/// "abs() takes 1 argument, not 2", "agree() takes at least 2 arguments, not 1".
std::string arity_message(const function_info& f, std::size_t given);
/// sum, min and max take sets of figures, so only their arguments may hold '*'.
bool takes_wildcards(function fn);
/// The restriction a kind word after `in` names ("levels", "periods"), or nullopt.
std::optional<binds> find_kind(const std::string& word);
std::vector<std::string> kind_names();

/// The restrictions of a rule's pattern variables, checked against its resolved check:
/// unknown kinds (CF3024), kinds on figures for a variable that ends no reference (CF3025),
/// names listed twice (CF3026).
std::vector<var_restriction> convert_restrictions(const syntax::rule_stmt& r, const rexpr& check,
                                                  diagnostics& diags);
/// Variables used only inside months(), quarters() or years(), which cannot bind there
/// (CF3029); an operand of those without a period segment (CF3028).
void check_parts(const syntax::rule_stmt& r, const std::vector<var_restriction>& restrictions,
                 const rexpr& check, diagnostics& diags);
/// Warns of a segment that looks like an undeclared pattern variable: `Y` in
/// `for each X: X.exports <= Y.total` (CF3030).
void lint_undeclared_variables(const syntax::rule_stmt& r, const rexpr& check, diagnostics& diags);

bool is_comparison(syntax::op o);
bool is_logical(syntax::op o);

/// Errors in `ds`: a stage fails on its own errors, not on those of the stages before it.
inline std::size_t error_count(const diagnostics& ds) {
  return static_cast<std::size_t>(
      std::count_if(ds.items().begin(), ds.items().end(),
                    [](const auto& d) { return d.level == severity::error; }));
}

/// A literal in base units; an unknown unit in a level literal is reported (CF3016).
rexpr convert_literal(const syntax::expr& e, diagnostics& diags);
/// The tolerance of `within`; nullopt (reported) when its unit is unknown.
std::optional<tolerance> convert_tolerance(const syntax::tolerance& t, diagnostics& diags);

}  // namespace crossfoot::resolve_detail
