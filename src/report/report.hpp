#pragma once
// Reports of a check: compiler-style text for people, versioned JSON for machines.
#include <string>
#include <vector>

#include "eval/check.hpp"

namespace crossfoot {

struct report_options {
  bool color = false;
  bool verbose = false;  // also the instances that hold
  bool implied = false;  // the implied figures even when every check holds
};

/// One block per finding that does not hold (failures, conflicts and errors at their rule's
/// severity, undecided instances as notes), and per instance that holds when verbose; then a
/// summary line.
std::string text_report(const check_result& result, const report_options& options);

/// The one-line summary that ends the text report.
std::string summary_line(const check_summary& s);

struct report_meta {
  std::string figures_file;
  std::vector<std::string> rules_files;
  const diagnostics* diags = nullptr;
};

/// The JSON report, schema "crossfoot-report" version 1 (docs/report-json.md).
std::string json_report(const check_result& result, const report_meta& meta);

/// Is this finding at or above `fail_on` and of a kind that fails a check?
bool counts_against(const finding& f, severity fail_on);

}  // namespace crossfoot
