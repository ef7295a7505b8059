// `crossfoot watch` as an editor meets it: the real binary in the background, the draft saved
// the way editors save (a new file renamed over the old one, or written in place), a summary
// line after each check, the report rewritten and the stamp an open page polls changed (the
// page reloading in a real browser is tests/node/watch.test.js). Ctrl-C and SIGTERM end it
// cleanly, leaving an ordinary report.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>

#include "run_binary.hpp"
#include "spawned.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

const std::string velmar = std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/drafts/velmar-2024/";

// An editor's save: the new text written beside the file, then renamed over it.
void save_by_rename(const std::string& path, const std::string& text) {
  write_text(path + ".~tmp", text);
  fs::rename(path + ".~tmp", path);
}

std::string corrected(std::string draft) {
  for (std::size_t at; (at = draft.find("95.1")) != std::string::npos;)
    draft.replace(at, 4, "93.1");
  return draft;
}

// The stamp the watch script announces: crossfootStamp("...");
std::string stamp_in(const std::string& script) {
  std::smatch m;
  static const std::regex call("crossfootStamp\\(\"([^\"]*)\"\\);");
  return std::regex_search(script, m, call) ? m[1].str() : "";
}

TEST(Watch, RechecksOnSaveAndRewritesTheReportAnOpenPageReloads) {
  scratch_dir tmp;
  const std::string draft = tmp.file("draft.md"), report = tmp.file("report.html");
  const std::string script = report + ".watch.js";
  write_text(draft, read_text(velmar + "draft.md"));
  // A debounce well above the burst's 10 ms gaps, so that a loaded machine (CI, sanitizers)
  // that stretches a sleep does not split the burst below into two checks.
  spawned watch({"watch", draft, "--rules", "trade", "--output", report, "--debounce", "400"});

  auto first = watch.line();
  ASSERT_TRUE(first) << watch.errors();
  EXPECT_NE(first->find("open " + report + " in a browser"), std::string::npos) << *first;
  auto summary = watch.line();
  ASSERT_TRUE(summary) << watch.errors();
  EXPECT_NE(summary->find("draft.md: 2 fail (17 of 19 instances pass)"), std::string::npos)
      << *summary;
  const std::string first_report = read_text(report);
  const std::string first_stamp = stamp_in(read_text(script));
  ASSERT_FALSE(first_stamp.empty()) << read_text(script);
  // The page polls the script beside it and knows its own stamp.
  EXPECT_NE(first_report.find("report.html.watch.js"), std::string::npos);
  EXPECT_NE(first_report.find(first_stamp), std::string::npos);

  // The editor corrects the total and saves.
  const auto saved = std::chrono::steady_clock::now();
  save_by_rename(draft, corrected(read_text(draft)));
  summary = watch.line();
  const auto checked = std::chrono::steady_clock::now();
  ASSERT_TRUE(summary) << watch.errors();
  EXPECT_NE(summary->find("draft.md: 1 fail (18 of 19 instances pass)"), std::string::npos)
      << *summary;
  const std::string second_stamp = stamp_in(read_text(script));
  EXPECT_NE(second_stamp, first_stamp);
  EXPECT_NE(read_text(report).find(second_stamp), std::string::npos) << "report first, then stamp";
  std::cout << "[ measure  ] save to summary "
            << std::chrono::duration_cast<std::chrono::milliseconds>(checked - saved).count()
            << " ms (debounce 400 ms)\n";

  // A burst of saves within the debounce is one check.
  for (int i = 0; i < 5; ++i) {
    write_text(draft, read_text(draft) + "\n");  // in place, as some editors write
    std::this_thread::sleep_for(10ms);
  }
  const auto burst = watch.lines_within(3000ms);
  EXPECT_EQ(burst.size(), 1u) << (burst.empty() ? "" : burst[0]);

  watch.signal(SIGINT);
  const auto status = watch.wait_exit();
  ASSERT_TRUE(status) << "watch did not stop on SIGINT";
  EXPECT_EQ(*status, 0);
  EXPECT_EQ(watch.line(1s).value_or(""), "crossfoot: stopped");
  // What is left is an ordinary report: it polls nothing, and the script is gone.
  EXPECT_EQ(read_text(report).find("watch.js"), std::string::npos);
  EXPECT_FALSE(fs::exists(script));
}

TEST(Watch, AnAnchoredFiguresFileFollowsTheDraftAndBadInputIsReportedNotFatal) {
  scratch_dir tmp;
  const std::string draft = tmp.file("draft.docx");
  fs::copy_file(velmar + "draft.docx", draft);
  ASSERT_EQ(run_crossfoot("init " + draft).status, 0);
  const std::string figures = tmp.file("draft.figures.toml");
  spawned watch({"watch", draft, figures, "--debounce", "50"});
  auto first = watch.line();
  ASSERT_TRUE(first) << watch.errors();
  auto summary = watch.line();
  ASSERT_TRUE(summary) << watch.errors();
  EXPECT_NE(summary->find("draft.docx: 2 fail"), std::string::npos) << *summary;
  EXPECT_TRUE(fs::exists(tmp.file("draft.report.html")));

  // A damaged save: reported, and watch goes on.
  save_by_rename(draft, "PK\x03\x04 not a whole archive");
  summary = watch.line();
  ASSERT_TRUE(summary);
  EXPECT_NE(summary->find("cannot check"), std::string::npos) << *summary;
  EXPECT_NE(summary->find("CF8001"), std::string::npos) << *summary;

  // The good draft back: checked again.
  fs::copy_file(velmar + "draft.docx", draft, fs::copy_options::overwrite_existing);
  summary = watch.line();
  ASSERT_TRUE(summary);
  EXPECT_NE(summary->find("2 fail"), std::string::npos) << *summary;

  watch.signal(SIGTERM);
  const auto status = watch.wait_exit();
  ASSERT_TRUE(status) << "watch did not stop on SIGTERM";
  EXPECT_EQ(*status, 0);
}

TEST(Watch, UsageErrors) {
  EXPECT_EQ(run_crossfoot("watch").status, 2);
  run_output alone = run_crossfoot("watch fixtures/drafts/velmar-2024/draft.md");
  EXPECT_EQ(alone.status, 2);
  EXPECT_NE(alone.err.find("--rules"), std::string::npos) << alone.err;
  EXPECT_EQ(run_crossfoot("watch d.md --rules trade --debounce soon").status, 2);
}

}  // namespace
}  // namespace crossfoot::testing
