#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "core/period.hpp"
#include "core/text.hpp"
#include "lang/detail/convert.hpp"

namespace crossfoot::rules_grammar {
namespace {

using syntax::expr;
using syntax::op;
namespace x3 = boost::spirit::x3;

bool is_comparison(op o) {
  return o == op::eq || o == op::ne || o == op::lt || o == op::le || o == op::gt || o == op::ge;
}

std::string trimmed(const std::string& s) {
  return std::string(trim_blank(s));
}

// A converted subtree and its depth, so that an over-deep tree is caught while it is built.
struct node {
  expr e;
  int depth = 1;
};

class converter {
 public:
  using result_type = node;

  converter(const ast::position_cache& positions, const source_ptr& source)
      : positions_(positions), source_(source) {}

  /// Where the first over-deep expression was found, if any.
  std::optional<source_range> too_deep;
  /// The first segment that starts like a period but is not one, and why.
  std::optional<std::pair<source_range, std::string>> bad_period;

  syntax::rule_file file(const ast::statements& statements) {
    syntax::rule_file out;
    out.source = source_;
    for (const auto& s : statements) {
      if (auto* r = boost::get<ast::rule_stmt>(&s.get())) out.rules.push_back(rule(*r));
      if (auto* l = boost::get<ast::let_stmt>(&s.get())) out.lets.push_back(let(*l));
      if (auto* i = boost::get<ast::include_stmt>(&s.get())) out.includes.push_back(include(*i));
    }
    return out;
  }

  node operator()(const ast::literal& l) const {
    expr e;
    e.k = expr::kind::literal;
    e.number = l.value;
    e.lit = l.suf.kind;
    e.unit_text = trimmed(l.suf.unit);
    e.range = range_of(l);
    return {std::move(e)};
  }

  node operator()(const ast::reference& r) {
    expr e;
    e.k = expr::kind::ref;
    e.range = range_of(r);
    e.segments = segments_of(r, e.range);
    return {std::move(e)};
  }

  // `x[country = WORLD]` becomes at(x) with the columns in `by` and their codes in `at`.
  node operator()(const ast::selected& s) {
    std::vector<node> args;
    args.push_back((*this)(s.ref));
    node n = make(expr::kind::call, {}, std::move(args), range_of(s));
    n.e.name = "at";
    for (const auto& sel : s.at) {
      n.e.by.push_back(sel.column.text);
      n.e.by_ranges.push_back(range_of(sel));
      n.e.at.push_back(sel.code);
    }
    return n;
  }

  node operator()(const ast::call& c) {
    std::vector<node> args;
    for (const auto& a : c.args) args.push_back(fold(a));
    node n = make(expr::kind::call, {}, std::move(args), range_of(c));
    n.e.name = c.function;
    for (const auto& b : c.by) {
      n.e.by.push_back(b.text);
      n.e.by_ranges.push_back(range_of(b));
    }
    return n;
  }

  node operator()(const ast::group& g) {
    node n = fold(g.inner);
    n.e.range = range_of(g);  // the parentheses belong to what they enclose
    return n;
  }

  node operator()(const ast::prefix& p) {
    std::vector<node> arg;
    arg.push_back(visit(p.arg));
    return make(expr::kind::unary, {p.oper}, std::move(arg), range_of(p));
  }

  node operator()(const ast::op_list& list) { return fold(list); }

  template <typename T>
  node operator()(const x3::forward_ast<T>& ptr) {
    return (*this)(ptr.get());
  }

 private:
  const ast::position_cache& positions_;
  source_ptr source_;

  source_range range_of(const x3::position_tagged& n) const {
    if (n.id_first < 0) return {source_, 0, 0};
    auto r = positions_.position_of(n);
    auto base = positions_.first();
    return {source_, static_cast<std::size_t>(r.begin() - base),
            static_cast<std::size_t>(r.end() - base)};
  }

  node visit(const ast::operand& o) { return o.apply_visitor(*this); }

  // The segments of a dotted name, periods in canonical form ("2019M09" is "2019-09").
  std::vector<std::string> segments_of(const ast::reference& r, const source_range& range) {
    std::vector<std::string> out;
    out.push_back(r.head);
    out.insert(out.end(), r.tail.begin(), r.tail.end());
    std::size_t searched = 0;  // where in the reference's text the next segment starts
    std::string_view text = range.text();
    for (auto& s : out) {
      std::size_t at = text.find(s, searched);
      if (at != std::string_view::npos) searched = at + s.size();
      bool quoted = at != std::string_view::npos && at > 0 && text[at - 1] == '"';
      if (quoted && read_id_segment(s).what != id_segment::kind::period) {
        note_bad_period(range, at, s, "a quoted segment must be a period");
        continue;
      }
      if (s.empty() || s[0] < '0' || s[0] > '9') continue;
      id_segment read = read_id_segment(s);
      if (read.what == id_segment::kind::malformed_period ||
          (read.what == id_segment::kind::name && !is_plain_number(s))) {
        note_bad_period(range, at, s, read.error);
        continue;
      }
      s = read.text;
    }
    return out;
  }

