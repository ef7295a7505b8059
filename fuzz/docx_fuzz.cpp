// libFuzzer target for the Word and HTML draft readers: any bytes read as a .docx (a zip
// archive of XML parts) or as an HTML page give text laid out as Markdown or an error, never a
// crash, and the text they give is UTF-8 the extractor reads. The first byte picks the format.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/input.hpp"
#include "document/document.hpp"
#include "extract/extract.hpp"
#include "fuzz/require.hpp"

using crossfoot::fuzzing::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char* name = data[0] % 2 ? "fuzz.html" : "fuzz.docx";
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  crossfoot::diagnostics ds;
  // Small limits, so that a decompression bomb is stopped quickly.
  crossfoot::draft_limits limits;
  limits.max_part_bytes = std::size_t{4} << 20;
  auto text = crossfoot::read_draft_bytes(name, std::move(bytes), ds, limits);
  require((text != nullptr) != ds.has_errors());
  for (const auto& d : ds.items()) require(!crossfoot::render(d).empty());
  if (!text) return 0;
  require(!crossfoot::find_encoding_problem(text->text()));
  crossfoot::diagnostics extracting;
  auto d = crossfoot::extract_draft_source(text, extracting);
  require(d.has_value() != extracting.has_errors());
  return 0;
}
