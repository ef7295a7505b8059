#pragma once
// A document's decimal mark. Agencies that write a decimal comma write "6,7%" and group
// thousands with points, "447.206 persons"; a number alone is often ambiguous ("447.206" is
// 447206 there and 447.206 in a release that writes a decimal point), so the mark is read
// from the document's unambiguous numbers, and one document is read one way throughout.
// The draft reader and the figures file's quote check both use this, so a quote shows the
// value the reader reads.
#include <string>
#include <string_view>

namespace crossfoot {

enum class decimal_mark {
  unknown,  // no evidence, or mixed evidence: each number is read as it stands
  point,    // "6.7", "1,234.5", "1,234,567"
  comma,    // "6,7", "1.234,5", "1.234.567"
};

/// What the numbers of `text` show about its decimal mark, counted by number: a comma before
/// one or two digits after one to three ("63,0"), a point grouping a comma's digits
/// ("1.234,5") or two points grouping threes ("1.234.567") show a decimal comma; a point before
/// one or two digits or four and more ("6.7", "3.1416"), a comma grouping a point's digits
/// ("1,234.5") or two commas grouping threes ("1,234,567") show a decimal point. A single
/// separator before exactly three digits ("447.206", "51,000") shows nothing.
struct number_evidence {
  std::size_t comma = 0;
  std::size_t point = 0;
};
number_evidence decimal_mark_evidence(std::string_view text);

/// The document's mark: a comma when at least two numbers show it and those showing a point
/// are at most one in ten of them (a section number "2.1" does not undo a release written in
/// decimal commas); a point when only points are shown; otherwise unknown.
decimal_mark document_decimal_mark(std::string_view text);

/// The text with the numbers of a decimal-comma document written in the reader's own form, byte
/// for byte in place (offsets keep their meaning): points between groups of three digits group
/// thousands, "447.206" becomes "447,206" and "1.234,5" "1,234.5". Other numbers are left as
/// written, for the reader's reading of each number ("63,0" is 63.0 anyway; "51,000" may be a
/// thousands group even there, "22.11.2019" is a date). For any other mark the text is returned
/// unchanged.
std::string in_reader_form(std::string_view text, decimal_mark mark);

}  // namespace crossfoot
