#pragma once
// Escaping for the formats reports are written in. Every report text passes through one of
// these, so a hostile quote or rule description cannot break out of its place.
#include <string>
#include <string_view>

namespace crossfoot {

/// The text with each invalid UTF-8 sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);
/// For XML 1.0 and HTML text and attribute values: valid UTF-8, `& < > " '` as references,
/// tab, newline and carriage return as character references (so attributes keep them), and
/// the control characters XML forbids replaced by U+FFFD.
std::string xml_escape(std::string_view text);
/// For XML element content: as xml_escape, but tabs and newlines written as themselves.
std::string xml_text(std::string_view text);
/// GitHub workflow command data (the message after "::"): % CR LF as %25 %0D %0A.
std::string github_data(std::string_view text);
/// GitHub workflow command property values (file, title): as data, and : , as %3A %2C.
std::string github_property(std::string_view text);
/// A path as a URI reference for SARIF: unreserved characters and '/' kept, others
/// percent-encoded; an absolute path becomes a file:// URI.
std::string path_uri(std::string_view path);

}  // namespace crossfoot
