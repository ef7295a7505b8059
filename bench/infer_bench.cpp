// Inference: propagation and diagnosis on the real briefing, and on synthetic families whose
// shares all imply one unstated national flow (one large group of connected figures, the hard
// case for propagation), with and without a planted error to diagnose.
// Run: build/release/bench/crossfoot_infer_bench
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <string>

#include "bench_support.hpp"
#include "eval/check.hpp"

namespace crossfoot {
namespace {

using bench::rules_from_text;

void briefing(benchmark::State& state) {
  auto in = bench::load_briefing();
  if (!in.rules) {
    state.SkipWithError("the briefing's fixtures do not load");
    return;
  }
  check_options o;
  o.diagnose = state.range(0) != 0;
  for (auto _ : state) {
    auto result = run_check(*in.rules, *in.figures, o);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(briefing)->Arg(0)->Arg(1)->ArgNames({"diagnose"})->Unit(benchmark::kMillisecond);

// `families` exporters with a level and a share of national exports (never stated): 2 figures
// and 1 share_of_exports instance each, plus a level-within-total instance per 4 families. With
// `planted`, one share has two digits swapped.
std::string families_toml(int families, bool planted) {
  std::string out;
  for (int i = 0; i < families; ++i) {
    double level = 10 + (i % 97) * 0.5;
    double share = level / 5000 * 100;
    std::string share_text = fmt::format("{:.4f}%", share);
    if (planted && i == families / 2) std::swap(share_text[0], share_text[2]);
    out += fmt::format("[f{}.exports]\nvalue = \"EUR {:.2f} billion\"\nshare = \"{}\"\n", i, level,
                       share_text);
  }
  return out;
}

void shares(benchmark::State& state) {
  int figures_count = static_cast<int>(state.range(0));
  bool planted = state.range(1) != 0;
  diagnostics ds;
  auto figures = load_figures_text("bench.toml", families_toml(figures_count / 2, planted), ds);
  auto rules = rules_from_text(
      "rule share_of_exports: for each X: X.exports / trade.exports == X.exports.share\n");
  if (!figures) {
    state.SkipWithError("synthetic figures do not load");
    return;
  }
  check_result last;
  for (auto _ : state) {
    last = run_check(rules, *figures);
    benchmark::DoNotOptimize(last);
  }
  state.counters["figures"] = static_cast<double>(figures->figures.size());
  state.counters["instances"] = static_cast<double>(last.summary.instances);
  state.counters["conflicts"] = static_cast<double>(last.summary.conflict + last.summary.fail);
}
BENCHMARK(shares)
    ->Args({1000, 0})
    ->Args({1000, 1})
    ->Args({10000, 0})
    ->Args({10000, 1})
    ->ArgNames({"figures", "planted"})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crossfoot

BENCHMARK_MAIN();
