#include "report/escape.hpp"

#include <fmt/format.h>

namespace crossfoot {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at `at`, or 0 when it is not one (overlong forms,
// surrogates and code points past U+10FFFF included).
std::size_t sequence_length(std::string_view s, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = byte(at);
  if (c < 0x80) return 1;
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || at + n > s.size()) return 0;
  for (std::size_t i = 1; i < n; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
  }
  unsigned char c1 = byte(at + 1);
  if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
  if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
  if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
  if (c == 0xF4 && c1 > 0x8F) return 0;  // past U+10FFFF
  return n;
}

template <typename each_char>
std::string map_utf8(std::string_view text, each_char f) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = sequence_length(text, i);
    if (n == 0) {
      out += replacement;
      ++i;
    } else if (n == 1) {
      f(text[i], out);
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace

std::string valid_utf8(std::string_view text) {
  return map_utf8(text, [](char c, std::string& out) { out += c; });
}

namespace {

void xml_char(char c, std::string& out, bool in_attribute) {
  if (!in_attribute && (c == '\n' || c == '\t')) {
    out += c;
    return;
  }
  switch (c) {
    case '&':
      out += "&amp;";
      return;
    case '<':
      out += "&lt;";
      return;
    case '>':
      out += "&gt;";
      return;
    case '"':
      out += "&quot;";
      return;
    case '\'':
      out += "&#39;";
      return;
    case '\t':
      out += "&#9;";
      return;
    case '\n':
      out += "&#10;";
      return;
    case '\r':
      out += "&#13;";
      return;
    default:
      break;
  }
  auto u = static_cast<unsigned char>(c);
  if (u < 0x20 || u == 0x7F)
    out += replacement;
  else
    out += c;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  return map_utf8(text, [](char c, std::string& out) { xml_char(c, out, true); });
}

std::string xml_text(std::string_view text) {
  return map_utf8(text, [](char c, std::string& out) { xml_char(c, out, false); });
}

std::string github_data(std::string_view text) {
  return map_utf8(text, [](char c, std::string& out) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  });
}

std::string github_property(std::string_view text) {
  return map_utf8(text, [](char c, std::string& out) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  });
}

std::string path_uri(std::string_view path) {
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, c) : fmt::format("%{:02X}", u);
  }
  return out;
}

}  // namespace crossfoot
