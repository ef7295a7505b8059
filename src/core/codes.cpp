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
    {"CF1018", E, "a segment that starts like a period but is not one"},
    {"CF1019", E, "expected names in '{ }' or a kind after 'in'"},
    {"CF1020", E, "expected a name inside '{ }'"},
    {"CF1021", E, "expected '}' after the names"},
    {"CF1060", E, "expected a column name after 'by'"},
    {"CF1061", E, "expected '=' after a column inside '[ ]'"},
    {"CF1062", E, "expected a code after '=' inside '[ ]'"},
    {"CF1063", E, "expected ']' after the codes"},
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
    {"CF2017", E, "a key that starts like a period but is not one"},
    // CF21xx: figures load, something around them is off.
    {"CF2101", W, "quote not found in the source text"},
    {"CF2102", W, "source text cannot be read"},
    {"CF2103", W, "unknown [document] key"},
    {"CF2104", W, "a counted thing crossfoot does not know"},
    {"CF2105", W, "an id with more than one period segment"},
    {"CF2106", W, "a period after the document's period"},
    {"CF2107", W, "a value that its quote does not show"},
    {"CF2108", W, "a quote found more than once in the source text"},

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
    {"CF3024", E, "unknown kind after 'in'"},
    {"CF3025", E, "a kind restriction on a variable that ends no reference"},
    {"CF3026", E, "a bad name in a variable's '{ }'"},
    {"CF3027", E, "months(), quarters() or years() outside sum, min or max"},
    {"CF3028", E, "months(), quarters() or years() without a period segment"},
    {"CF3029", E, "a variable used only inside months(), quarters() or years()"},
    {"CF3030", W, "a segment that looks like an undeclared pattern variable"},
    {"CF3050", E, "children() outside sum, min or max"},
    {"CF3051", E, "children() without a figure reference"},
    {"CF3060", E, "'by' on a function that is not an aggregate"},
    {"CF3061", E, "an aggregate with 'by' and more than one argument"},
    {"CF3062", E, "count() without 'by'"},
    {"CF3063", E, "unique() with an operand that is not a column name"},
    {"CF3064", E, "at() written as a call: another row is named as x[column = code]"},

    // CF4xxx: the command line.
    {"CF4001", E, "no rules to check"},
    {"CF4002", E, "a dataset without its spec"},
    {"CF4003", E, "no data file for the dataset"},
    // CF4040-CF4059: crossfoot init.
    {"CF4040", E, "init would overwrite an existing file"},
    {"CF4041", E, "no such rules to include"},
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

    // CF60xx: a dataset spec that cannot be used.
    {"CF6001", E, "cannot read the dataset spec"},
    {"CF6002", E, "unknown key in a dataset spec"},
    {"CF6003", E, "a spec key of the wrong type or value"},
    {"CF6004", E, "a required spec key is missing"},
    {"CF6005", E, "unknown unit in a dataset spec"},
    {"CF6006", E, "bad precision in a dataset spec"},
    {"CF6007", E, "a flag without a meaning"},
    {"CF6008", E, "a bad id template"},
    {"CF6009", E, "a bad codelist"},
    {"CF6010", E, "the spec names a column the file lacks"},
    // CF61xx: a data file that cannot be read as CSV.
    {"CF6101", E, "cannot read the data file"},
    {"CF6102", E, "the data file is not valid UTF-8"},
    {"CF6103", E, "the data file holds a NUL byte"},
    {"CF6104", E, "the data file ends inside quotes"},
    {"CF6105", E, "the data file is empty"},
    {"CF6106", E, "corrupt gzip data"},
    {"CF6107", E, "a header with an empty or repeated name"},
    // CF62xx: data problems, findings at their row.
    {"CF6201", E, "a value that is not a number"},
    {"CF6202", E, "a row with the wrong number of fields"},
    {"CF6203", E, "a repeated key"},
    {"CF6204", E, "characters after a closing quote"},
    {"CF6205", W, "a flag not in the flag table"},
    {"CF6206", E, "a period column value that is no period"},
    // CF63xx: rules that do not fit the dataset.
    {"CF6301", E, "a rule names a column the file lacks"},
    {"CF6304", E, "prev() or growth() without a period column"},
    {"CF6305", W, "a dataset with no data rows"},
    // CF64xx: cube rules that do not fit the cube.
    {"CF6401", E, "a cube rule's reference does not fit the id template"},
    {"CF6402", E, "children() names no parent of a hierarchy"},
    {"CF6403", E, "a cube rule's variables are not all in one reference"},
    {"CF6404", E, "a function a cube rule cannot use"},
    // CF65xx: rules across rows of a records dataset.
    {"CF6501", E, "a function reading other rows given an expression, not a column"},
    {"CF6502", E, "x[column = code] on a column that is not in the spec's key"},
    // CF69xx: revisions against a previous release.
    {"CF6900", E, "--previous needs rows with an identity (a key or a period)"},
    // CF7xxx: limits that keep hostile or oversized input from exhausting time, memory or stack.
    {"CF7001", E, "expression nests too deeply once lets are expanded"},
    {"CF7002", E, "rule too large once lets are expanded"},
    {"CF7003", E, "includes nest too deeply"},
    {"CF7005", E, "tables of a figures file nest too deeply"},
    {"CF7010", E, "not a regular file (a directory, device, FIFO, socket, /proc or /sys file)"},
    {"CF7011", E, "input file larger than its size limit"},
    {"CF7012", E, "input file is not text (NUL byte)"},
    {"CF7013", E, "input file is not valid UTF-8"},
    {"CF7014", E, "input file is UTF-16 or UTF-32"},
    // CF80xx: a .docx or HTML draft that cannot be read.
    {"CF8001", E, "the .docx is damaged or truncated"},
    {"CF8002", E, "the document is encrypted"},
    {"CF8003", E, "a Word 97-2003 .doc or other OLE file"},
    {"CF8004", E, "a part of the .docx decompresses past the size limit"},
    {"CF8005", E, "not a Word document"},
    {"CF8006", E, "a part of the .docx is not well-formed XML"},
    {"CF8007", W, "text boxes or footnotes of the .docx not read"},
    {"CF8008", E, "the HTML page cannot be read"},
    // CF802x: crossfoot watch.
    {"CF8020", E, "the files cannot be watched"},
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
