// libFuzzer target for the rules language: any bytes parse and resolve to rules or to errors
// with places inside the text, never a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/input.hpp"
#include "fuzz/require.hpp"
#include "resolve/rule_set.hpp"

using crossfoot::fuzzing::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  crossfoot::diagnostics ds;
  // The encoding policy every reader applies first (core/input.hpp).
  if (crossfoot::find_encoding_problem(text)) return 0;
  auto source = crossfoot::make_source("fuzz.rules", std::move(text));
  auto parsed = crossfoot::syntax::parse_rules(source, ds);
  require(parsed.has_value() != ds.has_errors());
  for (const auto& d : ds.items()) {
    require(!d.range.valid() || d.range.end <= source->text().size());
    require(!crossfoot::render(d).empty());
  }
  if (!parsed) return 0;
  auto rules = crossfoot::resolve({*parsed}, ds);
  require(rules.has_value() != ds.has_errors());
  if (!rules) return 0;
  for (const auto& r : rules->rules) {
    require(r.check && !r.order.empty() && r.order.back() == r.check.get());
    require(r.check->depth <= crossfoot::max_resolved_depth);
  }
  return 0;
}
