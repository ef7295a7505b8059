// Cubes: rows become figures through the id template, pattern rules bind them once per period,
// children() sums a parent's children from the hierarchy, within the rounding of every cell.
#include <fmt/format.h>

#include <map>

#include "dataset_fixture.hpp"

namespace crossfoot::testing {
namespace {

using strings = std::vector<std::string>;

const char* cube_spec = R"([dataset]
shape = "cube"
period = "period"
dimensions = ["partner", "product"]
value = "value"
flag = "flag"
id = "{partner}.{product}"

[dataset.hierarchies.partner]
WORLD = ["DE", "FR", "US", "GB"]
EU = ["DE", "FR"]

[dataset.hierarchies.product]
TOTAL = ["01..03"]
)";

const char* cube_rules = R"(
rule world: for each P: WORLD.P == sum(children(WORLD.P))
rule eu: for each P: EU.P == sum(children(EU.P))
rule total: for each A: A.TOTAL == sum(children(A.TOTAL))
rule nonneg: for each A, P: A.P >= 0
)";

// One period of a consistent cube: partners DE, FR, US and their aggregates EU and WORLD,
// chapters 01..03 and TOTAL (GB is listed in the codelist but has no rows).
std::map<std::string, std::string> clean_cells() {
  std::map<std::string, double> part = {{"DE", 10}, {"FR", 1}, {"US", 100}};
  std::map<std::string, std::string> cells;
  for (int c = 1; c <= 3; ++c) {
    double eu = 0, world = 0;
    for (const auto& [p, base] : part) {
      double v = base * c;
      cells[p + ".0" + std::to_string(c)] = fmt::format("{}", v);
      if (p != "US") eu += v;
      world += v;
    }
    cells["EU.0" + std::to_string(c)] = fmt::format("{}", eu);
    cells["WORLD.0" + std::to_string(c)] = fmt::format("{}", world);
  }
  for (const char* p : {"DE", "FR", "US", "EU", "WORLD"}) {
    double sum = 0;
    for (int c = 1; c <= 3; ++c) sum += std::stod(cells[std::string(p) + ".0" + std::to_string(c)]);
    cells[std::string(p) + ".TOTAL"] = fmt::format("{}", sum);
  }
  return cells;
}

// The CSV of cells "PARTNER.PRODUCT" -> "value" or a flag ("c", ":"), in a fixed order.
std::string cube_csv(const std::map<std::string, std::string>& cells,
                     const std::string& period = "2023-01") {
  std::string out = "period,partner,product,value,flag\n";
  for (const char* p : {"DE", "FR", "US", "EU", "WORLD"}) {
    for (const char* c : {"01", "02", "03", "TOTAL"}) {
      auto it = cells.find(std::string(p) + "." + c);
      if (it == cells.end()) continue;
      bool flag = it->second == "c" || it->second == ":";
      out += fmt::format("{},{},{},{},{}\n", period, p, c, flag ? "" : it->second,
                         flag ? it->second : "");
    }
  }
  return out;
}

// The line of a cell in cube_csv's output (the header is line 1).
int line_of(const std::string& cell) {
  int line = 2;
  for (const char* p : {"DE", "FR", "US", "EU", "WORLD"}) {
    for (const char* c : {"01", "02", "03", "TOTAL"}) {
      if (cell == std::string(p) + "." + c) return line;
      ++line;
    }
  }
  return -1;
}

// "rule kind line:col" of a finding at a cell's value ("2023-01,WORLD,02,232,").
std::string at(const std::string& rule, const char* kind, const std::string& cell) {
  std::size_t dot = cell.find('.');
  std::size_t col = 8 + (dot + 1) + (cell.size() - dot - 1 + 1) + 1;
  return fmt::format("{} {} {}:{}", rule, kind, line_of(cell), col);
}

const rule_summary& summary_of(const check_result& r, const std::string& rule) {
  for (const auto& s : r.rules) {
    if (s.rule == rule) return s;
  }
  static rule_summary none;
  ADD_FAILURE() << "no rule " << rule;
  return none;
}

