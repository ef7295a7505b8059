#pragma once
// Errors are values: every stage appends diagnostics to one collector instead of throwing.
#include <string>
#include <vector>

#include "core/source.hpp"

namespace crossfoot {

enum class severity { error, warning, info, note };

const char* to_string(severity s);

struct diagnostic {
  std::string code;  // stable id, e.g. "CF1001"; tests assert it
  severity level = severity::error;
  source_range range;
  std::string message;
  std::vector<diagnostic> notes;  // "note:" lines shown after the main message
};

class diagnostics {
 public:
  diagnostic& add(std::string code, severity level, source_range range, std::string message);
  diagnostic& error(std::string code, source_range range, std::string message) {
    return add(std::move(code), severity::error, std::move(range), std::move(message));
  }
  diagnostic& warning(std::string code, source_range range, std::string message) {
    return add(std::move(code), severity::warning, std::move(range), std::move(message));
  }

  bool has_errors() const;
  const std::vector<diagnostic>& items() const { return items_; }
  std::vector<diagnostic>& items() { return items_; }
  void append(const diagnostics& other);

 private:
  std::vector<diagnostic> items_;
};

/// Compiler-style text: "file:line:col: error: message [code]", the source line and a caret
/// under the range. Colour codes only when `color` is set.
std::string render(const diagnostic& d, bool color = false);
std::string render_all(const diagnostics& ds, bool color = false);
/// The source line of a range with a caret under it, as `render` draws it.
std::string render_snippet(const source_range& r);
/// The colour escape for a severity ("" when colour is off), and the reset.
const char* severity_color(severity s, bool color);
const char* color_reset(bool color);

/// "did you mean …?" support: the closest candidate within a small edit distance, or "".
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace crossfoot
