// `cmake --install` into a temporary prefix, then the installed binary used as a new user would:
// it finds its catalogue by name, `init` starts the files for a draft, the man page describes
// every option --help lists, and the shell completions complete.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

namespace fs = std::filesystem;

class Installed : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    prefix_ = new scratch_dir();
    install_ = run_command(
        std::string("\"" CROSSFOOT_CMAKE "\" --install \"" CROSSFOOT_BINARY_DIR "\" --prefix ") +
        prefix_->path().string());
  }
  static void TearDownTestSuite() {
    delete prefix_;
    prefix_ = nullptr;
  }
  static fs::path at(const std::string& rel) { return prefix_->path() / rel; }
  // The installed binary, run from a directory with no rules/ of its own.
  static run_output installed(const std::string& args, const fs::path& cwd = {}) {
    const fs::path dir = cwd.empty() ? prefix_->path() : cwd;
    return run_command("cd " + dir.string() + " && NO_COLOR=1 " + at("bin/crossfoot").string() +
                       " " + args);
  }

  static scratch_dir* prefix_;
  static run_output install_;
};

scratch_dir* Installed::prefix_ = nullptr;
run_output Installed::install_;

TEST_F(Installed, PutsEachPieceInItsPlace) {
  ASSERT_EQ(install_.status, 0) << install_.out << install_.err;
  for (const char* f :
       {"bin/crossfoot", "share/crossfoot/rules/trade.rules", "share/crossfoot/rules/common.rules",
        "share/man/man1/crossfoot.1", "share/doc/crossfoot/README.md",
        "share/doc/crossfoot/drafts.md", "share/doc/crossfoot/language.md",
        "share/bash-completion/completions/crossfoot", "share/zsh/site-functions/_crossfoot"})
    EXPECT_TRUE(fs::is_regular_file(at(f))) << f;
}

TEST_F(Installed, FindsItsCatalogueByName) {
  const std::string draft =
      std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/drafts/velmar-2024/draft.docx";
  run_output r = installed("check --draft " + draft + " --rules trade --format json");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find(at("share/crossfoot/rules/trade.rules").string()), std::string::npos)
      << "the installed catalogue, not the source tree's:\n"
      << r.out.substr(0, 400);
  EXPECT_NE(r.out.find("\"flows_sum\""), std::string::npos);
  // An unknown name says what the catalogue has.
  run_output unknown = installed("check --draft " + draft + " --rules tarde");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("trade"), std::string::npos) << unknown.err;
}

TEST_F(Installed, InitStartsFilesThatCheckAndNeverOverwrites) {
  scratch_dir work;
  fs::copy_file(std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/drafts/velmar-2024/draft.docx",
                work.file("draft.docx"));
  run_output init = installed("init draft.docx", work.path());
  ASSERT_EQ(init.status, 0) << init.err;
  EXPECT_NE(init.out.find("crossfoot check draft.figures.toml"), std::string::npos) << init.out;
  const std::string rules = read_text(work.file("draft.rules"));
  EXPECT_NE(rules.find("include \"" + at("share/crossfoot/rules/trade.rules").string() + "\""),
            std::string::npos)
      << rules;
  const std::string figures = read_text(work.file("draft.figures.toml"));
  EXPECT_NE(figures.find("anchor = "), std::string::npos);
  // The anchored file finds the draft's planted errors, as check --draft does.
  run_output check = installed("check draft.figures.toml --format json", work.path());
  EXPECT_EQ(check.status, 1) << check.err;
  EXPECT_NE(check.out.find("\"flows_sum\""), std::string::npos);
  EXPECT_NE(check.out.find("\"share_of_exports\""), std::string::npos);
  // A second init would overwrite: refused, files unchanged.
  run_output again = installed("init draft.docx", work.path());
  EXPECT_EQ(again.status, 2);
  EXPECT_NE(again.err.find("CF4040"), std::string::npos) << again.err;
  EXPECT_EQ(read_text(work.file("draft.figures.toml")), figures);
}

// Every --option a command's --help lists is in the man page (hyphens escaped as roff writes
// them), and every command of the tool's help has a section.
TEST_F(Installed, ManPageDescribesEveryOptionOfHelp) {
  const std::string man = read_text(at("share/man/man1/crossfoot.1").string());
  ASSERT_FALSE(man.empty());
  const std::regex option("--[a-z][a-z-]*");
  for (const char* command : {"check", "extract", "init", "watch", "lint"}) {
    run_output help = installed(std::string(command) + " --help");
    EXPECT_EQ(help.status, 0) << command;
    EXPECT_NE(man.find(std::string(".SS ") + command), std::string::npos) << command;
    std::set<std::string> options;
    for (std::sregex_iterator it(help.out.begin(), help.out.end(), option), end; it != end; ++it)
      options.insert(it->str());
    for (const auto& o : options) {
      std::string escaped;
      for (char c : o) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
      EXPECT_NE(man.find(escaped), std::string::npos)
          << "crossfoot " << command << " --help lists " << o << ", man/crossfoot.1 does not";
    }
  }
}

TEST_F(Installed, BashCompletesCommandsOptionsAndCatalogueNames) {
  auto complete = [&](const std::string& words, int cword) {
    return run_command("PATH=" + at("bin").string() + ":$PATH bash -c 'source " +
                       at("share/bash-completion/completions/crossfoot").string() +
                       "; COMP_WORDS=(" + words + "); COMP_CWORD=" + std::to_string(cword) +
                       "; _crossfoot; echo \"${COMPREPLY[*]}\"'")
        .out;
  };
  EXPECT_EQ(complete("crossfoot wa", 1), "watch\n");
  EXPECT_EQ(complete("crossfoot init --rules-f", 2), "--rules-file\n");
  EXPECT_NE(complete("crossfoot check --rules tr", 3).find("trade"), std::string::npos);
  EXPECT_EQ(complete("crossfoot extract --format j", 3), "json\n");
}

TEST_F(Installed, ZshCompletionParses) {
  if (run_command("command -v zsh").status != 0) GTEST_SKIP() << "zsh is not installed";
  run_output r = run_command("zsh -n " + at("share/zsh/site-functions/_crossfoot").string());
  EXPECT_EQ(r.status, 0) << r.err;
}

// GoogleTest is needed only when the tests are built: with BUILD_TESTING=OFF the project
// configures on a machine without it.
TEST(Build, ConfiguresWithoutGoogleTestWhenTestsAreOff) {
  scratch_dir build;
  run_output r =
      run_command(std::string("\"" CROSSFOOT_CMAKE "\" -S \"" CROSSFOOT_SOURCE_DIR "\" -B ") +
                  build.path().string() +
                  " -DBUILD_TESTING=OFF -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON "
                  "-DCROSSFOOT_BENCH=OFF");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_FALSE(fs::exists(build.path() / "tests")) << "no test directory is configured";
}

}  // namespace
}  // namespace crossfoot::testing
