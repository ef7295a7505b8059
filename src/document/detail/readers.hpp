#pragma once
// The readers behind read_draft, one per structured format.
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "core/input.hpp"
#include "document/document.hpp"

namespace crossfoot::document_detail {

/// A Word document (.docx, .docm): the main document part's paragraphs and tables, tracked
/// changes as accepted, comments, deleted text and field codes left out.
source_ptr read_docx(const std::string& name, std::string_view bytes, diagnostics& diags,
                     const draft_limits& limits);

/// An HTML page: the text a browser shows of its body, its tables as tables; scripts, styles
/// and hidden elements left out. Nothing is fetched and nothing is run. A page read as UTF-8
/// (declared so, or declaring nothing) is refused like a text input of `kind` if it is not.
source_ptr read_html(const std::string& name, std::string_view bytes, diagnostics& diags,
                     input_kind kind);

/// An OLE compound file (the first eight bytes): what an encrypted .docx and a Word 97-2003
/// .doc are stored as.
bool is_ole_file(std::string_view bytes);

}  // namespace crossfoot::document_detail
