#pragma once
// The one registry of diagnostic codes: every code any stage reports, with its severity and
// the stem of its message. Codes are stable: tests assert them and users search for them.
// Ranges: CF1xxx rules syntax, CF2xxx figures files, CF3xxx rules resolution, CF4xxx the
// command line, CF5xxx drafts. docs/codes.md lists every code (a test keeps the two equal).
#include <span>
#include <string_view>

#include "core/diagnostic.hpp"

namespace crossfoot {

struct code_info {
  std::string_view code;  // "CF2001"
  severity level;         // the severity it is always reported at
  std::string_view stem;  // what it means, in a few words
};

/// Every registered code, in code order.
std::span<const code_info> code_registry();
/// The registered code, or nullptr.
const code_info* find_code(std::string_view code);

}  // namespace crossfoot
