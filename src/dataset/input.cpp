#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

#include "core/input.hpp"
#include "dataset/detail/codes.hpp"
#include "dataset/detail/input.hpp"

namespace crossfoot::dataset_detail {
namespace {

class file_handle {
 public:
  explicit file_handle(int fd) : fd_(fd) {}
  ~file_handle() {
    if (fd_ >= 0) ::close(fd_);
  }
  file_handle(const file_handle&) = delete;
  file_handle& operator=(const file_handle&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// read(2) until `cap` bytes or the end, retrying interrupted calls.
long long read_some(int fd, char* out, std::size_t cap, std::string& error) {
  std::size_t got = 0;
  while (got < cap) {
    ssize_t n = ::read(fd, out + got, cap - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      return -1;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  return static_cast<long long>(got);
}

// A mapped file that shrinks while it is read (truncated or rewritten in place by another
// process) makes the system stop the process with SIGBUS at the first page past its new end.
// That is the file changing under crossfoot, not a crash: the handler says so, as a compiler
// would, and exits with 2 (invalid input). A handler may only call async-signal-safe functions,
// so the message is made beforehand, for the file mapped last (one data file is read at a
// time).
char shrunk_message[4352] = {0};
std::size_t shrunk_length = 0;

extern "C" void on_mapped_file_shrunk(int) {
  if (shrunk_length > 0) {
    [[maybe_unused]] ssize_t n = ::write(STDERR_FILENO, shrunk_message, shrunk_length);
  }
  ::_exit(2);
}

void guard_against_shrinking(const std::string& shown_path) {
  const std::string message =
      shown_path +
      ": error: the data file shrank while it was read (another process truncated or rewrote "
      "it); write a new file beside it and rename it over the old one [" +
      std::string(codes::unreadable_data) + "]\n";
  if (message.size() >= sizeof shrunk_message) return;
  std::memcpy(shrunk_message, message.data(), message.size());
  shrunk_length = message.size();
  struct sigaction action {};
  action.sa_handler = on_mapped_file_shrunk;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGBUS, &action, nullptr);
}

class plain_source : public byte_source {
 public:
  plain_source(int fd, long long size, std::string head, std::string shown_path)
      : fd_(fd), size_(size), head_(std::move(head)), shown_path_(std::move(shown_path)) {
    consumed_ = static_cast<long long>(head_.size());
  }
  long long read(char* out, std::size_t cap, std::string& error) override {
    if (head_pos_ < head_.size()) {  // the bytes read to sniff the format come first
      std::size_t n = std::min(cap, head_.size() - head_pos_);
      std::memcpy(out, head_.data() + head_pos_, n);
      head_pos_ += n;
      return static_cast<long long>(n);
    }
    long long n = read_some(fd_.get(), out, cap, error);
    if (n > 0) consumed_ += n;
    return n;
  }
  long long consumed() const override { return consumed_; }
  long long size() const override { return size_; }
  bool compressed() const override { return false; }
  std::unique_ptr<mapped_text> map() override {
    // Only from the start: the head sniffed is the file's first bytes, nothing else was read.
    if (size_ <= 0 || head_pos_ != 0) return nullptr;
    guard_against_shrinking(shown_path_);
    auto bytes = static_cast<std::size_t>(size_);
    void* p = ::mmap(nullptr, bytes, PROT_READ, MAP_PRIVATE, fd_.get(), 0);
    if (p == MAP_FAILED) return nullptr;
    // Read once, front to back: read ahead, and pages behind may go.
    ::madvise(p, bytes, MADV_SEQUENTIAL);
    head_pos_ = head_.size();
    return std::make_unique<mapped_text>(static_cast<const char*>(p), bytes);
  }
  bool skip(long long n, std::string& error) override {
    if (head_pos_ < head_.size()) return byte_source::skip(n, error);
    if (::lseek(fd_.get(), n, SEEK_CUR) < 0) {
      error = std::strerror(errno);
      return false;
    }
    consumed_ += n;
    return true;
  }

 private:
  file_handle fd_;
  long long size_;
  std::string head_;
  std::string shown_path_;  // for the message if the file shrinks while mapped
  std::size_t head_pos_ = 0;
  long long consumed_ = 0;
};

// gzip through zlib's inflate, member after member (concatenated .gz files are one stream).
class gzip_source : public byte_source {
 public:
  gzip_source(int fd, long long size, std::string head) : fd_(fd), size_(size), in_(1 << 18) {
    std::memcpy(in_.data(), head.data(), head.size());
    z_.next_in = reinterpret_cast<Bytef*>(in_.data());
    z_.avail_in = static_cast<uInt>(head.size());
    consumed_ = static_cast<long long>(head.size());
    ok_ = inflateInit2(&z_, 15 + 32) == Z_OK;  // 32: a gzip or zlib header, detected
  }
  ~gzip_source() override { inflateEnd(&z_); }
  gzip_source(const gzip_source&) = delete;
  gzip_source& operator=(const gzip_source&) = delete;

  long long read(char* out, std::size_t cap, std::string& error) override {
    if (!ok_) {
      error = "zlib cannot start";
      return -1;
    }
    z_.next_out = reinterpret_cast<Bytef*>(out);
    z_.avail_out = static_cast<uInt>(std::min<std::size_t>(cap, 1u << 30));
    while (z_.avail_out > 0 && !done_) {
      if (z_.avail_in == 0) {
        long long n = read_some(fd_.get(), in_.data(), in_.size(), error);
        if (n < 0) return -1;
        consumed_ += n;
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(n);
        if (n == 0) {
          if (!member_done_) {
            error = "the gzip data ends early (truncated file)";
            return -1;
          }
          done_ = true;
          break;
        }
      }
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        member_done_ = true;
        inflateReset(&z_);  // another member may follow
        continue;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error = std::string("corrupt gzip data: ") + (z_.msg ? z_.msg : "inflate failed");
        return -1;
      }
      member_done_ = false;
    }
    return static_cast<long long>(reinterpret_cast<char*>(z_.next_out) - out);
  }
  long long consumed() const override { return consumed_; }
  long long size() const override { return size_; }
  bool compressed() const override { return true; }

 private:
  file_handle fd_;
  long long size_;
  std::vector<char> in_;
  z_stream z_{};
  bool ok_ = false;
  bool done_ = false;
  bool member_done_ = false;
  long long consumed_ = 0;
};

}  // namespace

std::unique_ptr<byte_source> open_data(const std::string& path, const source_range& at,
                                       diagnostics& diags) {
  // The one opening function: regular file, the dataset size limit, one diagnostic on failure.
  auto file = open_input(path, input_kind::dataset, at, diags);
  if (!file) return nullptr;
  int fd = ::fcntl(file->fd(), F_DUPFD_CLOEXEC, 0);  // ours to keep once `file` closes its own
  if (fd < 0) {
    diags.error(codes::unreadable_data, at,
                "cannot read '" + printable(path) + "': " + std::strerror(errno));
    return nullptr;
  }
#ifdef POSIX_FADV_SEQUENTIAL
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  std::string error;
  std::string head(2, '\0');
  long long n = read_some(fd, head.data(), 2, error);
  if (n < 0) {
    ::close(fd);
    diags.error(codes::unreadable_data, at, "cannot read '" + printable(path) + "': " + error);
    return nullptr;
  }
  head.resize(static_cast<std::size_t>(n));
  bool gzip = head.size() == 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
              static_cast<unsigned char>(head[1]) == 0x8b;
  auto size = static_cast<long long>(file->size());
  if (gzip) return std::make_unique<gzip_source>(fd, size, std::move(head));
  return std::make_unique<plain_source>(fd, size, std::move(head), printable(path));
}

mapped_text::~mapped_text() {
  ::munmap(const_cast<char*>(data_), size_);
}

void mapped_text::release_before(std::size_t offset) {
  auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  std::size_t upto = std::min(offset, size_) / page * page;
  if (upto <= released_) return;
  // A read-only private mapping of a file: dropped pages are read again from the page cache.
  ::madvise(const_cast<char*>(data_) + released_, upto - released_, MADV_DONTNEED);
  released_ = upto;
}

bool byte_source::skip(long long n, std::string& error) {
  std::vector<char> buf(1 << 16);
  while (n > 0) {
    long long got =
        read(buf.data(), static_cast<std::size_t>(std::min<long long>(n, 1 << 16)), error);
    if (got <= 0) return false;
    n -= got;
  }
  return true;
}

}  // namespace crossfoot::dataset_detail
