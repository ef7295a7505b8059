#pragma once
// Runs the real crossfoot binary from the repository root and captures what a user sees.
#include <string>
#include <vector>

namespace crossfoot::testing {

struct run_output {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

/// `args` are passed through the shell unquoted: fixtures keep paths free of spaces.
run_output run_crossfoot(const std::string& args, const std::string& stdin_text = "");

std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);

/// Sub-directories of `dir` (relative to the source tree), sorted.
std::vector<std::string> case_dirs(const std::string& dir);

}  // namespace crossfoot::testing
