// Loading specs: what each key means, and every spec error with its place.
#include "dataset_fixture.hpp"

namespace crossfoot::testing {
namespace {

TEST_F(dataset_test, ASpecReadsItsKeys) {
  auto s = spec(R"([document]
title = "Trade"
rules = "trade.rules"

[dataset]
file = "sub/data.csv.gz"
delimiter = "tab"
quote = ""
decimal = ","
thousands = "."
key = ["country", "year"]
period = "year"
unit = "EUR thousand"

[dataset.columns]
share = { unit = "%", precision = 0.05 }
exact = { unit = "vehicles", precision = "exact" }

[dataset.flags]
":" = "missing"
"x" = "confidential"
"p" = "provisional"
)");
  ASSERT_TRUE(s) << render_all(diags);
  EXPECT_EQ(s->title, "Trade");
  EXPECT_EQ(s->data, path("sub/data.csv.gz"));
  EXPECT_EQ(s->rules, (std::vector<std::string>{path("trade.rules")}));
  EXPECT_EQ(s->delimiter, '\t');
  EXPECT_EQ(s->quote, '\0');
  EXPECT_EQ(s->decimal, ',');
  EXPECT_EQ(s->thousands, '.');
  EXPECT_EQ(s->key, (std::vector<std::string>{"country", "year"}));
  EXPECT_EQ(s->default_unit.name(), "EUR thousand");
  ASSERT_NE(s->column("share"), nullptr);
  EXPECT_EQ(s->column("share")->prec.how, precision::kind::half_width);
  EXPECT_EQ(s->column("exact")->prec.how, precision::kind::exact);
  ASSERT_NE(s->find_flag("x"), nullptr);
  EXPECT_EQ(s->find_flag("x")->meaning, flag_meaning::confidential);
  EXPECT_EQ(s->find_flag("p")->meaning, flag_meaning::note);
  EXPECT_EQ(s->find_flag("c"), nullptr);  // a table of flags replaces the defaults
}

TEST_F(dataset_test, TheDefaultFlagsAreColonAndC) {
  auto s = spec("[dataset]\n");
  ASSERT_TRUE(s) << render_all(diags);
  EXPECT_EQ(s->find_flag(":")->meaning, flag_meaning::missing);
  EXPECT_EQ(s->find_flag("c")->meaning, flag_meaning::confidential);
  EXPECT_EQ(s->delimiter, ',');
  EXPECT_TRUE(s->header);
}

TEST_F(dataset_test, CodelistsExpandRangesAndKeepTheirOrder) {
  write("products.toml", "TOTAL = [\"01..03\", \"99\"]\n");
  auto s = spec(R"([dataset]
shape = "cube"
value = "value"
dimensions = ["partner", "product"]

[dataset.hierarchies]
product = "products.toml"

[dataset.hierarchies.partner]
WORLD = ["EU", "US"]
EU = ["DE", "FR"]
)");
  ASSERT_TRUE(s) << render_all(diags);
  const hierarchy_spec* p = s->hierarchy("product");
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->children.size(), 1u);
  EXPECT_EQ(p->children[0].second, (std::vector<std::string>{"01", "02", "03", "99"}));
  const hierarchy_spec* partner = s->hierarchy("partner");
  ASSERT_EQ(partner->children.size(), 2u);
  EXPECT_EQ(partner->children[0].first, "WORLD");
  EXPECT_EQ(partner->children[1].first, "EU");
}

struct spec_error {
  const char* name;
  const char* text;
  const char* code;
  const char* place;  // "line:col" in spec.toml
};

TEST_F(dataset_test, EverySpecErrorHasACodeAndAPlace) {
  const spec_error cases[] = {
      {"no dataset table", "[document]\ntitle = \"x\"\n", "CF6004", "1:1"},
      {"unknown key", "[dataset]\ndelimeter = \";\"\n", "CF6002", "2:1"},
      {"wrong type", "[dataset]\nheader = \"yes\"\n", "CF6003", "2:10"},
      {"two-character delimiter", "[dataset]\ndelimiter = \";;\"\n", "CF6003", "2:13"},
      {"bad decimal", "[dataset]\ndecimal = \"x\"\n", "CF6003", "2:11"},
      {"decimal equals delimiter", "[dataset]\ndecimal = \",\"\n", "CF6003", "2:11"},
      {"bad shape", "[dataset]\nshape = \"wide\"\n", "CF6003", "2:9"},
      {"unknown unit", "[dataset]\n[dataset.columns]\nx = \"zorkmids of EUR\"\n", "CF6005", "3:5"},
      {"bad precision", "[dataset]\n[dataset.columns]\nx = { unit = \"EUR\", precision = -1 }\n",
       "CF6006", "3:33"},
      {"flag without meaning", "[dataset]\n[dataset.flags]\nc = 1\n", "CF6007", "3:5"},
      {"id names no dimension",
       "[dataset]\nshape = \"cube\"\nvalue = \"v\"\ndimensions = [\"a\"]\nid = \"{a}.{b}\"\n",
       "CF6008", "5:6"},
      {"unbalanced id",
       "[dataset]\nshape = \"cube\"\nvalue = \"v\"\ndimensions = [\"a\"]\nid = \"{a\"\n", "CF6008",
       "5:6"},
      {"cube without value", "[dataset]\nshape = \"cube\"\ndimensions = [\"a\"]\n", "CF6004",
       "1:1"},
      {"cube key on records", "[dataset]\nvalue = \"v\"\n", "CF6003", "2:9"},
      {"bad range", "[dataset]\n[dataset.hierarchies.p]\nT = [\"1..03\"]\n", "CF6009", "3:6"},
      {"cycle", "[dataset]\n[dataset.hierarchies.p]\nA = [\"B\"]\nB = [\"A\"]\n", "CF6009", "2:22"},
      // read through core/input.hpp's read_input, with the codelist kind's code
      {"missing codelist", "[dataset]\n[dataset.hierarchies]\np = \"nowhere.toml\"\n", "CF6009",
       "3:5"},
      {"no names without header", "[dataset]\nheader = false\n", "CF6004", "1:1"},
      {"repeated key column", "[dataset]\nkey = [\"a\", \"a\"]\n", "CF6003", "2:13"},
      {"not UTF-8", "[dataset]\nencoding = \"latin-1\"\n", "CF6003", "2:12"},
      {"TOML syntax", "[dataset\n", "CF2002", "1:9"},
  };
  for (const auto& c : cases) {
    diags = {};
    write("spec.toml", c.text);
    auto s = load_dataset_spec(path("spec.toml"), diags);
    EXPECT_FALSE(s) << c.name;
    EXPECT_EQ(first_error_code(), c.code) << c.name << "\n" << render_all(diags);
    if (!diags.items().empty() && diags.items()[0].range.valid()) {
      auto at = diags.items()[0].range.start();
      EXPECT_EQ(std::to_string(at.line) + ":" + std::to_string(at.col), c.place)
          << c.name << "\n"
          << render_all(diags);
    }
  }
}

TEST_F(dataset_test, AColumnTheSpecNamesMustBeInTheHeader) {
  auto r = check("[dataset]\nkey = [\"contry\"]\n", "country,x,y,t\na,1,2,3\n",
                 "rule sum: t == x + y\n");
  EXPECT_FALSE(r);
  EXPECT_EQ(first_error_code(), "CF6010");
  EXPECT_NE(render_all(diags).find("did you mean 'country'?"), std::string::npos)
      << render_all(diags);
}

}  // namespace
}  // namespace crossfoot::testing
