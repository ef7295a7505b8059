#pragma once
// Runs a whole check from rules and figures written inline.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "eval/binder.hpp"
#include "eval/check.hpp"
#include "lang/syntax.hpp"

namespace crossfoot::testing {

struct checked {
  check_result result;
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

struct loaded {
  figure_set figures;
  rule_set rules;
  bool ok = false;
};

/// Rules and figures from text; a test failure (with the diagnostics) when either is invalid.
inline loaded load(const std::string& rules_text, const std::string& figures_text) {
  diagnostics ds;
  auto parsed = syntax::parse_rules(make_source("test.rules", rules_text), ds);
  auto figures = load_figures_text("test.toml", figures_text, ds);
  auto rules = parsed ? resolve({*parsed}, ds) : std::nullopt;
  if (!figures || !rules) {
    ADD_FAILURE() << render_all(ds);
    return {};
  }
  return {std::move(*figures), std::move(*rules), true};
}

inline checked run(const std::string& rules_text, const std::string& figures_text,
                   bool verbose = false) {
  checked out;
  loaded in = load(rules_text, figures_text);
  if (in.ok) out.result = run_check(in.rules, in.figures, check_options{verbose});
  return out;
}

/// The bindings of the first rule, one "X=a,Y=b" string each.
inline std::vector<std::string> bindings_of(const std::string& rules_text,
                                            const std::string& figures_text) {
  auto b = load(rules_text, figures_text);
  figure_index index(b.figures);
  std::vector<std::string> out;
  for (const auto& m : enumerate_bindings(b.rules.rules.at(0), index)) {
    std::string s;
    for (const auto& [var, seg] : m) s += (s.empty() ? "" : ",") + var + "=" + seg;
    out.push_back(s);
  }
  return out;
}

}  // namespace crossfoot::testing
