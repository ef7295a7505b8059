#include "core/codes.hpp"

#include <algorithm>

namespace crossfoot {
namespace {

constexpr severity E = severity::error;
constexpr severity W = severity::warning;

// Keep in code order; add new codes in their range's block.
constexpr code_info registry[] = {
    // CF1xxx: syntax of a rules file (the first error stops the file).
    {"CF1000", E, "syntax error"},
    {"CF1001", E, "expected ':' after rule name"},
    {"CF1002", E, "expected an expression"},
    {"CF1003", E, "expected ')'"},
    {"CF1004", E, "expected a rule name"},
    {"CF1005", E, "unterminated string"},
    {"CF1006", E, "expected a statement (rule, let or include)"},
    {"CF1007", E, "expected '=' after let name"},
    {"CF1008", E, "expected a variable name after 'for each'"},
    {"CF1009", E, "expected ']' after the unit"},
    {"CF1010", E, "expected ':' after the variables of 'for each'"},
    {"CF1011", E, "expected a name after 'let'"},
    {"CF1012", E, "expected a quoted path after 'include'"},
    {"CF1013", E, "expected 'each' after 'for'"},
    {"CF1014", E, "expected a tolerance after 'within'"},
    {"CF1015", E, "expected a unit inside '[ ]'"},
    {"CF1016", E, "expression nests too deeply"},
    {"CF1017", E, "expected a name or '*' after '.'"},
    {"CF1099", E, "internal parser error"},

    // CF20xx: a figures file that cannot be loaded.
    {"CF2001", E, "cannot read figures file"},
    {"CF2002", E, "TOML syntax error"},
    {"CF2003", E, "malformed quantity"},
    {"CF2004", E, "unknown unit"},
    {"CF2005", E, "unknown qualifier"},
    {"CF2006", E, "bad precision"},
    {"CF2007", E, "a key of the wrong type"},
    {"CF2008", E, "a figure table with neither value nor anchor"},
    {"CF2009", E, "a unit given twice"},
    {"CF2010", E, "qualifier given twice"},
    {"CF2011", E, "bad [document] key"},
    {"CF2012", E, "a dotted key in a figure table"},
    {"CF2013", E, "both value and anchor"},
    {"CF2014", E, "an anchor that is not a non-empty string"},
    {"CF2015", E, "a bad pick"},
    {"CF2016", E, "qualifier or quote beside an anchor"},
    // CF21xx: figures load, something around them is off.
    {"CF2101", W, "quote not found in the source text"},
    {"CF2102", W, "source text cannot be read"},
    {"CF2103", W, "unknown [document] key"},
    {"CF2104", W, "a counted thing crossfoot does not know"},

    // CF3xxx: rules that parse but cannot be resolved.
    {"CF3001", E, "cannot read rules file"},
    {"CF3002", E, "no .rules files in a directory"},
    {"CF3003", E, "cannot read an included file"},
    {"CF3004", E, "include cycle"},
    {"CF3010", E, "name already defined"},
    {"CF3011", E, "unknown function"},
    {"CF3012", E, "wrong number of arguments"},
    {"CF3013", E, "exists() takes a figure reference"},
    {"CF3014", E, "prev() and growth() apply to figures and their sums and differences"},
    {"CF3015", E, "'*' outside sum, min or max"},
    {"CF3016", E, "unknown unit in a literal"},
    {"CF3017", E, "a rule's check must be a comparison"},
    {"CF3018", E, "a number where a condition is needed, or the reverse"},
    {"CF3019", E, "'within' needs an == or != comparison"},
    {"CF3020", E, "variable declared but never used"},
    {"CF3021", E, "variable declared twice"},
    {"CF3022", E, "let defined in terms of itself"},
    {"CF3023", E, "variable with the name of a let"},

    // CF4xxx: the command line.
    {"CF4001", E, "no rules to check"},
    {"CF4080", E, "claims of one figure cannot all be true"},
    {"CF4081", E, "claims and rules cannot all be true"},

    // CF50xx: a draft that cannot be read.
    {"CF5001", E, "cannot read draft"},
    {"CF5002", E, "the draft is not text (NUL byte)"},
    {"CF5003", E, "the draft is not valid UTF-8"},
    {"CF5004", E, "the draft is too large"},
    {"CF5006", W, "a word after a number that looks like a unit crossfoot does not know"},
    // CF51xx: anchored figures that do not fit the draft.
    {"CF5101", E, "anchor not found in the draft"},
    {"CF5102", E, "anchor occurs more than once"},
    {"CF5103", E, "no quantity of the figure's kind after the anchor"},
    {"CF5104", E, "anchored figures but no draft"},
    {"CF5105", W, "--draft given with a figures file that has no anchors"},
    {"CF5106", E, "an anchor's unit key disagrees with the draft's number"},

    // CF80xx: a .docx or HTML draft that cannot be read.
    {"CF8001", E, "the .docx is damaged or truncated"},
    {"CF8002", E, "the document is encrypted"},
    {"CF8003", E, "a Word 97-2003 .doc or other OLE file"},
    {"CF8004", E, "a part of the .docx decompresses past the size limit"},
    {"CF8005", E, "not a Word document"},
    {"CF8006", E, "a part of the .docx is not well-formed XML"},
    {"CF8007", W, "text boxes or footnotes of the .docx not read"},
    {"CF8008", E, "the HTML page cannot be read"},
};

}  // namespace

std::span<const code_info> code_registry() {
  return registry;
}

const code_info* find_code(std::string_view code) {
  auto it = std::lower_bound(std::begin(registry), std::end(registry), code,
                             [](const code_info& c, std::string_view v) { return c.code < v; });
  return it != std::end(registry) && it->code == code ? it : nullptr;
}

}  // namespace crossfoot
