#include "eval/binder.hpp"

#include <algorithm>
#include <optional>
#include <set>

namespace crossfoot {
namespace {

using segments = std::vector<rexpr::segment>;

// One position of a pattern after substituting bound variables.
struct item {
  std::string text;  // literal segment, variable name, or "*"
  enum { literal, var, star } k;
};

std::vector<item> substitute(const segments& pattern, const binding_map& bound) {
  std::vector<item> out;
  for (const auto& s : pattern) {
    if (s.text == "*" && !s.is_var) {
      out.push_back({"*", item::star});
    } else if (!s.is_var) {
      out.push_back({s.text, item::literal});
    } else if (auto it = bound.find(s.text); it != bound.end()) {
      for (auto& part : split_id(it->second)) out.push_back({part, item::literal});
    } else {
      out.push_back({s.text, item::var});
    }
  }
  return out;
}

// Backtracking: a variable takes one or more whole segments.
void unify(const std::vector<item>& pat, std::size_t i, const std::vector<std::string>& segs,
           std::size_t j, binding_map& b, std::vector<binding_map>& out) {
  if (i == pat.size()) {
    if (j == segs.size()) out.push_back(b);
    return;
  }
  if (j == segs.size()) return;
  const item& it = pat[i];
  if (it.k == item::literal || it.k == item::star) {
    if (it.k == item::star || it.text == segs[j]) unify(pat, i + 1, segs, j + 1, b, out);
    return;
  }
  if (auto found = b.find(it.text); found != b.end()) {
    auto parts = split_id(found->second);
    if (j + parts.size() > segs.size()) return;
    if (!std::equal(parts.begin(), parts.end(), segs.begin() + j)) return;
    unify(pat, i + 1, segs, j + parts.size(), b, out);
    return;
  }
  std::size_t rest = pat.size() - i - 1;  // every later item takes at least one segment
  for (std::size_t len = 1; j + len + rest <= segs.size(); ++len) {
    b[it.text] = join_id(segs, j, j + len);
    unify(pat, i + 1, segs, j + len, b, out);
    b.erase(it.text);
  }
}

bool has(const std::vector<item>& pat, decltype(item::k) k) {
  return std::any_of(pat.begin(), pat.end(), [k](const item& x) { return x.k == k; });
}

std::vector<std::size_t> candidates(const std::vector<item>& pat, const figure_index& index) {
  const item& last = pat.back();
  if (last.k != item::literal) {
    std::vector<std::size_t> all(index.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }
  if (pat.size() >= 2 && pat[pat.size() - 2].k == item::literal) {
    return index.ending_with(last.text, pat[pat.size() - 2].text);
  }
  return index.ending_with(last.text);
}

std::vector<binding_map> extend(const segments& ref, const binding_map& b,
                                const figure_index& index) {
  auto pat = substitute(ref, b);
  std::vector<binding_map> out;
  if (!has(pat, item::var) && !has(pat, item::star)) {
    std::string id;
    for (const auto& p : pat) id += (id.empty() ? "" : ".") + p.text;
    if (index.find(id)) out.push_back(b);
    return out;
  }
  for (std::size_t c : candidates(pat, index)) {
    binding_map copy = b;
    unify(pat, 0, split_id(index.at(c).id), 0, copy, out);
  }
  if (!has(pat, item::var)) {  // a `*` reference only needs one match
    if (!out.empty()) out.resize(1);
  }
  return out;
}

// The pattern references of a check, and those under prev() or growth(), each node once: the
// check is a DAG in which a let used twice is one node.
void collect_refs(const rule& r, std::vector<const segments*>& refs,
                  std::vector<const segments*>& prev_operands) {
  // (node, under prev) pairs already walked; a node may be met both ways.
  std::set<std::pair<const rexpr*, bool>> seen;
  std::vector<std::pair<const rexpr*, bool>> stack{{r.check.get(), false}};
  while (!stack.empty()) {
    auto [e, in_prev] = stack.back();
    stack.pop_back();
    if (!seen.emplace(e, in_prev).second) continue;
    if (e->k == rexpr::kind::ref) {
      bool has_var = std::any_of(e->segments.begin(), e->segments.end(),
                                 [](const rexpr::segment& s) { return s.is_var; });
      if (has_var && !seen.count({e, !in_prev})) refs.push_back(&e->segments);
      if (in_prev) prev_operands.push_back(&e->segments);
      continue;
    }
    if (e->k == rexpr::kind::call && e->fn == function::exists) continue;  // may name nothing
    bool prev_like =
        e->k == rexpr::kind::call && (e->fn == function::prev || e->fn == function::growth);
    for (auto it = e->args.rbegin(); it != e->args.rend(); ++it)
      stack.emplace_back(it->get(), in_prev || prev_like);
  }
}

// Plain references drive first, most specific (most literal segments) first.
int specificity(const segments& s) {
  int n = 0;
  for (const auto& x : s) n += (!x.is_var && x.text != "*") ? 2 : 0;
  if (!s.empty() && s.back().text == "*") n -= 100;
  return n;
}

bool has_previous(const segments& operand, const binding_map& b, const figure_index& index) {
  std::string id = join_id([&] {
    std::vector<std::string> parts;
    for (const auto& it : substitute(operand, b)) parts.push_back(it.text);
    return parts;
  }());
  if (!index.find(id)) return true;  // a fixed reference nothing states: the instance is unknown
  return index.find(id + ".prev") || index.find(id + ".growth");
}

}  // namespace

std::vector<binding_map> enumerate_bindings(const rule& r, const figure_index& index) {
  std::vector<const segments*> refs, prev_operands;
  collect_refs(r, refs, prev_operands);
  std::stable_sort(refs.begin(), refs.end(), [](const segments* a, const segments* b) {
    return specificity(*a) > specificity(*b);
  });
  std::vector<binding_map> partial{binding_map{}};
  for (const segments* ref : refs) {
    std::vector<binding_map> next;
    for (const auto& b : partial) {
      for (auto& e : extend(*ref, b, index)) next.push_back(std::move(e));
    }
    std::set<binding_map> unique(next.begin(), next.end());
    partial.assign(unique.begin(), unique.end());
    if (partial.empty()) break;
  }
  std::vector<binding_map> out;
  for (auto& b : partial) {
    bool ok = std::all_of(prev_operands.begin(), prev_operands.end(),
                          [&](const segments* s) { return has_previous(*s, b, index); });
    if (ok) out.push_back(std::move(b));
  }
  return out;
}

namespace {

void walk(const std::vector<item>& pat, std::size_t i, const std::string& prefix,
          const figure_index& index, std::vector<std::string>& out) {
  if (i == pat.size()) {
    if (index.find(prefix)) out.push_back(prefix);
    return;
  }
  auto child = [&](const std::string& s) { return prefix.empty() ? s : prefix + "." + s; };
  if (pat[i].k == item::star) {
    for (const auto& s : index.children(prefix)) walk(pat, i + 1, child(s), index, out);
  } else {
    walk(pat, i + 1, child(pat[i].text), index, out);
  }
}

}  // namespace

std::vector<std::string> expand_ref(const segments& ref, const binding_map& bound,
                                    const figure_index& index) {
  auto pat = substitute(ref, bound);
  if (!has(pat, item::star)) {
    std::string id;
    for (const auto& p : pat) id += (id.empty() ? "" : ".") + p.text;
    return {id};
  }
  std::vector<std::string> out;
  walk(pat, 0, "", index, out);
  return out;
}

}  // namespace crossfoot
