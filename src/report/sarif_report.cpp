// SARIF 2.1.0 (OASIS): one run of crossfoot; each rule of the rules files a reportingDescriptor
// in tool.driver.rules (id = the rule's name), conflicts and load problems under their stable
// codes; each finding that does not hold a result at its place in the document, with the other
// claims involved as related locations. Columns are code points (columnKind). A
// partialFingerprint per finding (rule and binding) lets code scanning follow it across runs.
#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/codes.hpp"
#include "report/escape.hpp"
#include "report/finding_text.hpp"
#include "report/places.hpp"
#include "report/report.hpp"
#include "report/summary_json.hpp"

namespace crossfoot {
namespace {

using json = nlohmann::ordered_json;

const char* level_of(severity s) {
  switch (s) {
    case severity::error:
      return "error";
    case severity::warning:
      return "warning";
    default:
      return "note";
  }
}

json physical(const source_range& r) {
  auto start = r.start();
  auto end = r.file->locate(std::max(r.end, r.begin));
  json region = {{"startLine", start.line}, {"startColumn", start.col}};
  if (r.end > r.begin) {
    region["endLine"] = end.line;
    region["endColumn"] = end.col;
    region["snippet"] = {{"text", valid_utf8(r.text())}};
  }
  return {{"artifactLocation", {{"uri", path_uri(r.file->name())}}}, {"region", region}};
}

json message(const std::string& text) {
  return {{"text", valid_utf8(text)}};
}

std::string fingerprint(const finding& f) {
  std::string key = finding_rule(f);
  for (const auto& [var, seg] : f.bound) key += "|" + var + "=" + seg;
  for (const auto& id : f.conflicted_ids) key += "|" + id;
  for (const auto& i : f.instances) key += "|" + i.label;
  std::uint64_t h = 1469598103934665603ull;                                       // FNV-1a
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;  // bytes
  return fmt::format("{:016x}", h);
}

class sarif_builder {
 public:
  sarif_builder(const check_result& result, const report_meta& meta)
      : result_(result), meta_(meta) {}

  std::string build() {
    for (const auto& r : result_.rules) add_rule(r);
    json results = json::array();
    if (meta_.diags) {
      for (const auto& d : meta_.diags->items()) results.push_back(diagnostic_result(d));
    }
    for (const auto& f : result_.findings) {
      if (f.kind != finding_kind::pass) results.push_back(finding_result(f));
    }
    json driver = {{"name", "crossfoot"},
                   {"version", CROSSFOOT_VERSION},
                   {"semanticVersion", CROSSFOOT_VERSION},
                   {"rules", rules_}};
    json invocation = {{"executionSuccessful", !(meta_.diags && meta_.diags->has_errors())}};
    json run = {{"tool", {{"driver", driver}}},
                {"invocations", json::array({invocation})},
                {"columnKind", "unicodeCodePoints"},
                {"results", results},
                {"properties", properties()}};
    json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({run})}};
    return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  }

 private:
  void add_rule(const rule_summary& r) {
    json d = {{"id", r.rule},
              {"shortDescription", message(r.description.empty() ? r.rule : r.description)},
              {"fullDescription", message("check: " + r.check)},
              {"defaultConfiguration", {{"level", level_of(r.level)}}}};
    if (r.range.valid()) d["properties"] = {{"source", place_text(r.range)}};
    index_[r.rule] = static_cast<int>(rules_.size());
    rules_.push_back(d);
  }

  int code_rule(const std::string& code) {
    auto it = index_.find(code);
    if (it != index_.end()) return it->second;
    const code_info* info = find_code(code);
    std::string stem = info ? std::string(info->stem) : code;
    json d = {
        {"id", code},
        {"shortDescription", message(stem)},
        {"defaultConfiguration", {{"level", level_of(info ? info->level : severity::error)}}}};
    index_[code] = static_cast<int>(rules_.size());
    rules_.push_back(d);
    return index_[code];
  }

  json diagnostic_result(const diagnostic& d) {
    json r = {{"ruleId", d.code},
              {"ruleIndex", code_rule(d.code)},
              {"level", level_of(d.level)},
              {"message", message(d.message)}};
    if (d.range.valid()) r["locations"] = json::array({{{"physicalLocation", physical(d.range)}}});
    return r;
  }

  json finding_result(const finding& f) {
    std::string id = f.kind == finding_kind::conflict ? finding_code(f) : f.rule;
    int index = f.kind == finding_kind::conflict ? code_rule(id) : rule_index(id);
    bool decided = f.kind != finding_kind::unknown;
    json r = {{"ruleId", id}};
    if (index >= 0) r["ruleIndex"] = index;
    r["kind"] = decided ? "fail" : "open";
    r["level"] = decided ? level_of(f.level) : "none";
    r["message"] = message(headline(f) + "\n" + finding_details(f));
    source_range at = primary_place(f);
    if (at.valid()) r["locations"] = json::array({{{"physicalLocation", physical(at)}}});
    json related = json::array();
    int next = 1;
    for (const auto& u : f.figures) {
      source_range place = figure_place(u);
      if (!place.valid()) continue;
      related.push_back({{"id", next++},
                         {"physicalLocation", physical(place)},
                         {"message", message(fmt::format("{} = {}", u.id, u.written))}});
    }
    if (!related.empty()) r["relatedLocations"] = related;
    r["partialFingerprints"] = {{"crossfootFinding/v1", fingerprint(f)}};
    json bound = json::object();
    for (const auto& [var, seg] : f.bound) bound[var] = seg;
    r["properties"] = {{"kind", to_string(f.kind)}, {"binding", bound}, {"check", f.check}};
    return r;
  }

  int rule_index(const std::string& rule) const {
    auto it = index_.find(rule);
    return it == index_.end() ? -1 : it->second;
  }

  json properties() const {
    const auto& s = result_.summary;
    json p = {{"figures_file", meta_.figures_file},
              {"rules_files", meta_.rules_files},
              {"summary", summary_json(s, false)}};
    json per_rule = json::array();
    for (const auto& r : result_.rules) {
      per_rule.push_back({{"rule", r.rule},
                          {"instances", r.instances},
                          {"pass", r.pass},
                          {"fail", r.fail},
                          {"conflict", r.conflict},
                          {"unknown", r.unknown},
                          {"error", r.error},
                          {"omitted", r.omitted}});
    }
    p["rules"] = per_rule;
    if (result_.data) {
      json skipped = json::array();
      for (const auto& [reason, rows] : result_.data->skipped)
        skipped.push_back({{"reason", reason}, {"rows", rows}});
      p["data"] = {{"file", result_.data->file},
                   {"rows_read", result_.data->rows_read},
                   {"rows_checked", result_.data->rows_checked},
                   {"skipped", skipped}};
    }
    return p;
  }

  const check_result& result_;
  const report_meta& meta_;
  json rules_ = json::array();
  std::map<std::string, int> index_;
};

}  // namespace

std::string sarif_report(const check_result& result, const report_meta& meta) {
  return sarif_builder(result, meta).build();
}

}  // namespace crossfoot
