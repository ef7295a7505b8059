#include "cli/catalogue.hpp"

#include "core/diagnostic.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <set>
#include <sstream>

namespace crossfoot::cli {
namespace fs = std::filesystem;

namespace {

fs::path executable_dir() {
  std::array<char, 4096> buffer{};
  const ssize_t n = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
  if (n <= 0) return {};
  return fs::path(std::string(buffer.data(), static_cast<std::size_t>(n))).parent_path();
}

bool directory_exists(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

}  // namespace

std::vector<fs::path> catalogue_dirs() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("CROSSFOOT_RULES_PATH")) {
    std::istringstream in(env);
    for (std::string dir; std::getline(in, dir, ':');) {
      if (!dir.empty()) candidates.emplace_back(dir);
    }
  }
  const fs::path here = executable_dir();
  if (!here.empty()) {
    candidates.push_back(here /
                         CROSSFOOT_INSTALLED_RULES);     // <prefix>/bin -> share/crossfoot/rules
    candidates.push_back(here / CROSSFOOT_BUILD_RULES);  // the build tree's link to rules/
  }
  std::vector<fs::path> out;
  for (const auto& c : candidates) {
    if (directory_exists(c)) out.push_back(c.lexically_normal());
  }
  return out;
}

std::vector<std::string> catalogue_names() {
  std::set<std::string> names;
  for (const auto& dir : catalogue_dirs()) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".rules") names.insert(e.path().stem().string());
    }
  }
  return {names.begin(), names.end()};
}

std::string resolve_rules(const std::string& arg) {
  std::error_code ec;
  if (fs::exists(arg, ec) || arg.find('/') != std::string::npos) return arg;
  const std::string file = fs::path(arg).extension() == ".rules" ? arg : arg + ".rules";
  for (const auto& dir : catalogue_dirs()) {
    if (fs::is_regular_file(dir / file, ec)) return (dir / file).string();
  }
  return arg;
}

bool rules_argument(const std::string& arg, std::string& path, std::string& error) {
  path = resolve_rules(arg);
  std::error_code ec;
  const bool bare = arg.find('/') == std::string::npos && fs::path(arg).extension().empty();
  if (!bare || fs::exists(path, ec)) return true;
  const auto names = catalogue_names();
  std::string listed;
  for (const auto& n : names) listed += (listed.empty() ? "" : ", ") + n;
  const std::string hint = closest_name(arg, names);
  error =
      fmt::format("--rules '{}' is neither a file nor a rules name of the catalogue{} ({})", arg,
                  hint.empty() ? "" : "; did you mean '" + hint + "'?",
                  listed.empty() ? "no catalogue is installed" : "the catalogue has: " + listed);
  return false;
}

}  // namespace crossfoot::cli
