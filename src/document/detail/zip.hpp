#pragma once
// Reading parts of a zip archive held in memory (libzip), never decompressing more than a cap:
// what an entry declares is not trusted, what it inflates to is counted.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace crossfoot::document_detail {

enum class part_status { ok, missing, too_large, corrupt, encrypted };

class zip_archive {
 public:
  /// Opens the archive; `ok()` is false, with `error()` saying why, when it is not a zip archive
  /// or is damaged or truncated.
  explicit zip_archive(std::string_view bytes);
  ~zip_archive();
  zip_archive(const zip_archive&) = delete;
  zip_archive& operator=(const zip_archive&) = delete;

  bool ok() const { return archive_ != nullptr; }
  const std::string& error() const { return error_; }

  bool has(const std::string& name) const;
  /// Reads the entry `name` (ASCII case ignored, as OPC part names are) into `out`: at most
  /// `cap` bytes, or too_large. `error` says what went wrong otherwise.
  part_status read(const std::string& name, std::size_t cap, std::string& out,
                   std::string& error) const;

 private:
  struct zip* archive_ = nullptr;
  std::string error_;
};

}  // namespace crossfoot::document_detail
