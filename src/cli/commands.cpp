#include "cli/commands.hpp"

#include <fmt/format.h>
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

// The report goes to stdout or, written as it is made, through a temporary file to --output.
exit_code emit_report(const check_options& o, const std::function<void(std::ostream&)>& write,
                      exit_code status) {
  if (o.output.empty()) {
    write(std::cout);
    std::cout << std::flush;
    return status;
  }
  std::string error;
  if (!write_file_atomically(o.output, write, error)) {
    std::cerr << "crossfoot: " << error << "\n";
    return exit_code::invalid;
  }
  return status;
}

namespace {

exit_code emit(const check_options& o, const std::function<void(std::ostream&)>& write,
               exit_code status) {
  return emit_report(o, write, status);
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

exit_code run_check_command(const check_options& o) {
  if (is_dataset_check(o)) return run_dataset_check(o);
  diagnostics ds;
  report_meta meta{o.figures.empty() ? o.draft : o.figures, o.rules, &ds};
  auto figures = figures_of(o, ds);
  if (!figures) return invalid_input(o, ds, meta);
  std::vector<std::string> rule_paths = o.rules.empty() ? figures->document.rules : o.rules;
  if (rule_paths.empty()) {
    ds.error("CF4001", figures->document.where,
             "no rules to check: give --rules or list them in [document] rules");
    return invalid_input(o, ds, meta);
  }
  meta.rules_files = rule_paths;
  auto rules = load_rules(rule_paths, ds);
  if (!rules) return invalid_input(o, ds, meta);
  meta.rules_files = rules->files;
  meta.figures = &*figures;
  check_result result;
  {
    progress_line progress;
    result = run_check(*rules, *figures, {o.verbose, o.diagnose, o.max_findings, progress.hook()});
  }
  if (!ds.items().empty()) std::cerr << render_all(ds, use_color(o.color, 2));
  if (o.verbose) {
    for (const auto& s : result.skipped) std::cerr << "note: skipped " << s << "\n";
  }
  bool failing = false;
  for (const auto& f : result.findings) failing = failing || counts_against(f, o.fail_on);
  exit_code status = failing ? exit_code::findings : exit_code::clean;
  report_options shown{use_color(o.color, o.output.empty() ? 1 : -1), o.verbose, o.implied,
                       o.fail_on};
  return emit(
      o, [&](std::ostream& out) { write_report(out, o.format, result, meta, shown); }, status);
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
