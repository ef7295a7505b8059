#include "eval/currency.hpp"

#include <fmt/format.h>

#include <map>

#include "eval/compile.hpp"
#include "eval/conflicts.hpp"
#include "eval/evaluate.hpp"
#include "eval/infer.hpp"

namespace crossfoot {
namespace {

std::string instance_label_of(const alternative_outcome& a) {
  std::string values;
  for (const auto& [var, seg] : a.bound) values += (values.empty() ? "" : ", ") + seg;
  if (a.bound.size() > 1) values = "(" + values + ")";
  return a.bound.empty() ? a.rule : a.rule + " for " + values;
}

bool in_currency(const unit& u) {
  return !u.dim.dimensionless() && is_currency(u.dim.to_string());
}

// How many stated figures of the document are in each currency.
std::map<std::string, int> currency_counts(const figure_set& figures) {
  std::map<std::string, int> out;
  for (const auto& f : figures.figures) {
    for (const auto& c : f.claims) {
      if (in_currency(c.q.written_unit)) ++out[c.q.written_unit.dim.to_string()];
    }
  }
  return out;
}

// The figure with every claim read in `currency`.
figure recurrenced(const figure& f, const std::string& currency) {
  figure out = f;
  for (auto& c : out.claims) {
    unit& u = c.q.written_unit;
    u = unit::level(currency, u.scale_exp, u.scale_word);
  }
  return out;
}

class explainer {
 public:
  explainer(const figure_set& figures, const figure_index& index, const figure_states& states,
            std::vector<finding>& findings)
      : figures_(figures),
        index_(index),
        states_(states),
        findings_(findings),
        counts_(currency_counts(figures)) {}

  void explain(const currency_case& k) {
    finding& f = findings_[k.finding];
    // The currencies of the instance's stated figures, and which figures are in each.
    std::map<std::string, std::vector<const figure_use*>> by;
    for (const auto& u : f.figures) {
      if (u.stated && in_currency(u.display)) by[u.display.dim.to_string()].push_back(&u);
    }
    if (by.size() != 2) return;
    auto first = by.begin(), second = std::next(first);
    // The odd one: fewer of the instance's figures, or (a tie) fewer of the document's.
    auto weight = [&](const auto& it) {
      return std::pair<std::size_t, int>(it->second.size(), counts_[it->first]);
    };
    auto odd = weight(first) < weight(second) ? first : second;
    auto usual = odd == first ? second : first;
    if (weight(first) == weight(second)) return;  // nothing tells them apart
    diagnosis d;
    for (const figure_use* u : odd->second) {
      d.suspects.push_back({*u});
      if (auto h = reread(k, *u, usual->first)) d.fits.push_back(std::move(*h));
    }
    if (!d.fits.empty()) f.cause = std::move(d);
  }

 private:
  // The instance decided with the claim read in `currency`; a hypothesis when it then holds.
  // Only that figure changes: the check's index and states serve for every other, so many
  // such cases cost each its own instance, not a copy of the whole figure set.
  std::optional<hypothesis> reread(const currency_case& k, const figure_use& u,
                                   const std::string& currency) {
    auto at = figures_.index.find(u.id);
    if (at == figures_.index.end()) return std::nullopt;
    const figure changed = recurrenced(figures_.figures[at->second], currency);
    figure_states states(states_, at->second, state_of(changed));
    eval_context ctx{index_, states, k.bound, {}, k.r->within ? &*k.r->within : nullptr};
    value v = evaluate(*k.r->check, ctx);
    if (!ctx.unit_error.empty() || !v.known || !v.t.can_be_true) return std::nullopt;
    const crossfoot::claim& c = changed.claims[u.claim < 0 ? 0 : static_cast<std::size_t>(u.claim)];
    hypothesis h;
    h.what = hypothesis::kind::wrong_currency;
    h.id = u.id;
    h.written = u.written;
    h.becomes = format_value(c.q.number * c.q.written_unit.factor(), c.q.written_unit);
    h.detail = fmt::format("{} written for {}", u.display.dim.to_string(), currency);
    h.fits = {instance_label({k.r, k.bound})};
    h.claims = {u};
    return h;
  }

  const figure_set& figures_;
  const figure_index& index_;
  const figure_states& states_;
  std::vector<finding>& findings_;
  std::map<std::string, int> counts_;
};

}  // namespace

void explain_currencies(const figure_set& figures, const figure_index& index,
                        const figure_states& states, const std::vector<currency_case>& cases,
                        std::vector<finding>& findings) {
  explainer e(figures, index, states, findings);
  for (const auto& k : cases) e.explain(k);
}

void explain_mixed_claims(finding& conflict) {
  if (conflict.cause) return;
  // Per claim (alternative): how its instances came out.
  std::map<int, std::pair<int, int>> held;  // alternative -> (pass, fail or error)
  std::map<int, std::vector<std::string>> passing;
  for (const auto& a : conflict.alternatives) {
    auto& [pass, bad] = held[a.alternative];
    if (a.kind == finding_kind::pass) {
      ++pass;
      passing[a.alternative].push_back(instance_label_of(a));
    }
    if (a.kind == finding_kind::fail || a.kind == finding_kind::error) ++bad;
  }
  const figure_use* good = nullptr;
  for (const auto& u : conflict.figures) {
    auto h = held.find(u.claim);
    if (h != held.end() && h->second.first > 0 && h->second.second == 0 && in_currency(u.display))
      good = good ? good : &u;
  }
  if (!good) return;
  diagnosis d;
  for (const auto& u : conflict.figures) {
    auto h = held.find(u.claim);
    if (!in_currency(u.display) || u.display.dim == good->display.dim) continue;
    if (h == held.end() || h->second.second == 0) continue;
    d.suspects.push_back({u});
    // The same number in the other currency: a slip of the symbol, not a conversion.
    bool same_number = u.value.lo == good->value.lo && u.value.hi == good->value.hi;
    if (!same_number) continue;
    hypothesis x;
    x.what = hypothesis::kind::wrong_currency;
    x.id = u.id;
    x.written = u.written;
    x.becomes = good->written;
    x.detail =
        fmt::format("{} written for {}", u.display.dim.to_string(), good->display.dim.to_string());
    x.fits = passing[good->claim];
    x.claims = {u};
    d.fits.push_back(std::move(x));
  }
  if (!d.suspects.empty()) conflict.cause = std::move(d);
}

bool mixed_units(const figure& f) {
  for (const auto& c : f.claims) {
    if (!(c.q.written_unit.dim == f.claims.front().q.written_unit.dim)) return true;
  }
  return false;
}

}  // namespace crossfoot
