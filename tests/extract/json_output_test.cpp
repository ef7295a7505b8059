// The JSON writer escapes claim strings itself (for speed on huge drafts): what it writes must
// parse back to the very strings extracted.
#include <nlohmann/json.hpp>

#include "extract_helpers.hpp"

namespace crossfoot::testing {
namespace {

TEST(JsonOutput, SentencesWithQuotesBackslashesAndControlsRoundTrip) {
  const draft_extract d = extract_text(
      "Exports rose 5%\tto \"RMB\" 1.2 trillion \\ about\x01 3 \xE2\x82\xAC items, all told.\n"
      "Imports fell 2%.\n");
  ASSERT_GE(d.claims.size(), 2u);
  const auto j = nlohmann::json::parse(to_json(d));
  ASSERT_EQ(j["claims"].size(), d.claims.size());
  for (std::size_t i = 0; i < d.claims.size(); ++i) {
    EXPECT_EQ(j["claims"][i]["sentence"], d.claims[i].sentence);
    EXPECT_EQ(j["claims"][i]["written"], d.claims[i].written);
    EXPECT_EQ(j["claims"][i]["id"], d.claims[i].id);
  }
  EXPECT_NE(d.claims[0].sentence.find('\t'), std::string::npos);
  EXPECT_EQ(j["draft"], "draft.md");
}

TEST(JsonOutput, NoClaimsIsAnEmptyArray) {
  EXPECT_EQ(to_json(extract_text("No numbers here.\n")),
            "{\n  \"claims\": [],\n  \"draft\": \"draft.md\"\n}\n");
}

}  // namespace
}  // namespace crossfoot::testing
