#include "draft/draft_figures.hpp"

#include <filesystem>

#include "extract/extract.hpp"

namespace crossfoot {

std::optional<figure_set> figures_from_draft(const std::string& draft_path, diagnostics& diags) {
  auto extracted = extract_draft(draft_path, diags);
  if (!extracted) return std::nullopt;
  // The in-memory figures file sits beside the draft, so [document] source is its file name
  // and findings name the draft as the user wrote its path.
  const std::string source = std::filesystem::path(draft_path).filename().string();
  return load_figures_text(draft_path + " (extracted figures)", to_figures_toml(*extracted, source),
                           diags);
}

}  // namespace crossfoot
