// libFuzzer target for the quantity grammar ("more than RMB 5 trillion"): a quantity or an error
// whose offset lies inside the text; a parsed quantity always has an interval.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/require.hpp"
#include "quantity/quantity.hpp"

using crossfoot::fuzzing::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  crossfoot::quantity_error err;
  auto q = crossfoot::parse_quantity(text, err);
  if (!q) {
    require(err.offset <= text.size());
    require(!err.message.empty());
  }
  crossfoot::quantity_error unit_err;
  auto u = crossfoot::parse_unit(text, unit_err);
  if (!u) require(unit_err.offset <= text.size());
  return 0;
}
