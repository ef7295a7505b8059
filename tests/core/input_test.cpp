// The one reading function: what it refuses, with which code and where.
#include "core/input.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace crossfoot {
namespace {

namespace fs = std::filesystem;

class ReadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "crossfoot-input-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    set_input_limits({});
    fs::remove_all(dir_);
  }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  // "CODE line:col" of the one diagnostic, or "" when the file was read.
  std::string refusal(const std::string& path, input_kind kind = input_kind::rules,
                      const source_range& at = {}) {
    diagnostics ds;
    auto src = read_input(path, kind, at, ds);
    EXPECT_EQ(src == nullptr, !ds.items().empty());
    if (ds.items().empty()) return "";
    EXPECT_EQ(ds.items().size(), 1u);
    const auto& d = ds.items()[0];
    auto lc = d.range.start();
    return d.code + " " + std::to_string(lc.line) + ":" + std::to_string(lc.col);
  }
  fs::path dir_;
};

TEST_F(ReadInput, OnlyRegularFiles) {
  EXPECT_EQ(refusal(dir_.string()), "CF7010 0:0");
  EXPECT_EQ(refusal("/dev/zero"), "CF7010 0:0");
  EXPECT_EQ(refusal("/proc/self/mem"), "CF7010 0:0");
  std::string fifo = (dir_ / "fifo").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(refusal(fifo), "CF7010 0:0");  // at once: no writer is waited for
  EXPECT_EQ(refusal((dir_ / "absent.rules").string()), "CF3001 0:0");
}

TEST_F(ReadInput, RefusalsAreAtTheIncludeThatAskedAndSayWhatThePathIs) {
  auto includer = make_source("main.rules", "include \"x\"\n");
  diagnostics ds;
  EXPECT_FALSE(read_input(dir_.string(), input_kind::rules, {includer, 8, 11}, ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].range.start().col, 9);
  EXPECT_EQ(ds.items()[0].message, "'" + dir_.string() + "' is a directory, not a rules file");
}

TEST_F(ReadInput, TheDocumentSourceOnlyWarns) {
  diagnostics ds;
  EXPECT_FALSE(read_input("/dev/zero", input_kind::document, {}, ds));
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_EQ(ds.items()[0].code, "CF2102");
  EXPECT_EQ(ds.items()[0].level, severity::warning);
}

TEST_F(ReadInput, SizeLimitPerKindAndFromTheCommandLine) {
  std::string path = write("big.rules", std::string(2000, '#'));
  EXPECT_EQ(refusal(path), "");
  set_input_limits({1000, 0});
  EXPECT_EQ(refusal(path), "CF7011 0:0");
  EXPECT_EQ(default_input_limit(input_kind::rules), 16u << 20);
  EXPECT_EQ(input_limit(input_kind::figures), 1000u);
  EXPECT_EQ(input_limit(input_kind::dataset), default_input_limit(input_kind::dataset));
}

TEST_F(ReadInput, EncodingPolicy) {
  EXPECT_EQ(refusal(write("nul.rules", std::string("rule r \"a\0b\": a == 1\n", 22))),
            "CF7012 1:10");
  EXPECT_EQ(refusal(write("bad.rules", "# ok\n# caf\xE9\n")), "CF7013 2:6");
  EXPECT_EQ(refusal(write("overlong.rules", "\xC0\xAF")), "CF7013 1:1");
  EXPECT_EQ(refusal(write("surrogate.rules", "\xED\xA0\x80")), "CF7013 1:1");
  EXPECT_EQ(refusal(write("wide.rules", std::string("\xFF\xFEr\0", 4))), "CF7014 1:1");
  diagnostics ds;
  auto bom =
      read_input(write("bom.rules", "\xEF\xBB\xBFrule r: a == 1\n"), input_kind::rules, {}, ds);
  ASSERT_TRUE(bom);
  EXPECT_EQ(bom->text(), "rule r: a == 1\n");
}

TEST_F(ReadInput, QuotedOnlyAsTheKindItsNameSays) {
  diagnostics ds;
  EXPECT_TRUE(read_input(write("a.rules", "x"), input_kind::rules, {}, ds)->quotable());
  EXPECT_FALSE(read_input(write("passwd", "root:x:0:0"), input_kind::rules, {}, ds)->quotable());
  EXPECT_TRUE(read_input(write("d.MD", "x"), input_kind::draft, {}, ds)->quotable());
  EXPECT_FALSE(read_input(write("d.toml", "x"), input_kind::draft, {}, ds)->quotable());
  diagnostics bad;
  read_input(write("secret", std::string("line one\nroot\0", 14)), input_kind::rules, {}, bad);
  ASSERT_EQ(bad.items().size(), 1u);
  EXPECT_EQ(render(bad.items()[0]).find("root"), std::string::npos) << render(bad.items()[0]);
}

TEST(Input, Sizes) {
  EXPECT_EQ(parse_size("200M"), 200u << 20);
  EXPECT_EQ(parse_size("2G"), 2ull << 30);
  EXPECT_EQ(parse_size("1.5K"), 1536u);
  EXPECT_EQ(parse_size("1000"), 1000u);
  EXPECT_EQ(parse_size("64MiB"), 64u << 20);
  EXPECT_FALSE(parse_size(""));
  EXPECT_FALSE(parse_size("0"));
  EXPECT_FALSE(parse_size("12X"));
  EXPECT_FALSE(parse_size("-5M"));
  EXPECT_EQ(format_size(64u << 20), "64 MiB");
  EXPECT_EQ(format_size(1536), "1.5 KiB");
  EXPECT_EQ(format_size(812), "812 bytes");
}

TEST(Input, PrintableEscapesControlBytes) {
  EXPECT_EQ(printable(std::string("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(printable("caf\xE9"), "caf\\xe9");
  EXPECT_EQ(printable("tab\tand caf\xC3\xA9"), "tab\tand caf\xC3\xA9");
  EXPECT_EQ(printable("\x1b[31m"), "\\x1b[31m");
}

}  // namespace
}  // namespace crossfoot
