// The drafts in fixtures/drafts/ carry planted errors; each check must give exactly the
// findings listed in its expected.txt (checking figures.toml) and expected-draft.txt
// (checking the draft alone), no more and no fewer.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

std::set<std::string> expected_findings(const std::string& dir, const std::string& file) {
  std::set<std::string> out;
  std::istringstream in(read_text(dir + "/" + file));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') out.insert(line);
  }
  return out;
}

std::string binding_of(const nlohmann::json& f) {
  std::string b;
  for (const auto& [var, seg] : f["binding"].items()) {
    b += (b.empty() ? "" : ",") + var + "=" + seg.get<std::string>();
  }
  return b.empty() ? "-" : b;
}

// The diagnosis of a finding: `cause ID KIND BECOMES` for a repair that stands out, `suspect
// ID` for each suspect when no simple slip explains it; nothing when repairs tie.
std::vector<std::string> cause_lines(const nlohmann::json& f) {
  if (f["cause"].is_null()) return {};
  const auto& fits = f["cause"]["hypotheses"];
  if (fits.empty()) {
    std::vector<std::string> out;
    for (const auto& s : f["cause"]["suspects"])
      out.push_back("suspect " + s[0]["id"].get<std::string>());
    return out;
  }
  if (fits.size() > 1 && fits[0]["kind"] == fits[1]["kind"]) return {};
  return {"cause " + fits[0]["id"].get<std::string>() + " " + fits[0]["kind"].get<std::string>() +
          " " + fits[0]["becomes"].get<std::string>()};
}

// Failures, conflicts and errors as `RULE BINDING KIND` lines, and their diagnoses.
std::set<std::string> actual_findings(const nlohmann::json& report) {
  std::set<std::string> out;
  for (const auto& f : report["findings"]) {
    std::string kind = f["kind"];
    if (kind == "conflict") {
      for (const auto& id : f["conflicted_ids"])
        out.insert("- " + id.get<std::string>() + " conflict");
      if (!f["instances"].empty()) out.insert("- conflict among rules");
    } else if (kind == "fail" || kind == "error") {
      out.insert(f["rule"].get<std::string>() + " " + binding_of(f) + " " + kind);
    }
    for (const auto& line : cause_lines(f)) out.insert(line);
  }
  return out;
}

// Runs `args` and compares its findings with the expectation file `expected` of the draft.
// Returns the number of rule instances the check bound.
int expect_planted_findings(const std::string& rel, const std::string& args,
                            const std::string& expected_file) {
  run_output r = run_crossfoot(args + " --format json");
  if (r.status != 0 && r.status != 1) {
    ADD_FAILURE() << r.err;
    return 0;
  }
  auto report = nlohmann::json::parse(r.out);
  auto expected = expected_findings(std::string(CROSSFOOT_SOURCE_DIR) + "/" + rel, expected_file);
  // Conflicts list every id of the group; the expectation names the first.
  auto actual = actual_findings(report);
  for (const auto& e : expected) EXPECT_TRUE(actual.count(e)) << "missing: " << e;
  for (const auto& a : actual) {
    bool listed = expected.count(a) || a.rfind("- ", 0) == 0;
    EXPECT_TRUE(listed) << "unexpected: " << a;
  }
  EXPECT_EQ(r.status, expected.empty() ? 0 : 1);
  EXPECT_TRUE(r.err.empty()) << r.err;
  return report["summary"]["instances"].get<int>();
}

class Draft : public ::testing::TestWithParam<std::string> {};

TEST_P(Draft, GivesExactlyItsPlantedFindings) {
  const std::string rel = "fixtures/drafts/" + GetParam();
  expect_planted_findings(rel, "check " + rel + "/figures.toml", "expected.txt");
}

// "check --draft flags the planted errors of your drafts with no figures file": the ids the
// extractor suggests bind the same rules, so the same errors come out, under the ids of
// rules/trade.rules (the country's own flows are trade.*).
TEST_P(Draft, CheckDraftFlagsThePlantedErrorsWithoutAFiguresFile) {
  const std::string rel = "fixtures/drafts/" + GetParam();
  const int bound = expect_planted_findings(
      rel, "check --draft " + rel + "/draft.md --rules rules/trade.rules", "expected-draft.txt");
  // A clean result must come from checked claims, not from ids that no rule names: the draft
  // alone binds at least half the instances its hand-made figures file binds.
  const int by_hand =
      expect_planted_findings(rel, "check " + rel + "/figures.toml", "expected.txt");
  EXPECT_GE(2 * bound, by_hand);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, Draft, ::testing::ValuesIn(case_dirs("fixtures/drafts")),
                         [](const auto& instance) {
                           std::string name = instance.param;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(Audit, RealBriefingFlagsOnlyTheIntermediateGoodsConflict) {
  // "crossfoot check fixtures/gacc-2023/figures.toml must report the intermediate-goods claims
  // as a conflict and no other error"
  run_output r = run_crossfoot("check fixtures/gacc-2023/figures.toml --format json");
  ASSERT_EQ(r.status, 1) << r.err;
  auto report = nlohmann::json::parse(r.out);
  std::set<std::string> errors;
  for (const auto& f : report["findings"]) {
    std::string kind = f["kind"];
    if (f["severity"] == "error" && (kind == "fail" || kind == "error" || kind == "conflict")) {
      errors.insert(kind == "conflict" ? "conflict " + f["conflicted_ids"][0].get<std::string>()
                                       : kind + " " + f["rule"].get<std::string>());
    }
  }
  EXPECT_EQ(errors, std::set<std::string>{"conflict intermediate.total"});
  // The claim the other figures contradict is the second one, RMB 11.24 trillion.
  for (const auto& f : report["findings"]) {
    if (f["kind"] != "conflict") continue;
    int failing_with_first = 0, failing_with_second = 0;
    for (const auto& a : f["alternatives"]) {
      if (a["kind"] == "fail") (a["alternative"] == 0 ? failing_with_first : failing_with_second)++;
    }
    EXPECT_EQ(failing_with_first, 0);
    EXPECT_GE(failing_with_second, 2);
    // "diagnoses the intermediate-goods claim as a mislabelled exports figure"
    ASSERT_FALSE(f["cause"].is_null());
    const auto& top = f["cause"]["hypotheses"][0];
    EXPECT_EQ(top["kind"], "relabel");
    EXPECT_EQ(top["becomes"], "intermediate.exports");
    EXPECT_EQ(top["written"], "RMB 11.24 trillion");
  }
  // "reports the implied totals of trade, exports and imports (ranges that contain the
  // official 2023 figures RMB 41.76, 23.77 and 17.99 trillion, which the text never states)"
  std::map<std::string, double> official = {
      {"trade.total", 41.76}, {"trade.exports", 23.77}, {"trade.imports", 17.99}};
  int found = 0;
  for (const auto& i : report["implied"]) {
    auto it = official.find(i["id"]);
    if (it == official.end()) continue;
    ++found;
    EXPECT_EQ(i["unit"], "RMB trillion");
    EXPECT_LE(i["lo"].get<double>(), it->second) << it->first;
    EXPECT_GE(i["hi"].get<double>(), it->second) << it->first;
    EXPECT_LT(i["hi"].get<double>() - i["lo"].get<double>(), 0.1) << it->first;
  }
  EXPECT_EQ(found, 3);
}

}  // namespace
}  // namespace crossfoot::testing
