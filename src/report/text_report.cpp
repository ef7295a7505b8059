#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/finding_text.hpp"
#include "report/inference_text.hpp"
#include "report/places.hpp"
#include "report/report.hpp"

namespace crossfoot {
namespace {

bool shown(const finding& f, const report_options& o) {
  switch (f.kind) {
    case finding_kind::fail:
    case finding_kind::conflict:
    case finding_kind::error:
      return true;
    case finding_kind::unknown:
      return true;
    case finding_kind::pass:
      return o.verbose;
  }
  return false;
}

// A quote may span a line break of the document; the report keeps one figure to a line.
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

std::string figure_line(const figure_use& u, const std::string& label) {
  if (!u.stated && u.implied) {
    return fmt::format("  {}{} (not stated): implied {}\n", label, u.id,
                       format_interval(u.value, u.display));
  }
  if (!u.stated) return fmt::format("  {}{}: not stated\n", label, u.id);
  std::string out = fmt::format("  {}{} = {}", label, u.id, u.written);
  std::string range = format_interval(u.value, u.display);
  // A code (a dataset's key cell) has no interval: only its text is shown.
  if (range != u.written && u.value != interval::entire()) out += fmt::format("  {}", range);
  if (!u.quote.empty()) out += fmt::format("  \"{}\"", one_line(u.quote));
  std::string at = place_text(figure_place(u));
  if (!at.empty()) out += "  at " + at;
  return out + "\n";
}

std::string sides_lines(const std::optional<side>& lhs, const std::optional<side>& rhs, double gap,
                        const std::string& indent) {
  std::string out;
  if (lhs)
    out += fmt::format("{}lhs: {}   {}\n", indent, format_interval(lhs->value, lhs->display),
                       lhs->text);
  if (rhs)
    out += fmt::format("{}rhs: {}   {}\n", indent, format_interval(rhs->value, rhs->display),
                       rhs->text);
  if (lhs && gap > 0)
    out += fmt::format("{}gap: {}\n", indent, format_value(gap, gap_unit(lhs->display)));
  return out;
}

std::string terms_lines(const std::vector<side>& terms, const std::string& indent) {
  std::string out;
  for (const auto& t : terms) {
    out += fmt::format("{}{} = {}\n", indent, t.text, format_interval(t.value, t.display));
  }
  return out;
}

std::string instance_details(const finding& f) {
  std::string out = f.check.empty() ? "" : fmt::format("  check: {}\n", f.check);
  out += f.terms.empty() ? sides_lines(f.lhs, f.rhs, f.gap, "  ") : terms_lines(f.terms, "  ");
  // A failing instance's explanation, where the evaluator gave one (a cube's parent: its
  // children and what suppressed cells would have to be).
  if (f.kind == finding_kind::fail && !f.message.empty()) out += "  " + f.message + "\n";
  for (const auto& u : f.figures) out += figure_line(u, "");
  return out + inference_details(f);
}

// What each claim of a conflict does to the instances that use it: which claim the other
// figures support.
std::string alternatives_lines(const finding& f) {
  std::map<int, std::vector<const alternative_outcome*>> by_claim;
  for (const auto& a : f.alternatives) by_claim[a.alternative].push_back(&a);
  std::string out;
  for (const auto& [alt, outcomes] : by_claim) {
    int pass = 0, unknown = 0;
    std::string failures;
    for (const auto* a : outcomes) {
      if (a->kind == finding_kind::pass) ++pass;
      if (a->kind == finding_kind::unknown) ++unknown;
      if (a->kind != finding_kind::fail) continue;
      std::string bound = binding_text(a->bound);
      failures += fmt::format("    fails {}{}{}\n", a->rule, bound.empty() ? "" : " ", bound);
      failures += a->terms.empty() ? sides_lines(a->lhs, a->rhs, a->gap, "      ")
                                   : terms_lines(a->terms, "      ");
    }
    std::string undecided = unknown ? fmt::format(", {} undecided", unknown) : "";
    out += fmt::format("  with claim {}: {} of {} instances pass{}{}\n", alt + 1, pass,
                       outcomes.size(), undecided, failures.empty() ? "" : ", these fail:");
    out += failures;
  }
  return out;
}

std::string conflict_details(const finding& f) {
  std::string out;
  if (!f.instances.empty()) {
    out += "  claims:\n";
    for (const auto& u : f.figures) out += "  " + figure_line(u, "");
    return out + inference_details(f);
  }
  for (const auto& u : f.figures) out += figure_line(u, fmt::format("claim {}: ", u.claim + 1));
  return out + alternatives_lines(f) + inference_details(f);
}

std::string block(const finding& f, const report_options& o) {
  source_range at = primary_place(f);
  std::string place = place_text(at);
  severity level = shown_level(f);
  std::string code = f.code.empty() ? "" : " [" + f.code + "]";
  std::string out = fmt::format("{}{}{}[{}]{}: {}{}\n", place.empty() ? "" : place + ": ",
                                severity_color(level, o.color), to_string(level), finding_rule(f),
                                color_reset(o.color), headline(f), code);
  return out + render_snippet(at) + finding_details(f);
}

}  // namespace

severity shown_level(const finding& f) {
  bool failing = f.kind != finding_kind::unknown && f.kind != finding_kind::pass;
  return failing ? f.level : severity::note;
}

std::string headline(const finding& f) {
  switch (f.kind) {
    case finding_kind::conflict:
    case finding_kind::error:
      return f.message;
    case finding_kind::unknown:
      return "cannot be decided: " + f.message;
    default:
      break;
  }
  std::string what = f.description.empty() ? "check" : f.description;
  std::string bound = binding_text(f.bound);
  if (!bound.empty()) what += " " + bound;
  return f.kind == finding_kind::pass ? what + ": holds" : what;
}

std::string finding_rule(const finding& f) {
  return f.kind == finding_kind::conflict ? "conflict" : f.rule;
}

std::string finding_code(const finding& f) {
  if (f.kind != finding_kind::conflict) return "";
  return f.instances.empty() ? "CF4080" : "CF4081";
}

std::string finding_details(const finding& f) {
  return f.kind == finding_kind::conflict ? conflict_details(f) : instance_details(f);
}

std::string summary_line(const check_summary& s) {
  std::string failed;
  if (s.fail_warning > 0) failed += fmt::format(", {} failed warning", s.fail_warning);
  if (s.fail_info > 0) failed += fmt::format(", {} failed info", s.fail_info);
  std::string out = fmt::format(
      "crossfoot: {} rules, {} instances: {} pass, {} fail{}, {} conflict, {} unknown, {} error",
      s.rules, s.instances, s.pass, s.fail, failed, s.conflict, s.unknown, s.error);
  if (s.depend_on_conflict > 0) {
    out += fmt::format("; {} instances decided per claim of a conflict", s.depend_on_conflict);
  }
  if (s.omitted > 0) out += fmt::format("; {} findings left out by --max-findings", s.omitted);
  return out + "\n";
}

namespace {

std::string rules_table(const std::vector<rule_summary>& rules, bool all) {
  std::vector<const rule_summary*> shown;
  bool omitted = false;
  for (const auto& r : rules) {
    omitted = omitted || r.omitted > 0;
    if (all || r.pass != r.instances || r.omitted > 0) shown.push_back(&r);
  }
  if (shown.empty()) return "";
  std::size_t width = 4;
  for (const auto* r : shown) width = std::max(width, r->rule.size());
  std::string out = fmt::format("{}:\n  {:<{}}  {:<8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}{}\n",
                                all ? "rules" : "rules with findings", "rule", width, "severity",
                                "checked", "pass", "fail", "conflict", "unknown", "error",
                                omitted ? fmt::format(" {:>8}", "omitted") : "");
  for (const auto* r : shown) {
    out += fmt::format("  {:<{}}  {:<8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}{}\n", r->rule, width,
                       to_string(r->level), r->instances, r->pass, r->fail, r->conflict, r->unknown,
                       r->error, omitted ? fmt::format(" {:>8}", r->omitted) : "");
  }
  return out;
}

// Rules that bind no instance: a misspelt id, or rules for figures the document does not
// state. One note after the findings; --verbose names them.
std::string idle_rules_line(const check_result& result, const report_options& o) {
  std::vector<std::string> idle;
  for (const auto& r : result.rules) {
    if (r.instances == 0) idle.push_back(r.rule);
  }
  if (idle.empty() || result.data) return "";
  std::string which = o.verbose ? ": " + fmt::format("{}", fmt::join(idle, ", "))
                                : std::string(" (--verbose names them)");
  return fmt::format("{}note{}: {} of {} rules bind no instance: no figures match them{}\n\n",
                     severity_color(severity::note, o.color), color_reset(o.color), idle.size(),
                     result.rules.size(), which);
}

std::string data_line(const data_summary& d) {
  std::string out =
      fmt::format("data: {}: {} rows read, {} checked", d.file, d.rows_read, d.rows_checked);
  std::int64_t skipped = 0;
  std::string why;
  for (const auto& [reason, rows] : d.skipped) {
    skipped += rows;
    why += fmt::format("{}{} {}", why.empty() ? "" : ", ", rows, reason);
  }
  if (skipped > 0) out += fmt::format(", {} skipped ({})", skipped, why);
  std::string cells;
  for (const auto& [what, n] : d.cells)
    cells += fmt::format("{}{} {}", cells.empty() ? "" : ", ", n, what);
  if (!cells.empty()) out += "; cells: " + cells;
  return out + "\n";
}

}  // namespace

std::string text_report(const check_result& result, const report_options& options) {
  std::string out;
  bool troubled = false;
  std::map<std::string, std::size_t> last_shown;  // rule -> index of its last block
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    if (shown(result.findings[i], options)) last_shown[result.findings[i].rule] = i;
  }
  std::map<std::string, std::int64_t> omitted;
  for (const auto& r : result.rules) omitted[r.rule] = r.omitted;
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const finding& f = result.findings[i];
    if (!shown(f, options)) continue;
    troubled = troubled || f.kind != finding_kind::pass;
    out += block(f, options);
    out += '\n';
    // After a rule's last block, what the cap left out of it.
    if (last_shown[f.rule] == i && omitted[f.rule] > 0)
      out += fmt::format("... and {} more findings of {} (--max-findings)\n\n", omitted[f.rule],
                         f.rule);
  }
  if (troubled || options.implied) {
    std::string implied = implied_section(result.implied);
    if (!implied.empty()) out += implied + "\n";
  }
  // A dataset's rules are few and each covers many rows: show them all.
  std::string table = rules_table(result.rules, options.verbose || result.data.has_value());
  if (!table.empty()) out += table + "\n";
  out += idle_rules_line(result, options);
  if (result.data) out += data_line(*result.data);
  if (result.revisions) out += revisions_line(*result.revisions);
  return out + summary_line(result.summary);
}

std::string revisions_line(const revision_summary& r) {
  std::string out = fmt::format(
      "revisions since {}: {} periods in both ({} only in the new file, {} only in the "
      "previous); {} cells compared: {} unchanged within rounding, {} revised, {} withdrawn, {} "
      "filled in",
      r.previous, r.periods_in_both, r.periods_only_new, r.periods_only_previous, r.cells_compared,
      r.unchanged, r.revised, r.withdrawn, r.filled);
  if (r.skipped) out += fmt::format(", {} not numbers", r.skipped);
  out += fmt::format("; rows: {} removed, {} added", r.rows_removed, r.rows_added);
  if (r.omitted) out += fmt::format("; {} more revisions counted, not listed", r.omitted);
  return out + "\n";
}

bool counts_against(const finding& f, severity fail_on) {
  bool failing = f.kind == finding_kind::fail || f.kind == finding_kind::conflict ||
                 f.kind == finding_kind::error;
  // severity is ordered error < warning < info: "at or above" means not less severe.
  return failing && static_cast<int>(f.level) <= static_cast<int>(fail_on);
}

}  // namespace crossfoot
