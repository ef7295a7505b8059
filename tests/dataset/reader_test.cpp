// The chunk reader, streamed (read(2) into buffers) and in place (a mapped file): both cut the
// same chunks of whole records at every window size, and meet the end of a file, a byte order
// mark, CRLF and quoted line breaks the same way.
#include <unistd.h>

#include <optional>
#include <string>
#include <vector>

#include "dataset/detail/input.hpp"
#include "dataset/detail/reader.hpp"
#include "dataset_fixture.hpp"

namespace crossfoot::testing {
namespace {

using namespace dataset_detail;

// Everything the reader tells about a file: the header, each chunk (offset and text), and how
// it ended. Two readings agree when they have the same header, records and end: where the
// chunks are cut may differ (the streamed reader's first chunk takes what it read ahead for
// the header), but each is whole records, each begins where the one before ended.
struct reading {
  std::optional<std::string> header;
  long header_lines = 0;
  std::vector<std::pair<long long, std::string>> chunks;
  std::string end;  // "end", or "unterminated at N: REST", or "error: ..."
  bool mapped = false;
  std::string text() const {
    std::string all;
    for (const auto& c : chunks) all += c.second;
    return all;
  }
  long long first() const { return chunks.empty() ? -1 : chunks.front().first; }
  bool operator==(const reading& o) const {
    return header == o.header && header_lines == o.header_lines && text() == o.text() &&
           first() == o.first() && end == o.end;
  }
};

std::ostream& operator<<(std::ostream& os, const reading& r) {
  os << (r.mapped ? "[mapped] " : "[streamed] ") << "header=" << (r.header ? *r.header : "-")
     << " lines=" << r.header_lines;
  for (const auto& [at, text] : r.chunks)
    os << " | " << at << ":" << ::testing::PrintToString(text);
  return os << " | " << r.end;
}

class reader_test : public dataset_test {
 protected:
  reading read(const std::string& name, std::size_t chunk_bytes, bool in_place) {
    reading out;
    diagnostics ignored;
    auto source = open_data(path(name), {}, ignored);
    if (!source) {
      out.end = "cannot open";
      return out;
    }
    chunk_reader reader(*source, dialect{}, chunk_bytes);
    out.mapped = in_place && reader.map_input();
    out.header = reader.first_record(out.header_lines);
    if (!out.header) {
      out.end = ended(reader, chunk_reader::status::error);
      return out;
    }
    chunk c;
    chunk_reader::status st;
    while ((st = reader.next(c)) == chunk_reader::status::chunk) {
      out.chunks.emplace_back(c.byte_offset, std::string(c.data(), c.size()));
      // As the engine does once a chunk is merged: a mapped file's pages before it go.
      reader.release_before(c.byte_offset + static_cast<long long>(c.size()));
    }
    out.end = ended(reader, st);
    return out;
  }

  static std::string ended(const chunk_reader& reader, chunk_reader::status st) {
    if (reader.unterminated())
      return "unterminated at " + std::to_string(reader.unterminated_at()) + ": " +
             std::string(reader.rest().begin(), reader.rest().end());
    if (!reader.error().empty()) return "error: " + reader.error();
    return st == chunk_reader::status::end ? "end" : "no header";
  }

  // Reads `text` streamed and mapped at every window size from 1 to past its length: the
  // same chunks each time, and together they hold every record once. Returns the reading at
  // the largest window.
  reading same_both_ways(const std::string& text) {
    write("data.csv", text);
    reading last;
    for (std::size_t window = 1; window <= text.size() + 2; ++window) {
      reading streamed = read("data.csv", window, false);
      reading mapped = read("data.csv", window, true);
      EXPECT_FALSE(streamed.mapped);
      EXPECT_EQ(mapped.mapped, !text.empty()) << "an empty file is not mapped";
      EXPECT_EQ(streamed, mapped) << "window " << window;
      for (const reading* r : {&streamed, &mapped}) {
        for (std::size_t i = 0; i < r->chunks.size(); ++i) {
          const auto& [at, chunk] = r->chunks[i];
          EXPECT_EQ(chunk.back(), '\n') << *r << " window " << window;  // whole records
          if (i > 0) {
            const auto& before = r->chunks[i - 1];
            EXPECT_EQ(at, before.first + static_cast<long long>(before.second.size())) << *r;
          }
        }
      }
      if (mapped.end == "end" && !mapped.chunks.empty()) {
        std::string expected = text.substr(static_cast<std::size_t>(mapped.first()));
        if (expected.back() != '\n') expected += '\n';  // the last record, completed
        EXPECT_EQ(mapped.text(), expected) << "window " << window;
      }
      last = mapped;
    }
    return last;
  }
};

TEST_F(reader_test, ARowAcrossAWindowEdgeGoesWhole) {
  reading r = same_both_ways("a,b\n1,22\n333,4444\n55555,6\n");
  EXPECT_EQ(r.header, "a,b");
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0], (std::pair<long long, std::string>{4, "1,22\n333,4444\n55555,6\n"}));
  EXPECT_EQ(r.end, "end");
  // A window of 6 bytes cuts inside "333,4444": that record waits for a larger window.
  reading small = read("data.csv", 6, true);
  ASSERT_TRUE(small.mapped);
  ASSERT_GE(small.chunks.size(), 3u);
  EXPECT_EQ(small.chunks[0].second, "1,22\n");
  EXPECT_EQ(small.chunks[1].second, "333,4444\n");
}

