// The cube workload against the generator's truth file and an independent rounding-aware
// reference: a cube of one reporter written by ../shared/bench/gen_trade.py (deterministic) at
// test time is checked with bench/workloads/cube/. Every injected error must be found (a failing
// instance reads its cell), or shown here, from the data, to be one the data cannot reveal (every
// instance that reads it also reads a confidential cell); every failing instance must read an
// injected cell; each rule's counts must equal the reference's, computed here from the CSV.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

using json = nlohmann::json;

std::string cube_generator() {
  const char* env = std::getenv("CROSSFOOT_SHARED");
  return (env ? std::string(env) : std::string(CROSSFOOT_SOURCE_DIR) + "/../shared") +
         "/bench/gen_trade.py";
}

const std::set<std::string> eu27 = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
                                    "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                                    "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};
const std::set<std::string> aggregates = {"EU27", "EXTRA_EU27", "WORLD"};

// (period, reporter, partner, product, flow)
using cell_key = std::tuple<std::string, std::string, std::string, std::string, std::string>;
struct cell {
  long long value = 0;
  bool confidential = false;
};
// An instance: (rule, period, reporter, the other code, flow); the other code is the product
// for the partner hierarchies and the partner for TOTAL.
using instance_key = std::tuple<std::string, std::string, std::string, std::string, std::string>;
struct instance {
  const cell* parent = nullptr;
  cell_key parent_key;
  std::vector<cell_key> children;
};

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream s(line);
  std::string f;
  while (std::getline(s, f, ',')) out.push_back(f);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

struct cube_data {
  std::map<cell_key, cell> cells;
  std::map<instance_key, instance> instances;
  std::vector<std::pair<cell_key, std::string>> truth;

  void load(const std::string& csv, const std::string& truth_csv) {
    std::ifstream in(csv);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      auto f = split(line);
      cell c;
      c.confidential = f[5].empty() && f[6] == "c";
      if (!f[5].empty()) c.value = std::stoll(f[5]);
      cells[{f[0], f[1], f[2], f[3], f[4]}] = c;
    }
    for (const auto& [k, c] : cells) {
      const auto& [per, rep, par, pro, fl] = k;
      if (aggregates.count(par)) {
        instance& i = instances[{par, per, rep, pro, fl}];
        i.parent = &c;
        i.parent_key = k;
      } else {
        instances[{"WORLD", per, rep, pro, fl}].children.push_back(k);
        instances[{eu27.count(par) ? "EU27" : "EXTRA_EU27", per, rep, pro, fl}].children.push_back(
            k);
      }
      instance& t = instances[{"TOTAL", per, rep, par, fl}];
      if (pro == "TOTAL") {
        t.parent = &c;
        t.parent_key = k;
      } else {
        t.children.push_back(k);
      }
    }
    std::ifstream tin(truth_csv);
    std::getline(tin, line);
    while (std::getline(tin, line)) {
      auto f = split(line);
      truth.push_back({{f[0], f[1], f[2], f[3], f[4]}, f[5]});
    }
  }

  // The reference's verdict: the parent's [v - 0.5, v + 0.5] meets the children's written sum
  // widened by 0.5 per written child, unbounded above with a confidential child.
  bool holds(const instance& i) const {
    long long sum = 0, written = 0;
    bool conf = false;
    for (const auto& k : i.children) {
      const cell& c = cells.at(k);
      if (c.confidential) {
        conf = true;
      } else {
        sum += c.value;
        ++written;
      }
    }
    double tol = 0.5 * static_cast<double>(written + 1);
    double d = static_cast<double>(i.parent->value - sum);
    return d >= -tol && (conf || -d >= -tol);
  }

  bool reads_confidential(const instance& i) const {
    if (i.parent->confidential) return true;
    for (const auto& k : i.children) {
      if (cells.at(k).confidential) return true;
    }
    return false;
  }
};

const std::map<std::string, std::string> rule_of = {
    {"EU27", "eu27"}, {"EXTRA_EU27", "extra_eu27"}, {"WORLD", "world"}, {"TOTAL", "total"}};

struct oracle_result {
  std::size_t truth = 0;
  int found = 0, hidden = 0;
};

