// The HTML report's structure and escaping; tests/node/html_report.test.js meets the page in
// a real browser.
#include <gtest/gtest.h>

#include "report/html_report.hpp"

namespace crossfoot {
namespace {

const unit trillion = unit::level("RMB", 12, "trillion");

struct sample {
  figure_set figures;
  check_result result;
};

// A hostile draft: markup in the text, in a quote and in a rule's description.
sample hostile() {
  sample s;
  auto doc = make_source("draft.md",
                         "<script>alert(1)</script> Exports were RMB 3.2 trillion; imports RMB 1.1 "
                         "trillion.\n");
  s.figures.file = make_source("f.toml", "");
  auto add = [&](const std::string& id, const std::string& written, std::size_t b, std::size_t e) {
    figure f{id, {}};
    claim c;
    c.written = written;
    c.value = interval::closed(1, 2);
    c.q.written_unit = trillion;
    c.in_text = source_range{doc, b, e};
    f.claims.push_back(c);
    s.figures.index.emplace(id, s.figures.figures.size());
    s.figures.figures.push_back(f);
  };
  std::string text = doc->text();
  auto at = [&](const std::string& w) { return text.find(w); };
  add("t.exports", "RMB 3.2 trillion", at("RMB 3.2"), at("RMB 3.2") + 16);
  add("t.imports", "RMB 1.1 trillion", at("RMB 1.1"), at("RMB 1.1") + 16);
  finding f;
  f.kind = finding_kind::fail;
  f.rule = "flows";
  f.description = "</summary><script>alert(2)</script>";
  f.check = "t.exports < t.imports";
  f.lhs = side{interval::closed(3.15e12, 3.25e12), trillion, "t.exports"};
  f.rhs = side{interval::closed(1.05e12, 1.15e12), trillion, "t.imports"};
  f.gap = 2e12;
  figure_use u;
  u.id = "t.exports";
  u.claim = 0;
  u.written = "RMB 3.2 trillion";
  u.display = trillion;
  u.value = interval::closed(3.15e12, 3.25e12);
  f.figures.push_back(u);
  s.result.findings.push_back(f);
  s.result.summary.fail = 1;
  return s;
}

TEST(HtmlReport, SelfContainedAndEscaped) {
  sample s = hostile();
  std::string html = html_report(s.result, {"f.toml", {"r.rules"}, nullptr, &s.figures});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  // Nothing of the draft or the rule becomes markup.
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;/summary&gt;&lt;script&gt;alert(2)"), std::string::npos);
  // No request: no src or href outside the page, and a policy that forbids any.
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
}

TEST(HtmlReport, EachFigureMarkedWithItsStatusInWordsAndIcon) {
  sample s = hostile();
  std::string html = html_report(s.result, {"f.toml", {}, nullptr, &s.figures});
  EXPECT_NE(html.find("<a class=\"fig st-failing\" id=\"c-t.exports\" href=\"#c-t.exports\" "
                      "role=\"button\" data-findings=\"f0\""),
            std::string::npos)
      << html;
  EXPECT_NE(html.find(">RMB 3.2 trillion<span class=\"icon\" aria-hidden=\"true\">\u2717</span>"
                      "<span class=\"sr\" id=\"c-t.exports-s\"> (t.exports: failing)</span></a>"),
            std::string::npos);
  EXPECT_NE(html.find("class=\"fig st-unchecked\" id=\"c-t.imports\""), std::string::npos);
  // The finding's arithmetic, with a link back to the claim in the text.
  EXPECT_NE(html.find("<th scope=\"row\">gap</th><td class=\"num\">RMB 2 trillion</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<a class=\"jump st-failing\" href=\"#c-t.exports\">t.exports = RMB 3.2 "
                      "trillion</a>"),
            std::string::npos);
}

TEST(HtmlReport, WatchModeOnlyLoadsItsStampScript) {
  sample s = hostile();
  std::string plain = html_report(s.result, {"f.toml", {}, nullptr, &s.figures});
  EXPECT_EQ(plain.find("crossfootWatch"), std::string::npos);
  std::string watched = html_report(s.result, {"f.toml", {}, nullptr, &s.figures},
                                    {"report.html.stamp.js", "abc\"</script>"});
  EXPECT_NE(watched.find("var crossfootWatch = {script: \"report.html.stamp.js\", stamp: "
                         "\"abc/script\"};"),
            std::string::npos)
      << watched;
  EXPECT_EQ(html_watch_script("abc\"</script>"), "crossfootStamp(\"abc/script\");\n");
}

TEST(HtmlReport, DatasetShowsRulesAndFailingRows) {
  check_result r;
  r.data = data_summary{"trade.csv", 10, 9, {{"ragged row", 1}}};
  rule_summary rs;
  rs.rule = "balance";
  rs.instances = 9;
  rs.pass = 8;
  rs.fail = 1;
  r.rules.push_back(rs);
  finding f;
  f.kind = finding_kind::fail;
  f.rule = "balance";
  f.bound = {{"row", "7"}};
  figure_use u;
  u.id = "total";
  u.written = "12<3";
  u.display = unit::number();
  f.figures.push_back(u);
  r.findings.push_back(f);
  std::string html = html_report(r, {"spec.toml", {}, nullptr, nullptr});
  EXPECT_NE(html.find("<code>trade.csv</code>: 10 rows read, 9 checked; 1 skipped (ragged row)"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<th><code>total</code></th>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"num\">12&lt;3</td>"), std::string::npos);
  EXPECT_NE(html.find("<details open><summary><h2 id=\"rules-h\">Rules</h2>"), std::string::npos);
}

}  // namespace
}  // namespace crossfoot
