// The figures file of a draft: one table per suggested id (an array of tables when ids
// collide), each with a value that parse_quantity reads back, the quote that locates it and a
// note with its kind and place. Every value is checked by parsing it, so the file loads.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

#include "core/text.hpp"
#include "extract/extract.hpp"

namespace crossfoot {

namespace {

std::string toml_string(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\u{:04X}", c);
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string number_text(double v, int decimals) {
  return fmt::format("{:.{}f}", v, std::clamp(decimals, 0, 12));
}

std::string plural(const std::string& thing) {
  const bool acronym =
      std::all_of(thing.begin(), thing.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (acronym || thing.empty()) return thing;
  if (thing.ends_with("y") && thing.size() > 1 &&
      std::string_view("aeiou").find(thing[thing.size() - 2]) == std::string_view::npos)
    return thing.substr(0, thing.size() - 1) + "ies";
  if (thing.ends_with("s") || thing.ends_with("x") || thing.ends_with("ch") ||
      thing.ends_with("sh"))
    return thing + "es";
  return thing + "s";
}

struct value_text {
  std::string value;
  std::optional<double> precision;  // half-width, for ranges
};

value_text value_of(const draft_claim& c) {
  double number = c.q.number;
  int decimals = c.q.decimals;
  std::optional<double> precision;
  if (c.upper) {
    number = (c.q.number + *c.upper) / 2;
    precision = (*c.upper - c.q.number) / 2;
    decimals += 1;
  }
  const unit& u = c.q.written_unit;
  std::string qual = c.q.qual == qualifier::none ? "" : std::string(to_string(c.q.qual)) + " ";
  std::string n = number_text(number, decimals);
  std::string scale = u.scale_word.empty() ? "" : " " + u.scale_word;
  if (u.style == unit_style::percent) return {qual + n + "%", precision};
  if (u.style == unit_style::points) return {qual + n + "pp", precision};
  if (u.dim.dimensionless()) return {qual + n + scale, precision};
  const std::string base = u.dim.to_string();
  if (is_currency(base)) return {qual + base + " " + n + scale, precision};
  return {qual + n + scale + " " + (number == 1 ? base : plural(base)), precision};
}

// A value the quantity grammar reads back; else the bare number, whose unit the note keeps.
value_text checked_value(const draft_claim& c) {
  value_text v = value_of(c);
  quantity_error error;
  auto parsed = parse_quantity(v.value, error);
  // The figures loader names a counted thing by its own rule ("entities" → "entitie"); what
  // matters is that the value reads back as a quantity of the same sort.
  if (parsed && parsed->written_unit.style == c.q.written_unit.style &&
      parsed->written_unit.dim.dimensionless() == c.q.written_unit.dim.dimensionless())
    return v;
  draft_claim bare = c;
  bare.q.written_unit =
      unit{dimension{}, unit_style::level, c.q.written_unit.scale_exp, c.q.written_unit.scale_word};
  if (bare.q.written_unit.scale_word.empty()) bare.q.written_unit = unit::number();
  return value_of(bare);
}

// How many times (counting to two) each claim's written text occurs in a draft of ordinary
// size: one pass over the text per distinct length of written text, with a rolling hash, in
// place of a search of the whole text for every claim.
class occurrences {
 public:
  static constexpr std::size_t searched = 256 * 1024;

  occurrences(std::string_view text, const std::vector<draft_claim>& claims) {
    if (text.size() > searched) return;
    std::map<std::size_t, std::unordered_map<std::uint64_t, std::vector<std::string_view>>>
        by_length;
    for (const draft_claim& c : claims) {
      if (c.written.empty() || counts_.contains(c.written)) continue;
      counts_[c.written] = 0;
      by_length[c.written.size()][hash(c.written)].push_back(c.written);
    }
    for (const auto& [length, patterns] : by_length) count(text, length, patterns);
  }
  /// Whether `written` occurs exactly once (false for drafts too large to search).
  bool once(std::string_view written) const {
    auto it = counts_.find(written);
    return it != counts_.end() && it->second == 1;
  }

 private:
  static constexpr std::uint64_t base = 1099511628211ULL;
  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 0;
    for (char c : s) h = h * base + static_cast<unsigned char>(c);
    return h;
  }
  void count(std::string_view text, std::size_t length,
             const std::unordered_map<std::uint64_t, std::vector<std::string_view>>& patterns) {
    if (text.size() < length) return;
    std::uint64_t top = 1;  // base^(length - 1)
    for (std::size_t i = 1; i < length; ++i) top *= base;
    std::uint64_t h = hash(text.substr(0, length));
    for (std::size_t at = 0;; ++at) {
      if (auto it = patterns.find(h); it != patterns.end()) {
        for (std::string_view p : it->second) {
          int& n = counts_[p];
          if (n < 2 && text.substr(at, length) == p) ++n;
        }
      }
      if (at + length >= text.size()) break;
      h = (h - static_cast<unsigned char>(text[at]) * top) * base +
          static_cast<unsigned char>(text[at + length]);
    }
  }
  std::unordered_map<std::string_view, int> counts_;
};

// The claim alone when it occurs once in the draft, so that findings point at the number
// itself; else a few words before it on its line. Uniqueness is only searched for in drafts
// of ordinary size (occurrences::searched), which keeps a huge draft linear to write.
std::string quote_of(const draft_claim& c, const std::string& text, const occurrences& seen) {
  if (seen.once(c.written)) return std::string(c.written);
  // Looks back a bounded way only: claims on a 10 MB line must not each rescan it.
  std::size_t line_start = c.begin > 80 ? c.begin - 80 : 0;
  for (std::size_t i = c.begin; i > line_start; --i) {
    if (text[i - 1] == '\n') {
      line_start = i;
      break;
    }
  }
  std::size_t from = c.begin;
  int words = 0;
  while (from > line_start && words < 3 && c.begin - from < 60) {
    --from;
    if (text[from] == ' ' && from + 1 < c.begin && text[from + 1] != ' ') ++words;
  }
  if (words == 3) ++from;
  from = std::min(utf8_ceil(text, from), c.begin);
  return text.substr(from, c.end - from);
}

std::string safe_id(const std::string& id) {
  std::string out;
  std::size_t at = 0;
  while (at <= id.size()) {
    std::size_t dot = id.find('.', at);
    if (dot == std::string::npos) dot = id.size();
    std::string seg = id.substr(at, dot - at);
    if (seg.empty()) seg = "claim";
    // [document] is the figures file's own table.
    if (out.empty() && seg == "document") seg += '_';
    static const char* reserved[] = {"value",     "unit", "quote",  "precision",
                                     "qualifier", "note", "anchor", "pick"};
    for (const char* r : reserved) {
      if (seg == r) seg += '_';
    }
    // A period range is a quoted key: ea19."2019-01/2019-09".exports.
    const bool bare = std::all_of(seg.begin(), seg.end(),
                                  [](char c) { return is_ascii_alnum(c) || c == '_' || c == '-'; });
    if (!bare) seg = toml_string(seg);
    out += (out.empty() ? "" : ".") + seg;
    at = dot + 1;
  }
  return out;
}

std::string table(const draft_claim& c, const std::string& id, bool array, const draft_extract& d,
                  const claim_anchor* anchor, const occurrences& seen) {
  std::string out = array ? "[[" + id + "]]\n" : "[" + id + "]\n";
  if (anchor) {
    out += "anchor = " + toml_string(anchor->text) + "\n";
    if (anchor->pick > 1) out += fmt::format("pick = {}\n", anchor->pick);
  } else {
    const value_text v = checked_value(c);
    out += "value = " + toml_string(v.value) + "\n";
    if (v.precision && *v.precision > 0 && std::isfinite(*v.precision))
      out += fmt::format("precision = {}\n", *v.precision);
    out += "quote = " + toml_string(quote_of(c, d.draft->text(), seen)) + "\n";
  }
  out += "note = " +
         toml_string(fmt::format("{} at {}:{}; written {}", to_string(c.kind), d.draft->name(),
                                 d.draft->place(c.begin, c.from), c.written)) +
         "\n\n";
  return out;
}

std::string string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + toml_string(items[i]);
  return out + "]";
}

}  // namespace

std::string to_figures_toml(const draft_extract& d, const std::string& source) {
  figures_toml_options o;
  o.preamble = "# Figures read from " + d.draft->name() +
               " by crossfoot extract. Rename ids to match your rules.\n";
  return to_figures_toml(d, source, o);
}

std::string to_figures_toml(const draft_extract& d, const std::string& source,
                            const figures_toml_options& o) {
  const occurrences seen(d.draft->text(), d.claims);
  std::map<std::string, std::vector<std::size_t>> by_id;
  for (std::size_t i = 0; i < d.claims.size(); ++i) by_id[safe_id(d.claims[i].id)].push_back(i);
  std::string out = o.preamble + "\n";
  out += "[document]\nsource = " + toml_string(source) + "\n";
  if (!d.period.empty()) out += "period = " + toml_string(d.period) + "\n";
  if (!o.rules.empty()) out += "rules = " + string_array(o.rules) + "\n";
  out += "\n";
  // std::map orders ids so that a table comes before its children, as TOML needs.
  for (const auto& [id, claims] : by_id) {
    for (std::size_t i : claims) {
      const claim_anchor* anchor = i < o.anchors.size() && o.anchors[i] ? &*o.anchors[i] : nullptr;
      out += table(d.claims[i], id, claims.size() > 1, d, anchor, seen);
    }
  }
  return out;
}

}  // namespace crossfoot
