// crossfoot: audits published statistics for internal consistency.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/extract_command.hpp"

namespace {

using namespace crossfoot::cli;

int usage_error(const std::string& message) {
  std::cerr << "crossfoot: " << message << "\n\n" << tool_usage;
  return static_cast<int>(exit_code::invalid);
}

int dispatch(const std::vector<std::string>& args) {
  if (args.empty()) return usage_error("no command given");
  const std::string& command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  std::string error;
  if (!take_input_limit(rest, error)) return usage_error(error);
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << tool_usage;
    return 0;
  }
  if (command == "--version") {
    std::cout << "crossfoot " << CROSSFOOT_VERSION << "\n";
    return 0;
  }
  if (command == "check") {
    auto o = parse_check(rest, error);
    if (!o) return usage_error(error);
    if (o->help) {
      std::cout << check_usage;
      return 0;
    }
    return static_cast<int>(run_check_command(*o));
  }
  if (command == "lint") {
    auto o = parse_lint(rest, error);
    if (!o) return usage_error(error);
    if (o->help) {
      std::cout << lint_usage;
      return 0;
    }
    return static_cast<int>(run_lint_command(*o));
  }
  if (command == "extract") {
    auto o = parse_extract(rest, error);
    if (!o) return usage_error(error);
    if (o->help) {
      std::cout << extract_usage;
      return 0;
    }
    return static_cast<int>(run_extract_command(*o));
  }
  std::string hint = crossfoot::closest_name(command, {"check", "lint", "extract"});
  return usage_error("unknown command '" + command + "'" +
                     (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return dispatch(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {
    std::cerr << "crossfoot: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "crossfoot: internal error\n";
  }
  return static_cast<int>(exit_code::invalid);
}
