#include "core/input.hpp"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "core/text.hpp"

namespace crossfoot {
namespace {

constexpr std::uint64_t mib = 1024 * 1024;

// What each kind of input is called, how large it may be, which names say it is that kind of
// file (and so may be quoted), and how a file that cannot be opened is reported.
struct kind_info {
  input_kind kind;
  const char* noun;
  std::uint64_t limit;
  std::initializer_list<std::string_view> extensions;
  const char* unreadable;     // cannot open, named on the command line (or in a file)
  const char* unreadable_at;  // cannot open, named inside another file
};

const kind_info kinds[] = {
    {input_kind::rules, "rules file", 16 * mib, {".rules"}, "CF3001", "CF3003"},
    {input_kind::figures, "figures file", 64 * mib, {".toml"}, "CF2001", "CF2001"},
    {input_kind::document,
     "source text",
     64 * mib,
     {".txt", ".md", ".markdown", ".text"},
     "CF2102",
     "CF2102"},
    {input_kind::draft,
     "draft",
     64 * mib,
     {".md", ".markdown", ".txt", ".text"},
     "CF5001",
     "CF5001"},
    {input_kind::spec, "dataset spec", 16 * mib, {".toml"}, "CF6001", "CF6001"},
    {input_kind::codelist, "codelist", 16 * mib, {".toml"}, "CF6009", "CF6009"},
    {input_kind::dataset, "dataset", 64 * 1024 * mib, {".csv", ".tsv"}, "CF6101", "CF6101"},
};

const kind_info& info(input_kind k) {
  return *std::find_if(std::begin(kinds), std::end(kinds),
                       [k](const kind_info& i) { return i.kind == k; });
}

std::atomic<std::uint64_t> text_limit{0}, dataset_limit{0};

// The document's source is optional: whatever keeps it from being read is a warning, and the
// figures still load (CF2102). Every other kind fails.
diagnostic& report(diagnostics& diags, input_kind kind, const char* code, const source_range& at,
                   std::string message) {
  if (kind == input_kind::document) {
    return diags.warning("CF2102", at, "cannot read the document's source text: " + message);
  }
  return diags.error(code, at, std::move(message));
}

std::string quoted_path(const std::string& path) {
  return "'" + printable(path) + "'";
}

// The kind of thing a path names when it is not a regular file, or "" when it is one.
std::string not_regular(const struct stat& st, int fd) {
  if (S_ISDIR(st.st_mode)) return "a directory";
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "a device";
  if (S_ISFIFO(st.st_mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(st.st_mode)) return "a socket";
  if (!S_ISREG(st.st_mode)) return "not a regular file";
  // /proc and /sys files claim to be regular but are generated on reading, with sizes that
  // mean nothing (/proc/self/mem is "0 bytes" and the whole address space).
  struct statfs fs {};
  if (::fstatfs(fd, &fs) == 0 && (fs.f_type == PROC_SUPER_MAGIC || fs.f_type == SYSFS_MAGIC)) {
    return "a /proc or /sys file";
  }
  return "";
}

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::string encoding_message(const encoding_problem& p, input_kind kind) {
  switch (p.what) {
    case encoding_problem::kind::nul:
      return fmt::format("the {} is not text: it contains a NUL byte", input_noun(kind));
    case encoding_problem::kind::wide_bom:
      return fmt::format(
          "the {} is UTF-16 or UTF-32 (it starts with a byte order mark); save "
          "it as UTF-8",
          input_noun(kind));
    case encoding_problem::kind::invalid_utf8:
      break;
  }
  return fmt::format("the {} is not valid UTF-8 text", input_noun(kind));
}

const char* encoding_code(const encoding_problem& p) {
  switch (p.what) {
    case encoding_problem::kind::nul:
      return "CF7012";
    case encoding_problem::kind::wide_bom:
      return "CF7014";
    case encoding_problem::kind::invalid_utf8:
      break;
  }
  return "CF7013";
}

}  // namespace

input_file::input_file(input_file&& other) noexcept : fd_(other.fd_), size_(other.size_) {
  other.fd_ = -1;
}

input_file input_file::with_size(input_file&& file, std::uint64_t size) {
  input_file out(std::move(file));
  out.size_ = size;
  return out;
}

input_file::~input_file() {
  if (fd_ >= 0) ::close(fd_);
}

const char* input_noun(input_kind kind) {
  return info(kind).noun;
}

void set_input_limits(const input_limits& limits) {
  text_limit = limits.text;
  dataset_limit = limits.dataset;
}

std::uint64_t default_input_limit(input_kind kind) {
  return info(kind).limit;
}

std::uint64_t input_limit(input_kind kind) {
  std::uint64_t set = kind == input_kind::dataset ? dataset_limit.load() : text_limit.load();
  return set ? set : default_input_limit(kind);
}

std::optional<std::uint64_t> parse_size(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
  std::string number(text.substr(0, i));
  std::string_view suffix = text.substr(i);
  if (number.empty() || std::count(number.begin(), number.end(), '.') > 1 || number == ".")
    return std::nullopt;
  static constexpr std::pair<std::string_view, int> powers[] = {
      {"", 0},   {"B", 0},   {"K", 1}, {"KB", 1}, {"KiB", 1}, {"M", 2},
      {"MB", 2}, {"MiB", 2}, {"G", 3}, {"GB", 3}, {"GiB", 3}, {"T", 4},
      {"TB", 4}, {"TiB", 4}, {"k", 1}, {"kB", 1}, {"kiB", 1}};
  auto p = std::find_if(std::begin(powers), std::end(powers),
                        [&](const auto& x) { return x.first == suffix; });
  if (p == std::end(powers)) return std::nullopt;
  double value = std::strtod(number.c_str(), nullptr) * std::pow(1024.0, p->second);
  if (!(value >= 1) || value > 1e18) return std::nullopt;
  return static_cast<std::uint64_t>(value);
}

std::string format_size(std::uint64_t bytes) {
  static constexpr const char* names[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return fmt::format("{} bytes", bytes);
  double v = static_cast<double>(bytes) / 1024;
  int i = 0;
  while (v >= 1024 && i < 3) v /= 1024, ++i;
  return v == std::floor(v) ? fmt::format("{} {}", v, names[i])
                            : fmt::format("{:.1f} {}", v, names[i]);
}

std::optional<encoding_problem> find_encoding_problem(std::string_view text) {
  using k = encoding_problem::kind;
  auto starts = [&](std::string_view mark) { return text.substr(0, mark.size()) == mark; };
  if (starts("\xFF\xFE") || starts("\xFE\xFF") || starts(std::string_view("\0\0\xFE\xFF", 4)))
    return encoding_problem{k::wide_bom, 0};
  std::size_t i = starts(utf8_bom) ? utf8_bom.size() : 0;
  while (i < text.size()) {
    // Plain ASCII goes eight bytes at a time: most input is ASCII and this check sees it all.
    if (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      bool ascii = (word & 0x8080808080808080ULL) == 0;
      bool zero = ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) != 0;
      if (ascii && !zero) {
        i += 8;
        continue;
      }
    }
    if (text[i] == '\0') return encoding_problem{k::nul, i};
    std::size_t n = utf8_length(text, i);
    if (n == 0) return encoding_problem{k::invalid_utf8, i};
    i += n;
  }
  return std::nullopt;
}

bool quotable_as(const std::string& path, input_kind kind) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto& allowed = info(kind).extensions;
  return std::find(allowed.begin(), allowed.end(), ext) != allowed.end();
}

std::optional<input_file> open_input(const std::string& path, input_kind kind,
                                     const source_range& at, diagnostics& diags) {
  const kind_info& k = info(kind);
  const char* unreadable = at.valid() ? k.unreadable_at : k.unreadable;
  // O_NONBLOCK: opening a FIFO must not wait for a writer before it can be refused.
  int fd = path.find('\0') == std::string::npos && !path.empty()
               ? ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
               : (errno = ENOENT, -1);
  if (fd < 0) {
    report(diags, kind, unreadable, at,
           fmt::format("cannot open {} {}: {}", k.noun, quoted_path(path), std::strerror(errno)));
    return std::nullopt;
  }
  input_file file(fd, 0);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    report(diags, kind, unreadable, at,
           fmt::format("cannot read {}: {}", quoted_path(path), std::strerror(errno)));
    return std::nullopt;
  }
  if (std::string what = not_regular(st, fd); !what.empty()) {
    report(diags, kind, "CF7010", at,
           fmt::format("{} is {}, not a {}", quoted_path(path), what, k.noun));
    return std::nullopt;
  }
  auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > input_limit(kind)) {
    report(
        diags, kind, "CF7011", at,
        fmt::format("{} is {}, more than the limit of {} for a {}; --max-input-size raises it",
                    quoted_path(path), format_size(size), format_size(input_limit(kind)), k.noun));
    return std::nullopt;
  }
  // Back to blocking reads for a regular file.
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return input_file::with_size(std::move(file), size);
}

