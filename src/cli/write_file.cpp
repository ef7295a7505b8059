#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/commands.hpp"

namespace crossfoot::cli {

bool write_file_atomically(const std::string& path, const std::string& text, std::string& error) {
  return write_file_atomically(
      path, [&](std::ostream& out) { out << text; }, error);
}

bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string& error) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    write(out);
    out.flush();
    if (!out) {
      error = "cannot write '" + path + "'";
      std::error_code ignored;
      fs::remove(temp, ignored);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    error = "cannot write '" + path + "': " + ec.message();
    fs::remove(temp, ec);
    return false;
  }
  return true;
}

}  // namespace crossfoot::cli
