// The .docx reader: what prints is read, what does not is left out, and every paragraph and
// cell keeps its place.
#include <gtest/gtest.h>

#include "document/document.hpp"
#include "docx_maker.hpp"

namespace crossfoot {
namespace {

using testing::make_docx;

std::string p(const std::string& inner) {
  return "<w:p>" + inner + "</w:p>";
}
std::string r(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

struct read_result {
  source_ptr src;
  diagnostics diags;
  std::string text() const { return src ? src->text() : "<null>"; }
  std::string codes() const {
    std::string out;
    for (const auto& d : diags.items()) out += (out.empty() ? "" : " ") + d.code;
    return out;
  }
};

read_result read_bytes(const std::string& bytes, const draft_limits& limits = {}) {
  read_result out;
  out.src = read_draft_bytes("t.docx", bytes, out.diags, limits);
  return out;
}

read_result read_body(const std::string& body, const std::string& styles = "") {
  return read_bytes(make_docx(body, styles));
}

TEST(Docx, ParagraphsAreLinesApartAndRunsAreStitched) {
  auto res = read_body(p(r("Exports reached €4") + r("8.6 bil") + r("lion.")) + p("") +
                       p(r("Imports fell.")));
  EXPECT_EQ(res.text(), "Exports reached €48.6 billion.\n\nImports fell.\n");
  EXPECT_TRUE(res.diags.items().empty());
  // Empty paragraphs are not numbered: the second paragraph with text is ¶2.
  EXPECT_EQ(res.src->place(0),
            "\xC2\xB6"
            "1:1");
  EXPECT_EQ(res.src->place(res.text().find("fell")),
            "\xC2\xB6"
            "2:9");
}

TEST(Docx, TrackedChangesReadAsAccepted) {
  auto res = read_body(
      p(r("Exports rose ") +
        "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>5.1%</w:delText></w:r></w:del>" +
        "<w:ins w:id=\"2\" w:author=\"A\">" + r("4.8%") + "</w:ins>" +
        "<w:moveFrom w:id=\"3\" w:author=\"A\">" + r(" (moved away 9.9%)") + "</w:moveFrom>" +
        "<w:moveTo w:id=\"4\" w:author=\"A\">" + r(" in 2024") + "</w:moveTo>" + r(".")));
  EXPECT_EQ(res.text(), "Exports rose 4.8% in 2024.\n");
}

TEST(Docx, DeletedParagraphMarkJoinsTheNextParagraph) {
  const std::string deleted_mark =
      "<w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr>";
  auto res = read_body(p(deleted_mark + r("Trade grew,")) + p(r(" as expected.")) + p(r("Next.")));
  EXPECT_EQ(res.text(), "Trade grew, as expected.\n\nNext.\n");
}

TEST(Docx, FieldCodesAreLeftOutAndResultsRead) {
  const std::string field =
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText> HYPERLINK \"https://x/2024/7\" </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      r("the release") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  // A field nested in another's code: neither code prints.
  const std::string nested =
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText> IF </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText> PAGE 3 </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      r("3") +
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:r><w:instrText> = 3 \"odd\" </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      r("odd") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  const std::string simple = "<w:fldSimple w:instr=\" SEQ Table \">" + r("2") + "</w:fldSimple>";
  auto res =
      read_body(p(r("See ") + field + r(", page ") + nested + r(", table ") + simple + r(".")));
  EXPECT_EQ(res.text(), "See the release, page odd, table 2.\n");
}

TEST(Docx, HyperlinksSmartTagsAndContentControlsAreReadThrough) {
  auto res = read_body("<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" +
                       p("<w:hyperlink r:id=\"rId9\" xmlns:r=\"r\">" + r("Exports") +
                         "</w:hyperlink><w:smartTag>" + r(" rose 3%") + "</w:smartTag>") +
                       "</w:sdtContent></w:sdt>");
  EXPECT_EQ(res.text(), "Exports rose 3%\n");
}

TEST(Docx, HiddenTextCommentsAndMarksDoNotPrint) {
  auto res =
      read_body(p("<w:commentRangeStart w:id=\"0\"/>" + r("Exports rose 3%") +
                  "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
                  "<w:r><w:rPr><w:vanish/></w:rPr><w:t>(note: 9%)</w:t></w:r>"
                  "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>.</w:t></w:r>"
                  "<w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"1\" w:name=\"b\"/>"));
  EXPECT_EQ(res.text(), "Exports rose 3%.\n");
}

TEST(Docx, TabsBreaksAndHyphens) {
  auto res = read_body(p(r("Year") + "<w:r><w:tab/></w:r>" + r("on") +
                         "<w:r><w:noBreakHyphen/><w:softHyphen/></w:r>" + r("year") +
                         "<w:r><w:br/></w:r>" + r("next line")));
  EXPECT_EQ(res.text(), "Year\ton-year\nnext line\n");
  // The second line of a paragraph is still in it: its column counts from the paragraph.
  EXPECT_EQ(res.src->place(res.text().find("next")),
            "\xC2\xB6"
            "1:14");
  EXPECT_EQ(res.src->gutter(res.text().find("next")),
            "\xC2\xB6"
            "1");
}

TEST(Docx, HeadingsByStyleNameOutlineLevelAndBasedOn) {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading "
      "2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"House\"><w:name w:val=\"House\"/>"
      "<w:basedOn w:val=\"berschrift2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:name w:val=\"Loop\"/>"
      "<w:basedOn w:val=\"Loop\"/></w:style>";
  auto style = [](const std::string& id) {
    return "<w:pPr><w:pStyle w:val=\"" + id + "\"/></w:pPr>";
  };
  auto res =
      read_body(p(style("Titel") + r("Port review")) + p(style("berschrift2") + r("Exports")) +
                    p(style("House") + r("Imports")) + p(style("Loop") + r("Body.")) +
                    p("<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>" + r("Deep")),
                styles);
  EXPECT_EQ(res.text(), "# Port review\n\n## Exports\n\n## Imports\n\nBody.\n\n### Deep\n");
  // The place counts from the heading's own text, not its '#'.
  EXPECT_EQ(res.src->place(res.text().find("Exports")),
            "\xC2\xB6"
            "2:1");
}

std::string tc(const std::string& text, int span = 1) {
  std::string props =
      span > 1 ? "<w:tcPr><w:gridSpan w:val=\"" + std::to_string(span) + "\"/></w:tcPr>" : "";
  return "<w:tc>" + props + p(text.empty() ? "" : r(text)) + "</w:tc>";
}

TEST(Docx, TablesArePipeRowsWithCellPlaces) {
  const std::string table =
      "<w:tbl><w:tblPr/><w:tblGrid/>"
      "<w:tr>" +
      tc("") + tc("2024") + tc("2023") +
      "</w:tr>"
      "<w:tr>" +
      tc("Exports") + tc("€48.6 billion") + tc("€45.8 billion") +
      "</w:tr>"
      "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"A\"/></w:trPr>" +
      tc("Gone") + tc("€1 billion") + tc("") +
      "</w:tr>"
      "<w:tr>" +
      tc("Note: a | b", 3) +
      "</w:tr>"
      "</w:tbl>";
  auto res = read_body(p(r("Before.")) + table + p(r("After.")));
  EXPECT_EQ(res.text(),
            "Before.\n\n"
            "| | 2024 | 2023 |\n"
            "|---|---|---|\n"
            "| Exports | €48.6 billion | €45.8 billion |\n"
            "| Note: a \xC2\xA6 b | | |\n\n"
            "After.\n");
  const auto at = res.text().find("€48.6");
  EXPECT_EQ(res.src->place(at), "table 1, row 2, cell 2:1");
  EXPECT_EQ(res.src->gutter(at), "T1 R2");
  // The deleted row is not counted: the note is row 3.
  EXPECT_EQ(res.src->place(res.text().find("Note")), "table 1, row 3, cell 1:1");
  EXPECT_EQ(res.src->place(res.text().find("After")),
            "\xC2\xB6"
            "2:1");
}

TEST(Docx, CellParagraphsAndNestedTablesStayInTheirCell) {
  const std::string inner = "<w:tbl><w:tr>" + tc("a") + tc("b") + "</w:tr></w:tbl>";
  const std::string table = "<w:tbl><w:tr><w:tc>" + p(r("one")) + p(r("two")) + "</w:tc><w:tc>" +
                            inner + p(r("c")) + "</w:tc></w:tr></w:tbl>";
  auto res = read_body(table);
  EXPECT_EQ(res.text(), "| one two | a b c |\n|---|---|\n");
}

TEST(Docx, TextBoxesAndFootnotesAreCountedInAWarning) {
  auto res = read_body(
      p(r("Exports rose 3%") +
        "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>" +
        p(r("Box: 12%")) + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>" +
        p(r("Box: 12%")) + "</w:pict></mc:Fallback></mc:AlternateContent></w:r>" + r(".")));
  EXPECT_EQ(res.text(), "Exports rose 3%.\n");
  ASSERT_EQ(res.codes(), "CF8007");
  EXPECT_EQ(res.diags.items()[0].level, severity::warning);
  EXPECT_NE(res.diags.items()[0].message.find("1 text box or drawing and 1 footnote or endnote"),
            std::string::npos)
      << res.diags.items()[0].message;
}

TEST(Docx, AnyPrefixBoundToWordprocessingMLAndStrictOpenXml) {
  auto parts = testing::docx_parts("");
  parts["word/document.xml"] =
      "<?xml version=\"1.0\"?><doc:document "
      "xmlns:doc=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><doc:body><doc:p><doc:r>"
      "<doc:t>Strict 1.5%</doc:t></doc:r></doc:p></doc:body></doc:document>";
  auto res = read_bytes(testing::zip_of(parts));
  EXPECT_EQ(res.text(), "Strict 1.5%\n");
}

TEST(Docx, MainPartFoundThroughRelationships) {
  auto parts = testing::docx_parts(p(r("Moved part.")));
  parts["word/main.xml"] = parts["word/document.xml"];
  parts.erase("word/document.xml");
  parts["_rels/.rels"].replace(parts["_rels/.rels"].find("word/document.xml"), 17,
                               "/word/main.xml");
  EXPECT_EQ(read_bytes(testing::zip_of(parts)).text(), "Moved part.\n");
}

TEST(Docx, DeepNestingDoesNotRecurse) {
  // 100,000 nested content controls: the walk is a loop, not recursion.
  std::string body;
  constexpr int depth = 100000;
  for (int i = 0; i < depth; ++i) body += "<w:sdt><w:sdtContent>";
  body += p(r("Deep 7%"));
  for (int i = 0; i < depth; ++i) body += "</w:sdtContent></w:sdt>";
  EXPECT_EQ(read_body(body).text(), "Deep 7%\n");
}

// ---- files that cannot be read -----------------------------------------------------------------

TEST(DocxErrors, NotAZipArchiveOrTruncated) {
  const std::string good = make_docx(p(r("Text.")));
  auto truncated = read_bytes(good.substr(0, good.size() / 2));
  EXPECT_EQ(truncated.src, nullptr);
  EXPECT_EQ(truncated.codes(), "CF8001");
  EXPECT_NE(truncated.diags.items()[0].message.find("damaged or truncated"), std::string::npos);
  auto garbage = read_bytes("PK\x03\x04 not really a zip");
  EXPECT_EQ(garbage.codes(), "CF8001");
}

TEST(DocxErrors, DamagedCompressedPart) {
  std::string bytes = make_docx(p(r(std::string(2000, 'x'))));
  // Flip bytes inside the deflated data of word/document.xml.
  const auto at = bytes.find("word/document.xml") + 17 + 30;
  for (std::size_t i = at; i < at + 40; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
  auto res = read_bytes(bytes);
  EXPECT_EQ(res.src, nullptr);
  EXPECT_EQ(res.codes(), "CF8001") << res.diags.items()[0].message;
}

TEST(DocxErrors, OleFilesEncryptedOrWord97) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole += std::string(504, '\0');
  std::string encrypted = ole, doc = ole;
  for (char c : std::string("EncryptedPackage")) encrypted += {c, '\0'};
  for (char c : std::string("WordDocument")) doc += {c, '\0'};
  EXPECT_EQ(read_bytes(encrypted).codes(), "CF8002");
  EXPECT_EQ(read_bytes(doc).codes(), "CF8003");
}

TEST(DocxErrors, ZipBombStopsAtTheCap) {
  draft_limits small;
  small.max_part_bytes = 1 << 20;
  const std::string big = p(r(std::string(2 << 20, ' ')));
  auto res = read_bytes(make_docx(big), small);
  EXPECT_EQ(res.src, nullptr);
  EXPECT_EQ(res.codes(), "CF8004");
  // Under the cap the same document reads.
  draft_limits enough;
  enough.max_part_bytes = 4 << 20;
  EXPECT_EQ(read_bytes(make_docx(big), enough).codes(), "");
}

TEST(DocxErrors, DeclaredSizeIsNotTrusted) {
  // A stored entry whose headers claim 10 bytes but whose data is 2 MiB: the reader counts what
  // it reads, so it stops at the cap (or finds the archive inconsistent), never reads it all.
  auto parts = testing::docx_parts(p(r(std::string(2 << 20, 'y'))));
  std::string bytes = testing::zip_of(parts, false);
  const std::string name = "word/document.xml";
  for (std::size_t at = bytes.find(name); at != std::string::npos; at = bytes.find(name, at + 1)) {
    // Local header: the uncompressed size is 4 bytes at offset 22 of the header, which starts
    // 30 bytes before the name; central directory: at 24 of a header 46 bytes before it.
    const bool local = bytes.compare(at - 30, 4, "PK\x03\x04") == 0;
    const std::size_t field = local ? at - 30 + 22 : at - 46 + 24;
    if (!local && bytes.compare(at - 46, 4, "PK\x01\x02") != 0) continue;
    bytes.replace(field, 4, std::string("\x0A\0\0\0", 4));
  }
  draft_limits small;
  small.max_part_bytes = 1 << 20;
  auto res = read_bytes(bytes, small);
  EXPECT_EQ(res.src, nullptr);
  EXPECT_TRUE(res.codes() == "CF8004" || res.codes() == "CF8001") << res.codes();
}

TEST(DocxErrors, ZipsThatAreNotWordDocuments) {
  EXPECT_EQ(read_bytes(testing::zip_of({{"notes.txt", "hello"}})).codes(), "CF8005");
  auto parts = testing::docx_parts("");
  parts["_rels/.rels"].replace(parts["_rels/.rels"].find("word/document.xml"), 17,
                               "xl/workbook.xml");
  parts["xl/workbook.xml"] = "<workbook/>";
  auto sheet = read_bytes(testing::zip_of(parts));
  EXPECT_EQ(sheet.codes(), "CF8005");
  EXPECT_NE(sheet.diags.items()[0].message.find("Excel"), std::string::npos);
  auto odt = read_bytes(testing::zip_of(
      {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}}));
  EXPECT_NE(odt.diags.items()[0].message.find("OpenDocument"), std::string::npos);
}

TEST(DocxErrors, MalformedXml) {
  auto parts = testing::docx_parts(p(r("x")));
  parts["word/document.xml"].resize(parts["word/document.xml"].size() - 20);
  auto res = read_bytes(testing::zip_of(parts));
  EXPECT_EQ(res.codes(), "CF8006");
  EXPECT_NE(res.diags.items()[0].message.find("not well-formed XML"), std::string::npos);
}

TEST(DocxErrors, TextThatIsNotUtf8) {
  // pugixml passes such bytes through; XML that is not UTF-8 is not well-formed.
  auto res = read_body(p(r("Exports rose \x9f 5%.")));
  EXPECT_EQ(res.codes(), "CF8006");
  EXPECT_EQ(res.text(), "<null>");
}

TEST(DocxErrors, OversizedFile) {
  draft_limits tiny;
  tiny.max_file_bytes = 100;
  auto res = read_bytes(make_docx(p(r("Text."))), tiny);
  EXPECT_EQ(res.codes(), "CF5004");
}

}  // namespace
}  // namespace crossfoot
