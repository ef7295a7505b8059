// Datasets: the chunk reader alone (streamed or mapped), the CSV reader and parser (no rules),
// row rules, and rules across rows, on a records table like the benchmark workload's (written
// once to a temporary file, read from the page cache). Bytes per second are the file's;
// compare with `bench/peers.sh` for the whole process.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>

#include "dataset/dataset.hpp"
#include "dataset/detail/reader.hpp"
#include "lang/syntax.hpp"

namespace {

using namespace crossfoot;

// A records table: country, year, product, exports, imports, total (to the cent).
// The tables written, removed when the program ends.
struct table_files : std::map<long, std::string> {
  ~table_files() {
    for (const auto& [rows, path] : *this) std::filesystem::remove(path);
  }
};

const std::string& table_file(long rows) {
  static table_files files;
  auto it = files.find(rows);
  if (it != files.end()) return it->second;
  std::string path =
      (std::filesystem::temp_directory_path() /
       ("cf-dataset-bench-" + std::to_string(::getpid()) + "-" + std::to_string(rows) + ".csv"))
          .string();
  std::ofstream out(path);
  out << "id,country,year,product,exports,imports,total\n";
  std::mt19937_64 rng(7);
  std::lognormal_distribution<double> amount(8, 1.5);
  char line[160];
  for (long i = 0; i < rows; ++i) {
    long ex = std::lround(amount(rng) * 100), im = std::lround(amount(rng) * 100);
    std::snprintf(line, sizeof line, "%ld,C%03ld,%ld,%ld,%ld.%02ld,%ld.%02ld,%ld.%02ld\n", i + 1,
                  i % 200, 2000 + (i / 200) % 20, i / 4000, ex / 100, ex % 100, im / 100, im % 100,
                  (ex + im) / 100, (ex + im) % 100);
    out << line;
  }
  return files.emplace(rows, path).first->second;
}

rule_set rules_of(const std::string& text) {
  diagnostics diags;
  auto parsed = syntax::parse_rules(make_source("bench.rules", text), diags);
  return *resolve({*parsed}, diags);
}

void run(benchmark::State& state, const std::string& rules_text) {
  const std::string& file = table_file(state.range(0));
  rule_set rules = rules_of(rules_text);
  diagnostics diags;
  auto spec = load_dataset_spec_text("bench.toml",
                                     "[dataset]\nfile = \"" + file +
                                         "\"\n[dataset.columns]\nexports = { precision = 0.005 }\n"
                                         "imports = { precision = 0.005 }\n"
                                         "total = { precision = 0.005 }\n",
                                     diags);
  dataset_options options;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    auto result = check_dataset(rules, *spec, options, diags);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(std::filesystem::file_size(file)));
}

// The file cut into chunks of whole records and nothing else: streamed through read(2) into
// buffers (second argument 0) or mapped and cut in place (1). Each chunk's bytes are read once
// (its line feeds counted), as parsing would read them, and released as the engine does.
void cut_chunks(benchmark::State& state) {
  const std::string& file = table_file(state.range(0));
  const bool in_place = state.range(1) != 0;
  for (auto _ : state) {
    diagnostics diags;
    auto source = dataset_detail::open_data(file, {}, diags);
    dataset_detail::chunk_reader reader(*source, {}, 2u << 20);
    if (in_place && !reader.map_input()) state.SkipWithError("the file cannot be mapped");
    long lines = 0;
    benchmark::DoNotOptimize(reader.first_record(lines));
    dataset_detail::chunk c;
    long long feeds = 0;
    while (reader.next(c) == dataset_detail::chunk_reader::status::chunk) {
      feeds += std::count(c.data(), c.data() + c.size(), '\n');
      reader.release_before(c.byte_offset + static_cast<long long>(c.size()));
    }
    benchmark::DoNotOptimize(feeds);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(std::filesystem::file_size(file)));
}

void read_only(benchmark::State& state) {
  run(state, "");
}
void row_rules(benchmark::State& state) {
  run(state, "rule balance: total == exports + imports\nrule nonneg: exports >= 0\n");
}
void across_rows(benchmark::State& state) {
  run(state,
      "rule key: unique(country, year, product)\n"
      "rule outlier: exports <= 50 * mean(exports by country)\n");
}

BENCHMARK(cut_chunks)
    ->Args({1'000'000, 0})
    ->Args({1'000'000, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(read_only)
    ->Args({1'000'000, 1})
    ->Args({1'000'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(row_rules)
    ->Args({1'000'000, 1})
    ->Args({1'000'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(across_rows)
    ->Args({1'000'000, 1})
    ->Args({1'000'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
