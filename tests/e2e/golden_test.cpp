// Golden end-to-end cases: fixtures/golden/<case>/args holds the arguments (paths from the
// repository root); `expected` holds the exit status, then stdout, then stderr, exactly as
// printed. UPDATE_GOLDEN=1 rewrites the expectations after a deliberate change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "../corpus.hpp"
#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

std::string transcript(const run_output& r) {
  return "exit: " + std::to_string(r.status) + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedTranscript) {
  std::string dir = std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/golden/" + GetParam();
  std::string args = trimmed(read_text(dir + "/args"));
  ASSERT_FALSE(args.empty()) << dir << "/args is missing or empty";
  // A transcript that shows places in the real briefing needs the briefing.
  if (read_text(dir + "/expected").find("shared/corpus") != std::string::npos)
    CROSSFOOT_NEEDS_CORPUS();
  run_output r = run_crossfoot(args);
  std::string actual = transcript(r);
  if (std::getenv("UPDATE_GOLDEN")) write_text(dir + "/expected", actual);
  EXPECT_EQ(read_text(dir + "/expected"), actual) << "crossfoot " << args;
  EXPECT_NE(r.status, 134) << "crashed";
}

// Directories with an `args` file are cases; others (shared rules) only serve them.
std::vector<std::string> golden_cases() {
  std::vector<std::string> out;
  for (const auto& d : case_dirs("fixtures/golden")) {
    if (!read_text(std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/golden/" + d + "/args").empty()) {
      out.push_back(d);
    }
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, Golden, ::testing::ValuesIn(golden_cases()),
                         [](const auto& instance) {
                           std::string name = instance.param;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

}  // namespace
}  // namespace crossfoot::testing
