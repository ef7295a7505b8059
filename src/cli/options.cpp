#include "cli/options.hpp"

#include "cli/catalogue.hpp"

#include <fmt/format.h>

#include <charconv>

#include "dataset/revisions.hpp"

namespace crossfoot::cli {

const char* const tool_usage =
    "usage: crossfoot <command> [options]\n"
    "\n"
    "Audits published statistics for internal consistency.\n"
    "\n"
    "commands:\n"
    "  check FIGURES.toml   check a figures file against rules\n"
    "  check DATA.csv --spec SPEC.toml\n"
    "                       check a dataset (CSV) against rules\n"
    "  lint RULES...        parse and resolve rules files only\n"
    "  extract DRAFT        list the numeric claims of a draft as a figures file\n"
    "  init DRAFT           write a figures file anchored to a draft, and a rules file\n"
    "  watch DRAFT [FIGURES.toml]\n"
    "                       re-check on every save; keep the HTML report open\n"
    "\n"
    "  crossfoot --version  print the version\n"
    "  crossfoot <command> --help\n"
    "\n"
    "exit status: 0 clean, 1 findings, 2 invalid input\n";

const char* const check_usage =
    "usage: crossfoot check FIGURES.toml [options]\n"
    "       crossfoot check FIGURES.toml --draft DRAFT [options]\n"
    "       crossfoot check --draft DRAFT [options]\n"
    "       crossfoot check DATA.csv --spec SPEC.toml [options]\n"
    "       crossfoot check SPEC.toml [options]     (a spec whose [dataset] names its file)\n"
    "\n"
    "Checks every rule against the figures, or every row of a dataset, with rounding-aware\n"
    "interval arithmetic.\n"
    "\n"
    "options:\n"
    "  --rules FILE_OR_NAME      rules to check (repeatable): a file, a directory of\n"
    "                            *.rules, or a name of the catalogue (trade); default:\n"
    "                            [document] rules\n"
    "  --draft DRAFT             with a figures file: read its anchored values from DRAFT\n"
    "                            instead of [document] source; alone: check the figures\n"
    "                            `crossfoot extract` finds in DRAFT, under suggested ids\n"
    "  --format FORMAT           text (default), json, junit (JUnit XML: each rule a test\n"
    "                            case), sarif (SARIF 2.1.0), github (GitHub Actions\n"
    "                            annotations), html (one self-contained page: the text\n"
    "                            with every figure marked); docs/reports.md shows each\n"
    "  --max-findings N          report at most N findings that do not hold per rule, and\n"
    "                            count the rest (default: all)\n"
    "  --fail-on error|warning|info\n"
    "                            lowest severity that makes the exit status 1 (default error)\n"
    "  --verbose                 also show the instances that hold, and skipped bindings\n"
    "  --implied                 show the figures the rules imply even when all is well\n"
    "  --no-diagnose             skip the search for the likely error behind a conflict\n"
    "  --color auto|always|never colour the text report (default auto: on a terminal)\n"
    "  --output FILE             write the report to FILE (atomically) instead of stdout\n"
    "  --spec SPEC.toml          the dataset's spec: how to read DATA.csv (docs/datasets.md)\n"
    "  --threads N               a dataset: read with N threads (default: one per core)\n"
    "  --previous OLD.csv        a dataset: also list the cells of periods in both files whose\n"
    "                            value changed beyond rounding since OLD.csv (revisions)\n"
    "  --revisions error|warning|note\n"
    "                            how revisions are reported (default: the spec's, else error)\n"
    "  --max-input-size SIZE     refuse input files larger than SIZE, such as 200M or 2G\n"
    "                            (default 16M for rules, 64M for figures and drafts)\n"
    "  -h, --help                show this help\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on, 1 findings, 2 invalid input\n";

const char* const lint_usage =
    "usage: crossfoot lint RULES...\n"
    "\n"
    "Parses and resolves rules files (or directories of *.rules, or names of the\n"
    "catalogue such as trade) without figures.\n"
    "\n"
    "options:\n"
    "  --max-input-size SIZE     refuse input files larger than SIZE, such as 200M or 2G\n"
    "                            (default 16M for rules, 64M for figures and drafts)\n"
    "  -h, --help                show this help\n"
    "\n"
    "exit status: 0 valid, 2 invalid\n";

std::string unknown_option(const std::string& arg, const std::vector<std::string>& known) {
  std::string hint = closest_name(arg, known);
  return fmt::format("unknown option '{}'{}", arg,
                     hint.empty() ? "" : "; did you mean '" + hint + "'?");
}

bool take_value(const std::vector<std::string>& args, std::size_t& i, std::string& value,
                std::string& error) {
  if (i + 1 >= args.size()) {
    error = fmt::format("option '{}' needs a value", args[i]);
    return false;
  }
  value = args[++i];
  return true;
}

namespace {

const std::vector<std::string> check_flags = {
    "--rules",   "--draft",   "--format",      "--max-findings", "--fail-on",
    "--verbose", "--implied", "--no-diagnose", "--color",        "--output",
    "--help",    "--spec",    "--threads",     "--previous",     "--revisions"};

bool set_format(check_options& o, const std::string& v, std::string& error) {
  auto f = report_format_named(v);
  if (!f) {
    error = fmt::format("--format takes {}, not '{}'", report_format_names(), v);
    return false;
  }
  o.format = *f;
  return true;
}

bool set_max_findings(check_options& o, const std::string& v, std::string& error) {
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc{} || end != v.data() + v.size() || v.empty()) {
    error = fmt::format("--max-findings takes a whole number (0 for all), not '{}'", v);
    return false;
  }
  o.max_findings = n;
  return true;
}

std::optional<severity> severity_named(const std::string& s) {
  if (s == "error") return severity::error;
  if (s == "warning") return severity::warning;
  if (s == "info") return severity::info;
  return std::nullopt;
}

// --spec, --threads, --previous and --revisions: the options of a dataset check.
bool apply_dataset_option(check_options& o, const std::vector<std::string>& args, std::size_t& i,
                          std::string& error) {
  const std::string& a = args[i];
  std::string v;
  if (!take_value(args, i, v, error)) return false;
  if (a == "--spec") {
    o.spec = v;
    return true;
  }
  if (a == "--previous") {
    o.previous = v;
    return true;
  }
  if (a == "--revisions") {
    o.revisions = revision_severity(v);
    if (!o.revisions) error = fmt::format("--revisions takes error, warning or note, not '{}'", v);
    return o.revisions.has_value();
  }
  int n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc{} || end != v.data() + v.size() || n < 1 || n > 256) {
    error = fmt::format("--threads takes a number from 1 to 256, not '{}'", v);
    return false;
  }
  o.threads = n;
  return true;
}

