// The one translation unit of the extract stage that compiles Spirit: it runs the draft
// grammar (detail/grammar_def.hpp) for the X3-free matchers in detail/grammar.hpp.
#include <boost/spirit/home/x3.hpp>

#include "extract/detail/grammar_def.hpp"

namespace crossfoot::extract_detail {

namespace {

template <typename Rule, typename Attribute>
std::optional<std::size_t> run(const Rule& rule, std::string_view text, std::size_t at,
                               Attribute& out) {
  const char* first = text.data() + at;
  const char* const last = text.data() + text.size();
  if (!boost::spirit::x3::parse(first, last, rule, out)) return std::nullopt;
  return static_cast<std::size_t>(first - text.data());
}

}  // namespace

std::optional<number_match> match_number(std::string_view text, std::size_t at) {
  number_match m;
  auto end = run(extract_grammar::number_rule, text, at, m.ast);
  if (!end) return std::nullopt;
  m.end = *end;
  return m;
}

std::optional<word_match> match_words(std::string_view text, std::size_t at) {
  extract_grammar::word_ast ast;
  auto end = run(extract_grammar::words_rule, text, at, ast);
  if (!end) return std::nullopt;
  word_match m;
  m.form = ast.form;
  m.end = *end;
  m.value = ast.form == word_form::fraction || ast.form == word_form::ratio ? ast.count / ast.per
                                                                            : ast.count;
  return m;
}

}  // namespace crossfoot::extract_detail
