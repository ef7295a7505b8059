// open_input keeps the size fstat gave: streaming readers size their buffers and tables by it,
// and the progress line of a dataset shows it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "core/diagnostic.hpp"
#include "core/input.hpp"

namespace crossfoot {
namespace {

TEST(OpenInput, KeepsTheSizeOfTheFileItOpened) {
  char path[] = "/tmp/crossfoot-input-size-XXXXXX";
  int fd = ::mkstemp(path);
  ASSERT_GE(fd, 0);
  std::string text(12345, 'x');
  ASSERT_EQ(::write(fd, text.data(), text.size()), static_cast<ssize_t>(text.size()));
  ::close(fd);
  diagnostics diags;
  auto file = open_input(path, input_kind::dataset, {}, diags);
  std::remove(path);
  ASSERT_TRUE(file) << render_all(diags);
  EXPECT_EQ(file->size(), 12345u);
  EXPECT_GE(file->fd(), 0);
}

}  // namespace
}  // namespace crossfoot
