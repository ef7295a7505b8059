#include <cstring>

#include "core/dictionary.hpp"

namespace crossfoot {

dictionary::dictionary() : starts_{0}, slots_(64, 0), slot_hash_(64, 0), mask_(63) {}

std::uint64_t dictionary::hash(std::string_view s) {
  // FNV-1a, then a final mix: codes are short and similar ("C001", "C002").
  std::uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  h ^= h >> 32;
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

std::string_view dictionary::text(std::uint32_t code) const {
  return std::string_view(arena_).substr(starts_[code], starts_[code + 1] - starts_[code]);
}

std::uint32_t dictionary::find(std::string_view s) const {
  std::uint64_t h = hash(s);
  auto tag = static_cast<std::uint32_t>(h >> 32);
  for (std::uint32_t i = static_cast<std::uint32_t>(h) & mask_;; i = (i + 1) & mask_) {
    std::uint32_t slot = slots_[i];
    if (slot == 0) return none;
    if (slot_hash_[i] == tag && same_code(text(slot - 1), s)) return slot - 1;
  }
}

std::uint32_t dictionary::intern(std::string_view s) {
  std::uint64_t h = hash(s);
  auto tag = static_cast<std::uint32_t>(h >> 32);
  std::uint32_t i = static_cast<std::uint32_t>(h) & mask_;
  for (;; i = (i + 1) & mask_) {
    std::uint32_t slot = slots_[i];
    if (slot == 0) break;
    if (slot_hash_[i] == tag && same_code(text(slot - 1), s)) return slot - 1;
  }
  std::uint32_t code = size();
  arena_.append(s.data(), s.size());
  starts_.push_back(static_cast<std::uint32_t>(arena_.size()));
  slots_[i] = code + 1;
  slot_hash_[i] = tag;
  if ((size() + 1) * 2 > mask_ + 1) grow();
  return code;
}

void dictionary::grow() {
  std::uint32_t capacity = (mask_ + 1) * 2;
  slots_.assign(capacity, 0);
  slot_hash_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (std::uint32_t code = 0; code < size(); ++code) {
    std::uint64_t h = hash(text(code));
    std::uint32_t i = static_cast<std::uint32_t>(h) & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = code + 1;
    slot_hash_[i] = static_cast<std::uint32_t>(h >> 32);
  }
}

}  // namespace crossfoot
