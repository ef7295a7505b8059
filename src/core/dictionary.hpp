#pragma once
// Interned texts: each distinct text gets a small integer (a dataset's dimension and key codes,
// so rows are compared, grouped and looked up by integers; the ids of the figures file
// `extract` writes). Open addressing over one arena of bytes: about 20 bytes per text beside
// its own.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

/// Whether two codes are the same text: a plain loop, since codes are a few bytes and a call
/// to memcmp per cell cost more than comparing them.
inline bool same_code(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

class dictionary {
 public:
  dictionary();
  /// The code of `text`, adding it when new.
  std::uint32_t intern(std::string_view text);
  /// The code of `text`, or `none` when it has none.
  std::uint32_t find(std::string_view text) const;
  std::string_view text(std::uint32_t code) const;
  std::uint32_t size() const { return static_cast<std::uint32_t>(starts_.size() - 1); }

  static constexpr std::uint32_t none = 0xFFFFFFFFu;

 private:
  static std::uint64_t hash(std::string_view s);
  void grow();

  std::string arena_;
  std::vector<std::uint32_t> starts_;  // code -> offset in arena_; one past the last
  std::vector<std::uint32_t> slots_;   // code + 1, 0 empty
  std::vector<std::uint32_t> slot_hash_;
  std::uint32_t mask_ = 0;
};

}  // namespace crossfoot
