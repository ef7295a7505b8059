#pragma once
// Random trade figures published the way a briefing publishes them: true values first, then
// rounded levels, shares of national flows nobody states, growth rates and a change in
// points, so that a consistent set can never be faulted by rounding.
#include <fmt/format.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace crossfoot::testing {

// One published value: where it sits in the TOML text and what it was.
struct published {
  std::string id;
  std::string text;  // as written: "EUR 123.45 billion", "12.3%"
  enum class kind { level, share, growth, change } what = kind::level;
};

struct family_truth {
  double exports, imports, export_growth, import_growth;
};

class published_set {
 public:
  published_set(std::mt19937& rng, int families) : rng_(rng) {
    for (int i = 0; i < families; ++i) {
      family_truth t{uniform(5, 400), uniform(5, 400), uniform(-0.15, 0.3), uniform(-0.15, 0.3)};
      truths_.push_back(t);
      total_exports_ += t.exports;
      total_imports_ += t.imports;
    }
    // The families are not all of the nation's trade.
    total_exports_ *= uniform(1.1, 2.0);
    total_imports_ *= uniform(1.1, 2.0);
    for (std::size_t i = 0; i < truths_.size(); ++i) publish_family(i);
  }

  std::vector<published> values;
  std::vector<std::vector<std::size_t>> tables;  // indices of `values`, one vector per table
  std::vector<std::string> headers;              // the id of each table
  double total_exports() const { return total_exports_; }

  // One table per family flow; a child with children of its own (the share with its previous
  // value and change) is an inline table, so the whole flow is one origin.
  std::string toml() const {
    std::string out;
    for (std::size_t t = 0; t < tables.size(); ++t) {
      out += "[" + headers[t] + "]\n";
      std::vector<std::pair<std::string, std::string>> inline_parts;
      std::string inline_key;
      auto rel_of = [&](std::size_t v) {
        return values[v].id == headers[t] ? std::string("value")
                                          : values[v].id.substr(headers[t].size() + 1);
      };
      bool nested = false;
      for (std::size_t v : tables[t]) nested = nested || rel_of(v).rfind("share.", 0) == 0;
      for (std::size_t v : tables[t]) {
        std::string rel = rel_of(v);
        auto dot = rel.find('.');
        std::string first = rel.substr(0, dot);
        if (first == "share" && nested) {
          inline_key = first;
          inline_parts.emplace_back(dot == std::string::npos ? "value" : rel.substr(dot + 1),
                                    values[v].text);
          continue;
        }
        out += fmt::format("{} = \"{}\"\n", rel, values[v].text);
      }
      if (inline_key.empty()) continue;
      std::string parts;
      for (const auto& [k, text] : inline_parts)
        parts += fmt::format("{}{} = \"{}\"", parts.empty() ? "" : ", ", k, text);
      out += fmt::format("{} = {{ {} }}\n", inline_key, parts);
    }
    return out;
  }

 private:
  double uniform(double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(rng_);
  }
  int decimals() { return std::uniform_int_distribution<int>(1, 2)(rng_); }

  std::string level(double billions) {
    int d = decimals();
    return fmt::format("EUR {:.{}f} billion", billions, d);
  }
  static std::string percent(double fraction) { return fmt::format("{:.1f}%", fraction * 100); }

  void add(std::size_t table, std::string id, std::string text, published::kind k) {
    tables[table].push_back(values.size());
    values.push_back({std::move(id), std::move(text), k});
  }

  std::size_t table(const std::string& id) {
    headers.push_back(id);
    tables.emplace_back();
    return tables.size() - 1;
  }

  void publish_family(std::size_t i) {
    const family_truth& t = truths_[i];
    std::string f = fmt::format("r{}", i);
    double total = t.exports + t.imports;
    double before = t.exports / (1 + t.export_growth) + t.imports / (1 + t.import_growth);
    double share_before = t.exports / (1 + t.export_growth) / (total_exports_ / 1.05);
    double share = t.exports / total_exports_;
    std::size_t e = table(f + ".exports");
    add(e, f + ".exports", level(t.exports), published::kind::level);
    add(e, f + ".exports.share", percent(share), published::kind::share);
    add(e, f + ".exports.growth", percent(t.export_growth), published::kind::growth);
    std::size_t m = table(f + ".imports");
    add(m, f + ".imports", level(t.imports), published::kind::level);
    add(m, f + ".imports.share", percent(t.imports / total_imports_), published::kind::share);
    add(m, f + ".imports.growth", percent(t.import_growth), published::kind::growth);
    std::size_t x = table(f + ".total");
    add(x, f + ".total", level(total), published::kind::level);
    add(x, f + ".total.growth", percent(total / before - 1), published::kind::growth);
    add(x, f + ".total.share", percent(total / (total_exports_ + total_imports_)),
        published::kind::share);
    // The share of exports a year earlier, and its change in points.
    add(e, f + ".exports.share.prev", percent(share_before), published::kind::share);
    double change_points = std::round(share * 1000) / 10 - std::round(share_before * 1000) / 10;
    add(e, f + ".exports.share.change", fmt::format("{:.1f}pp", change_points),
        published::kind::change);
  }

  std::mt19937& rng_;
  std::vector<family_truth> truths_;
  double total_exports_ = 0, total_imports_ = 0;
};

}  // namespace crossfoot::testing