std::optional<std::string> read_input_bytes(const std::string& path, input_kind kind,
                                            const source_range& at, diagnostics& diags) {
  auto file = open_input(path, kind, at, diags);
  if (!file) return std::nullopt;
  const std::uint64_t limit = input_limit(kind);
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(file->size(), limit)));
  // Read to the end, never past the limit: a file may grow while it is read.
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(file->fd(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      report(diags, kind, at.valid() ? info(kind).unreadable_at : info(kind).unreadable, at,
             fmt::format("cannot read {}: {}", quoted_path(path), std::strerror(errno)));
      return std::nullopt;
    }
    if (n == 0) break;
    if (bytes.size() + static_cast<std::size_t>(n) > limit) {
      report(diags, kind, "CF7011", at,
             fmt::format("{} is more than the limit of {} for a {}; --max-input-size raises it",
                         quoted_path(path), format_size(limit), input_noun(kind)));
      return std::nullopt;
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  return bytes;
}

source_ptr text_input(const std::string& path, std::string text, input_kind kind,
                      diagnostics& diags) {
  const bool quotable = quotable_as(path, kind);
  if (auto problem = find_encoding_problem(text)) {
    // The place of the bad byte is shown, the line around it only in a file that may be quoted.
    auto src = make_source(path, std::move(text), quotable);
    std::size_t end = std::min(problem->offset + 1, src->text().size());
    report(diags, kind, encoding_code(*problem), {src, problem->offset, end},
           encoding_message(*problem, kind));
    return nullptr;
  }
  if (std::string_view(text).substr(0, utf8_bom.size()) == utf8_bom) text.erase(0, 3);
  return make_source(path, std::move(text), quotable);
}

source_ptr read_input(const std::string& path, input_kind kind, const source_range& at,
                      diagnostics& diags) {
  auto bytes = read_input_bytes(path, kind, at, diags);
  if (!bytes) return nullptr;
  return text_input(path, std::move(*bytes), kind, diags);
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = utf8_length(text, i);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f || n == 0) {
      out += fmt::format("\\x{:02x}", c);
      ++i;
      continue;
    }
    out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace crossfoot
