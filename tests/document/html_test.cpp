// The HTML reader: the text a browser shows, tables as tables, nothing run or fetched.
#include <gtest/gtest.h>

#include "document/document.hpp"

namespace crossfoot {
namespace {

std::string read_html(const std::string& html, const std::string& name = "t.html") {
  diagnostics ds;
  source_ptr src = read_draft_bytes(name, html, ds);
  EXPECT_TRUE(ds.items().empty());
  return src ? src->text() : "<null>";
}

TEST(Html, FormatIsToldByNameOrDoctype) {
  EXPECT_EQ(detect_format("a.html", "hello"), draft_format::html);
  EXPECT_EQ(detect_format("a.HTM", "hello"), draft_format::html);
  EXPECT_EQ(detect_format("a.md", "\xEF\xBB\xBF  <!DOCTYPE html><p>x"), draft_format::html);
  EXPECT_EQ(detect_format("a.txt", "<html><body>x"), draft_format::html);
  EXPECT_EQ(detect_format("a.md", "# Title\n<b>inline html</b>"), draft_format::text);
  EXPECT_EQ(detect_format("renamed.md", std::string("PK\x03\x04", 4)), draft_format::docx);
  EXPECT_EQ(detect_format("a.docx", "garbage"), draft_format::docx);
}

TEST(Html, ParagraphsHeadingsAndWhiteSpaceAsShown) {
  EXPECT_EQ(read_html("<!DOCTYPE html><html><head><title>Ignored 1%</title>"
                      "<style>p { color: red }</style></head><body>"
                      "<h1>Port  review</h1>\n<p>Exports\n   rose <b>4.8%</b> to\n"
                      "&euro;52.3&nbsp;billion.</p><h3>Imports</h3><p>Fell.</p></body></html>"),
            "# Port review\n\nExports rose 4.8% to €52.3\xC2\xA0"
            "billion.\n\n### Imports\n\nFell.\n");
}

TEST(Html, WhatDoesNotShowIsLeftOut) {
  EXPECT_EQ(read_html("<body><p>Exports rose <del>5.1%</del><ins>4.8%</ins>."
                      "<script>document.write('9.9%')</script><span hidden>7%</span>"
                      "<span style=\"display: none\">8%</span><!-- 6% --></p>"
                      "<noscript>enable scripts</noscript><template><p>3%</p></template>"
                      "<p>Total<sup><a href=\"#fn1\">1</a></sup> and 10<sup>3</sup> units.</p>"),
            "Exports rose 4.8%.\n\nTotal and 103 units.\n");
}

TEST(Html, ListsDivsAndBreaks) {
  EXPECT_EQ(read_html("<div>Loose text<p>Para.</p>tail</div><ul><li>One 1%</li><li>Two "
                      "<i>2%</i></li></ul><p>a<br>b</p><pre>x   1\ny   2</pre>"),
            "Loose text\n\nPara.\n\ntail\n\nOne 1%\n\nTwo 2%\n\na\nb\n\nx   1\ny   2\n");
}

TEST(Html, TablesWithCaptionHeaderAndSpans) {
  diagnostics ds;
  auto src = read_draft_bytes(
      "t.html",
      "<p>Before.</p><table><caption>Table 1: Trade</caption><thead><tr><th></th><th>2024</th>"
      "<th>2023</th></tr></thead><tbody><tr><td>Exports</td><td>€48.6 billion</td>"
      "<td>€45.8 billion</td></tr><tr><td colspan=\"3\">Note | all</td></tr></tbody></table>"
      "<p>After.</p>",
      ds);
  ASSERT_NE(src, nullptr);
  EXPECT_EQ(src->text(),
            "Before.\n\nTable 1: Trade\n\n| | 2024 | 2023 |\n|---|---|---|\n"
            "| Exports | €48.6 billion | €45.8 billion |\n| Note \xC2\xA6 all | | |\n\nAfter.\n");
  EXPECT_EQ(src->place(src->text().find("€48.6")), "table 1, row 2, cell 2:1");
  EXPECT_EQ(src->place(src->text().find("Trade")),
            "\xC2\xB6"
            "2:10");
  EXPECT_EQ(src->place(src->text().find("After")),
            "\xC2\xB6"
            "3:1");
}

TEST(Html, EncodingDeclaredOrUtf8ByDefault) {
  // No charset: UTF-8, not libxml2's ISO-8859-1.
  EXPECT_EQ(read_html("<p>€5 billion</p>"), "€5 billion\n");
  // A page that declares Latin-1 is converted.
  EXPECT_EQ(read_html("<html><head><meta charset=\"iso-8859-1\"></head><body><p>\xA3"
                      "5 m</p>"),
            "£5 m\n");
}

TEST(Html, BytesThatAreNotUtf8AreRefusedAtTheirPlace) {
  // libxml2 passes them through to the text; found by docx_fuzz (fuzz/seeds/docx/crash-*).
  for (const char* charset : {"", "<meta charset=\"utf-8\">"}) {
    diagnostics ds;
    std::string page =
        std::string("<html><head>") + charset + "</head><body>\n<p>Exports rose \x9f 5%.</p>";
    EXPECT_EQ(read_draft_bytes("t.html", page, ds), nullptr) << charset;
    ASSERT_EQ(ds.items().size(), 1u);
    EXPECT_EQ(ds.items()[0].code, "CF7013");
    EXPECT_EQ(render(ds.items()[0]).substr(0, 12), "t.html:2:17:") << render(ds.items()[0]);
  }
  // Latin-1 declared: the same byte is a character of the page.
  diagnostics ds;
  auto latin =
      read_draft_bytes("t.html", "<meta charset=\"windows-1252\"><p>Exports rose \x9f 5%.</p>", ds);
  ASSERT_NE(latin, nullptr);
  EXPECT_TRUE(ds.items().empty());
}

TEST(Html, BrokenMarkupIsReadAsABrowserWould) {
  EXPECT_EQ(read_html("<p>Exports <b>rose 3%<p>Imports fell</i> 2%"),
            "Exports rose 3%\n\nImports fell 2%\n");
  EXPECT_EQ(read_html(""), "");
  EXPECT_EQ(read_html("   \n"), "");
}

TEST(Html, DeepNestingDoesNotRecurse) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div><span>";
  html += "deep 5%";
  EXPECT_EQ(read_html(html), "deep 5%\n");
}

}  // namespace
}  // namespace crossfoot
