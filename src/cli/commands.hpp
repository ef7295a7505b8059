#pragma once
#include <functional>
#include <ostream>

#include <optional>

#include "cli/options.hpp"
#include "eval/check.hpp"
#include "figures/figures.hpp"

namespace crossfoot::cli {

/// One check as `crossfoot check` makes it, before anything is printed or written: what was
/// loaded, what went wrong, and the result when the inputs loaded. `meta` points into `ds` and
/// `figures`, so a check_run stays where it was made.
struct check_run {
  check_run() = default;
  check_run(const check_run&) = delete;
  check_run& operator=(const check_run&) = delete;

  diagnostics ds;
  std::optional<figure_set> figures;
  report_meta meta;
  std::optional<check_result> result;  // nullopt: the inputs did not load
  std::vector<std::string> inputs;     // the files read: figures, draft, rules and includes
  exit_code status = exit_code::invalid;
};

/// Loads the inputs `o` names and checks them (`crossfoot check` and `crossfoot watch`).
void run_check_once(const check_options& o, check_run& run, progress_fn progress = {});

exit_code run_check_command(const check_options& o);
exit_code run_lint_command(const lint_options& o);

/// Writes `text` to `path` through a temporary file in the same directory and a rename, so a
/// reader never sees half a report. False, with `error` set, when it cannot.
bool write_file_atomically(const std::string& path, const std::string& text, std::string& error);
/// The same, with the text written by `write` as it goes.
bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string& error);

}  // namespace crossfoot::cli
