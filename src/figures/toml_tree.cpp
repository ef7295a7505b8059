// The only translation unit that sees toml++: it parses, catches toml++'s exceptions, and copies
// the document into the stage's own tree so nothing from toml++ leaves this file.
#include <toml++/toml.h>

#include <algorithm>
#include <exception>

#include <fmt/format.h>

#include "figures/detail/codes.hpp"
#include "figures/detail/toml_tree.hpp"
#include "figures/figures.hpp"

namespace crossfoot::figures_detail {
namespace {

std::size_t offset_at(const source_file& file, const toml::source_position& p) {
  if (!p) return 0;
  return file.offset_of(static_cast<int>(p.line), static_cast<int>(p.column));
}

source_range range_of(const source_ptr& file, const toml::source_region& r) {
  std::size_t begin = offset_at(*file, r.begin);
  std::size_t end = r.end ? offset_at(*file, r.end) : begin;
  return {file, begin, std::max(begin, end)};
}

// A number's raw text, so that "548.30" keeps the zero toml++'s double forgets.
std::string raw_text(const source_range& r) {
  std::string_view t = r.text();
  auto not_space = [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; };
  auto first = std::find_if(t.begin(), t.end(), not_space);
  auto last = std::find_if(t.rbegin(), t.rend(), not_space).base();
  return first < last ? std::string(first, last) : std::string();
}

// toml++ limits the nesting of inline values only: a table header or dotted key of 10,000
// segments is 10,000 nested tables. The copy stops at max_figure_depth with one error, so
// everything after it (the walk over figures) recurses at most that deep.
struct converter {
  const source_ptr& file;
  diagnostics& diags;
  bool too_deep = false;

  toml_node table(const toml::table& t, int depth) {
    toml_node out;
    out.kind = node_kind::table;
    for (auto&& [k, v] : t) {
      source_range key_where = range_of(file, k.source());
      if (depth >= max_figure_depth) {
        if (!too_deep) {
          diags.error(
              codes::too_deep, key_where,
              fmt::format("tables nest too deeply: more than {} levels of keys", max_figure_depth));
        }
        too_deep = true;
        break;
      }
      out.entries.push_back({std::string(k.str()), key_where, node(v, depth + 1)});
    }
    return out;
  }

  toml_node node(const toml::node& n, int depth);
};

toml_node converter::node(const toml::node& n, int depth) {
  toml_node out;
  if (auto t = n.as_table()) {
    out = table(*t, depth);
  } else if (auto a = n.as_array()) {
    out.kind = node_kind::array;
    out.array_of_tables = !a->empty() && a->is_array_of_tables();
    for (auto&& item : *a) out.items.push_back(node(item, depth + 1));
  } else if (auto s = n.as_string()) {
    out.kind = node_kind::string;
    out.text = s->get();
  } else if (auto i = n.as_integer()) {
    out.kind = node_kind::integer;
    out.number = static_cast<double>(i->get());
  } else if (auto f = n.as_floating_point()) {
    out.kind = node_kind::floating;
    out.number = f->get();
  } else if (auto b = n.as_boolean()) {
    out.kind = node_kind::boolean;
    out.text = b->get() ? "true" : "false";
  } else {
    out.kind = node_kind::date_time;
  }
  out.where = range_of(file, n.source());
  if (out.is_number()) out.text = raw_text(out.where);
  return out;
}

}  // namespace

const toml_node* toml_node::get(const std::string& key) const {
  for (const auto& e : entries) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

const char* kind_name(const toml_node& n) {
  switch (n.kind) {
    case node_kind::table:
      return "table";
    case node_kind::array:
      return "array";
    case node_kind::string:
      return "string";
    case node_kind::integer:
      return "integer";
    case node_kind::floating:
      return "float";
    case node_kind::boolean:
      return "boolean";
    case node_kind::date_time:
      return "date/time";
  }
  return "value";
}

std::optional<toml_node> read_toml(const source_ptr& file, diagnostics& diags) {
  try {
    toml::table root = toml::parse(file->text(), file->name());
    converter c{file, diags};
    toml_node out = c.table(root, 0);
    if (c.too_deep) return std::nullopt;
    out.where = {file, 0, file->text().size()};
    return out;
  } catch (const toml::parse_error& e) {
    std::size_t at = offset_at(*file, e.source().begin);
    // toml++'s description may quote the text: only for a file that may be quoted.
    diags.error(codes::toml_syntax, {file, at, at + 1},
                file->quotable() ? "invalid TOML: " + std::string(e.description())
                                 : "invalid TOML (not a figures file?)");
  } catch (const std::exception& e) {
    diags.error(codes::toml_syntax, {file, 0, 0}, std::string("cannot read TOML: ") + e.what());
  }
  return std::nullopt;
}

}  // namespace crossfoot::figures_detail
