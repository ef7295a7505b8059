// Malformed figures files: each class of problem gives its code, severity and place, and the
// loader reports every problem of a file before giving up.
#include "figures/detail/claims.hpp"
#include "figures_fixture.hpp"

namespace crossfoot::testing {
namespace {

void expect_error_at(const loaded& r, const std::string& code, int line, int col) {
  EXPECT_FALSE(r.set);
  const diagnostic& d = r.only(code);
  EXPECT_EQ(d.level, severity::error);
  EXPECT_EQ(at(d).line, line) << render(d);
  EXPECT_EQ(at(d).col, col) << render(d);
  EXPECT_EQ(d.range.file ? d.range.file->name() : "", "test.toml");
}

TEST(FigureErrors, UnreadableFile) {
  diagnostics ds;
  EXPECT_FALSE(load_figures("/nonexistent/crossfoot/figures.toml", ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF2001");
  EXPECT_EQ(ds.items()[0].level, severity::error);
  EXPECT_NE(ds.items()[0].message.find("/nonexistent/crossfoot/figures.toml"), std::string::npos);
}

TEST(FigureErrors, DirectoryIsNotAFiguresFile) {
  temp_dir dir;
  diagnostics ds;
  EXPECT_FALSE(load_figures(dir.file(""), ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF7010");
  EXPECT_NE(ds.items()[0].message.find("is a directory, not a figures file"), std::string::npos);
}

TEST(FigureErrors, TomlSyntaxWithToml11Message) {
  auto r = load("[port.exports]\nvalue = \"RMB 1.83 trillion\"\n[port.imports\nvalue = 1\n");
  expect_error_at(r, "CF2002", 3, 14);
  EXPECT_EQ(r.diags.items().size(), 1u);
  EXPECT_EQ(r.diags.items()[0].message.rfind("invalid TOML: ", 0), 0u);
}

TEST(FigureErrors, DuplicateFigureIsATomlError) {
  auto r = load("[consumer.imports]\nvalue = \"5%\"\n[consumer]\nimports.value = \"6%\"\n");
  EXPECT_FALSE(r.set);
  const diagnostic& d = r.only("CF2002");
  EXPECT_EQ(at(d).line, 4);
}

TEST(FigureErrors, BinaryGarbage) {
  auto r = load(std::string("\xFF\xFE [x]\x01 = \n", 11));
  EXPECT_FALSE(r.set);
  EXPECT_EQ(r.only("CF2002").level, severity::error);
}

TEST(FigureErrors, MalformedQuantityPointsInsideTheString) {
  auto r = load("[port.exports]\nvalue = \"RMB 1..83 trillion\"\n");
  EXPECT_FALSE(r.set);
  const diagnostic& d = r.only("CF2003");
  EXPECT_EQ(d.level, severity::error);
  EXPECT_EQ(at(d).line, 2);
  EXPECT_EQ(at(d).col, 15);  // at "..83", where the quantity parser stopped
  EXPECT_NE(d.message.find("invalid quantity \"RMB 1..83 trillion\": "), std::string::npos);
}

TEST(FigureErrors, NonFiniteNumber) {
  expect_error_at(load("[a]\nvalue = inf\n"), "CF2003", 2, 9);
}

TEST(FigureErrors, UnknownUnitKey) {
  auto r = load("[port.exports]\nvalue = 1.83\nunit = \"RMB zillion\"\n");
  EXPECT_FALSE(r.set);
  const diagnostic& d = r.only("CF2004");
  EXPECT_EQ(at(d).line, 3);
  EXPECT_EQ(at(d).col, 13);  // at "zillion", where the unit parser stopped
  EXPECT_NE(d.message.find("invalid unit \"RMB zillion\""), std::string::npos) << d.message;
}

TEST(FigureErrors, UnknownQualifier) {
  expect_error_at(
      load("[port.exports]\nvalue = \"RMB 1.83 trillion\"\nqualifier = \"roughly-ish\"\n"),
      "CF2005", 3, 13);
}

TEST(FigureErrors, ConflictingQualifiers) {
  expect_error_at(load("[a]\nvalue = \"about 5%\"\nqualifier = \"at least\"\n"), "CF2010", 3, 13);
}

TEST(FigureErrors, PrecisionNeitherNumberNorExact) {
  expect_error_at(load("[a]\nvalue = \"RMB 548.3 billion\"\nprecision = \"roughly\"\n"), "CF2006",
                  3, 13);
}

TEST(FigureErrors, NegativeOrZeroPrecision) {
  expect_error_at(load("[a]\nvalue = \"RMB 1.83 trillion\"\nprecision = -0.01\n"), "CF2006", 3, 13);
  expect_error_at(load("[a]\nvalue = \"RMB 1.83 trillion\"\nprecision = 0\n"), "CF2006", 3, 13);
}

TEST(FigureErrors, ValueOfTheWrongType) {
  expect_error_at(load("[a]\nvalue = true\n"), "CF2007", 2, 9);
  expect_error_at(load("[a]\nvalue = 2024-01-12\n"), "CF2007", 2, 9);
  expect_error_at(load("[a]\nvalue = [1, 2]\n"), "CF2007", 2, 9);
  expect_error_at(load("[a]\nvalue = \"5%\"\ngrowth = false\n"), "CF2007", 3, 10);
  expect_error_at(load("[a]\nvalue = \"5%\"\nquote = 12\n"), "CF2007", 3, 9);
  expect_error_at(load("flag = true\n"), "CF2007", 1, 8);
}

TEST(FigureErrors, ReservedKeyWithoutValue) {
  expect_error_at(load("[a]\nquote = \"exports rose\"\n"), "CF2008", 2, 1);
  expect_error_at(load("[a]\nvalue = \"5%\"\nshare = { unit = \"%\" }\n"), "CF2008", 3, 11);
}

TEST(FigureErrors, UnitGivenTwice) {
  expect_error_at(load("[a]\nvalue = \"RMB 5 trillion\"\nunit = \"RMB trillion\"\n"), "CF2009", 3,
                  8);
}

TEST(FigureErrors, BadDocumentFields) {
  auto r = load("[document]\nperiod = \"2023-13\"\nslack = \"lots\"\nrules = [1]\n");
  EXPECT_FALSE(r.set);
  std::vector<int> lines;
  for (const auto& d : r.diags.items()) {
    EXPECT_EQ(d.code, "CF2011");
    lines.push_back(at(d).line);
  }
  EXPECT_EQ(lines, (std::vector<int>{2, 3, 4}));
  expect_error_at(load("document = 5\n"), "CF2011", 1, 12);
}

TEST(FigureErrors, KeyThatCannotBeAnId) {
  expect_error_at(load("[a]\n\"x.y\" = \"5%\"\n"), "CF2012", 2, 1);
}

TEST(FigureErrors, EveryErrorOfTheFileInFileOrder) {
  // Not in alphabetical order: toml++ sorts keys, the report must follow the file.
  auto r = load(
      "[port.total]\nvalue = true\nqualifier = \"sort of\"\n"
      "[port.exports]\nvalue = \"RMB 1..83 trillion\"\n"
      "[port.imports]\nvalue = \"RMB 548.3 billion\"\nprecision = \"roughly\"\n");
  EXPECT_FALSE(r.set);
  std::vector<std::string> codes;
  std::vector<int> lines;
  for (const auto& d : r.diags.items()) {
    codes.push_back(d.code);
    lines.push_back(at(d).line);
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"CF2007", "CF2005", "CF2003", "CF2006"}));
  EXPECT_EQ(lines, (std::vector<int>{2, 3, 5, 8}));
}

TEST(FigureErrors, RenderedCompilerStyle) {
  auto r = load("[a]\nvalue = \"5%\"\nprecision = \"roughly\"\n");
  std::string text = render_all(r.diags);
  EXPECT_EQ(text.rfind("test.toml:3:13: error: ", 0), 0u) << text;
  EXPECT_NE(text.find("[CF2006]"), std::string::npos) << text;
}

TEST(InsideString, MapsDecodedOffsetsToTheFile) {
  auto file = make_source("t", "a = \"RMB 1..83\"\nb = \"\\tx\"\nc = '''\nRMB'''\n");
  figures_detail::toml_node basic;
  basic.kind = figures_detail::node_kind::string;
  basic.text = "RMB 1..83";
  basic.where = {file, 4, 15};
  EXPECT_EQ(figures_detail::inside_string(basic, 6).begin, 11u);
  EXPECT_EQ(figures_detail::inside_string(basic, 99).begin, 14u);  // the closing quote

  figures_detail::toml_node escaped = basic;  // an escape before the spot: the whole value
  escaped.text = "\tx";
  escaped.where = {file, 20, 25};
  EXPECT_EQ(figures_detail::inside_string(escaped, 1).begin, 20u);

  figures_detail::toml_node multi = basic;  // ''' and the line break after it are skipped
  multi.text = "RMB";
  multi.where = {file, 30, 40};
  EXPECT_EQ(figures_detail::inside_string(multi, 1).begin, 35u);
}

}  // namespace
}  // namespace crossfoot::testing
