#pragma once
// Small datasets written to a directory of their own and checked in-process.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "dataset/dataset.hpp"
#include "lang/syntax.hpp"

namespace crossfoot::testing {

class dataset_test : public ::testing::Test {
 protected:
  dataset_test() {
    std::string pattern = (std::filesystem::temp_directory_path() / "cf-dataset-XXXXXX").string();
    dir_ = mkdtemp(pattern.data());
  }
  ~dataset_test() override { std::filesystem::remove_all(dir_); }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path(name), std::ios::binary) << text;
  }

  void write_gz(const std::string& name, const std::string& text) const {
    gzFile f = gzopen(path(name).c_str(), "wb");
    gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
    gzclose(f);
  }

  std::optional<rule_set> rules(const std::string& text) {
    auto parsed = syntax::parse_rules(make_source("test.rules", text), diags);
    if (!parsed) return std::nullopt;
    return resolve({*parsed}, diags);
  }

  /// The spec's text gets `file = "data.csv"` unless it names a file.
  std::optional<dataset_spec> spec(const std::string& text) {
    std::string full = text;
    if (full.find("file =") == std::string::npos) {
      auto at = full.find("[dataset]");
      full.insert(at + 9, "\nfile = \"data.csv\"");
    }
    write("spec.toml", full);
    return load_dataset_spec(path("spec.toml"), diags);
  }

  /// Checks data.csv (written from `csv`) against `rules_text`.
  std::optional<check_result> check(const std::string& spec_text, const std::string& csv,
                                    const std::string& rules_text, dataset_options o = {}) {
    write("data.csv", csv);
    return check_file(spec_text, rules_text, o);
  }

  std::optional<check_result> check_file(const std::string& spec_text,
                                         const std::string& rules_text, dataset_options o = {}) {
    auto s = spec(spec_text);
    if (!s) return std::nullopt;
    auto r = rules(rules_text);
    if (!r) return std::nullopt;
    rules_ = std::move(*r);
    return check_dataset(rules_, *s, o, diags);
  }

  /// "rule kind line:col" for every finding, in report order.
  static std::vector<std::string> outline(const check_result& r) {
    std::vector<std::string> out;
    for (const auto& f : r.findings) {
      source_range at = f.rule_range;
      for (const auto& u : f.figures) {
        if (u.in_text) {
          at = *u.in_text;
          break;
        }
      }
      auto lc = at.start();
      out.push_back(f.rule + " " + to_string(f.kind) + " " + std::to_string(lc.line) + ":" +
                    std::to_string(lc.col));
    }
    return out;
  }

  std::string first_error_code() const {
    for (const auto& d : diags.items()) {
      if (d.level == severity::error) return d.code;
    }
    return "";
  }

  diagnostics diags;
  rule_set rules_;

 private:
  std::filesystem::path dir_;
};

}  // namespace crossfoot::testing
