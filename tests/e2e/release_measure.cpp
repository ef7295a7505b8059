#include "release_measure.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/checked_cast.hpp"
#include "core/text.hpp"
#include "run_binary.hpp"

namespace crossfoot::testing {
namespace {

std::vector<std::string> split_on(const std::string& s, const std::string& by) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at; (at = s.find(by, start)) != std::string::npos; start = at + by.size()) {
    out.push_back(s.substr(start, at - start));
  }
  out.push_back(s.substr(start));
  return out;
}

std::string unescape_newlines(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

int code_points(const std::string& s) {
  int n = 0;
  for (char c : s) n += !is_utf8_continuation(c);
  return n;
}

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

// Every claim a finding cites, wherever it sits in the finding (figures, conflict claims,
// alternatives, suspects, repairs): objects with a `source` place.
void collect_places(const nlohmann::json& j, std::vector<std::array<int, 3>>& out) {
  if (j.is_object()) {
    if (j.contains("source") && j["source"].is_object() && j["source"].contains("line")) {
      const int line = j["source"]["line"].get<int>(), col = j["source"]["col"].get<int>();
      int width = 1;
      if (j.contains("quote") && j["quote"].is_string()) {
        width = std::max(1, code_points(j["quote"].get<std::string>()));
      }
      out.push_back({line, col, col + width});
    }
    for (const auto& [key, value] : j.items()) {
      if (key != "source") collect_places(value, out);
    }
  } else if (j.is_array()) {
    for (const auto& value : j) collect_places(value, out);
  }
}

std::string finding_signature(const nlohmann::json& f) {
  std::string what = f.value("kind", "");
  if (what == "conflict") {
    for (const auto& id : f["conflicted_ids"]) what += " " + id.get<std::string>();
  } else {
    what += " " + f.value("rule", "");
    for (const auto& [var, seg] : f["binding"].items()) {
      what += " " + var + "=" + seg.get<std::string>();
    }
  }
  return what;
}

}  // namespace

