// The figures file of a draft: one table per suggested id (an array of tables when ids
// collide), each with a value that parse_quantity reads back, the quote that locates it and a
// note with its kind and place. Every value is checked by parsing it, so the file loads.
//
// Memory: a claim is kept in 32 bytes (what the file shows of it: the number, its place, kind,
// qualifier, pooled unit and id), and the file is written a table at a time, in order of ids,
// so that a draft of millions of claims needs neither its claims nor its figures file whole.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <deque>
#include <map>
#include <numeric>
#include <ostream>
#include <unordered_map>

#include "core/dictionary.hpp"
#include "core/text.hpp"
#include "extract/extract.hpp"

namespace crossfoot {

namespace {

// Appends `s` as the inside of a TOML basic string: quotes, backslashes and control bytes
// escaped, every other byte as it is (runs of them at once).
void append_escaped(std::string& out, std::string_view s) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    const unsigned char c = static_cast<unsigned char>(ch);
    if (ch != '"' && ch != '\\' && c >= 0x20 && c != 0x7F) continue;
    out.append(s, from, i - from);
    from = i + 1;
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else {
      out += fmt::format("\\u{:04X}", c);
    }
  }
  out.append(s, from);
}

void append_toml_string(std::string& out, std::string_view s) {
  out += '"';
  append_escaped(out, s);
  out += '"';
}

