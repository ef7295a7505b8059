#include "eval/refine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "core/checked_cast.hpp"
#include "eval/operations.hpp"

namespace crossfoot {
namespace {

using implied_map = std::unordered_map<std::string, const implied_figure*>;

void recount(check_summary& s, finding_kind from, finding_kind to) {
  auto slot = [&](finding_kind k) -> std::int64_t* {
    switch (k) {
      case finding_kind::pass:
        return &s.pass;
      case finding_kind::fail:
        return &s.fail;
      case finding_kind::unknown:
        return &s.unknown;
      case finding_kind::error:
        return &s.error;
      default:
        return nullptr;
    }
  };
  if (std::int64_t* f = slot(from)) --*f;
  if (std::int64_t* t = slot(to)) ++*t;
}

class refiner {
 public:
  refiner(const refine_input& in, check_result& result) : in_(in), result_(result) {
    for (const auto& f : in.inf.implied) implied_.emplace(f.id, &f);
    const auto& cp = in.inf.base;
    users_.assign(cp.p.vars, 0);
    constraint_of_.assign(in.instances.size(), std::nullopt);
    key_of_.assign(in.instances.size(), nullptr);
    for (std::size_t c = 0; c < cp.instances.size(); ++c) {
      std::optional<std::size_t>& of = constraint_of_.at(cp.instances[c].source);
      if (!of) of = c;
      key_of_[cp.instances[c].source] = &cp.instances[c].key;
      for (std::size_t v : cp.p.constraints[c].vars) ++users_[v];
    }
    for (const auto& i : cp.left_out) key_of_.at(i.source) = &i.key;
    named_in_conflict_.assign(in.instances.size(), 0);
    for (const auto& r : in.inf.conflicts) {
      if (r.constraints.size() < 2) continue;
      for (std::size_t c : r.constraints) named_in_conflict_[cp.instances[c].source] = 1;
    }
    at_.reserve(in.instances.size());
    for (const auto& rec : in.instances) at_.push_back(rec.finding);
  }

  void run() {
    list_needed_passes();
    std::vector<char> drop(result_.findings.size(), 0);
    for (std::size_t k = 0; k < in_.instances.size(); ++k) {
      std::optional<std::size_t> at = index_of(k);
      if (!at) continue;
      finding& f = result_.findings[*at];
      if (f.kind == finding_kind::unknown && named_in_conflict_[k]) {
        // Decided by the conflict finding that names it; a second finding would repeat it.
        recount(result_.summary, f.kind, finding_kind::conflict);
        ++result_.summary.depend_on_conflict;
        drop[*at] = 1;
        continue;
      }
      if (f.kind == finding_kind::unknown) decide_with_implied(k, f);
      if (f.kind == finding_kind::pass) split_repeated(k, f);
    }
    remap_.assign(drop.size(), std::nullopt);
    std::size_t next = 0;
    for (std::size_t k = 0; k < drop.size(); ++k) {
      if (!drop[k]) remap_[k] = next++;
    }
    std::size_t i = 0;
    std::erase_if(result_.findings, [&](const finding&) { return drop[i++]; });
    attach_conflicts();
    report_unit_clashes();
    std::sort(dropped_.begin(), dropped_.end());
    dropped_.erase(std::unique(dropped_.begin(), dropped_.end()), dropped_.end());
    for (auto it = dropped_.rbegin(); it != dropped_.rend(); ++it)
      result_.findings.erase(result_.findings.begin() + *it);
  }

  // "a unit conflict is a finding of kind error": two rules that need an unstated figure in
  // different dimensions cannot both be meant.
  void report_unit_clashes() {
    const auto& cp = in_.inf.base;
    for (const auto& c : in_.inf.unit_clashes) {
      const auto& key = cp.instances[c.second].key;
      if (!key.r->vars.empty()) {
        not_an_instance(c);
        continue;
      }
      std::string message =
          fmt::format("{} is not stated, and the rules need it in two units: {} by {}, {} by {}",
                      c.id, dim_text(c.first_unit), instance_label(cp.instances[c.first].key),
                      dim_text(c.second_unit), instance_label(key));
      finding* f = finding_of(c.second);
      // A pass only counted (`a <= b or c > 0` passes whatever b is): the error needs what
      // any error shows, the rule's description, its check and the figures it reads.
      if (f && f->summarised) restore(cp.instances[c.second].source, *f);
      if (!f) {
        result_.findings.push_back(finding{});
        f = &result_.findings.back();
        f->kind = finding_kind::pass;  // recounted below
        ++result_.summary.pass;
        f->rule = key.r->name;
        f->description = key.r->description;
        f->bound = binding(key.bound.begin(), key.bound.end());
        f->check = key.r->check_text;
        f->rule_range = key.r->range;
      }
      recount(result_.summary, f->kind, finding_kind::error);
      f->kind = finding_kind::error;
      f->level = severity::error;
      f->message = message;
      // Not the sides of a comparison that the clash makes meaningless.
      f->lhs.reset();
      f->rhs.reset();
      f->terms.clear();
      f->gap = 0;
    }
  }

