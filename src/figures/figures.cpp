#include "figures/figures.hpp"

#include <algorithm>

#include "core/input.hpp"
#include "figures/detail/codes.hpp"
#include "figures/detail/document.hpp"
#include "figures/detail/quote_locator.hpp"
#include "figures/detail/toml_tree.hpp"
#include "figures/detail/walk.hpp"

namespace crossfoot {
namespace {

using namespace figures_detail;

// Quotes are located in the document's text; the text is optional, so every failure here is a
// warning and the figures still load.
void locate_quotes(std::vector<walked_claim>& claims, const document_section& doc,
                   diagnostics& diags) {
  const std::string& path = doc.info.source_path;
  // An anchored file has no quotes; its draft is read, and reported on, when anchors are bound.
  bool any_quote = std::any_of(claims.begin(), claims.end(),
                               [](const walked_claim& w) { return !w.built.c.quote.empty(); });
  if (path.empty() || !any_quote) return;
  auto text = read_input(path, input_kind::document, doc.source_where, diags);
  if (!text) return;  // a warning: the figures load without their places in the text
  quote_locator locator(text);
  for (auto& w : claims) {
    claim& c = w.built.c;
    if (c.quote.empty()) continue;
    c.in_text = locator.locate(c.quote);
    if (!c.in_text) {
      diags.warning(codes::quote_not_found, w.built.quote_where,
                    "quote not found in " + path + ": \"" + c.quote + "\"");
    }
  }
}

// Figures in order of first appearance in the file, each with its claims in file order.
void assemble(std::vector<walked_claim>& claims, figure_set& set) {
  std::stable_sort(claims.begin(), claims.end(), [](const walked_claim& a, const walked_claim& b) {
    return a.built.c.where.begin < b.built.c.where.begin;
  });
  for (auto& w : claims) {
    auto [it, inserted] = set.index.try_emplace(w.id, set.figures.size());
    if (inserted) set.figures.push_back({w.id, {}});
    set.figures[it->second].claims.push_back(std::move(w.built.c));
  }
}

document_section document_of(const toml_node& root, const std::string& path, diagnostics& diags) {
  const toml_node* doc = root.get("document");
  if (!doc) return document_section{};
  if (doc->kind == node_kind::table) return read_document(*doc, path, diags);
  diags.error(codes::bad_document, doc->where,
              std::string("[document] must be a table, not a ") + kind_name(*doc));
  return {};
}

void sort_by_position(diagnostics& ds) {
  std::stable_sort(
      ds.items().begin(), ds.items().end(),
      [](const diagnostic& a, const diagnostic& b) { return a.range.begin < b.range.begin; });
}

}  // namespace

std::optional<figure_set> load_figures_text(const std::string& path, std::string text,
                                            diagnostics& diags) {
  return load_figures_source(make_source(path, std::move(text)), diags);
}

std::optional<figure_set> load_figures_source(const source_ptr& file, diagnostics& diags) {
  const std::string& path = file->name();
  figure_set set;
  set.file = file;
  diagnostics local;
  auto root = read_toml(set.file, local);
  if (root) {
    document_section doc = document_of(*root, path, local);
    set.document = doc.info;
    auto claims = walk_figures(*root, doc.info.slack, local);
    if (!local.has_errors()) {
      locate_quotes(claims, doc, local);
      assemble(claims, set);
    }
  }
  sort_by_position(local);
  diags.append(local);
  if (local.has_errors()) return std::nullopt;
  return set;
}

std::optional<figure_set> load_figures(const std::string& path, diagnostics& diags) {
  auto file = read_input(path, input_kind::figures, {}, diags);
  if (!file) return std::nullopt;
  return load_figures_source(file, diags);
}

}  // namespace crossfoot
