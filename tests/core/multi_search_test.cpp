#include "core/multi_search.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace crossfoot {
namespace {

using places = std::map<std::string, std::vector<std::size_t>>;  // pattern -> end offsets

places all_of(const std::vector<std::string>& patterns, const std::string& text,
              std::size_t at_most = 1000) {
  pattern_set set;
  std::vector<std::size_t> index;
  for (const auto& p : patterns) index.push_back(set.add(p));
  std::vector<std::vector<std::size_t>> ends(set.size());
  set.search(text, [&](std::size_t p, std::size_t end) {
    ends[p].push_back(end);
    return ends[p].size() < at_most;
  });
  places out;
  for (std::size_t i = 0; i < patterns.size(); ++i) out[patterns[i]] = ends[index[i]];
  return out;
}

// What a search per pattern finds, for comparison.
std::vector<std::size_t> naive(const std::string& pattern, const std::string& text) {
  std::vector<std::size_t> out;
  if (pattern.empty()) return out;
  for (auto at = text.find(pattern); at != std::string::npos; at = text.find(pattern, at + 1))
    out.push_back(at + pattern.size());
  return out;
}

TEST(PatternSet, FindsOverlappingAndNestedPatterns) {
  const std::string text = "ushers she said his hers";
  const std::vector<std::string> patterns = {"he", "she", "his", "hers", "s", "x", ""};
  auto found = all_of(patterns, text);
  for (const auto& p : patterns) EXPECT_EQ(found[p], naive(p, text)) << p;
}

TEST(PatternSet, AgreesWithANaiveSearchOnRepetitiveText) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += (i % 7 == 0 ? "ab" : "a");
  std::vector<std::string> patterns;
  for (std::size_t n = 1; n <= 12; ++n) patterns.push_back(std::string(n, 'a'));
  patterns.push_back("aab");
  patterns.push_back("ba");
  patterns.push_back("abaa");
  auto found = all_of(patterns, text);
  for (const auto& p : patterns) EXPECT_EQ(found[p], naive(p, text)) << p;
}

TEST(PatternSet, StopsLookingForAPatternThatHasEnough) {
  const std::string text(1000, 'a');
  auto found = all_of({"a", "aa", "aaa"}, text, 3);
  EXPECT_EQ(found["a"], (std::vector<std::size_t>{1, 2, 3}));
  EXPECT_EQ(found["aa"], (std::vector<std::size_t>{2, 3, 4}));
  EXPECT_EQ(found["aaa"], (std::vector<std::size_t>{3, 4, 5}));
}

TEST(PatternSet, TheSameTextIsOnePattern) {
  pattern_set set;
  EXPECT_EQ(set.add("exports"), set.add("exports"));
  EXPECT_NE(set.add("imports"), set.add("exports"));
  EXPECT_EQ(set.size(), 2u);
}

}  // namespace
}  // namespace crossfoot