bool apply_check_option(check_options& o, const std::vector<std::string>& args, std::size_t& i,
                        std::string& error) {
  const std::string& a = args[i];
  std::string v;
  if (a == "--spec" || a == "--threads" || a == "--previous" || a == "--revisions")
    return apply_dataset_option(o, args, i, error);
  if (a == "--verbose") {
    o.verbose = true;
  } else if (a == "--implied") {
    o.implied = true;
  } else if (a == "--no-diagnose") {
    o.diagnose = false;
  } else if (a == "--format" || a == "--max-findings") {
    if (!take_value(args, i, v, error)) return false;
    return a == "--format" ? set_format(o, v, error) : set_max_findings(o, v, error);
  } else if (a == "--rules" || a == "--fail-on" || a == "--color" || a == "--output" ||
             a == "--draft") {
    if (!take_value(args, i, v, error)) return false;
    if (a == "--rules") {
      std::string path;
      if (!rules_argument(v, path, error)) return false;
      o.rules.push_back(path);
    }
    if (a == "--draft") o.draft = v;
    if (a == "--output") o.output = v;
    if (a == "--fail-on") {
      auto s = severity_named(v);
      if (!s) error = fmt::format("--fail-on takes error, warning or info, not '{}'", v);
      o.fail_on = s.value_or(severity::error);
    }
    if (a == "--color") {
      if (v == "auto")
        o.color = check_options::color_mode::automatic;
      else if (v == "always")
        o.color = check_options::color_mode::always;
      else if (v == "never")
        o.color = check_options::color_mode::never;
      else
        error = fmt::format("--color takes auto, always or never, not '{}'", v);
    }
  } else {
    error = unknown_option(a, check_flags);
  }
  return error.empty();
}

}  // namespace

std::optional<check_options> parse_check(const std::vector<std::string>& args, std::string& error) {
  check_options o;
  if (!walk_arguments(args, o, o.figures, "check takes one figures file", apply_check_option,
                      error))
    return std::nullopt;
  if (o.help) return o;
  if (o.figures.empty() && o.draft.empty() && o.spec.empty()) {
    error = "check needs a figures file: crossfoot check FIGURES.toml";
    return std::nullopt;
  }
  return o;
}

std::optional<lint_options> parse_lint(const std::vector<std::string>& args, std::string& error) {
  lint_options o;
  for (const auto& a : args) {
    if (a == "-h" || a == "--help") {
      o.help = true;
      return o;
    }
    if (a.size() > 1 && a[0] == '-') {
      error = unknown_option(a, {"--help"});
      return std::nullopt;
    }
    o.rules.push_back(resolve_rules(a));
  }
  if (o.rules.empty()) {
    error = "lint needs at least one rules file: crossfoot lint RULES...";
    return std::nullopt;
  }
  return o;
}

}  // namespace crossfoot::cli
