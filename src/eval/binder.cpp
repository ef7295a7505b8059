#include "eval/binder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>

namespace crossfoot {
namespace {

using segments = std::vector<rexpr::segment>;
using restrictions = std::map<std::string, const var_restriction*>;

// One position of a pattern after substituting bound variables.
struct item {
  std::string text;  // literal segment, variable name, or "*"
  enum { literal, var, star } k;
  const var_restriction* in = nullptr;  // a variable's `in`, if any
};

std::vector<item> substitute(const segments& pattern, const binding_map& bound,
                             const restrictions& ins = {}) {
  std::vector<item> out;
  for (const auto& s : pattern) {
    if (s.text == "*" && !s.is_var) {
      out.push_back({"*", item::star});
    } else if (!s.is_var) {
      out.push_back({s.text, item::literal});
    } else if (auto it = bound.find(s.text); it != bound.end()) {
      for (auto& part : split_id(it->second)) out.push_back({part, item::literal});
    } else {
      auto in = ins.find(s.text);
      out.push_back({s.text, item::var, in == ins.end() ? nullptr : in->second});
    }
  }
  return out;
}

std::string joined(const std::vector<item>& pat) {
  std::string id;
  for (const auto& p : pat) id += (id.empty() ? "" : ".") + p.text;
  return id;
}

bool is_period_segment(std::string_view s) {
  return !s.empty() && s[0] >= '0' && s[0] <= '9' && parse_period(s).has_value();
}

// Segments that name another series or valuation of the same figure, never a part of it:
// `gdp.original.growth` (unadjusted) and `gdp.current_prices` are GDP again, so `X.*` of `gdp`
// must not take them as GDP's components. The extract lexicon's `series` and `price_basis`
// payloads write these segments (docs/language.md, "Figure references"); so is `average`, the
// figure averaged over periods ("HICP inflation averaged 0.4%": hicp.average.growth_yoy).
constexpr std::array<std::string_view, 5> other_series_segments = {
    "original", "seasonally_adjusted", "trend", "current_prices", "average"};

// What `*` may stand for: one segment that names a part, not a period or another series.
bool is_part_segment(std::string_view s) {
  return !is_period_segment(s) &&
         std::find(other_series_segments.begin(), other_series_segments.end(), s) ==
             other_series_segments.end();
}

// Whether one period segment has the frequency a restriction asks for.
bool period_fits(const std::string& segment, binds what) {
  if (segment.empty() || segment[0] < '0' || segment[0] > '9') return false;
  auto p = parse_period(segment);
  if (!p) return false;
  switch (what) {
    case binds::years:
      return p->freq == frequency::year && !p->is_range();
    case binds::quarters:
      return p->freq == frequency::quarter && !p->is_range();
    case binds::months:
      return p->freq == frequency::month && !p->is_range();
    default:
      return true;
  }
}

// Whether `segs` holds `parts` from its segment `j` on.
bool segments_at(const std::vector<std::string>& segs, std::size_t j,
                 const std::vector<std::string>& parts) {
  if (j + parts.size() > segs.size()) return false;
  return std::ranges::equal(parts, std::span(segs).subspan(j, parts.size()));
}

// Backtracking: a variable takes one or more whole segments, or what its `in` allows.
void unify(const std::vector<item>& pat, std::size_t i, const std::vector<std::string>& segs,
           std::size_t j, binding_map& b, std::vector<binding_map>& out) {
  if (i == pat.size()) {
    if (j == segs.size()) out.push_back(b);
    return;
  }
  if (j == segs.size()) return;
  const item& it = pat[i];
  if (it.k == item::literal || it.k == item::star) {
    // A period or series segment is not a part: `*` never matches one (months() sums periods).
    bool fits = it.k == item::star ? is_part_segment(segs[j]) : it.text == segs[j];
    if (fits) unify(pat, i + 1, segs, j + 1, b, out);
    return;
  }
  if (auto found = b.find(it.text); found != b.end()) {
    auto parts = split_id(found->second);
    if (!segments_at(segs, j, parts)) return;
    unify(pat, i + 1, segs, j + parts.size(), b, out);
    return;
  }
  std::size_t rest = pat.size() - i - 1;  // every later item takes at least one segment
  auto bind = [&](std::size_t len) {
    b[it.text] = join_id(segs, j, j + len);
    unify(pat, i + 1, segs, j + len, b, out);
    b.erase(it.text);
  };
  if (it.in && it.in->what == binds::members) {
    for (const auto& m : it.in->members) {
      auto parts = split_id(m);
      if (j + parts.size() + rest > segs.size()) continue;
      if (segments_at(segs, j, parts)) bind(parts.size());
    }
    return;
  }
  if (it.in && it.in->on_period()) {
    if (j + 1 + rest <= segs.size() && period_fits(segs[j], it.in->what)) bind(1);
    return;
  }
  for (std::size_t len = 1; j + len + rest <= segs.size(); ++len) bind(len);
}

bool has(const std::vector<item>& pat, decltype(item::k) k) {
  return std::any_of(pat.begin(), pat.end(), [k](const item& x) { return x.k == k; });
}

std::vector<std::size_t> candidates(const std::vector<item>& pat, const figure_index& index) {
  const item& last = pat.back();
  if (last.k == item::var && last.in && last.in->what == binds::members) {
    // Only the ids that end the way one of the names ends.
    std::set<std::size_t> out;
    for (const auto& m : last.in->members) {
      auto parts = split_id(m);
      for (std::size_t c : index.ending_with(parts.back())) out.insert(c);
    }
    return {out.begin(), out.end()};
  }
  if (last.k != item::literal) {
    std::vector<std::size_t> all(index.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }
  std::span<const std::uint32_t> ending =
      pat.size() >= 2 && pat[pat.size() - 2].k == item::literal
          ? index.ending_with(last.text, pat[pat.size() - 2].text)
          : index.ending_with(last.text);
  return {ending.begin(), ending.end()};
}

std::vector<binding_map> extend(const segments& ref, const binding_map& b,
                                const figure_index& index, const restrictions& ins) {
  auto pat = substitute(ref, b, ins);
  std::vector<binding_map> out;
  if (!has(pat, item::var) && !has(pat, item::star)) {
    if (index.find(joined(pat))) out.push_back(b);
    return out;
  }
  for (std::size_t c : candidates(pat, index)) {
    binding_map copy = b;
    unify(pat, 0, split_id(index.id_at(c)), 0, copy, out);
  }
  if (!has(pat, item::var)) {  // a `*` reference only needs one match
    if (!out.empty()) out.resize(1);
  }
  return out;
}

// The references of a check as binding sees them.
struct check_refs {
  std::vector<const segments*> all;      // every reference outside exists() and sets of parts
  std::vector<const segments*> driving;  // references with a variable, outside sets of parts
  struct earlier {
    const segments* operand;
    span_names names;
  };
  std::vector<earlier> earlier_operands;  // operands of prev(), growth(), year_ago(), growth_yoy()
  struct parts {
    const segments* ref;
    frequency freq;
  };
  std::vector<parts> part_sets;  // operands of months(), quarters(), years()
  bool children = false;         // children(): a cube's hierarchy, which figures files lack
};

// The references of a check, each node once per context (outside any earlier-period function,
// under prev()/growth(), under year_ago()/growth_yoy()): the check is a DAG in which a let used
// twice is one node.
void collect_refs(const rule& r, check_refs& out) {
  using context = std::optional<span_names>;
  auto key = [](const rexpr* e, const context& c) {
    int k = !c ? 0 : std::string_view(c->level) == ".prev" ? 1 : 2;
    return std::pair<const rexpr*, int>(e, k);
  };
  std::set<std::pair<const rexpr*, int>> seen;
  std::vector<std::pair<const rexpr*, context>> stack{{r.check.get(), std::nullopt}};
  while (!stack.empty()) {
    auto [e, in_earlier] = stack.back();
    stack.pop_back();
    if (!seen.insert(key(e, in_earlier)).second) continue;
    if (e->k == rexpr::kind::ref) {
      bool has_var = std::any_of(e->segments.begin(), e->segments.end(),
                                 [](const rexpr::segment& s) { return s.is_var; });
      out.all.push_back(&e->segments);
      if (has_var &&
          std::find(out.driving.begin(), out.driving.end(), &e->segments) == out.driving.end())
        out.driving.push_back(&e->segments);
      if (in_earlier) out.earlier_operands.push_back({&e->segments, *in_earlier});
      continue;
    }
    context span = in_earlier;
    if (e->k == rexpr::kind::call) {
      if (e->fn == function::exists) continue;  // may name nothing
      if (e->fn == function::children) {
        out.children = true;
        continue;
      }
      if (auto f = parts_frequency(e->fn)) {
        if (!e->args.empty() && e->arg(0).k == rexpr::kind::ref)
          out.part_sets.push_back({&e->arg(0).segments, *f});
        continue;
      }
      if (reads_earlier(e->fn)) span = span_of(e->fn);
    }
    for (auto it = e->args.rbegin(); it != e->args.rend(); ++it)
      stack.emplace_back(it->get(), span);
  }
}

// Plain references drive first, most specific (most literal segments) first.
int specificity(const segments& s) {
  int n = 0;
  for (const auto& x : s) n += (!x.is_var && x.text != "*") ? 2 : 0;
  if (!s.empty() && s.back().text == "*") n -= 100;
  return n;
}

bool has_previous(const segments& operand, const binding_map& b, const figure_index& index,
                  const span_names& names) {
  std::string id = joined(substitute(operand, b));
  if (!index.find(id)) return true;  // a fixed reference nothing states: the instance is unknown
  return index.find(id + names.level) || index.find(id + names.rate);
}

bool parts_stated(const check_refs::parts& p, const binding_map& b, const figure_index& index) {
  auto ids = expand_parts(*p.ref, b, index, p.freq);
  return ids.size() >= 2 &&
         std::all_of(ids.begin(), ids.end(), [&](const std::string& id) { return index.find(id); });
}

// Each variable restricted to a kind of figure names only figures of that kind where it ends
// a reference.
bool kinds_fit(const check_refs& refs, const binding_map& b, const figure_index& index,
               const restrictions& ins) {
  for (const segments* ref : refs.driving) {
    const rexpr::segment& last = ref->back();
    if (!last.is_var) continue;
    auto in = ins.find(last.text);
    if (in == ins.end() || !in->second->on_figures()) continue;
    const figure* f = index.find(joined(substitute(*ref, b)));
    if (f && !is_of_kind(*f, in->second->what)) return false;
  }
  return true;
}

// The period a reference names once bound, and whether it came through a variable without a
// period restriction (the only way a binding can pick a period nobody wrote).
struct ref_period {
  std::optional<period> when;
  bool through_free_variable = false;
  bool several = false;  // more than one period segment: no one period
};

ref_period period_of_ref(const segments& ref, const binding_map& b, const restrictions& ins) {
  ref_period out;
  auto note = [&](const std::string& seg, bool free) {
    if (!is_period_segment(seg)) return;
    if (out.when) out.several = true;
    out.when = parse_period(seg);
    out.through_free_variable = free;
  };
  for (const auto& s : ref) {
    if (!s.is_var) {
      note(s.text, false);
      continue;
    }
    auto bound = b.find(s.text);
    if (bound == b.end()) continue;
    auto in = ins.find(s.text);
    bool free = in == ins.end() || !in->second->on_period();
    for (const auto& part : split_id(bound->second)) note(part, free);
  }
  return out;
}

// "A period segment is not a part": when a variable that is not declared `in periods` carries
// a period into a reference, every reference of the check is of that period (an id without a
// period segment being of the document's period), or written with its own period. So
// `X.Y.exports <= X.exports` never takes Y = 2018-09, and a share of September 2018 is not
// checked against a whole that is September 2019's.
bool periods_agree(const check_refs& refs, const binding_map& b, const figure_index& index,
                   const restrictions& ins) {
  std::optional<period> carried;
  std::vector<ref_period> periods;
  for (const segments* ref : refs.all) {
    periods.push_back(period_of_ref(*ref, b, ins));
    const ref_period& p = periods.back();
    if (p.several || !p.through_free_variable) continue;
    if (carried && *carried != *p.when) return false;
    carried = p.when;
  }
  if (!carried) return true;
  for (const ref_period& p : periods) {
    if (p.several || (p.when && !p.through_free_variable)) continue;  // written by the rule
    std::optional<period> of = p.when ? p.when : index.document_period();
    if (of != carried) return false;
  }
  return true;
}

bool ends_with(const std::string& id, const char* last) {
  auto dot = id.rfind('.');
  return id.compare(dot == std::string::npos ? 0 : dot + 1, std::string::npos, last) == 0;
}

}  // namespace

span_names span_of(function fn) {
  if (fn == function::year_ago || fn == function::growth_yoy) return {".year_ago", ".growth_yoy"};
  return {".prev", ".growth"};
}

bool reads_earlier(function fn) {
  return fn == function::prev || fn == function::growth || fn == function::year_ago ||
         fn == function::growth_yoy;
}

bool is_of_kind(const figure& f, binds kind) {
  const unit& u = f.display_unit();
  bool shares = ends_with(f.id, "share");
  bool rates = ends_with(f.id, "growth") || ends_with(f.id, "growth_yoy");
  bool changes =
      ends_with(f.id, "change") || ends_with(f.id, "contribution") || u.style == unit_style::points;
  switch (kind) {
    case binds::levels:
      return !shares && !rates && !changes && u.style != unit_style::percent;
    case binds::shares:
      return shares;
    case binds::growth_rates:
      return rates;
    case binds::changes:
      return changes;
    default:
      return true;
  }
}

std::vector<binding_map> enumerate_bindings(const rule& r, const figure_index& index) {
  restrictions ins;
  for (std::size_t i = 0; i < r.vars.size() && i < r.restrictions.size(); ++i) {
    if (r.restrictions[i].what != binds::anything) ins.emplace(r.vars[i], &r.restrictions[i]);
  }
  check_refs refs;
  collect_refs(r, refs);
  std::vector<const segments*> driving = refs.driving;
  std::stable_sort(driving.begin(), driving.end(), [](const segments* a, const segments* b) {
    return specificity(*a) > specificity(*b);
  });
  std::vector<binding_map> partial{binding_map{}};
  for (const segments* ref : driving) {
    std::vector<binding_map> next;
    for (const auto& b : partial) {
      for (auto& e : extend(*ref, b, index, ins)) next.push_back(std::move(e));
    }
    std::set<binding_map> unique(next.begin(), next.end());
    partial.assign(unique.begin(), unique.end());
    if (partial.empty()) break;
  }
  std::vector<binding_map> out;
  for (auto& b : partial) {
    // children() needs a dataset's hierarchy: on figures such a rule binds no instance.
    bool ok = !refs.children &&
              std::all_of(refs.earlier_operands.begin(), refs.earlier_operands.end(),
                          [&](const check_refs::earlier& e) {
                            return has_previous(*e.operand, b, index, e.names);
                          }) &&
              std::all_of(refs.part_sets.begin(), refs.part_sets.end(),
                          [&](const check_refs::parts& p) { return parts_stated(p, b, index); }) &&
              kinds_fit(refs, b, index, ins) && periods_agree(refs, b, index, ins);
    if (ok) out.push_back(std::move(b));
  }
  return out;
}

namespace {

void walk(const std::vector<item>& pat, std::size_t i, const std::string& prefix,
          const figure_index& index, std::vector<std::string>& out) {
  if (i == pat.size()) {
    if (index.find(prefix)) out.push_back(index.canonical(prefix));
    return;
  }
  auto child = [&](std::string_view s) {
    return prefix.empty() ? std::string(s) : prefix + "." + std::string(s);
  };
  if (pat[i].k == item::star) {
    for (const auto& s : index.children(prefix)) {
      if (is_part_segment(s)) walk(pat, i + 1, child(s), index, out);
    }
  } else {
    walk(pat, i + 1, child(pat[i].text), index, out);
  }
}

}  // namespace

std::vector<std::string> expand_ref(const segments& ref, const binding_map& bound,
                                    const figure_index& index) {
  auto pat = substitute(ref, bound);
  if (!has(pat, item::star)) return {index.canonical(joined(pat))};
  std::vector<std::string> out;
  walk(pat, 0, "", index, out);
  // A stated id and an alias may name one figure (".prev" and ".year_ago" of a year): once.
  std::set<std::string> seen;
  std::erase_if(out, [&](const std::string& id) { return !seen.insert(id).second; });
  return out;
}

std::vector<std::string> expand_parts(const segments& ref, const binding_map& bound,
                                      const figure_index& index, frequency f) {
  auto segs = split_id(joined(substitute(ref, bound)));
  auto p = period_of_id(segs);
  if (!p) return {};
  std::vector<std::string> out;
  for (const period& part : p->value.parts(f)) {
    segs[p->index] = part.to_string();
    out.push_back(index.canonical(join_id(segs)));
  }
  return out;
}

}  // namespace crossfoot

namespace crossfoot {
namespace {

// Post-order numbering of a check's nodes, each visited once even where nodes are shared.
class signer {
 public:
  signer(const binding_map& b, const figure_index& index) : bound_(b), index_(index) {}

