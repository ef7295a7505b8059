#include "run_binary.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

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

run_output run_crossfoot(const std::string& args, const std::string& stdin_text) {
  namespace fs = std::filesystem;
  auto dir = fs::temp_directory_path() / ("crossfoot-e2e-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto in = (dir / "stdin").string(), out = (dir / "stdout").string(),
       err = (dir / "stderr").string();
  write_text(in, stdin_text);
  std::string command = "cd " CROSSFOOT_SOURCE_DIR " && NO_COLOR=1 " CROSSFOOT_BINARY " " + args +
                        " <" + in + " >" + out + " 2>" + err;
  int raw = std::system(command.c_str());
  run_output r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.out = read_text(out);
  r.err = read_text(err);
  fs::remove_all(dir);
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
