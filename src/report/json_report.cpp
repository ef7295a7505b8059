#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "report/places.hpp"
#include "report/report.hpp"
#include "report/summary_json.hpp"

namespace crossfoot {
namespace {

using json = nlohmann::ordered_json;

// Twelve significant digits: far finer than any published figure, and free of the last-bit
// noise of outward rounding, which differs between optimised and debug builds.
json number(double v) {
  if (!std::isfinite(v)) return nullptr;
  return std::stod(fmt::format("{:.12g}", v));
}

json place(const source_range& r) {
  if (!r.valid()) return nullptr;
  auto at = r.start();
  json out = {{"file", r.file->name()}, {"line", at.line}, {"col", at.col}};
  // A .docx or HTML draft: line and column are those of the text read out of it; the place
  // says where that is in the document ("¶12:34", "table 2, row 3, cell 4:5").
  if (r.file->mapped()) out["place"] = r.file->place(r.begin);
  return out;
}

json range_json(const interval& v, const unit& u) {
  double f = u.factor();
  return {{"lo", number(v.lo / f)},
          {"hi", number(v.hi / f)},
          {"lo_open", v.lo_open},
          {"hi_open", v.hi_open},
          {"unit", u.name()}};
}

json side_json(const std::optional<side>& s) {
  if (!s) return nullptr;
  json out = range_json(s->value, s->display);
  out["text"] = s->text;
  return out;
}

json sides_json(const std::optional<side>& lhs, const std::optional<side>& rhs) {
  if (!lhs && !rhs) return nullptr;
  return {{"lhs", side_json(lhs)}, {"rhs", side_json(rhs)}};
}

json gap_json(double gap, const std::optional<side>& lhs) {
  unit u = lhs ? gap_unit(lhs->display) : unit::number();
  return {{"value", number(gap / u.factor())}, {"unit", u.name()}};
}

json terms_json(const std::vector<side>& terms) {
  json out = json::array();
  for (const auto& t : terms) out.push_back(side_json(t));
  return out;
}

json binding_json(const binding& b) {
  json out = json::object();
  for (const auto& [var, seg] : b) out[var] = seg;
  return out;
}

json figure_json(const figure_use& u) {
  json out = range_json(u.value, u.display);
  out["id"] = u.id;
  out["claim"] = u.claim;
  out["value"] = u.written;
  out["quote"] = u.quote;
  out["stated"] = u.stated;
  out["source"] = u.in_text ? place(*u.in_text) : json(nullptr);
  out["figures_file"] = place(u.where);
  return out;
}

json alternative_json(const alternative_outcome& a) {
  return {{"alternative", a.alternative},      {"rule", a.rule},
          {"binding", binding_json(a.bound)},  {"kind", to_string(a.kind)},
          {"sides", sides_json(a.lhs, a.rhs)}, {"gap", gap_json(a.gap, a.lhs)},
          {"terms", terms_json(a.terms)}};
}

json uses_json(const std::vector<figure_use>& uses) {
  json out = json::array();
  for (const auto& u : uses) out.push_back(figure_json(u));
  return out;
}

json cause_json(const std::optional<diagnosis>& d) {
  if (!d) return nullptr;
  json suspects = json::array(), fits = json::array();
  for (const auto& s : d->suspects) suspects.push_back(uses_json(s));
  for (const auto& h : d->fits) {
    fits.push_back({{"kind", to_string(h.what)},
                    {"id", h.id},
                    {"written", h.written},
                    {"becomes", h.becomes},
                    {"detail", h.detail},
                    {"fits", h.fits},
                    {"arithmetic", h.arithmetic},
                    {"claims", uses_json(h.claims)}});
  }
  return {{"suspects", suspects}, {"hypotheses", fits}};
}

json cannot_close_json(const std::optional<implied_side>& c) {
  if (!c) return nullptr;
  json by = json::array();
  for (const auto& [what, value] : c->by) {
    json item = range_json(value, c->display);
    item["by"] = what;
    by.push_back(item);
  }
  return {{"id", c->id}, {"values", by}};
}

json instances_json(const std::vector<instance_use>& instances) {
  json out = json::array();
  for (const auto& i : instances) {
    out.push_back({{"rule", i.rule},
                   {"instance", i.label},
                   {"binding", binding_json(i.bound)},
                   {"check", i.check},
                   {"rule_source", place(i.range)}});
  }
  return out;
}

json implied_json(const std::vector<implied_figure>& implied) {
  json out = json::array();
  for (const auto& f : implied) {
    json item = {{"id", f.id}};
    json range = range_json(f.value, f.display);
    item["lo"] = range["lo"];
    item["hi"] = range["hi"];
    item["unit"] = range["unit"];
    item["from"] = f.from;
    out.push_back(item);
  }
  return out;
}

json finding_json(const finding& f) {
  json figures = json::array(), alternatives = json::array();
  for (const auto& u : f.figures) figures.push_back(figure_json(u));
  for (const auto& a : f.alternatives) alternatives.push_back(alternative_json(a));
  return {{"kind", to_string(f.kind)},
          {"severity", to_string(f.level)},
          {"rule", f.rule},
          {"code", f.code},
          {"description", f.description},
          {"binding", binding_json(f.bound)},
          {"check", f.check},
          {"rule_source", place(f.rule_range)},
          {"sides", sides_json(f.lhs, f.rhs)},
          {"gap", gap_json(f.gap, f.lhs)},
          {"terms", terms_json(f.terms)},
          {"figures", std::move(figures)},
          {"message", f.message},
          {"conflicted_ids", f.conflicted_ids},
          {"alternatives", std::move(alternatives)},
          {"instances", instances_json(f.instances)},
          {"cannot_close", cannot_close_json(f.cannot_close)},
          {"cause", cause_json(f.cause)}};
}

json diagnostics_json(const diagnostics* ds) {
  json out = json::array();
  if (!ds) return out;
  for (const auto& d : ds->items()) {
    json item = {{"code", d.code}, {"severity", to_string(d.level)}, {"message", d.message}};
    json at = place(d.range);
    item["file"] = at.is_null() ? json(nullptr) : at["file"];
    item["line"] = at.is_null() ? json(nullptr) : at["line"];
    item["col"] = at.is_null() ? json(nullptr) : at["col"];
    out.push_back(item);
  }
  return out;
}

json rules_json(const std::vector<rule_summary>& rules) {
  json out = json::array();
  for (const auto& r : rules) {
    out.push_back({{"rule", r.rule},
                   {"severity", to_string(r.level)},
                   {"description", r.description},
                   {"check", r.check},
                   {"rule_source", place(r.range)},
                   {"instances", r.instances},
                   {"pass", r.pass},
                   {"fail", r.fail},
                   {"conflict", r.conflict},
                   {"unknown", r.unknown},
                   {"error", r.error},
                   {"omitted", r.omitted}});
  }
  return out;
}

json data_json(const std::optional<data_summary>& d) {
  if (!d) return nullptr;
  json skipped = json::array();
  for (const auto& [reason, rows] : d->skipped)
    skipped.push_back({{"reason", reason}, {"rows", rows}});
  json cells = json::object();
  for (const auto& [what, n] : d->cells) cells[what] = n;
  return {{"file", d->file},    {"rows_read", d->rows_read}, {"rows_checked", d->rows_checked},
          {"skipped", skipped}, {"bytes", d->bytes},         {"cells", cells}};
}

json revisions_json(const revision_summary& r) {
  return {{"previous", r.previous},
          {"periods_in_both", r.periods_in_both},
          {"periods_only_new", r.periods_only_new},
          {"periods_only_previous", r.periods_only_previous},
          {"cells_compared", r.cells_compared},
          {"unchanged", r.unchanged},
          {"revised", r.revised},
          {"withdrawn", r.withdrawn},
          {"filled", r.filled},
          {"skipped", r.skipped},
          {"rows_removed", r.rows_removed},
          {"rows_added", r.rows_added},
          {"findings_omitted", r.omitted}};
}

// A value as it prints nested at `indent` in a report indented by two spaces. Invalid UTF-8
// in a quote must not abort the report: it is replaced.
std::string dump(const json& value, const std::string& indent) {
  std::string text = value.dump(2, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;  // JSON strings never hold a raw line break
  }
  return out;
}

// The findings' texts, in order, made on every core a block at a time: a dataset's report
// lists thousands, and each is a tree built, printed and freed (a tenth of a second of one core
// for the 8,000 of a 5-million-row records check). Findings are only read.
template <typename Write>
void write_findings(const std::vector<const finding*>& shown, Write write) {
  constexpr std::size_t block = 2048, alone = 64;
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::string> texts;
  for (std::size_t first = 0; first < shown.size(); first += block) {
    const std::size_t n = std::min(block, shown.size() - first);
    texts.assign(n, std::string());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i = next++; i < n; i = next++)
        texts[i] = dump(finding_json(*shown[first + i]), "    ");
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < cores && n >= alone; ++t) helpers.emplace_back(work);
    work();
    for (auto& h : helpers) h.join();
    for (const auto& text : texts) write(text);
  }
}

}  // namespace