TEST_F(dataset_test, CubeHierarchiesHoldWithinTheRoundingOfEveryCell) {
  auto cells = clean_cells();
  // Off by one: three children and their parent each rounded to the unit allow up to 2.
  cells["WORLD.TOTAL"] = "667";
  cells["EU.02"] = "21";
  auto r = check(cube_spec, cube_csv(cells), cube_rules);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), strings{});
  EXPECT_EQ(summary_of(*r, "world").pass, 4);  // 01, 02, 03, TOTAL
  EXPECT_EQ(summary_of(*r, "eu").pass, 4);
  EXPECT_EQ(summary_of(*r, "total").pass, 5);  // DE, FR, US, EU, WORLD
  EXPECT_EQ(summary_of(*r, "nonneg").pass, 20);
  EXPECT_EQ(r->summary.fail, 0);
}

TEST_F(dataset_test, AParentOffBeyondRoundingFailsAtItsCellWithItsChildren) {
  auto cells = clean_cells();
  cells["WORLD.02"] = "232";  // the children sum to 222
  auto r = check(cube_spec, cube_csv(cells), cube_rules);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r),
            (strings{at("world", "fail", "WORLD.02"), at("total", "fail", "WORLD.TOTAL")}));
  const finding& f = r->findings[0];
  ASSERT_EQ(f.figures.size(), 1u);  // the children are in the message
  EXPECT_EQ(f.figures[0].id, "WORLD.02");
  EXPECT_EQ(f.figures[0].written, "232");
  ASSERT_TRUE(f.lhs && f.rhs);
  EXPECT_EQ(f.lhs->value, interval::closed(231.5, 232.5));
  EXPECT_EQ(f.rhs->value, interval::closed(220.5, 223.5));
  EXPECT_EQ(f.message,
            "WORLD.02 is 232, rounding allowing [231.5, 232.5]; its 3 written children sum to "
            "[220.5, 223.5] (children: DE 20, FR 2, US 200)");  // GB has no row: no part here
  EXPECT_EQ(f.bound, (binding{{"P", "02"}, {"period", "2023-01"}}));
  EXPECT_EQ(summary_of(*r, "world").fail, 1);
  EXPECT_EQ(summary_of(*r, "world").pass, 3);
}

TEST_F(dataset_test, AConfidentialChildMakesTheSumAnInequalityAndSaysWhatItMustBe) {
  auto cells = clean_cells();
  cells["FR.02"] = "c";
  auto clean = check(cube_spec, cube_csv(cells), cube_rules);
  ASSERT_TRUE(clean) << render_all(diags);
  EXPECT_EQ(outline(*clean), strings{});  // EU.02 = 20 + c, WORLD.02, FR.TOTAL all can hold
  EXPECT_EQ(summary_of(*clean, "nonneg").pass, 20);  // a confidential cell is never negative

  cells["EU.02"] = "15";  // below DE.02 alone: FR.02 would have to be negative
  auto r = check(cube_spec, cube_csv(cells), cube_rules);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), (strings{at("eu", "fail", "EU.02"), at("total", "fail", "EU.TOTAL")}));
  EXPECT_EQ(r->findings[0].message,
            "EU.02 is 15, rounding allowing [14.5, 15.5]; its 1 written children sum to "
            "[19.5, 20.5]; the confidential FR.02 would have to lie in [-6, -4], but a "
            "confidential value is never negative (children: DE 20, FR confidential)");
  ASSERT_EQ(r->findings[0].figures.size(), 2u);
  EXPECT_EQ(r->findings[0].figures[1].id, "FR.02");
  EXPECT_EQ(r->findings[0].figures[1].written, "confidential");
}

TEST_F(dataset_test, AMissingChildMakesItsParentsUndecidedCountedPerRule) {
  auto cells = clean_cells();
  cells["FR.03"] = ":";
  auto r = check(cube_spec, cube_csv(cells), cube_rules);
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r),
            (strings{at("world", "unknown", "WORLD.03"), at("eu", "unknown", "EU.03"),
                     at("total", "unknown", "FR.TOTAL"), at("nonneg", "unknown", "FR.03")}));
  EXPECT_EQ(r->findings[0].message, "FR.03 has no value: the instance is undecided");
  EXPECT_EQ(summary_of(*r, "world").unknown, 1);
  EXPECT_EQ(summary_of(*r, "eu").unknown, 1);
  EXPECT_EQ(summary_of(*r, "total").unknown, 1);
  EXPECT_EQ(r->summary.fail, 0);
}

