// Reading the lexicon's table (lexicon_words.cpp) once, at first use, into rows and an index.
#include "quantity/lexicon.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "core/text.hpp"

namespace crossfoot::lexicon {

namespace detail {
extern const std::string_view table;
}

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(word_class::count)> class_names = {
    "currency",
    "currency_before",
    "currency_after",
    "scale",
    "glued_scale",
    "plural_scale",
    "percent",
    "sign",
    "flow",
    "flow_modifier",
    "aspect",
    "direction",
    "comparative",
    "level_cue",
    "qualifier",
    "qualifier_inside",
    "qualifier_after",
    "verb",
    "filler",
    "preposition",
    "pronoun",
    "clause_break",
    "noun_stop",
    "denominator_stop",
    "joiner",
    "month",
    "calendar_before",
    "calendar_after",
    "not_before_fraction",
    "reference",
    "ordinal",
    "rank_verb",
    "cardinal",
    "fraction",
    "multiple",
    "digit_class",
    "not_counted",
    "noun_time",
    "noun_physical",
    "noun_enumeration",
    "noun_entity",
    "noun_stock",
    "ing_noun",
    "counting_subject",
    "plural",
    "not_plural",
    "national",
    "overall",
    "world",
    "previous_cue",
    "open_ending",
    "counted_modifier",
    "rate_noun",
    "share_noun",
    "points_noun",
    "growth_noun",
    "yoy_word",
    "weight_noun",
    "month_lead",
    "period_lead",
    "span_end",
    "year_ago",
    "average_word",
    "sub_row_mark",
    "member_noun",
    "column_role",
    "revision_word",
    "sign_of",
    "share_cue",
    "year_to_date",
    "series",
    "index_noun",
    "contribution_word",
    "aggregate",
    "age_lead",
    "duration_lead",
    "complement_lead",
    "report_verb",
    "exclusion_word",
    "publisher",
    "basis_lead",
    "rate_measure",
    "count_measure",
    "population_group",
    "valuation",
    "point_fraction",
    "base_opening",
    "headline_index",
    "earlier_word",
    "rate_span",
    "span_base",
    "base_lead",
    "after_word",
    "age_span",
    "not_a_currency",
    "age_up",
    "group_lead",
    "ordinal_suffix",
    "status_mark",
    "period_noun",
    "person_measure",
    "price_basis",
    "roman_numeral",
    "index_rate",
    "index_base",
    "whole_index_label",
    "list_next",
    "change_noun",
    "set_lead",
    "capitalised",
    "scaled_only"};

std::optional<word_class> class_named(std::string_view name) {
  for (std::size_t i = 0; i < class_names.size(); ++i) {
    if (class_names[i] == name) return static_cast<word_class>(i);
  }
  return std::nullopt;
}

struct table_state {
  std::vector<entry> rows;
  std::unordered_map<std::string_view, std::size_t> index;
  std::vector<std::string> problems;
};

std::optional<int> whole_number(std::string_view v) {
  int n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc{} || end != v.data() + v.size()) return std::nullopt;
  return n;
}

std::optional<qualifier> qualifier_named(std::string_view v) {
  static constexpr std::pair<std::string_view, qualifier> names[] = {
      {"nearly", qualifier::nearly},       {"about", qualifier::about},
      {"more_than", qualifier::more_than}, {"less_than", qualifier::less_than},
      {"at_least", qualifier::at_least},   {"at_most", qualifier::at_most}};
  for (const auto& [name, q] : names) {
    if (name == v) return q;
  }
  return std::nullopt;
}

std::optional<flow_kind> flow_named(std::string_view v) {
  for (flow_kind f : {flow_kind::exports, flow_kind::imports, flow_kind::total, flow_kind::balance})
    if (v == to_string(f)) return f;
  return std::nullopt;
}

std::optional<direction> direction_named(std::string_view v) {
  if (v == "up") return direction::up;
  if (v == "down") return direction::down;
  return std::nullopt;
}

// A payload `name=value`: sets the class of that name (when there is one) and the value.
// Returns an error message, or "".
std::string apply_payload(entry& e, std::string_view name, std::string_view value) {
  auto set_number = [&](int n) -> std::string {
    if (e.number != 0 && e.number != n) return "two different numbers";
    e.number = n;
    return "";
  };
  if (name == "currency" || name == "publisher") {
    // A publisher is not a currency word: its code sits in the same field, its class apart.
    e.currency = value;
  } else if (name == "unit") {
    e.unit = value;
    return "";
  } else if (name == "aspect" || name == "series" || name == "valuation" || name == "rate_span" ||
             name == "span_base" || name == "price_basis") {
    // A series, a valuation or a rate's span is named in the aspect's field: no word is two
    // of them.
    e.aspect = value;
  } else if (name == "column_role") {
    e.role = value;
  } else if (name == "sign_of") {
    e.sign_of = value;
  } else if (name == "aggregate" || name == "rate_measure" || name == "count_measure" ||
             name == "population_group") {
    e.family = value;
  } else if (name == "person_measure") {
    e.persons = value;
  } else if (name == "sign") {
    if (value != "-" && value != "+") return "sign is - or +";
    e.sign = value == "-" ? -1 : 1;
  } else if (name == "flow") {
    auto f = flow_named(value);
    if (!f) return "unknown flow";
    e.flow = *f;
  } else if (name == "direction" || name == "comparative") {
    auto d = direction_named(value);
    if (!d || (e.dir != direction::none && e.dir != *d)) return "bad or conflicting direction";
    e.dir = *d;
  } else if (name == "qualifier" || name == "qualifier_after") {
    auto q = qualifier_named(value);
    if (!q || (e.qual != qualifier::none && e.qual != *q)) return "bad or conflicting qualifier";
    e.qual = *q;
  } else if (name == "multiple") {
    e.factor = std::atof(std::string(value).c_str());
    if (e.factor <= 0) return "a multiple is a positive factor";
  } else {
    auto n = whole_number(value);
    if (!n) return "expected a whole number";
    if (std::string err = set_number(*n); !err.empty()) return err;
  }
  auto c = class_named(name);
  if (!c) return "no class named '" + std::string(name) + "'";
  e.classes.set(static_cast<std::size_t>(*c));
  return "";
}

