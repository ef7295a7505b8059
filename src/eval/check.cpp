#include "eval/check.hpp"

#include <fmt/format.h>

#include "eval/binder.hpp"
#include "eval/conflicts.hpp"
#include "eval/currency.hpp"
#include "eval/evaluate.hpp"
#include "eval/infer.hpp"
#include "eval/refine.hpp"

namespace crossfoot {
namespace {

using implied_map = std::unordered_map<std::string, const implied_figure*>;

// More alternatives than this in one instance means many arrays of conflicting tables meet;
// the first combinations already show which claims the other figures support.
constexpr std::size_t max_combinations = 64;

struct instance_outcome {
  finding_kind kind = finding_kind::pass;
  eval_context ctx;
};

instance_outcome decide(const rule& r, const binding_map& b, const figure_index& index,
                        const figure_states& states, const selection& chosen,
                        const implied_map* implied = nullptr) {
  instance_outcome out{finding_kind::pass,
                       eval_context{index, states, b, chosen, r.within ? &*r.within : nullptr}};
  out.ctx.implied = implied;
  value v = evaluate(*r.check, out.ctx);
  if (!out.ctx.unit_error.empty()) {
    out.kind = finding_kind::error;
  } else if (!out.ctx.needed_groups.empty()) {
    out.kind = finding_kind::conflict;
  } else if (!v.known) {
    out.kind = finding_kind::unknown;
  } else {
    out.kind = v.t.can_be_true ? finding_kind::pass : finding_kind::fail;
  }
  return out;
}

binding to_binding(const binding_map& b) {
  return binding(b.begin(), b.end());
}

double side_gap(const eval_context& ctx, finding_kind kind) {
  if (kind != finding_kind::fail || !ctx.lhs || !ctx.rhs) return 0;
  return gap(ctx.lhs->value, ctx.rhs->value);
}

finding instance_finding(const rule& r, const binding_map& b, instance_outcome& o,
                         bool keep_passing) {
  finding f;
  f.kind = o.kind;
  f.level = r.level;
  f.rule = r.name;
  f.bound = to_binding(b);
  f.rule_range = r.range;
  if (o.kind == finding_kind::pass && !keep_passing) {
    f.summarised = true;
    return f;
  }
  f.description = r.description;
  f.check = r.check_text;
  f.lhs = o.ctx.lhs;
  f.rhs = o.ctx.rhs;
  f.gap = side_gap(o.ctx, o.kind);
  f.terms = o.ctx.terms;
  f.figures = std::move(o.ctx.uses);
  if (o.kind == finding_kind::error) f.message = o.ctx.unit_error;
  if (o.kind == finding_kind::unknown && !o.ctx.missing.empty()) {
    f.message = fmt::format("{} is not stated", o.ctx.missing);
  }
  return f;
}

std::vector<selection> combinations(const std::set<std::string>& needed,
                                    const std::vector<conflict_group>& groups) {
  std::vector<selection> out{selection{}};
  for (const auto& key : needed) {
    std::vector<selection> next;
    for (const auto& g : groups) {
      if (g.key != key) continue;
      for (int alt : g.alternatives) {
        for (auto s : out) {
          s[key] = alt;
          if (next.size() < max_combinations) next.push_back(std::move(s));
        }
      }
    }
    out = std::move(next);
  }
  return out;
}

class checker {
 public:
  checker(const rule_set& rules, const figure_set& figures, const check_options& options)
      : rules_(rules), figures_(figures), index_(figures), options_(options) {
    states_ = build_states(figures, groups_);
    for (const auto& g : groups_) result_.findings.push_back(conflict_finding(g));
    result_.summary.conflict = static_cast<int>(groups_.size());
  }

  check_result run() {
    std::uint64_t done = 0;
    for (const auto& r : rules_.rules) {
      check_rule(r);
      if (options_.progress) options_.progress(++done, rules_.rules.size());
    }
    // The signatures only tell a new instance from one already checked: a string per
    // instance that inference, the memory peak of a large check, does not need.
    signatures_ = {};
    explain_currencies(figures_, index_, states_, currency_cases_, result_.findings);
    records_.shrink_to_fit();
    keys_.shrink_to_fit();
    inference inf = infer({rules_, figures_, index_, std::move(keys_), options_.diagnose});
    // Instances decided per claim of a conflict see the figures inference implies.
    implied_map implied;
    for (const auto& f : inf.implied) implied.emplace(f.id, &f);
    for (const auto& [r, b, needed] : per_claim_) {
      for (const auto& sel : combinations(needed, groups_)) per_claim(*r, b, sel, &implied);
    }
    for (std::size_t g = 0; g < groups_.size(); ++g) explain_mixed_claims(result_.findings[g]);
    refine({inf, records_, index_, states_, rules_}, result_);
    result_.implied = std::move(inf.implied);
    return std::move(result_);
  }

 private:
  void check_rule(const rule& r) {
    ++result_.summary.rules;
    for (const auto& b : enumerate_bindings(r, index_)) {
      if (!signatures_.first(r, b, index_)) {
        if (options_.verbose) skipped(r, b, "checks what an earlier instance checks");
        continue;
      }
      check_instance(r, b);
    }
  }

