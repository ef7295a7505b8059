#include "core/diagnostic.hpp"

#include <algorithm>

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

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  // Beyond a third of the name's length a suggestion is more confusing than helpful.
  std::size_t best = name.size() / 3 + 2;
  std::string found;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(name, c);
    if (d < best) {
      best = d;
      found = c;
    }
  }
  return found;
}

}  // namespace crossfoot
