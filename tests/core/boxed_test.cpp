#include "core/boxed.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace crossfoot {
namespace {

TEST(Boxed, IsOnePointerWideAndEmptyByDefault) {
  static_assert(sizeof(boxed<std::string>) == sizeof(void*));
  boxed<std::string> b;
  EXPECT_FALSE(b);
  EXPECT_FALSE(b.has_value());
}

TEST(Boxed, CopiesDeeply) {
  boxed<std::string> a = std::string("anchor");
  boxed<std::string> b = a;
  *b += " changed";
  EXPECT_EQ(*a, "anchor");
  EXPECT_EQ(*b, "anchor changed");
  a = b;
  EXPECT_EQ(*a, "anchor changed");
  EXPECT_NE(&*a, &*b);
  boxed<std::string> empty;
  a = empty;
  EXPECT_FALSE(a);
}

TEST(Boxed, TakesAnOptionalAndResets) {
  boxed<std::string> b;
  b = std::optional<std::string>("x");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->size(), 1u);
  b = std::optional<std::string>();
  EXPECT_FALSE(b);
  b.emplace("y");
  EXPECT_EQ(*b, "y");
  boxed<std::string> moved = std::move(b);
  EXPECT_EQ(*moved, "y");
  moved.reset();
  EXPECT_FALSE(moved);
  moved = std::nullopt;
  EXPECT_FALSE(moved);
}

}  // namespace
}  // namespace crossfoot
