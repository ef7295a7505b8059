#pragma once
// Revisions: a new release of a table compared with an earlier release of it,
// `crossfoot check NEW.csv --spec SPEC.toml --previous OLD.csv`.
//
// Both files are read with the one spec (the same reader, cells and flags as the check). A cell
// is a row's identity (the spec's key, or a cube's dimensions; the period always) and a value
// column. For the periods present in both releases, a cell whose two written values cannot be
// the same number (their intervals, from the digits or the column's precision, do not overlap)
// is a *revision*; a stated value that is now missing or withheld, or a row that is gone, is one
// too. Rounding differently ("2.15" then "2.2") is not. Each revision is a finding of the pseudo
// rule `revision`, at the new cell, showing the old one; its severity is the spec's `revisions`
// (per column or for the dataset: error by default, or warning, or info for a note), or
// `--revisions` on the command line.
#include <string>

#include "dataset/dataset.hpp"

namespace crossfoot {

struct revision_options {
  std::string previous;           // the earlier release, read with the same spec
  std::optional<severity> level;  // --revisions: overrides the spec
  std::size_t kept = 1000;        // revision findings listed; the rest are counted
};

/// Compares `spec.data` (the new release) with `options.previous`; appends the revisions to
/// `result.findings` and fills `result.revisions`. Returns false, with diagnostics saying where,
/// when the previous file cannot be read as CSV or the spec gives its rows no identity.
bool check_revisions(const dataset_spec& spec, const revision_options& options,
                     check_result& result, diagnostics& diags);

/// "error", "warning", "info" or "note" (info) as a severity for revisions.
std::optional<severity> revision_severity(std::string_view text);

}  // namespace crossfoot
