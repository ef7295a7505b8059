// Every terminal transcript in the docs that a reader can run from a clone ("$ crossfoot ..."
// with files that exist in the repository) is run here, and its output must be what the docs
// show. A line "..." in a transcript stands for any number of lines the docs leave out. Without
// this, a new rule in a catalogue silently made every transcript's summary line stale.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

struct transcript {
  std::string where;  // docs/drafts.md:185
  std::string args;   // what follows "$ crossfoot "
  std::vector<std::string> expected;
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out.push_back(line);
  }
  return out;
}

std::vector<transcript> transcripts_in(const std::string& doc) {
  const std::string prompt = "$ crossfoot ";
  std::vector<transcript> out;
  auto lines = lines_of(read_text(std::string(CROSSFOOT_SOURCE_DIR) + "/" + doc));
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].rfind("```", 0) != 0 || lines[i + 1].rfind(prompt, 0) != 0) continue;
    transcript t{doc + ":" + std::to_string(i + 2), lines[i + 1].substr(prompt.size()), {}};
    std::size_t j = i + 2;
    for (; j < lines.size() && lines[j].rfind("```", 0) != 0; ++j) t.expected.push_back(lines[j]);
    out.push_back(t);
    i = j;
  }
  return out;
}

std::vector<transcript> all_transcripts() {
  std::vector<transcript> out;
  std::vector<std::string> docs{"README.md"};
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(CROSSFOOT_SOURCE_DIR) + "/docs"))
    if (e.path().extension() == ".md") docs.push_back("docs/" + e.path().filename().string());
  for (const auto& d : docs)
    for (auto& t : transcripts_in(d)) out.push_back(std::move(t));
  return out;
}

// A transcript can be replayed when every file it names is in the repository; the others act on
// the reader's own files ("crossfoot init draft.docx").
bool replayable(const transcript& t) {
  std::istringstream words(t.args);
  for (std::string w; words >> w;) {
    if (w[0] == '-' || w.find('.') == std::string::npos) continue;
    if (!std::filesystem::exists(std::string(CROSSFOOT_SOURCE_DIR) + "/" + w)) return false;
  }
  return true;
}

bool is_gap(const std::string& line) {
  auto start = line.find_first_not_of(' ');
  return start != std::string::npos && line.substr(start) == "...";
}

// The docs' lines in order; each must follow the previous one directly unless a gap ("...")
// stands between them.
std::string first_mismatch(const std::vector<std::string>& expected,
                           const std::vector<std::string>& actual) {
  std::size_t at = 0;
  bool gap = false;
  for (const auto& want : expected) {
    if (is_gap(want)) {
      gap = true;
      continue;
    }
    std::size_t k = at;
    while (k < actual.size() && actual[k] != want && gap) ++k;
    if (k >= actual.size() || actual[k] != want)
      return "expected: " + want + "\n  actual: " + (at < actual.size() ? actual[at] : "(end)");
    at = k + 1;
    gap = false;
  }
  return gap || at == actual.size() ? "" : "unexpected: " + actual[at];
}

TEST(Transcripts, EveryReplayableTranscriptIsWhatCrossfootPrints) {
  int replayed = 0;
  for (const auto& t : all_transcripts()) {
    if (!replayable(t)) continue;
    ++replayed;
    auto r = run_crossfoot(t.args + " 2>&1");
    EXPECT_EQ(first_mismatch(t.expected, lines_of(r.out)), "")
        << t.where << ": $ crossfoot " << t.args;
  }
  // The docs show at least these; a parser that found none would pass vacuously.
  EXPECT_GE(replayed, 7);
}

TEST(Transcripts, GapsAndMismatchesAreTold) {
  std::vector<std::string> actual{"a", "b", "c", "d"};
  EXPECT_EQ(first_mismatch({"a", "...", "d"}, actual), "");
  EXPECT_EQ(first_mismatch({"a", "b", "c", "d"}, actual), "");
  EXPECT_EQ(first_mismatch({"a", "  ...", "c", "..."}, actual), "");
  EXPECT_NE(first_mismatch({"a", "c"}, actual), "");
  EXPECT_NE(first_mismatch({"a", "b"}, actual), "");
  EXPECT_NE(first_mismatch({"a", "...", "e"}, actual), "");
}

}  // namespace
}  // namespace crossfoot::testing
