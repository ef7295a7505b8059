#pragma once
// An optional value kept on the heap: one pointer wide while empty, copied deeply. For a large
// member that most objects lack (a claim's anchor), where std::optional would reserve its full
// size in every object.
#include <memory>
#include <optional>
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

}  // namespace crossfoot
