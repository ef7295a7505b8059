// JUnit, SARIF and GitHub reports from one finding model: their structure, their counts, and
// escaping that no quote, description or file name can break out of.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/escape.hpp"
#include "report/report.hpp"

namespace crossfoot {
namespace {

const unit trillion = unit::level("RMB", 12, "trillion");

// A document with a hostile quote, a failing instance at error and one at warning severity,
// and a rule that binds nothing.
check_result sample() {
  auto doc = make_source("doc, \"one\".txt", "total: RMB 2.48 trillion <script>x</script>\n");
  auto rules = make_source("r.rules", "rule flows_sum: ...\nrule soft warning: ...\n");
  finding f;
  f.kind = finding_kind::fail;
  f.rule = "flows_sum";
  f.description = "flows add up: 100%, \"always\" & <never> more";
  f.bound = {{"X", "t"}};
  f.check = "X.exports + X.imports == X.total";
  f.rule_range = {rules, 5, 14};
  f.lhs = side{interval::closed(2.37e12, 2.38e12), trillion, "X.exports + X.imports"};
  f.rhs = side{interval::closed(2.475e12, 2.485e12), trillion, "X.total"};
  f.gap = 0.095e12;
  figure_use u;
  u.id = "t.total";
  u.claim = 0;
  u.written = "RMB 2.48 trillion";
  u.value = interval::closed(2.475e12, 2.485e12);
  u.display = trillion;
  u.quote = "RMB 2.48 trillion <script>";
  u.in_text = source_range{doc, 7, 24};
  f.figures.push_back(u);
  finding w = f;
  w.rule = "soft";
  w.level = severity::warning;
  w.description = "soft";
  w.rule_range = {rules, 25, 29};
  check_result r;
  r.findings = {f, w};
  r.summary = {3, 2, 0, 1, 0, 0, 0, 0, 1, 0, 0};
  rule_summary a{"flows_sum", severity::error, f.description, f.check, f.rule_range, 1, 0, 1};
  rule_summary b{"soft", severity::warning, "soft", w.check, w.rule_range, 1, 0, 1};
  rule_summary c{"unbound", severity::error, "", "x.y > 0", {}, 0};
  r.rules = {a, b, c};
  return r;
}

report_meta meta() {
  return {"f.toml", {"r.rules"}, nullptr};
}

TEST(Escape, XmlAttributesAndText) {
  EXPECT_EQ(xml_escape("a<b>&\"c'\n\x01"), "a&lt;b&gt;&amp;&quot;c&#39;&#10;\xEF\xBF\xBD");
  EXPECT_EQ(xml_text("a\nb\tc\r"), "a\nb\tc&#13;");
  EXPECT_EQ(xml_escape("\xff ok \xc3\xa9"), "\xEF\xBF\xBD ok \xc3\xa9");          // invalid UTF-8
  EXPECT_EQ(valid_utf8("\xed\xa0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST(Escape, GitHubDataAndProperties) {
  // GitHub's rules: data escapes % CR LF; properties also : and ,.
  EXPECT_EQ(github_data("50% of a\r\nb: c, d"), "50%25 of a%0D%0Ab: c, d");
  EXPECT_EQ(github_property("dir:a,b%\n.txt"), "dir%3Aa%2Cb%25%0A.txt");
  // A message cannot end the command early or start another one.
  EXPECT_EQ(github_data("x\n::error::injected"), "x%0A::error::injected");
}

TEST(Escape, PathsAsUris) {
  EXPECT_EQ(path_uri("docs/a b,c.txt"), "docs/a%20b%2Cc.txt");
  EXPECT_EQ(path_uri("/abs/x.txt"), "file:///abs/x.txt");
  EXPECT_EQ(path_uri("../shared/corpus/x.txt"), "../shared/corpus/x.txt");
}

TEST(JUnit, EachRuleATestCaseWithFailuresInsideAndWarningsBelowFailOnPassing) {
  std::string xml = junit_report(sample(), meta());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0), 0u);
  EXPECT_NE(xml.find("<testsuites name=\"crossfoot\" tests=\"3\" failures=\"1\" errors=\"0\" "
                     "skipped=\"1\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<testcase name=\"flows_sum\" classname=\"crossfoot.rules\" file=\"r.rules\" "
                     "line=\"1\" assertions=\"1\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<failure message=\"1 of 1 instances fail: flows add up: 100%, "
                     "&quot;always&quot; &amp; &lt;never&gt; more\" type=\"error\">"),
            std::string::npos)
      << xml;
  // The warning passes under --fail-on error, and is listed.
  auto soft = xml.find("<testcase name=\"soft\"");
  ASSERT_NE(soft, std::string::npos);
  EXPECT_EQ(xml.find("<failure", soft), std::string::npos);
  EXPECT_NE(xml.find("<system-out>", soft), std::string::npos);
  EXPECT_NE(xml.find("<skipped message=\"no instance: the rule binds no figures\"/>"),
            std::string::npos);
  // Nothing of the hostile quote survives unescaped.
  EXPECT_EQ(xml.find("<script>"), std::string::npos);
}

TEST(JUnit, FailOnWarningMakesTheWarningAFailure) {
  std::string xml = junit_report(sample(), meta(), severity::warning);
  EXPECT_NE(xml.find("failures=\"2\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("type=\"warning\""), std::string::npos) << xml;
}

TEST(JUnit, InvalidInputIsAnErrorCase) {
  diagnostics ds;
  ds.error("CF2002", {}, "TOML syntax error");
  std::string xml = junit_report({}, {"f.toml", {}, &ds});
  EXPECT_NE(xml.find("<testcase name=\"inputs\" classname=\"crossfoot.inputs\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<error message=\"the inputs cannot be checked\" type=\"invalid input\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("errors=\"1\""), std::string::npos);
}

TEST(Sarif, ResultsAtTheirPlacesWithRulesAndLevels) {
  auto log = nlohmann::json::parse(sarif_report(sample(), meta()));
  EXPECT_EQ(log["version"], "2.1.0");
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const auto& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0]["id"], "flows_sum");
  EXPECT_EQ(rules[0]["fullDescription"]["text"], "check: X.exports + X.imports == X.total");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "warning");
  const auto& results = run["results"];
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0]["ruleId"], "flows_sum");
  EXPECT_EQ(results[0]["ruleIndex"], 0);
  EXPECT_EQ(results[0]["level"], "error");
  EXPECT_EQ(results[0]["kind"], "fail");
  EXPECT_EQ(results[1]["level"], "warning");
  const auto& at = results[0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(at["artifactLocation"]["uri"], "doc%2C%20%22one%22.txt");
  EXPECT_EQ(at["region"]["startLine"], 1);
  EXPECT_EQ(at["region"]["startColumn"], 8);
  EXPECT_EQ(at["region"]["endColumn"], 25);
  EXPECT_EQ(at["region"]["snippet"]["text"], "RMB 2.48 trillion");
  EXPECT_EQ(results[0]["relatedLocations"][0]["message"]["text"], "t.total = RMB 2.48 trillion");
  // Stable across runs, different between findings.
  auto again = nlohmann::json::parse(sarif_report(sample(), meta()));
  EXPECT_EQ(results[0]["partialFingerprints"],
            again["runs"][0]["results"][0]["partialFingerprints"]);
  EXPECT_NE(results[0]["partialFingerprints"], results[1]["partialFingerprints"]);
}

