// Arbitrary input never throws or crashes, and every error points inside the text.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "quantity/quantity.hpp"

namespace crossfoot {
namespace {

// Fragments that exercise every branch, plus broken UTF-8 (lone lead and continuation bytes).
const std::vector<std::string> fragments = {"RMB",
                                            "US$",
                                            "$",
                                            "\xE2\x82\xAC",
                                            "\xC2\xA5",
                                            "-",
                                            "\xE2\x88\x92",
                                            "+",
                                            "1",
                                            "17",
                                            "000",
                                            ",",
                                            ".",
                                            " ",
                                            "\xE2\x80\x89",
                                            "\xC2\xA0",
                                            "%",
                                            "pp",
                                            "m",
                                            "bn",
                                            "k",
                                            "million",
                                            "yuan",
                                            "vehicles",
                                            "more than",
                                            "about",
                                            "per",
                                            "cent",
                                            "\xE2",
                                            "\x80",
                                            "\xFF",
                                            "x",
                                            "\t",
                                            "points",
                                            "times",
                                            "-"};

std::string random_text(std::mt19937& rng) {
  std::uniform_int_distribution<std::size_t> length(0, 8);
  std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1);
  std::string text;
  for (std::size_t n = length(rng); n > 0; --n) text += fragments[pick(rng)];
  return text;
}

TEST(Robustness, ErrorsPointInsideTheText) {
  std::mt19937 rng(20231);  // fixed seed: the same inputs on every run
  std::size_t accepted = 0;
  for (int i = 0; i < 5000; ++i) {
    const std::string text = random_text(rng);
    quantity_error error;
    if (parse_quantity(text, error)) {
      ++accepted;
    } else {
      EXPECT_LE(error.offset, text.size()) << text;
      EXPECT_FALSE(error.message.empty()) << text;
    }
    quantity_error unit_error;
    if (!parse_unit(text, unit_error)) {
      EXPECT_LE(unit_error.offset, text.size()) << text;
      EXPECT_FALSE(unit_error.message.empty()) << text;
    }
  }
  // The fragments do form valid quantities now and then; all-rejecting would be a bug too.
  EXPECT_GT(accepted, 50u);
}

}  // namespace
}  // namespace crossfoot
