#pragma once
// Saves of a few files, seen through inotify. Editors save by writing a new file and renaming
// it over the old one, which replaces the file's inode, so the directories are watched and
// events are matched by name: a write closed, a file renamed or moved into place, created or
// deleted.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace crossfoot::watch {

class file_watch {
 public:
  file_watch();
  ~file_watch();
  file_watch(const file_watch&) = delete;
  file_watch& operator=(const file_watch&) = delete;

  /// False, with `error` set, when inotify is not available.
  bool ok(std::string& error) const;
  /// Watches these files (any path; their directories must exist), replacing the set before.
  /// False, with `error` set, when a directory cannot be watched.
  bool set_files(const std::vector<std::string>& files, std::string& error);
  /// The descriptor to poll for input.
  int fd() const { return fd_; }
  /// Reads the pending events without blocking; true when one was about a watched file.
  bool drain();

 private:
  int fd_ = -1;
  std::string error_;
  std::map<int, std::set<std::string>> names_;  // watch descriptor -> file names in it
  std::map<std::string, int> dirs_;             // directory -> watch descriptor
};

}  // namespace crossfoot::watch
