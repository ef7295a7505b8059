// The release corpus (fixtures/releases/, docs/corpus.md): development texts written after real
// releases of several agencies, two of them held out (fixtures/releases/heldout/). For each
// text the real binary is measured: extract against the gold list, check --draft with the
// text's catalogue on the consistent text (every error-level finding there is false) and on
// its planted copies (each planted error must be cited by an error-level finding), and the
// hand-made figures file's check on both. The measures are pinned in the text's measured.txt
// and may only get better; docs/corpus.md tabulates them.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <set>

#include "../extract/gold_scoring.hpp"
#include "core/checked_cast.hpp"
#include "release_measure.hpp"
#include "run_binary.hpp"
#include "test_paths.hpp"

namespace crossfoot::testing {
namespace {

struct corpus_case {
  std::string rel;  // directory relative to the source tree
  bool held_out = false;
};

void PrintTo(const corpus_case& c, std::ostream* os) {
  *os << c.rel;
}

std::vector<corpus_case> corpus_cases() {
  std::vector<corpus_case> out;
  for (const auto& d : case_dirs("fixtures/releases")) {
    if (d != "heldout") out.push_back({"fixtures/releases/" + d, false});
  }
  for (const auto& d : case_dirs("fixtures/releases/heldout")) {
    out.push_back({"fixtures/releases/heldout/" + d, true});
  }
  return out;
}

std::string abs(const std::string& rel) {
  return std::string(CROSSFOOT_SOURCE_DIR) + "/" + rel;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// The figures file of a planted copy: figures.toml with the copy's edits, its source and rules
// made absolute so that it can live in a scratch directory.
std::string planted_figures(const std::string& rel, const std::vector<planted_error>& errors,
                            const std::string& copy_path) {
  std::string figures = read_text(abs(rel + "/figures.toml"));
  for (const auto& e : errors) {
    for (const auto& [from, to] : e.figures_edits) figures = replace_all(figures, from, to);
  }
  figures = replace_all(figures, "source = \"draft.md\"", "source = \"" + copy_path + "\"");
  const auto rules_at = figures.find("rules  = [\"");
  if (rules_at != std::string::npos) {
    figures.insert(rules_at + std::string("rules  = [\"").size(), abs(rel) + "/");
  }
  return figures;
}

struct measured_text {
  measurements m;
  std::string report;  // what the test prints: misses, findings
};

measured_text measure(const corpus_case& c, const std::string& catalogue) {
  measured_text out;
  measurements& m = out.m;
  const std::string draft = c.rel + "/draft.md";

  // Extract, scored against the gold list.
  const run_output ex = run_crossfoot("extract " + draft + " --format json");
  EXPECT_EQ(ex.status, 0) << ex.err;
  const score s = score_claims(read_text(abs(draft)), claims_from_json(ex.out),
                               read_gold(abs(c.rel + "/gold.tsv")));
  m["gold"] = s.gold;
  m["extracted"] = s.extracted;
  m["value_unit"] = s.value_unit;
  m["kind"] = s.kind;
  m["qualifier"] = s.qualifier;
  out.report += kind_table(s);
  for (const auto& miss : s.misses) out.report += "  " + miss + "\n";

  // check --draft on the consistent text: every error-level finding is false.
  const check_outcome clean = run_check("check --draft " + draft + " --rules " + catalogue);
  EXPECT_TRUE(clean.status == 0 || clean.status == 1) << draft << ": " << clean.status;
  m["draft_instances"] = clean.instances;
  m["draft_errors"] = clean.errors;
  out.report += fmt::format("check --draft: {} instances, {} error-level findings (false)\n",
                            clean.instances, clean.errors);
  for (const auto& l : clean.lines) out.report += "  " + l + "\n";

  // The hand-made figures file.
  const check_outcome figures = run_check("check " + c.rel + "/figures.toml");
  m["figures_status"] = figures.status;
  m["figures_errors"] = figures.errors;
  out.report += fmt::format("check figures.toml: exit {}, {} error-level findings", figures.status,
                            figures.errors);
  for (const auto& code : figures.codes) out.report += " " + code;
  out.report += "\n";
  for (const auto& l : figures.lines) out.report += "  " + l + "\n";

  // Planted copies: each planted error must be cited by an error-level finding.
  const auto planted = read_planted(abs(c.rel));
  std::map<std::string, std::vector<planted_error>> by_copy;
  for (const auto& p : planted) by_copy[p.copy].push_back(p);
  int found_draft = 0, false_draft = 0, found_figures = 0, false_figures = 0;
  for (const char* k : {"planted_suspected_draft", "planted_repaired_draft",
                        "planted_suspected_figures", "planted_repaired_figures"}) {
    m[k] = 0;
  }
  auto tally = [&](const planted_score& ps, const std::vector<planted_error>& errors,
                   const std::string& what, int& found) {
    const std::string key = what == "check --draft" ? "draft" : "figures";
    for (std::size_t i = 0; i < errors.size(); ++i) {
      found += ps.found[i];
      m["planted_suspected_" + key] += ps.suspected[i];
      m["planted_repaired_" + key] += ps.repaired[i];
      out.report += fmt::format("planted {} ({}, line {}): {} {}\n", errors[i].copy, errors[i].slip,
                                errors[i].line, what,
                                !ps.found[i]      ? "MISSED"
                                : ps.repaired[i]  ? "found, repair named"
                                : ps.suspected[i] ? "found, suspected"
                                                  : "found, not suspected");
    }
  };
  for (const auto& [copy, errors] : by_copy) {
    const std::string copy_rel = c.rel + "/planted/" + copy;
    const std::string copy_text = read_text(abs(copy_rel));
    const check_outcome d = run_check("check --draft " + copy_rel + " --rules " + catalogue);
    const planted_score by_draft = score_planted(clean, d, errors, copy_text);
    tally(by_draft, errors, "check --draft", found_draft);
    false_draft += by_draft.false_findings;
    if (figures.status == 2) continue;  // the figures file does not load yet
    scratch_dir dir;
    write_text(dir.file("figures.toml"), planted_figures(c.rel, errors, abs(copy_rel)));
    const planted_score by_figures =
        score_planted(figures, run_check("check " + dir.file("figures.toml")), errors, copy_text);
    tally(by_figures, errors, "figures check", found_figures);
    false_figures += by_figures.false_findings;
  }
  m["planted"] = static_cast<double>(planted.size());
  m["planted_found_draft"] = found_draft;
  m["planted_false_draft"] = false_draft;
  m["planted_found_figures"] = found_figures;
  m["planted_false_figures"] = false_figures;
  return out;
}

// Measures that may only grow, and those that may only shrink.
const std::set<std::string> higher_is_better = {"value_unit",
                                                "kind",
                                                "qualifier",
                                                "planted_found_draft",
                                                "planted_found_figures",
                                                "planted_suspected_draft",
                                                "planted_repaired_draft",
                                                "planted_suspected_figures",
                                                "planted_repaired_figures"};
const std::set<std::string> lower_is_better = {"draft_errors", "planted_false_draft",
                                               "figures_errors", "figures_status",
                                               "planted_false_figures"};

class Release : public ::testing::TestWithParam<corpus_case> {};

TEST_P(Release, MeasuresNoWorseThanPinned) {
  const corpus_case& c = GetParam();
  const std::string pinned_path = abs(c.rel + "/measured.txt");
  std::map<std::string, std::string> text_values;
  const measurements pinned = read_measured(pinned_path, &text_values);
  ASSERT_TRUE(text_values.count("catalogue")) << pinned_path << " names no catalogue";
  const measured_text now = measure(c, text_values["catalogue"]);
  std::cout << c.rel << (c.held_out ? " (HELD OUT)" : "") << "\n" << now.report;
  if (std::getenv("CROSSFOOT_UPDATE_MEASURED")) {
    write_measured(pinned_path, text_values, now.m);
    return;
  }
  for (const auto& [key, value] : now.m) {
    const auto it = pinned.find(key);
    if (it == pinned.end()) {
      ADD_FAILURE() << key << " is not pinned in " << pinned_path;
      continue;
    }
    if (higher_is_better.count(key)) {
      EXPECT_GE(value, it->second) << key << " got worse";
    }
    if (lower_is_better.count(key)) {
      EXPECT_LE(value, it->second) << key << " got worse";
    }
  }
  // Precision may not fall either (more claims found is no excuse for more noise).
  const double precision =
      now.m.at("extracted") == 0 ? 0 : now.m.at("value_unit") / now.m.at("extracted");
  const double pinned_precision = pinned.count("extracted") && pinned.at("extracted") > 0
                                      ? pinned.at("value_unit") / pinned.at("extracted")
                                      : 0;
  EXPECT_GE(precision + 1e-9, pinned_precision) << "value+unit precision got worse";
  // The gold list and the planted copies must describe the text.
  EXPECT_EQ(now.m.at("gold"), pinned.count("gold") ? pinned.at("gold") : -1);
  EXPECT_EQ(now.m.at("planted"), pinned.count("planted") ? pinned.at("planted") : -1);
}

// Each planted copy is the consistent text with exactly its listed edits, and each figures
// edit (applied to every place it occurs) finds figures.toml text to change: copies and
// manifest cannot drift apart.
TEST_P(Release, PlantedCopiesMatchTheirManifest) {
  const corpus_case& c = GetParam();
  const std::string draft = read_text(abs(c.rel + "/draft.md"));
  const std::string figures = read_text(abs(c.rel + "/figures.toml"));
  const auto planted = read_planted(abs(c.rel));
  ASSERT_FALSE(planted.empty());
  std::map<std::string, std::vector<planted_error>> by_copy;
  for (const auto& p : planted) by_copy[p.copy].push_back(p);
  for (const auto& [copy, errors] : by_copy) {
    std::vector<std::string> lines;
    std::istringstream in(draft);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    for (const auto& e : errors) {
      ASSERT_GE(e.line, 1);
      ASSERT_LE(e.line, int(lines.size()));
      std::string& l = lines[checked_cast<std::size_t>(e.line - 1)];
      const auto at = l.find(e.original);
      ASSERT_NE(at, std::string::npos) << copy << ": '" << e.original << "' not in line " << e.line;
      EXPECT_EQ(l.find(e.original, at + 1), std::string::npos) << copy << ": twice in its line";
      l.replace(at, e.original.size(), e.planted);
      for (const auto& [from, to] : e.figures_edits) {
        EXPECT_NE(figures.find(from), std::string::npos)
            << copy << ": figures edit not found: " << from;
      }
    }
    std::string expected;
    for (const auto& l : lines) expected += l + "\n";
    EXPECT_EQ(read_text(abs(c.rel + "/planted/" + copy)), expected) << copy;
  }
}

TEST_P(Release, NamesTheReleaseItFollows) {
  const std::string source = read_text(abs(GetParam().rel + "/SOURCE.md"));
  for (const char* field :
       {"**Agency:**", "**Title:**", "**Released:**", "**Address:**", "**Licence:**"}) {
    EXPECT_NE(source.find(field), std::string::npos)
        << GetParam().rel << " SOURCE.md lacks " << field;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, Release, ::testing::ValuesIn(corpus_cases()),
                         [](const auto& instance) {
                           std::string name =
                               (instance.param.held_out ? "heldout_" : "") +
                               std::filesystem::path(instance.param.rel).filename().string();
                           for (char& ch : name) {
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace crossfoot::testing
