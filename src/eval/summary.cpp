// Per-rule summaries, failed warnings counted apart, and the per-rule cap on findings: what
// every report shows before (or instead of) the findings themselves.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "eval/check.hpp"

namespace crossfoot {
namespace {

std::string instance_key(const std::string& rule, const binding& b) {
  std::string key = rule;
  for (const auto& [var, seg] : b) key += "\x1f" + var + "=" + seg;
  return key;
}

bool holds(finding_kind k) {
  return k == finding_kind::pass;
}

void count(rule_summary& s, finding_kind k) {
  switch (k) {
    case finding_kind::pass:
      ++s.pass;
      break;
    case finding_kind::fail:
      ++s.fail;
      break;
    case finding_kind::conflict:
      ++s.conflict;
      break;
    case finding_kind::unknown:
      ++s.unknown;
      break;
    case finding_kind::error:
      ++s.error;
      break;
  }
  ++s.instances;
}

// Failed warnings and infos leave the exit status alone under the default --fail-on, so the
// summary does not call them "fail".
void split_failures(check_result& result) {
  auto& s = result.summary;
  for (const auto& f : result.findings) {
    if (f.kind != finding_kind::fail) continue;
    if (f.level == severity::warning) ++s.fail_warning;
    if (f.level == severity::info) ++s.fail_info;
  }
  s.fail = std::max<std::int64_t>(0, s.fail - s.fail_warning - s.fail_info);
}

class rule_counter {
 public:
  rule_counter(const rule_set& rules, check_result& result) : result_(result) {
    result.rules.clear();
    for (const auto& r : rules.rules) {
      rule_summary s;
      s.rule = r.name;
      s.level = r.level;
      s.description = r.description;
      s.check = r.check_text;
      s.range = r.range;
      by_name_.emplace(r.name, result.rules.size());
      result.rules.push_back(std::move(s));
    }
  }

  void run() {
    // An instance with a finding of its own is counted by it, even when a conflict among rules
    // also names it; the others are counted once as decided inside a conflict. Only the
    // instances conflicts name (usually few) are looked up, not every finding's.
    std::unordered_set<std::string> named, seen;
    for (const auto& f : result_.findings) {
      if (f.kind != finding_kind::conflict) continue;
      for (const auto& a : f.alternatives) named.insert(instance_key(a.rule, a.bound));
      for (const auto& i : f.instances) named.insert(instance_key(i.rule, i.bound));
    }
    for (const auto& f : result_.findings) {
      if (f.rule.empty() || f.kind == finding_kind::conflict) continue;
      if (!named.empty()) {
        std::string key = instance_key(f.rule, f.bound);
        if (named.contains(key)) seen.insert(std::move(key));
      }
      if (auto* s = find(f.rule)) count(*s, f.kind);
    }
    for (const auto& f : result_.findings) {
      if (f.kind != finding_kind::conflict) continue;
      for (const auto& a : f.alternatives) in_conflict(a.rule, a.bound, seen);
      for (const auto& i : f.instances) in_conflict(i.rule, i.bound, seen);
    }
  }

  rule_summary* find(const std::string& rule) {
    auto it = by_name_.find(rule);
    return it == by_name_.end() ? nullptr : &result_.rules[it->second];
  }

 private:
  void in_conflict(const std::string& rule, const binding& b,
                   std::unordered_set<std::string>& seen) {
    if (!seen.insert(instance_key(rule, b)).second) return;
    if (auto* s = find(rule)) count(*s, finding_kind::conflict);
  }

  check_result& result_;
  std::unordered_map<std::string, std::size_t> by_name_;
};

}  // namespace

void summarize(const rule_set& rules, check_result& result, std::size_t max_findings) {
  split_failures(result);
  rule_counter counter(rules, result);
  counter.run();
  for (std::size_t r = 0; r < result.unlisted_passes.size() && r < result.rules.size(); ++r) {
    result.rules[r].pass += result.unlisted_passes[r];
    result.rules[r].instances += result.unlisted_passes[r];
  }
  if (max_findings == 0) return;
  // Conflicts between claims of one figure belong to no rule: they share the key "".
  std::unordered_map<std::string, std::size_t> kept;
  std::erase_if(result.findings, [&](const finding& f) {
    if (holds(f.kind)) return false;
    if (++kept[f.rule] <= max_findings) return false;
    ++result.summary.omitted;
    if (auto* s = counter.find(f.rule)) ++s->omitted;
    return true;
  });
}

}  // namespace crossfoot
