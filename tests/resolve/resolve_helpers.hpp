#pragma once
// Shared by the resolve tests: resolving rules text, and a temporary directory of rules files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include <unistd.h>

#include "resolve/rule_set.hpp"

namespace crossfoot::resolve_test {

struct resolved {
  std::optional<rule_set> rules;
  diagnostics diags;
};

inline resolved resolve_text(const std::string& text, const std::string& name = "t.rules") {
  resolved out;
  auto parsed = syntax::parse_rules(make_source(name, text), out.diags);
  EXPECT_TRUE(parsed) << render_all(out.diags);
  if (parsed) out.rules = resolve({*parsed}, out.diags);
  return out;
}

inline std::string describe(const diagnostic& d) {
  auto at = d.range.start();
  return d.code + " " + std::to_string(at.line) + ":" + std::to_string(at.col) + " " + d.message;
}

/// The only diagnostic as "CODE line:col message"; fails when there is not exactly one.
inline std::string only_error(const std::string& text) {
  auto r = resolve_text(text);
  EXPECT_FALSE(r.rules);
  EXPECT_EQ(r.diags.items().size(), 1u) << render_all(r.diags);
  if (r.diags.items().empty()) return "";
  EXPECT_EQ(r.diags.items().front().level, severity::error);
  return describe(r.diags.items().front());
}

/// A fresh directory per test, removed afterwards.
class rules_dir : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           (std::string("crossfoot-resolve-") + info->test_suite_name() + "-" + info->name() + "-" +
            std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    auto p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::filesystem::path dir_;
};

}  // namespace crossfoot::resolve_test
