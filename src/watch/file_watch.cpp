#include "watch/file_watch.hpp"

#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace crossfoot::watch {
namespace fs = std::filesystem;

namespace {

// What a save looks like, however the editor does it.
constexpr std::uint32_t save_events =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM;

fs::path absolute_path(const std::string& file) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(file), ec);
  return ec ? fs::path(file) : p.lexically_normal();
}

}  // namespace

file_watch::file_watch() {
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) error_ = std::string("inotify is not available: ") + std::strerror(errno);
}

file_watch::~file_watch() {
  if (fd_ >= 0) ::close(fd_);
}

bool file_watch::ok(std::string& error) const {
  error = error_;
  return fd_ >= 0;
}

bool file_watch::set_files(const std::vector<std::string>& files, std::string& error) {
  std::map<std::string, std::set<std::string>> wanted;  // directory -> names
  for (const auto& f : files) {
    const fs::path p = absolute_path(f);
    wanted[p.parent_path().string()].insert(p.filename().string());
  }
  for (auto it = dirs_.begin(); it != dirs_.end();) {
    if (wanted.count(it->first)) {
      ++it;
      continue;
    }
    ::inotify_rm_watch(fd_, it->second);
    names_.erase(it->second);
    it = dirs_.erase(it);
  }
  for (const auto& [dir, names] : wanted) {
    auto found = dirs_.find(dir);
    if (found == dirs_.end()) {
      const int wd = ::inotify_add_watch(fd_, dir.c_str(), save_events | IN_ONLYDIR);
      if (wd < 0) {
        error = "cannot watch " + dir + ": " + std::strerror(errno);
        return false;
      }
      found = dirs_.emplace(dir, wd).first;
    }
    names_[found->second] = names;
  }
  return true;
}

bool file_watch::drain() {
  bool relevant = false;
  alignas(inotify_event) std::array<char, 16384> buffer;
  for (;;) {
    const ssize_t n = ::read(fd_, buffer.data(), buffer.size());
    if (n <= 0) break;  // EAGAIN: nothing more for now
    for (std::size_t at = 0; at < static_cast<std::size_t>(n);) {
      inotify_event event;
      std::memcpy(&event, buffer.data() + at, sizeof event);
      const char* name = buffer.data() + at + sizeof event;
      if (event.mask & IN_Q_OVERFLOW) relevant = true;  // events were lost: look again
      if (event.len > 0) {
        auto it = names_.find(event.wd);
        if (it != names_.end() && it->second.count(std::string(name))) relevant = true;
      }
      at += sizeof event + event.len;
    }
  }
  return relevant;
}

}  // namespace crossfoot::watch
