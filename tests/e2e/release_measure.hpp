#pragma once
// Measuring one text of the release corpus (fixtures/releases/, docs/corpus.md) with the real
// binary: extract against the gold list, check --draft on the consistent text and on its
// planted copies, and the hand-made figures file's check on both.
#include <array>
#include <map>
#include <string>
#include <vector>

namespace crossfoot::testing {

/// One planted error of a planted copy (a row of planted/errors.tsv).
struct planted_error {
  std::string copy;      // file name under planted/
  int line = 0;          // line of the draft where the planted text stands
  std::string original;  // the consistent text's fragment on that line
  std::string planted;   // what the copy has instead (unique in its line)
  std::string slip;      // digit_slip, scale_slip, sign_lost, growth_points, ...
  // figures.toml edits that plant the same error there: each `from` becomes `to` wherever
  // it occurs
  std::vector<std::pair<std::string, std::string>> figures_edits;
};

std::vector<planted_error> read_planted(const std::string& dir);

/// What one run of `check` says, reduced to what the corpus measures.
struct check_outcome {
  int status = -1;                      // exit status
  std::vector<std::string> codes;       // diagnostics' codes (why a figures file does not load)
  int instances = 0;                    // rule instances bound
  int errors = 0;                       // error-level fail, conflict and error findings
  std::vector<std::string> lines;       // one per error-level finding: "KIND RULE-or-ids at L:C"
  std::vector<std::string> signatures;  // the same without the place: what the finding says
  // For each error-level finding, the places (line, first col, one past last col) of the
  // claims it cites: its figures, conflict claims, suspects and repaired claims.
  std::vector<std::vector<std::array<int, 3>>> cited;
  // For the same findings: the claims the diagnosis suspects (cause.suspects), and the claims
  // of its most likely repair (cause.hypotheses[0]); empty when there is none.
  std::vector<std::vector<std::array<int, 3>>> suspected, repaired;
};

check_outcome run_check(const std::string& args);

/// Whether a finding citing `places` points at the planted error `p` (same line, overlapping
/// the planted fragment's columns in `copy_text`).
bool cites(const std::vector<std::array<int, 3>>& places, const planted_error& p,
           const std::string& copy_text);

/// How a check of a planted copy fares against its planted errors.
struct planted_score {
  std::vector<bool> found;      // per planted error: cited by an error-level finding the
                                // consistent text does not give
  std::vector<bool> suspected;  // ... whose diagnosis suspects the planted claim
  std::vector<bool> repaired;   // ... whose most likely repair is of the planted claim
  int false_findings = 0;       // error-level findings citing no planted error, or given by the
                                // consistent text too
};

planted_score score_planted(const check_outcome& consistent, const check_outcome& copy,
                            const std::vector<planted_error>& errors, const std::string& copy_text);

/// The measurements of one corpus text; the keys of its measured.txt.
using measurements = std::map<std::string, double>;

/// Reads `key = value` lines (# starts a comment); strings are kept in `text_values`.
measurements read_measured(const std::string& path,
                           std::map<std::string, std::string>* text_values);
void write_measured(const std::string& path, const std::map<std::string, std::string>& text_values,
                    const measurements& m);

}  // namespace crossfoot::testing
