// Whole checks: the real briefing with the trade catalogue, and synthetic sets that show how
// binding and evaluation scale. Run: build/release/bench/crossfoot_check_bench
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <string>

#include "bench_support.hpp"
#include "eval/check.hpp"

namespace crossfoot {
namespace {

using bench::rules_from_text;

// Loading the figures (TOML, quotes located in the text) and the rules is part of the work.
void briefing(benchmark::State& state) {
  for (auto _ : state) {
    auto in = bench::load_briefing();
    if (!in.rules) {
      state.SkipWithError("the briefing's fixtures do not load");
      return;
    }
    auto result = run_check(*in.rules, *in.figures);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(briefing)->Unit(benchmark::kMillisecond);

// `families` families of four figures each: exports, imports, total and the total's share.
std::string synthetic_figures(int families) {
  std::string out;
  for (int i = 0; i < families; ++i) {
    out += fmt::format(
        "[f{0}.exports]\nvalue = \"RMB {1}.1 billion\"\n[f{0}.imports]\nvalue = \"RMB {1}.2 "
        "billion\"\n[f{0}.total]\nvalue = \"RMB {2}.3 billion\"\nshare = \"{3}.0%\"\n",
        i, 100 + i % 50, 200 + 2 * (i % 50), 1 + i % 9);
  }
  return out;
}

// `count` rules: most fixed to one family, a few patterns over all of them.
std::string synthetic_rules(int count, int families) {
  std::string out =
      "rule flows: for each X: X.exports + X.imports == X.total\n"
      "rule parts: for each X: X.exports <= X.total\n"
      "rule share_bounds: for each X: 0 <= X.total.share <= 100%\n";
  for (int i = 3; i < count; ++i) {
    int f = i % families;
    out += fmt::format("rule r{0}: f{1}.exports + f{1}.imports <= f{1}.total * 1.01\n", i, f);
  }
  return out;
}

void synthetic(benchmark::State& state) {
  int families = static_cast<int>(state.range(0)) / 4;
  int rule_count = static_cast<int>(state.range(1));
  diagnostics ds;
  auto figures = load_figures_text("bench.toml", synthetic_figures(families), ds);
  auto rules = rules_from_text(synthetic_rules(rule_count, families));
  if (!figures) {
    state.SkipWithError("synthetic figures do not load");
    return;
  }
  std::int64_t instances = 0;
  for (auto _ : state) {
    auto result = run_check(rules, *figures);
    instances = result.summary.instances;
    benchmark::DoNotOptimize(result);
  }
  state.counters["figures"] = static_cast<double>(figures->figures.size());
  state.counters["instances"] = static_cast<double>(instances);
}
BENCHMARK(synthetic)->Args({1000, 100})->Args({10000, 1000})->Unit(benchmark::kMillisecond);

void load_synthetic(benchmark::State& state) {
  std::string text = synthetic_figures(static_cast<int>(state.range(0)) / 4);
  for (auto _ : state) {
    diagnostics ds;
    auto figures = load_figures_text("bench.toml", text, ds);
    benchmark::DoNotOptimize(figures);
  }
}
BENCHMARK(load_synthetic)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crossfoot

BENCHMARK_MAIN();
