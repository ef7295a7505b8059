#include "gold_scoring.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <sstream>

#include "core/source.hpp"

namespace crossfoot::testing {

namespace {

std::vector<std::string> split(const std::string& s, char by) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == by) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::string singular_lower(std::string w) {
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss")) w.pop_back();
  return w;
}

bool values_agree(const std::string& gold, double lower, std::optional<double> upper) {
  auto parts = split(gold, '-');
  // A leading minus is a sign, not a range.
  if (!gold.empty() && gold[0] == '-') parts = {gold};
  auto near = [](const std::string& written, double v) {
    const std::size_t dot = written.find('.');
    const int decimals = dot == std::string::npos ? 0 : int(written.size() - dot - 1);
    const double g = std::stod(written);
    return std::fabs(g - v) <= 0.5 * std::pow(10.0, -decimals) + 1e-9 * std::fabs(g);
  };
  if (parts.size() == 2) return upper && near(parts[0], lower) && near(parts[1], *upper);
  return !upper && near(gold, lower);
}

bool units_agree(const std::string& gold, const std::string& got) {
  if (gold == "CNY") return got == "RMB";
  if (gold == "%" || gold == "pp" || got == "%" || got == "pp" || got == "RMB") return gold == got;
  if (got.empty()) return false;
  if (gold == "items") return true;
  std::set<std::string> mine;
  for (const auto& w : split(got, ' ')) mine.insert(singular_lower(w));
  for (const auto& w : split(gold, '_')) {
    if (w != "and" && w != "per" && mine.count(singular_lower(w))) return true;
  }
  return false;
}

std::string qualifier_name(qualifier q) {
  switch (q) {
    case qualifier::none:
      return "exact";
    case qualifier::nearly:
      return "nearly";
    case qualifier::about:
      return "about";
    case qualifier::more_than:
    case qualifier::at_least:
      return "more_than";
    case qualifier::less_than:
    case qualifier::at_most:
      return "less_than";
  }
  return "exact";
}

// Byte spans of the gold quotes in their lines, in gold order.
std::vector<std::pair<std::size_t, std::size_t>> gold_spans(const draft_extract& d,
                                                            const std::vector<gold_claim>& gold) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::map<std::pair<int, std::string>, std::size_t> next_search;
  for (const gold_claim& g : gold) {
    const std::string_view line = d.draft->line_text(g.line);
    const std::size_t line_start = static_cast<std::size_t>(line.data() - d.draft->text().data());
    std::size_t& from = next_search[{g.line, g.quoted_text}];
    const std::size_t at = line.find(g.quoted_text, from);
    EXPECT_NE(at, std::string_view::npos)
        << "gold quote not in line " << g.line << ": " << g.quoted_text;
    if (at == std::string_view::npos) {
      spans.emplace_back(0, 0);
      continue;
    }
    from = at + 1;
    spans.emplace_back(line_start + at, line_start + at + g.quoted_text.size());
  }
  return spans;
}

void tally(score& s, const gold_claim& g, const draft_claim* c) {
  kind_row& row = s.by_kind[g.kind];
  ++row.gold;
  if (!c) {
    s.misses.push_back(fmt::format("{}: not found: {}", g.line, g.quoted_text));
    return;
  }
  ++row.found;
  const bool vu =
      values_agree(g.value, editor_value(*c), c->upper) && units_agree(g.unit, editor_unit(*c));
  const bool k = g.kind == to_string(c->kind);
  const bool q = g.qualifier == qualifier_name(c->q.qual);
  s.value_unit += vu;
  s.kind += k;
  s.qualifier += q;
  row.value_unit += vu;
  row.kind += k;
  row.qualifier += q;
  if (!vu || !k || !q) {
    s.misses.push_back(fmt::format("{}: '{}' gold {} {} {} {}, got {} {} {} {}", g.line,
                                   g.quoted_text, g.value, g.unit, g.kind, g.qualifier,
                                   editor_value(*c), editor_unit(*c), to_string(c->kind),
                                   qualifier_name(c->q.qual)));
  }
}

}  // namespace

std::vector<gold_claim> read_gold(const std::string& path) {
  std::string error;
  auto text = read_file(path, error);
  EXPECT_TRUE(text) << error;
  std::vector<gold_claim> out;
  if (!text) return out;
  std::istringstream in(*text);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto f = split(line, '\t');
    EXPECT_EQ(f.size(), 6u) << path << ": " << line;
    if (f.size() != 6) continue;
    out.push_back({std::stoi(f[0]), f[1], f[2], f[3], f[4], f[5]});
  }
  return out;
}

score score_extract(const draft_extract& d, const std::vector<gold_claim>& gold) {
  score s;
  s.gold = static_cast<int>(gold.size());
  s.extracted = static_cast<int>(d.claims.size());
  const auto spans = gold_spans(d, gold);
  std::vector<bool> used(d.claims.size(), false);
  std::vector<const draft_claim*> matched(d.claims.size(), nullptr);
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const gold_claim& g = gold[i];
    const draft_claim* best = nullptr;
    std::size_t best_index = 0;
    for (std::size_t j = 0; j < d.claims.size(); ++j) {
      const draft_claim& c = d.claims[j];
      if (used[j] || c.from.line != g.line) continue;
      if (c.end <= spans[i].first || c.begin >= spans[i].second) continue;
      const bool agrees =
          values_agree(g.value, editor_value(c), c.upper) && units_agree(g.unit, editor_unit(c));
      if (!best || agrees) best = &c, best_index = j;
      if (agrees) break;
    }
    if (best) used[best_index] = true, matched[best_index] = best;
    tally(s, g, best);
    if (best) {
      const bool right = g.kind == to_string(best->kind);
      s.by_kind[to_string(best->kind)].extracted_right += right;
    }
  }
  for (std::size_t j = 0; j < d.claims.size(); ++j) {
    ++s.by_kind[to_string(d.claims[j].kind)].extracted;
    if (!used[j]) {
      s.misses.push_back(fmt::format("{}:{}: extra: '{}' ({})", d.claims[j].from.line,
                                     d.claims[j].from.col, d.claims[j].written,
                                     to_string(d.claims[j].kind)));
    }
  }
  return s;
}

std::string kind_table(const score& s) {
  std::string out =
      "| kind | gold | found | value+unit | kind right | qualifier right | extracted as kind | "
      "kind precision |\n|---|---|---|---|---|---|---|---|\n";
  auto pct = [](int a, int b) {
    return b == 0 ? std::string("-") : fmt::format("{:.1f}%", 100.0 * a / b);
  };
  for (const auto& [kind, r] : s.by_kind) {
    out += fmt::format("| {} | {} | {} | {} ({}) | {} ({}) | {} ({}) | {} | {} |\n", kind, r.gold,
                       r.found, r.value_unit, pct(r.value_unit, r.gold), r.kind,
                       pct(r.kind, r.gold), r.qualifier, pct(r.qualifier, r.gold), r.extracted,
                       pct(r.extracted_right, r.extracted));
  }
  out += fmt::format(
      "| **all** | {} | | recall {} / precision {} | recall {} / precision {} | recall {} / "
      "precision {} | {} | |\n",
      s.gold, pct(s.value_unit, s.gold), pct(s.value_unit, s.extracted), pct(s.kind, s.gold),
      pct(s.kind, s.extracted), pct(s.qualifier, s.gold), pct(s.qualifier, s.extracted),
      s.extracted);
  return out;
}

}  // namespace crossfoot::testing
