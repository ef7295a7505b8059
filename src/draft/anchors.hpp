#pragma once
// Anchored figures: a figures file may give `anchor = "words of the draft"` instead of a value,
// and the value is read from the draft at every check, so an edited number is checked as it now
// stands. Binding runs after the figures load and before any rule sees them; its errors
// (codes CF51xx) name the anchor in the figures file and what the draft holds instead.
#include <string>

#include "core/diagnostic.hpp"
#include "figures/figures.hpp"

namespace crossfoot {

/// Reads the value of every unbound anchored claim from the draft: `draft_path`, or the
/// figures file's [document] source when it is empty. The value is the first quantity of the
/// figure's kind (by the id's last segment: share, growth, change, else a level or count)
/// after the anchor in its sentence, or the `pick`-th. Every anchor is tried, so all problems
/// are reported at once; false when any could not be bound.
bool bind_anchors(figure_set& set, const std::string& draft_path, diagnostics& diags);

struct draft_extract;
enum class claim_kind;

/// Whether a quantity of kind `k` is what figure `id` asks for: its last segment names the kind
/// (share, growth, change or contribution in percentage points; anything else a level or count).
bool anchor_accepts(const std::string& id, claim_kind k);

/// The same against a draft already read (tests; tools that hold the draft in memory).
bool bind_anchors(figure_set& set, const draft_extract& draft, diagnostics& diags);

}  // namespace crossfoot
