#pragma once
// Cuts the text of a data file into chunks of whole records: read into buffers (streaming), or,
// for a plain file once map_input() succeeds, views of the mapped file (no copy). Either way
// only the chunks in flight are resident: a mapped file's pages are given back through
// release_before() once their chunks are done. Both ways cut the same chunks.
#include <memory>
#include <optional>
#include <string>

#include "dataset/detail/chunk.hpp"
#include "dataset/detail/input.hpp"

namespace crossfoot::dataset_detail {

class chunk_reader {
 public:
  chunk_reader(byte_source& source, const dialect& d, std::size_t chunk_bytes)
      : source_(source), d_(d), chunk_bytes_(chunk_bytes) {}

  enum class status { chunk, end, error };

  /// The first record (the header), without its line terminator; a leading BOM is dropped.
  /// nullopt at an empty file or an error (`error()` says which).
  std::optional<std::string> first_record(long& lines);

  /// Reads the file in place from now on, when it can be mapped (a plain file, nothing read
  /// yet); false leaves it streamed.
  bool map_input();
  bool mapped() const { return map_ != nullptr; }

  /// The next chunk of whole records. At the end of the file a last record without a line
  /// feed is completed; one that ends inside quotes is an error (unterminated quote), with
  /// `unterminated_at()` the offset of its start. A mapped chunk's view stays valid until
  /// release_before() passes it.
  status next(chunk& out);

  /// The chunks before text offset `offset` are done with: a mapped file's pages before it
  /// stop being resident (a streamed file's buffers are freed with their chunks).
  void release_before(long long offset);

  /// Bytes of the file consumed so far (for progress).
  long long consumed() const;

  const std::string& error() const { return error_; }
  bool unterminated() const { return unterminated_; }
  long long unterminated_at() const { return unterminated_at_; }
  /// The text of the record left unterminated (for the error's place).
  const byte_buffer& rest() const { return carry_; }
  long long offset() const { return offset_; }

 private:
  bool fill(byte_buffer& buf, std::size_t target);
  status next_in_place(chunk& out);
  bool in_place() const { return map_ && !tail_copied_; }
  void copy_tail();

  byte_source& source_;
  std::unique_ptr<mapped_text> map_;  // the file, when read in place
  dialect d_;
  std::size_t chunk_bytes_;
  byte_buffer carry_;
  long long offset_ = 0;  // text offset of carry_'s first byte
  long index_ = 0;
  bool eof_ = false;
  bool tail_copied_ = false;  // mapped: the rest copied to carry_, read as when streaming
  bool started_ = false;
  bool unterminated_ = false;
  long long unterminated_at_ = 0;
  std::string error_;
};

}  // namespace crossfoot::dataset_detail
