#pragma once
// `crossfoot init DRAFT`: the first files an editor needs to check a draft, a figures file
// anchored to it and a rules file that includes the rule catalogue.
#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"

namespace crossfoot::cli {

struct init_options {
  std::string draft;
  std::vector<std::string> rules;  // catalogue names or files to include; default: trade
  std::string figures;             // the figures file to write; default: beside the draft
  std::string rules_file;          // the rules file to write; default: beside the draft
  bool help = false;
};

std::optional<init_options> parse_init(const std::vector<std::string>& args, std::string& error);
exit_code run_init_command(const init_options& o);

extern const char* const init_usage;

}  // namespace crossfoot::cli
