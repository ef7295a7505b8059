#pragma once
// Runs a whole check from rules and figures written inline.
#include <gtest/gtest.h>

#include <string>

#include "eval/check.hpp"
#include "lang/syntax.hpp"

namespace crossfoot::testing {

struct checked {
  check_result result;
  std::string diagnostics;
  const finding* find(const std::string& rule, const std::string& binding = "") const {
    for (const auto& f : result.findings) {
      std::string b;
      for (const auto& [var, seg] : f.bound) b += (b.empty() ? "" : ",") + var + "=" + seg;
      if (f.rule == rule && (binding.empty() || b == binding)) return &f;
    }
    return nullptr;
  }
  int count(finding_kind k) const {
    int n = 0;
    for (const auto& f : result.findings) n += f.kind == k;
    return n;
  }
};

inline checked run(const std::string& rules_text, const std::string& figures_text,
                   bool verbose = false) {
  checked out;
  diagnostics ds;
  auto parsed = syntax::parse_rules(make_source("test.rules", rules_text), ds);
  auto figures = load_figures_text("test.toml", figures_text, ds);
  if (!parsed || !figures) {
    out.diagnostics = render_all(ds);
    ADD_FAILURE() << out.diagnostics;
    return out;
  }
  auto rules = resolve({*parsed}, ds);
  if (!rules) {
    out.diagnostics = render_all(ds);
    ADD_FAILURE() << out.diagnostics;
    return out;
  }
  out.result = run_check(*rules, *figures, check_options{verbose});
  return out;
}

}  // namespace crossfoot::testing
