#pragma once
// The draft as the scanner reads it: checked to be text, with the forms the quantity grammar
// does not read (full-width digits and signs, a byte-order mark, an en dash in a range) folded
// to ASCII, cut into paragraphs, tables and sentences, and kept a second time in lower case so
// that every word the reader looks at is a view, never a copy. Every offset of the folded text
// maps back to the original bytes.
//
// Memory: the folded text and its lower-case copy (one byte each per byte of the draft), a
// block per paragraph or table row, and an offset per sentence. Folding changes the length of
// only a few rare sequences, so the way back to the draft's offsets is a sparse list of shifts.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot::extract_detail {

/// How a block's cells are separated when it is a row of a table.
enum class table_style { none, pipe, tab, aligned };

struct block {
  std::size_t begin = 0, end = 0;  // folded offsets, end exclusive
  bool heading = false;            // a Markdown heading or a short line without a full stop
  table_style table = table_style::none;
  // For a table row: the index in folded_text::tables of its table.
  std::uint32_t table_index = 0;
};

/// A table: its rows are consecutive blocks. Cells are read by tables.cpp.
struct table_span {
  table_style style = table_style::none;
  std::size_t first_block = 0, last_block = 0;  // blocks of its rows, inclusive
  std::size_t caption_block = SIZE_MAX;         // the line just before it, when it names it
};

class word_index;

/// The same text in its own case and in ASCII lower case (byte for byte the same length):
/// words are views into `lower`, their capitals read from `text`. `words`, when set, holds the
/// words of the block being read (detail/words.hpp), so that the windows of words around each
/// claim are taken from it instead of being read again byte by byte.
struct prose {
  std::string_view text, lower;
  const word_index* words = nullptr;
  // Whether the draft counts jobs anywhere ("jobs", "payrolls"): where it does not, a count of
  // employment is a count of employed persons (lexicon person_measure).
  bool jobs_counted = true;
  std::size_t size() const { return text.size(); }
};

class folded_text {
 public:
  folded_text();
  ~folded_text();
  folded_text(folded_text&&) noexcept;
  folded_text& operator=(folded_text&&) noexcept;

  std::string text;                           // the folded text
  std::string lower;                          // the same in ASCII lower case
  std::vector<block> blocks;                  // paragraphs, headings, list items and table rows
  std::vector<table_span> tables;             // in order
  std::vector<std::uint32_t> sentence_stops;  // just after each full stop, ! or ? ending one
  bool jobs_counted = true;                   // see prose::jobs_counted (draft_counts_jobs)

  /// The text, with the words of the block last given to index_words.
  prose view() const { return {text, lower, words_.get(), jobs_counted}; }
  /// Reads the words of block `b` once, for every window read in it until the next call.
  void index_words(const block& b);
  /// The draft's byte offset of folded offset `i` (i == text.size() gives the draft's size).
  std::size_t origin(std::size_t i) const;

  // Folding records where lengths changed: from folded offset `at` on, the draft's offset is
  // the folded one plus `shift`.
  struct shift_point {
    std::uint32_t at;
    std::uint32_t shift;
  };
  std::vector<shift_point> shifts;

 private:
  std::unique_ptr<word_index> words_;  // the words of one block at a time (index_words)
};

/// Where the text is not UTF-8 text: a NUL byte or an invalid UTF-8 sequence.
struct text_problem {
  std::size_t offset = 0;
  const char* code = "";  // detail/codes.hpp
  std::string message;
};

std::optional<text_problem> find_text_problem(std::string_view original);

/// Folds a valid UTF-8 text (see find_text_problem) and finds its blocks, tables and sentences.
folded_text fold(std::string_view original);

/// The sentence of `block` around folded offset `at`: [begin, end), bounded to a reach either
/// side so that a text without full stops stays linear to read.
std::pair<std::size_t, std::size_t> sentence_around(const folded_text& t, const block& b,
                                                    std::size_t at);

/// A table cell that holds a quantity and little else ("195.1", "€37.9 billion", "2.1e");
/// not a period ("2024", "Sep 18").
bool numeric_cell(std::string_view cell);

/// A line of evenly spaced numbers alone: a chart's axis labels ("200 180 160 140", "0 5 10").
bool chart_labels(std::string_view line);

/// The longest block the reader takes whole; a longer paragraph (a text without line breaks)
/// is cut at a sentence end or blank near this length, so claims are read a bounded stretch
/// at a time.
inline constexpr std::size_t max_block_bytes = 64 * 1024;

}  // namespace crossfoot::extract_detail
