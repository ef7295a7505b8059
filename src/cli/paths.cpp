#include "cli/paths.hpp"

#include <filesystem>

namespace crossfoot::cli {

std::string path_from(const std::string& file, const std::string& target) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dir = fs::weakly_canonical(fs::absolute(fs::path(file), ec), ec).parent_path();
  const fs::path to = fs::weakly_canonical(fs::absolute(fs::path(target), ec), ec);
  fs::path rel = to.lexically_relative(dir);
  return ec || rel.empty() ? to.string() : rel.generic_string();
}

}  // namespace crossfoot::cli
