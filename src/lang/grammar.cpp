// The only translation unit that instantiates the rules grammar: the grammar's compile cost is
// paid here once, and only this file rebuilds when the grammar changes.
#include "lang/detail/grammar_def.hpp"

namespace crossfoot::rules_grammar {

BOOST_SPIRIT_INSTANTIATE(rule_file_type, iterator_type, context_type)

}  // namespace crossfoot::rules_grammar