TEST_F(reader_test, AQuotedLineBreakAcrossAWindowEdgeStaysInItsRecord) {
  reading r = same_both_ways("a,b\n1,\"x\ny\"\n2,\"p\"\"q\nr\"\n3,z\n");
  EXPECT_EQ(r.end, "end");
  reading small = read("data.csv", 7, true);  // the window ends inside "x\ny"
  ASSERT_TRUE(small.mapped);
  ASSERT_FALSE(small.chunks.empty());
  EXPECT_EQ(small.chunks[0].second, "1,\"x\ny\"\n");
}

TEST_F(reader_test, ALastRecordWithoutALineFeedIsCompleted) {
  reading r = same_both_ways("a,b\n1,2\n3,4");
  ASSERT_FALSE(r.chunks.empty());
  EXPECT_EQ(r.chunks.back().second.substr(r.chunks.back().second.size() - 4), "3,4\n");
  EXPECT_EQ(r.end, "end");
  reading header_only = same_both_ways("a,b");
  EXPECT_EQ(header_only.header, "a,b");
  EXPECT_TRUE(header_only.chunks.empty());
}

TEST_F(reader_test, AnEmptyFileHasNoHeaderAndIsNotMapped) {
  reading r = same_both_ways("");
  EXPECT_FALSE(r.header);
  EXPECT_FALSE(r.mapped);
  EXPECT_EQ(r.end, "no header");
}

TEST_F(reader_test, CrlfRecordsKeepTheirLineEnds) {
  reading r = same_both_ways("a,b\r\n1,2\r\n3,4\r\n");
  EXPECT_EQ(r.header, "a,b");
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].second, "1,2\r\n3,4\r\n");
}

TEST_F(reader_test, AByteOrderMarkIsDroppedAndOffsetsCountIt) {
  reading r = same_both_ways(
      "\xEF\xBB\xBF"
      "a,b\n1,2\n");
  EXPECT_EQ(r.header, "a,b");
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].first, 7);  // file offsets: the mark's 3 bytes, then "a,b\n"
  reading mark_only = same_both_ways("\xEF\xBB\xBF");
  EXPECT_FALSE(mark_only.header);
}

TEST_F(reader_test, AQuoteThatNeverClosesIsUnterminatedAtItsRecord) {
  reading r = same_both_ways("a,b\n1,2\n3,\"open\n4,5\n");
  EXPECT_EQ(r.end, "unterminated at 8: 3,\"open\n4,5\n");
  reading in_header = same_both_ways("a,\"b\n1,2\n");
  EXPECT_FALSE(in_header.header);
  EXPECT_EQ(in_header.end, "unterminated at 0: a,\"b\n1,2\n");
}

TEST_F(reader_test, GzipIsStreamedNotMapped) {
  write_gz("data.csv.gz", "a,b\n1,2\n");
  reading r = read("data.csv.gz", 4, true);
  EXPECT_FALSE(r.mapped);
  EXPECT_EQ(r.header, "a,b");
  ASSERT_EQ(r.chunks.size(), 1u);
  EXPECT_EQ(r.chunks[0].second, "1,2\n");
}

TEST_F(reader_test, ReleasedPagesAreReadAgainFromTheFile) {
  // Many pages, each chunk released once read: the chunks still hold every record.
  std::string text = "a,b\n";
  for (int i = 0; i < 20000; ++i) text += std::to_string(i) + "," + std::to_string(i * 7) + "\n";
  write("data.csv", text);
  reading streamed = read("data.csv", 4096, false);
  reading mapped = read("data.csv", 4096, true);
  ASSERT_TRUE(mapped.mapped);
  EXPECT_GT(mapped.chunks.size(), 20u);
  EXPECT_TRUE(streamed == mapped);
  EXPECT_TRUE("a,b\n" + mapped.text() == text);
}

// A mapped file that another process truncates while it is read: the system stops the process
// at the first page past the new end (SIGBUS); crossfoot says what happened and exits with 2,
// as for any input it cannot read, instead of dying of the signal.
TEST_F(reader_test, AFileThatShrinksWhileMappedIsInvalidInputNotACrash) {
  std::string text = "a,b\n";
  while (text.size() < 3 * 65536) text += "1,2\n";
  write("shrinks.csv", text);
  diagnostics ignored;
  auto source = open_data(path("shrinks.csv"), {}, ignored);
  ASSERT_TRUE(source);
  auto mapping = source->map();
  ASSERT_TRUE(mapping);
  ASSERT_EQ(::truncate(path("shrinks.csv").c_str(), 0), 0);
  const char* last = mapping->data() + mapping->size() - 1;
  EXPECT_EXIT(
      {
        volatile char c = *last;
        (void)c;
      },
      ::testing::ExitedWithCode(2),
      "shrinks.csv: error: the data file shrank while it was read.*CF6101");
}

}  // namespace
}  // namespace crossfoot::testing
