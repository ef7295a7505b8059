#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/input.hpp"
#include "resolve/detail/pieces.hpp"
#include "resolve/rule_set.hpp"

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

class loader {
 public:
  explicit loader(diagnostics& diags) : diags_(diags) {}

  void load_path(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      for (const auto& e : fs::directory_iterator(path, ec)) {
        if (e.path().extension() == ".rules") files.push_back(e.path().string());
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) {
        diags_.error("CF3002", {}, fmt::format("no .rules files in directory '{}'", path));
      }
      for (const auto& f : files) load_file(f, {});
      return;
    }
    load_file(path, {});
  }

  std::vector<syntax::rule_file> take() { return std::move(files_); }

 private:
  // `from` is the include statement that asked for the file, if any.
  void load_file(const std::string& path, const source_range& from) {
    std::error_code ec;
    std::string key = fs::weakly_canonical(path, ec).string();
    if (ec) key = path;
    if (std::find(stack_.begin(), stack_.end(), key) != stack_.end()) {
      include_cycle(path, key, from);
      return;
    }
    if (loaded_.count(key)) return;
    // Each include is one level of recursion here; a chain of thousands would exhaust the stack.
    if (stack_.size() >= max_include_depth) {
      diags_.error("CF7003", from,
                   fmt::format("includes nest too deeply: more than {} files, each including the "
                               "next",
                               max_include_depth));
      return;
    }
    loaded_.insert(key);
    auto source = read_input(path, input_kind::rules, from, diags_);
    if (!source) return;
    auto parsed = syntax::parse_rules(source, diags_);
    if (!parsed) return;
    stack_.push_back(key);
    names_.push_back(path);
    for (const auto& inc : parsed->includes) {
      fs::path base = fs::path(path).parent_path();
      load_file((base / inc.path).lexically_normal().string(), inc.range);
    }
    stack_.pop_back();
    names_.pop_back();
    files_.push_back(std::move(*parsed));
  }

  void include_cycle(const std::string& path, const std::string& key, const source_range& from) {
    auto at = std::find(stack_.begin(), stack_.end(), key) - stack_.begin();
    std::string chain;
    for (auto i = static_cast<std::size_t>(at); i < names_.size(); ++i) chain += names_[i] + " -> ";
    diags_.error("CF3004", from, fmt::format("include cycle: {}{}", chain, path));
  }

  diagnostics& diags_;
  std::set<std::string> loaded_;
  std::vector<std::string> stack_, names_;
  std::vector<syntax::rule_file> files_;
};

}  // namespace

std::optional<rule_set> load_rules(const std::vector<std::string>& paths, diagnostics& diags) {
  std::size_t errors_before = resolve_detail::error_count(diags);
  loader l(diags);
  for (const auto& p : paths) l.load_path(p);
  if (resolve_detail::error_count(diags) != errors_before) return std::nullopt;
  auto files = l.take();
  return resolve(files, diags);
}

}  // namespace crossfoot
