#pragma once
// Reports of a check, all from the one finding model (check_result): compiler-style text for
// people, versioned JSON for machines, JUnit XML, SARIF 2.1.0 and GitHub workflow commands for
// CI, and a self-contained HTML page for editors. docs/reports.md shows each.
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "eval/check.hpp"

namespace crossfoot {

struct report_options {
  bool color = false;
  bool verbose = false;                // also the instances that hold
  bool implied = false;                // the implied figures even when every check holds
  severity fail_on = severity::error;  // JUnit: what counts as a failure (as the exit status)
};

/// One block per finding that does not hold (failures, conflicts and errors at their rule's
/// severity, undecided instances as notes), and per instance that holds when verbose; then a
/// summary line.
std::string text_report(const check_result& result, const report_options& options);

/// The one-line summary that ends the text report.
std::string summary_line(const check_summary& s);
/// "revisions since OLD.csv: ..." for a dataset checked with --previous.
std::string revisions_line(const revision_summary& r);

struct report_meta {
  std::string figures_file;
  std::vector<std::string> rules_files;
  const diagnostics* diags = nullptr;
  const figure_set* figures = nullptr;  // HTML: the figures checked, to mark each in its text
};

/// JUnit XML: each rule a test case, failing instances inside (docs/reports.md).
std::string junit_report(const check_result& result, const report_meta& meta,
                         severity fail_on = severity::error);
/// SARIF 2.1.0: each finding that does not hold a result at its place (docs/reports.md).
std::string sarif_report(const check_result& result, const report_meta& meta);
/// GitHub Actions workflow commands: ::error/::warning/::notice per finding, then the summary.
std::string github_report(const check_result& result, const report_meta& meta);

enum class report_format { text, json, junit, sarif, github, html };
/// "text", "json", "junit", "sarif", "github", "html"; nullopt for anything else.
std::optional<report_format> report_format_named(std::string_view name);
/// The names, in the order --help lists them: "text|json|junit|sarif|github|html".
std::string report_format_names();

/// The report in `format`. Diagnostics in `meta` (problems met while loading) are part of the
/// machine formats; the text report leaves them to stderr.
std::string render_report(report_format format, const check_result& result, const report_meta& meta,
                          const report_options& options);
/// The same, written to `out` as it goes (the HTML report of a long document is never held
/// whole in memory).
void write_report(std::ostream& out, report_format format, const check_result& result,
                  const report_meta& meta, const report_options& options);

/// The JSON report, schema "crossfoot-report" version 1 (docs/report-json.md). Instances that
/// hold are counted (`summary`, `rules`) but listed in `findings` only when `verbose`.
std::string json_report(const check_result& result, const report_meta& meta, bool verbose = false);
/// The same, written to `out` a finding at a time.
void write_json_report(std::ostream& out, const check_result& result, const report_meta& meta,
                       bool verbose = false);

/// Is this finding at or above `fail_on` and of a kind that fails a check?
bool counts_against(const finding& f, severity fail_on);

}  // namespace crossfoot
