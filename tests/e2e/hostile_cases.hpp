#pragma once
// The hostile inputs of issue 10 and the categories behind them (depth, width, length,
// repetition, devices, directories, encodings), as data: each case is the files to write, the
// command to run on them, and what must come of it. tests/e2e/resources_test.cpp runs every
// case against the real binary; bench/hostile_inputs.cpp writes them out for
// bench/resources.sh, which measures time and peak memory with /usr/bin/time.
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace crossfoot::hostile {

struct file {
  std::string name;
  std::function<std::string()> text;
};

struct test_case {
  std::string name;
  std::string category;
  std::vector<file> files;
  std::string args;        // "{dir}" stands for the directory the files are written to
  std::vector<int> exits;  // the exit statuses allowed
  std::string expect;      // in stdout or stderr ("" for nothing in particular)
  std::string absent;      // never in stdout or stderr ("" for nothing)
  // What plain files cannot say: thousands of files, a FIFO. Called with the directory.
  std::function<void(const std::string&)> prepare = {};
  // What must hold of the files afterwards: "" when it does, else what does not.
  std::function<std::string(const std::string&)> verify = {};
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string with_dir(std::string text, const std::string& dir) {
  for (auto at = text.find("{dir}"); at != std::string::npos; at = text.find("{dir}"))
    text.replace(at, 5, dir);
  return text;
}

inline std::string repeat(int n, const std::function<std::string(int)>& line) {
  std::string out;
  for (int i = 0; i < n; ++i) out += line(i);
  return out;
}

inline std::string n(int i) {
  return std::to_string(i);
}

/// Every case at `scale` times the size the issue reported (1: the issue's own sizes).
inline std::vector<test_case> cases(int scale = 1) {
  const std::string figures = "[x]\na = 1\n[y]\nvalue = 3\n";
  auto text = [](std::string s) { return [s] { return s; }; };
  std::vector<test_case> out;
  // ---- depth
  out.push_back({"let-chain-alias",
                 "depth",
                 {{"r.rules",
                   [=] {
                     return "let c0 = x.a\n" +
                            repeat(
                                10000 * scale,
                                [](int i) { return "let c" + n(i + 1) + " = c" + n(i) + "\n"; }) +
                            "rule r: c" + n(10000 * scale) + " == y\n";
                   }},
                  {"f.toml", text(figures)}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {1},
                 "error[r]",
                 ""});
  out.push_back(
      {"let-chain-deep",
       "depth",
       {{"r.rules",
         [=] {
           return "let c0 = x.a\n" +
                  repeat(10000 * scale,
                         [](int i) { return "let c" + n(i + 1) + " = c" + n(i) + " + 1\n"; }) +
                  "rule r: c" + n(10000 * scale) + " == y\n";
         }}},
       "lint {dir}/r.rules",
       {2},
       "CF7001",
       ""});
  out.push_back(
      {"let-chain-300",
       "depth",
       {{"r.rules",
         [] {
           return "let c0 = x.a\n" +
                  repeat(300, [](int i) { return "let c" + n(i + 1) + " = c" + n(i) + " * 1\n"; }) +
                  "rule r: c300 == y\n";
         }}},
       "lint {dir}/r.rules",
       {2},
       "CF7001",
       ""});
  out.push_back({"let-doubling-40",
                 "repetition",
                 {{"r.rules",
                   [] {
                     return "let d0 = x.a\n" +
                            repeat(40,
                                   [](int i) {
                                     return "let d" + n(i + 1) + " = d" + n(i) + " + d" + n(i) +
                                            "\n";
                                   }) +
                            "rule r: d40 == y\n";
                   }},
                  {"f.toml", text(figures)}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {1},
                 "error[r]",
                 ""});
  out.push_back({"toml-header-10000",
                 "depth",
                 {{"f.toml",
                   [=] {
                     return "[a" + repeat(10000 * scale - 1, [](int) { return ".a"; }) +
                            "]\nvalue = 1\n";
                   }},
                  {"r.rules", text("rule r: a == 1\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {2},
                 "CF7005",
                 ""});
  out.push_back(
      {"toml-dotted-key-10000",
       "depth",
       {{"f.toml",
         [=] { return "a" + repeat(10000 * scale - 1, [](int) { return ".a"; }) + " = 1\n"; }},
        {"r.rules", text("rule r: a == 1\n")}},
       "check {dir}/f.toml --rules {dir}/r.rules",
       {2},
       "CF7005",
       ""});
  out.push_back({"include-chain-14000",
                 "depth",
                 {},
                 "lint {dir}/i0.rules",
                 {2},
                 "CF7003",
                 "",
                 [=](const std::string& dir) {
                   const int files = 14000 * scale;
                   for (int i = 0; i < files; ++i) {
                     std::ofstream(dir + "/i" + n(i) + ".rules")
                         << (i + 1 < files ? "include \"i" + n(i + 1) + ".rules\"\n" : "")
                         << "rule r" << i << ": a == 1\n";
                   }
                 }});
  out.push_back({"child-chain-4000",
                 "depth",
                 {{"f.toml",
                   [=] {
                     std::string id = "a", t;
                     for (int i = 0; i < 4000 * scale; ++i) {
                       t += "[" + id + "]\nvalue = 1\n";
                       id += ".b";
                     }
                     return t;
                   }},
                  {"r.rules", text("rule r: a == 1\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {2},
                 "CF7005",
                 ""});
  // ---- width
  out.push_back({"siblings-200000",
                 "width",
                 {{"f.toml",
                   [=] {
                     return "[x]\n" +
                            repeat(200000 * scale, [](int i) { return "k" + n(i) + " = 1\n"; });
                   }},
                  {"r.rules", text("rule r: x.k1 == 1\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {0},
                 "",
                 ""});
  out.push_back({"inline-table-40000",
                 "width",
                 {{"f.toml",
                   [=] {
                     std::string t = "x = {";
                     for (int i = 0; i < 40000 * scale; ++i) t += (i ? ", k" : "k") + n(i) + " = 1";
                     return t + "}\n";
                   }},
                  {"r.rules", text("rule r: x.k1 == 1\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {0},
                 "",
                 ""});
  out.push_back({"sum-of-100000-children",
                 "width",
                 {{"f.toml",
                   [=] {
                     return "[x]\n" +
                            repeat(100000 * scale, [](int i) { return "k" + n(i) + " = 1\n"; }) +
                            "[t]\nvalue = " + n(100000 * scale) + "\n";
                   }},
                  {"r.rules", text("rule r: sum(x.*) == t\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {0},
                 "",
                 ""});
  out.push_back(
      {"rule-of-100001-terms",
       "width",
       {{"r.rules",
         [] { return "rule big: sum(a" + repeat(100000, [](int) { return ",a"; }) + ") == 1\n"; }}},
       "lint {dir}/r.rules",
       {2},
       "CF7002",
       ""});
  // ---- length
  out.push_back({"quotes-10000-in-10MB",
                 "length",
                 {{"source.txt",
                   [=] {
                     return repeat(200000 * scale, [](int i) {
                       return "Paragraph " + n(i) + " of a long briefing says nothing at all.\n";
                     });
                   }},
                  {"f.toml",
                   [=] {
                     return "[document]\nsource = \"source.txt\"\n" + repeat(10000, [](int i) {
                              return "[q" + n(i) + "]\nvalue = 1\nquote = \"missing phrase " +
                                     n(i) + "\"\n";
                            });
                   }},
                  {"r.rules", text("rule r: q1 == 1\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {0},
                 "CF2101",
                 ""});
  out.push_back({"anchors-1000-in-14MB",
                 "length",
                 {{"draft.md",
                   [=] {
                     return repeat(280000 * scale, [](int i) {
                       return "Line " + n(i) + " of a long draft, with no figure in it at all.\n";
                     });
                   }},
                  {"f.toml",
                   [] {
                     return "[document]\nsource = \"draft.md\"\n" + repeat(1000, [](int i) {
                              return "[a" + n(i) + "]\nanchor = \"exports of region " + n(i) +
                                     "\"\n";
                            });
                   }},
                  {"r.rules", text("rule r: a1 == 1\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {2},
                 "CF5101",
                 ""});
  // ---- devices and directories
  for (auto [what, args] : std::vector<std::pair<std::string, std::string>>{
           {"rules", "lint /dev/zero"},
           {"figures", "check /dev/zero --rules {dir}/ok.rules"},
           {"draft", "check --draft /dev/zero --rules {dir}/ok.rules"},
           {"extract", "extract /dev/zero"},
           {"include", "lint {dir}/inc.rules"},
           {"extract-dir", "extract {dir}"},
           {"draft-dir", "check --draft {dir} --rules {dir}/ok.rules"},
           {"figures-fifo", "check {dir}/fifo --rules {dir}/ok.rules"}}) {
    out.push_back({"device-" + what,
                   "devices",
                   {{"ok.rules", text("rule r: a == 1\n")},
                    {"inc.rules", text("include \"/dev/zero\"\nrule r: a == 1\n")}},
                   args,
                   {2},
                   "CF7010",
                   "",
                   [](const std::string& dir) { ::mkfifo((dir + "/fifo").c_str(), 0600); }});
  }
  for (auto [name, path] : std::vector<std::pair<std::string, std::string>>{
           {"directory", "sub"}, {"dot", "."}, {"empty", ""}, {"proc-mem", "/proc/self/mem"}}) {
    out.push_back({"include-" + name,
                   "directories",
                   {{"r.rules", [p = path] { return "include \"" + p + "\"\nrule r: a == 1\n"; }},
                    {"sub/x.rules", text("rule s: b == 1\n")}},
                   "lint {dir}/r.rules",
                   {2},
                   "CF7010",
                   ""});
  }
  out.push_back({"source-dot",
                 "directories",
                 {{"f.toml", text("[document]\nsource = \".\"\n[a]\nvalue = 1\nquote = \"a\"\n")},
                  {"r.rules", text("rule r: a == 1\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {0},
                 "CF2102",
                 ""});
  out.push_back(
      {"source-dev-zero",
       "devices",
       {{"f.toml", text("[document]\nsource = \"/dev/zero\"\n[a]\nvalue = 1\nquote = \"a\"\n")},
        {"r.rules", text("rule r: a == 1\n")}},
       "check {dir}/f.toml --rules {dir}/r.rules",
       {0},
       "CF2102",
       ""});
  // ---- encodings
  out.push_back({"nul-in-rules-string",
                 "encodings",
                 {{"r.rules", text(std::string("rule r \"a\0b\": a == 1\n", 22))}},
                 "lint {dir}/r.rules",
                 {2},
                 "CF7012",
                 ""});
  out.push_back({"invalid-utf8-in-comment",
                 "encodings",
                 {{"r.rules", text("# caf\xE9\nrule r: a == 1\n")}},
                 "lint {dir}/r.rules",
                 {2},
                 "CF7013",
                 ""});
  out.push_back({"bom-rules",
                 "encodings",
                 {{"r.rules", text("\xEF\xBB\xBFrule r: a == 1\n")}},
                 "lint {dir}/r.rules",
                 {0},
                 "",
                 ""});
  out.push_back(
      {"bom-figures",
       "encodings",
       {{"f.toml", text("\xEF\xBB\xBF[a]\nvalue = 1\n")}, {"r.rules", text("rule r: a == 1\n")}},
       "check {dir}/f.toml --rules {dir}/r.rules",
       {0},
       "",
       ""});
  out.push_back({"utf16-figures",
                 "encodings",
                 {{"f.toml", text(std::string("\xFF\xFE[\0a\0]\0", 8))},
                  {"r.rules", text("rule r: a == 1\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules",
                 {2},
                 "CF7014",
                 ""});
  out.push_back({"include-etc-passwd",
                 "encodings",
                 {{"r.rules", text("include \"/etc/passwd\"\nrule r: a == 1\n")}},
                 "lint {dir}/r.rules",
                 {2},
                 "CF1006",
                 "root"});
  out.push_back(
      {"nul-in-source-path",
       "encodings",
       {{"f.toml", text("[document]\nsource = \"a\\u0000b\"\n[a]\nvalue = 1\nquote = \"a\"\n")},
        {"r.rules", text("rule r: a == 1\n")}},
       "check {dir}/f.toml --rules {dir}/r.rules",
       {0},
       "CF2102",
       std::string(1, '\0')});
  // ---- arithmetic
  out.push_back(
      {"divide-by-zero-rule",
       "arithmetic",
       {{"f.toml", text("[x]\na = 5\n")}, {"r.rules", text("rule r: x.a / x.a == 1 / 0\n")}},
       "check {dir}/f.toml --rules {dir}/r.rules",
       {0, 1},
       "",
       "internal"});
  // ---- extract: tables, long lines, numbers without full stops
  out.push_back({"markdown-table-100000-rows",
                 "length",
                 {{"d.md",
                   [=] {
                     return "Exports by region, in EUR million:\n\n| region | 2023 | 2024 |\n"
                            "|---|---|---|\n" +
                            repeat(100000 * scale, [](int i) {
                              return "| region " + n(i) + " | " + n(1000 + i % 977) + ".5 | " +
                                     n(1100 + i % 991) + ".2 |\n";
                            });
                   }}},
                 "extract {dir}/d.md --output {dir}/out.toml",
                 {0},
                 "",
                 ""});
  out.push_back({"one-line-54MB",
                 "length",
                 {{"d.md",
                   [=] {
                     return repeat(900000 * scale,
                                   [](int i) {
                                     return "Exports rose " + n(i % 97) + ".5% to EUR " +
                                            n(i % 991) + " million; ";
                                   }) +
                            "\n";
                   }}},
                 "extract {dir}/d.md --max-input-size 2G --output {dir}/out.toml",
                 {0},
                 "",
                 ""});
  out.push_back({"numbers-without-full-stops",
                 "length",
                 {{"d.md",
                   [=] {
                     return repeat(1500000 * scale, [](int i) { return n(i % 100000) + " "; }) +
                            "\n";
                   }}},
                 "extract {dir}/d.md --output {dir}/out.toml",
                 {0},
                 "",
                 ""});
  // ---- a report of many instances
  out.push_back({"json-report-300000-instances",
                 "length",
                 {{"f.toml",
                   [=] {
                     return repeat(100000 * scale, [](int i) {
                       return "[r" + n(i) + "]\nexports = 1\nimports = 2\ntotal = 3\n";
                     });
                   }},
                  {"r.rules", text("rule sum: for each R: R.total == R.exports + R.imports\n"
                                   "rule part: for each R: R.exports <= R.total\n"
                                   "rule pos: for each R: R.imports >= 0\n")}},
                 "check {dir}/f.toml --rules {dir}/r.rules --format json --output {dir}/out.json",
                 {0},
                 "",
                 ""});
  // ---- outputs
  const std::string ok_figures = "[a]\nvalue = 1\n", ok_rules = "rule r: a == 1\n";
  for (auto [what, target, make] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"figures", "{dir}/f.toml", ""},
           {"rules", "{dir}/r.rules", ""},
           {"read-only", "{dir}/ro.txt", "chmod 444 {dir}/ro.txt"},
           {"symlink", "{dir}/link", "ln -s out.txt {dir}/link"},
           {"fifo", "{dir}/fifo", "mkfifo {dir}/fifo"},
           {"device", "/dev/null", ""},
           {"directory", "{dir}", ""}}) {
    out.push_back({"output-" + what,
                   "outputs",
                   {{"f.toml", text(ok_figures)},
                    {"r.rules", text(ok_rules)},
                    {"ro.txt", text("keep me\n")},
                    {"out.txt", text("keep me too\n")}},
                   "check {dir}/f.toml --rules {dir}/r.rules --output " + target,
                   {2},
                   "refusing to write",
                   "",
                   [make = make](const std::string& dir) {
                     std::string cmd = with_dir(make, dir);
                     if (!cmd.empty() && std::system(cmd.c_str()) != 0)
                       throw std::runtime_error(cmd);
                   },
                   [=](const std::string& dir) -> std::string {
                     if (slurp(dir + "/f.toml") != ok_figures) return "f.toml was changed";
                     if (slurp(dir + "/r.rules") != ok_rules) return "r.rules was changed";
                     if (slurp(dir + "/ro.txt") != "keep me\n") return "ro.txt was changed";
                     if (slurp(dir + "/out.txt") != "keep me too\n") return "out.txt was changed";
                     return "";
                   }});
  }
  out.push_back({"output-draft-of-extract",
                 "outputs",
                 {{"d.md", text("Exports rose 5%.\n")}},
                 "extract {dir}/d.md --output {dir}/d.md",
                 {2},
                 "refusing to write",
                 "",
                 {},
                 [](const std::string& dir) -> std::string {
                   return slurp(dir + "/d.md") == "Exports rose 5%.\n" ? "" : "d.md was changed";
                 }});
  out.push_back({"output-stale-temp",
                 "outputs",
                 {{"f.toml", text(ok_figures)},
                  {"r.rules", text(ok_rules)},
                  // A temporary file left by a run killed with SIGKILL (no such process).
                  {".out.txt.crossfoot-tmp-999999999", text("half a report")}},
                 "check {dir}/f.toml --rules {dir}/r.rules --output {dir}/out.txt",
                 {0},
                 "",
                 "",
                 {},
                 [](const std::string& dir) -> std::string {
                   namespace fs = std::filesystem;
                   if (fs::exists(dir + "/.out.txt.crossfoot-tmp-999999999"))
                     return "the stale temporary file is still there";
                   if (slurp(dir + "/out.txt").empty()) return "no report written";
                   return "";
                 }});
  return out;
}

}  // namespace crossfoot::hostile
