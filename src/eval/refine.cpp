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

// An unstated figure decides an instance only when some other rule uses it too; otherwise
// the instance would only be checked against itself.
std::string unsupported(const eval_context& ctx, const implied_map& implied,
                        const std::unordered_map<std::string, int>& users) {
  for (const auto& u : ctx.uses) {
    if (u.stated) continue;
    auto it = implied.find(u.id);
    if (it == implied.end() || !it->second->value.bounded()) return u.id + " is not stated";
    auto n = users.find(u.id);
    if (n == users.end() || n->second < 2)
      return u.id + " is not stated, and no other rule implies it";
  }
  return "";
}

class refiner {
 public:
  refiner(const refine_input& in, check_result& result) : in_(in), result_(result) {
    for (const auto& f : in.inf.implied) implied_.emplace(f.id, &f);
    const auto& cp = in.inf.base;
    for (std::size_t c = 0; c < cp.instances.size(); ++c) {
      compiled_.emplace(instance_label(cp.instances[c].key), c);
      for (std::size_t v : cp.p.constraints[c].vars) ++users_[cp.var_ids[v]];
    }
  }

  void run() {
    std::vector<char> drop(result_.findings.size(), 0);
    for (const auto& rec : in_.instances) {
      std::optional<std::size_t> at = index_of(rec);
      if (!at) continue;
      finding& f = result_.findings[*at];
      if (f.kind == finding_kind::unknown && in_conflict(rec)) {
        // Decided by the conflict finding that names it; a second finding would repeat it.
        recount(result_.summary, f.kind, finding_kind::conflict);
        ++result_.summary.depend_on_conflict;
        drop[*at] = 1;
        continue;
      }
      if (f.kind == finding_kind::unknown) decide_with_implied(rec, f);
      if (f.kind == finding_kind::pass) split_repeated(rec, f);
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
      finding* f = finding_of(key);
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
    finding* f = finding_of(key);
    if (!f) return;
    recount(result_.summary, f->kind, finding_kind::pass);
    --result_.summary.pass;
    --result_.summary.instances;
    dropped_.push_back(f - result_.findings.data());
  }

  finding* finding_of(const instance_key& key) {
    std::string label = instance_label(key);
    for (const auto& rec : in_.instances) {
      std::optional<std::size_t> at = now_at(rec);
      if (at && instance_label({rec.r, rec.bound}) == label) return &result_.findings[*at];
    }
    return nullptr;
  }

  static std::string dim_text(const unit& u) {
    return u.dim.dimensionless() ? std::string("a plain number") : u.dim.to_string();
  }

  bool in_conflict(const instance_record& rec) const {
    std::string label = instance_label({rec.r, rec.bound});
    for (const auto& r : in_.inf.conflicts) {
      if (r.constraints.size() < 2) continue;
      for (std::size_t c : r.constraints) {
        if (instance_label(in_.inf.base.instances[c].key) == label) return true;
      }
    }
    return false;
  }

 private:
  void decide_with_implied(const instance_record& rec, finding& f) {
    const rule& r = *rec.r;
    eval_context ctx{in_.index, in_.states, rec.bound, {}, r.within ? &*r.within : nullptr};
    ctx.implied = &implied_;
    value v = evaluate(*r.check, ctx);
    std::string why = unsupported(ctx, implied_, users_);
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
  void restore(const instance_record& rec, finding& f) const {
    const rule& r = *rec.r;
    eval_context ctx{in_.index, in_.states, rec.bound, {}, r.within ? &*r.within : nullptr};
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

  void split_repeated(const instance_record& rec, finding& f) {
    auto it = compiled_.find(instance_label({rec.r, rec.bound}));
    if (it == compiled_.end()) return;
    const auto& cp = in_.inf.base;
    const solve::constraint& c = cp.p.constraints[it->second];
    if (c.repeated.empty()) return;
    auto box = box_of(c);
    for (const auto& d : box) {
      if (d.empty()) return;
    }
    bool holds = solve::decide(c, box).can_be_true;
    if (holds && f.summarised) return;  // nothing of it is shown
    // A pass kept only to be counted turns out to fail: it needs all a failure shows.
    if (f.summarised) restore(rec, f);
    // The sides shown are those of a single top comparison; narrow them the same way.
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

  // The instance's finding in the result; none when it was decided per claim.
  static std::optional<std::size_t> index_of(const instance_record& rec) {
    if (rec.finding < 0) return std::nullopt;
    return checked_cast<std::size_t>(rec.finding);
  }
  // The same once the dropped findings are gone and the conflicts put first.
  std::optional<std::size_t> now_at(const instance_record& rec) const {
    std::optional<std::size_t> at = index_of(rec);
    return at ? remap_[*at] : std::nullopt;
  }

  const refine_input& in_;
  check_result& result_;
  implied_map implied_;
  std::unordered_map<std::string, std::size_t> compiled_;  // instance label -> constraint
  std::unordered_map<std::string, int> users_;             // unstated id -> rule instances using it
  std::vector<std::optional<std::size_t>> remap_;          // finding index before -> after dropping
  std::vector<std::ptrdiff_t> dropped_;  // findings that turned out not to be instances
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
  std::unordered_map<std::string, std::size_t> by_label;
  for (const auto& rec : in_.instances) {
    if (std::optional<std::size_t> at = now_at(rec))
      by_label.emplace(instance_label({rec.r, rec.bound}), *at);
  }
  std::vector<finding> fresh;
  for (const auto& r : in_.inf.conflicts) {
    finding* host = nullptr;
    if (r.constraints.empty() && !r.facts.empty()) {
      host = refiner_find_group(result_, cp.facts[r.facts.front()].fig->id);
    } else if (r.constraints.size() == 1) {
      auto it = by_label.find(instance_label(cp.instances[r.constraints.front()].key));
      if (it != by_label.end() && result_.findings[it->second].kind == finding_kind::fail)
        host = &result_.findings[it->second];
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
