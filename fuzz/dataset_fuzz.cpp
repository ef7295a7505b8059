// libFuzzer target for the dataset reader: any bytes as a CSV table give a check result
// (findings at rows inside the file) or errors, never a crash, a hang or unbounded memory. The
// first byte picks one of a few specs (records, a keyed table with a period, a semicolon dialect
// with a decimal comma), so that the fuzzer reaches each reader path.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "dataset/dataset.hpp"
#include "fuzz/require.hpp"
#include "lang/syntax.hpp"
#include "resolve/rule_set.hpp"

using crossfoot::fuzzing::require;

namespace {

struct variant {
  const char* spec;
  const char* rules;
};

const variant variants[] = {
    {"[dataset]\nunit = \"EUR\"\n", "rule sum: t == x + y\nrule pos: x >= 0\n"},
    {"[dataset]\nkey = [\"country\", \"year\"]\nperiod = \"year\"\nunit = \"EUR million\"\n"
     "[dataset.columns]\nshare = { unit = \"%\", precision = 0.05 }\n",
     "rule total: total == exports + imports\nrule share: share == exports / total * 100\n"
     "rule growth: exports >= 0\n"},
    {"[dataset]\ndelimiter = \";\"\ndecimal = \",\"\nthousands = \" \"\nunit = \"EUR\"\n"
     "[dataset.flags]\nc = \"confidential\"\n",
     "rule sum: t == x + y\n"},
};

// The data goes through a file, as the reader reads it (streamed in chunks, gzip by its magic).
const std::string& data_path() {
  static const std::string path =
      "/tmp/crossfoot-dataset-fuzz-" + std::to_string(::getpid()) + ".csv";
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const variant& v = variants[data[0] % (sizeof variants / sizeof variants[0])];
  {
    std::FILE* f = std::fopen(data_path().c_str(), "wb");
    require(f != nullptr);
    require(std::fwrite(data + 1, 1, size - 1, f) == size - 1);
    std::fclose(f);
  }
  crossfoot::diagnostics ds;
  // `file` goes right under [dataset]: appended, it would land in the spec's last table.
  std::string spec_text = v.spec;
  spec_text.insert(spec_text.find('\n') + 1, "file = \"" + data_path() + "\"\n");
  auto spec = crossfoot::load_dataset_spec_text("fuzz.toml", spec_text, ds);
  require(spec.has_value());
  spec->data = data_path();
  auto parsed = crossfoot::syntax::parse_rules(crossfoot::make_source("fuzz.rules", v.rules), ds);
  require(parsed.has_value());
  auto rules = crossfoot::resolve({*parsed}, ds);
  require(rules.has_value());
  crossfoot::dataset_options options;
  options.threads = 1;
  options.chunk_bytes = 64;  // many chunks: records cut across chunk boundaries
  auto result = crossfoot::check_dataset(*rules, *spec, options, ds);
  require(result.has_value() != ds.has_errors());
  for (const auto& d : ds.items()) require(!crossfoot::render(d).empty());
  if (!result) return 0;
  for (const auto& f : result->findings) {
    for (const auto& u : f.figures) {
      if (u.in_text) require(u.in_text->begin <= u.in_text->end);
    }
  }
  return 0;
}
