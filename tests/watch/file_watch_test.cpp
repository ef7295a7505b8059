// Saves seen through inotify, however the editor makes them.
#include <gtest/gtest.h>
#include <poll.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "watch/file_watch.hpp"

namespace crossfoot::watch {
namespace {

namespace fs = std::filesystem;

class FileWatch : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "crossfoot-watch-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    write("draft.md", "one");
    write("other.md", "other");
    std::string error;
    ASSERT_TRUE(w_.ok(error)) << error;
    ASSERT_TRUE(w_.set_files({file("draft.md")}, error)) << error;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string file(const std::string& name) const { return (dir_ / name).string(); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::trunc) << text;
  }
  // Whether a save of a watched file is reported within a short wait.
  bool saw_save() {
    pollfd p{w_.fd(), POLLIN, 0};
    bool seen = false;
    while (::poll(&p, 1, 200) > 0) seen = w_.drain() || seen;
    return seen;
  }

  fs::path dir_;
  file_watch w_;
};

TEST_F(FileWatch, WriteInPlace) {
  write("draft.md", "two");
  EXPECT_TRUE(saw_save());
}

TEST_F(FileWatch, NewFileRenamedOver) {
  write("draft.md.tmp", "two");
  fs::rename(file("draft.md.tmp"), file("draft.md"));
  EXPECT_TRUE(saw_save());
  // The draft is a new inode now; later saves are still seen.
  write("draft.md", "three");
  EXPECT_TRUE(saw_save());
}

TEST_F(FileWatch, DeletedAndCreatedAgain) {
  fs::remove(file("draft.md"));
  EXPECT_TRUE(saw_save());
  write("draft.md", "back");
  EXPECT_TRUE(saw_save());
}

TEST_F(FileWatch, OtherFilesInTheDirectoryAreNotSaves) {
  write("other.md", "changed");
  write("draft.md.swp", "editor scratch");
  EXPECT_FALSE(saw_save());
}

TEST_F(FileWatch, TheWatchedSetCanChange) {
  std::string error;
  ASSERT_TRUE(w_.set_files({file("other.md")}, error)) << error;
  write("draft.md", "no longer watched");
  EXPECT_FALSE(saw_save());
  write("other.md", "watched now");
  EXPECT_TRUE(saw_save());
  EXPECT_FALSE(w_.set_files({file("missing-dir/x.md")}, error));
  EXPECT_NE(error.find("cannot watch"), std::string::npos);
}

}  // namespace
}  // namespace crossfoot::watch
