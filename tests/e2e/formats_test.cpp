// Word and HTML drafts: fixtures/drafts/velmar-2024 holds one draft as Markdown, as a Word
// document under review (tracked changes, a comment, field codes, a hidden run, a deleted
// table row) and as an HTML page. As printed they say the same, so they must give the same
// claims and the same findings; only the places differ, and those name paragraphs and cells.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

const std::string dir = "fixtures/drafts/velmar-2024/";

// Findings as the drafts tests write them: `RULE BINDING KIND`, conflicts by id, and the
// suspects of each failure.
std::multiset<std::string> findings_of(const std::string& draft) {
  run_output r =
      run_crossfoot("check --draft " + draft + " --rules rules/trade.rules --format json");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_EQ(r.err, "");
  std::multiset<std::string> out;
  if (r.out.empty()) return out;
  auto report = nlohmann::json::parse(r.out);
  for (const auto& f : report["findings"]) {
    std::string line = f["rule"].is_string() ? f["rule"].get<std::string>() : "-";
    for (const auto& [var, seg] : f["binding"].items())
      line += " " + var + "=" + seg.get<std::string>();
    out.insert(line + " " + f["kind"].get<std::string>());
    if (!f["cause"].is_null()) {
      for (const auto& s : f["cause"]["suspects"])
        out.insert("suspect " + s[0]["id"].get<std::string>());
    }
  }
  const auto& s = report["summary"];
  out.insert("instances " + s["instances"].dump() + ", pass " + s["pass"].dump());
  return out;
}

// Every claim as the extractor read it; ids made of the claim's place (line_5, paragraph_3)
// differ by format and are compared as such.
std::vector<std::string> claims_of(const std::string& draft) {
  run_output r = run_crossfoot("extract " + draft + " --format json");
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> out;
  if (r.out.empty()) return out;
  const auto parsed = nlohmann::json::parse(r.out);
  for (const auto& c : parsed["claims"]) {
    std::string id = c["id"];
    if (id.rfind("line_", 0) == 0 || id.rfind("paragraph_", 0) == 0 || id.rfind("table_", 0) == 0)
      id = "(by place)";
    out.push_back(c["written"].get<std::string>() + " | " + id + " | " +
                  c["kind"].get<std::string>() + " | " + c["value"].dump() + " " +
                  c["unit"].get<std::string>() + " | " + c["subject"].get<std::string>());
  }
  return out;
}

class Twin : public ::testing::TestWithParam<std::string> {};

TEST_P(Twin, ReadsTheSameClaimsAsTheMarkdown) {
  const auto markdown = claims_of(dir + "draft.md");
  ASSERT_EQ(markdown.size(), 22u);
  EXPECT_EQ(claims_of(dir + "draft." + GetParam()), markdown);
}

TEST_P(Twin, GivesTheSameFindingsAsTheMarkdown) {
  const auto markdown = findings_of(dir + "draft.md");
  EXPECT_TRUE(markdown.count("flows_sum X=trade fail"));
  EXPECT_TRUE(markdown.count("share_of_exports X=machinery fail"));
  EXPECT_EQ(findings_of(dir + "draft." + GetParam()), markdown);
}

TEST_P(Twin, PlacesNameParagraphsAndCells) {
  // --verbose: the places of passing instances' claims too.
  run_output r = run_crossfoot("check --draft " + dir + "draft." + GetParam() +
                               " --rules rules/trade.rules --format json --verbose");
  auto report = nlohmann::json::parse(r.out);
  std::set<std::string> places;
  for (const auto& f : report["findings"]) {
    for (const auto& u : f["figures"]) {
      if (u["source"].is_object()) places.insert(u["source"]["place"].get<std::string>());
    }
  }
  // The share is in the seventh paragraph with text; the table's rows are cells.
  EXPECT_TRUE(
      places.count("\xC2\xB6"
                   "7:60"))
      << r.out;
  EXPECT_TRUE(places.count("table 1, row 4, cell 1:1")) << r.out;
}

// A figures file whose quotes are looked up in the Word or HTML draft: found, at their places.
TEST_P(Twin, QuotesOfAFiguresFileAreFoundInTheDocument) {
  scratch_dir tmp;
  std::string figures = read_text(std::string(CROSSFOOT_SOURCE_DIR) + "/" + dir + "figures.toml");
  const std::string root = CROSSFOOT_SOURCE_DIR;
  auto replace = [&](const std::string& from, const std::string& to) {
    figures.replace(figures.find(from), from.size(), to);
  };
  replace("source = \"draft.md\"", "source = \"" + root + "/" + dir + "draft." + GetParam() + "\"");
  replace("\"../../../rules/trade.rules\"", "\"" + root + "/rules/trade.rules\"");
  write_text(tmp.file("figures.toml"), figures);
  run_output r = run_crossfoot("check " + tmp.file("figures.toml") + " --format json");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "") << "every quote is found";
  EXPECT_NE(r.out.find("draft." + GetParam()), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Formats, Twin, ::testing::Values("docx", "html"));

// The editor corrects the planted total in the HTML draft and saves: the flows_sum failure
// goes, the share's stays.
TEST(Twin, CorrectingTheHtmlDraftClearsTheFinding) {
  scratch_dir tmp;
  std::string html = read_text(std::string(CROSSFOOT_SOURCE_DIR) + "/" + dir + "draft.html");
  for (std::size_t at; (at = html.find("95.1")) != std::string::npos;) html.replace(at, 4, "93.1");
  write_text(tmp.file("draft.html"), html);
  const auto findings = findings_of(tmp.file("draft.html"));
  EXPECT_FALSE(findings.count("flows_sum X=trade fail"));
  EXPECT_TRUE(findings.count("share_of_exports X=machinery fail"));
}

}  // namespace
}  // namespace crossfoot::testing