void read_row(table_state& s, std::string_view line, int line_no) {
  auto problem = [&](const std::string& what) {
    s.problems.push_back(fmt::format("lexicon line {}: {}: {}", line_no, what, line));
  };
  const std::size_t bar = line.find(" | ");
  if (bar == std::string_view::npos) return problem("expected 'text | classes'");
  entry e;
  e.text = trim_blank(line.substr(0, bar));
  if (e.text.empty() || ascii_lower(e.text) != e.text) return problem("text must be lower case");
  std::string_view rest = line.substr(bar + 3);
  while (!(rest = trim_blank(rest)).empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view token = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space);
    const std::size_t eq = token.find('=');
    if (eq != std::string_view::npos) {
      if (std::string err = apply_payload(e, token.substr(0, eq), token.substr(eq + 1));
          !err.empty())
        return problem(err + " in '" + std::string(token) + "'");
    } else if (auto c = class_named(token)) {
      e.classes.set(static_cast<std::size_t>(*c));
    } else {
      return problem("no class named '" + std::string(token) + "'");
    }
  }
  if (e.classes.none() && e.unit.empty()) return problem("a row without classes");
  if (!s.index.try_emplace(e.text, s.rows.size()).second) return problem("written twice");
  s.rows.push_back(e);
}

table_state read_table() {
  table_state s;
  std::string_view t = detail::table;
  int line_no = 0;
  while (!t.empty()) {
    const std::size_t nl = t.find('\n');
    std::string_view line = t.substr(0, nl);
    t = nl == std::string_view::npos ? std::string_view() : t.substr(nl + 1);
    ++line_no;
    if (const std::size_t hash = line.find('#'); hash == 0) line = {};
    if (!trim_blank(line).empty()) read_row(s, line, line_no);
  }
  return s;
}

const table_state& state() {
  static const table_state s = [] {
    table_state t = read_table();
    // Compiled-in data: a malformed table is a programming error the unit tests catch.
    if (!t.problems.empty()) {
      for (const std::string& p : t.problems) std::fprintf(stderr, "%s\n", p.c_str());
      std::abort();
    }
    return t;
  }();
  return s;
}

}  // namespace

const char* to_string(flow_kind f) {
  switch (f) {
    case flow_kind::exports:
      return "exports";
    case flow_kind::imports:
      return "imports";
    case flow_kind::total:
      return "total";
    case flow_kind::balance:
      return "balance";
    case flow_kind::none:
      break;
  }
  return "";
}

std::span<const entry> entries() {
  return state().rows;
}

const entry* find(std::string_view lower) {
  const table_state& s = state();
  auto it = s.index.find(lower);
  return it == s.index.end() ? nullptr : &s.rows[it->second];
}

bool is(std::string_view lower, word_class c) {
  const entry* e = find(lower);
  return e && e->is(c);
}

std::vector<const entry*> of_class(word_class c) {
  std::vector<const entry*> out;
  for (const entry& e : entries()) {
    if (e.is(c)) out.push_back(&e);
  }
  return out;
}

std::string singular(std::string_view w) {
  std::string s(w);
  if (s.size() > 4 && s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 4 &&
      (s.ends_with("ches") || s.ends_with("shes") || s.ends_with("sses") || s.ends_with("xes"))) {
    return s.substr(0, s.size() - 2);
  }
  if (s.size() > 3 && s.back() == 's' && !s.ends_with("ss") && !s.ends_with("us") &&
      !s.ends_with("is")) {
    s.pop_back();
  }
  return s;
}

std::string counted_name(std::string_view w) {
  std::string s = singular(w);
  if (const entry* e = find(s); e && !e->unit.empty()) return std::string(e->unit);
  return s;
}

bool counted_thing(std::string_view w) {
  auto known = [](std::string_view x) {
    const entry* e = find(x);
    return e && (e->is(word_class::noun_time) || e->is(word_class::noun_physical) ||
                 e->is(word_class::noun_enumeration) || e->is(word_class::noun_entity) ||
                 e->is(word_class::noun_stock) || e->is(word_class::plural) || !e->unit.empty());
  };
  return known(w) || known(singular(w));
}

std::string_view class_name(word_class c) {
  return class_names[static_cast<std::size_t>(c)];
}

std::vector<std::string> table_problems() {
  return read_table().problems;
}

}  // namespace crossfoot::lexicon
