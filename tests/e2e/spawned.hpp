#pragma once
// The real binary running in the background (crossfoot watch), read line by line as a user's
// terminal would show it, stopped with a signal as Ctrl-C stops it.
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>
#include "test_paths.hpp"

namespace crossfoot::testing {

class spawned {
 public:
  /// Starts `CROSSFOOT_BINARY args...` in the source tree, stdout and stderr piped.
  explicit spawned(const std::vector<std::string>& args);
  ~spawned();
  spawned(const spawned&) = delete;
  spawned& operator=(const spawned&) = delete;

  /// The next line of standard output, or nullopt when none comes within `wait`.
  std::optional<std::string> line(std::chrono::milliseconds wait = std::chrono::seconds(30));
  /// Lines that come within `wait`, however many.
  std::vector<std::string> lines_within(std::chrono::milliseconds wait);
  /// Everything printed on standard error so far.
  std::string errors();
  void signal(int sig);
  /// The exit status once it ends within `wait`; nullopt if it does not (it is then killed).
  std::optional<int> wait_exit(std::chrono::milliseconds wait = std::chrono::seconds(10));

 private:
  void read_available(int fd, std::string& into, int timeout_ms);
  pid_t pid_ = -1;
  std::optional<int> exit_status_;
  int out_ = -1, err_ = -1;
  std::string out_buffer_, err_buffer_;
};

}  // namespace crossfoot::testing
