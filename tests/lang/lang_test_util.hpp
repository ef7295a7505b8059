#pragma once
// Helpers shared by the rules-language tests.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>

#include "lang/syntax.hpp"

namespace crossfoot::syntax::testing {

inline rule_file parse_ok(const std::string& text) {
  diagnostics ds;
  auto f = parse_rules(make_source("t.rules", text), ds);
  EXPECT_TRUE(f) << text << "\n" << render_all(ds);
  EXPECT_TRUE(ds.items().empty()) << render_all(ds);
  return f ? *f : rule_file{};
}

/// A compact, fully parenthesised rendering of an expression tree, to assert structure.
inline std::string show(const expr& e) {
  switch (e.k) {
    case expr::kind::literal: {
      std::string s = fmt::format("{}", e.number);
      if (e.lit == literal_kind::percent) s += "%";
      if (e.lit == literal_kind::points) s += "pp";
      if (e.lit == literal_kind::level) s += "[" + e.unit_text + "]";
      return s;
    }
    case expr::kind::ref: {
      std::string s;
      for (const auto& seg : e.segments) s += (s.empty() ? "" : ".") + seg;
      return s;
    }
    case expr::kind::call: {
      std::string s = e.name + "(";
      for (std::size_t i = 0; i < e.args.size(); ++i) s += (i ? ", " : "") + show(e.args[i]);
      return s + ")";
    }
    case expr::kind::unary:
      return std::string("(") + spelling(e.ops.at(0)) + " " + show(e.args.at(0)) + ")";
    case expr::kind::binary:
      return "(" + show(e.args.at(0)) + " " + spelling(e.ops.at(0)) + " " + show(e.args.at(1)) +
             ")";
    case expr::kind::chain: {
      std::string s = "chain(" + show(e.args.at(0));
      for (std::size_t i = 0; i < e.ops.size(); ++i) {
        s += std::string(" ") + spelling(e.ops[i]) + " " + show(e.args.at(i + 1));
      }
      return s + ")";
    }
  }
  return "?";
}

/// The tree of `check` written as a rule's check.
inline std::string check_of(const std::string& check) {
  auto f = parse_ok("rule r: " + check + "\n");
  return f.rules.size() == 1 ? show(f.rules[0].check) : "<no rule>";
}

/// The one diagnostic of a failed parse: code, position of its start, message.
struct failure {
  std::string code;
  int line = 0;
  int col = 0;
  std::string message;
  std::size_t length = 0;
};

inline failure parse_error(const std::string& text) {
  diagnostics ds;
  auto f = parse_rules(make_source("t.rules", text), ds);
  EXPECT_FALSE(f) << text;
  EXPECT_EQ(ds.items().size(), 1u) << text;
  if (ds.items().empty()) return {};
  const auto& d = ds.items()[0];
  EXPECT_EQ(d.level, severity::error);
  auto at = d.range.start();
  return {d.code, at.line, at.col, d.message, d.range.end - d.range.begin};
}

inline void expect_error(const std::string& text, const std::string& code, int line, int col,
                         const std::string& message) {
  failure f = parse_error(text);
  EXPECT_EQ(f.code, code) << text;
  EXPECT_EQ(f.line, line) << text;
  EXPECT_EQ(f.col, col) << text;
  EXPECT_EQ(f.message, message) << text;
}

}  // namespace crossfoot::syntax::testing
