// Section 2 of the drafts issue, "done when": a draft-bound figures file works end to end. The
// editor changes a number in a copy of the draft; the next check reads it, with no change to
// the figures file, and the finding changes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

const std::string source_dir = CROSSFOOT_SOURCE_DIR;

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  ASSERT_EQ(text.find(from, at + 1), std::string::npos) << from;
  text.replace(at, from.size(), to);
}

// The anchored Valdoria figures beside a copy of their draft, rules given on the command line.
class AnchoredCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string figures = read_text(source_dir + "/fixtures/anchors/valdoria/figures.toml");
    replace_once(figures, "source = \"../../drafts/valdoria-2024/draft.md\"",
                 "source = \"draft.md\"");
    replace_once(figures, "rules  = [\"../../../rules/trade.rules\"]\n", "");
    write_text(dir.file("figures.toml"), figures);
    draft = read_text(source_dir + "/fixtures/drafts/valdoria-2024/draft.md");
    write_text(dir.file("draft.md"), draft);
  }

  run_output check() {
    return run_crossfoot("check " + dir.file("figures.toml") + " --rules " + source_dir +
                         "/rules/trade.rules");
  }

  void edit(const std::string& from, const std::string& to) {
    replace_once(draft, from, to);
    write_text(dir.file("draft.md"), draft);
  }

  scratch_dir dir;
  std::string draft;
};

TEST_F(AnchoredCopy, FindingsFollowTheDraftsNumbers) {
  const std::string at = dir.file("draft.md") + ":";
  auto planted = check();
  ASSERT_EQ(planted.status, 1) << planted.err << planted.out;
  EXPECT_EQ(planted.err, "");
  EXPECT_NE(planted.out.find(at + "6:46: error[flows_sum]"), std::string::npos) << planted.out;
  // The wrong total is shown at its number in the draft, not in the figures file.
  EXPECT_NE(planted.out.find("trade.total = $821.7 billion  USD [821.65, 821.75] billion  "
                             "\"$821.7 billion\"  at " +
                             at + "5:29"),
            std::string::npos)
      << planted.out;
  EXPECT_NE(planted.out.find(at + "9:41: error[share_of_exports]"), std::string::npos)
      << planted.out;
  EXPECT_NE(planted.out.find("2 fail"), std::string::npos) << planted.out;

  edit("$821.7 billion", "$801.7 billion");
  auto total_fixed = check();
  EXPECT_EQ(total_fixed.status, 1) << total_fixed.err << total_fixed.out;
  EXPECT_EQ(total_fixed.out.find("error[flows_sum]"), std::string::npos) << total_fixed.out;
  EXPECT_NE(total_fixed.out.find(at + "9:41: error[share_of_exports]"), std::string::npos)
      << total_fixed.out;
  EXPECT_NE(total_fixed.out.find("1 fail"), std::string::npos) << total_fixed.out;

  edit("31.7%", "28.7%");
  auto clean = check();
  EXPECT_EQ(clean.status, 0) << clean.err << clean.out;
  EXPECT_NE(clean.out.find("0 fail"), std::string::npos) << clean.out;
}

TEST_F(AnchoredCopy, DraftOptionReadsAnotherCopy) {
  std::string edited = draft;
  replace_once(edited, "$821.7 billion", "$801.7 billion");
  replace_once(edited, "31.7%", "28.7%");
  write_text(dir.file("edited.md"), edited);
  auto r = run_crossfoot("check " + dir.file("figures.toml") + " --draft " + dir.file("edited.md") +
                         " --rules " + source_dir + "/rules/trade.rules");
  EXPECT_EQ(r.status, 0) << r.err << r.out;
  EXPECT_EQ(check().status, 1);  // the figures file's own source is unchanged
}

TEST_F(AnchoredCopy, ReworkedSentenceIsAnErrorNamingTheAnchor) {
  edit("Machinery stayed the largest export", "Machinery remained the largest export");
  auto r = check();
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.err.find("error: anchor \"Machinery stayed the largest export\" is not in " +
                       dir.file("draft.md") + " [CF5101]"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("note: did you mean \"Machinery remained the largest export\"?"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out, "");
}

// Each finding as its rule, binding, kind and the intervals of both sides.
std::vector<std::string> findings_of(const std::string& figures) {
  run_output r = run_crossfoot("check " + figures + " --format json --verbose");
  EXPECT_EQ(r.status, 1) << r.err;
  std::vector<std::string> out;
  auto report = nlohmann::json::parse(r.out, nullptr, false);
  if (report.is_discarded()) return {"unreadable report: " + r.out};
  for (const auto& f : report["findings"]) {
    out.push_back(f["rule"].dump() + " " + f["binding"].dump() + " " + f["kind"].dump() + " " +
                  f["sides"]["lhs"]["lo"].dump() + " " + f["sides"]["lhs"]["hi"].dump() + " " +
                  f["sides"]["rhs"]["lo"].dump() + " " + f["sides"]["rhs"]["hi"].dump());
  }
  return out;
}

// The anchored file reads from the draft exactly the values the hand-made one copies from it.
TEST(AnchoredFiguresFile, ChecksAsTheHandMadeFileWithValues) {
  auto anchored = findings_of("fixtures/anchors/valdoria/figures.toml");
  EXPECT_EQ(anchored.size(), 21u);
  EXPECT_EQ(anchored, findings_of("fixtures/drafts/valdoria-2024/figures.toml"));
}

TEST(AnchoredFiguresFile, DraftOptionWithoutAnchorsIsIgnoredWithAWarning) {
  auto r = run_crossfoot(
      "check fixtures/golden/wrong-total/figures.toml --rules fixtures/golden/common/flows.rules "
      "--draft fixtures/drafts/valdoria-2024/draft.md");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("has no anchors [CF5105]"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace crossfoot::testing
