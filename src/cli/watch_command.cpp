#include "cli/watch_command.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "cli/catalogue.hpp"
#include "cli/commands.hpp"
#include "core/text.hpp"
#include "report/html_report.hpp"
#include "watch/file_watch.hpp"

namespace crossfoot::cli {

const char* const watch_usage =
    "usage: crossfoot watch DRAFT [FIGURES.toml] [options]\n"
    "\n"
    "Checks DRAFT each time it, FIGURES.toml or a rules file is saved: with FIGURES.toml,\n"
    "the figures anchored to the draft (as `check FIGURES.toml --draft DRAFT`); alone, the\n"
    "figures `extract` finds in it (as `check --draft DRAFT`). After each check it rewrites\n"
    "the HTML report and prints a one-line summary; a browser with the report open reloads\n"
    "it within a second. Ctrl-C stops, and leaves the last report as an ordinary one.\n"
    "\n"
    "options:\n"
    "  --rules NAME_OR_FILE   rules to check (repeatable; a catalogue name such as trade, a\n"
    "                         file or a directory); default: [document] rules\n"
    "  --output FILE          the HTML report to rewrite (default: the draft's name +\n"
    "                         .report.html, beside it)\n"
    "  --debounce MS          check once a save has been followed by MS milliseconds\n"
    "                         without another (default 200)\n"
    "  --no-diagnose          skip the search for the likely error behind a conflict\n"
    "  -h, --help             show this help\n"
    "\n"
    "exit status: 0 stopped by Ctrl-C or SIGTERM, 2 invalid options or nothing to watch\n";

namespace {

namespace fs = std::filesystem;
using clock = std::chrono::steady_clock;

namespace codes {
inline constexpr const char* cannot_watch = "CF8020";
}  // namespace codes

bool number_option(const std::string& name, const std::string& v, int low, int high, int& out,
                   std::string& error) {
  int n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < low || n > high) {
    error = fmt::format("{} takes a whole number from {} to {}, not '{}'", name, low, high, v);
    return false;
  }
  out = n;
  return true;
}

bool apply_option(watch_options& o, const std::vector<std::string>& args, std::size_t& i,
                  std::string& error) {
  const std::string& a = args[i];
  if (a == "--no-diagnose") {
    o.diagnose = false;
    return true;
  }
  static const std::vector<std::string> known = {"--rules", "--output", "--debounce",
                                                 "--no-diagnose", "--help"};
  if (a != "--rules" && a != "--output" && a != "--debounce") {
    error = unknown_option(a, known);
    return false;
  }
  std::string v;
  if (!take_value(args, i, v, error)) return false;
  if (a == "--rules") {
    std::string path;
    if (!rules_argument(v, path, error)) return false;
    o.rules.push_back(path);
  }
  if (a == "--output") o.output = v;
  if (a == "--debounce") return number_option("--debounce", v, 0, 60000, o.debounce_ms, error);
  return true;
}

// SIGINT and SIGTERM as readable events, so the loop ends cleanly between checks.
class stop_signals {
 public:
  stop_signals() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    ::sigprocmask(SIG_BLOCK, &set_, &old_);
    fd_ = ::signalfd(-1, &set_, SFD_NONBLOCK | SFD_CLOEXEC);
  }
  ~stop_signals() {
    // A signal still pending would be delivered, and kill, once unblocked: take it first.
    signalfd_siginfo info;
    while (fd_ >= 0 && ::read(fd_, &info, sizeof info) == sizeof info) {
    }
    if (fd_ >= 0) ::close(fd_);
    ::sigprocmask(SIG_SETMASK, &old_, nullptr);
  }
  stop_signals(const stop_signals&) = delete;
  stop_signals& operator=(const stop_signals&) = delete;
  int fd() const { return fd_; }

 private:
  sigset_t set_{}, old_{};
  int fd_ = -1;
};

std::string clock_time() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  return fmt::format("{:%H:%M:%S}", local);
}

std::string file_name(const std::string& path) {
  return fs::path(path).filename().string();
}

// "2 fail, 1 conflict, 13 of 16 instances pass", or what stopped the check.
std::string outcome(const check_run& run) {
  if (!run.result) {
    for (const auto& d : run.ds.items()) {
      if (d.level == severity::error) return "cannot check: " + d.message + " [" + d.code + "]";
    }
    return "cannot check";
  }
  const check_summary& s = run.result->summary;
  std::string out;
  auto part = [&](std::int64_t n, const char* what) {
    if (n > 0) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", n, what);
  };
  part(s.fail, "fail");
  part(s.conflict, s.conflict == 1 ? "conflict" : "conflicts");
  part(s.unknown, "unknown");
  part(s.error, s.error == 1 ? "error" : "errors");
  if (out.empty()) out = "all clear";
  return out + fmt::format(" ({} of {} instances pass)", s.pass, s.instances);
}

// The page polls a script beside it (src/report/html_report.hpp): "report.html" polls
// "report.html.watch.js", which names the stamp of the report now on disk.
std::string watch_script_name(const std::string& report) {
  std::string name = fs::path(report).filename().string() + ".watch.js";
  for (char& c : name) {
    if (!is_ascii_alnum(c) && c != '.' && c != '_' && c != '-') c = '_';
  }
  return name;
}

