// JUnit XML, as CI systems read test reports (Jenkins, GitLab, GitHub test-report actions):
// each rule a test case, its failing instances inside one <failure>; each conflict a test case
// of its own; problems met while loading a test case "inputs". A failure is what makes the
// exit status 1 (--fail-on): failed warnings below it pass, listed in <system-out>.
#include <fmt/format.h>

#include <map>

#include "report/escape.hpp"
#include "report/finding_text.hpp"
#include "report/places.hpp"
#include "report/report.hpp"

namespace crossfoot {
namespace {

struct test_case {
  test_case(std::string n, std::string c) : name(std::move(n)), classname(std::move(c)) {}
  std::string name, classname, file;
  int line = 0;
  std::int64_t assertions = -1;
  std::string outcome;  // "failure", "error", "skipped" or "" (passed)
  std::string message, type, body, out;
};

std::string attr(const char* name, const std::string& value) {
  return fmt::format(" {}=\"{}\"", name, xml_escape(value));
}

std::string case_xml(const test_case& t) {
  std::string out = "    <testcase" + attr("name", t.name) + attr("classname", t.classname);
  if (!t.file.empty()) out += attr("file", t.file) + fmt::format(" line=\"{}\"", t.line);
  if (t.assertions >= 0) out += fmt::format(" assertions=\"{}\"", t.assertions);
  if (t.outcome.empty() && t.out.empty()) return out + "/>\n";
  out += ">\n";
  if (t.outcome == "skipped") {
    out += "      <skipped" + attr("message", t.message) + "/>\n";
  } else if (!t.outcome.empty()) {
    out += fmt::format("      <{}{}{}>{}</{}>\n", t.outcome, attr("message", t.message),
                       attr("type", t.type), xml_text(t.body), t.outcome);
  }
  if (!t.out.empty()) out += "      <system-out>" + xml_text(t.out) + "</system-out>\n";
  return out + "    </testcase>\n";
}

std::string block_of(const finding& f) {
  std::string at = place_text(primary_place(f));
  return fmt::format("{}{}[{}]: {}\n{}\n", at.empty() ? "" : at + ": ", to_string(shown_level(f)),
                     finding_rule(f), headline(f), finding_details(f));
}

test_case rule_case(const rule_summary& r, const std::vector<const finding*>& findings,
                    severity fail_on) {
  test_case t{r.rule, "crossfoot.rules"};
  if (r.range.valid()) {
    t.file = r.range.file->name();
    t.line = r.range.start().line;
  }
  t.assertions = r.instances;
  std::string failing, errors, rest;
  for (const finding* f : findings) {
    if (f->kind == finding_kind::error)
      errors += block_of(*f);
    else if (counts_against(*f, fail_on))
      failing += block_of(*f);
    else
      rest += block_of(*f);
  }
  std::string more =
      r.omitted > 0 ? fmt::format("... and {} more findings (--max-findings)\n", r.omitted) : "";
  std::string what = r.description.empty() ? "" : ": " + r.description;
  if (r.error > 0) {
    t.outcome = "error";
    t.type = "error";
    t.message = fmt::format("{} of {} instances cannot be evaluated{}", r.error, r.instances, what);
    t.body = errors + failing + more;
  } else if (!failing.empty()) {
    t.outcome = "failure";
    t.type = to_string(r.level);
    t.message = fmt::format("{} of {} instances fail{}", r.fail, r.instances, what);
    t.body = failing + more;
  } else if (r.pass + r.fail == 0) {
    t.outcome = "skipped";
    t.message = r.instances == 0 ? "no instance: the rule binds no figures"
                : r.conflict == r.instances
                    ? "every instance is decided inside a conflict"
                    : fmt::format("{} instances cannot be decided", r.unknown + r.conflict);
  }
  t.out = t.outcome == "failure" || t.outcome == "error" ? rest : rest + more;
  return t;
}

std::string conflict_name(const finding& f) {
  if (!f.conflicted_ids.empty())
    return "conflict: " + fmt::format("{}", fmt::join(f.conflicted_ids, ", "));
  if (f.cannot_close) return "conflict at " + f.cannot_close->id;
  std::vector<std::string> labels;
  for (const auto& i : f.instances) labels.push_back(i.label);
  return "conflict among " + fmt::format("{}", fmt::join(labels, "; "));
}

test_case conflict_case(const finding& f) {
  test_case t{conflict_name(f), "crossfoot.conflicts"};
  source_range at = primary_place(f);
  if (at.valid()) {
    t.file = at.file->name();
    t.line = at.start().line;
  }
  t.outcome = "failure";
  t.type = "conflict";
  t.message = headline(f);
  t.body = block_of(f);
  return t;
}

test_case inputs_case(const diagnostics& ds) {
  test_case t{"inputs", "crossfoot.inputs"};
  t.out = render_all(ds);
  if (ds.has_errors()) {
    t.outcome = "error";
    t.type = "invalid input";
    t.message = "the inputs cannot be checked";
    t.body = t.out;
    t.out.clear();
  }
  return t;
}

}  // namespace

std::string junit_report(const check_result& result, const report_meta& meta, severity fail_on) {
  std::vector<test_case> cases;
  if (meta.diags && !meta.diags->items().empty()) cases.push_back(inputs_case(*meta.diags));
  std::map<std::string, std::vector<const finding*>> by_rule;
  for (const auto& f : result.findings) {
    if (f.kind == finding_kind::conflict) {
      cases.push_back(conflict_case(f));
    } else if (f.kind != finding_kind::pass) {
      by_rule[f.rule].push_back(&f);
    }
  }
  for (const auto& r : result.rules) cases.push_back(rule_case(r, by_rule[r.rule], fail_on));
  int failures = 0, errors = 0, skipped = 0;
  for (const auto& t : cases) {
    failures += t.outcome == "failure";
    errors += t.outcome == "error";
    skipped += t.outcome == "skipped";
  }
  std::string counts = fmt::format(" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\"",
                                   cases.size(), failures, errors, skipped);
  std::string name = "crossfoot check " + meta.figures_file;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites" + attr("name", "crossfoot") + counts + ">\n";
  out += "  <testsuite" + attr("name", name) + counts + ">\n";
  out += "    <properties>\n";
  auto property = [&](const char* key, const std::string& value) {
    out += "      <property" + attr("name", key) + attr("value", value) + "/>\n";
  };
  property("figures_file", meta.figures_file);
  for (const auto& r : meta.rules_files) property("rules_file", r);
  if (result.data) {
    property("rows_read", std::to_string(result.data->rows_read));
    property("rows_checked", std::to_string(result.data->rows_checked));
    for (const auto& [reason, rows] : result.data->skipped)
      property("rows_skipped", fmt::format("{} {}", rows, reason));
  }
  property("summary",
           summary_line(result.summary).substr(0, summary_line(result.summary).size() - 1));
  out += "    </properties>\n";
  for (const auto& t : cases) out += case_xml(t);
  return out + "  </testsuite>\n</testsuites>\n";
}

}  // namespace crossfoot
