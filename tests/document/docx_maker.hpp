#pragma once
// Word documents made in memory for the reader's tests: a zip archive (libzip) of the parts a
// .docx needs, with the body given as WordprocessingML.
#include <zip.h>

#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace crossfoot::testing {

inline const char* const word_namespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A zip archive holding `parts` (name -> content), stored or deflated.
inline std::string zip_of(const std::map<std::string, std::string>& parts, bool deflate = true) {
  char path[] = "/tmp/crossfoot-docx-XXXXXX";
  const int fd = ::mkstemp(path);
  if (fd < 0) return "";
  ::close(fd);
  int error = 0;
  zip_t* z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!z) return "";
  for (const auto& [name, content] : parts) {
    zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
    const zip_int64_t i = zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE);
    if (!deflate) zip_set_file_compression(z, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
  }
  zip_close(z);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::remove(path);
  return bytes.str();
}

/// The parts of a .docx whose body is `body` (the children of w:body), with `styles` as
/// word/styles.xml when given.
inline std::map<std::string, std::string> docx_parts(const std::string& body,
                                                     const std::string& styles = "") {
  std::map<std::string, std::string> parts;
  parts["[Content_Types].xml"] =
      "<?xml version=\"1.0\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  parts["_rels/.rels"] =
      "<?xml version=\"1.0\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
      "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
  parts["word/document.xml"] = std::string("<?xml version=\"1.0\"?><w:document xmlns:w=\"") +
                               word_namespace +
                               "\" xmlns:mc=\"http://schemas.openxmlformats.org/"
                               "markup-compatibility/2006\"><w:body>" +
                               body + "</w:body></w:document>";
  if (!styles.empty())
    parts["word/styles.xml"] = std::string("<?xml version=\"1.0\"?><w:styles xmlns:w=\"") +
                               word_namespace + "\">" + styles + "</w:styles>";
  return parts;
}

inline std::string make_docx(const std::string& body, const std::string& styles = "") {
  return zip_of(docx_parts(body, styles));
}

}  // namespace crossfoot::testing
