#pragma once
// Reading a draft, whatever the editor saved it as. Plain text and Markdown are the file's own
// bytes. A Word document (.docx) or an HTML page becomes text laid out as Markdown (a paragraph
// a line, headings with '#', tables as pipe rows) with a position map from each paragraph and
// table cell of that text back to the document, so that the extractor reads every format the
// same way and reports say "draft.docx:¶12:34" or "draft.docx:table 2, row 3, cell 4:1".
// Errors are diagnostics (CF8xxx); nothing is thrown out of this stage.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "core/input.hpp"
#include "core/source.hpp"

namespace crossfoot {

enum class draft_format { text, docx, html };

const char* to_string(draft_format f);

/// What a draft may cost to read. A .docx is a zip archive: its XML is capped by what it
/// decompresses to, not by what it declares, so a zip bomb stops at the cap.
struct draft_limits {
  std::size_t max_file_bytes = std::size_t{512} << 20;  // the file as stored
  std::size_t max_part_bytes = std::size_t{256} << 20;  // one decompressed part of a .docx
};

/// The format of a draft: a zip archive is a .docx (whatever its name), a name ending in
/// .html/.htm/.xhtml or a text starting with an HTML doctype or <html> is an HTML page, and
/// anything else is text (the extractor checks it is UTF-8).
draft_format detect_format(std::string_view name, std::string_view bytes);

/// Reads the draft at `path` through core/input.hpp's policy for `kind` (`at`: where the path
/// was named). nullptr, with an error in `diags`, when it cannot be read: not a regular file,
/// too large, not UTF-8 text, a corrupt, truncated or encrypted .docx, a Word 97-2003 file.
source_ptr read_draft(const std::string& path, diagnostics& diags, const draft_limits& = {},
                      input_kind kind = input_kind::draft, const source_range& at = {});

/// The same for a draft already in memory; `name` names it in diagnostics and tells an HTML
/// page by its extension.
source_ptr read_draft_bytes(const std::string& name, std::string bytes, diagnostics& diags,
                            const draft_limits& = {});

}  // namespace crossfoot
