// The CSV scanner: where records end (chunks are cut only there) and how they split into fields.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dataset/detail/csv.hpp"
#include "dataset/detail/number.hpp"

namespace crossfoot::dataset_detail {
namespace {

std::vector<std::string> fields_of(const std::string& record, const dialect& d = {}) {
  std::vector<field> fields;
  std::string scratch;
  EXPECT_TRUE(split_record(record.data(), record.data() + record.size(), d, fields, scratch));
  std::vector<std::string> out;
  for (const auto& f : fields) out.emplace_back(f.text);
  return out;
}

using strings = std::vector<std::string>;

TEST(CsvRecords, SplitAtTheDelimiterAndDropTheLineEnd) {
  EXPECT_EQ(fields_of("a,b,c\n"), (strings{"a", "b", "c"}));
  EXPECT_EQ(fields_of("a,b,c\r\n"), (strings{"a", "b", "c"}));
  EXPECT_EQ(fields_of("a,b,c"), (strings{"a", "b", "c"}));
  EXPECT_EQ(fields_of(",,\n"), (strings{"", "", ""}));
  EXPECT_EQ(fields_of("a,\n"), (strings{"a", ""}));
  EXPECT_EQ(fields_of("\n"), (strings{""}));
}

TEST(CsvRecords, QuotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes) {
  EXPECT_EQ(fields_of("\"a,b\",c\n"), (strings{"a,b", "c"}));
  EXPECT_EQ(fields_of("\"two\nlines\",x\n"), (strings{"two\nlines", "x"}));
  EXPECT_EQ(fields_of("\"say \"\"hi\"\"\",x\n"), (strings{"say \"hi\"", "x"}));
  EXPECT_EQ(fields_of("\"\",x\n"), (strings{"", "x"}));
  EXPECT_EQ(fields_of("\"\"\"\"\n"), (strings{"\""}));
  EXPECT_EQ(fields_of("\"a\"\r\n"), (strings{"a"}));
}

TEST(CsvRecords, AQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter) {
  EXPECT_EQ(fields_of("ab\"c,d\n"), (strings{"ab\"c", "d"}));
}

TEST(CsvRecords, CharactersAfterAClosingQuoteAreKeptAndFlagged) {
  std::string rec = "\"ab\"c,d\n";
  std::vector<field> fields;
  std::string scratch;
  ASSERT_TRUE(split_record(rec.data(), rec.data() + rec.size(), {}, fields, scratch));
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields[0].text, "abc");
  EXPECT_TRUE(fields[0].stray_quote);
  EXPECT_FALSE(fields[1].stray_quote);
  // Fields know where they are written, quotes included: a finding points at them.
  EXPECT_EQ(std::string(fields[0].begin, fields[0].end), "\"ab\"c");
}

TEST(CsvRecords, OtherDelimitersAndNoQuoting) {
  dialect semicolon{';', '"', ',', '\0'};
  EXPECT_EQ(fields_of("1,5;2,25\n", semicolon), (strings{"1,5", "2,25"}));
  dialect tab{'\t', '\0', '.', '\0'};
  EXPECT_EQ(fields_of("\"a\"\tb\n", tab), (strings{"\"a\"", "b"}));
}

TEST(CsvRecords, RecordEndsAreFoundOutsideQuotesOnly) {
  dialect d;
  long lines = 0;
  std::string text = "a,\"x\ny\",b\nnext\n";
  const char* end = record_end(text.data(), text.data() + text.size(), d, lines);
  ASSERT_NE(end, nullptr);
  EXPECT_EQ(std::string(static_cast<const char*>(text.data()), end), "a,\"x\ny\",b\n");
  EXPECT_EQ(lines, 1);  // the line feed inside the quotes
  // Inside quotes at the end of the text: not a record yet.
  std::string open = "a,\"x\n";
  EXPECT_EQ(record_end(open.data(), open.data() + open.size(), d, lines), nullptr);
  // A closing quote as the last byte may be the first of a doubled one.
  std::string pending = "\"x\"";
  EXPECT_EQ(record_end(pending.data(), pending.data() + pending.size(), d, lines), nullptr);
}

TEST(CsvRecords, ChunksAreCutAfterTheLastCompleteRecord) {
  dialect d;
  std::string plain = "a,b\nc,d\ne,f";
  EXPECT_EQ(last_record_end(plain.data(), plain.data() + plain.size(), d) - plain.data(), 8);
  std::string quoted = "a,\"b\nc\"\nd,\"e\nf";
  EXPECT_EQ(last_record_end(quoted.data(), quoted.data() + quoted.size(), d) - quoted.data(), 8);
  std::string none = "\"a\nb";
  EXPECT_EQ(last_record_end(none.data(), none.data() + none.size(), d), none.data());
}

written_number number(const std::string& text, number_status want = number_status::ok,
                      dialect d = {}) {
  written_number w;
  EXPECT_EQ(parse_number(text.data(), text.data() + text.size(), d, w), want) << text;
  return w;
}

TEST(CsvNumbers, ValueAndTheDigitsWritten) {
  EXPECT_EQ(number("2616.63").value, 2616.63);
  EXPECT_EQ(number("2616.63").decimals, 2);
  EXPECT_EQ(number("17").decimals, 0);
  EXPECT_EQ(number("-0.5").value, -0.5);
  EXPECT_EQ(number("+3").value, 3);
  EXPECT_EQ(number("1.5e3").value, 1500);
  EXPECT_EQ(number("1.5e3").decimals, -2);
  EXPECT_EQ(number("2.5E-2").decimals, 3);
  EXPECT_EQ(number(" 42 ").value, 42);
  EXPECT_EQ(number(".5").value, 0.5);
  EXPECT_EQ(number("5.").decimals, 0);
  EXPECT_EQ(number("\xE2\x88\x92"
                   "3.1")
                .value,
            -3.1);  // the Unicode minus sign
  // Long numbers go to fast_float and are still correctly rounded.
  EXPECT_EQ(number("0.1000000000000000055511151231257827").value, 0.1);
  EXPECT_EQ(number("123456789012345678901234").value, 123456789012345678901234.0);
}

TEST(CsvNumbers, DecimalCommaAndThousandsSeparators) {
  dialect comma{';', '"', ',', '.'};
  EXPECT_EQ(number("12,3", number_status::ok, comma).value, 12.3);
  EXPECT_EQ(number("1.234,5", number_status::ok, comma).value, 1234.5);
  EXPECT_EQ(number("1.234,5", number_status::ok, comma).decimals, 1);
  dialect spaces{',', '"', '.', ' '};
  EXPECT_EQ(number("17 000", number_status::ok, spaces).value, 17000);
  number("1.23.4", number_status::bad, comma);  // groups of three only
  number("12.34", number_status::bad, comma);
  number("1234.567", number_status::bad, comma);
}

TEST(CsvNumbers, WhatIsNotOneNumber) {
  number("", number_status::empty);
  number("   ", number_status::empty);
  for (const char* bad :
       {"12,3x", "x", "-", "1e", "1e+", "nan", "inf", "1.2.3", "1 2", "--1", "0x10", "1,5"})
    number(bad, number_status::bad);
}

TEST(CsvNumbers, HalfAUnitInTheLastDigitAsTheFiguresPathComputesIt) {
  EXPECT_EQ(half_unit(0), 0.5);
  EXPECT_GE(half_unit(2), 0.005);
  EXPECT_LT(half_unit(2), 0.005 * (1 + 1e-15));
  EXPECT_EQ(half_unit(-2), 50);
}

}  // namespace
}  // namespace crossfoot::dataset_detail
