#pragma once
// Command-line options of `crossfoot check` and `crossfoot lint`.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "report/report.hpp"

namespace crossfoot::cli {

enum class exit_code { clean = 0, findings = 1, invalid = 2 };

struct check_options {
  std::string figures;
  // --draft: the draft anchored figures are read from; without a figures file, check the
  // figures extract finds in it
  std::string draft;
  std::vector<std::string> rules;
  report_format format = report_format::text;
  std::size_t max_findings = 0;  // findings that do not hold, kept per rule; 0: all
  severity fail_on = severity::error;
  bool verbose = false;
  bool implied = false;  // print implied figures even when all is well
  bool diagnose = true;  // look for the likely error behind each conflict
  enum class color_mode { automatic, always, never } color = color_mode::automatic;
  std::string output;  // "" for standard output
  bool help = false;
  // A dataset: `check DATA.csv --spec SPEC.toml`, or `check SPEC.toml` with [dataset] file.
  std::string spec;
  int threads = 0;  // 0: one per core
  // --previous OLD.csv: revisions against an earlier release; --revisions: their severity.
  std::string previous;
  std::optional<severity> revisions;
};

struct lint_options {
  std::vector<std::string> rules;
  bool help = false;
};

/// Parses arguments after the command name; on a usage error, nullopt with `error` set.
std::optional<check_options> parse_check(const std::vector<std::string>& args, std::string& error);
std::optional<lint_options> parse_lint(const std::vector<std::string>& args, std::string& error);

/// Walks a command's arguments: `-h`/`--help` sets `o.help` and stops, words starting with a
/// dash go to `apply(o, args, i, error)`, and the one positional argument goes to `positional`;
/// a second is an error that says `takes` ("check takes one figures file").
template <typename options_t, typename apply_fn>
bool walk_arguments(const std::vector<std::string>& args, options_t& o, std::string& positional,
                    const char* takes, apply_fn apply, std::string& error) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      o.help = true;
      return true;
    }
    if (a.size() > 1 && a[0] == '-') {
      if (!apply(o, args, i, error)) return false;
    } else if (positional.empty()) {
      positional = a;
    } else {
      error = "unexpected argument '" + a + "': " + takes;
      return false;
    }
  }
  return true;
}

/// "unknown option '--fromat'; did you mean '--format'?"
std::string unknown_option(const std::string& arg, const std::vector<std::string>& known);
/// The value after the option args[i] (`i` moves to it); false, with `error` set, when the
/// option is last.
bool take_value(const std::vector<std::string>& args, std::size_t& i, std::string& value,
                std::string& error);

extern const char* const tool_usage;
extern const char* const check_usage;
extern const char* const lint_usage;

}  // namespace crossfoot::cli