  // Whether the binding is an instance.
  bool check_instance(const rule& r, const binding_map& b) {
    auto o = decide(r, b, index_, states_, {});
    // Vehicles added to RMB: the binding was never meant. EUR added to USD: a claim is most
    // likely in the wrong currency, which is a finding.
    if (o.kind == finding_kind::error && !r.vars.empty() && !o.ctx.currency_mismatch) {
      if (options_.verbose) skipped(r, b, o.ctx.unit_error);
      return false;
    }
    if (o.ctx.currency_mismatch && o.kind == finding_kind::error)
      currency_cases_.push_back({&r, b, result_.findings.size()});
    ++result_.summary.instances;
    if (o.kind != finding_kind::error) {
      records_.push_back({&r, -1, -1});
      keys_.push_back({&r, b});
    }
    if (o.kind == finding_kind::conflict) {
      ++result_.summary.depend_on_conflict;
      per_claim_.push_back({&r, b, o.ctx.needed_groups});
      return true;
    }
    count(o.kind);
    if (o.kind == finding_kind::pass && !options_.keep_passing) {
      // Counted, not listed: refine gives it a finding only when inference needs one.
      records_.back().unlisted_at = static_cast<int>(result_.findings.size());
      ++unlisted(r);
      return true;
    }
    if (o.kind != finding_kind::error)
      records_.back().finding = static_cast<int>(result_.findings.size());
    result_.findings.push_back(instance_finding(r, b, o, options_.keep_passing));
    return true;
  }

  // The instance decided with one claim of each conflict group it touches.
  void per_claim(const rule& r, const binding_map& b, const selection& s,
                 const implied_map* implied) {
    auto o = decide(r, b, index_, states_, s, implied);
    for (const auto& [key, alt] : s) {
      for (std::size_t g = 0; g < groups_.size(); ++g) {
        if (groups_[g].key != key) continue;
        alternative_outcome a{alt,       r.name,    to_binding(b),           o.kind,
                              o.ctx.lhs, o.ctx.rhs, side_gap(o.ctx, o.kind), o.ctx.terms};
        result_.findings[g].alternatives.push_back(std::move(a));
      }
    }
  }

  std::int64_t& unlisted(const rule& r) {
    auto& counts = result_.unlisted_passes;
    if (counts.empty()) counts.assign(rules_.rules.size(), 0);
    return counts[static_cast<std::size_t>(&r - rules_.rules.data())];
  }

  void count(finding_kind k) {
    auto& s = result_.summary;
    switch (k) {
      case finding_kind::pass:
        ++s.pass;
        break;
      case finding_kind::fail:
        ++s.fail;
        break;
      case finding_kind::unknown:
        ++s.unknown;
        break;
      case finding_kind::error:
        ++s.error;
        break;
      case finding_kind::conflict:
        break;
    }
  }

  void skipped(const rule& r, const binding_map& b, const std::string& why) {
    std::string text = r.name + " [";
    for (const auto& [var, seg] : b)
      text += fmt::format("{}{} = {}", text.back() == '[' ? "" : ", ", var, seg);
    result_.skipped.push_back(text + "]: " + why);
  }

  const rule_set& rules_;
  const figure_set& figures_;
  figure_index index_;
  instance_signatures signatures_;
  std::vector<instance_record> records_;
  std::vector<instance_key> keys_;  // parallel to records_: each one's binding, for inference
  struct deferred {
    const rule* r;
    binding_map bound;
    std::set<std::string> groups;
  };
  std::vector<deferred> per_claim_;  // decided per claim once inference has run
  std::vector<currency_case> currency_cases_;
  check_options options_;
  figure_states states_;
  std::vector<conflict_group> groups_;
  check_result result_;
};

}  // namespace

const char* to_string(finding_kind k) {
  switch (k) {
    case finding_kind::pass:
      return "pass";
    case finding_kind::fail:
      return "fail";
    case finding_kind::conflict:
      return "conflict";
    case finding_kind::unknown:
      return "unknown";
    case finding_kind::error:
      return "error";
  }
  return "error";
}

const char* to_string(hypothesis::kind k) {
  switch (k) {
    case hypothesis::kind::relabel:
      return "relabel";
    case hypothesis::kind::scale_slip:
      return "scale slip";
    case hypothesis::kind::sign_flip:
      return "sign flip";
    case hypothesis::kind::points_for_percent:
      return "percent/points";
    case hypothesis::kind::digit_slip:
      return "digit slip";
    case hypothesis::kind::sign_lost:
      return "sign lost";
    case hypothesis::kind::part_value:
      return "another part's value";
    case hypothesis::kind::whole_points:
      return "whole points";
    case hypothesis::kind::wrong_currency:
      return "wrong currency";
  }
  return "digit slip";
}

namespace {

// A claim anchored to a draft has no value until bind_anchors reads one; checking it as if it
// had would report on a number nobody wrote. Such claims are left out, so their figures are
// unstated, and each is named in `skipped`.
figure_set without_unbound(const figure_set& figures, std::vector<std::string>& skipped) {
  figure_set out;
  out.file = figures.file;
  out.document = figures.document;
  for (const figure& f : figures.figures) {
    figure kept{f.id, {}};
    for (const claim& c : f.claims) {
      if (c.awaits_draft()) {
        skipped.push_back(f.id + ": anchored to the draft, but not bound (bind_anchors)");
      } else {
        kept.claims.push_back(c);
      }
    }
    if (kept.claims.empty()) continue;
    out.index.emplace(kept.id, out.figures.size());
    out.figures.push_back(std::move(kept));
  }
  return out;
}

}  // namespace

check_result run_check(const rule_set& rules, const figure_set& figures,
                       const check_options& options) {
  if (!figures.has_unbound_anchors()) {
    check_result result = checker(rules, figures, options).run();
    summarize(rules, result, options.max_findings);
    return result;
  }
  std::vector<std::string> skipped;
  const figure_set bound = without_unbound(figures, skipped);
  check_result result = checker(rules, bound, options).run();
  result.skipped.insert(result.skipped.begin(), skipped.begin(), skipped.end());
  summarize(rules, result, options.max_findings);
  return result;
}

}  // namespace crossfoot
