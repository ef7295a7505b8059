#pragma once
// Input: a data file read in blocks through read(2), or inflated through zlib when it is gzip
// (by its magic bytes, whatever its name). A plain file may instead be mapped and parsed in
// place (no copy into buffers); its pages already parsed are given back, so either way the
// resident memory is the part in flight, not the file.
#include <cstddef>
#include <memory>
#include <string>

#include "core/diagnostic.hpp"

namespace crossfoot::dataset_detail {

/// A plain file mapped read-only, its bytes read in place.
class mapped_text {
 public:
  mapped_text(const char* data, std::size_t size) : data_(data), size_(size) {}
  ~mapped_text();
  mapped_text(const mapped_text&) = delete;
  mapped_text& operator=(const mapped_text&) = delete;
  const char* data() const { return data_; }
  std::size_t size() const { return size_; }
  /// Drops the whole pages before `offset` from memory (they are in the page cache still, and
  /// read again from it if touched): what was parsed stops counting as resident.
  void release_before(std::size_t offset);

 private:
  const char* data_;
  std::size_t size_;
  std::size_t released_ = 0;  // pages before this offset were dropped
};

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
  /// The whole file mapped, before anything was read from it; nullptr when it cannot be
  /// (gzip, an empty file, a file the system will not map): then read() streams it.
  virtual std::unique_ptr<mapped_text> map() { return nullptr; }
};

/// Opens a data file through core/input.hpp's open_input (a regular file within the dataset
/// size limit); nullptr and one diagnostic at `at` when it cannot be read.
std::unique_ptr<byte_source> open_data(const std::string& path, const source_range& at,
                                       diagnostics& diags);

}  // namespace crossfoot::dataset_detail
