// The generator's truth file as the oracle: datasets written by ../shared/bench/gen_trade.py
// (deterministic) are checked with the benchmark workloads' specs (bench/workloads/), and every
// injected error must be found, or shown here, from the data, to be one the data cannot reveal;
// every finding must fall on an injected row or cell, or on a clean one for a reason the docs
// give (docs/datasets.md, "What the workloads find").
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

using json = nlohmann::json;

std::string shared_dir() {
  if (const char* env = std::getenv("CROSSFOOT_SHARED")) return env;
  return std::string(CROSSFOOT_SOURCE_DIR) + "/../shared";
}

std::string generator() {
  return shared_dir() + "/bench/gen_trade.py";
}

#define CROSSFOOT_NEEDS_GENERATOR()                                                        \
  if (!std::filesystem::exists(generator())) {                                             \
    GTEST_SKIP() << "the generator is not beside this clone (" << generator()              \
                 << "); CI lays ../shared out there, CROSSFOOT_SHARED names it elsewhere"; \
  }

void generate_data(const std::string& kind, const std::string& size, const std::string& out) {
  std::string cmd = "python3 " + generator() + " " + kind + " " + size + " " + out;
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

// A CSV without quoted fields (the generator writes none): rows of fields, the header first.
std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::stringstream s(line);
    std::string f;
    while (std::getline(s, f, ',')) fields.push_back(f);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    rows.push_back(std::move(fields));
  }
  return rows;
}

