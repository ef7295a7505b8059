#include "gold_scoring.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cctype>
#include <climits>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/checked_cast.hpp"
#include "core/source.hpp"
#include "quantity/lexicon.hpp"

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
  // "persons" and "people" count one thing: the lexicon's counted name, as the tool uses.
  auto name = [](const std::string& w) {
    return crossfoot::lexicon::counted_name(singular_lower(w));
  };
  std::set<std::string> mine;
  for (const auto& w : split(got, ' ')) mine.insert(name(w));
  for (const auto& w : split(gold, '_')) {
    if (w != "and" && w != "per" && mine.count(name(w))) return true;
  }
  return false;
}

// The draft's lines, without their line ends, numbered from 1 (index 0 is unused).
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines{std::string_view{}};
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// 1-based code-point column of byte `at` in `line`.
int column_of(std::string_view line, std::size_t at) {
  int col = 1;
  for (std::size_t i = 0; i < at && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  }
  return col;
}

// Column spans [from, to) of the gold quotes in their lines, in gold order.
std::vector<std::pair<int, int>> gold_spans(std::string_view text,
                                            const std::vector<gold_claim>& gold) {
  const auto lines = lines_of(text);
  std::vector<std::pair<int, int>> spans;
  std::map<std::pair<int, std::string>, std::size_t> next_search;
  for (const gold_claim& g : gold) {
    const std::string_view line = g.line > 0 && g.line < std::ssize(lines)
                                      ? lines[checked_cast<std::size_t>(g.line)]
                                      : std::string_view{};
    std::size_t& from = next_search[{g.line, g.quoted_text}];
    const std::size_t at = line.find(g.quoted_text, from);
    EXPECT_NE(at, std::string_view::npos)
        << "gold quote not in line " << g.line << ": " << g.quoted_text;
    if (at == std::string_view::npos) {
      spans.emplace_back(0, 0);
      continue;
    }
    from = at + 1;
    spans.emplace_back(column_of(line, at), column_of(line, at + g.quoted_text.size()));
  }
  return spans;
}

bool agrees(const gold_claim& g, const scored_claim& c) {
  return values_agree(g.value, c.value, c.upper) && units_agree(g.unit, c.unit);
}

void tally(score& s, const gold_claim& g, const scored_claim* c) {
  kind_row& row = s.by_kind[g.kind];
  ++row.gold;
  if (!c) {
    s.misses.push_back(fmt::format("{}: not found: {}", g.line, g.quoted_text));
    return;
  }
  ++row.found;
  const bool vu = agrees(g, *c);
  const bool k = g.kind == c->kind;
  const bool q = g.qualifier == c->qualifier;
  s.value_unit += vu;
  s.kind += k;
  s.qualifier += q;
  row.value_unit += vu;
  row.kind += k;
  row.qualifier += q;
  if (!vu || !k || !q) {
    s.misses.push_back(fmt::format("{}: '{}' gold {} {} {} {}, got {} {} {} {}", g.line,
                                   g.quoted_text, g.value, g.unit, g.kind, g.qualifier, c->value,
                                   c->unit, c->kind, c->qualifier));
  }
}

std::string gold_qualifier(const std::string& written) {
  if (written.empty() || written == "exact") return "exact";
  if (written == "more than" || written == "at least") return "more_than";
  if (written == "less than" || written == "at most") return "less_than";
  return written;
}

std::pair<int, int> place_of(const nlohmann::json& j) {
  const std::string s = j.is_string() ? j.get<std::string>() : "";
  const std::size_t colon = s.find(':');
  if (colon == std::string::npos) return {0, 0};
  return {std::stoi(s.substr(0, colon)), std::stoi(s.substr(colon + 1))};
}

}  // namespace

std::vector<gold_claim> read_gold(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<gold_claim> out;
  if (!in) return out;
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

std::vector<scored_claim> claims_from_json(const std::string& json) {
  std::vector<scored_claim> out;
  const auto j = nlohmann::json::parse(json, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << "extract gave no JSON: " << json.substr(0, 200);
  if (j.is_discarded() || !j.contains("claims")) return out;
  for (const auto& c : j["claims"]) {
    scored_claim s;
    std::tie(s.line, s.col) = place_of(c["from"]);
    std::tie(s.to_line, s.to_col) = place_of(c["to"]);
    s.value = c.value("value", 0.0);
    if (c.contains("upper")) s.upper = c["upper"].get<double>();
    s.unit = c.value("unit", "");
    s.kind = c.value("kind", "");
    s.qualifier = gold_qualifier(c.value("qualifier", ""));
    s.written = c.value("written", "");
    out.push_back(std::move(s));
  }
  return out;
}

score score_claims(std::string_view text, const std::vector<scored_claim>& claims,
                   const std::vector<gold_claim>& gold) {
  score s;
  s.gold = static_cast<int>(gold.size());
  s.extracted = static_cast<int>(claims.size());
  const auto spans = gold_spans(text, gold);
  std::vector<bool> used(claims.size(), false);
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const gold_claim& g = gold[i];
    const scored_claim* best = nullptr;
    std::size_t best_index = 0;
    for (std::size_t j = 0; j < claims.size(); ++j) {
      const scored_claim& c = claims[j];
      if (used[j] || c.line != g.line) continue;
      const int end = c.to_line > c.line ? INT_MAX : c.to_col;
      if (end <= spans[i].first || c.col >= spans[i].second) continue;
      const bool agree = agrees(g, c);
      if (!best || agree) best = &c, best_index = j;
      if (agree) break;
    }
    if (best) used[best_index] = true;
    tally(s, g, best);
    if (best) s.by_kind[best->kind].extracted_right += g.kind == best->kind;
  }
  for (std::size_t j = 0; j < claims.size(); ++j) {
    ++s.by_kind[claims[j].kind].extracted;
    if (!used[j]) {
      s.misses.push_back(fmt::format("{}:{}: extra: '{}' ({})", claims[j].line, claims[j].col,
                                     claims[j].written, claims[j].kind));
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
