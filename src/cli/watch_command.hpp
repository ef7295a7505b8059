#pragma once
// `crossfoot watch DRAFT [FIGURES.toml]`: re-checks on every save and rewrites the HTML report,
// which an open browser reloads (it polls a script file beside it: no server, no request).
#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"

namespace crossfoot::cli {

struct watch_options {
  std::string draft;
  std::string figures;             // "" for the draft alone
  std::vector<std::string> rules;  // resolved (catalogue names become paths)
  std::string output;              // the HTML report
  int debounce_ms = 200;
  bool diagnose = true;
  bool help = false;
};

std::optional<watch_options> parse_watch(const std::vector<std::string>& args, std::string& error);
exit_code run_watch_command(const watch_options& o);

extern const char* const watch_usage;

}  // namespace crossfoot::cli
