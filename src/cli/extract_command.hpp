#pragma once
// `crossfoot extract DRAFT [--format toml|json] [--output FILE]`.
#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"

namespace crossfoot::cli {

struct extract_options {
  std::string draft;
  bool json = false;
  std::string output;  // "" for standard output
  bool help = false;
};

std::optional<extract_options> parse_extract(const std::vector<std::string>& args,
                                             std::string& error);
exit_code run_extract_command(const extract_options& o);

extern const char* const extract_usage;

}  // namespace crossfoot::cli
