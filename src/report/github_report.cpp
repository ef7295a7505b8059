// GitHub Actions workflow commands: one annotation per finding that does not hold, at its
// place in the document (or figures file, or rules file), so a pull request shows each where
// it stands. Escaping follows GitHub's rules (escape.hpp); lines that are not commands are
// printed in the job's log.
#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/finding_text.hpp"
#include "report/places.hpp"
#include "report/report.hpp"

namespace crossfoot {
namespace {

const char* command_for(severity level) {
  switch (level) {
    case severity::error:
      return "error";
    case severity::warning:
      return "warning";
    default:
      return "notice";
  }
}

std::string command(severity level, const source_range& at, const std::string& title,
                    const std::string& message) {
  std::string props;
  if (at.valid()) {
    auto start = at.start();
    props = fmt::format("file={},line={},col={},", github_property(at.file->name()), start.line,
                        start.col);
  }
  props += "title=" + github_property(title);
  std::string text = message;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return fmt::format("::{} {}::{}\n", command_for(level), props, github_data(text));
}

}  // namespace

std::string github_report(const check_result& result, const report_meta& meta) {
  std::string out;
  if (meta.diags) {
    for (const auto& d : meta.diags->items())
      out += command(d.level, d.range, "crossfoot " + d.code, d.message);
  }
  for (const auto& f : result.findings) {
    if (f.kind == finding_kind::pass) continue;
    std::string code = finding_code(f);
    std::string title =
        fmt::format("crossfoot {}{}", finding_rule(f), code.empty() ? "" : " " + code);
    out +=
        command(shown_level(f), primary_place(f), title, headline(f) + "\n" + finding_details(f));
  }
  for (const auto& r : result.rules) {
    if (r.omitted == 0) continue;
    out += command(
        severity::note, r.range, "crossfoot " + r.rule,
        fmt::format("{} more findings of {} left out by --max-findings", r.omitted, r.rule));
  }
  return out + summary_line(result.summary);
}

}  // namespace crossfoot
