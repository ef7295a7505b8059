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
/// Whether `check` is given a dataset (a --spec, or a TOML file with a [dataset] table).
bool is_dataset_check(const check_options& o);
exit_code run_dataset_check(const check_options& o);
exit_code run_lint_command(const lint_options& o);

/// Takes --max-input-size SIZE (or =SIZE) out of a command's arguments and sets the limit on
/// input files (core/input.hpp); false, with `error` set, when SIZE is malformed.
bool take_input_limit(std::vector<std::string>& args, std::string& error);

/// Writes `text` to `path` through a temporary file in the same directory and a rename, so a
/// reader never sees half a report. Refuses (false, `error` set) a path that is one of `inputs`,
/// a symbolic link, a directory, a FIFO, a device or a read-only file; removes the temporary
/// file on failure and on SIGINT, SIGTERM, SIGHUP and SIGPIPE, and the stale ones of killed
/// runs before writing.
bool write_file_atomically(const std::string& path, const std::string& text, std::string& error,
                           const std::vector<std::string>& inputs = {});
/// The same, with the text written by `write` as it goes.
bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string& error, const std::vector<std::string>& inputs = {});

/// The report to standard output or, written as it is made, through a temporary file to
/// --output; the exit status it goes with. --output may not name an input: the figures, draft,
/// rules and spec of `o`, or one of `read` (files the run read besides, such as includes).
exit_code emit_report(const check_options& o, const std::function<void(std::ostream&)>& write,
                      exit_code status, const std::vector<std::string>& read = {});
/// Whether to colour what goes to file descriptor `fd`.
bool use_color(check_options::color_mode mode, int fd);

}  // namespace crossfoot::cli
