#pragma once
// Cuts the text of a data file into chunks of whole records, streaming: only the chunks in
// flight are in memory.
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

  /// The next chunk of whole records. At the end of the file a last record without a line
  /// feed is completed; one that ends inside quotes is an error (unterminated quote), with
  /// `unterminated_at()` the offset of its start.
  status next(chunk& out);

  const std::string& error() const { return error_; }
  bool unterminated() const { return unterminated_; }
  long long unterminated_at() const { return unterminated_at_; }
  /// The text of the record left unterminated (for the error's place).
  const byte_buffer& rest() const { return carry_; }
  long long offset() const { return offset_; }

 private:
  bool fill(byte_buffer& buf, std::size_t target);

  byte_source& source_;
  dialect d_;
  std::size_t chunk_bytes_;
  byte_buffer carry_;
  long long offset_ = 0;  // text offset of carry_'s first byte
  long index_ = 0;
  bool eof_ = false;
  bool started_ = false;
  bool unterminated_ = false;
  long long unterminated_at_ = 0;
  std::string error_;
};

}  // namespace crossfoot::dataset_detail