TEST_F(dataset_test, ARowLeftOutOfTheFileShowsAsAParentThatNoLongerAddsUp) {
  auto cells = clean_cells();
  cells.erase("US.01");
  auto r = check(cube_spec, cube_csv(cells), cube_rules);
  ASSERT_TRUE(r) << render_all(diags);
  // One line less from US.01 on: WORLD.01 is line 17, US.TOTAL (whose chapters lost 01) 12.
  EXPECT_EQ(outline(*r), (strings{"world fail 17:18", "total fail 12:18"}));
}

TEST_F(dataset_test, RulesNameOtherRowsOfTheSameContext) {
  // EXTRA = WORLD - EU written as a rule, and an explicit parent with several levels.
  auto cells = clean_cells();
  cells["US.03"] = "310";
  auto r = check(cube_spec, cube_csv(cells), R"(
rule extra: for each P: WORLD.P - EU.P == US.P
rule levels: for each G in {WORLD, EU}, P: G.P == sum(children(G.P))
)");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r),
            (strings{at("extra", "fail", "WORLD.03"), at("levels", "fail", "WORLD.03")}));
  EXPECT_EQ(summary_of(*r, "extra").pass, 3);
  EXPECT_EQ(summary_of(*r, "levels").pass, 7);
  const finding& f = r->findings[0];
  ASSERT_EQ(f.figures.size(), 3u);
  EXPECT_EQ(f.figures[1].id, "EU.03");
  EXPECT_EQ(f.figures[2].id, "US.03");
  EXPECT_EQ(f.figures[2].written, "310");
}

TEST_F(dataset_test, ParentsOfSeveralLevelsEachSumTheirOwnChildren) {
  std::string spec = cube_spec;
  std::string world = "WORLD = [\"DE\", \"FR\", \"US\", \"GB\"]";
  spec.replace(spec.find(world), world.size(), "WORLD = [\"EU\", \"US\"]");
  auto cells = clean_cells();
  cells["WORLD.01"] = "112";  // EU.01 + US.01 = 111, off by one: holds
  auto r = check(spec, cube_csv(cells), R"(
rule partners: for each G in {WORLD, EU}, P: G.P == sum(children(G.P))
)");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r), strings{});
  EXPECT_EQ(summary_of(*r, "partners").pass, 8);
}

TEST_F(dataset_test, CubeRulesThatDoNotFitTheCubeAreErrorFindingsWithCodes) {
  auto r = check(cube_spec, cube_csv(clean_cells()), R"(
rule short: for each P: WORLD.P.x == 0
rule not_a_parent: for each P: DE.P == sum(children(DE.P))
rule two_anchors: for each A, P: A.TOTAL == WORLD.P
rule growth_of: for each P: prev(WORLD.P) >= 0
rule kind: for each P in periods: WORLD.P >= 0
)");
  ASSERT_TRUE(r) << render_all(diags);
  std::map<std::string, std::string> codes;
  for (const auto& f : r->findings) {
    EXPECT_EQ(f.kind, finding_kind::error);
    codes[f.rule] = f.code;
  }
  EXPECT_EQ(codes, (std::map<std::string, std::string>{{"short", "CF6401"},
                                                       {"not_a_parent", "CF6402"},
                                                       {"two_anchors", "CF6403"},
                                                       {"growth_of", "CF6404"},
                                                       {"kind", "CF6404"}}));
}

