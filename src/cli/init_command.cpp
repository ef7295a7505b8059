#include "cli/init_command.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/catalogue.hpp"
#include "cli/commands.hpp"
#include "cli/paths.hpp"
#include "draft/starting_figures.hpp"

namespace crossfoot::cli {

const char* const init_usage =
    "usage: crossfoot init DRAFT [options]\n"
    "\n"
    "Starts checking a draft (Markdown, text, .docx or .html). Writes a figures file with\n"
    "every figure of the draft under a suggested id, each anchored to the words it follows\n"
    "(so every check reads the number as the draft now has it), and a rules file that\n"
    "includes the rule catalogue. Comments in both say what to check. Never overwrites.\n"
    "\n"
    "options:\n"
    "  --rules NAME_OR_FILE  catalogue rules to include (repeatable; default: trade)\n"
    "  --figures FILE        the figures file to write (default: DRAFT.figures.toml beside\n"
    "                        the draft, without the draft's extension)\n"
    "  --rules-file FILE     the rules file to write (default: DRAFT.rules beside the draft)\n"
    "  -h, --help            show this help\n"
    "\n"
    "exit status: 0 files written, 2 invalid input or a file already there\n";

namespace {

namespace fs = std::filesystem;

namespace codes {
inline constexpr const char* would_overwrite = "CF4040";
inline constexpr const char* unknown_rules = "CF4041";
}  // namespace codes

bool apply_option(init_options& o, const std::vector<std::string>& args, std::size_t& i,
                  std::string& error) {
  const std::string& a = args[i];
  static const std::vector<std::string> known = {"--rules", "--figures", "--rules-file", "--help"};
  if (a != "--rules" && a != "--figures" && a != "--rules-file") {
    error = unknown_option(a, known);
    return false;
  }
  std::string v;
  if (!take_value(args, i, v, error)) return false;
  if (a == "--rules") o.rules.push_back(v);
  if (a == "--figures") o.figures = v;
  if (a == "--rules-file") o.rules_file = v;
  return true;
}

// "reports/q3.docx" -> "reports/q3" + suffix.
std::string beside_draft(const std::string& draft, const std::string& suffix) {
  fs::path p(draft);
  return (p.parent_path() / p.stem()).string() + suffix;
}

std::string rules_text(const init_options& o, const std::vector<std::string>& included) {
  std::string out = fmt::format(
      "# Rules for {}, written by `crossfoot init`.\n"
      "#\n"
      "# The catalogue included below holds the identities of a statistical release: exports\n"
      "# and imports add up to the total, a share matches its level and its whole, a growth\n"
      "# rate agrees with this and last period's levels, a part stays within its whole. Each\n"
      "# rule binds figures by the ids its file's header describes (trade.exports,\n"
      "# X.exports.share, X.exports.prev, ...): check that the ids in the figures file follow\n"
      "# them, or no rule checks those figures.\n",
      fs::path(o.draft).filename().string());
  // Absolute: the catalogue stays where crossfoot is installed when the draft moves.
  for (const auto& path : included) out += "include \"" + path + "\"\n";
  out +=
      "\n"
      "# Add the identities your draft has and the catalogue does not, for example:\n"
      "#\n"
      "# rule regions_sum \"the regions add up to the country\":\n"
      "#     for each X: sum(X.region.*.exports) == X.exports\n"
      "#\n"
      "# `crossfoot lint` checks this file; docs/language.md describes the language.\n";
  return out;
}

std::string figures_preamble(const init_options& o) {
  const std::string draft = fs::path(o.draft).filename().string();
  const std::string figures = fs::path(o.figures).filename().string();
  return fmt::format(
      "# Figures of {0}, written by `crossfoot init`: every number crossfoot found in the draft,\n"
      "# under the id it suggests. `anchor` names the words of the draft the number follows, so\n"
      "# each check reads the number as the draft now has it; `note` says where it is.\n"
      "#\n"
      "# Before you rely on the checks:\n"
      "#   - Check each id says what its number is. The rules bind figures by id (see the\n"
      "#     rules file), so a wrong id checks the wrong thing and a missing one checks nothing.\n"
      "#     Rename tables freely: [machinery.exports], [machinery.exports.share].\n"
      "#   - Ids made of a place (paragraph_3, table_1_row_2, line_12) are numbers crossfoot\n"
      "#     could not name: name them, or delete them if no rule needs them.\n"
      "#   - A figure with `value` and `quote` instead of `anchor` had no words before it that\n"
      "#     occur once in the draft; it does not follow edits. Give it an anchor of your own.\n"
      "# Then run:  crossfoot check {1}\n"
      "# or keep the report open while you edit:  crossfoot watch {0} {1}\n",
      draft, figures);
}

exit_code refuse(const std::string& message) {
  diagnostics ds;
  ds.error(codes::would_overwrite, {}, message);
  std::cerr << render_all(ds);
  return exit_code::invalid;
}

}  // namespace

std::optional<init_options> parse_init(const std::vector<std::string>& args, std::string& error) {
  init_options o;
  if (!walk_arguments(args, o, o.draft, "init takes one draft", apply_option, error))
    return std::nullopt;
  if (o.help) return o;
  if (o.draft.empty()) {
    error = "init needs a draft: crossfoot init DRAFT";
    return std::nullopt;
  }
  if (o.rules.empty()) o.rules.push_back("trade");
  if (o.figures.empty()) o.figures = beside_draft(o.draft, ".figures.toml");
  if (o.rules_file.empty()) o.rules_file = beside_draft(o.draft, ".rules");
  return o;
}

exit_code run_init_command(const init_options& o) {
  std::error_code ec;
  for (const std::string& f : {o.figures, o.rules_file}) {
    if (fs::exists(f, ec))
      return refuse(f +
                    " already exists; crossfoot init never overwrites a file (move it "
                    "away, or name other files with --figures and --rules-file)");
  }
  diagnostics ds;
  std::vector<std::string> included;
  for (const auto& r : o.rules) {
    std::string path, error;
    if (!rules_argument(r, path, error)) {
      ds.error(codes::unknown_rules, {}, error);
    } else if (!fs::is_regular_file(path, ec)) {
      ds.error(codes::unknown_rules, {}, "no rules file '" + r + "' to include");
    } else {
      included.push_back(fs::weakly_canonical(fs::absolute(path), ec).string());
    }
  }
  if (ds.has_errors()) {
    std::cerr << render_all(ds);
    return exit_code::invalid;
  }
  starting_options so;
  so.source = path_from(o.figures, o.draft);
  so.rules = {path_from(o.figures, o.rules_file)};
  so.figures_path = o.figures;
  so.preamble = figures_preamble(o);
  auto figures = starting_figures_for(o.draft, so, ds);
  if (!ds.items().empty()) std::cerr << render_all(ds);
  if (!figures) return exit_code::invalid;
  std::string error;
  if (!write_file_atomically(o.rules_file, rules_text(o, included), error) ||
      !write_file_atomically(o.figures, figures->toml, error)) {
    std::cerr << "crossfoot: " << error << "\n";
    return exit_code::invalid;
  }
  std::string names;
  for (const auto& p : included)
    names += (names.empty() ? "" : ", ") + fs::path(p).filename().string();
  std::cout << fmt::format(
      "crossfoot: wrote {} ({} figures: {} anchored, {} with values) and {} (includes {})\n"
      "next: check the ids in {}, then run\n"
      "  crossfoot check {}\n"
      "or keep the report open while you edit:\n"
      "  crossfoot watch {} {}\n",
      o.figures, figures->anchored + figures->valued, figures->anchored, figures->valued,
      o.rules_file, names, o.figures, o.figures, o.draft, o.figures);
  return exit_code::clean;
}

}  // namespace crossfoot::cli
