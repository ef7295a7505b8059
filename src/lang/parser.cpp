#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "lang/detail/grammar.hpp"
#include "lang/syntax.hpp"

namespace crossfoot::syntax {
namespace {

namespace x3 = boost::spirit::x3;
using namespace crossfoot::rules_grammar;

// Deeper nesting than this is surely a mistake, and would only exhaust the stack.
constexpr int max_nesting = 200;

struct expectation {
  const char* rule;
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
};

const char* skip_blank(const char* p, const char* end) {
  while (p < end) {
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
      ++p;
    } else if (*p == '#') {
      while (p < end && *p != '\n') ++p;
    } else {
      break;
    }
  }
  return p;
}

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// The token a failure stopped at, as "got 'x'".
std::string got(const char* at, const char* end) {
  if (at == end) return "got end of file";
  const char* stop = at + 1;
  if (word_char(*at)) {
    while (stop < end && (word_char(*stop) || *stop == '.')) ++stop;
  } else {
    while (stop < end && (static_cast<unsigned char>(*stop) & 0xC0) == 0x80) ++stop;
  }
  std::string token(at, stop);
  bool printable = std::all_of(token.begin(), token.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
  });
  if (!printable) return fmt::format("got byte 0x{:02x}", static_cast<unsigned char>(*at));
  return fmt::format("got '{}'", token);
}

// An unterminated string is best shown at its opening quote.
const char* opening_quote(const char* where, const char* begin) {
  const char* p = where;
  while (p > begin && p[-1] != '\n') {
    --p;
    if (*p == '"') return p;
  }
  return where;
}

void report(const parse_failure& f, const source_ptr& src, diagnostics& diags) {
  const char* begin = src->text().data();
  const char* end = begin + src->text().size();
  const expectation* e = nullptr;
  for (const auto& x : expectations) {
    if (f.which == x.rule) e = &x;
  }
  if (e && std::string_view(e->code) == "CF1005") {
    auto at = static_cast<std::size_t>(opening_quote(f.where, begin) - begin);
    diags.error(e->code, {src, at, at + 1}, e->message);
    return;
  }
  const char* at = skip_blank(f.where, end);
  std::string message = e ? e->message : "expected " + f.which;
  auto offset = static_cast<std::size_t>(at - begin);
  diags.error(e ? e->code : "CF1000", {src, offset, offset + 1}, message + ", " + got(at, end));
}

// Parentheses and brackets nested deeper than max_nesting, outside strings and comments.
std::optional<std::size_t> too_deep(const std::string& text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') in_string = false;
    if (in_string) {
      in_string = c != '"';
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '(' && ++depth > max_nesting) return i;
    if (c == ')') --depth;
  }
  return std::nullopt;
}

}  // namespace

std::optional<rule_file> parse_rules(const source_ptr& source, diagnostics& diags) {
  const std::string& text = source->text();
  if (auto at = too_deep(text)) {
    diags.error("CF1016", {source, *at, *at + 1},
                fmt::format("parentheses nest more than {} deep", max_nesting));
    return std::nullopt;
  }
  position_info positions{source, text.data()};
  parse_failure failure;
  rule_file out;
  const char* first = text.data();
  const char* last = first + text.size();
  bool ok = false;
  try {
    auto const parser = x3::with<failure_tag>(
        std::ref(failure))[x3::with<position_tag>(std::ref(positions))[rule_file_parser()]];
    ok = x3::phrase_parse(first, last, parser, skipper, out);
  } catch (const std::exception& e) {
    // The grammar reports through on_error; anything else is a parser defect, still a value.
    diags.error("CF1099", {source, 0, 0}, std::string("internal parser error: ") + e.what());
    return std::nullopt;
  }
  if (!ok || failure.failed) {
    if (!failure.failed) failure = {true, first, "statement"};
    report(failure, source, diags);
    return std::nullopt;
  }
  out.source = source;
  return out;
}

const char* spelling(op o) {
  switch (o) {
    case op::add:
      return "+";
    case op::sub:
    case op::neg:
      return "-";
    case op::mul:
      return "*";
    case op::div:
      return "/";
    case op::pow:
      return "^";
    case op::eq:
      return "==";
    case op::ne:
      return "!=";
    case op::lt:
      return "<";
    case op::le:
      return "<=";
    case op::gt:
      return ">";
    case op::ge:
      return ">=";
    case op::logical_and:
      return "and";
    case op::logical_or:
      return "or";
    case op::logical_not:
      return "not";
  }
  return "?";
}

}  // namespace crossfoot::syntax