// Another row named by its key (`x[partner = WORLD]`, docs/language.md) is for records; a cube
// names it through the id template, and the error (CF6404) says how, rather than naming an
// at() the rule never wrote.
TEST_F(dataset_test, AnotherRowByItsKeyInACubeRuleSaysHowTheIdNamesIt) {
  std::string spec = std::string(cube_spec) + "\n[dataset.codes.partner]\nWLD = \"WORLD\"\n";
  std::string csv = cube_csv(clean_cells());
  auto r = check(cube_spec, csv, R"(
rule within_world: for each A, P: A.P <= A.P[partner = WORLD]
rule last_year: for each A, P: A.P >= A.P[period = 2022]
)");
  ASSERT_TRUE(r) << render_all(diags);
  std::map<std::string, std::pair<std::string, std::string>> errors;
  for (const auto& f : r->findings) errors[f.rule] = {f.code, f.message};
  EXPECT_EQ(errors["within_world"],
            std::make_pair(std::string("CF6404"),
                           std::string("'A.P[partner = WORLD]' names another row by its key; a "
                                       "cube names its rows through the id template "
                                       "({partner}.{product}): write the code in its segment, "
                                       "as in 'WORLD.P'")));
  EXPECT_EQ(errors["last_year"],
            std::make_pair(std::string("CF6404"),
                           std::string("'A.P[period = 2022]' names another row by its key; a "
                                       "cube names its rows through the id template "
                                       "({partner}.{product}): write the other row's codes in "
                                       "the segments of its id")));
  // A code the spec maps to another segment is written as that segment.
  diags = {};
  r = check(spec, csv, R"(
rule within_world: for each A, P: A.P <= A.P[partner = WLD]
)");
  ASSERT_TRUE(r) << render_all(diags);
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_NE(r->findings[0].message.find("as in 'WORLD.P'"), std::string::npos)
      << r->findings[0].message;
}

TEST_F(dataset_test, ChildrenStandsInsideSumMinOrMax) {
  EXPECT_FALSE(rules("rule r: for each P: WORLD.P == children(WORLD.P)\n"));
  EXPECT_EQ(first_error_code(), "CF3050");
  diags = {};
  EXPECT_FALSE(rules("rule r: for each P: WORLD.P == sum(children(WORLD.P + 1))\n"));
  EXPECT_EQ(first_error_code(), "CF3051");
  diags = {};
  EXPECT_TRUE(rules("rule r: for each P: WORLD.P >= max(children(WORLD.P))\n"))
      << render_all(diags);
}

TEST_F(dataset_test, MinAndMaxOfChildren) {
  auto r = check(cube_spec, cube_csv(clean_cells()), R"(
rule part_within: for each P: WORLD.P >= max(children(WORLD.P))
rule smallest: for each P: EU.P <= 2 * min(children(EU.P))
)");
  ASSERT_TRUE(r) << render_all(diags);
  EXPECT_EQ(outline(*r),
            (strings{at("smallest", "fail", "EU.01"), at("smallest", "fail", "EU.02"),
                     at("smallest", "fail", "EU.03"), at("smallest", "fail", "EU.TOTAL")}));
  EXPECT_EQ(summary_of(*r, "part_within").pass, 4);
}

TEST_F(dataset_test, CubeResultsAreTheSameOnAnyNumberOfCores) {
  std::string csv;
  for (int m = 1; m <= 200; ++m) {
    auto cells = clean_cells();
    if (m % 7 == 0) cells["WORLD.0" + std::to_string(1 + m % 3)] = "999";
    if (m % 11 == 0) cells["FR.02"] = "c";
    std::string part = cube_csv(cells, fmt::format("{}-{:02d}", 2000 + m / 12, 1 + m % 12));
    csv += m == 1 ? part : part.substr(part.find('\n') + 1);
  }
  dataset_options one, two;
  one.threads = 1;
  two.threads = 2;
  two.chunk_bytes = 4096;
  two.kept_per_rule = 10;
  one.kept_per_rule = 10;
  auto a = check(cube_spec, csv, cube_rules, one);
  ASSERT_TRUE(a) << render_all(diags);
  auto b = check_file(cube_spec, cube_rules, two);
  ASSERT_TRUE(b) << render_all(diags);
  EXPECT_EQ(outline(*a), outline(*b));
  // 28 months with a WORLD chapter at 999; in one of them (154) FR.02 is confidential and
  // WORLD.02 >= DE.02 + US.02 can hold.
  EXPECT_EQ(summary_of(*a, "world").fail, 27);
  EXPECT_EQ(summary_of(*b, "world").fail, 27);
  EXPECT_EQ(summary_of(*b, "world").omitted, 17);
  EXPECT_EQ(summary_of(*a, "nonneg").pass, summary_of(*b, "nonneg").pass);
  EXPECT_EQ(summary_of(*b, "nonneg").pass, 4000);
}

}  // namespace
}  // namespace crossfoot::testing
