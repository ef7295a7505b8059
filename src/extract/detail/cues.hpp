#pragma once
// Word lists: qualifiers, direction words, level words and classes of counted nouns.
#include <optional>
#include <string_view>

#include "quantity/quantity.hpp"

namespace crossfoot::extract_detail {

/// One word before a number that qualifies it: "nearly", "exceeded", "over".
std::optional<qualifier> qualifier_word(std::string_view w);
/// Two words before a number: "more than", "up to", "at least", "close to".
std::optional<qualifier> qualifier_pair(std::string_view first, std::string_view second);
/// Two words after a quantity: "at most", "or more".
std::optional<qualifier> trailing_qualifier(std::string_view first, std::string_view second);

enum class direction { none, up, down };
/// Does the word say a rate of change follows, and which way? "dropped" → down.
direction direction_of(std::string_view w);
/// Does the word say a level (a share) follows? "to", "reached", "accounting".
bool level_word(std::string_view w);

enum class noun_class { time, physical, enumeration, entity };
/// What a counted noun (singular, lower case) counts: durations, physical volumes,
/// enumerated abstractions ("four highlights"), or entities and policy items.
noun_class class_of_noun(std::string_view head);

}  // namespace crossfoot::extract_detail
