// The dataset spec: a [dataset] table of TOML, read into dataset_spec. Every key is checked
// here (type, value, did-you-mean for unknown keys); whether named columns exist is checked
// against the header once the CSV is opened (engine.cpp).
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/input.hpp"
#include "dataset/dataset.hpp"
#include "dataset/detail/codes.hpp"
#include "dataset/revisions.hpp"
#include "figures/detail/toml_tree.hpp"

namespace crossfoot {

using figures_detail::kind_name;
using figures_detail::node_kind;
using figures_detail::toml_entry;
using figures_detail::toml_node;

const column_spec* dataset_spec::column(const std::string& name) const {
  for (const auto& c : columns) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const hierarchy_spec* dataset_spec::hierarchy(const std::string& dimension) const {
  for (const auto& h : hierarchies) {
    if (h.dimension == dimension) return &h;
  }
  return nullptr;
}

const flag_entry* dataset_spec::find_flag(std::string_view text) const {
  for (const auto& f : flags) {
    if (f.flag == text) return &f;
  }
  return nullptr;
}

source_range dataset_spec::place(const std::string& what) const {
  auto it = places.find(what);
  if (it != places.end()) return it->second;
  return {file, 0, 0};
}

namespace {

namespace codes = dataset_detail::codes;

std::string resolve_against(const std::string& spec_path, const std::string& given) {
  namespace fs = std::filesystem;
  fs::path p(given);
  if (p.is_absolute()) return p.lexically_normal().string();
  return (fs::path(spec_path).parent_path() / p).lexically_normal().string();
}

class spec_reader {
 public:
  spec_reader(dataset_spec& spec, diagnostics& diags) : s_(spec), diags_(diags) {}

  void read_document(const toml_node& doc) {
    for (const auto& e : doc.entries) {
      if (e.key == "title" && string_of(e)) s_.title = e.value.text;
      if (e.key == "rules") read_paths(e, s_.rules);
    }
  }

  void read_dataset(const toml_node& t) {
    static const std::vector<std::string> known = {
        "file",    "shape",     "rules",  "title",       "delimiter",  "quote",
        "decimal", "thousands", "header", "names",       "key",        "period",
        "flags",   "columns",   "unit",   "precision",   "dimensions", "value",
        "flag",    "id",        "codes",  "hierarchies", "encoding",   "revisions"};
    for (const auto& e : t.entries) {
      s_.places[e.key] = e.value.where;
      if (std::find(known.begin(), known.end(), e.key) == known.end()) {
        unknown_key("[dataset]", e, known);
        continue;
      }
      read_entry(e);
    }
    if (!t.get("flags")) default_flags();
    check_shape(t);
  }

 private:
  dataset_spec& s_;
  diagnostics& diags_;
  std::optional<precision> default_precision_;

  void error(const char* code, const source_range& where, std::string message) {
    diags_.error(code, where, std::move(message));
  }

  void unknown_key(const std::string& table, const toml_entry& e,
                   const std::vector<std::string>& known) {
    std::string message = fmt::format("unknown key '{}' in {}", e.key, table);
    std::string near = closest_name(e.key, known);
    if (!near.empty()) message += fmt::format("; did you mean '{}'?", near);
    error(codes::unknown_key, e.key_where, message);
  }

  bool string_of(const toml_entry& e) {
    if (e.value.kind == node_kind::string) return true;
    error(codes::bad_value, e.value.where,
          fmt::format("{} must be a string, not a {}", e.key, kind_name(e.value)));
    return false;
  }

  // One character, written as itself ("," ";" "\t") or named ("tab", "space").
  std::optional<char> one_char(const toml_entry& e, bool may_be_empty) {
    if (!string_of(e)) return std::nullopt;
    const std::string& t = e.value.text;
    if (t == "tab") return '\t';
    if (t == "space") return ' ';
    if (t.empty() && may_be_empty) return '\0';
    if (t.size() == 1 && t[0] != '\n' && t[0] != '\r' && static_cast<unsigned char>(t[0]) < 0x80)
      return t[0];
    error(codes::bad_value, e.value.where,
          fmt::format("{} must be one ASCII character (or \"tab\"){}, not \"{}\"", e.key,
                      may_be_empty ? " or \"\" for none" : "", t));
    return std::nullopt;
  }

  void read_paths(const toml_entry& e, std::vector<std::string>& out) {
    const std::string& base = s_.file->name();
    if (e.value.kind == node_kind::string) {
      out.push_back(resolve_against(base, e.value.text));
      return;
    }
    if (e.value.kind != node_kind::array) {
      error(codes::bad_value, e.value.where, e.key + " must be a path or an array of paths");
      return;
    }
    for (const auto& item : e.value.items) {
      if (item.kind == node_kind::string) {
        out.push_back(resolve_against(base, item.text));
      } else {
        error(codes::bad_value, item.where, e.key + " must hold paths, not a " + kind_name(item));
      }
    }
  }

  void names_of(const toml_entry& e, std::vector<std::string>& out) {
    if (e.value.kind == node_kind::string) {
      out.push_back(e.value.text);
      return;
    }
    if (e.value.kind != node_kind::array) {
      error(codes::bad_value, e.value.where, e.key + " must be a column name or an array of them");
      return;
    }
    std::set<std::string> seen;
    for (const auto& item : e.value.items) {
      if (item.kind != node_kind::string || item.text.empty()) {
        error(codes::bad_value, item.where, e.key + " must hold column names");
      } else if (!seen.insert(item.text).second) {
        error(codes::bad_value, item.where,
              fmt::format("'{}' is named twice in {}", item.text, e.key));
      } else {
        out.push_back(item.text);
      }
    }
  }

  std::optional<std::pair<unit, std::string>> unit_of(const toml_node& v, const std::string& what) {
    if (v.kind != node_kind::string) {
      error(codes::bad_unit, v.where, what + " must be a unit string such as \"EUR thousand\"");
      return std::nullopt;
    }
    if (v.text.empty()) return std::make_pair(unit::number(), std::string());
    quantity_error err;
    auto u = parse_unit(v.text, err);
    if (!u) {
      error(codes::bad_unit, v.where, fmt::format("{}: {}", what, err.message));
      return std::nullopt;
    }
    return std::make_pair(*u, v.text);
  }

  // "exact", "digits", or a half-width in the column's unit as written (0.005).
  std::optional<precision> precision_of(const toml_node& v) {
    precision p;
    if (v.kind == node_kind::string && (v.text == "exact" || v.text == "digits")) {
      p.how = v.text == "exact" ? precision::kind::exact : precision::kind::from_digits;
      return p;
    }
    if (v.is_number() && v.number >= 0 && std::isfinite(v.number)) {
      p.how = precision::kind::half_width;
      p.half_width = v.number;
      return p;
    }
    error(codes::bad_precision, v.where,
          "precision must be \"digits\", \"exact\" or a half-width such as 0.005");
    return std::nullopt;
  }

  void read_entry(const toml_entry& e) {
    const std::string& k = e.key;
    if (k == "file") {
      if (string_of(e)) s_.data = resolve_against(s_.file->name(), e.value.text);
    } else if (k == "shape") {
      if (!string_of(e)) return;
      if (e.value.text == "records" || e.value.text == "cube") {
        s_.shape = e.value.text == "cube" ? dataset_shape::cube : dataset_shape::records;
      } else {
        error(codes::bad_value, e.value.where, "shape must be \"records\" or \"cube\"");
      }
    } else if (k == "rules") {
      s_.rules.clear();
      read_paths(e, s_.rules);
    } else if (k == "title") {
      if (string_of(e)) s_.title = e.value.text;
    } else if (k == "delimiter") {
      if (auto c = one_char(e, false)) s_.delimiter = *c;
    } else if (k == "quote") {
      if (auto c = one_char(e, true)) s_.quote = *c;
    } else if (k == "decimal") {
      if (!string_of(e)) return;
      if (e.value.text == "." || e.value.text == ",") {
        s_.decimal = e.value.text[0];
      } else {
        error(codes::bad_value, e.value.where, "decimal must be \".\" or \",\"");
      }
    } else if (k == "thousands") {
      if (auto c = one_char(e, true)) s_.thousands = *c;
    } else if (k == "header") {
      if (e.value.kind == node_kind::boolean) {
        s_.header = e.value.text != "false";
      } else {
        error(codes::bad_value, e.value.where, "header must be true or false");
      }
    } else if (k == "names") {
      names_of(e, s_.names);
    } else if (k == "key") {
      names_of(e, s_.key);
    } else if (k == "dimensions") {
      names_of(e, s_.dimensions);
    } else if (k == "period" || k == "value" || k == "flag") {
      if (!string_of(e)) return;
      (k == "period" ? s_.period : k == "value" ? s_.value : s_.flag) = e.value.text;
    } else if (k == "id") {
      if (string_of(e)) s_.id = e.value.text;
    } else if (k == "unit") {
      if (auto u = unit_of(e.value, "unit")) std::tie(s_.default_unit, s_.default_unit_text) = *u;
    } else if (k == "precision") {
      default_precision_ = precision_of(e.value);
    } else if (k == "revisions") {
      s_.revisions = revisions_of(e.value);
    } else if (k == "encoding") {
      if (string_of(e) && e.value.text != "utf-8" && e.value.text != "UTF-8")
        error(codes::bad_value, e.value.where,
              "encoding must be \"utf-8\": crossfoot reads UTF-8 only");
    } else if (k == "flags") {
      read_flags(e);
    } else if (k == "columns") {
      read_columns(e);
    } else if (k == "codes") {
      read_codes(e);
    } else if (k == "hierarchies") {
      read_hierarchies(e);
    }
  }

  void read_flags(const toml_entry& e) {
    if (e.value.kind != node_kind::table) {
      error(codes::bad_flag, e.value.where, "flags must be a table: flag = \"meaning\"");
      return;
    }
    for (const auto& f : e.value.entries) {
      if (f.value.kind != node_kind::string || f.value.text.empty()) {
        error(codes::bad_flag, f.value.where,
              fmt::format("flag '{}' needs a meaning: \"missing\", \"confidential\" or a name such "
                          "as \"provisional\"",
                          f.key));
        continue;
      }
      flag_entry fe;
      fe.flag = f.key;
      fe.name = f.value.text;
      fe.where = f.key_where;
      fe.meaning = fe.name == "missing"        ? flag_meaning::missing
                   : fe.name == "confidential" ? flag_meaning::confidential
                                               : flag_meaning::note;
      s_.flags.push_back(fe);
    }
  }

  void default_flags() {
    s_.flags.push_back({":", flag_meaning::missing, "missing", {}});
    s_.flags.push_back({"c", flag_meaning::confidential, "confidential", {}});
  }

  // How a revision (--previous) is reported: "error", "warning", or "info"/"note".
  std::optional<severity> revisions_of(const toml_node& v) {
    auto level = v.kind == node_kind::string ? revision_severity(v.text) : std::nullopt;
    if (!level)
      error(codes::bad_value, v.where,
            "revisions must be \"error\", \"warning\" or \"note\" (how a changed past value is "
            "reported)");
    return level;
  }

  void read_columns(const toml_entry& e) {
    if (e.value.kind != node_kind::table) {
      error(codes::bad_value, e.value.where, "columns must be a table of column tables");
      return;
    }
    static const std::vector<std::string> known = {"unit", "precision", "revisions"};
    for (const auto& c : e.value.entries) {
      column_spec col;
      col.name = c.key;
      col.where = c.key_where;
      s_.places["columns." + c.key] = c.key_where;
      if (c.value.kind == node_kind::string) {  // exports = "EUR thousand"
        if (auto u = unit_of(c.value, "the unit of " + c.key)) std::tie(col.u, col.unit_text) = *u;
      } else if (c.value.kind == node_kind::table) {
        for (const auto& k : c.value.entries) {
          if (k.key == "unit") {
            if (auto u = unit_of(k.value, "the unit of " + c.key))
              std::tie(col.u, col.unit_text) = *u;
          } else if (k.key == "precision") {
            if (auto p = precision_of(k.value)) col.prec = *p;
          } else if (k.key == "revisions") {
            col.revisions = revisions_of(k.value);
          } else {
            unknown_key("[dataset.columns." + c.key + "]", k, known);
          }
        }
      } else {
        error(codes::bad_value, c.value.where,
              fmt::format("column {} must be a unit string or a table with unit and precision",
                          c.key));
      }
      s_.columns.push_back(col);
    }
  }

  void read_codes(const toml_entry& e) {
    if (e.value.kind != node_kind::table) {
      error(codes::bad_value, e.value.where, "codes must be a table: [dataset.codes.DIMENSION]");
      return;
    }
    for (const auto& dim : e.value.entries) {
      s_.places["codes." + dim.key] = dim.key_where;
      if (dim.value.kind != node_kind::table) {
        error(codes::bad_value, dim.value.where,
              fmt::format("codes.{} must be a table: code = \"segment\"", dim.key));
        continue;
      }
      auto& map = s_.codes[dim.key];
      for (const auto& c : dim.value.entries) {
        if (c.value.kind != node_kind::string || !valid_segment(c.value.text, true)) {
          error(codes::bad_value, c.value.where,
                fmt::format("code {} of {} must map to an id segment (letters, digits, _) or \"\"",
                            c.key, dim.key));
          continue;
        }
        map[c.key] = c.value.text;
      }
    }
  }

  static bool valid_segment(const std::string& s, bool may_be_empty) {
    if (s.empty()) return may_be_empty;
    return std::all_of(s.begin(), s.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
    });
  }

  void read_hierarchies(const toml_entry& e) {
    if (e.value.kind != node_kind::table) {
      error(codes::bad_codelist, e.value.where,
            "hierarchies must be a table: DIMENSION = \"codelist.toml\" or a table of parents");
      return;
    }
    for (const auto& dim : e.value.entries) {
      hierarchy_spec h;
      h.dimension = dim.key;
      h.where = dim.key_where;
      s_.places["hierarchies." + dim.key] = dim.key_where;
      if (dim.value.kind == node_kind::string) {
        h.file = resolve_against(s_.file->name(), dim.value.text);
        read_codelist_file(h, dim.value.where);
      } else if (dim.value.kind == node_kind::table) {
        read_parents(dim.value, h);
      } else {
        error(codes::bad_codelist, dim.value.where,
              fmt::format("hierarchies.{} must be a codelist path or a table of parents", dim.key));
        continue;
      }
      check_cycles(h);
      s_.hierarchies.push_back(std::move(h));
    }
  }

  void read_codelist_file(hierarchy_spec& h, const source_range& where) {
    auto file = read_input(h.file, input_kind::codelist, where, diags_);
    if (!file) return;
    auto tree = figures_detail::read_toml(file, diags_);
    if (tree) read_parents(*tree, h);
  }

  // PARENT = ["CHILD", "CHILD", "01..97"]: a range of codes of the same width.
  void read_parents(const toml_node& t, hierarchy_spec& h) {
    for (const auto& p : t.entries) {
      if (p.value.kind != node_kind::array) {
        error(codes::bad_codelist, p.value.where,
              fmt::format("{} must be an array of its children's codes", p.key));
        continue;
      }
      std::vector<std::string> kids;
      for (const auto& item : p.value.items) {
        if (item.kind != node_kind::string || item.text.empty()) {
          error(codes::bad_codelist, item.where, "a child must be a code (a string)");
          continue;
        }
        expand_range(item, kids);
      }
      // Entries come sorted by key; keep the file's order for reports.
      h.children.emplace_back(p.key, std::move(kids));
    }
    std::stable_sort(h.children.begin(), h.children.end(), [&](const auto& a, const auto& b) {
      return position_of(t, a.first) < position_of(t, b.first);
    });
  }

  static std::size_t position_of(const toml_node& t, const std::string& key) {
    for (const auto& e : t.entries) {
      if (e.key == key) return e.key_where.begin;
    }
    return 0;
  }

  void expand_range(const toml_node& item, std::vector<std::string>& out) {
    auto dots = item.text.find("..");
    if (dots == std::string::npos) {
      out.push_back(item.text);
      return;
    }
    std::string a = item.text.substr(0, dots), b = item.text.substr(dots + 2);
    auto digits = [](const std::string& s) {
      return !s.empty() && s.size() <= 9 &&
             std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!digits(a) || !digits(b) || a.size() != b.size() || std::stol(a) > std::stol(b) ||
        std::stol(b) - std::stol(a) > 100000) {
      error(codes::bad_codelist, item.where,
            fmt::format("'{}' is not a range of codes: write two numbers of the same width, the "
                        "first not above the second, such as \"01..97\"",
                        item.text));
      return;
    }
    for (long v = std::stol(a); v <= std::stol(b); ++v)
      out.push_back(fmt::format("{:0{}}", v, a.size()));
  }

  void check_cycles(const hierarchy_spec& h) {
    std::map<std::string, const std::vector<std::string>*> kids;
    for (const auto& [p, c] : h.children) kids[p] = &c;
    // A code may not be its own ancestor: depth-first, with the path on a stack.
    std::map<std::string, int> state;  // 1 on the path, 2 done
    std::vector<std::pair<std::string, std::size_t>> stack;
    for (const auto& [root, unused] : h.children) {
      if (state[root]) continue;
      stack.push_back({root, 0});
      state[root] = 1;
      while (!stack.empty()) {
        auto& [code, next] = stack.back();
        auto it = kids.find(code);
        if (it == kids.end() || next >= it->second->size()) {
          state[code] = 2;
          stack.pop_back();
          continue;
        }
        const std::string& child = (*it->second)[next++];
        if (state[child] == 1) {
          error(codes::bad_codelist, h.where,
                fmt::format("the hierarchy of {} has a cycle: {} is its own ancestor", h.dimension,
                            child));
          return;
        }
        if (!state[child]) {
          state[child] = 1;
          stack.push_back({child, 0});
        }
      }
    }
  }

  void check_shape(const toml_node& t) {
    if (default_precision_) {
      for (auto& c : s_.columns) {
        if (c.prec.how == precision::kind::from_digits && !has_precision_key(t, c.name))
          c.prec = *default_precision_;
      }
    }
    if (s_.shape == dataset_shape::cube) {
      for (const char* required : {"value", "dimensions"}) {
        if (!t.get(required))
          error(codes::missing_key, t.where,
                fmt::format("a cube needs `{}` in [dataset]", required));
      }
      if (!s_.value.empty() && !s_.column(s_.value)) {
        column_spec v;
        v.name = s_.value;
        v.u = s_.default_unit;
        v.unit_text = s_.default_unit_text;
        if (default_precision_) v.prec = *default_precision_;
        s_.columns.push_back(v);
      }
      check_id_template();
    } else {
      for (const char* cube_only : {"value", "flag", "dimensions", "id", "codes"}) {
        if (t.get(cube_only))
          error(codes::bad_value, s_.place(cube_only),
                fmt::format("`{}` belongs to a cube: add shape = \"cube\"", cube_only));
      }
    }
    if (!s_.header && s_.names.empty())
      error(codes::missing_key, t.where, "without a header row, `names` must list the columns");
    if (s_.decimal == s_.delimiter)
      error(codes::bad_value, s_.place("decimal"),
            fmt::format("the decimal mark '{}' is also the delimiter: set delimiter = \";\" or "
                        "\"tab\"",
                        s_.decimal));
    if (s_.thousands && (s_.thousands == s_.decimal || s_.thousands == s_.delimiter))
      error(codes::bad_value, s_.place("thousands"),
            "the thousands separator must differ from the decimal mark and the delimiter");
    if (s_.quote && (s_.quote == s_.delimiter || s_.quote == s_.decimal))
      error(codes::bad_value, s_.place("quote"), "the quote must differ from the delimiter");
  }

  bool has_precision_key(const toml_node& t, const std::string& column) {
    const toml_node* cols = t.get("columns");
    const toml_node* c = cols ? cols->get(column) : nullptr;
    return c && c->get("precision");
  }

  void check_id_template() {
    if (s_.id.empty()) return;
    const std::string& id = s_.id;
    for (std::size_t i = 0; i < id.size();) {
      if (id[i] == '{') {
        auto close = id.find('}', i);
        std::string dim = close == std::string::npos ? "" : id.substr(i + 1, close - i - 1);
        if (close == std::string::npos || dim.empty()) {
          error(codes::bad_id_template, s_.place("id"), "unbalanced '{' in the id template");
          return;
        }
        if (std::find(s_.dimensions.begin(), s_.dimensions.end(), dim) == s_.dimensions.end()) {
          std::string near = closest_name(dim, s_.dimensions);
          error(codes::bad_id_template, s_.place("id"),
                fmt::format("the id template names '{}', which is not a dimension{}", dim,
                            near.empty() ? "" : "; did you mean '" + near + "'?"));
        }
        i = close + 1;
      } else if (id[i] == '}') {
        error(codes::bad_id_template, s_.place("id"), "unbalanced '}' in the id template");
        return;
      } else {
        ++i;
      }
    }
  }
};

std::optional<dataset_spec> load_from(source_ptr file, diagnostics& diags) {
  auto before = diags.items().size();
  auto tree = figures_detail::read_toml(file, diags);
  if (!tree) return std::nullopt;
  dataset_spec spec;
  spec.file = file;
  const toml_node* table = tree->get("dataset");
  if (!table || table->kind != node_kind::table) {
    diags.error(codes::missing_key, {file, 0, 0}, "no [dataset] table: a dataset spec needs one");
    return std::nullopt;
  }
  spec_reader reader(spec, diags);
  if (const toml_node* doc = tree->get("document")) reader.read_document(*doc);
  reader.read_dataset(*table);
  for (std::size_t i = before; i < diags.items().size(); ++i) {
    if (diags.items()[i].level == severity::error) return std::nullopt;
  }
  return spec;
}

}  // namespace

std::optional<dataset_spec> load_dataset_spec_text(const std::string& name, std::string text,
                                                   diagnostics& diags) {
  return load_from(make_source(name, std::move(text)), diags);
}

std::optional<dataset_spec> load_dataset_spec(const std::string& path, diagnostics& diags) {
  auto file = read_input(path, input_kind::spec, {}, diags);
  if (!file) return std::nullopt;
  return load_from(std::move(file), diags);
}

bool has_dataset_table(const std::string& path) {
  diagnostics ignored;  // the figures loader reports whatever keeps the file from being read
  auto file = read_input(path, input_kind::spec, {}, ignored);
  if (!file) return false;
  auto tree = figures_detail::read_toml(file, ignored);
  return tree && tree->get("dataset");
}

}  // namespace crossfoot
