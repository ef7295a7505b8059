#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "figures/detail/claims.hpp"
#include "figures/detail/codes.hpp"
#include "figures/detail/raw_number.hpp"

namespace crossfoot::figures_detail {
namespace {

// The value of a claim before its precision and qualifier keys are applied.
struct value_parts {
  quantity q;
  std::string written;
  std::optional<double> half_width;  // from an exponent form of a TOML number
};

std::string quoted(const std::string& s) {
  return "\"" + s + "\"";
}

std::optional<unit> read_unit_key(const claim_keys& k, diagnostics& diags) {
  const toml_node& u = *k.unit;
  if (u.kind != node_kind::string) {
    diags.error(codes::wrong_type, u.where,
                "the unit of '" + k.id + "' must be a string such as \"RMB billion\", not a " +
                    kind_name(u));
    return std::nullopt;
  }
  quantity_error err;
  auto parsed = parse_unit(u.text, err);
  if (!parsed) {
    diags.error(codes::unknown_unit, inside_string(u, err.offset),
                "invalid unit " + quoted(u.text) + ": " + err.message);
  }
  return parsed;
}

// A value written without a unit takes the one in the `unit` key.
std::optional<value_parts> with_unit_key(value_parts out, const claim_keys& k, diagnostics& diags) {
  auto u = read_unit_key(k, diags);
  if (!u) return std::nullopt;
  out.q.written_unit = *u;
  out.written += " " + k.unit->text;
  return out;
}

// "5.2 pc" counts "pc" as the grammar reads it, but the lexicon knows no such thing: most often
// a unit it does not read ("pc" for per cent) or a misspelt one. Counting it deliberately is
// what a `unit` key is for.
void warn_unknown_counted(const toml_node& v, const quantity& q, const std::string& id,
                          diagnostics& diags) {
  const std::string word = unknown_counted_word(q.written_unit);
  if (word.empty()) return;
  const std::string head = word.substr(0, word.find(' '));
  const std::size_t at = ascii_lower(v.text).find(head);
  const std::string near = nearest_unit_word(head);
  diags.warning(codes::unknown_counted_thing, inside_string(v, at == std::string::npos ? 0 : at),
                "'" + id + "' counts '" + word + "', which is not a unit or counted thing " +
                    "crossfoot knows" + (near.empty() ? "" : " (did you mean '" + near + "'?)") +
                    "; write a known unit, or give the counted thing in a unit key");
}

std::optional<value_parts> read_string_value(const claim_keys& k, diagnostics& diags) {
  const toml_node& v = *k.value;
  quantity_error err;
  auto q = parse_quantity(v.text, err);
  if (!q) {
    bool unknown = err.message.rfind("unknown unit", 0) == 0;
    diags.error(unknown ? codes::unknown_unit : codes::malformed_quantity,
                inside_string(v, err.offset),
                "invalid quantity " + quoted(v.text) + ": " + err.message);
    return std::nullopt;
  }
  warn_unknown_counted(v, *q, k.id, diags);
  value_parts out{*q, v.text, std::nullopt};
  if (!k.unit) return out;
  if (!q->written_unit.name().empty()) {
    diags.error(codes::unit_twice, k.unit->where,
                "'" + k.id + "' has a unit in its value " + quoted(v.text) +
                    " and again in its unit key; give it once");
    return std::nullopt;
  }
  return with_unit_key(std::move(out), k, diags);
}

std::optional<value_parts> read_number_value(const claim_keys& k, diagnostics& diags) {
  const toml_node& v = *k.value;
  auto digits = read_digits(v.text, v.number);
  if (!digits) {
    diags.error(codes::malformed_quantity, v.where,
                "the value of '" + k.id + "' must be a finite number, not " + v.text);
    return std::nullopt;
  }
  value_parts out;
  out.q.number = v.number;
  out.q.decimals = digits->decimals;
  out.q.thousands_rounded = digits->thousands_rounded;
  out.written = v.text;
  out.half_width = digits->half_width;
  if (!k.unit) return out;
  return with_unit_key(std::move(out), k, diags);
}

std::optional<value_parts> read_value(const claim_keys& k, diagnostics& diags) {
  const toml_node& v = *k.value;
  if (v.kind == node_kind::string) return read_string_value(k, diags);
  if (v.is_number()) return read_number_value(k, diags);
  diags.error(
      codes::wrong_type, v.where,
      "the value of '" + k.id + "' must be a quantity string or a number, not a " + kind_name(v));
  return std::nullopt;
}

std::optional<precision> read_precision(const claim_keys& k, diagnostics& diags) {
  const toml_node& p = *k.precision;
  if (p.is_number()) {
    if (std::isfinite(p.number) && p.number > 0)
      return precision{precision::kind::half_width, p.number};
    diags.error(codes::bad_precision, p.where,
                "the precision of '" + k.id + "' must be a positive half-width, not " + p.text);
    return std::nullopt;
  }
  if (p.kind == node_kind::string && p.text == "exact") return precision{precision::kind::exact, 0};
  std::string got = p.kind == node_kind::string ? quoted(p.text) : std::string("a ") + kind_name(p);
  diags.error(codes::bad_precision, p.where,
              "the precision of '" + k.id + "' must be a positive number or \"exact\", not " + got);
  return std::nullopt;
}

// Sets the qualifier of `q` (when the value could be read) from the `qualifier` key.
bool apply_qualifier(const claim_keys& k, value_parts* value, diagnostics& diags) {
  const toml_node& n = *k.qualifier;
  if (n.kind != node_kind::string) {
    diags.error(codes::wrong_type, n.where,
                "the qualifier of '" + k.id + "' must be a string, not a " + kind_name(n));
    return false;
  }
  auto qual = parse_qualifier(n.text);
  if (!qual) {
    diags.error(codes::unknown_qualifier, n.where,
                "unknown qualifier " + quoted(n.text) +
                    "; expected nearly, about, around, approximately, over, more than, less than, "
                    "under, at least, at most or up to");
    return false;
  }
  if (!value) return true;
  qualifier& has = value->q.qual;
  if (has != qualifier::none && has != *qual) {
    diags.error(codes::qualifier_conflict, n.where,
                "qualifier " + quoted(n.text) + " contradicts " + quoted(to_string(has)) +
                    " in the value " + quoted(value->written));
    return false;
  }
  has = *qual;
  return true;
}

bool read_text(const toml_node* n, const std::string& what, const std::string& id, rare_string& out,
               diagnostics& diags) {
  if (!n) return true;
  if (n->kind == node_kind::string) {
    out = n->text;
    return true;
  }
  diags.error(codes::wrong_type, n->where,
              "the " + what + " of '" + id + "' must be a string, not a " + kind_name(*n));
  return false;
}

bool read_pick(const claim_keys& k, int& pick, diagnostics& diags) {
  const toml_node& p = *k.pick;
  if (p.kind == node_kind::integer && p.number >= 1 && p.number <= 1000) {
    pick = static_cast<int>(p.number);
    return true;
  }
  std::string got = p.kind == node_kind::integer ? p.text : std::string("a ") + kind_name(p);
  diags.error(codes::bad_pick, p.where,
              "the pick of '" + k.id +
                  "' must be a whole number from 1 (the first quantity after the anchor) to "
                  "1000, not " +
                  got);
  return false;
}

// The value, its qualifier and quote all come from the draft; a key that gave them again could
// only disagree with it. A unit may be given: a table cell is often a bare number whose unit is
// in the table's caption or unit row.
bool no_value_keys(const claim_keys& k, diagnostics& diags) {
  bool ok = true;
  const std::pair<const toml_node*, const char*> keys[] = {{k.qualifier, "qualifier"},
                                                           {k.quote, "quote"}};
  for (const auto& [node, name] : keys) {
    if (!node) continue;
    diags.error(codes::key_of_value, node->where,
                "'" + k.id + "' is anchored, so its " + name +
                    " comes from the draft; remove the " + name + " key");
    ok = false;
  }
  return ok;
}

// `anchor = { row = "...", column = "..." }`: a table cell.
std::optional<anchor_ref> read_cell_anchor(const claim_keys& k, diagnostics& diags) {
  const toml_node& a = *k.anchor;
  anchor_ref out;
  out.where = a.where;
  out.own_precision = k.precision != nullptr;
  bool ok = true;
  for (const toml_entry& e : a.entries) {
    std::string* field = e.key == "row" ? &out.row : e.key == "column" ? &out.column : nullptr;
    if (!field) {
      diags.error(codes::bad_anchor, e.key_where,
                  "a table-cell anchor of '" + k.id + "' has row and column, not '" + e.key + "'");
      ok = false;
    } else if (e.value.kind != node_kind::string ||
               e.value.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      diags.error(codes::bad_anchor, e.value.where,
                  "the " + e.key + " of the anchor of '" + k.id +
                      "' must be a non-empty string: a row label or column header of the draft");
      ok = false;
    } else {
      *field = e.value.text;
    }
  }
  if (ok && (out.row.empty() || out.column.empty())) {
    diags.error(codes::bad_anchor, a.where,
                "a table-cell anchor of '" + k.id + "' needs both a row and a column");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<anchor_ref> read_anchor(const claim_keys& k, diagnostics& diags) {
  const toml_node& a = *k.anchor;
  if (a.kind == node_kind::table) return read_cell_anchor(k, diags);
  if (a.kind != node_kind::string) {
    diags.error(codes::bad_anchor, a.where,
                "the anchor of '" + k.id +
                    "' must be a string: words of the draft that its value follows, not a " +
                    kind_name(a));
    return std::nullopt;
  }
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.error(
        codes::bad_anchor, a.where,
        "the anchor of '" + k.id + "' is empty; give words of the draft that its value follows");
    return std::nullopt;
  }
  anchor_ref out;
  out.text = a.text;
  out.where = a.where;
  out.own_precision = k.precision != nullptr;
  return out;
}

std::optional<built_claim> build_anchored_claim(const claim_keys& k, double slack,
                                                diagnostics& diags) {
  if (k.value) {
    diags.error(codes::anchor_and_value, k.anchor->where,
                "'" + k.id + "' has both a value and an anchor; give one of them");
    return std::nullopt;
  }
  auto anchor = read_anchor(k, diags);
  bool ok = anchor.has_value();
  int pick = 1;
  if (k.pick) ok = read_pick(k, pick, diags) && ok;
  if (anchor) anchor->pick = pick;
  if (anchor) anchor->pick_given = k.pick != nullptr;
  ok = no_value_keys(k, diags) && ok;
  if (k.unit) {
    auto u = read_unit_key(k, diags);
    ok = u.has_value() && ok;
    if (u && anchor) {
      anchor->unit_of = u;
      anchor->unit_where = k.unit->where;
    }
  }
  built_claim out;
  if (k.precision) {
    auto read = read_precision(k, diags);
    ok = read.has_value() && ok;
    if (read) out.c.prec = *read;
  }
  ok = read_text(k.note, "note", k.id, out.c.note, diags) && ok;
  if (!ok) return std::nullopt;
  out.c.slack = slack;
  out.c.where = k.anchor->where;
  out.c.anchor = std::move(anchor);
  return out;
}

}  // namespace

bool is_reserved_key(const std::string& key) {
  return key == "value" || key == "unit" || key == "quote" || key == "precision" ||
         key == "qualifier" || key == "note" || key == "anchor" || key == "pick";
}

claim_keys keys_of(const std::string& id, const toml_node& table) {
  return {id,
          table.get("value"),
          table.get("unit"),
          table.get("precision"),
          table.get("qualifier"),
          table.get("quote"),
          table.get("note"),
          table.get("anchor"),
          table.get("pick")};
}

std::optional<built_claim> build_claim(const claim_keys& k, double slack, diagnostics& diags) {
  if (k.anchor) return build_anchored_claim(k, slack, diags);
  if (k.pick) {
    diags.error(codes::bad_pick, k.pick->where,
                "'" + k.id +
                    "' has a pick but no anchor; pick chooses among the quantities after "
                    "an anchor");
    return std::nullopt;
  }
  auto value = read_value(k, diags);
  bool ok = value.has_value();
  if (k.qualifier) ok = apply_qualifier(k, value ? &*value : nullptr, diags) && ok;
  precision p;
  if (k.precision) {
    auto read = read_precision(k, diags);
    ok = read.has_value() && ok;
    if (read) p = *read;
  } else if (value && value->half_width) {
    p = {precision::kind::half_width, *value->half_width};
  }
  built_claim out;
  ok = read_text(k.quote, "quote", k.id, out.c.quote, diags) && ok;
  ok = read_text(k.note, "note", k.id, out.c.note, diags) && ok;
  if (!ok) return std::nullopt;
  out.c.written = value->written;
  out.c.slack = slack;
  set_claim_value(out.c, value->q, p);
  out.c.where = k.value->where;
  if (k.quote) out.quote_where = k.quote->where;
  return out;
}

source_range inside_string(const toml_node& s, std::size_t offset) {
  std::string_view raw = s.where.text();
  std::size_t open = 1;
  if (raw.starts_with("\"\"\"") || raw.starts_with("'''")) {
    open = 3;
    if (raw.substr(3).starts_with("\r\n")) {
      open += 2;
    } else if (raw.substr(3).starts_with("\n")) {
      open += 1;
    }
  }
  offset = std::min(offset, s.text.size());
  std::string_view decoded(s.text);
  if (raw.size() < open + offset || raw.substr(open, offset) != decoded.substr(0, offset)) {
    return s.where;
  }
  std::size_t at = s.where.begin + open + offset;
  return {s.where.file, at, at + 1};
}

}  // namespace crossfoot::figures_detail

namespace crossfoot {

void set_claim_value(claim& c, const quantity& q, const precision& implied) {
  if (!c.anchor || !c.anchor->own_precision) c.prec = implied;
  c.q = q;
  c.value = to_interval(q, c.prec, c.slack);
}

bool figure_set::has_unbound_anchors() const {
  for (const auto& f : figures) {
    for (const auto& c : f.claims) {
      if (c.awaits_draft()) return true;
    }
  }
  return false;
}

}  // namespace crossfoot