void write_json_report(std::ostream& out, const check_result& result, const report_meta& meta,
                       bool verbose) {
  const auto& s = result.summary;
  json head = {{"schema", "crossfoot-report"},      {"version", 1},
               {"figures_file", meta.figures_file}, {"rules_files", meta.rules_files},
               {"summary", summary_json(s, true)},  {"rules", rules_json(result.rules)},
               {"data", data_json(result.data)},    {"diagnostics", diagnostics_json(meta.diags)},
               {"passes_listed", verbose}};
  // The head as one object without its closing brace; the findings follow one at a time, so
  // a report of hundreds of thousands of instances is never a tree in memory.
  std::string text = dump(head, "");
  text.resize(text.size() - 2);  // "\n}"
  out << text << ",\n  \"findings\": [";
  std::vector<const finding*> shown;
  for (const auto& f : result.findings) {
    if (f.kind != finding_kind::pass || verbose) shown.push_back(&f);
  }
  bool first = true;
  write_findings(shown, [&](const std::string& item) {
    out << (first ? "\n    " : ",\n    ") << item;
    first = false;
  });
  out << (first ? "]" : "\n  ]");
  out << ",\n  \"implied\": " << dump(implied_json(result.implied), "  ");
  if (result.revisions)
    out << ",\n  \"revisions\": " << dump(revisions_json(*result.revisions), "  ");
  out << "\n}\n";
}

std::string json_report(const check_result& result, const report_meta& meta, bool verbose) {
  std::ostringstream out;
  write_json_report(out, result, meta, verbose);
  return std::move(out).str();
}

}  // namespace crossfoot
