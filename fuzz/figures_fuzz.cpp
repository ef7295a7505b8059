// libFuzzer target for the figures loader: any TOML text loads into figures or errors with places
// inside the text; every claim of a loaded file has its place in the file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/input.hpp"
#include "figures/figures.hpp"
#include "fuzz/require.hpp"

using crossfoot::fuzzing::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (crossfoot::find_encoding_problem(text)) return 0;  // refused before loading
  crossfoot::diagnostics ds;
  auto set = crossfoot::load_figures_text("fuzz.toml", text, ds);
  require(set.has_value() != ds.has_errors());
  for (const auto& d : ds.items()) {
    require(!d.range.valid() || d.range.begin <= d.range.end);
    require(!crossfoot::render(d).empty());
  }
  if (!set) return 0;
  for (const auto& f : set->figures) {
    require(!f.claims.empty() && set->find(f.id) == &f);
    for (const auto& c : f.claims) require(c.where.valid() && c.where.end <= text.size());
  }
  return 0;
}
