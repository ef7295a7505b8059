#include "run_binary.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include "test_paths.hpp"

namespace crossfoot::testing {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

scratch_dir::scratch_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "crossfoot-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed: " + pattern);
  path_ = pattern;
}

scratch_dir::~scratch_dir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

run_output run_crossfoot(const std::string& args, const std::string& stdin_text) {
  return run_command("NO_COLOR=1 " CROSSFOOT_BINARY " " + args, stdin_text);
}

run_output run_command(const std::string& command_line, const std::string& stdin_text) {
  scratch_dir dir;
  auto in = dir.file("stdin"), out = dir.file("stdout"), err = dir.file("stderr");
  write_text(in, stdin_text);
  std::string command =
      "cd " CROSSFOOT_SOURCE_DIR " && (" + command_line + ") <" + in + " >" + out + " 2>" + err;
  int raw = std::system(command.c_str());
  run_output r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.out = read_text(out);
  r.err = read_text(err);
  return r;
}

std::vector<std::string> case_dirs(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  fs::path root = fs::path(CROSSFOOT_SOURCE_DIR) / dir;
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::directory_iterator(root)) {
    if (e.is_directory()) out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace crossfoot::testing