std::vector<planted_error> read_planted(const std::string& dir) {
  std::vector<planted_error> out;
  std::istringstream in(read_text(dir + "/planted/errors.tsv"));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split_on(line, "\t");
    EXPECT_EQ(f.size(), 6u) << dir << "/planted/errors.tsv: " << line;
    if (f.size() != 6) continue;
    planted_error p{f[0], std::stoi(f[1]), f[2], f[3], f[4], {}};
    for (const auto& edit : split_on(f[5], " ;; ")) {
      const auto sides = split_on(edit, " => ");
      EXPECT_EQ(sides.size(), 2u) << "figures edit without ' => ': " << edit;
      if (sides.size() == 2) {
        p.figures_edits.emplace_back(unescape_newlines(sides[0]), unescape_newlines(sides[1]));
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

check_outcome run_check(const std::string& args) {
  check_outcome o;
  const run_output r = run_crossfoot(args + " --format json");
  o.status = r.status;
  const auto report = nlohmann::json::parse(r.out, nullptr, false);
  if (report.is_discarded()) return o;
  for (const auto& d : report["diagnostics"]) {
    if (d.value("severity", "") == "error") o.codes.push_back(d.value("code", ""));
  }
  if (report.contains("summary")) o.instances = report["summary"].value("instances", 0);
  for (const auto& f : report["findings"]) {
    const std::string kind = f.value("kind", "");
    if (f.value("severity", "") != "error") continue;
    if (kind != "fail" && kind != "conflict" && kind != "error") continue;
    ++o.errors;
    std::vector<std::array<int, 3>> at;
    collect_places(f, at);
    o.signatures.push_back(finding_signature(f));
    o.lines.push_back(o.signatures.back());
    if (!at.empty()) {
      o.lines.back() += " at " + std::to_string(at[0][0]) + ":" + std::to_string(at[0][1]);
    }
    o.cited.push_back(std::move(at));
    std::vector<std::array<int, 3>> suspects, repair;
    if (f.contains("cause") && f["cause"].is_object()) {
      collect_places(f["cause"].value("suspects", nlohmann::json::array()), suspects);
      const auto& fits = f["cause"].value("hypotheses", nlohmann::json::array());
      if (!fits.empty()) collect_places(fits[0].value("claims", nlohmann::json::array()), repair);
    }
    o.suspected.push_back(std::move(suspects));
    o.repaired.push_back(std::move(repair));
  }
  return o;
}

bool cites(const std::vector<std::array<int, 3>>& places, const planted_error& p,
           const std::string& copy_text) {
  std::vector<std::string> lines{""};
  std::istringstream in(copy_text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  if (p.line < 1 || p.line >= int(lines.size())) return false;
  const std::string& line = lines[checked_cast<std::size_t>(p.line)];
  const std::size_t at = line.find(p.planted);
  if (at == std::string::npos) return false;
  const int from = code_points(line.substr(0, at)) + 1;
  const int to = from + code_points(p.planted);
  // A cited claim's quote may run on over the next lines (a line break is one space).
  for (const auto& [l, c0, c1] : places) {
    int remaining = c1 - c0, col = c0;
    for (int n = l; remaining > 0 && n < int(lines.size()); ++n) {
      const int line_end = code_points(lines[checked_cast<std::size_t>(n)]) + 1;
      const int end = std::min(line_end, col + remaining);
      if (n == p.line && col < to && end > from) return true;
      remaining -= end - col + 1;
      col = 1;
    }
  }
  return false;
}

planted_score score_planted(const check_outcome& consistent, const check_outcome& copy,
                            const std::vector<planted_error>& errors,
                            const std::string& copy_text) {
  // A finding the consistent text gives too is not caused by a planted error.
  const std::set<std::string> before(consistent.signatures.begin(), consistent.signatures.end());
  planted_score out;
  for (const auto& e : errors) {
    bool hit = false, suspected = false, repaired = false;
    for (std::size_t i = 0; i < copy.cited.size(); ++i) {
      if (before.count(copy.signatures[i]) || !cites(copy.cited[i], e, copy_text)) continue;
      hit = true;
      suspected = suspected || cites(copy.suspected[i], e, copy_text);
      repaired = repaired || cites(copy.repaired[i], e, copy_text);
    }
    out.found.push_back(hit);
    out.suspected.push_back(suspected);
    out.repaired.push_back(repaired);
  }
  for (std::size_t i = 0; i < copy.cited.size(); ++i) {
    bool any = false;
    for (const auto& e : errors) any = any || cites(copy.cited[i], e, copy_text);
    out.false_findings += !any || before.count(copy.signatures[i]);
  }
  return out;
}

measurements read_measured(const std::string& path,
                           std::map<std::string, std::string>* text_values) {
  measurements m;
  std::istringstream in(read_text(path));
  for (std::string line; std::getline(in, line);) {
    line = trim(line.substr(0, line.find('#')));
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    const std::string key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
    try {
      std::size_t used = 0;
      const double v = std::stod(value, &used);
      if (used == value.size()) {
        m[key] = v;
        continue;
      }
    } catch (const std::exception&) {
    }
    if (text_values) (*text_values)[key] = value;
  }
  return m;
}

void write_measured(const std::string& path, const std::map<std::string, std::string>& text_values,
                    const measurements& m) {
  std::ostringstream out;
  out << "# Measured by tests/e2e/releases_test.cpp; the test fails when a measure gets worse.\n"
         "# After an improvement, pin it: CROSSFOOT_UPDATE_MEASURED=1 build/release/tests/"
         "e2e_tests --gtest_filter='Release*'\n";
  for (const auto& [k, v] : text_values) out << k << " = " << v << "\n";
  for (const auto& [k, v] : m) out << k << " = " << v << "\n";
  write_text(path, out.str());
}

}  // namespace crossfoot::testing
