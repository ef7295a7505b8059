// Every finding kind in both reports, and where a finding is placed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/places.hpp"
#include "report/report.hpp"

namespace crossfoot {
namespace {

const unit trillion = unit::level("RMB", 12, "trillion");

finding with_rule(finding_kind kind, const std::string& rule) {
  finding f;
  f.kind = kind;
  f.rule = rule;
  f.check = "a.exports <= a.total";
  return f;
}

figure_use stated(const std::string& id, const std::string& written, double lo, double hi) {
  figure_use u;
  u.id = id;
  u.claim = 0;
  u.written = written;
  u.value = interval::closed(lo, hi);
  u.display = trillion;
  return u;
}

check_result holding(finding f) {
  check_result r;
  r.findings.push_back(std::move(f));
  return r;
}

TEST(TextReport, UnknownIsANoteNamingTheMissingFigure) {
  finding f = with_rule(finding_kind::unknown, "within_total");
  f.level = severity::error;
  f.message = "a.total is not stated";
  figure_use missing;
  missing.id = "a.total";
  missing.stated = false;
  f.figures = {missing};
  std::string text = text_report(holding(f), {});
  EXPECT_NE(text.find("note[within_total]: cannot be decided: a.total is not stated\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  a.total: not stated\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("error["), std::string::npos) << text;
}

TEST(TextReport, ErrorFindingShowsItsMessageAtTheRuleSeverity) {
  finding f = with_rule(finding_kind::error, "mixed");
  f.level = severity::warning;
  f.message = "cannot add a.exports (vehicle) and a.imports (RMB)";
  std::string text = text_report(holding(f), {});
  EXPECT_NE(text.find("warning[mixed]: cannot add a.exports (vehicle) and a.imports (RMB)\n"),
            std::string::npos)
      << text;
}

TEST(TextReport, PassIsShownOnlyWhenVerbose) {
  finding f = with_rule(finding_kind::pass, "holds_rule");
  f.description = "parts within the whole";
  EXPECT_EQ(text_report(holding(f), {}).find("holds_rule"), std::string::npos);
  std::string text = text_report(holding(f), {false, true});
  EXPECT_NE(text.find("note[holds_rule]: parts within the whole: holds\n"), std::string::npos)
      << text;
}

TEST(TextReport, SummaryMentionsInstancesDecidedPerClaimOnlyWhenThereAreSome) {
  check_summary s{3, 5, 2, 1, 1, 1, 0, 0};
  EXPECT_EQ(summary_line(s),
            "crossfoot: 3 rules, 5 instances: 2 pass, 1 fail, 1 conflict, 1 unknown, 0 error\n");
  s.depend_on_conflict = 4;
  EXPECT_NE(summary_line(s).find("4 instances decided per claim"), std::string::npos);
}

TEST(Places, QuoteInTextBeatsFiguresFileBeatsRule) {
  auto toml = make_source("f.toml", "[a]\nvalue = 1\n");
  auto doc = make_source("doc.txt", "line one\nit reached RMB 1 trillion\n");
  auto rules = make_source("r.rules", "rule r: a == 1\n");
  finding f = with_rule(finding_kind::fail, "r");
  f.rule_range = {rules, 5, 6};
  EXPECT_EQ(place_text(primary_place(f)), "r.rules:1:6");
  figure_use u = stated("a", "RMB 1 trillion", 0.95e12, 1.05e12);
  u.where = {toml, 4, 5};
  f.figures = {u};
  EXPECT_EQ(place_text(primary_place(f)), "f.toml:2:1");
  f.figures[0].in_text = source_range{doc, 12, 15};
  EXPECT_EQ(place_text(primary_place(f)), "doc.txt:2:4");
  EXPECT_EQ(place_text(source_range{}), "");
}

TEST(Places, GapBetweenPercentagesIsInPoints) {
  EXPECT_EQ(gap_unit(unit::percent()).style, unit_style::points);
  EXPECT_EQ(gap_unit(trillion).name(), trillion.name());
  EXPECT_EQ(binding_text({{"X", "a.b"}, {"Y", "c"}}), "(X = a.b, Y = c)");
  EXPECT_EQ(binding_text({}), "");
}

TEST(JsonReport, ConflictListsClaimsAndAlternatives) {
  finding c = with_rule(finding_kind::conflict, "");
  c.message = "x is claimed 2 times with values that cannot all be true";
  c.conflicted_ids = {"x"};
  c.figures = {stated("x", "RMB 25.53 trillion", 25.525e12, 25.535e12),
               stated("x", "RMB 11.24 trillion", 11.235e12, 11.245e12)};
  c.figures[1].claim = 1;
  alternative_outcome bad{1, "within", {{"X", "x"}}, finding_kind::fail, {}, {}, 0, {}};
  bad.lhs = side{interval::closed(14.285e12, 14.295e12), trillion, "X.imports"};
  bad.rhs = side{interval::closed(11.235e12, 11.245e12), trillion, "X.total"};
  bad.gap = 3.04e12;
  c.alternatives = {bad};
  auto j = nlohmann::json::parse(json_report(holding(c), {}));
  const auto& f = j["findings"][0];
  EXPECT_EQ(f["kind"], "conflict");
  EXPECT_EQ(f["conflicted_ids"], nlohmann::json::array({"x"}));
  ASSERT_EQ(f["figures"].size(), 2u);
  EXPECT_EQ(f["figures"][1]["claim"], 1);
  EXPECT_EQ(f["figures"][1]["value"], "RMB 11.24 trillion");
  EXPECT_NEAR(f["figures"][1]["hi"].get<double>(), 11.245, 1e-12);
  const auto& a = f["alternatives"][0];
  EXPECT_EQ(a["alternative"], 1);
  EXPECT_EQ(a["kind"], "fail");
  EXPECT_EQ(a["binding"]["X"], "x");
  EXPECT_NEAR(a["gap"]["value"].get<double>(), 3.04, 1e-12);
  EXPECT_EQ(a["gap"]["unit"], "RMB trillion");
  EXPECT_TRUE(f["sides"].is_null());
}

TEST(JsonReport, PercentSidesAreInPercentAndTheirGapInPoints) {
  finding f = with_rule(finding_kind::fail, "share");
  f.lhs = side{interval::closed(0.6105, 0.6115), unit::percent(), "a.share"};
  f.rhs = side{interval::closed(0.4725, 0.4735), unit::percent(), "b.share"};
  f.gap = 0.137;
  auto j = nlohmann::json::parse(json_report(holding(f), {}));
  const auto& s = j["findings"][0]["sides"]["lhs"];
  EXPECT_EQ(s["unit"], "%");
  EXPECT_NEAR(s["lo"].get<double>(), 61.05, 1e-9);
  EXPECT_EQ(j["findings"][0]["gap"]["unit"], "pp");
  EXPECT_NEAR(j["findings"][0]["gap"]["value"].get<double>(), 13.7, 1e-9);
}

TEST(JsonReport, DiagnosticsCarryCodeAndPlace) {
  diagnostics ds;
  auto file = make_source("r.rules", "rule x\n");
  ds.error("CF1001", {file, 5, 6}, "expected ':' after rule name");
  ds.warning("CF2201", {}, "quote not found");
  auto j = nlohmann::json::parse(json_report({}, {"f.toml", {}, &ds}));
  ASSERT_EQ(j["diagnostics"].size(), 2u);
  const auto& d = j["diagnostics"][0];
  EXPECT_EQ(d["code"], "CF1001");
  EXPECT_EQ(d["severity"], "error");
  EXPECT_EQ(d["file"], "r.rules");
  EXPECT_EQ(d["line"], 1);
  EXPECT_EQ(d["col"], 6);
  EXPECT_TRUE(j["diagnostics"][1]["file"].is_null());
  EXPECT_EQ(j["diagnostics"][1]["severity"], "warning");
  EXPECT_TRUE(j["findings"].empty());
}

TEST(JsonReport, InvalidUtf8InAQuoteIsReplacedNotFatal) {
  finding f = with_rule(finding_kind::fail, "r");
  figure_use u = stated("a", "RMB 1 trillion", 0.95e12, 1.05e12);
  u.quote = "bad \xff byte";
  f.figures = {u};
  std::string text = json_report(holding(f), {});
  auto j = nlohmann::json::parse(text);
  EXPECT_EQ(j["findings"][0]["figures"][0]["quote"], "bad \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace crossfoot
