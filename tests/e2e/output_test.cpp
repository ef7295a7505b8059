// --output writes the whole report or nothing: through a temporary file and a rename.
#include <gtest/gtest.h>

#include <filesystem>

#include "run_binary.hpp"

namespace crossfoot::testing {
namespace {

namespace fs = std::filesystem;

const std::string figures = "fixtures/golden/wrong-total/figures.toml";
const std::string rules = "fixtures/golden/common/flows.rules";

TEST(Output, WritesTheSameReportAsStandardOutput) {
  const scratch_dir dir;
  std::string target = dir.file("report.json");
  auto direct = run_crossfoot("check " + figures + " --rules " + rules + " --format json");
  auto to_file =
      run_crossfoot("check " + figures + " --rules " + rules + " --format json --output " + target);
  EXPECT_EQ(to_file.status, direct.status);
  EXPECT_TRUE(to_file.out.empty());
  EXPECT_EQ(read_text(target), direct.out);
  // No temporary file is left beside it.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(Output, AnUnwritablePlaceIsInvalidInputAndLeavesNothing) {
  std::string target = "/nonexistent-dir-for-crossfoot/report.txt";
  auto r = run_crossfoot("check " + figures + " --rules " + rules + " --output " + target);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("cannot write"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(target));
}

TEST(Output, KeepsThePreviousReportWhenTheInputIsInvalid) {
  const scratch_dir dir;
  std::string target = dir.file("report.txt");
  write_text(target, "previous report\n");
  auto r = run_crossfoot("check fixtures/golden/figures-toml-syntax/figures.toml --rules " + rules +
                         " --output " + target);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(read_text(target), "previous report\n");
}

}  // namespace
}  // namespace crossfoot::testing
