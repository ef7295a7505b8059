#pragma once
// Streaming input: a data file read in blocks through read(2), or inflated through zlib when it
// is gzip (by its magic bytes, whatever its name). Nothing is mapped, so the resident memory is
// the blocks in flight, not the file.
#include <cstddef>
#include <memory>
#include <string>

#include "core/diagnostic.hpp"

namespace crossfoot::dataset_detail {

class byte_source {
 public:
  virtual ~byte_source() = default;
  /// Up to `cap` bytes into `out`; 0 at the end. On failure -1 with `error` set.
  virtual long long read(char* out, std::size_t cap, std::string& error) = 0;
  /// Bytes of the file consumed so far, and its size (for progress).
  virtual long long consumed() const = 0;
  virtual long long size() const = 0;
  virtual bool compressed() const = 0;
  /// Passes over `n` bytes (a seek when the file is plain); false with `error` on failure.
  virtual bool skip(long long n, std::string& error);
};

/// Opens a data file through core/input.hpp's open_input (a regular file within the dataset
/// size limit); nullptr and one diagnostic at `at` when it cannot be read.
std::unique_ptr<byte_source> open_data(const std::string& path, const source_range& at,
                                       diagnostics& diags);

}  // namespace crossfoot::dataset_detail
