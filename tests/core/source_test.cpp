#include <gtest/gtest.h>

#include "core/diagnostic.hpp"
#include "core/source.hpp"

namespace crossfoot {
namespace {

TEST(SourceFile, LocatesLinesAndCodePointColumns) {
  auto src = make_source("a.rules",
                         "ab\nc\xE2\x88\x92"
                         "d\n");
  EXPECT_EQ(src->locate(0).line, 1);
  EXPECT_EQ(src->locate(3).line, 2);
  EXPECT_EQ(src->locate(3).col, 1);
  // The minus sign is three bytes but one column.
  EXPECT_EQ(src->locate(7).col, 3);
  EXPECT_EQ(src->offset_of(2, 3), 7u);
  EXPECT_EQ(src->line_text(2),
            "c\xE2\x88\x92"
            "d");
}

// Long lines are indexed every 256 characters; columns and offsets must agree with a plain scan
// on both sides of every mark, with multi-byte characters across them.
TEST(SourceFile, LongLinesAgreeWithAPlainScan) {
  std::string text = "short\n";
  for (int i = 0; i < 2000; ++i) text += i % 7 ? "x" : "\xE2\x88\x92";
  text += "\n\n";
  for (int i = 0; i < 600; ++i) text += "y";
  auto src = make_source("long", text);
  int line = 1, col = 1;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      line_col at = src->locate(i);
      ASSERT_EQ(at.line, line) << i;
      ASSERT_EQ(at.col, col) << i;
      ASSERT_EQ(src->offset_of(line, col), i) << line << ":" << col;
      if (i < text.size() && text[i] == '\n') {
        ++line;
        col = 1;
        continue;
      }
      ++col;
    }
  }
  EXPECT_EQ(src->offset_of(2, 100000), text.find("\n\n"));  // past the end: the line's end
}

TEST(SourceFile, LineTextDropsCarriageReturn) {
  auto src = make_source("crlf", "one\r\ntwo");
  EXPECT_EQ(src->line_text(1), "one");
  EXPECT_EQ(src->line_text(2), "two");
  EXPECT_EQ(src->line_text(3), "");
}

TEST(Render, CompilerStyleWithCaret) {
  auto src = make_source("t.rules", "rule x\n  a == b\n");
  diagnostics ds;
  ds.error("CF1001", {src, 6, 7}, "expected ':' after rule name");
  EXPECT_EQ(render_all(ds),
            "t.rules:1:7: error: expected ':' after rule name [CF1001]\n"
            "    1 | rule x\n"
            "      |       ^\n");
}

TEST(Render, UnderlinesTheWholeRange) {
  auto src = make_source("f", "x = 13.47\n");
  diagnostic d{"C", severity::warning, {src, 4, 9}, "m", {}};
  EXPECT_EQ(render(d), "f:1:5: warning: m [C]\n    1 | x = 13.47\n      |     ^~~~~\n");
}

TEST(ClosestName, SuggestsNearMisses) {
  EXPECT_EQ(closest_name("exprots", {"exports", "imports", "total"}), "exports");
  EXPECT_EQ(closest_name("zzz", {"exports", "imports"}), "");
}

TEST(SourceFile, APartKeepsTheLineNumbersOfItsFile) {
  // One row of a large CSV, as a finding holds it: line 123457 of trade.csv.
  auto src = make_source_part("trade.csv", "7,C007,2001,0,1.5\n", 123457);
  EXPECT_EQ(src->first_line(), 123457);
  EXPECT_EQ(src->locate(7).line, 123457);
  EXPECT_EQ(src->locate(7).col, 8);
  EXPECT_EQ(src->offset_of(123457, 8), 7u);
  EXPECT_EQ(src->line_text(123457), "7,C007,2001,0,1.5");
  EXPECT_EQ(src->line_text(1), "");
  diagnostics ds;
  ds.error("CF6201", {src, 7, 11}, "bad");
  std::string shown = render(ds.items().front());
  EXPECT_NE(shown.find("trade.csv:123457:8: error: bad"), std::string::npos) << shown;
  EXPECT_NE(shown.find("123457 | 7,C007,2001,0,1.5"), std::string::npos) << shown;
}

}  // namespace
}  // namespace crossfoot
