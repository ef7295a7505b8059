#pragma once
// Figures bound to a draft: what `crossfoot check --draft DRAFT` checks when there is no
// figures file. The draft's claims, under the ids `extract` suggests, are loaded exactly as
// a figures file would be, with the draft as [document] source, so findings point into it.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "figures/figures.hpp"

namespace crossfoot {

struct draft_extract;

/// Gives claims that merely share a suggested id ids of their own ("exports_2"), so that only
/// repeats of one figure (same kind and unit, each naming its own subject) are checked as one.
void separate_unrelated_claims(draft_extract& d);

/// nullopt, with errors in `diags`, when the draft cannot be read or is not text.
std::optional<figure_set> figures_from_draft(const std::string& draft_path, diagnostics& diags);

}  // namespace crossfoot
