#include "cli/commands.hpp"

#include <fmt/format.h>
#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/progress.hpp"
#include "draft/anchors.hpp"
#include "draft/draft_figures.hpp"
#include "eval/check.hpp"
#include "report/report.hpp"

namespace crossfoot::cli {

bool use_color(check_options::color_mode mode, int fd) {
  if (mode != check_options::color_mode::automatic)
    return mode == check_options::color_mode::always;
  const char* term = std::getenv("TERM");
  return ::isatty(fd) && !std::getenv("NO_COLOR") && !(term && std::string(term) == "dumb");
}

namespace {

// Every file the run read, which --output must not replace.
std::vector<std::string> inputs_of(const check_options& o, const std::vector<std::string>& more) {
  std::vector<std::string> out{o.figures, o.draft, o.spec};
  out.insert(out.end(), o.rules.begin(), o.rules.end());
  out.insert(out.end(), more.begin(), more.end());
  return out;
}

}  // namespace

// The report goes to stdout or, written as it is made, through a temporary file to --output.
exit_code emit_report(const check_options& o, const std::function<void(std::ostream&)>& write,
                      exit_code status, const std::vector<std::string>& read) {
  if (o.output.empty()) {
    write(std::cout);
    std::cout << std::flush;
    return status;
  }
  std::string error;
  if (!write_file_atomically(o.output, write, error, inputs_of(o, read))) {
    std::cerr << "crossfoot: " << error << "\n";
    return exit_code::invalid;
  }
  return status;
}

namespace {

exit_code emit(const check_options& o, const std::function<void(std::ostream&)>& write,
               exit_code status, const std::vector<std::string>& read = {}) {
  return emit_report(o, write, status, read);
}

// A figures file, its anchors bound to --draft or its own [document] source; or, with only
// --draft, the figures extract finds in the draft.
std::optional<figure_set> figures_of(const check_options& o, diagnostics& ds) {
  if (o.figures.empty()) return figures_from_draft(o.draft, ds);
  auto figures = load_figures(o.figures, ds);
  if (!figures) return std::nullopt;
  if (!figures->has_unbound_anchors()) {
    if (!o.draft.empty())
      ds.warning("CF5105", {},
                 "--draft " + o.draft + " is not used: " + o.figures + " has no anchors");
    return figures;
  }
  if (!bind_anchors(*figures, o.draft, ds)) return std::nullopt;
  return figures;
}

exit_code invalid_input(const check_options& o, const diagnostics& ds, const report_meta& meta) {
  std::cerr << render_all(ds, use_color(o.color, 2));
  if (o.format == report_format::text) return exit_code::invalid;
  report_options shown;
  shown.fail_on = o.fail_on;
  return emit(
      o, [&](std::ostream& out) { write_report(out, o.format, {}, meta, shown); },
      exit_code::invalid);
}

}  // namespace

void run_check_once(const check_options& o, check_run& run, progress_fn progress) {
  diagnostics& ds = run.ds;
  run.meta = report_meta{o.figures.empty() ? o.draft : o.figures, o.rules, &ds};
  if (!o.figures.empty()) run.inputs.push_back(o.figures);
  if (!o.draft.empty()) run.inputs.push_back(o.draft);
  run.figures = figures_of(o, ds);
  if (!run.figures) return;
  const figure_set& figures = *run.figures;
  if (o.draft.empty() && !figures.document.source_path.empty())
    run.inputs.push_back(figures.document.source_path);
  std::vector<std::string> rule_paths = o.rules.empty() ? figures.document.rules : o.rules;
  if (rule_paths.empty()) {
    ds.error("CF4001", figures.document.where,
             "no rules to check: give --rules or list them in [document] rules");
    return;
  }
  run.meta.rules_files = rule_paths;
  auto rules = load_rules(rule_paths, ds);
  run.inputs.insert(run.inputs.end(), rule_paths.begin(), rule_paths.end());
  if (!rules) return;
  run.inputs.insert(run.inputs.end(), rules->files.begin(), rules->files.end());
  run.meta.rules_files = rules->files;
  run.meta.figures = &figures;
  // Only the HTML page and --verbose show the instances that pass: otherwise they are counted.
  const bool keep_passing = o.verbose || o.format == report_format::html;
  run.result =
      run_check(*rules, figures, {o.verbose, o.diagnose, o.max_findings, progress, keep_passing});
  bool failing = false;
  for (const auto& f : run.result->findings) failing = failing || counts_against(f, o.fail_on);
  run.status = failing ? exit_code::findings : exit_code::clean;
}

exit_code run_check_command(const check_options& o) {
  if (is_dataset_check(o)) return run_dataset_check(o);
  // Fixed thresholds: glibc otherwise raises the mmap threshold to the size of each large block
  // freed (the loader's and compiler's lists of 300,000 entries), and blocks that size then
  // come from the heap and leave holes there that small allocations only partly reuse
  // (300,000 instances: 392 -> about 355 MB peak). A high trim threshold keeps the top of the
  // heap from being returned and faulted in again between phases (CPU as before).
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  check_run run;
  {
    progress_line progress;
    run_check_once(o, run, progress.hook());
  }
  if (!run.result) return invalid_input(o, run.ds, run.meta);
  if (!run.ds.items().empty()) std::cerr << render_all(run.ds, use_color(o.color, 2));
  if (o.verbose) {
    for (const auto& s : run.result->skipped) std::cerr << "note: skipped " << s << "\n";
  }
  report_options shown{use_color(o.color, o.output.empty() ? 1 : -1), o.verbose, o.implied,
                       o.fail_on};
  std::vector<std::string> read = run.inputs;
  read.push_back(run.figures->document.source_path);
  return emit(
      o, [&](std::ostream& out) { write_report(out, o.format, *run.result, run.meta, shown); },
      run.status, read);
}

exit_code run_lint_command(const lint_options& o) {
  diagnostics ds;
  auto rules = load_rules(o.rules, ds);
  std::cerr << render_all(ds, use_color(check_options::color_mode::automatic, 2));
  if (!rules) return exit_code::invalid;
  std::cout << fmt::format("crossfoot: {} rules in {} files, no problems\n", rules->rules.size(),
                           rules->files.size());
  return exit_code::clean;
}

}  // namespace crossfoot::cli