class watcher {
 public:
  explicit watcher(const watch_options& o)
      : o_(o),
        script_((fs::path(o.output).parent_path() / watch_script_name(o.output)).string()),
        session_(std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                    std::chrono::system_clock::now().time_since_epoch())
                                    .count())) {
    check_.figures = o.figures;
    check_.draft = o.draft;
    check_.rules = o.rules;
    check_.diagnose = o.diagnose;
  }

  exit_code run() {
    stop_signals signals;
    std::string error;
    if (!files_.ok(error) || signals.fd() < 0) return fail(codes::cannot_watch, error);
    std::cout << fmt::format(
                     "crossfoot: watching {}{}; open {} in a browser (it reloads after "
                     "each check); Ctrl-C stops\n",
                     o_.draft, o_.figures.empty() ? "" : " and " + o_.figures, o_.output)
              << std::flush;
    // Watched from before the first check, so that a save during it is not missed.
    std::vector<std::string> named = {o_.draft};
    if (!o_.figures.empty()) named.push_back(o_.figures);
    if (!files_.set_files(named, error) || !check(error)) return fail(codes::cannot_watch, error);
    loop(signals.fd());
    // The last report stays, as an ordinary report that polls nothing.
    write_report(false);
    std::error_code ignored;
    fs::remove(script_, ignored);
    std::cout << "crossfoot: stopped\n" << std::flush;
    return exit_code::clean;
  }

 private:
  exit_code fail(const char* code, const std::string& message) {
    diagnostics ds;
    ds.error(code, {}, message);
    std::cerr << render_all(ds);
    return exit_code::invalid;
  }

  // Waits for saves; a burst of them (an editor writing a temporary file, renaming it, then
  // touching the original) is one check, made once the burst is `debounce` old.
  void loop(int signal_fd) {
    bool pending = false;
    clock::time_point due;
    for (;;) {
      pollfd fds[2] = {{signal_fd, POLLIN, 0}, {files_.fd(), POLLIN, 0}};
      int timeout = -1;
      if (pending) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(due - clock::now());
        timeout = static_cast<int>(std::max<std::int64_t>(0, left.count()));
      }
      const int ready = ::poll(fds, 2, timeout);
      if (ready < 0 && errno != EINTR) return;
      if (fds[0].revents & POLLIN) return;  // SIGINT or SIGTERM
      if ((fds[1].revents & POLLIN) && files_.drain()) {
        pending = true;
        due = clock::now() + std::chrono::milliseconds(o_.debounce_ms);
      }
      if (pending && clock::now() >= due) {
        pending = false;
        std::string error;
        if (!check(error)) std::cerr << "crossfoot: " << error << "\n";
      }
    }
  }

  // The report, and in watch mode the script whose new stamp reloads an open page. The report
  // goes first, so that the page reloads into it.
  bool write_report(bool watching) {
    html_options options;
    if (watching) {
      options.watch_script = watch_script_name(o_.output);
      options.stamp = session_ + "-" + std::to_string(checks_);
    }
    const check_result empty;
    const check_result& result = run_->result ? *run_->result : empty;
    std::string error;
    const bool written = write_file_atomically(
        o_.output, [&](std::ostream& out) { html_report(out, result, run_->meta, options); },
        error);
    if (written && watching)
      write_file_atomically(script_, html_watch_script(options.stamp), error);
    if (!written) std::cerr << "crossfoot: " << error << "\n";
    return written;
  }

  // One check: the report written, the files to watch next (the rules may now include
  // others), then a summary line: once it shows, every save after it is seen.
  bool check(std::string& error) {
    const auto start = clock::now();
    run_ = std::make_unique<check_run>();
    run_check_once(check_, *run_);
    ++checks_;
    const bool written = write_report(true);
    std::vector<std::string> inputs = run_->inputs;
    for (const auto& f : {o_.draft, o_.figures}) {
      if (!f.empty()) inputs.push_back(f);
    }
    const bool watching = files_.set_files(inputs, error);
    const double seconds = std::chrono::duration<double>(clock::now() - start).count();
    if (!run_->ds.items().empty()) std::cerr << render_all(run_->ds);
    std::cout << fmt::format("{} {}: {} [{:.2f} s]{}\n", clock_time(), file_name(o_.draft),
                             outcome(*run_), seconds, written ? "" : " (report not written)")
              << std::flush;
    return watching;
  }

  const watch_options& o_;
  const std::string script_;   // the watch script's path, beside the report
  const std::string session_;  // stamps of this run differ from any earlier run's
  check_options check_;
  std::unique_ptr<check_run> run_;  // the last check, kept for the report left at the end
  std::uint64_t checks_ = 0;
  watch::file_watch files_;
};

}  // namespace

std::optional<watch_options> parse_watch(const std::vector<std::string>& args, std::string& error) {
  watch_options o;
  std::vector<std::string> positional;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      o.help = true;
      return o;
    }
    if (a.size() > 1 && a[0] == '-') {
      if (!apply_option(o, args, i, error)) return std::nullopt;
    } else {
      positional.push_back(a);
    }
  }
  if (positional.empty() || positional.size() > 2) {
    error = positional.empty() ? "watch needs a draft: crossfoot watch DRAFT [FIGURES.toml]"
                               : "unexpected argument '" + positional[2] +
                                     "': watch takes a draft and a figures file";
    return std::nullopt;
  }
  o.draft = positional[0];
  if (positional.size() == 2) o.figures = positional[1];
  if (o.figures.empty() && o.rules.empty()) {
    error = "watch needs rules for a draft alone: give --rules (for example --rules trade)";
    return std::nullopt;
  }
  if (o.output.empty()) {
    const fs::path p(o.draft);
    o.output = (p.parent_path() / p.stem()).string() + ".report.html";
  }
  return o;
}

exit_code run_watch_command(const watch_options& o) {
  return watcher(o).run();
}

}  // namespace crossfoot::cli
