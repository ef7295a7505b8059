#pragma once
// Helpers for the figures tests: loading inline TOML, temporary directories, interval checks.
#include <gtest/gtest.h>

#include <unistd.h>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "../only_diagnostic.hpp"
#include "core/diagnostic.hpp"
#include "figures/figures.hpp"

namespace crossfoot::testing {

struct loaded {
  std::optional<figure_set> set;
  diagnostics diags;

  const figure& fig(const std::string& id) const {
    static const figure none{};
    const figure* f = set ? set->find(id) : nullptr;
    if (!f) ADD_FAILURE() << "no figure " << id;
    return f ? *f : none;
  }
  const claim& first(const std::string& id) const {
    static const claim none{};
    const figure& f = fig(id);
    return f.claims.empty() ? none : f.claims.front();
  }
  // The only diagnostic with `code`; a test failure unless there is exactly one.
  const diagnostic& only(const std::string& code) const { return only_diagnostic(diags, code); }
};

inline loaded load(const std::string& text, const std::string& path = "test.toml") {
  loaded out;
  out.set = load_figures_text(path, text, out.diags);
  return out;
}

inline ::testing::AssertionResult near_interval(const interval& iv, double lo, double hi) {
  auto close = [](double a, double b) {
    if (std::isinf(a) || std::isinf(b)) return a == b;
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
  };
  if (close(iv.lo, lo) && close(iv.hi, hi)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "interval [" << iv.lo << ", " << iv.hi << "], expected [" << lo << ", " << hi << "]";
}

/// A fresh directory under the system's temporary directory, removed afterwards.
class temp_dir {
 public:
  temp_dir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("crossfoot-figures-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(file(name), std::ios::binary) << text;
    return file(name);
  }

 private:
  std::filesystem::path path_;
};

inline line_col at(const diagnostic& d) {
  return d.range.start();
}

}  // namespace crossfoot::testing
