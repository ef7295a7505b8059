#pragma once
// Pieces the benchmark programs share.
#include <stdexcept>
#include <string>

#include "figures/figures.hpp"
#include "lang/syntax.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot::bench {

/// Rules from text; throws with the diagnostics when they are invalid (a broken benchmark).
inline rule_set rules_from_text(const std::string& text) {
  diagnostics ds;
  auto parsed = syntax::parse_rules(make_source("bench.rules", text), ds);
  auto rules = parsed ? resolve({*parsed}, ds) : std::nullopt;
  if (!rules) throw std::runtime_error(render_all(ds));
  return *rules;
}

struct briefing_inputs {
  std::optional<figure_set> figures;
  std::optional<rule_set> rules;
};

/// The real briefing's figures and the rules its [document] lists; `rules` is empty when
/// they do not load.
inline briefing_inputs load_briefing() {
  std::string dir = std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/gacc-2023/";
  diagnostics ds;
  briefing_inputs out;
  out.figures = load_figures(dir + "figures.toml", ds);
  if (out.figures) out.rules = load_rules(out.figures->document.rules, ds);
  return out;
}

}  // namespace crossfoot::bench