  std::size_t node(const rexpr& e) {
    if (auto it = numbers_.find(&e); it != numbers_.end()) return it->second;
    std::string text = fmt::format("{}:{}:", static_cast<int>(e.k), static_cast<int>(e.fn));
    if (e.k == rexpr::kind::literal) {
      text += fmt::format("{}/{}/{}", e.value.lo, e.value.hi, e.literal_unit.name());
    } else if (e.k == rexpr::kind::ref) {
      for (const auto& id : expand_ref(e.segments, bound_, index_)) text += id + ",";
    }
    for (auto o : e.ops) text += fmt::format("o{}", static_cast<int>(o));
    if (e.k != rexpr::kind::ref) {
      for (const auto& a : e.args) text += fmt::format("#{}", node(*a));
    }
    out_ += text + "\n";
    std::size_t n = numbers_.size();
    numbers_.emplace(&e, n);
    return n;
  }

  std::string take() { return std::move(out_); }

 private:
  const binding_map& bound_;
  const figure_index& index_;
  std::unordered_map<const rexpr*, std::size_t> numbers_;
  std::string out_;
};

}  // namespace

bool instance_signatures::first(const rule& r, const binding_map& b, const figure_index& index) {
  signer s(b, index);
  s.node(*r.check);
  std::string sig = s.take();
  if (r.within) sig += fmt::format("within {} {}", r.within->relative, r.within->amount);
  return seen_.insert(std::move(sig)).second;
}

}  // namespace crossfoot
