#pragma once
// Extracting from text written inline in a test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extract.hpp"

namespace crossfoot::testing {

inline draft_extract extract_text(const std::string& text) {
  diagnostics ds;
  auto d = extract_draft_text("draft.md", text, ds);
  EXPECT_TRUE(d) << render_all(ds);
  return d ? *d : draft_extract{};
}

/// The one claim written as `written`, or else containing it; fails the test unless one.
/// A claim written exactly as `written` is preferred to one that only contains it.
inline draft_claim claim_of(const draft_extract& d, const std::string& written) {
  const draft_claim* found = nullptr;
  int n = 0;
  for (const auto& c : d.claims) {
    if (c.written == written) found = &c, ++n;
  }
  for (const auto& c : d.claims) {
    if (n == 0 || found->written != written) {
      if (c.written.find(written) != std::string::npos && c.written != written) found = &c, ++n;
    }
  }
  EXPECT_EQ(n, 1) << "claims written as '" << written << "'";
  return found ? *found : draft_claim{};
}

// The claims of one line of the draft, in order.
inline std::vector<draft_claim> on_line(const draft_extract& d, int line) {
  std::vector<draft_claim> out;
  for (const draft_claim& c : d.claims) {
    if (c.from.line == line) out.push_back(c);
  }
  return out;
}

// The i-th claim of a table row: its cells left to right.
inline draft_claim cell(const draft_extract& d, int line, std::size_t i) {
  const std::vector<draft_claim> row = on_line(d, line);
  EXPECT_LT(i, row.size()) << "line " << line;
  return i < row.size() ? row[i] : draft_claim{};
}

inline std::vector<std::string> written_claims(const draft_extract& d) {
  std::vector<std::string> out;
  for (const auto& c : d.claims) out.emplace_back(c.written);
  return out;
}

}  // namespace crossfoot::testing