  // "a binding that would add vehicles to RMB is not an instance": the same holds when the RMB
  // is an implied figure's. The binding is dropped, and --verbose names it.
  void not_an_instance(const unit_clash& c) {
    const auto& cp = in_.inf.base;
    const auto& key = cp.instances[c.second].key;
    std::string text = key.r->name + " [";
    for (const auto& [var, seg] : key.bound)
      text += fmt::format("{}{} = {}", text.back() == '[' ? "" : ", ", var, seg);
    result_.skipped.push_back(
        fmt::format("{}]: {} is not stated and the other rules imply it in {}, not {}", text, c.id,
                    dim_text(c.first_unit), dim_text(c.second_unit)));
    finding* f = finding_of(c.second);
    if (!f) return;
    recount(result_.summary, f->kind, finding_kind::pass);
    --result_.summary.pass;
    --result_.summary.instances;
    dropped_.push_back(f - result_.findings.data());
  }

  // The finding of the instance compiled as constraint `c`, if it has one.
  finding* finding_of(std::size_t c) {
    std::optional<std::size_t> at = now_at(in_.inf.base.instances[c].source);
    return at ? &result_.findings[*at] : nullptr;
  }

  static std::string dim_text(const unit& u) {
    return u.dim.dimensionless() ? std::string("a plain number") : u.dim.to_string();
  }

  // The passes counted without a finding that need one after all: one whose repeated figures,
  // split, make it fail; one a conflict names; one a unit clash makes an error or no instance.
  // Each gets the finding run_check makes for a counted pass, where it would have stood, so
  // that the rest of refine (and every report) sees what it would with passes kept.
  void list_needed_passes() {
    const auto& cp = in_.inf.base;
    std::vector<std::size_t> needed;
    for (const auto& r : in_.inf.conflicts) {
      for (std::size_t c : r.constraints) needed.push_back(cp.instances[c].source);
    }
    for (const auto& c : in_.inf.unit_clashes) needed.push_back(cp.instances[c.second].source);
    for (std::size_t k = 0; k < in_.instances.size(); ++k) {
      if (in_.instances[k].unlisted_at < 0) continue;
      std::vector<interval> box;
      if (std::optional<bool> holds = split_holds(k, box); holds && !*holds) needed.push_back(k);
    }
    std::erase_if(needed, [&](std::size_t k) { return in_.instances[k].unlisted_at < 0; });
    if (needed.empty()) return;
    std::sort(needed.begin(), needed.end());
    needed.erase(std::unique(needed.begin(), needed.end()), needed.end());
    std::vector<finding> merged;
    merged.reserve(result_.findings.size() + needed.size());
    std::vector<int> moved(result_.findings.size());
    std::size_t n = 0;
    for (std::size_t i = 0; i <= result_.findings.size(); ++i) {
      for (; n < needed.size() &&
             checked_cast<std::size_t>(in_.instances[needed[n]].unlisted_at) <= i;
           ++n) {
        at_[needed[n]] = checked_cast<int>(merged.size());
        merged.push_back(counted_pass(needed[n]));
      }
      if (i == result_.findings.size()) break;
      moved[i] = checked_cast<int>(merged.size());
      merged.push_back(std::move(result_.findings[i]));
    }
    result_.findings = std::move(merged);
    for (std::size_t k = 0; k < in_.instances.size(); ++k) {
      if (in_.instances[k].finding >= 0)
        at_[k] = moved[checked_cast<std::size_t>(in_.instances[k].finding)];
    }
  }

