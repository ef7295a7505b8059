#pragma once
// Stable diagnostic codes of the figures stage; tests and users rely on them.
namespace crossfoot::figures_detail::codes {

// Errors: the file cannot be used (exit status 2).
inline constexpr const char* unreadable_file = "CF2001";
inline constexpr const char* toml_syntax = "CF2002";
inline constexpr const char* malformed_quantity = "CF2003";
inline constexpr const char* unknown_unit = "CF2004";
inline constexpr const char* unknown_qualifier = "CF2005";
inline constexpr const char* bad_precision = "CF2006";
inline constexpr const char* wrong_type = "CF2007";
inline constexpr const char* no_value = "CF2008";
inline constexpr const char* unit_twice = "CF2009";
inline constexpr const char* qualifier_conflict = "CF2010";
inline constexpr const char* bad_document = "CF2011";
inline constexpr const char* dotted_key = "CF2012";
inline constexpr const char* anchor_and_value = "CF2013";
inline constexpr const char* bad_anchor = "CF2014";
inline constexpr const char* bad_pick = "CF2015";
inline constexpr const char* key_of_value = "CF2016";  // qualifier or quote beside an anchor
inline constexpr const char* bad_period = "CF2017";    // a key that is a malformed period

// Warnings: the figures load, something around them is off.
inline constexpr const char* quote_not_found = "CF2101";
inline constexpr const char* source_unreadable = "CF2102";
inline constexpr const char* unknown_document_key = "CF2103";
inline constexpr const char* unknown_counted_thing = "CF2104";
inline constexpr const char* period_twice = "CF2105";      // an id with two period segments
inline constexpr const char* after_document = "CF2106";    // a period after the document's
inline constexpr const char* value_not_quoted = "CF2107";  // the value is not in its quote
inline constexpr const char* quote_repeated = "CF2108";    // the quote occurs more than once

// Limits (docs/limits.md).
inline constexpr const char* too_deep = "CF7005";

}  // namespace crossfoot::figures_detail::codes