// Checks `csv` with the cube workload and compares with the truth file and the reference.
void check_cube_oracle(const std::string& csv, const std::string& truth, oracle_result& out) {
  cube_data d;
  d.load(csv, truth);

  auto run = run_crossfoot("check " + csv +
                           " --spec bench/workloads/cube/cube.toml --format json --max-findings 0");
  ASSERT_EQ(run.status, 1) << run.err;
  json report = json::parse(run.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << run.out.substr(0, 2000);

  // The reference's counts per rule, and crossfoot's.
  std::map<std::string, long long> expected_fail, fail;
  std::map<std::string, std::set<instance_key>> failing;
  for (const auto& [k, i] : d.instances) {
    ASSERT_TRUE(i.parent) << "an instance without its parent row";
    if (!d.holds(i)) {
      ++expected_fail[rule_of.at(std::get<0>(k))];
      failing[rule_of.at(std::get<0>(k))].insert(k);
    }
  }
  for (const auto& [k, c] : d.cells) expected_fail["nonneg"] += !c.confidential && c.value < 0;
  for (const auto& r : report["rules"]) {
    std::string name = r["rule"];
    if (name.rfind("data.", 0) == 0) {  // data problems: none in a generated cube
      EXPECT_EQ(r["instances"], 0) << name;
      continue;
    }
    fail[name] = r["fail"].get<long long>();
    EXPECT_EQ(r["unknown"], 0) << r["rule"];  // no missing cell in the generated cube
  }
  EXPECT_EQ(fail, expected_fail);

  // Crossfoot's failing instances are the reference's, each at its parent's cell; the cells
  // each failing instance reads.
  std::vector<std::vector<cell_key>> reads;
  for (const auto& f : report["findings"]) {
    ASSERT_EQ(f["kind"], "fail") << f.dump();
    std::map<std::string, std::string> bound;
    for (const auto& b : f["binding"].items()) bound[b.key()] = b.value().get<std::string>();
    cell_key anchor{bound["period"], bound["reporter"], bound["partner"], bound["product"],
                    bound["flow"]};
    ASSERT_TRUE(d.cells.count(anchor)) << f.dump();
    reads.push_back({anchor});
    std::string rule = f["rule"];
    if (rule == "nonneg") continue;
    std::string level = rule == "total" ? "TOTAL" : std::get<2>(anchor);
    std::string other = rule == "total" ? std::get<2>(anchor) : std::get<3>(anchor);
    instance_key k{level, std::get<0>(anchor), std::get<1>(anchor), other, std::get<4>(anchor)};
    EXPECT_TRUE(failing[rule].count(k))
        << "crossfoot fails an instance the reference passes: " << f.dump();
    const auto& kids = d.instances.at(k).children;
    reads.back().insert(reads.back().end(), kids.begin(), kids.end());
  }
  std::set<cell_key> read_by_failing;
  for (const auto& r : reads) read_by_failing.insert(r.begin(), r.end());

  // Every injected error is read by a failing instance, or hidden by a confidential cell in
  // every instance that reads it (and those instances hold).
  std::set<cell_key> injected;
  int found = 0, hidden = 0;
  for (const auto& [k, kind] : d.truth) {
    injected.insert(k);
    if (read_by_failing.count(k)) {
      ++found;
      continue;
    }
    const auto& [per, rep, par, pro, fl] = k;
    std::vector<instance_key> readers = {{"TOTAL", per, rep, par, fl}};
    if (aggregates.count(par)) {
      readers.push_back({par, per, rep, pro, fl});
    } else {
      readers.push_back({"WORLD", per, rep, pro, fl});
      readers.push_back({eu27.count(par) ? "EU27" : "EXTRA_EU27", per, rep, pro, fl});
    }
    bool all_hidden = true;
    for (const auto& r : readers) {
      const instance& i = d.instances.at(r);
      all_hidden = all_hidden && d.reads_confidential(i) && d.holds(i);
    }
    EXPECT_TRUE(all_hidden) << "injected error not found: " << per << " " << rep << " " << par
                            << " " << pro << " " << fl << " " << kind;
    hidden += all_hidden;
  }

  // No failing instance without an injected cell: never a false alarm on clean data.
  for (std::size_t i = 0; i < reads.size(); ++i) {
    bool reads_injected = std::any_of(reads[i].begin(), reads[i].end(),
                                      [&](const cell_key& k) { return injected.count(k) > 0; });
    EXPECT_TRUE(reads_injected) << "a finding on clean cells: " << report["findings"][i].dump();
  }
  EXPECT_EQ(found + hidden, static_cast<int>(d.truth.size()));
  out = {d.truth.size(), found, hidden};
}

TEST(DatasetOracle, CubeEveryInjectedErrorFoundOrShownHiddenAndCountsAsTheReference) {
  if (!std::filesystem::exists(cube_generator()))
    GTEST_SKIP() << "the generator is not beside this clone (" << cube_generator() << ")";
  scratch_dir dir;
  std::string csv = dir.file("cube.csv");
  std::string cmd = "python3 " + cube_generator() + " cube 1 " + csv;
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  oracle_result r;
  check_cube_oracle(csv, dir.file("cube.truth.csv"), r);
  // Pinned from this generator's run (one reporter, FR): every injected error is found.
  EXPECT_EQ(r.truth, 614u);
  EXPECT_EQ(r.found, 614);
}

// A slice of the 8-reporter cube (fixtures/datasets/gen-cube-slice/README.md) holds the one
// injected error of that workload the data cannot reveal: PL's chapter 85 imports, lowered by a
// digit slip, is read only by instances that also read a confidential cell, and they hold.
TEST(DatasetOracle, CubeSliceShowsTheErrorASuppressedCellHides) {
  oracle_result r;
  check_cube_oracle("fixtures/datasets/gen-cube-slice/cube.csv",
                    "fixtures/datasets/gen-cube-slice/cube.truth.csv", r);
  EXPECT_EQ(r.truth, 9u);
  EXPECT_EQ(r.found, 8);
  EXPECT_EQ(r.hidden, 1);
}

}  // namespace
}  // namespace crossfoot::testing
