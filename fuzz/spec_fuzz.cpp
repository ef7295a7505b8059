// libFuzzer target for the dataset spec reader: any TOML text loads into a spec or errors with
// places inside the text, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/input.hpp"
#include "dataset/dataset.hpp"
#include "fuzz/require.hpp"

using crossfoot::fuzzing::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (crossfoot::find_encoding_problem(text)) return 0;  // refused before loading
  crossfoot::diagnostics ds;
  auto spec = crossfoot::load_dataset_spec_text("/nonexistent/fuzz.toml", text, ds);
  require(!spec || !ds.has_errors());
  for (const auto& d : ds.items()) {
    require(!d.range.valid() || d.range.begin <= d.range.end);
    require(!crossfoot::render(d).empty());
  }
  return 0;
}