  // A counted pass as a finding: what run_check keeps of a pass that is only counted.
  finding counted_pass(std::size_t k) {
    const rule& r = *in_.instances[k].r;
    const binding_map& bound = bound_of(k);
    finding f;
    f.kind = finding_kind::pass;
    f.level = r.level;
    f.rule = r.name;
    f.bound = binding(bound.begin(), bound.end());
    f.rule_range = r.range;
    f.summarised = true;
    auto& counts = result_.unlisted_passes;
    auto rule_at = static_cast<std::size_t>(&r - in_.rules.rules.data());
    if (rule_at < counts.size()) --counts[rule_at];
    return f;
  }

 private:
  // An unstated figure decides an instance only when some other rule uses it too; otherwise
  // the instance would only be checked against itself.
  std::string unsupported(const eval_context& ctx) const {
    const auto& cp = in_.inf.base;
    for (const auto& u : ctx.uses) {
      if (u.stated) continue;
      auto it = implied_.find(u.id);
      if (it == implied_.end() || !it->second->value.bounded()) return u.id + " is not stated";
      std::optional<std::size_t> v = cp.var_named(u.id);
      if (!v || users_[*v] < 2) return u.id + " is not stated, and no other rule implies it";
    }
    return "";
  }

  void decide_with_implied(std::size_t instance, finding& f) {
    const rule& r = *in_.instances[instance].r;
    eval_context ctx{
        in_.index, in_.states, bound_of(instance), {}, r.within ? &*r.within : nullptr};
    ctx.implied = &implied_;
    value v = evaluate(*r.check, ctx);
    std::string why = unsupported(ctx);
    if (!why.empty() || !v.known || !ctx.unit_error.empty() || !ctx.needed_groups.empty()) {
      if (!why.empty()) f.message = why;
      f.figures = std::move(ctx.uses);
      return;
    }
    finding_kind k = v.t.can_be_true ? finding_kind::pass : finding_kind::fail;
    recount(result_.summary, f.kind, k);
    f.kind = k;
    f.message.clear();
    f.lhs = ctx.lhs;
    f.rhs = ctx.rhs;
    f.gap = k == finding_kind::fail && ctx.lhs && ctx.rhs ? gap(ctx.lhs->value, ctx.rhs->value) : 0;
    f.terms = ctx.terms;
    f.figures = std::move(ctx.uses);
  }

  // The finding of a summarised pass as run_check makes it for every instance: evaluated
  // again on the stated figures alone.
  void restore(std::size_t k, finding& f) const {
    const rule& r = *in_.instances[k].r;
    eval_context ctx{in_.index, in_.states, bound_of(k), {}, r.within ? &*r.within : nullptr};
    evaluate(*r.check, ctx);
    f.summarised = false;
    f.description = r.description;
    f.check = r.check_text;
    f.lhs = ctx.lhs;
    f.rhs = ctx.rhs;
    f.terms = ctx.terms;
    f.figures = std::move(ctx.uses);
  }

  // Each variable's value on its own: its claims intersected, or what inference implies.
  std::vector<interval> box_of(const solve::constraint& c) {
    const auto& cp = in_.inf.base;
    if (claimed_.empty()) {
      claimed_.assign(cp.p.vars, interval::entire());
      for (const auto& f : cp.p.facts) claimed_[f.var] = intersect(claimed_[f.var], f.value);
    }
    std::vector<interval> box;
    for (std::size_t v : c.vars) {
      interval d = interval::entire();
      if (cp.var_stated[v]) {
        d = claimed_[v];
      } else if (in_.inf.final.feasible) {
        d = in_.inf.final.domains[v];
      }
      box.push_back(d);
    }
    return box;
  }

  // Whether the instance (record k) holds with its repeated figures split: nullopt when it has
  // none, or a figure has no value. `box` is left with each variable's value.
  std::optional<bool> split_holds(std::size_t k, std::vector<interval>& box) {
    if (!constraint_of_[k]) return std::nullopt;
    const solve::constraint& c = in_.inf.base.p.constraints[*constraint_of_[k]];
    if (c.repeated.empty()) return std::nullopt;
    box = box_of(c);
    for (const auto& d : box) {
      if (d.empty()) return std::nullopt;
    }
    return solve::decide(c, box).can_be_true;
  }

