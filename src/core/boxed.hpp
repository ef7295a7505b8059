#pragma once
// An optional value kept on the heap: one pointer wide while empty, copied deeply. For a large
// member that most objects lack (a claim's anchor), where std::optional would reserve its full
// size in every object.
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace crossfoot {

template <class T>
class boxed {
 public:
  boxed() = default;
  boxed(std::nullopt_t) {}  // NOLINT(google-explicit-constructor): as std::optional
  boxed(T value) : p_(std::make_unique<T>(std::move(value))) {}  // NOLINT: as std::optional
  boxed(const boxed& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
  boxed(boxed&&) noexcept = default;
  boxed& operator=(const boxed& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
    return *this;
  }
  boxed& operator=(boxed&&) noexcept = default;
  boxed& operator=(std::nullopt_t) {
    p_.reset();
    return *this;
  }
  boxed& operator=(T value) {
    p_ = std::make_unique<T>(std::move(value));
    return *this;
  }
  boxed& operator=(std::optional<T> o) {
    p_ = o ? std::make_unique<T>(std::move(*o)) : nullptr;
    return *this;
  }
  ~boxed() = default;

  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }
  T& emplace(T value) {
    p_ = std::make_unique<T>(std::move(value));
    return *p_;
  }
  void reset() { p_.reset(); }

 private:
  std::unique_ptr<T> p_;
};

/// A string that most objects leave empty (a claim's quote and note), on the heap only when
/// set: one pointer wide instead of a std::string's 32 bytes. An empty string is never boxed.
class rare_string {
 public:
  rare_string() = default;
  rare_string(std::string s) { *this = std::move(s); }  // NOLINT: as std::string
  rare_string& operator=(std::string s) {
    if (s.empty()) {
      box_.reset();
    } else {
      box_ = std::move(s);
    }
    return *this;
  }

  bool empty() const { return !box_; }
  std::size_t size() const { return box_ ? box_->size() : 0; }
  const std::string& str() const { return box_ ? *box_ : none(); }
  operator const std::string&() const { return str(); }  // NOLINT: read as a std::string
  operator std::string_view() const { return str(); }    // NOLINT: read as a std::string
  friend bool operator==(const rare_string& a, std::string_view b) { return a.str() == b; }
  friend std::ostream& operator<<(std::ostream& out, const rare_string& s) {
    return out << s.str();
  }

 private:
  static const std::string& none() {
    static const std::string empty;
    return empty;
  }
  boxed<std::string> box_;
};

}  // namespace crossfoot
