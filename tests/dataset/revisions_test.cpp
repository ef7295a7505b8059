// Revisions (--previous): cells of periods in both releases whose values cannot be the same
// number rounded, values withdrawn, rows gone; rounding differently is no revision.
#include "dataset/revisions.hpp"

#include "dataset_fixture.hpp"

namespace crossfoot::testing {
namespace {

class revisions_test : public dataset_test {
 protected:
  // Writes new.csv and old.csv, loads the spec for new.csv and compares the two.
  std::optional<check_result> compare(const std::string& spec_text, const std::string& old_csv,
                                      const std::string& new_csv,
                                      std::optional<severity> level = std::nullopt) {
    write("old.csv", old_csv);
    write("data.csv", new_csv);
    auto s = spec(spec_text);
    if (!s) return std::nullopt;
    check_result r;
    revision_options o;
    o.previous = path("old.csv");
    o.level = level;
    if (!check_revisions(*s, o, r, diags)) return std::nullopt;
    return r;
  }

  static const finding* find(const check_result& r, const std::string& column,
                             const std::string& period) {
    for (const auto& f : r.findings) {
      bool at = false;
      for (const auto& [name, code] : f.bound) at = at || (name == "period" && code == period);
      std::string id = f.figures.empty() ? "" : f.figures.front().id;
      if (at && id == column) return &f;
    }
    return nullptr;
  }