json check_json(const std::string& data, const std::string& spec) {
  auto r = run_crossfoot("check " + data + " --spec " + spec + " --format json");
  EXPECT_EQ(r.status, 1) << r.err;
  auto j = json::parse(r.out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << r.out.substr(0, 2000);
  EXPECT_EQ(j["summary"]["omitted"], 0) << "every finding must be listed for the oracle";
  return j;
}

// The CSV lines a finding reads (its cells' places), in the data file.
std::set<long> lines_of(const json& f, const std::string& data) {
  std::set<long> out;
  for (const auto& fig : f["figures"]) {
    if (fig["source"].is_object() && fig["source"]["file"] == data) {
      out.insert(fig["source"]["line"].get<long>());
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// records: one row per unit; the truth file lists (id, type); row `id` is line id + 1.

struct records_data {
  std::vector<std::vector<std::string>> rows;  // header first; rows[id] is the row with that id
  std::map<long, char> truth;                  // id -> corruption type a..i
  std::map<std::string, double> mean_exports;  // by country, every row counted (as mean_by)
  std::map<std::string, int> rows_per_country;
  std::map<std::string, int> key_count;  // "country|year|product" -> rows
};

enum col {
  c_id,
  c_country,
  c_year,
  c_product,
  c_exports,
  c_imports,
  c_total,
  c_share,
  c_prev,
  c_growth
};

std::string key_of(const std::vector<std::string>& r) {
  return r[c_country] + "|" + r[c_year] + "|" + r[c_product];
}

records_data load_records(const std::string& csv, const std::string& truth) {
  records_data d;
  d.rows = read_csv(csv);
  auto t = read_csv(truth);
  for (std::size_t i = 1; i < t.size(); ++i) d.truth[std::stol(t[i][0])] = t[i][1][0];
  std::map<std::string, double> sum;
  for (std::size_t i = 1; i < d.rows.size(); ++i) {
    const auto& r = d.rows[i];
    sum[r[c_country]] += std::stod(r[c_exports]);
    ++d.rows_per_country[r[c_country]];
    ++d.key_count[key_of(r)];
  }
  for (const auto& [c, s] : sum) d.mean_exports[c] = s / d.rows_per_country[c];
  return d;
}

// Whether the written number fits an interval of half-width `h` around it holding `v`.
bool within(const std::string& written, double h, double v) {
  return std::fabs(std::stod(written) - v) <= h + 1e-12;
}

// An all-zero record (type e) is consistent with every rule within rounding: exports 0, imports
// = total = 0.004 (each written 0.0, so each may be anything in [-0.005, 0.005]) gives share 0,
// growth -100%, a positive total and no negative amount. The data cannot tell it from a record
// of a few euros, so no rule can fail on it.
bool zero_record_fits_every_rule(const std::vector<std::string>& r) {
  double ex = 0, im = 0.004, tot = 0.004, prev = std::stod(r[c_prev]);
  double share = 100 * ex / tot, growth = 100 * (ex / prev - 1);
  return within(r[c_exports], 0.005, ex) && within(r[c_imports], 0.005, im) &&
         within(r[c_total], 0.005, tot) && within(r[c_share], 0.05, share) &&
         within(r[c_growth], 0.05, growth) && tot == ex + im && tot > 0 && ex >= 0 && im >= 0;
}

TEST(DatasetOracle, RecordsEveryInjectedErrorFoundOrShownHidden) {
  CROSSFOOT_NEEDS_GENERATOR();
  scratch_dir dir;
  std::string csv = dir.file("records.csv");
  generate_data("records", "100000", csv);
  records_data d = load_records(csv, dir.file("records.truth.csv"));
  json report = check_json(csv, "bench/workloads/records/records.toml");

  // row id -> rule -> kind ("fail", "unknown")
  std::map<long, std::map<std::string, std::string>> by_row;
  for (const auto& f : report["findings"]) {
    ASSERT_EQ(f["code"], "") << "no data problem in generated data: " << f.dump();
    auto lines = lines_of(f, csv);
    ASSERT_FALSE(lines.empty()) << f.dump();
    for (long line : lines) by_row[line - 1][f["rule"]] = f["kind"];
  }
  auto has = [&](long id, const std::string& rule, const std::string& kind) {
    auto it = by_row.find(id);
    return it != by_row.end() && it->second.count(rule) && it->second.at(rule) == kind;
  };

  // The rule each corruption type must trip (a: total off; b: share off; c, d: a sign; f: a
  // repeated key; g: exports x1000, an outlier; h: growth off; i: imports missing).
  const std::map<char, std::pair<std::string, std::string>> expected = {
      {'a', {"balance", "fail"}},        {'b', {"share", "fail"}},
      {'c', {"exports_nonneg", "fail"}}, {'d', {"imports_nonneg", "fail"}},
      {'f', {"key_unique", "fail"}},     {'g', {"exports_outlier", "fail"}},
      {'h', {"growth", "fail"}},         {'i', {"imports_nonneg", "unknown"}}};
  std::map<char, int> found, hidden;
  for (const auto& [id, type] : d.truth) {
    const auto& r = d.rows[static_cast<std::size_t>(id)];
    if (type == 'e') {
      EXPECT_TRUE(zero_record_fits_every_rule(r)) << "row " << id;
      EXPECT_EQ(by_row.count(id), 0u) << "row " << id;
      ++hidden[type];
      continue;
    }
    const auto& [rule, kind] = expected.at(type);
    if (has(id, rule, kind)) {
      ++found[type];
      if (type == 'i') {
        EXPECT_TRUE(has(id, "balance", "unknown")) << "row " << id;
      }
      continue;
    }
    // exports x1000 that still lies within 50 times its country's mean (which it raises):
    // the rule as written holds on it, so no data can reveal it through this rule.
    if (type == 'g' && std::stod(r[c_exports]) <= 50 * d.mean_exports[r[c_country]]) {
      ++hidden[type];
      continue;
    }
    ADD_FAILURE() << "injected error not found: row " << id << " type " << type << " (" << rule
                  << " " << kind << ")";
  }

  // Findings on clean rows, each for a reason the docs give: the row whose key an injected row
  // copied (a repeated key fails on every row that has it, as validate's is_unique), and
  // natural outliers of the lognormal amounts (exports above 50 times the country's mean).
  int copied_key = 0, natural_outlier = 0;
  for (const auto& [id, rules] : by_row) {
    if (d.truth.count(id)) continue;
    const auto& r = d.rows[static_cast<std::size_t>(id)];
    for (const auto& [rule, kind] : rules) {
      if (rule == "key_unique" && d.key_count[key_of(r)] > 1) {
        ++copied_key;
      } else if (rule == "exports_outlier" &&
                 std::stod(r[c_exports]) > 50 * d.mean_exports[r[c_country]]) {
        ++natural_outlier;
      } else {
        ADD_FAILURE() << "finding on a clean row: " << id << " " << rule << " " << kind;
      }
    }
  }

  // Pinned from this generator's run: 100 injected errors (11 or 12 of each type).
  EXPECT_EQ(d.truth.size(), 100u);
  EXPECT_EQ((std::map<char, int>{{'e', 11}, {'g', 1}}), hidden);
  EXPECT_EQ(found['a'], 12);
  EXPECT_EQ(found['g'], 10);
  EXPECT_EQ(copied_key, 11);
  EXPECT_EQ(natural_outlier, 2);
}

}  // namespace
}  // namespace crossfoot::testing
