// The only translation unit that instantiates the rules grammar.
#include "lang/detail/grammar_def.hpp"

namespace crossfoot::rules_grammar {

BOOST_SPIRIT_INSTANTIATE(rule_file_type, iterator_type, context_type)

rule_file_type const& rule_file_parser() {
  return rule_file;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool pending = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

}  // namespace crossfoot::rules_grammar
