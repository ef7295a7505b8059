#include <zip.h>

#include <memory>

#include "document/detail/zip.hpp"

namespace crossfoot::document_detail {
namespace {

std::string message_of(zip_error_t* e) {
  return zip_error_strerror(e);
}

struct file_closer {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

zip_archive::zip_archive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  // The buffer outlives the archive: the caller holds the bytes.
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) {
    archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive_) zip_source_free(source);
  }
  if (!archive_) error_ = message_of(&error);
  zip_error_fini(&error);
}

zip_archive::~zip_archive() {
  if (archive_) zip_discard(archive_);
}

bool zip_archive::has(const std::string& name) const {
  return archive_ && zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

part_status zip_archive::read(const std::string& name, std::size_t cap, std::string& out,
                              std::string& error) const {
  out.clear();
  const zip_int64_t index = archive_ ? zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE) : -1;
  if (index < 0) return part_status::missing;
  const auto entry = static_cast<zip_uint64_t>(index);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_, entry, 0, &st) != 0) {
    error = zip_strerror(archive_);
    return part_status::corrupt;
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    return part_status::encrypted;
  if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) return part_status::too_large;
  std::unique_ptr<zip_file_t, file_closer> file(zip_fopen_index(archive_, entry, 0));
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(archive_));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
      return part_status::encrypted;
    error = zip_strerror(archive_);
    return part_status::corrupt;
  }
  // The declared size may lie: read in chunks and stop one byte past the cap.
  constexpr std::size_t chunk = std::size_t{1} << 16;
  if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<std::size_t>(st.size));
  for (;;) {
    const std::size_t at = out.size();
    if (at > cap) return part_status::too_large;
    out.resize(at + chunk);
    const zip_int64_t n = zip_fread(file.get(), out.data() + at, chunk);
    if (n < 0) {
      error = message_of(zip_file_get_error(file.get()));
      out.clear();
      return part_status::corrupt;
    }
    out.resize(at + static_cast<std::size_t>(n));
    if (n == 0) break;
  }
  if (out.size() > cap) return part_status::too_large;
  return part_status::ok;
}

}  // namespace crossfoot::document_detail
