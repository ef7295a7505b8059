#include "core/diagnostic.hpp"

#include <algorithm>
#include <cassert>

#include "core/codes.hpp"
#include "core/edit_distance.hpp"

namespace crossfoot {

const char* to_string(severity s) {
  switch (s) {
    case severity::error:
      return "error";
    case severity::warning:
      return "warning";
    case severity::info:
      return "info";
    case severity::note:
      return "note";
  }
  return "error";
}

diagnostic& diagnostics::add(std::string code, severity level, source_range range,
                             std::string message) {
  // A registered code is always reported at its registered severity (core/codes.cpp).
  [[maybe_unused]] const code_info* known = find_code(code);
  assert(!known || known->level == level);
  items_.push_back({std::move(code), level, std::move(range), std::move(message), {}});
  return items_.back();
}

bool diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const diagnostic& d) { return d.level == severity::error; });
}

void diagnostics::append(const diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  // Beyond a third of the name's length a suggestion is more confusing than helpful.
  std::size_t best = name.size() / 3 + 2;
  std::string found;
  std::vector<std::size_t> row;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(name, c, best, row);
    if (d < best) {
      best = d;
      found = c;
    }
  }
  return found;
}

}  // namespace crossfoot
