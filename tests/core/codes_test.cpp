#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "core/codes.hpp"
#include "test_paths.hpp"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every "CFnnnn" string literal in the sources, with the first file that uses it.
std::map<std::string, std::string> codes_in_sources() {
  std::map<std::string, std::string> found;
  const std::regex literal("\"(CF[0-9]{4})\"");
  for (const auto& e : fs::recursive_directory_iterator(fs::path(CROSSFOOT_SOURCE_DIR) / "src")) {
    auto ext = e.path().extension();
    if (ext != ".cpp" && ext != ".hpp") continue;
    std::string text = slurp(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), literal), end; it != end; ++it)
      found.emplace((*it)[1], e.path().string());
  }
  return found;
}

TEST(Codes, RegistryIsSortedAndUnique) {
  auto all = code_registry();
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].code, all[i].code);
  ASSERT_NE(find_code("CF2004"), nullptr);
  EXPECT_EQ(find_code("CF2004")->stem, "unknown unit");
  EXPECT_EQ(find_code("CF0000"), nullptr);
}

TEST(Codes, EveryCodeTheSourcesReportIsRegistered) {
  for (const auto& [code, file] : codes_in_sources())
    EXPECT_NE(find_code(code), nullptr)
        << code << " is used in " << file << " but missing from src/core/codes.cpp";
}

TEST(Codes, EveryRegisteredCodeIsUsed) {
  auto used = codes_in_sources();
  for (const auto& c : code_registry())
    EXPECT_TRUE(used.count(std::string(c.code))) << c.code << " is registered but never reported";
}

TEST(Codes, DocsListEveryCodeWithItsSeverity) {
  std::string docs = slurp(fs::path(CROSSFOOT_SOURCE_DIR) / "docs" / "codes.md");
  for (const auto& c : code_registry()) {
    std::string row = "| " + std::string(c.code) + " | " + to_string(c.level) + " |";
    EXPECT_NE(docs.find(row), std::string::npos) << "docs/codes.md lacks the row " << row;
  }
}

}  // namespace
}  // namespace crossfoot
