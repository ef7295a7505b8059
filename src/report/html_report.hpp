#pragma once
// The HTML report: one self-contained page (inline CSS and JavaScript, no request of any kind)
// that shows the document with every figure marked by its status, the arithmetic of each rule
// behind a click, and the findings in order. docs/reports.md describes it.
#include <ostream>
#include <string>

#include "report/report.hpp"

namespace crossfoot {

struct html_options {
  // Watch mode (crossfoot watch): the page loads `watch_script`, a file beside it, every
  // second and reloads itself when the stamp that script announces differs from `stamp`. The
  // watcher rewrites the report, then the script with html_watch_script(new stamp). Empty:
  // the page makes no request at all.
  std::string watch_script;
  std::string stamp;
};

/// Writes the page to `out` as it goes: a long document is never held twice.
void html_report(std::ostream& out, const check_result& result, const report_meta& meta,
                 const html_options& options = {});
/// The same as a string (tests).
std::string html_report(const check_result& result, const report_meta& meta,
                        const html_options& options = {});
/// The content of the watch script for `stamp`: `crossfootStamp("…");`.
std::string html_watch_script(const std::string& stamp);

}  // namespace crossfoot
