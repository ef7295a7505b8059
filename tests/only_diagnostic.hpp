#pragma once
// The one diagnostic with a given code, for tests that expect exactly one.
#include <gtest/gtest.h>

#include <string>

#include "core/diagnostic.hpp"

namespace crossfoot::testing {

/// The only diagnostic with `code`; a test failure, with every diagnostic shown, unless there
/// is exactly one.
inline const diagnostic& only_diagnostic(const diagnostics& diags, const std::string& code) {
  static const diagnostic none{};
  const diagnostic* found = nullptr;
  int n = 0;
  for (const auto& d : diags.items()) {
    if (d.code == code) {
      found = &d;
      ++n;
    }
  }
  if (n != 1) ADD_FAILURE() << n << " diagnostics " << code << ":\n" << render_all(diags);
  return found ? *found : none;
}

}  // namespace crossfoot::testing
