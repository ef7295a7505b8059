#pragma once
// A first figures file for a draft (`crossfoot init`): every claim the extractor finds, under
// its suggested id, anchored to the words of the draft it follows, so that the file names each
// figure once and every check reads the number as the draft now has it. A claim whose anchor
// would not bind back to it (no unique words before it in its sentence, another quantity of
// its kind in between that `pick` cannot skip) keeps its value and quote instead.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace crossfoot {

struct starting_figures {
  std::string toml;
  std::size_t anchored = 0, valued = 0;
};

struct starting_options {
  std::string source;              // [document] source, as the figures file will name it
  std::vector<std::string> rules;  // [document] rules
  std::string figures_path;        // where the file will be written (resolves `source`)
  std::string preamble;            // comment lines at the top
};

/// nullopt, with errors in `diags`, when the draft cannot be read.
std::optional<starting_figures> starting_figures_for(const std::string& draft_path,
                                                     const starting_options& o, diagnostics& diags);

}  // namespace crossfoot
