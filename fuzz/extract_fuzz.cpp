// libFuzzer target for the extract stage: any bytes give claims or an error, never a crash;
// claims lie inside the text, and the figures file written from them loads.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extract.hpp"
#include "figures/figures.hpp"
#include "fuzz/require.hpp"

using crossfoot::fuzzing::require;

namespace {

void check_claims(const crossfoot::draft_extract& d) {
  const std::string& text = d.draft->text();
  for (const auto& c : d.claims) {
    require(c.begin <= c.end && c.end <= text.size());
    require(text.compare(c.begin, c.end - c.begin, c.written) == 0);
    require(c.from.line >= 1 && c.from.col >= 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  crossfoot::diagnostics ds;
  auto d = crossfoot::extract_draft_text(
      "fuzz.md", std::string(reinterpret_cast<const char*>(data), size), ds);
  require(d.has_value() != ds.has_errors());
  if (!d) return 0;
  check_claims(*d);
  require(!crossfoot::to_json(*d).empty());
  crossfoot::diagnostics load;
  auto figures =
      crossfoot::load_figures_text("fuzz.toml", crossfoot::to_figures_toml(*d, ""), load);
  require(figures.has_value() && !load.has_errors());
  return 0;
}
