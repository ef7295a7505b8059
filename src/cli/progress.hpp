#pragma once
// The progress line of a long check: drawn on stderr only when stderr is a terminal, only once
// a check has run for a while, and erased when the check ends, so logs and pipes never see it.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

#include "eval/check.hpp"

namespace crossfoot::cli {

class progress_line {
 public:
  /// `fd` is the terminal to draw on; nothing is drawn unless it is a terminal.
  explicit progress_line(int fd = 2);
  ~progress_line();
  progress_line(const progress_line&) = delete;
  progress_line& operator=(const progress_line&) = delete;

  /// The hook for check_options::progress; empty when there is no terminal to draw on. The
  /// line reads "crossfoot: <what> <done> of <total><unit> (n%), s" ("checking 3 of 12").
  progress_fn hook(const char* what = "checking", const char* unit = "");
  void update(std::uint64_t done, std::uint64_t total, const char* what = "checking",
              const char* unit = "");

 private:
  using clock = std::chrono::steady_clock;
  int fd_;
  bool enabled_;
  clock::time_point start_;
  std::atomic<std::int64_t> next_draw_ns_;  // since start_; no drawing before it
  std::mutex drawing_;
  bool drawn_ = false;
};

}  // namespace crossfoot::cli
