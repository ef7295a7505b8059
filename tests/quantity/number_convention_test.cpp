// A document's decimal mark, read from its unambiguous numbers (docs/extract.md, "A document's
// decimal mark"). Sentences are our own.
#include <gtest/gtest.h>

#include "quantity/number_convention.hpp"

namespace crossfoot {
namespace {

TEST(DecimalMarkEvidence, CountsOnlyNumbersThatShowAMark) {
  // "12,5" and "1.204.330" show a decimal comma; "4.700" and "2019" show nothing.
  auto e = decimal_mark_evidence("Sales rose 12,5% to 1.204.330 units; 4.700 shops in 2019.");
  EXPECT_EQ(e.comma, 2u);
  EXPECT_EQ(e.point, 0u);
  // "3.25", "1,204,330" and "8,210.4" show a point; "51,000" shows nothing.
  e = decimal_mark_evidence("Rates of 3.25 and 1,204,330 cars, 8,210.4 tonnes, 51,000 jobs.");
  EXPECT_EQ(e.comma, 0u);
  EXPECT_EQ(e.point, 3u);
  // Grouped both ways: "2.305,75" is a comma, "2,305.75" a point.
  e = decimal_mark_evidence("2.305,75 and 2,305.75");
  EXPECT_EQ(e.comma, 1u);
  EXPECT_EQ(e.point, 1u);
  // Dates, codes and words glued to digits show nothing: "03.10.2021", "A1.5", "2006,12".
  e = decimal_mark_evidence("On 03.10.2021 item A1.5 of 2006,12 was dropped.");
  EXPECT_EQ(e.comma, 0u);
  EXPECT_EQ(e.point, 0u);
}

TEST(DocumentDecimalMark, TwoCommasAndNoPointMakeADecimalCommaDocument) {
  EXPECT_EQ(document_decimal_mark("Output grew 3,4% and prices 1,9%, with 8.512 new firms."),
            decimal_mark::comma);
  // One number is no convention: a list "1,5" in a decimal-point text stays undecided.
  EXPECT_EQ(document_decimal_mark("See notes 1,5 below; 8.512 firms."), decimal_mark::unknown);
  // Mixed evidence keeps each number as written.
  EXPECT_EQ(document_decimal_mark("Output grew 3,4% and prices 1,9% while rents rose 2.2%."),
            decimal_mark::unknown);
  EXPECT_EQ(document_decimal_mark("Output grew 3.4% to 1,204.5 billion."), decimal_mark::point);
  EXPECT_EQ(document_decimal_mark("No numbers here."), decimal_mark::unknown);
}

TEST(DocumentDecimalMark, ASectionNumberInTenDoesNotUndoTheCommas) {
  std::string text = "Section 2.1: ";
  for (int i = 0; i < 10; ++i) text += "a rate of 4,5% ";
  EXPECT_EQ(document_decimal_mark(text), decimal_mark::comma);
  text += "and 1.5 more";
  EXPECT_EQ(document_decimal_mark(text), decimal_mark::unknown);
}

TEST(InReaderForm, RewritesADecimalCommaDocumentsNumbers) {
  EXPECT_EQ(
      in_reader_form("8.512 firms, 1.204.330,75 euros and 2.305,125 tonnes.", decimal_mark::comma),
      "8,512 firms, 1,204,330.75 euros and 2,305.125 tonnes.");
  // Numbers without grouping points are left to the reading of each number as it stands
  // ("3,4" is 3.4 anyway, "51,000" may be a sloppy group), and what does not fit the
  // convention stays as written: a date, a point before one digit.
  EXPECT_EQ(in_reader_form("3,4% of 51,000; on 03.10.2021 section 2.1 said 1,204,330.",
                           decimal_mark::comma),
            "3,4% of 51,000; on 03.10.2021 section 2.1 said 1,204,330.");
}

TEST(InReaderForm, LeavesOtherDocumentsAlone) {
  const std::string text = "8.512 firms and 3,4% and 1,204.5";
  EXPECT_EQ(in_reader_form(text, decimal_mark::point), text);
  EXPECT_EQ(in_reader_form(text, decimal_mark::unknown), text);
}

}  // namespace
}  // namespace crossfoot
