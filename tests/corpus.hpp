#pragma once
// The shared corpus of real briefings lives beside the clone (../shared/corpus), as CI lays it
// out. Tests that read it skip, saying why, in a clone placed elsewhere.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include "test_paths.hpp"

namespace crossfoot::testing {

inline std::string corpus_dir() {
  return std::string(CROSSFOOT_SOURCE_DIR) + "/../shared/corpus/";
}

inline bool corpus_present() {
  return std::filesystem::exists(corpus_dir() + "gacc-2023-annual-trade.txt");
}

}  // namespace crossfoot::testing

#define CROSSFOOT_NEEDS_CORPUS()                                 \
  if (!::crossfoot::testing::corpus_present())                   \
  GTEST_SKIP() << "the shared corpus is not beside this clone (" \
               << ::crossfoot::testing::corpus_dir() << "); CI lays it out there"
