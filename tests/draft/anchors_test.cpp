// Binding anchored figures to a draft: which number an anchor takes, and the errors that name
// the anchor and what the draft holds instead.
#include <gtest/gtest.h>

#include "bind_helpers.hpp"

namespace crossfoot::testing {
namespace {

const char* const draft_text =
    "# Port of Aldmouth\n"
    "\n"
    "Exports of the port reached RMB 1.83 trillion in 2025, up 19.6%, and imports came to\n"
    "RMB 548.3 billion, up 3.9%. Total trade was RMB 2.38 trillion.\n"
    "The port's share of national exports rose to 7.5%, up 0.4 percentage points.\n";

bound bind_figures(const std::string& figures, const std::string& draft = draft_text) {
  return bind_figures_file("[document]\nsource = \"draft.md\"\n" + figures, draft);
}

// The claim's number as a place in the draft, "line:col".
std::string place(const claim& c) {
  if (!c.in_text) return "none";
  line_col at = c.in_text->start();
  return std::to_string(at.line) + ":" + std::to_string(at.col);
}

std::string place(const source_range& r) {
  line_col at = r.start();
  return (r.file ? r.file->name() : "") + ":" + std::to_string(at.line) + ":" +
         std::to_string(at.col);
}

TEST(Anchors, TakeTheFirstQuantityOfTheirKind) {
  bound b = bind_figures("[port.exports]\nanchor = \"Exports of the port reached\"\n");
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  const claim& c = b.of("port.exports");
  EXPECT_EQ(c.written, "RMB 1.83 trillion");
  EXPECT_EQ(c.quote, "RMB 1.83 trillion");
  EXPECT_EQ(place(c), "3:29");
  EXPECT_EQ(c.in_text->text(), "RMB 1.83 trillion");
  EXPECT_TRUE(c.anchor->bound);
  EXPECT_FALSE(b.set->has_unbound_anchors());
}

TEST(Anchors, ValueIsReadAsAValueKeyWouldBe) {
  bound b = bind_figures("[port.exports]\nanchor = \"Exports of the port reached\"\n");
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  diagnostics ds;
  auto typed = load_figures_text("t.toml", "[port.exports]\nvalue = \"RMB 1.83 trillion\"\n", ds);
  ASSERT_TRUE(typed);
  const claim& want = typed->figures.front().claims.front();
  const claim& got = b.of("port.exports");
  EXPECT_EQ(got.value.lo, want.value.lo);
  EXPECT_EQ(got.value.hi, want.value.hi);
  EXPECT_EQ(got.q.written_unit.name(), want.q.written_unit.name());
  EXPECT_EQ(got.q.qual, want.q.qual);
}

TEST(Anchors, KindComesFromTheIdsLastSegment) {
  bound b = bind_figures(
      "[port.exports]\nanchor = \"Exports of the port reached\"\n"
      "growth = { anchor = \"Exports of the port reached\" }\n"
      "[port.exports.share]\nanchor = \"share of national exports\"\n"
      "[port.exports.share.change]\nanchor = \"share of national exports\"\n");
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  EXPECT_EQ(b.of("port.exports").written, "RMB 1.83 trillion");
  EXPECT_EQ(b.of("port.exports.growth").written, "19.6%");
  EXPECT_EQ(place(b.of("port.exports.growth")), "3:59");
  EXPECT_EQ(b.of("port.exports.share").written, "7.5%");
  EXPECT_EQ(b.of("port.exports.share.change").written, "0.4 percentage points");
}

TEST(Anchors, PickTakesTheNthOfTheKind) {
  bound b = bind_figures(
      "[port.imports]\nanchor = \"Exports of the port reached\"\npick = 2\n"
      "growth = { anchor = \"Exports of the port reached\", pick = 2 }\n");
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  EXPECT_EQ(b.of("port.imports").written, "RMB 548.3 billion");
  EXPECT_EQ(place(b.of("port.imports")), "4:1");  // the sentence goes on past the line break
  EXPECT_EQ(b.of("port.imports.growth").written, "3.9%");
}

TEST(Anchors, MatchIgnoresCaseAndLineBreaks) {
  bound b = bind_figures("[port.imports]\nanchor = \"AND IMPORTS   came to\"\n",
                         "Exports rose, and imports\ncame to RMB 548.3 billion.\n");
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  EXPECT_EQ(b.of("port.imports").written, "RMB 548.3 billion");
}

TEST(Anchors, MatchesWholeWordsOnly) {
  // "port" is inside "exports" twice; as a word it occurs once.
  bound b = bind_figures("[port.total]\nanchor = \"port\"\n",
                         "Exports and imports of the port totalled RMB 2.38 trillion.\n");
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  EXPECT_EQ(b.of("port.total").written, "RMB 2.38 trillion");
}

TEST(Anchors, NumberEditedInTheDraftIsTheOneRead) {
  std::string edited = draft_text;
  edited.replace(edited.find("2.38"), 4, "2.48");
  bound b = bind_figures("[port.total]\nanchor = \"Total trade was\"\n", edited);
  ASSERT_TRUE(b.ok) << render_all(b.diags);
  EXPECT_EQ(b.of("port.total").written, "RMB 2.48 trillion");
}

TEST(Anchors, MissingAnchorNamesTheNearestPhrase) {
  bound b = bind_figures("[port.imports]\nanchor = \"imports amounted to\"\n");
  EXPECT_FALSE(b.ok);
  const diagnostic& d = b.only("CF5101");
  EXPECT_EQ(d.level, severity::error);
  EXPECT_EQ(place(d.range), "figures.toml:4:10");
  EXPECT_NE(d.message.find("anchor \"imports amounted to\" is not in draft.md"), std::string::npos)
      << d.message;
  ASSERT_FALSE(d.notes.empty());
  EXPECT_LE(d.notes.size(), 3u);
  EXPECT_EQ(d.notes[0].message, "did you mean \"imports came to\"?");
  EXPECT_EQ(place(d.notes[0].range), "draft.md:3:70");
}

TEST(Anchors, AmbiguousAnchorNamesEveryOccurrence) {
  bound b = bind_figures("[port.total]\nanchor = \"up\"\n");
  EXPECT_FALSE(b.ok);
  const diagnostic& d = b.only("CF5102");
  EXPECT_NE(d.message.find("3 times (at 3:56, 4:20, 5:52)"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("lengthen it"), std::string::npos) << d.message;
  ASSERT_EQ(d.notes.size(), 3u);
  EXPECT_EQ(place(d.notes[1].range), "draft.md:4:20");
}

TEST(Anchors, ManyOccurrencesAreListedBriefly) {
  std::string draft;
  for (int i = 0; i < 40; ++i) draft += "Exports grew by 4.1% to RMB 3.2 trillion.\n";
  bound b = bind_figures("[a]\nanchor = \"Exports grew by\"\n", draft);
  EXPECT_FALSE(b.ok);
  const diagnostic& d = b.only("CF5102");
  EXPECT_NE(d.message.find("40 times (at 1:1, 2:1, 3:1, 4:1, 5:1 and 35 more)"), std::string::npos)
      << d.message;
  EXPECT_EQ(d.notes.size(), 3u);
}

TEST(Anchors, NoQuantityOfTheKindNamesWhatTheSentenceHolds) {
  bound b = bind_figures("[port.total.share]\nanchor = \"Total trade was\"\n");
  EXPECT_FALSE(b.ok);
  const diagnostic& d = b.only("CF5103");
  EXPECT_EQ(d.message, "no share follows anchor \"Total trade was\" in its sentence");
  bool lists_level = false;
  for (const auto& n : d.notes)
    lists_level = lists_level || n.message == "\"RMB 2.38 trillion\" is a level";
  EXPECT_TRUE(lists_level) << render(d);
}

TEST(Anchors, LongSentenceListsItsFirstQuantities) {
  std::string draft = "Exports of the port reached";
  for (int i = 1; i <= 20; ++i) draft += " RMB " + std::to_string(i) + " billion,";
  draft += " in all.\n";
  bound b = bind_figures("[a.share]\nanchor = \"Exports of the port reached\"\n", draft);
  EXPECT_FALSE(b.ok);
  const diagnostic& d = b.only("CF5103");
  ASSERT_EQ(d.notes.size(), 9u) << render(d);
  EXPECT_NE(d.notes[0].message.find("holds 20 quantities, the first 8 follow"), std::string::npos)
      << d.notes[0].message;
}

TEST(Anchors, PickBeyondTheCount) {
  bound b = bind_figures("[port.total]\nanchor = \"Total trade was\"\npick = 2\n");
  EXPECT_FALSE(b.ok);
  const diagnostic& d = b.only("CF5103");
  EXPECT_NE(d.message.find("pick = 2 asks for the 2nd level or count"), std::string::npos)
      << d.message;
  EXPECT_NE(d.message.find("only 1 follows"), std::string::npos) << d.message;
}

TEST(Anchors, QuantitiesOfTheNextSentenceAreNotTaken) {
  bound b = bind_figures("[port.total.growth]\nanchor = \"Total trade was\"\n",
                         "Total trade was RMB 2.38 trillion. It grew 4.1%.\n");
  EXPECT_FALSE(b.ok);
  b.only("CF5103");
}

TEST(Anchors, EveryAnchorIsReported) {
  bound b = bind_figures(
      "[a]\nanchor = \"no such words\"\n[b]\nanchor = \"up\"\n"
      "[c]\nanchor = \"Total trade was\"\npick = 3\n[d]\nanchor = \"Total trade was\"\n");
  EXPECT_FALSE(b.ok);
  b.only("CF5101");
  b.only("CF5102");
  b.only("CF5103");
  EXPECT_EQ(b.of("d").written, "RMB 2.38 trillion");  // the good one is still bound
}

TEST(Anchors, NoDraftNamed) {
  diagnostics ds;
  auto set = load_figures_text("figures.toml", "[a]\nanchor = \"Total trade was\"\n", ds);
  ASSERT_TRUE(set) << render_all(ds);
  EXPECT_FALSE(bind_anchors(*set, std::string(), ds));
  ASSERT_EQ(ds.items().size(), 1u) << render_all(ds);
  EXPECT_EQ(ds.items()[0].code, "CF5104");
  EXPECT_EQ(place(ds.items()[0].range), "figures.toml:2:10");
}

TEST(Anchors, UnreadableDraft) {
  diagnostics ds;
  auto set = load_figures_text(
      "figures.toml",
      "[document]\nsource = \"/nonexistent/crossfoot/draft.md\"\n[a]\nanchor = \"x\"\n", ds);
  ASSERT_TRUE(set) << render_all(ds);
  EXPECT_FALSE(bind_anchors(*set, std::string(), ds));
  bool unreadable = false;
  for (const auto& d : ds.items()) unreadable = unreadable || d.code == "CF5001";
  EXPECT_TRUE(unreadable) << render_all(ds);
}

TEST(Anchors, FiguresWithoutAnchorsNeedNoDraft) {
  diagnostics ds;
  auto set = load_figures_text("figures.toml", "[a]\nvalue = \"5%\"\n", ds);
  ASSERT_TRUE(set);
  EXPECT_TRUE(bind_anchors(*set, std::string(), ds));
  EXPECT_TRUE(ds.items().empty());
}

}  // namespace
}  // namespace crossfoot::testing
