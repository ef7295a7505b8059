#include "cli/extract_command.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/paths.hpp"
#include "document/document.hpp"
#include "extract/extract.hpp"

namespace crossfoot::cli {

const char* const extract_usage =
    "usage: crossfoot extract DRAFT [options]\n"
    "\n"
    "Lists every numeric claim of a plain-text or Markdown draft: value, unit, kind, sign,\n"
    "qualifier, place and a suggested figure id. The TOML form is a figures file for\n"
    "`crossfoot check`: rename its ids to match your rules.\n"
    "\n"
    "options:\n"
    "  --format toml|json   output format (default toml)\n"
    "  --output FILE        write to FILE (atomically) instead of stdout\n"
    "  --max-input-size SIZE  refuse a draft larger than SIZE, such as 200M (default 64M)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 claims listed, 2 unreadable or invalid input\n";

namespace {

bool apply_option(extract_options& o, const std::vector<std::string>& args, std::size_t& i,
                  std::string& error) {
  const std::string& a = args[i];
  if (a != "--format" && a != "--output") {
    error = unknown_option(a, {"--format", "--output", "--help"});
    return false;
  }
  std::string v;
  if (!take_value(args, i, v, error)) return false;
  if (a == "--output") {
    o.output = v;
  } else if (v == "toml" || v == "json") {
    o.json = v == "json";
  } else {
    error = fmt::format("--format takes toml or json, not '{}'", v);
  }
  return error.empty();
}

// [document] source is read relative to the figures file, so point it at the draft from
// where the output goes.
std::string source_for(const extract_options& o) {
  return o.output.empty() ? o.draft : path_from(o.output, o.draft);
}

}  // namespace

std::optional<extract_options> parse_extract(const std::vector<std::string>& args,
                                             std::string& error) {
  extract_options o;
  if (!walk_arguments(args, o, o.draft, "extract takes one draft", apply_option, error))
    return std::nullopt;
  if (o.help) return o;
  if (o.draft.empty()) {
    error = "extract needs a draft: crossfoot extract DRAFT";
    return std::nullopt;
  }
  return o;
}

namespace {

// The figures file: claims are kept in 32 bytes each as they are read, and the file is
// written a table at a time (no copy of it whole in memory).
exit_code write_toml(const extract_options& o, source_ptr draft, diagnostics& ds) {
  figures_toml_writer toml(draft);
  auto result = extract_draft_each(std::move(draft), ds, [&](draft_claim&& c) { toml.add(c); });
  if (!ds.items().empty()) std::cerr << render_all(ds);
  if (!result) return exit_code::invalid;
  const std::string source = source_for(o);
  if (o.output.empty()) {
    toml.write(std::cout, source, result->period);
    std::cout << std::flush;
    return exit_code::clean;
  }
  std::string error;
  if (!write_file_atomically(o.output,
                             [&](std::ostream& out) { toml.write(out, source, result->period); },
                             error, {o.draft})) {
    std::cerr << "crossfoot: " << error << "\n";
    return exit_code::invalid;
  }
  return exit_code::clean;
}

// The claims as JSON, each written as it is read: nothing of a claim is kept. The draft is
// checked to be text first, so that a bad draft leaves no output.
exit_code write_json(const extract_options& o, const source_ptr& draft, diagnostics& ds) {
  if (!check_draft_text(draft, ds)) {
    std::cerr << render_all(ds);
    return exit_code::invalid;
  }
  auto write = [&](std::ostream& out) {
    claims_json_writer json(out, draft);
    extract_draft_each(draft, ds, [&](draft_claim&& c) { json.add(c); });
    json.finish();
  };
  std::string error;
  bool written = true;
  if (o.output.empty()) {
    write(std::cout);
    std::cout << std::flush;
  } else {
    written = write_file_atomically(o.output, write, error, {o.draft});
  }
  if (!ds.items().empty()) std::cerr << render_all(ds);
  if (!written) {
    std::cerr << "crossfoot: " << error << "\n";
    return exit_code::invalid;
  }
  return exit_code::clean;
}

}  // namespace

exit_code run_extract_command(const extract_options& o) {
  diagnostics ds;
  source_ptr draft = read_draft(o.draft, ds);
  if (!draft) {
    std::cerr << render_all(ds);
    return exit_code::invalid;
  }
  return o.json ? write_json(o, draft, ds) : write_toml(o, std::move(draft), ds);
}

}  // namespace crossfoot::cli
