#include <array>

#include "report/html_report.hpp"
#include "report/report.hpp"

namespace crossfoot {
namespace {

constexpr std::array<std::pair<std::string_view, report_format>, 6> formats = {{
    {"text", report_format::text},
    {"json", report_format::json},
    {"junit", report_format::junit},
    {"sarif", report_format::sarif},
    {"github", report_format::github},
    {"html", report_format::html},
}};

}  // namespace

std::optional<report_format> report_format_named(std::string_view name) {
  for (const auto& [n, f] : formats) {
    if (n == name) return f;
  }
  return std::nullopt;
}

std::string report_format_names() {
  std::string out;
  for (const auto& [n, f] : formats) out += (out.empty() ? "" : "|") + std::string(n);
  return out;
}

std::string render_report(report_format format, const check_result& result, const report_meta& meta,
                          const report_options& options) {
  switch (format) {
    case report_format::json:
      return json_report(result, meta, options.verbose);
    case report_format::junit:
      return junit_report(result, meta, options.fail_on);
    case report_format::sarif:
      return sarif_report(result, meta);
    case report_format::github:
      return github_report(result, meta);
    case report_format::html:
      return html_report(result, meta);
    case report_format::text:
      break;
  }
  return text_report(result, options);
}

void write_report(std::ostream& out, report_format format, const check_result& result,
                  const report_meta& meta, const report_options& options) {
  if (format == report_format::html) {
    html_report(out, result, meta);
    return;
  }
  if (format == report_format::json) {
    write_json_report(out, result, meta, options.verbose);
    return;
  }
  out << render_report(format, result, meta, options);
}

}  // namespace crossfoot
