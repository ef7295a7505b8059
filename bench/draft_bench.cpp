// Drafts: reading every claim of a draft, checking a draft with no figures file, and binding
// an anchored figures file. Run: build/release/bench/crossfoot_draft_bench
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "draft/anchors.hpp"
#include "draft/draft_figures.hpp"
#include "eval/check.hpp"
#include "extract/extract.hpp"

namespace crossfoot {
namespace {

const std::string source_dir = CROSSFOOT_SOURCE_DIR;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The real briefing (about 60 kB, 156 claims an editor cares about); skipped without the
// shared corpus beside the clone.
void extract_briefing(benchmark::State& state) {
  const std::string text = read(source_dir + "/../shared/corpus/gacc-2023-annual-trade.txt");
  if (text.empty()) {
    state.SkipWithError("../shared/corpus is not beside the clone");
    return;
  }
  for (auto _ : state) {
    diagnostics ds;
    auto d = extract_draft_text("briefing.txt", text, ds);
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(state.iterations() * std::ssize(text));
}
BENCHMARK(extract_briefing)->Unit(benchmark::kMillisecond);

// Claim-dense prose of `range(0)` bytes: every sentence has a level, a growth and a share.
void extract_dense(benchmark::State& state) {
  const std::string unit =
      "Exports of machinery rose 5.1% to RMB 1.2 trillion, or 31.7% of all exports. Imports "
      "from the Compact slipped 1.8% to £88.6 billion, from £90.2 billion in 2023. ";
  std::string text;
  while (text.size() < static_cast<std::size_t>(state.range(0))) text += unit;
  for (auto _ : state) {
    diagnostics ds;
    auto d = extract_draft_text("dense.md", text, ds);
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(state.iterations() * std::ssize(text));
}
BENCHMARK(extract_dense)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Issue 10's one-line draft (tests/e2e/hostile_cases.hpp, one-line-54MB) at `range(0)` bytes:
// no full stop, so every sentence is cut at its reach inside a word and the reader's windows
// of words start there; the figures file is written too, as `crossfoot extract` writes it.
void extract_one_line(benchmark::State& state) {
  std::string text;
  for (int i = 0; text.size() < static_cast<std::size_t>(state.range(0)); ++i) {
    text += "Exports rose " + std::to_string(i % 97) + ".5% to EUR " + std::to_string(i % 991) +
            " million; ";
  }
  text += "\n";
  for (auto _ : state) {
    diagnostics ds;
    auto d = extract_draft_text("line.md", text, ds);
    benchmark::DoNotOptimize(to_figures_toml(*d, "line.md"));
  }
  state.SetBytesProcessed(state.iterations() * std::ssize(text));
}
BENCHMARK(extract_one_line)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// `check --draft` on a briefing-sized draft: extract, bind by suggested ids, check.
void check_draft(benchmark::State& state) {
  const std::string draft = source_dir + "/fixtures/drafts/valdoria-2024/draft.md";
  diagnostics rule_diags;
  auto rules = load_rules({source_dir + "/rules/trade.rules"}, rule_diags);
  if (!rules) {
    state.SkipWithError("rules/trade.rules does not load");
    return;
  }
  for (auto _ : state) {
    diagnostics ds;
    auto figures = figures_from_draft(draft, ds);
    if (!figures) {
      state.SkipWithError(render_all(ds).c_str());
      return;
    }
    auto result = run_check(*rules, *figures);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(check_draft)->Unit(benchmark::kMillisecond);

// An anchored figures file: load it and read its 20 anchored values from the draft.
void bind_anchored(benchmark::State& state) {
  const std::string figures = source_dir + "/fixtures/anchors/valdoria/figures.toml";
  for (auto _ : state) {
    diagnostics ds;
    auto set = load_figures(figures, ds);
    if (!set || !bind_anchors(*set, "", ds)) {
      state.SkipWithError(render_all(ds).c_str());
      return;
    }
    benchmark::DoNotOptimize(set);
  }
}
BENCHMARK(bind_anchored)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crossfoot

BENCHMARK_MAIN();
