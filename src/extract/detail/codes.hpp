#pragma once
// Stable diagnostic codes of the extract stage; tests and users rely on them.
namespace crossfoot::extract_detail::codes {

inline constexpr const char* unreadable_file = "CF5001";
inline constexpr const char* not_text = "CF5002";
inline constexpr const char* invalid_utf8 = "CF5003";
inline constexpr const char* too_large = "CF5004";
inline constexpr const char* unknown_unit_word = "CF5006";  // a warning: "5.2 pc"

}  // namespace crossfoot::extract_detail::codes
