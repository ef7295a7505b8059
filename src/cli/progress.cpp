#include "cli/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <string>

namespace crossfoot::cli {
namespace {

// A short check never shows a line; a long one redraws it a few times a second.
constexpr std::chrono::milliseconds first_draw{700};
constexpr std::chrono::milliseconds redraw{150};

void write_all(int fd, const std::string& text) {
  std::size_t at = 0;
  while (at < text.size()) {
    ssize_t n = ::write(fd, text.data() + at, text.size() - at);
    if (n <= 0) return;
    at += static_cast<std::size_t>(n);
  }
}

}  // namespace

progress_line::progress_line(int fd)
    : fd_(fd),
      enabled_(::isatty(fd) != 0),
      start_(clock::now()),
      next_draw_ns_(std::chrono::nanoseconds(first_draw).count()) {}

progress_line::~progress_line() {
  std::lock_guard lock(drawing_);
  if (drawn_) write_all(fd_, "\r\033[K");  // leave the terminal as it was
}

progress_fn progress_line::hook(const char* what, const char* unit) {
  if (!enabled_) return {};
  return [this, what, unit](std::uint64_t done, std::uint64_t total) {
    update(done, total, what, unit);
  };
}

void progress_line::update(std::uint64_t done, std::uint64_t total, const char* what,
                           const char* unit) {
  if (!enabled_) return;
  std::int64_t now = std::chrono::nanoseconds(clock::now() - start_).count();
  std::int64_t due = next_draw_ns_.load(std::memory_order_relaxed);
  if (now < due) return;
  // One thread draws; the others go on checking.
  if (!next_draw_ns_.compare_exchange_strong(due, now + std::chrono::nanoseconds(redraw).count()))
    return;
  std::unique_lock lock(drawing_, std::try_to_lock);
  if (!lock) return;
  double seconds = static_cast<double>(now) / 1e9;
  std::string line =
      total > 0 ? fmt::format(
                      "\rcrossfoot: {} {} of {}{} ({:.0f}%), {:.1f} s\033[K", what, done, total,
                      unit, 100.0 * static_cast<double>(done) / static_cast<double>(total), seconds)
                : fmt::format("\rcrossfoot: {} {}{}, {:.1f} s\033[K", what, done, unit, seconds);
  write_all(fd_, line);
  drawn_ = true;
}

}  // namespace crossfoot::cli
