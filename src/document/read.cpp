#include <fmt/format.h>

#include <algorithm>

#include "core/input.hpp"
#include "core/text.hpp"
#include "document/detail/codes.hpp"
#include "document/detail/readers.hpp"
#include "document/document.hpp"

namespace crossfoot {
namespace {

using namespace document_detail;

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// An encrypted .docx is an OLE compound file holding the streams EncryptionInfo and
// EncryptedPackage; their names are stored in UTF-16.
bool holds_utf16_name(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) wide += {c, '\0'};
  return bytes.find(wide) != std::string_view::npos;
}

source_ptr refuse_ole(const std::string& name, std::string_view bytes, diagnostics& diags) {
  if (holds_utf16_name(bytes, "EncryptedPackage")) {
    diags.error(codes::encrypted, {},
                name +
                    ": the document is encrypted with a password; save a copy without one "
                    "(File > Info > Protect Document in Word) and check that");
  } else {
    diags.error(codes::ole_file, {},
                name +
                    ": this is a Word 97-2003 document (.doc) or another OLE file, not a "
                    ".docx; save it as .docx");
  }
  return nullptr;
}

// pugixml and libxml2 can pass bytes that are not UTF-8 through to the text; the text of a
// .docx or a page must be UTF-8 like every other input's (core/input.hpp), or the extractor
// refuses it later at a place in text the user never wrote. An XML part that is not UTF-8 is
// not well-formed; a page read as UTF-8 is refused by read_html at the byte's place, and this
// is the net under any other way such bytes could come through.
source_ptr utf8_or_refused(const std::string& name, source_ptr text, draft_format format,
                           diagnostics& diags) {
  if (!text || !find_encoding_problem(text->text())) return text;
  if (format == draft_format::docx) {
    diags.error(codes::bad_xml, {},
                name + ": the document's XML holds bytes that are not UTF-8: it is damaged");
  } else {
    diags.error(codes::bad_html, {}, name + ": the page's text is not UTF-8 once decoded");
  }
  return nullptr;
}

}  // namespace

const char* to_string(draft_format f) {
  switch (f) {
    case draft_format::text:
      return "text";
    case draft_format::docx:
      return "docx";
    case draft_format::html:
      return "html";
  }
  return "text";
}

bool document_detail::is_ole_file(std::string_view bytes) {
  return bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

draft_format detect_format(std::string_view name, std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4))
    return draft_format::docx;
  const std::string n = ascii_lower(name);
  if (ends_with(n, ".html") || ends_with(n, ".htm") || ends_with(n, ".xhtml"))
    return draft_format::html;
  std::size_t at = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (at < bytes.size() && std::string_view(" \t\r\n").find(bytes[at]) != std::string_view::npos)
    ++at;
  const std::string head = ascii_lower(bytes.substr(at, 14));
  if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0)
    return draft_format::html;
  // By name, so that a damaged .docx is reported as one rather than as binary text.
  if (ends_with(n, ".docx") || ends_with(n, ".docm") || is_ole_file(bytes))
    return draft_format::docx;
  return draft_format::text;
}

namespace {

// The format's reader for bytes already read; text goes through the text policy of `kind`.
source_ptr read_format(const std::string& name, std::string bytes, diagnostics& diags,
                       const draft_limits& limits, input_kind kind) {
  if (bytes.size() > limits.max_file_bytes) {
    diags.error(codes::too_large, {},
                fmt::format("{}: the draft is {} MiB, larger than the limit of {} MiB", name,
                            bytes.size() >> 20, limits.max_file_bytes >> 20));
    return nullptr;
  }
  switch (detect_format(name, bytes)) {
    case draft_format::docx:
      if (is_ole_file(bytes)) return refuse_ole(name, bytes, diags);
      return utf8_or_refused(name, read_docx(name, bytes, diags, limits), draft_format::docx,
                             diags);
    case draft_format::html:
      return utf8_or_refused(name, read_html(name, bytes, diags, kind), draft_format::html, diags);
    case draft_format::text:
      break;
  }
  return text_input(name, std::move(bytes), kind, diags);
}

}  // namespace

source_ptr read_draft_bytes(const std::string& name, std::string bytes, diagnostics& diags,
                            const draft_limits& limits) {
  return read_format(name, std::move(bytes), diags, limits, input_kind::draft);
}

source_ptr read_draft(const std::string& path, diagnostics& diags, const draft_limits& limits,
                      input_kind kind, const source_range& at) {
  // The one reading function: a regular file, within the size limit (core/input.hpp).
  auto bytes = read_input_bytes(path, kind, at, diags);
  if (!bytes) return nullptr;
  return read_format(path, std::move(*bytes), diags, limits, kind);
}

}  // namespace crossfoot
