#pragma once
// Stable diagnostic codes of the dataset stage (registered in src/core/codes.cpp).
namespace crossfoot::dataset_detail::codes {

// CF60xx: a spec that cannot be used (exit status 2).
inline constexpr const char* unreadable_spec = "CF6001";
inline constexpr const char* unknown_key = "CF6002";
inline constexpr const char* bad_value = "CF6003";
inline constexpr const char* missing_key = "CF6004";
inline constexpr const char* bad_unit = "CF6005";
inline constexpr const char* bad_precision = "CF6006";
inline constexpr const char* bad_flag = "CF6007";
inline constexpr const char* bad_id_template = "CF6008";
inline constexpr const char* bad_codelist = "CF6009";
inline constexpr const char* unknown_column = "CF6010";  // the spec names a column the file lacks

// CF61xx: a file that cannot be read as CSV at all (exit status 2).
inline constexpr const char* unreadable_data = "CF6101";
inline constexpr const char* not_utf8 = "CF6102";
inline constexpr const char* nul_byte = "CF6103";
inline constexpr const char* unterminated_quote = "CF6104";
inline constexpr const char* no_header = "CF6105";
inline constexpr const char* bad_gzip = "CF6106";
inline constexpr const char* bad_header = "CF6107";  // an empty or repeated column name

// CF62xx: data problems, reported as findings at their row (exit status 1).
inline constexpr const char* unparseable = "CF6201";
inline constexpr const char* ragged = "CF6202";
inline constexpr const char* duplicate_key = "CF6203";
inline constexpr const char* stray_quote = "CF6204";
inline constexpr const char* unknown_flag = "CF6205";
inline constexpr const char* bad_period = "CF6206";

// CF63xx: rules that do not fit the dataset (error findings of the rule).
inline constexpr const char* no_such_column = "CF6301";
inline constexpr const char* needs_period = "CF6304";
inline constexpr const char* no_rows = "CF6305";  // warning: a header and no data

// CF64xx: cube rules that do not fit the cube (error findings of the rule).
inline constexpr const char* bad_cube_ref = "CF6401";   // a reference against the id template
inline constexpr const char* no_hierarchy = "CF6402";   // children() of no parent code
inline constexpr const char* unanchored = "CF6403";     // variables spread over references
inline constexpr const char* cube_function = "CF6404";  // prev() and the like, not in a cube

// CF65xx: rules across rows of a records dataset (groups, keys, periods).
inline constexpr const char* term_not_column = "CF6501";  // prev(a + b): a column is needed
inline constexpr const char* not_key_column = "CF6502";   // x[c = code] with c not in the key
// CF69xx: revisions (--previous).
inline constexpr const char* no_identity = "CF6900";  // rows without a key or period

}  // namespace crossfoot::dataset_detail::codes
