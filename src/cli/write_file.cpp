// Outputs through a temporary file and a rename, refusing targets that must not be replaced.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/input.hpp"

namespace crossfoot::cli {
namespace {

namespace fs = std::filesystem;

// The temporary file being written, for the signal handler: a fixed buffer, because a handler
// may only call async-signal-safe functions (unlink, signal, raise).
char pending_temp[4096] = {0};

extern "C" void remove_pending_temp(int sig) {
  if (pending_temp[0] != '\0') ::unlink(pending_temp);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void set_pending(const std::string& temp) {
  if (temp.size() >= sizeof pending_temp) return;
  std::memcpy(pending_temp, temp.c_str(), temp.size() + 1);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) std::signal(sig, remove_pending_temp);
}

void clear_pending() {
  pending_temp[0] = '\0';
}

constexpr std::string_view temp_marker = ".crossfoot-tmp-";

// "DIR/.NAME.crossfoot-tmp-PID": hidden, beside the target (a rename across file systems is
// not atomic), and naming the process that writes it.
fs::path temp_for(const fs::path& target, long pid) {
  return target.parent_path() /
         ("." + target.filename().string() + std::string(temp_marker) + std::to_string(pid));
}

// A run killed with SIGKILL cannot remove its temporary file; the next run writing the same
// target removes those whose process is gone.
void remove_stale_temps(const fs::path& target) {
  std::error_code ec;
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  const std::string prefix = "." + target.filename().string() + std::string(temp_marker);
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
      fs::remove(e.path(), ec);
    }
  }
}

// Why `path` must not be written over, or "".
std::string refusal(const std::string& path, const std::vector<std::string>& inputs) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return "";  // a new file
  if (S_ISLNK(st.st_mode)) return "it is a symbolic link";
  if (S_ISDIR(st.st_mode)) return "it is a directory";
  if (S_ISFIFO(st.st_mode)) return "it is a FIFO (named pipe)";
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "it is a device";
  if (!S_ISREG(st.st_mode)) return "it is not a regular file";
  // Root may write anything; a file nobody may write is still not meant to be replaced.
  if ((st.st_mode & 0222) == 0 || ::access(path.c_str(), W_OK) != 0) return "it is read-only";
  std::error_code ec;
  for (const auto& in : inputs) {
    if (!in.empty() && fs::equivalent(path, in, ec)) {
      return fmt::format("it is one of the inputs ({})", printable(in));
    }
  }
  return "";
}

// An output stream buffer over a file descriptor, so that the report is written into the
// temporary file opened with O_NOFOLLOW as it is made, without holding it all in memory.
class fd_buf : public std::streambuf {
 public:
  explicit fd_buf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
  fd_buf(const fd_buf&) = delete;
  fd_buf& operator=(const fd_buf&) = delete;
  ~fd_buf() override = default;
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    for (char* at = pbase(); at < pptr();) {
      ssize_t n = ::write(fd_, at, static_cast<std::size_t>(pptr() - at));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return false;
      }
      at += n;
    }
    setp(buf_, buf_ + sizeof buf_);
    return true;
  }

  int fd_;
  int error_ = 0;
  char buf_[1 << 16];
};

// Writes through `write` into the temporary file `temp`; the errno of the failure, or 0.
int write_temp(const fs::path& temp, const std::function<void(std::ostream&)>& write) {
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) return errno;
  auto buf = std::make_unique<fd_buf>(fd);
  std::ostream out(buf.get());
  try {
    write(out);
    out.flush();
  } catch (...) {
    ::close(fd);
    ::unlink(temp.c_str());
    clear_pending();
    throw;
  }
  int err = out ? 0 : (buf->error() ? buf->error() : EIO);
  if (::close(fd) != 0 && err == 0) err = errno;
  return err;
}

}  // namespace

bool write_file_atomically(const std::string& path, const std::string& text, std::string& error,
                           const std::vector<std::string>& inputs) {
  return write_file_atomically(
      path, [&](std::ostream& out) { out << text; }, error, inputs);
}

bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string& error, const std::vector<std::string>& inputs) {
  if (std::string why = refusal(path, inputs); !why.empty()) {
    error = fmt::format("refusing to write '{}': {}", printable(path), why);
    return false;
  }
  fs::path target(path);
  remove_stale_temps(target);
  fs::path temp = temp_for(target, static_cast<long>(::getpid()));
  std::error_code ec;
  fs::remove(temp, ec);  // ours from an earlier write of this run, or a recycled pid's
  set_pending(temp.string());
  int err = write_temp(temp, write);
  if (err == 0) fs::rename(temp, target, ec);
  if (err != 0 || ec) {
    error = fmt::format("cannot write '{}': {}", printable(path),
                        ec ? ec.message() : std::string(std::strerror(err)));
    fs::remove(temp, ec);
    clear_pending();
    return false;
  }
  clear_pending();
  return true;
}

}  // namespace crossfoot::cli
