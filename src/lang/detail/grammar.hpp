#pragma once
// The rules grammar's entry rule, instantiated once in grammar.cpp.
#include "lang/detail/config.hpp"
#include "lang/syntax.hpp"

namespace crossfoot::rules_grammar {

struct rule_file_class;
using rule_file_type = x3::rule<rule_file_class, syntax::rule_file>;
BOOST_SPIRIT_DECLARE(rule_file_type)

rule_file_type const& rule_file_parser();

}  // namespace crossfoot::rules_grammar