  // A numeric name such as an HS code: digits only; letters or '-' after a digit mean a period.
  static bool is_plain_number(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  void note_bad_period(const source_range& range, std::size_t at, const std::string& s,
                       const std::string& why) {
    if (bad_period) return;
    std::size_t begin = at == std::string_view::npos ? range.begin : range.begin + at;
    std::string reason =
        why.empty() ? "a segment that starts with a digit is a period or a number" : why;
    bad_period = {source_range{source_, begin, begin + s.size()},
                  fmt::format("'{}' is not a period: {}; write spaces around '-' and '/' for "
                              "arithmetic",
                              s, reason)};
  }

  // An operand list of one precedence level: comparisons chain, `^` groups to the right,
  // everything else to the left.
  node fold(const ast::op_list& list) {
    std::vector<node> operands;
    std::vector<op> ops;
    operands.push_back(visit(list.first));
    for (const auto& r : list.rest) {
      ops.push_back(r.oper);
      operands.push_back(visit(r.rhs));
    }
    if (ops.empty()) return std::move(operands.front());
    if (is_comparison(ops.front())) {
      auto k = ops.size() == 1 ? expr::kind::binary : expr::kind::chain;
      return make(k, std::move(ops), std::move(operands));
    }
    if (ops.front() == op::pow) {
      node acc = std::move(operands.back());
      for (std::size_t i = ops.size(); i-- > 0;) acc = pair(ops[i], std::move(operands[i]), acc);
      return acc;
    }
    node acc = std::move(operands.front());
    for (std::size_t i = 0; i < ops.size(); ++i) {
      acc = pair(ops[i], std::move(acc), operands[i + 1]);
    }
    return acc;
  }

  node pair(op o, node&& lhs, node& rhs) {
    std::vector<node> args;
    args.push_back(std::move(lhs));
    args.push_back(std::move(rhs));
    return make(expr::kind::binary, {o}, std::move(args));
  }

  // A node over `args`; its range spans them unless given. Past max_tree_depth the subtree is
  // dropped, so that even the failed tree stays shallow enough to destroy.
  node make(expr::kind k, std::vector<op> ops, std::vector<node> args,
            std::optional<source_range> range = std::nullopt) {
    node n;
    n.e.k = k;
    n.e.ops = std::move(ops);
    for (auto& a : args) {
      n.depth = std::max(n.depth, a.depth + 1);
      n.e.args.push_back(std::move(a.e));
    }
    n.e.range =
        range ? *range
              : source_range{source_, n.e.args.front().range.begin, n.e.args.back().range.end};
    if (n.depth > max_tree_depth) {
      if (!too_deep) too_deep = source_range{source_, n.e.range.begin, n.e.range.begin + 1};
      n.e = expr{};
    }
    return n;
  }

  syntax::rule_stmt rule(const ast::rule_stmt& r) {
    syntax::rule_stmt out;
    out.name = r.rule_name.text;
    out.name_range = range_of(r.rule_name);
    out.level = r.level.value_or(syntax::rule_severity::error);
    out.description = r.description.value_or("");
    for (const auto& v : r.vars) {
      out.vars.push_back(v.var.text);
      out.var_ranges.push_back(range_of(v.var));
      out.restrictions.push_back(v.in ? restriction(*v.in) : syntax::var_restriction{});
    }
    out.check = fold(r.check).e;
    out.check_text = one_line(out.check.range.text());
    if (r.within) {
      const ast::literal& t = *r.within;
      out.within = syntax::tolerance{t.value, t.suf.kind, trimmed(t.suf.unit), range_of(t)};
    }
    out.range = range_of(r);
    return out;
  }

  syntax::var_restriction restriction(const ast::restriction& in) {
    syntax::var_restriction out;
    out.kind = in.kind;
    out.range = range_of(in);
    for (const auto& m : in.members) {
      source_range at = range_of(m);
      std::vector<std::string> segs = segments_of(m, at);
      std::string joined;
      for (const auto& s : segs) joined += (joined.empty() ? "" : ".") + s;
      out.members.push_back(joined);
      out.member_ranges.push_back(at);
    }
    return out;
  }

  syntax::let_stmt let(const ast::let_stmt& l) {
    return {l.let_name.text, range_of(l.let_name), fold(l.value).e, range_of(l)};
  }

  syntax::include_stmt include(const ast::include_stmt& i) const { return {i.path, range_of(i)}; }
};

}  // namespace

std::optional<syntax::rule_file> to_syntax(const ast::statements& statements,
                                           const ast::position_cache& positions,
                                           const source_ptr& source, diagnostics& diags) {
  converter c(positions, source);
  syntax::rule_file out = c.file(statements);
  if (c.too_deep) {
    diags.error(too_deep_code, *c.too_deep,
                fmt::format("expression is too deep: more than {} levels of operators, "
                            "parentheses and calls",
                            max_tree_depth));
    return std::nullopt;
  }
  if (c.bad_period) {
    diags.error(bad_period_code, c.bad_period->first, c.bad_period->second);
    return std::nullopt;
  }
  return out;
}

std::string one_line(std::string_view text) {
  std::string out;
  bool pending_space = false;
  bool in_brackets = false;  // a unit may contain '#'
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '#' && !in_brackets) {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      pending_space = !out.empty();
      continue;
    }
    if (is_blank(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    in_brackets = c == '[' || (in_brackets && c != ']');
    out += c;
  }
  return out;
}

}  // namespace crossfoot::rules_grammar
