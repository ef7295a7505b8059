// `crossfoot check DATA.csv --spec SPEC.toml` and `crossfoot check SPEC.toml`: a dataset.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "dataset/dataset.hpp"
#include "dataset/revisions.hpp"
#include "report/report.hpp"

namespace crossfoot::cli {
namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool looks_like_data(const std::string& path) {
  for (const char* ext : {".csv", ".tsv", ".csv.gz", ".tsv.gz", ".gz", ".txt"}) {
    if (ends_with(path, ext)) return true;
  }
  return false;
}

exit_code invalid(const check_options& o, const diagnostics& ds, const report_meta& meta) {
  std::cerr << render_all(ds, use_color(o.color, 2));
  if (o.format == report_format::text) return exit_code::invalid;
  report_options shown;
  shown.fail_on = o.fail_on;
  return emit_report(
      o, [&](std::ostream& out) { write_report(out, o.format, {}, meta, shown); },
      exit_code::invalid);
}

}  // namespace

bool is_dataset_check(const check_options& o) {
  if (!o.spec.empty()) return true;
  if (o.figures.empty() || !o.draft.empty()) return false;
  return looks_like_data(o.figures) ||
         (ends_with(o.figures, ".toml") && has_dataset_table(o.figures));
}

exit_code run_dataset_check(const check_options& o) {
  diagnostics ds;
  report_meta meta{o.figures, o.rules, &ds};
  std::string spec_path = o.spec.empty() ? o.figures : o.spec;
  if (o.spec.empty() && looks_like_data(o.figures)) {
    ds.error("CF4002", {},
             "a dataset needs its spec: crossfoot check " + o.figures +
                 " --spec SPEC.toml (docs/datasets.md says what a spec holds)");
    return invalid(o, ds, meta);
  }
  auto spec = load_dataset_spec(spec_path, ds);
  if (!spec) return invalid(o, ds, meta);
  if (!o.spec.empty() && !o.figures.empty()) spec->data = o.figures;  // the file given wins
  if (spec->data.empty()) {
    ds.error("CF4003", {spec->file, 0, 0},
             "no data file: give it (crossfoot check DATA.csv --spec " + spec_path +
                 ") or name it in [dataset] file");
    return invalid(o, ds, meta);
  }
  meta.figures_file = spec->data;
  std::vector<std::string> rule_paths = o.rules.empty() ? spec->rules : o.rules;
  if (rule_paths.empty()) {
    ds.error("CF4001", {spec->file, 0, 0},
             "no rules to check: give --rules or list them in [dataset] rules");
    return invalid(o, ds, meta);
  }
  auto rules = load_rules(rule_paths, ds);
  if (!rules) return invalid(o, ds, meta);
  meta.rules_files = rules->files;
  dataset_options options;
  options.threads = o.threads;
  if (o.max_findings > 0) options.kept_per_rule = o.max_findings;
  std::optional<check_result> result;
  {
    progress_line progress;
    if (progress_fn hook = progress.hook("reading", " MiB")) {
      // Megabytes of the file read, of its size: rows are not known until the end.
      options.progress = [hook](long long bytes, long long total) {
        hook(static_cast<std::uint64_t>(bytes >> 20), static_cast<std::uint64_t>(total >> 20));
      };
    }
    if (progress_fn hook = progress.hook("rules across rows")) {
      // Then the rules that need the whole file (groups, periods, hierarchies), rule by rule.
      options.rules_progress = [hook](long long done, long long total) {
        hook(static_cast<std::uint64_t>(done), static_cast<std::uint64_t>(total));
      };
    }
    result = check_dataset(*rules, *spec, options, ds);
  }
  if (!result) return invalid(o, ds, meta);
  if (!o.previous.empty()) {
    revision_options ro;
    ro.previous = o.previous;
    ro.level = o.revisions;
    ro.kept = options.kept_per_rule;
    if (!check_revisions(*spec, ro, *result, ds)) return invalid(o, ds, meta);
  }
  if (!ds.items().empty()) std::cerr << render_all(ds, use_color(o.color, 2));
  bool failing = false;
  for (const auto& f : result->findings) failing = failing || counts_against(f, o.fail_on);
  exit_code status = failing ? exit_code::findings : exit_code::clean;
  report_options shown{use_color(o.color, o.output.empty() ? 1 : -1), o.verbose, o.implied,
                       o.fail_on};
  return emit_report(
      o, [&](std::ostream& out) { write_report(out, o.format, *result, meta, shown); }, status);
}

}  // namespace crossfoot::cli