  diagnostics diags;
  const std::string records_spec =
      "[dataset]\nkey = [\"country\", \"period\"]\nperiod = \"period\"\nunit = \"EUR million\"\n";
};

TEST_F(revisions_test, AValueMovedBeyondRoundingIsARevisionAtItsNewCell) {
  auto r =
      compare(records_spec, "country,period,exports,imports\nFR,2019,12.34,5.0\nFR,2020,13.0,6.0\n",
              "country,period,exports,imports\nFR,2019,12.36,5.0\nFR,2020,13.0,6.0\n"
              "FR,2021,14.0,7.0\n");
  ASSERT_TRUE(r) << render_all(diags);
  ASSERT_EQ(r->findings.size(), 1u);
  const finding& f = r->findings[0];
  EXPECT_EQ(f.rule, "revision");
  EXPECT_EQ(f.kind, finding_kind::fail);
  EXPECT_EQ(f.level, severity::error);
  ASSERT_EQ(f.figures.size(), 2u);
  EXPECT_EQ(f.figures[0].written, "12.36");
  EXPECT_EQ(f.figures[1].written, "12.34");
  ASSERT_TRUE(f.figures[0].in_text);
  EXPECT_EQ(f.figures[0].in_text->start().line, 2);
  EXPECT_EQ(f.figures[0].in_text->start().col, 9);
  EXPECT_EQ(f.figures[1].in_text->start().line, 2);
  ASSERT_TRUE(r->revisions);
  EXPECT_EQ(r->revisions->periods_in_both, 2);
  EXPECT_EQ(r->revisions->periods_only_new, 1);  // 2021 is first published now
  EXPECT_EQ(r->revisions->cells_compared, 4);
  EXPECT_EQ(r->revisions->revised, 1);
  EXPECT_EQ(r->revisions->unchanged, 3);
}

TEST_F(revisions_test, RoundingDifferentlyIsNoRevision) {
  // 2.15 then 2.2 (one digit less), 1250.40 then 1250.4, 17 then 17.0: the same value written
  // at another precision.
  auto r = compare(records_spec, "country,period,a,b,c\nFR,2019,2.15,1250.40,17\n",
                   "country,period,a,b,c\nFR,2019,2.2,1250.4,17.0\n");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_TRUE(r->findings.empty());
  EXPECT_EQ(r->revisions->unchanged, 3);
}

TEST_F(revisions_test, WithdrawnValuesAndRemovedRowsAreRevisionsFilledOnesAreNot) {
  auto r = compare(records_spec,
                   "country,period,exports\nFR,2019,10\nDE,2019,20\nIT,2019,\nES,2019,40\n",
                   "country,period,exports\nFR,2019,c\nIT,2019,30\nES,2019,40\n");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(r->revisions->withdrawn, 1);     // FR: 10, now confidential
  EXPECT_EQ(r->revisions->filled, 1);        // IT: missing, now 30
  EXPECT_EQ(r->revisions->rows_removed, 1);  // DE
  EXPECT_EQ(r->revisions->unchanged, 1);     // ES
  ASSERT_EQ(r->findings.size(), 2u);
  EXPECT_NE(r->findings[0].description.find("confidential"), std::string::npos);
  EXPECT_EQ(r->findings[1].description, "a row published before is gone");
  EXPECT_EQ(r->findings[1].bound.front().second, "DE");
}

TEST_F(revisions_test, PeriodsInOneReleaseOnlyAreNotCompared) {
  auto r = compare(records_spec, "country,period,x\nFR,2018,1\nFR,2019,2\n",
                   "country,period,x\nFR,2019,2\nFR,2020,9\n");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_TRUE(r->findings.empty());  // 2018 dropped, 2020 new: neither is a revision
  EXPECT_EQ(r->revisions->periods_only_previous, 1);
  EXPECT_EQ(r->revisions->periods_only_new, 1);
  EXPECT_EQ(r->revisions->rows_removed, 0);
}

TEST_F(revisions_test, TheSpecAndTheCommandLineSayHowRevisionsAreReported) {
  std::string spec_text = records_spec +
                          "revisions = \"warning\"\n\n[dataset.columns]\n"
                          "share = { unit = \"%\", revisions = \"note\" }\n";
  std::string before = "country,period,exports,share\nFR,2019,10,1.0\n";
  std::string after = "country,period,exports,share\nFR,2019,12,2.0\n";
  auto r = compare(spec_text, before, after);
  ASSERT_TRUE(r) << render_all(diags);
  ASSERT_EQ(r->findings.size(), 2u);
  EXPECT_EQ(find(*r, "exports", "2019")->level, severity::warning);
  EXPECT_EQ(find(*r, "share", "2019")->level, severity::info);
  auto forced = compare(spec_text, before, after, severity::error);
  ASSERT_TRUE(forced);
  for (const auto& f : forced->findings) EXPECT_EQ(f.level, severity::error);
}

TEST_F(revisions_test, ACubeIsComparedByItsDimensionsAndFlags) {
  std::string spec_text =
      "[dataset]\nshape = \"cube\"\ndimensions = [\"period\", \"partner\"]\nperiod = \"period\"\n"
      "value = \"value\"\nflag = \"flag\"\nid = \"{partner}\"\nunit = \"EUR thousand\"\n";
  auto r = compare(spec_text,
                   "period,partner,value,flag\n2019-01,DE,100,\n2019-01,FR,200,\n2019-02,DE,5,\n",
                   "period,partner,value,flag\n2019-02,DE,5,\n2019-01,FR,,c\n2019-01,DE,102,p\n");
  ASSERT_TRUE(r) << render_all(diags);
  // DE 2019-01: 100 then 102, whatever the row order (100 then 101 could both be 100.5 rounded)
  EXPECT_EQ(r->revisions->revised, 1);
  EXPECT_EQ(r->revisions->withdrawn, 1);  // FR 2019-01: now confidential
  EXPECT_EQ(r->revisions->unchanged, 1);
  ASSERT_EQ(r->findings.size(), 2u);
  for (const auto& f : r->findings) {
    bool de = f.bound[1].second == "DE";
    EXPECT_EQ(f.figures[0].in_text->start().line, de ? 4 : 3);
    EXPECT_EQ(f.description, de ? "changed beyond rounding since the previous release"
                                : "a value published before is now confidential");
  }
}

TEST_F(revisions_test, RowsWithoutIdentityCannotBeCompared) {
  write("old.csv", "a,b\n1,2\n");
  write("data.csv", "a,b\n1,2\n");
  auto s = spec("[dataset]\n");
  ASSERT_TRUE(s);
  check_result r;
  EXPECT_FALSE(check_revisions(*s, {path("old.csv"), std::nullopt, 1000}, r, diags));
  ASSERT_FALSE(diags.items().empty());
  EXPECT_EQ(diags.items().front().code, "CF6900");
}

TEST_F(revisions_test, APreviousFileThatIsNotCsvIsInvalidInput) {
  write("data.csv", "country,period,x\nFR,2019,1\n");
  write("old.csv", "country,period,x\nFR,\"2019,1\n");
  auto s = spec(records_spec);
  ASSERT_TRUE(s);
  check_result r;
  EXPECT_FALSE(check_revisions(*s, {path("old.csv"), std::nullopt, 1000}, r, diags));
  EXPECT_EQ(diags.items().front().code, "CF6104");
  write("old.csv", "");
  diagnostics d2;
  EXPECT_FALSE(check_revisions(*s, {path("old.csv"), std::nullopt, 1000}, r, d2));
  EXPECT_EQ(d2.items().front().code, "CF6105");
}

TEST(revision_severity, NamesAndNotes) {
  EXPECT_EQ(revision_severity("error"), severity::error);
  EXPECT_EQ(revision_severity("warning"), severity::warning);
  EXPECT_EQ(revision_severity("note"), severity::info);
  EXPECT_EQ(revision_severity("info"), severity::info);
  EXPECT_EQ(revision_severity("fatal"), std::nullopt);
}

}  // namespace
}  // namespace crossfoot::testing