std::string toml_string(std::string_view s) {
  std::string out;
  append_toml_string(out, s);
  return out;
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

// What the value of a claim is written from.
struct value_parts {
  double number = 0;
  int decimals = 0;
  qualifier qual = qualifier::none;
  std::optional<double> upper;
};

value_text value_of(const value_parts& c, const unit& u) {
  double number = c.number;
  int decimals = c.decimals;
  std::optional<double> precision;
  if (c.upper) {
    number = (c.number + *c.upper) / 2;
    precision = (*c.upper - c.number) / 2;
    decimals += 1;
  }
  std::string qual = c.qual == qualifier::none ? "" : std::string(to_string(c.qual)) + " ";
  std::string n = number_text(number, decimals);
  std::string scale = u.scale_word.empty() ? "" : " " + u.scale_word;
  if (u.style == unit_style::percent) return {qual + n + "%", precision};
  if (u.style == unit_style::points) return {qual + n + "pp", precision};
  if (u.dim.dimensionless()) return {qual + n + scale, precision};
  const std::string base = u.dim.to_string();
  if (is_currency(base)) return {qual + base + " " + n + scale, precision};
  return {qual + n + scale + " " + (number == 1 ? base : plural(base)), precision};
}

// Whether a value's text reads back as a quantity of the sort of unit `u`, remembered for the
// last few thousand texts: a draft of millions of claims repeats its values ("5.1%", "EUR 7
// million"), and reading one back takes the quantity grammar.
class read_back {
 public:
  bool operator()(const std::string& value, const unit& u) {
    std::string key = value;
    key += '\0';
    key += static_cast<char>(u.style);
    key += u.dim.dimensionless() ? '1' : '0';
    if (auto it = known_.find(key); it != known_.end()) return it->second;
    quantity_error error;
    auto parsed = parse_quantity(value, error);
    // The figures loader names a counted thing by its own rule ("entities" → "entitie"); what
    // matters is that the value reads back as a quantity of the same sort.
    const bool same = parsed && parsed->written_unit.style == u.style &&
                      parsed->written_unit.dim.dimensionless() == u.dim.dimensionless();
    if (known_.size() >= kept) known_.clear();
    known_.emplace(std::move(key), same);
    return same;
  }

 private:
  static constexpr std::size_t kept = 4096;
  std::unordered_map<std::string, bool> known_;
};

// A value the quantity grammar reads back; else the bare number, whose unit the note keeps.
value_text checked_value(const value_parts& c, const unit& u, read_back& reads_back) {
  value_text v = value_of(c, u);
  if (reads_back(v.value, u)) return v;
  unit bare{dimension{}, unit_style::level, u.scale_exp, u.scale_word};
  if (bare.scale_word.empty()) bare = unit::number();
  return value_of(c, bare);
}

// How many times (counting to two) each claim's written text occurs in a draft of ordinary
// size: one pass over the text per distinct length of written text, with a rolling hash, in
// place of a search of the whole text for every claim.
class occurrences {
 public:
  static constexpr std::size_t searched = 256 * 1024;

  // `written(i)` is the i-th of `n` claims' text as written.
  template <class written_of>
  occurrences(std::string_view text, std::size_t n, written_of written) {
    if (text.size() > searched) return;
    std::map<std::size_t, std::unordered_map<std::uint64_t, std::vector<std::string_view>>>
        by_length;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view w = written(i);
      if (w.empty() || counts_.contains(w)) continue;
      counts_[w] = 0;
      by_length[w.size()][hash(w)].push_back(w);
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
// itself; else a few words before it on its line, or its line up to it when only that occurs
// once. Uniqueness is only searched for in drafts of ordinary size (occurrences::searched),
// which keeps a huge draft linear to write.
std::string_view quote_of(std::size_t begin, std::size_t end, std::string_view text,
                          const occurrences& seen) {
  const std::string_view written = text.substr(begin, end - begin);
  if (seen.once(written)) return written;
  // Looks back a bounded way only: claims on a 10 MB line must not each rescan it.
  std::size_t line_start = begin > 80 ? begin - 80 : 0;
  bool whole_line = line_start == 0;  // the line starts within the bounded look back
  // A claim that opens a line of a paragraph ("females\n65,9%)") reads back over the line
  // break: the words before it are on the line above.
  const bool opens_wrapped_line =
      begin > 1 && text[begin - 1] == '\n' && text[begin - 2] != '\n' && text[begin] != '|';
  for (std::size_t i = opens_wrapped_line ? begin - 1 : begin; i > line_start; --i) {
    if (text[i - 1] == '\n') {
      line_start = i;
      whole_line = true;
      break;
    }
  }
  std::size_t from = begin;
  int words = 0;
  while (from > line_start && words < 3 && begin - from < 60) {
    --from;
    if (text[from] == ' ' && from + 1 < begin && text[from + 1] != ' ') ++words;
  }
  if (words == 3) ++from;
  from = std::min(utf8_ceil(text, from), begin);
  const std::string_view quote = text.substr(from, end - from);
  // "| 0.6 | 0.1" in two rows of a table: a quote found twice locates its first place only, so
  // it reads back from the line's start (the row's label) when that makes it occur once.
  auto once = [&](std::string_view q) {
    const std::size_t first = text.find(q);
    return first != std::string_view::npos && text.find(q, first + 1) == std::string_view::npos;
  };
  if (whole_line && from > line_start && text.size() <= occurrences::searched && !once(quote)) {
    const std::size_t start = std::min(utf8_ceil(text, line_start), begin);
    if (once(text.substr(start, end - start))) return text.substr(start, end - start);
  }
  return quote;
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

std::string string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + toml_string(items[i]);
  return out + "]";
}

figures_toml_options extract_options(const source_file& draft) {
  figures_toml_options o;
  o.preamble = "# Figures read from " + draft.name() +
               " by crossfoot extract. Rename ids to match your rules.\n";
  return o;
}

// Text is handed on a table at a time once this much is gathered.
constexpr std::size_t chunk_bytes = 1 << 16;

}  // namespace

struct figures_toml_writer::state {
  // What the file shows of a claim.
  struct kept {
    double number = 0;
    std::size_t begin = 0;  // the claim's bytes in the draft: [begin, begin + length)
    std::uint32_t length = 0;
    std::uint32_t id = 0;    // in ids: the claim's safe_id
    std::uint32_t unit = 0;  // in units
    // As written, clamped to [-1, 12]: number_text shows at most 12 decimals, after a range's
    // one more, and none below 0.
    std::int8_t decimals = 0;
    std::uint8_t qual = 0;  // qualifier
    std::uint8_t kind = 0;  // claim_kind
    bool ranged = false;    // the upper end of a range is in `uppers`
  };
  static_assert(sizeof(kept) == 32);

  source_ptr draft;
  std::deque<kept> claims;                             // a deque: no copy of them all as they grow
  std::vector<std::pair<std::size_t, double>> uppers;  // claim index -> upper end, in order
  dictionary ids;
  dictionary unit_keys;
  std::vector<unit> units;  // by unit_keys code
  // The codes of the last units unit_of found, most recent first (UINT32_MAX: none yet).
  std::array<std::uint32_t, 4> recent_units{UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX};

  std::uint32_t unit_of(const unit& u) {
    // Most claims have one of the last few units seen ("%" and "EUR million" in turn).
    for (std::uint32_t code : recent_units) {
      if (code < units.size() && same_unit(units[code], u)) return code;
    }
    const std::uint32_t code = unit_code(u);
    std::rotate(recent_units.rbegin(), recent_units.rbegin() + 1, recent_units.rend());
    recent_units.front() = code;
    return code;
  }
  std::uint32_t unit_code(const unit& u) {
    const std::string key = fmt::format("{}|{}|{}|{}", static_cast<int>(u.style), u.scale_exp,
                                        u.scale_word, u.dim.to_string());
    const std::uint32_t code = unit_keys.intern(key);
    if (code == units.size()) units.push_back(u);
    return code;
  }
  static bool same_unit(const unit& a, const unit& b) {
    return a.style == b.style && a.scale_exp == b.scale_exp && a.scale_word == b.scale_word &&
           a.dim == b.dim;
  }

  std::string_view written(const kept& k) const {
    return std::string_view(draft->text()).substr(k.begin, k.length);
  }
  value_parts value(std::size_t index) const {
    const kept& k = claims[index];
    value_parts v{k.number, k.decimals, static_cast<qualifier>(k.qual), std::nullopt};
    if (k.ranged) {
      auto it = std::lower_bound(uppers.begin(), uppers.end(), index,
                                 [](const auto& u, std::size_t i) { return u.first < i; });
      v.upper = it->second;
    }
    return v;
  }

  void table(std::string& out, std::size_t index, std::string_view id, bool array,
             const claim_anchor* anchor, const occurrences& seen, read_back& reads_back) const {
    const kept& k = claims[index];
    out += array ? "[[" : "[";
    out += id;
    out += array ? "]]\n" : "]\n";
    if (anchor) {
      out += "anchor = " + toml_string(anchor->text) + "\n";
      if (anchor->pick > 1) out += fmt::format("pick = {}\n", anchor->pick);
    } else {
      const value_text v = checked_value(value(index), units[k.unit], reads_back);
      out += "value = ";
      append_toml_string(out, v.value);
      out += '\n';
      if (v.precision && *v.precision > 0 && std::isfinite(*v.precision))
        out += fmt::format("precision = {}\n", *v.precision);
      out += "quote = ";
      append_toml_string(out, quote_of(k.begin, k.begin + k.length, draft->text(), seen));
      out += '\n';
    }
    // "KIND at NAME:PLACE; written TEXT", escaped piece by piece.
    out += "note = \"";
    append_escaped(out, to_string(static_cast<claim_kind>(k.kind)));
    out += " at ";
    append_escaped(out, draft->name());
    out += ':';
    append_escaped(out, draft->place(k.begin));
    out += "; written ";
    append_escaped(out, written(k));
    out += "\"\n\n";
  }

  // The claims in the file's order: by id as std::string orders them (so a table comes before
  // its children, as TOML needs), and in text order within an id; and how many share each id.
  std::vector<std::uint32_t> order(std::vector<std::uint32_t>& by_rank,
                                   std::vector<std::uint32_t>& count) const {
    by_rank.resize(ids.size());
    std::iota(by_rank.begin(), by_rank.end(), 0u);
    std::sort(by_rank.begin(), by_rank.end(),
              [&](std::uint32_t a, std::uint32_t b) { return ids.text(a) < ids.text(b); });
    count.assign(ids.size(), 0);
    for (const kept& k : claims) ++count[k.id];
    // Where each id's claims start in the order, then a counting sort (stable: text order).
    std::vector<std::uint32_t> next(ids.size());
    std::uint32_t at = 0;
    for (std::uint32_t id : by_rank) {
      next[id] = at;
      at += count[id];
    }
    std::vector<std::uint32_t> out(claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i)
      out[next[claims[i].id]++] = static_cast<std::uint32_t>(i);
    return out;
  }

  void write(const std::string& source, const std::string& period, const figures_toml_options& o,
             const std::function<void(std::string&)>& flush) const {
    const occurrences seen(draft->text(), claims.size(),
                           [&](std::size_t i) { return written(claims[i]); });
    std::string out = o.preamble + "\n";
    out += "[document]\nsource = " + toml_string(source) + "\n";
    if (!period.empty()) out += "period = " + toml_string(period) + "\n";
    if (!o.rules.empty()) out += "rules = " + string_array(o.rules) + "\n";
    out += "\n";
    std::vector<std::uint32_t> by_rank, count;
    const std::vector<std::uint32_t> ordered = order(by_rank, count);
    read_back reads_back;
    std::size_t at = 0;
    for (std::uint32_t id : by_rank) {
      for (std::uint32_t n = 0; n < count[id]; ++n) {
        const std::size_t i = ordered[at++];
        const claim_anchor* anchor =
            i < o.anchors.size() && o.anchors[i] ? &*o.anchors[i] : nullptr;
        table(out, i, ids.text(id), count[id] > 1, anchor, seen, reads_back);
        if (out.size() >= chunk_bytes) flush(out);
      }
    }
    flush(out);
  }
};

figures_toml_writer::figures_toml_writer(source_ptr draft) : s_(std::make_unique<state>()) {
  s_->draft = std::move(draft);
}

figures_toml_writer::~figures_toml_writer() = default;

void figures_toml_writer::add(const draft_claim& c) {
  state& s = *s_;
  // The note's place is found again from the offset (source_file::locate gives what the reader's
  // walk gave).
  assert(s.draft->locate(c.begin).line == c.from.line &&
         s.draft->locate(c.begin).col == c.from.col);
  state::kept k;
  k.number = c.q.number;
  k.begin = c.begin;
  k.length = static_cast<std::uint32_t>(c.end - c.begin);
  k.id = s.ids.intern(safe_id(c.id));
  k.unit = s.unit_of(c.q.written_unit);
  k.decimals = static_cast<std::int8_t>(std::clamp(c.q.decimals, -1, 12));
  k.qual = static_cast<std::uint8_t>(c.q.qual);
  k.kind = static_cast<std::uint8_t>(c.kind);
  k.ranged = c.upper.has_value();
  if (c.upper) s.uppers.emplace_back(s.claims.size(), *c.upper);
  s.claims.push_back(k);
}

void figures_toml_writer::write(std::ostream& out, const std::string& source,
                                const std::string& period) const {
  write(out, source, period, extract_options(*s_->draft));
}

void figures_toml_writer::write(std::ostream& out, const std::string& source,
                                const std::string& period, const figures_toml_options& o) const {
  s_->write(source, period, o, [&](std::string& text) {
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    text.clear();
  });
}

std::string figures_toml_writer::text(const std::string& source, const std::string& period,
                                      const figures_toml_options& o) const {
  std::string all;
  s_->write(source, period, o, [&](std::string& text) {
    all += text;
    text.clear();
  });
  return all;
}

std::string to_figures_toml(const draft_extract& d, const std::string& source) {
  return to_figures_toml(d, source, extract_options(*d.draft));
}

std::string to_figures_toml(const draft_extract& d, const std::string& source,
                            const figures_toml_options& o) {
  figures_toml_writer w(d.draft);
  for (const draft_claim& c : d.claims) w.add(c);
  return w.text(source, d.period, o);
}

}  // namespace crossfoot
