#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>

#include "report/report.hpp"

namespace crossfoot {
namespace {

const unit trillion = unit::level("RMB", 12, "trillion");

figure_use use(const std::string& id, const std::string& written, double lo, double hi,
               const source_ptr& file, std::size_t at) {
  figure_use u;
  u.id = id;
  u.claim = 0;
  u.written = written;
  u.value = interval::closed(lo, hi);
  u.display = trillion;
  u.quote = "";
  u.where = {file, at, at + 5};
  return u;
}

check_result one_failure() {
  auto file = make_source("f.toml", "[t.total]\nvalue = \"RMB 2.48 trillion\"\n");
  finding f;
  f.kind = finding_kind::fail;
  f.rule = "flows_sum";
  f.description = "flows add up";
  f.bound = {{"X", "t"}};
  f.check = "X.exports + X.imports == X.total";
  f.lhs = side{interval::closed(2.37e12, 2.38e12), trillion, "X.exports + X.imports"};
  f.rhs = side{interval::closed(2.475e12, 2.485e12), trillion, "X.total"};
  f.gap = 0.095e12;
  f.figures.push_back(use("t.total", "RMB 2.48 trillion", 2.475e12, 2.485e12, file, 18));
  check_result r;
  r.findings.push_back(f);
  finding pass = f;
  pass.kind = finding_kind::pass;
  r.findings.push_back(pass);
  r.summary = {1, 2, 1, 1, 0, 0, 0, 0};
  return r;
}

TEST(TextReport, OneBlockPerFailureThenSummary) {
  EXPECT_EQ(text_report(one_failure(), {}),
            "f.toml:2:9: error[flows_sum]: flows add up (X = t)\n"
            "    2 | value = \"RMB 2.48 trillion\"\n"
            "      |         ^~~~~\n"
            "  check: X.exports + X.imports == X.total\n"
            "  lhs: RMB [2.37, 2.38] trillion   X.exports + X.imports\n"
            "  rhs: RMB [2.475, 2.485] trillion   X.total\n"
            "  gap: RMB 0.095 trillion\n"
            "  t.total = RMB 2.48 trillion  RMB [2.475, 2.485] trillion  at f.toml:2:9\n"
            "\n"
            "crossfoot: 1 rules, 2 instances: 1 pass, 1 fail, 0 conflict, 0 unknown, 0 error\n");
}

TEST(TextReport, ColourOnlyWhenAsked) {
  EXPECT_EQ(text_report(one_failure(), {}).find("\033["), std::string::npos);
  EXPECT_NE(text_report(one_failure(), {true, false}).find("\033[1;31merror"), std::string::npos);
}

TEST(TextReport, ConflictShowsWhichClaimTheOthersSupport) {
  check_result r;
  finding c;
  c.kind = finding_kind::conflict;
  c.message = "x is claimed 2 times with values that cannot all be true";
  c.conflicted_ids = {"x"};
  auto file = make_source("f.toml", "x\n");
  c.figures = {use("x", "RMB 25.53 trillion", 25.525e12, 25.535e12, file, 0),
               use("x", "RMB 11.24 trillion", 11.235e12, 11.245e12, file, 0)};
  c.figures[1].claim = 1;
  alternative_outcome ok{0, "within", {{"X", "x"}}, finding_kind::pass, {}, {}, 0, {}};
  alternative_outcome bad{1, "within", {{"X", "x"}}, finding_kind::fail, {}, {}, 0, {}};
  c.alternatives = {ok, bad};
  r.findings.push_back(c);
  std::string text = text_report(r, {});
  EXPECT_NE(text.find("error[conflict]: x is claimed 2 times"), std::string::npos) << text;
  EXPECT_NE(text.find("  claim 2: x = RMB 11.24 trillion"), std::string::npos) << text;
  EXPECT_NE(text.find("  with claim 1: 1 of 1 instances pass\n"), std::string::npos) << text;
  EXPECT_NE(
      text.find("  with claim 2: 0 of 1 instances pass, these fail:\n    fails within (X = x)"),
      std::string::npos)
      << text;
}

TEST(JsonReport, DocumentedFieldsInTheirUnits) {
  auto j = nlohmann::json::parse(json_report(one_failure(), {"f.toml", {"r.rules"}, nullptr}));
  EXPECT_EQ(j["schema"], "crossfoot-report");
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["summary"]["fail"], 1);
  EXPECT_EQ(j["summary"]["pass"], 1);
  // The passing instance is counted, not listed.
  EXPECT_EQ(j["passes_listed"], false);
  ASSERT_EQ(j["findings"].size(), 1u);
  const auto& f = j["findings"][0];
  EXPECT_EQ(f["kind"], "fail");
  EXPECT_EQ(f["binding"]["X"], "t");
  EXPECT_EQ(f["sides"]["lhs"]["unit"], "RMB trillion");
  EXPECT_NEAR(f["sides"]["rhs"]["lo"].get<double>(), 2.475, 1e-12);
  EXPECT_NEAR(f["gap"]["value"].get<double>(), 0.095, 1e-12);
  EXPECT_EQ(f["figures"][0]["figures_file"]["line"], 2);
  EXPECT_TRUE(f["figures"][0]["source"].is_null());
}

TEST(JsonReport, VerboseListsThePassingInstancesToo) {
  const check_result r = one_failure();
  const std::string all = json_report(r, {"f.toml", {"r.rules"}, nullptr}, true);
  auto j = nlohmann::json::parse(all);
  EXPECT_EQ(j["passes_listed"], true);
  ASSERT_EQ(j["findings"].size(), 2u);
  EXPECT_EQ(j["findings"][1]["kind"], "pass");
  // Written a finding at a time, the report is what one nlohmann dump of it would be.
  EXPECT_EQ(all, nlohmann::ordered_json::parse(all).dump(2) + "\n");
}

TEST(JsonReport, ThousandsOfFindingsComeInTheirOrderEachOnce) {
  // Made on every core, a block of 2,048 at a time: 5,000 findings cross two blocks' ends;
  // a pass between them is left out unless verbose.
  const check_result one = one_failure();
  check_result r;
  for (int i = 0; i < 5000; ++i) {
    finding f = one.findings[0];
    f.message = "finding " + std::to_string(i);
    f.gap = i;
    r.findings.push_back(f);
    if (i == 2047) r.findings.push_back(one.findings[1]);
  }
  const std::string text = json_report(r, {"f.toml", {"r.rules"}, nullptr});
  auto j = nlohmann::json::parse(text);
  ASSERT_EQ(j["findings"].size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(j["findings"][static_cast<std::size_t>(i)]["message"],
              "finding " + std::to_string(i));
  }
  EXPECT_EQ(text, nlohmann::ordered_json::parse(text).dump(2) + "\n");
  EXPECT_EQ(nlohmann::json::parse(json_report(r, {}, true))["findings"].size(), 5001u);
}

TEST(JsonReport, InfiniteEndsAreNullAndTextIsEscaped) {
  check_result r = one_failure();
  r.findings[0].lhs->value = interval{5e12, std::numeric_limits<double>::infinity(), true, true};
  r.findings[0].figures[0].quote = "a \"quoted\"\nline";
  auto j = nlohmann::json::parse(json_report(r, {}));
  EXPECT_TRUE(j["findings"][0]["sides"]["lhs"]["hi"].is_null());
  EXPECT_EQ(j["findings"][0]["sides"]["lhs"]["lo_open"], true);
  EXPECT_EQ(j["findings"][0]["figures"][0]["quote"], "a \"quoted\"\nline");
}

TEST(ExitStatus, CountsFailuresAtOrAboveTheThreshold) {
  finding f;
  f.kind = finding_kind::fail;
  f.level = severity::warning;
  EXPECT_FALSE(counts_against(f, severity::error));
  EXPECT_TRUE(counts_against(f, severity::warning));
  EXPECT_TRUE(counts_against(f, severity::info));
  f.kind = finding_kind::unknown;
  EXPECT_FALSE(counts_against(f, severity::info));
}

}  // namespace
}  // namespace crossfoot
