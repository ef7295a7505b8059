#pragma once
// Handlers attached to rule IDs, and the nesting guard. Included by grammar_def.hpp only.
#include "lang/detail/grammar.hpp"

namespace crossfoot::rules_grammar {

/// Records where each position_tagged node was matched (after leading white space).
struct annotate_position {
  template <typename Iterator, typename Node, typename Context>
  void on_success(Iterator const& first, Iterator const& last, Node& node, Context const& context) {
    x3::get<position_cache_tag>(context).get().annotate(node, first, last);
  }
};

/// Keeps the first expectation failure and fails the parse; parser.cpp turns it into the one
/// diagnostic. Put on the outermost rule only, so the failure is caught once, at the top.
struct record_failure {
  template <typename Iterator, typename Exception, typename Context>
  x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& x,
                                    Context const& context) {
    auto& state = x3::get<parse_state_tag>(context).get();
    if (!state.failed) {
      state.failed = true;
      state.where = x.where();
      state.which = x.which();
    }
    return x3::error_handler_result::fail;
  }
};

/// guarded[p] parses p one level deeper; past max_parse_depth it fails the whole parse with an
/// expectation failure named nesting_limit, so deep input cannot exhaust the stack.
template <typename Subject>
struct guarded_parser : x3::unary_parser<Subject, guarded_parser<Subject>> {
  using base_type = x3::unary_parser<Subject, guarded_parser<Subject>>;
  static bool const is_pass_through_unary = true;

  constexpr explicit guarded_parser(Subject const& inner) : base_type(inner) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    int& depth = x3::get<parse_state_tag>(context).get().depth;
    if (depth > max_parse_depth) {
      boost::throw_exception(x3::expectation_failure<Iterator>(first, nesting_limit));
    }
    struct level {
      int& depth;
      explicit level(int& d) : depth(d) { ++depth; }
      ~level() { --depth; }
    } here(depth);
    return this->subject.parse(first, last, context, rcontext, attr);
  }
};

struct guarded_gen {
  template <typename Subject>
  constexpr guarded_parser<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return guarded_parser<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(subject));
  }
};

inline constexpr guarded_gen guarded{};

}  // namespace crossfoot::rules_grammar
