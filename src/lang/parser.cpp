// parse_rules: runs the grammar, turns its first expectation failure into one compiler-style
// diagnostic, and hands the AST to the converter. Nothing thrown inside X3 gets past here.
#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"
#include "lang/detail/convert.hpp"
#include "lang/detail/grammar.hpp"
#include "lang/syntax.hpp"

namespace crossfoot::syntax {
namespace {

namespace x3 = boost::spirit::x3;
using namespace crossfoot::rules_grammar;

struct expectation {
  const char* rule;  // the grammar rule's name, as x.which() reports it
  const char* code;
  const char* message;
};

// What each named grammar rule means to a user when it was expected and missing.
constexpr expectation expectations[] = {
    {"':' after rule name", "CF1001", "expected ':' after rule name"},
    {"expression", "CF1002", "expected an expression"},
    {"')'", "CF1003", "expected ')'"},
    {"rule name", "CF1004", "expected a rule name"},
    {"closing quote", "CF1005", "unterminated string"},
    {"statement", "CF1006", "expected a statement (rule, let or include)"},
    {"'=' after let name", "CF1007", "expected '=' after let name"},
    {"variable name", "CF1008", "expected a variable name after 'for each'"},
    {"']'", "CF1009", "expected ']' after the unit"},
    {"':' after the variables", "CF1010", "expected ':' after the variables of 'for each'"},
    {"let name", "CF1011", "expected a name after 'let'"},
    {"quoted path", "CF1012", "expected a quoted path after 'include'"},
    {"'each'", "CF1013", "expected 'each' after 'for'"},
    {"tolerance", "CF1014", "expected a tolerance after 'within', such as 0.1% or 0.2pp"},
    {"unit", "CF1015", "expected a unit inside '[ ]'"},
    {"segment after '.'", "CF1017", "expected a name or '*' after '.'"},
    {"restriction after 'in'", "CF1019",
     "expected '{' and names, or a kind such as levels or periods, after 'in'"},
    {"member", "CF1020", "expected a name inside '{ }'"},
    {"'}'", "CF1021", "expected '}' after the names"},
    {"column after 'by'", "CF1060", "expected a column name after 'by'"},
    {"'=' after the column", "CF1061",
     "expected '=' after the column, as in exports[country = WORLD]"},
    {"code after '='", "CF1062", "expected a code after '=', as in exports[country = WORLD]"},
    {"']' after the codes", "CF1063", "expected ']' or ',' after the code"},
};
constexpr const char* unknown_code = "CF1000";
constexpr const char* internal_code = "CF1099";

// The failure position is before any white space and comments; the caret goes on the token.
const char* skip_blank(const char* p, const char* end) {
  while (p < end && (is_blank(*p) || *p == '#')) {
    if (*p == '#') {
      while (p < end && *p != '\n') ++p;
    } else {
      ++p;
    }
  }
  return p;
}

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The token a failure stopped at, as "got 'x'": a dotted word or one character; a control
// character or a byte that is not UTF-8 is shown by its value.
std::string got(const char* at, const char* end) {
  if (at == end) return "got end of file";
  auto byte = static_cast<unsigned char>(*at);
  std::size_t n = utf8_length({at, static_cast<std::size_t>(end - at)}, 0);
  if (n == 0 || byte < 0x20 || byte == 0x7f) return fmt::format("got byte 0x{:02x}", byte);
  const char* stop = at + n;
  if (word_char(*at)) {
    while (stop < end && (word_char(*stop) || *stop == '.')) ++stop;
  }
  return fmt::format("got '{}'", std::string_view(at, static_cast<std::size_t>(stop - at)));
}

// An unterminated string is best shown at its opening quote, on the line where it stopped.
const char* opening_quote(const char* where, const char* begin) {
  for (const char* p = where; p > begin && p[-1] != '\n';) {
    if (*--p == '"') return p;
  }
  return where;
}

void report(const parse_state& failure, const source_ptr& src, diagnostics& diags) {
  const char* begin = src->text().data();
  const char* end = begin + src->text().size();
  auto at = [&](const char* p) {
    auto offset = static_cast<std::size_t>(p - begin);
    return source_range{src, offset, p < end ? offset + 1 : offset};  // at the end: empty
  };
  const char* where = skip_blank(failure.where, end);
  if (failure.which == nesting_limit) {
    diags.error(too_deep_code, at(where),
                fmt::format("expression nests too deeply: more than {} levels of parentheses, "
                            "calls, '-', 'not' or '^'",
                            max_parse_depth));
    return;
  }
  auto e = std::find_if(std::begin(expectations), std::end(expectations),
                        [&](const expectation& x) { return failure.which == x.rule; });
  // What the parser stopped at is named only in a file that may be quoted: never a token of
  // `include "/etc/passwd"`.
  std::string found = src->quotable() ? ", " + got(where, end) : "";
  if (e == std::end(expectations)) {
    diags.error(unknown_code, at(where), "expected " + failure.which + found);
  } else if (std::string_view(e->code) == "CF1005") {
    diags.error(e->code, at(opening_quote(failure.where, begin)), e->message);
  } else {
    diags.error(e->code, at(where), std::string(e->message) + found);
  }
}

std::optional<rule_file> parse_checked(const source_ptr& source, diagnostics& diags) {
  const char* first = source->text().data();
  const char* last = first + source->text().size();
  position_cache positions(first, last);
  parse_state state;
  ast::statements statements;
  // The context must nest exactly as context_type in config.hpp: the position cache outermost.
  auto const parser = x3::with<parse_state_tag>(
      std::ref(state))[x3::with<position_cache_tag>(std::ref(positions))[rule_file_parser()]];
  bool ok = x3::phrase_parse(first, last, parser, skipper, statements);
  if (!ok || state.failed) {
    if (!state.failed) state = {true, first, "statement", 0};
    report(state, source, diags);
    return std::nullopt;
  }
  return to_syntax(statements, positions, source, diags);
}

}  // namespace

std::optional<rule_file> parse_rules(const source_ptr& source, diagnostics& diags) {
  // The grammar reports through on_error; anything else thrown is a parser defect (or memory
  // exhaustion) and still becomes a diagnostic, never an exception.
  try {
    return parse_checked(source, diags);
  } catch (const std::exception& e) {
    diags.error(internal_code, {source, 0, 0}, std::string("internal parser error: ") + e.what());
  } catch (...) {
    diags.error(internal_code, {source, 0, 0}, "internal parser error");
  }
  return std::nullopt;
}

}  // namespace crossfoot::syntax
