#pragma once
// Levenshtein distance, for "did you mean …?" suggestions.
#include <cstddef>
#include <string_view>
#include <vector>

namespace crossfoot {

/// The edit distance of `a` and `b`, or limit + 1 as soon as it must exceed `limit`, so that
/// scanning many far-off candidates (every phrase of a long draft) stays cheap. `row` is
/// scratch space a caller may reuse across calls.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit,
                          std::vector<std::size_t>& row);

}  // namespace crossfoot
