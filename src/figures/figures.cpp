#include "figures/figures.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "document/document.hpp"
#include "figures/detail/claim_checks.hpp"
#include "figures/detail/codes.hpp"
#include "figures/detail/document.hpp"
#include "figures/detail/quote_locator.hpp"
#include "figures/detail/toml_tree.hpp"
#include "figures/detail/walk.hpp"
#include "quantity/number_convention.hpp"

namespace crossfoot {
namespace {

using namespace figures_detail;

// A quote that occurs more than once locates nothing for sure: findings point at its first
// place, and the warning names the others, as for an anchor that occurs twice.
void repeated_quote(const walked_claim& w, const std::vector<source_range>& places,
                    const std::string& path, diagnostics& diags) {
  constexpr std::size_t listed = 5, shown_notes = 3;
  std::string at;
  for (std::size_t i = 0; i < std::min(listed, places.size()); ++i) {
    line_col lc = places[i].start();
    at += fmt::format("{}{}:{}", at.empty() ? "" : ", ", lc.line, lc.col);
  }
  if (places.size() > listed) at += fmt::format(" and {} more", places.size() - listed);
  std::string times =
      places.size() >= 100 ? "100 times or more" : fmt::format("{} times", places.size());
  diagnostic& d = diags.warning(
      codes::quote_repeated, w.built.quote_where,
      fmt::format("the quote of '{}' is in {} {} (at {}); lengthen it with words around the one "
                  "meant, so that it occurs once",
                  w.id, path, times, at));
  for (std::size_t i = 0; i < std::min(shown_notes, places.size()); ++i)
    d.notes.push_back({"", severity::note, places[i], "it occurs here", {}});
}

bool any_quote(const walked_claims& claims) {
  return std::any_of(claims.begin(), claims.end(),
                     [](const walked_claim& w) { return !w.built.c.quote.empty(); });
}

// The document's source text, read as the extractor reads it (it may be a .docx or an HTML
// page), or null. It is optional: whatever keeps it from being read is a warning, and the figures
// still load without their places in the text. An anchored file has no quotes; its draft is
// read, and reported on, when anchors are bound.
source_ptr source_text(const walked_claims& claims, const document_section& doc,
                       diagnostics& diags) {
  const std::string& path = doc.info.source_path;
  if (path.empty() || !any_quote(claims)) return nullptr;
  diagnostics reading;
  source_ptr text = read_draft(path, reading, {}, input_kind::document, doc.source_where);
  if (text) return text;
  for (const auto& d : reading.items()) {
    if (d.level == severity::warning) {
      diags.add(d.code, d.level, d.range, d.message);
    } else {
      diags.warning(codes::source_unreadable, doc.source_where,
                    "cannot read the document's source text: " + d.message);
    }
  }
  return nullptr;
}

// The decimal mark the quotes are written in: the source text's, or without one that of the
// quotes together (each an excerpt of the document).
decimal_mark quotes_decimal_mark(const walked_claims& claims, const source_ptr& text) {
  if (text) return document_decimal_mark(text->text());
  std::string quotes;
  for (const auto& w : claims) {
    if (w.built.c.quote.empty()) continue;
    quotes += w.built.c.quote.str();
    quotes += '\n';
  }
  return document_decimal_mark(quotes);
}

// Quotes are located in the document's text.
void locate_quotes(walked_claims& claims, const document_section& doc, source_ptr text,
                   diagnostics& diags) {
  if (!text) return;
  const std::string& path = doc.info.source_path;
  quote_locator locator(std::move(text));
  // Claims that quote the same words, in file order: when the words occur as often as they
  // are quoted, the n-th claim is taken at the n-th place (a generated file lists claims in
  // text order), and the warning still names every place.
  std::vector<walked_claim*> in_order;
  for (auto& w : claims) {
    if (!w.built.c.quote.empty()) in_order.push_back(&w);
  }
  std::stable_sort(in_order.begin(), in_order.end(),
                   [](const walked_claim* a, const walked_claim* b) {
                     return a->built.c.where.begin < b->built.c.where.begin;
                   });
  std::map<std::string, std::size_t> quoting, seen;
  for (const auto* w : in_order) ++quoting[normalise_quote(w->built.c.quote)];
  // Counting stops here: a quote found this often is far too short anyway.
  constexpr std::size_t counted = 100;
  std::vector<std::string_view> quotes;
  for (const auto* w : in_order) quotes.emplace_back(w->built.c.quote);
  auto found = locator.locate_each(quotes, counted);
  for (std::size_t i = 0; i < in_order.size(); ++i) {
    walked_claim* w = in_order[i];
    claim& c = w->built.c;
    const auto& places = found[i];
    if (places.empty()) {
      diags.warning(codes::quote_not_found, w->built.quote_where,
                    "quote not found in " + path + ": \"" + c.quote.str() + "\"");
      continue;
    }
    std::string key = normalise_quote(c.quote);
    std::size_t nth = seen[key]++;
    c.in_text.emplace(places.size() == quoting[key] ? places[nth] : places.front());
    if (places.size() > 1) repeated_quote(*w, places, path, diags);
  }
}

// Figures in order of first appearance in the file, each with its claims in file order. The
// claims are put in file order through pointers (a stable sort of the claims themselves takes
// a buffer as large as them) and moved into the set; `claims` is emptied.
void assemble(walked_claims& claims, figure_set& set) {
  std::vector<walked_claim*> in_order;
  in_order.reserve(claims.size());
  for (auto& w : claims) in_order.push_back(&w);
  std::stable_sort(in_order.begin(), in_order.end(),
                   [](const walked_claim* a, const walked_claim* b) {
                     return a->built.c.where.begin < b->built.c.where.begin;
                   });
  set.figures.reserve(claims.size());
  set.index.reserve(claims.size());
  for (walked_claim* w : in_order) {
    auto [it, inserted] = set.index.try_emplace(w->id, set.figures.size());
    if (inserted) set.figures.push_back({std::move(w->id), {}});
    set.figures[it->second].claims.push_back(std::move(w->built.c));
  }
  walked_claims().swap(claims);
  set.figures.shrink_to_fit();
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
    root.reset();  // the claims hold all they need of the tree (its size again, or more)
    if (!local.has_errors()) {
      source_ptr text = source_text(claims, doc, local);
      check_claims(claims, doc.info, quotes_decimal_mark(claims, text), local);
      locate_quotes(claims, doc, std::move(text), local);
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
