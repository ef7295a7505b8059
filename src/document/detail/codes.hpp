#pragma once
// Stable codes of draft reading (registered in src/core/codes.cpp). A file that cannot be opened
// is core/input.hpp's to report; a draft in memory past the size limit has the draft stage's
// code; what is wrong inside a .docx or an HTML page has CF80xx.
namespace crossfoot::document_detail::codes {

inline constexpr const char* too_large = "CF5004";  // the file is past the size limit
inline constexpr const char* bad_zip = "CF8001";    // corrupt or truncated .docx
inline constexpr const char* encrypted = "CF8002";  // password-protected .docx
inline constexpr const char* ole_file = "CF8003";   // Word 97-2003 .doc or other OLE file
inline constexpr const char* zip_bomb = "CF8004";   // a part decompresses past the cap
inline constexpr const char* not_word = "CF8005";   // a zip, but not a Word document
inline constexpr const char* bad_xml = "CF8006";    // a part is not well-formed XML
inline constexpr const char* not_read = "CF8007";   // warning: text boxes, footnotes skipped
inline constexpr const char* bad_html = "CF8008";   // an HTML page without a document

}  // namespace crossfoot::document_detail::codes