  void split_repeated(std::size_t k, finding& f) {
    std::vector<interval> box;
    std::optional<bool> split = split_holds(k, box);
    if (!split) return;
    bool holds = *split;
    if (holds && f.summarised) return;  // nothing of it is shown
    // A pass kept only to be counted turns out to fail: it needs all a failure shows.
    if (f.summarised) restore(k, f);
    // The sides shown are those of a single top comparison; narrow them the same way.
    const solve::constraint& c = in_.inf.base.p.constraints[*constraint_of_[k]];
    const solve::node& root = c.nodes.back();
    bool single = root.o >= solve::op::eq && root.o <= solve::op::ge;
    if (single && f.lhs && f.rhs) {
      f.lhs->value = intersect(f.lhs->value, solve::range_of(c, root.kids[0], box));
      f.rhs->value = intersect(f.rhs->value, solve::range_of(c, root.kids[1], box));
    }
    if (holds) return;
    recount(result_.summary, f.kind, finding_kind::fail);
    f.kind = finding_kind::fail;
    if (f.lhs && f.rhs) f.gap = gap(f.lhs->value, f.rhs->value);
  }

  void attach_conflicts();
  finding conflict_of(const conflict_report& r) const;

  // The binding of instance k: its key's, which inference holds.
  const binding_map& bound_of(std::size_t k) const { return key_of_[k]->bound; }

  // The finding of instance k in the result; none when it was decided per claim or only
  // counted.
  std::optional<std::size_t> index_of(std::size_t k) const {
    if (at_[k] < 0) return std::nullopt;
    return checked_cast<std::size_t>(at_[k]);
  }
  // The same once the dropped findings are gone and the conflicts put first.
  std::optional<std::size_t> now_at(std::size_t k) const {
    std::optional<std::size_t> at = index_of(k);
    return at ? remap_[*at] : std::nullopt;
  }

  const refine_input& in_;
  check_result& result_;
  implied_map implied_;
  std::vector<std::optional<std::size_t>> constraint_of_;  // per instance: its constraint
  std::vector<const instance_key*> key_of_;                // per instance: its key
  std::vector<int> users_;                         // per variable: the rule instances that use it
  std::vector<char> named_in_conflict_;            // per instance: a conflict among rules names it
  std::vector<int> at_;                            // per instance: its finding; -1 when it has none
  std::vector<std::optional<std::size_t>> remap_;  // finding index before -> after dropping
  std::vector<std::ptrdiff_t> dropped_;            // findings that turned out not to be instances
  std::vector<interval> claimed_;  // per variable: its claims intersected (filled on first use)
};

finding* refiner_find_group(check_result& result, const std::string& id) {
  for (auto& f : result.findings) {
    if (f.kind != finding_kind::conflict || !f.rule.empty()) continue;
    if (std::find(f.conflicted_ids.begin(), f.conflicted_ids.end(), id) != f.conflicted_ids.end())
      return &f;
  }
  return nullptr;
}

void refiner::attach_conflicts() {
  const auto& cp = in_.inf.base;
  std::vector<finding> fresh;
  for (const auto& r : in_.inf.conflicts) {
    finding* host = nullptr;
    if (r.constraints.empty() && !r.facts.empty()) {
      host = refiner_find_group(result_, cp.facts[r.facts.front()].fig->id);
    } else if (r.constraints.size() == 1) {
      finding* f = finding_of(r.constraints.front());
      if (f && f->kind == finding_kind::fail) host = f;
    }
    if (host) {
      if (!host->cause) host->cause = r.cause;
      // A failing instance already shows its two sides.
      if (host->kind == finding_kind::conflict && !host->cannot_close)
        host->cannot_close = r.cannot_close;
      continue;
    }
    fresh.push_back(conflict_of(r));
  }
  result_.summary.conflict += static_cast<int>(fresh.size());
  result_.findings.insert(result_.findings.begin(), fresh.begin(), fresh.end());
  for (auto& at : remap_) {
    if (at) *at += fresh.size();
  }
}

finding refiner::conflict_of(const conflict_report& r) const {
  const auto& cp = in_.inf.base;
  finding f;
  f.kind = finding_kind::conflict;
  f.level = severity::error;
  for (std::size_t k : r.facts) f.figures.push_back(claim_use(*cp.facts[k].fig, cp.facts[k].claim));
  for (std::size_t c : r.constraints) {
    const auto& key = cp.instances[c].key;
    f.instances.push_back({key.r->name, instance_label(key),
                           binding(key.bound.begin(), key.bound.end()), key.r->check_text,
                           key.r->range});
  }
  f.message = fmt::format("{} claims and {} rules cannot all be true", r.facts.size(),
                          r.constraints.size());
  f.cannot_close = r.cannot_close;
  f.cause = r.cause;
  return f;
}

}  // namespace

void refine(const refine_input& in, check_result& result) {
  refiner(in, result).run();
}

}  // namespace crossfoot
