#pragma once
// Runs the real crossfoot binary from the repository root and captures what a user sees.
#include <filesystem>
#include <string>
#include <vector>

namespace crossfoot::testing {

struct run_output {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

/// `args` are passed through the shell unquoted: fixtures keep paths free of spaces.
run_output run_crossfoot(const std::string& args, const std::string& stdin_text = "");
/// A shell command (sh -c), run from the repository root, its output captured.
run_output run_command(const std::string& command, const std::string& stdin_text = "");

std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);

/// A directory of its own under the system's temporary directory, removed afterwards. Tests run
/// in parallel processes (ctest -j), so a fixed name would let one test delete another's files.
class scratch_dir {
 public:
  scratch_dir();
  ~scratch_dir();
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

/// Sub-directories of `dir` (relative to the source tree), sorted.
std::vector<std::string> case_dirs(const std::string& dir);

}  // namespace crossfoot::testing
