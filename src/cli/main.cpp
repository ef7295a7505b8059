// crossfoot: audits published statistics for internal consistency.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/extract_command.hpp"
#include "cli/init_command.hpp"
#include "cli/watch_command.hpp"

namespace {

using namespace crossfoot::cli;

int usage_error(const std::string& message) {
  std::cerr << "crossfoot: " << message << "\n\n" << tool_usage;
  return static_cast<int>(exit_code::invalid);
}

// A command: its options parsed (a usage error on bad ones), its help, or its run.
template <typename parse_fn, typename run_fn>
int command_of(const std::vector<std::string>& args, parse_fn parse, const char* usage,
               run_fn run) {
  std::string error;
  auto o = parse(args, error);
  if (!o) return usage_error(error);
  if (o->help) {
    std::cout << usage;
    return 0;
  }
  return static_cast<int>(run(*o));
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
  if (command == "check") return command_of(rest, parse_check, check_usage, run_check_command);
  if (command == "lint") return command_of(rest, parse_lint, lint_usage, run_lint_command);
  if (command == "extract")
    return command_of(rest, parse_extract, extract_usage, run_extract_command);
  if (command == "init") return command_of(rest, parse_init, init_usage, run_init_command);
  if (command == "watch") return command_of(rest, parse_watch, watch_usage, run_watch_command);
  std::string hint =
      crossfoot::closest_name(command, {"check", "lint", "extract", "init", "watch"});
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