TEST(Sarif, ConflictsAndLoadProblemsUnderStableCodes) {
  check_result r;
  finding c;
  c.kind = finding_kind::conflict;
  c.message = "x is claimed 2 times with values that cannot all be true";
  c.conflicted_ids = {"x"};
  r.findings.push_back(c);
  diagnostics ds;
  ds.warning("CF2101", {}, "quote not found");
  auto log = nlohmann::json::parse(sarif_report(r, {"f.toml", {}, &ds}));
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["results"][0]["ruleId"], "CF2101");
  EXPECT_EQ(run["results"][0]["level"], "warning");
  EXPECT_EQ(run["results"][1]["ruleId"], "CF4080");
  const auto& rules = run["tool"]["driver"]["rules"];
  EXPECT_EQ(rules[run["results"][1]["ruleIndex"].get<std::size_t>()]["shortDescription"]["text"],
            "claims of one figure cannot all be true");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], true);
}

TEST(Sarif, UndecidedInstancesAreOpenNotFailures) {
  check_result r = sample();
  r.findings[0].kind = finding_kind::unknown;
  auto log = nlohmann::json::parse(sarif_report(r, meta()));
  EXPECT_EQ(log["runs"][0]["results"][0]["kind"], "open");
  EXPECT_EQ(log["runs"][0]["results"][0]["level"], "none");
}

TEST(GitHub, OneCommandPerFindingEscapedThenTheSummary) {
  std::string out = github_report(sample(), meta());
  EXPECT_EQ(
      out.rfind("::error file=doc%2C \"one\".txt,line=1,col=8,title=crossfoot flows_sum::flows "
                "add up: 100%25, \"always\" & <never> more (X = t)%0A  check: ",
                0),
      0u)
      << out;
  EXPECT_NE(out.find("\n::warning file=doc%2C \"one\".txt,line=1,col=8,title=crossfoot soft::"),
            std::string::npos)
      << out;
  // Every line is a command but the last, the summary.
  std::size_t lines = 0;
  for (char c : out) lines += c == '\n';
  EXPECT_EQ(lines, 3u);
  EXPECT_NE(out.find("\ncrossfoot: 3 rules, 2 instances:"), std::string::npos) << out;
}

TEST(Formats, NamesRoundTrip) {
  for (auto name : {"text", "json", "junit", "sarif", "github", "html"})
    EXPECT_TRUE(report_format_named(name)) << name;
  EXPECT_FALSE(report_format_named("yaml"));
  EXPECT_EQ(report_format_names(), "text|json|junit|sarif|github|html");
}

}  // namespace
}  // namespace crossfoot
