#pragma once
// Loading a figures file and binding its anchors to a draft, for the anchor tests.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "../only_diagnostic.hpp"
#include "draft/anchors.hpp"
#include "extract/extract.hpp"

namespace crossfoot::testing {

struct bound {
  std::optional<figure_set> set;
  diagnostics diags;
  bool ok = false;

  const claim& of(const std::string& id) const {
    static const claim none{};
    const figure* f = set ? set->find(id) : nullptr;
    if (!f) ADD_FAILURE() << "no figure " << id << "\n" << render_all(diags);
    return f ? f->claims.front() : none;
  }
  const diagnostic& only(const std::string& code) const { return only_diagnostic(diags, code); }
};

/// `figures` (a whole figures file) loaded and its anchors bound to `draft`.
inline bound bind_figures_file(const std::string& figures, const std::string& draft) {
  bound out;
  out.set = load_figures_text("figures.toml", figures, out.diags);
  if (!out.set) {
    ADD_FAILURE() << render_all(out.diags);
    return out;
  }
  auto d = extract_draft_text("draft.md", draft, out.diags);
  if (!d) {
    ADD_FAILURE() << render_all(out.diags);
    return out;
  }
  out.ok = bind_anchors(*out.set, *d, out.diags);
  return out;
}

}  // namespace crossfoot::testing
