#include "draft/draft_figures.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "core/period.hpp"
#include "core/text.hpp"
#include "extract/extract.hpp"
#include "num/unit.hpp"

namespace crossfoot {

namespace {

// The figures loader's warning for a counted thing it does not know (src/figures).
constexpr const char* unknown_counted_thing = "CF2104";
// ... and for a figure of a period after the document's (a carry-over "2017 (ovhg)" column of a
// 2017 Q1 release).
constexpr const char* period_after_document = "CF2106";

// Two claims under one suggested id are one figure, stated twice, only when both name a
// thing of their own, say the same kind of thing (a level or a rate) in the same unit, are
// said to be of the same series or neither ("The trend of the employment rate ... stood at
// 69.4 per cent" is not "The employment rate ... came to 68.7 per cent"), and
// their periods were established alike (both said in the words or a table, or both left to
// the draft's own period: "€155.5 bn for the nine months" is not "€18.7 bn in September").
// Otherwise
// the id was a guess that happened to repeat ("8,350 enterprises ... of which 1,120 were new",
// "EUR 12.4 billion, roughly 95 billion yuan"), and checking them as one figure reports a conflict
// the draft does not have. Counts are kept apart too: "12 key measures" and "15 key measures" name
// the thing counted, not what it belongs to.
//
// A table cell under the draft's own period ("Jul 2015" in a July 2015 release) says its period
// as plainly as prose that leaves it to the draft: "a deficit of $2,460m" and the balance row's
// "-2 460" under "Jul 2015" are one figure. So is a cell of a table whose caption alone names
// the draft's own period ("| Foreign trade, February 2023 | EUR bn |").
bool own_period_cell(const draft_claim& c, const std::string& own) {
  return c.period_stated && c.period.empty() && !own.empty() &&
         (c.column_period == own || c.row_period == own || c.caption_period == own);
}

bool periods_alike(const draft_claim& a, const draft_claim& b, const std::string& own) {
  // In a draft whose own period is not known, two periods the words name are told apart by
  // what they name ("in the first quarter of 2031" is not "in the second quarter of 2031").
  if (!a.said_period.empty() && !b.said_period.empty() && a.said_period != b.said_period)
    return false;
  // "In the first quarter of the fiscal year, ..." names a period the reader cannot place (its
  // words, not a period: no digit first); it is never the period of a claim that says another
  // or leaves it to the draft.
  auto unplaced = [](const draft_claim& c) {
    return !c.said_period.empty() && !is_ascii_digit(c.said_period.front());
  };
  if ((unplaced(a) || unplaced(b)) && a.said_period != b.said_period) return false;
  if (a.period_stated == b.period_stated) return true;
  // "# France, first quarter of 2017: GDP up 0.3%": the title's claim is of the draft's own
  // period, as much as "grew by 0.3% in the first quarter of 2017" and as a plain "grew 0.3%".
  // Rates only: a title's amount ("a $2,460m deficit") is matched as before.
  auto title_rate = [](const draft_claim& c) {
    return c.in_title && c.period.empty() &&
           (c.kind == claim_kind::growth || c.kind == claim_kind::share ||
            c.kind == claim_kind::pp);
  };
  if (title_rate(a) || title_rate(b)) return true;
  // "In the August 2019 period, ... 980 thousand more than a year before" and the "| 980 |"
  // of a column "Change on August 2018": a change of a level in a cell whose table leaves its
  // period to the draft is the change to the draft's own period, which the prose says. Rates
  // and levels of such cells stay apart (a column may be of a period its header leaves out).
  auto level_change = [](const draft_claim& c) {
    return c.kind == claim_kind::level &&
           (c.id.ends_with(".change") || c.id.ends_with(".change_yoy"));
  };
  auto said_own = [&](const draft_claim& c) {
    return c.period_stated && c.period.empty() && level_change(c);
  };
  auto left_cell = [&](const draft_claim& c) {
    return !c.period_stated && !c.row.empty() && c.period.empty() && level_change(c);
  };
  if ((said_own(a) && left_cell(b)) || (said_own(b) && left_cell(a))) return true;
  return (own_period_cell(a, own) && !b.period_stated) ||
         (own_period_cell(b, own) && !a.period_stated);
}

// Whether the coarser of two amounts, read as its written digits round, holds the finer one:
// "11.0 billion" (10.95 to 11.05 billion) holds "10 951.9 million". Levels only, never a range.
bool one_rounds_the_other(const draft_claim& a, const draft_claim& b) {
  if (a.upper || b.upper) return false;
  auto half = [](const draft_claim& c) {
    return 0.5 * std::pow(10.0, c.q.written_unit.scale_exp - c.q.decimals);
  };
  const draft_claim& coarse = half(a) >= half(b) ? a : b;
  const draft_claim& fine = &coarse == &a ? b : a;
  return std::fabs(editor_value(coarse) - editor_value(fine)) <= half(coarse);
}

// "a deficit of $2,460m" (Australian dollars) and "a deficit of US$2,460m": the same amount in
// two currencies is one figure with a currency slip, which the check reports naming both
// claims. So is the amount of a table's cell written again, rounded, in another currency:
// "USD 11.0 billion" for the row's "10 951.9" under "EUR million". A converted amount ("EUR
// 12.4 billion, roughly 95 billion yuan", "EUR 10 billion (USD 11 billion)") has another
// amount and stays a figure of its own.
bool same_unit(const draft_claim& a, const draft_claim& b) {
  const std::string ua = editor_unit(a), ub = editor_unit(b);
  if (ua == ub) return true;
  if (!is_currency(ua) || !is_currency(ub)) return false;
  const unit &x = a.q.written_unit, &y = b.q.written_unit;
  return (x.scale_exp == y.scale_exp && a.q.number == b.q.number) || one_rounds_the_other(a, b);
}

bool same_figure(const draft_claim& a, const draft_claim& b, const std::string& own) {
  const bool counted =
      a.kind == claim_kind::count || a.kind == claim_kind::rank || a.kind == claim_kind::other;
  // Two table cells are one figure only in the same row and column: "Food, alcohol & tobacco"
  // and its sub-row "– processed food, alcohol & tobacco" may read as one subject.
  auto same_cell_words = [](std::string_view x, std::string_view y) {
    return x.empty() || y.empty() || cell_key(x) == cell_key(y);
  };
  // "the working-age population grew ... to 4,079,000" and "| Working-age population | 4,079
  // |" under "(000)": a count of people named by its subject or row meets a table cell of its
  // id; two such counts in prose ("Employed persons: 51,000 more", "First quarter: employed
  // persons 34,000 more") may be of periods the words keep apart, and stay apart.
  const bool one_cell = !a.row.empty() || !b.row.empty();
  // So does a share named only by where it was measured ("5.5% in construction" and "|
  // Construction | 5.5 |"); two such in prose may be of different wholes, and stay apart.
  auto named = [&](const draft_claim& c) {
    return c.own_subject || ((c.stock_count || c.named_by_place) && one_cell);
  };
  return named(a) && named(b) && a.kind == b.kind && !counted && same_unit(a, b) &&
         a.series == b.series && periods_alike(a, b, own) && same_cell_words(a.row, b.row) &&
         same_cell_words(a.column, b.column);
}

// The id of the n-th figure that shares `id`: "exports_2". A last segment that is a period
// ("table_1.2011-05") would stop being one, so the number goes on the first segment instead
// ("table_1_2.2011-05").
std::string numbered(const std::string& id, int n) {
  const std::size_t dot = id.rfind('.');
  const std::string suffix = "_" + std::to_string(n);
  if (dot == std::string::npos ||
      read_id_segment(std::string_view(id).substr(dot + 1)).what == id_segment::kind::name)
    return id + suffix;
  const std::size_t first = id.find('.');
  return id.substr(0, first) + suffix + id.substr(first);
}

// "exports reached €26,332 million, €436 million (+2%) more than ...": when the level is kept
// apart from an earlier figure of its id, the claims of its sentence after it that extend its
// id (its change and rate) go with it, so that no rule checks them against the other figure.
// So do those before it when it is the sentence's first claim of its id: "the labour force grew
// by 5,900 from 581,000 to 586,900" states the change, the level before and the level of one
// figure, whichever earlier statement of that figure it is kept apart from, and the change must
// still be checked against the two levels beside it. With another claim of the id before it in
// the sentence ("€11,600 million (+3%) in March; over the two months €26,332 million") the
// claims before it are that claim's. `original` holds each claim's id before any was kept apart.
void move_dependents(draft_extract& d, const draft_claim& moved, const std::string& from,
                     const std::string& to,
                     const std::map<const draft_claim*, std::string>& original) {
  const std::string prefix = from + ".";
  auto id_before = [&](const draft_claim& c) -> const std::string& {
    const auto at = original.find(&c);
    return at == original.end() ? c.id : at->second;
  };
  const bool first_of_id =
      std::none_of(d.claims.begin(), d.claims.end(), [&](const draft_claim& c) {
        return &c != &moved && c.begin < moved.begin && c.sentence_begin == moved.sentence_begin &&
               id_before(c) == from;
      });
  for (draft_claim& c : d.claims) {
    if (&c == &moved || c.sentence_begin != moved.sentence_begin) continue;
    // A table row is no sentence: its rate cell is named by its own row and column, and meets
    // the prose's rate on its own terms ("| All items | 115.6 | -2.7 |" against "1.7% below
    // its level of a year earlier"), whether or not its level cell met the prose's level.
    if (!c.row.empty()) continue;
    if (c.begin >= moved.end) {
      if (c.id.starts_with(prefix)) c.id = to + c.id.substr(from.size());
    } else if (first_of_id && id_before(c).starts_with(prefix)) {
      c.id = to + id_before(c).substr(from.size());
    }
  }
}

// The step a claim's written digits resolve: 0.1 for "45,862.4", 100 for "45,900", 1 for
// "457". Ranges and rates keep their own width (0: not a rounded number): "20%" beside a
// table's 24.6% is a slip, not a rate rounded to tens. A level is read to two significant
// digits at least: "ISK 1,000 million" may be rounded to the hundred million, but "50 billion"
// is not 45 to 55 billion.
double written_step(const draft_claim& c) {
  if (c.upper || c.kind != claim_kind::level) return 0;
  if (c.q.decimals > 0) return std::pow(10.0, -c.q.decimals);
  const double n = std::fabs(c.q.number);
  if (n < 100) return 1;
  double step = 1;
  while (std::fmod(n, 10 * step) == 0) step *= 10;
  return std::min(step, std::pow(10.0, std::floor(std::log10(n)) - 1));
}

// "ISK 45,900 million" in prose and "45,862.4" in the table's cell of that figure: one figure
// stated at two precisions. The round one's trailing zeros are not digits read off the figure
// but its rounding, to the hundred million here: it stands for 45,850 to 45,950, which the
// finer statement must fall in. A round number stated alone keeps its written reading.
void read_round_restatements(const std::vector<draft_claim*>& figure) {
  double finest = std::numeric_limits<double>::infinity();
  for (const draft_claim* c : figure) {
    if (const double step = written_step(*c); step > 0) finest = std::min(finest, step);
  }
  for (draft_claim* c : figure) {
    const double step = written_step(*c);
    if (step <= 1 || step <= finest) continue;
    const double half = step / 2, written = c->q.number;
    c->q.number = written - half;
    c->upper = written + half;
  }
}

// A figure is stated once in a sentence, and once in a table row. Two claims of one sentence
// under one suggested id ("the rate was 6.4%, down from 6.7% in the second quarter", "3.0
// percent over the year, while over three months it rose at an annual rate of 4.1 percent")
// are two figures whose words the extractor did not tell apart: the later one is kept apart.
// Two cells of one row under one id ("| Central | 584 | 543 | 41 | 7.0 |" under headers the
// extractor cannot read, "| Unemployment rate | 5.1 | 8.9 | 6.7 |" under "Men | Women | Both
// sexes") are columns it did not tell apart, and none of them can be named safely: all are kept
// apart. Under one header repeated for groups of columns ("| Composite CPI | | CPI(A) | |" over
// "| Index | % change | Index | % change |") the first group's cell is the figure and the
// others are kept apart. Two rates of a sentence that each say their span in their own words
// right after them ("fell by 0.6% on the year, though it was still 0.9% up on the year") are one
// figure stated twice: the sentence contradicts itself, and the check says so.
bool same_sentence(const draft_claim& a, const draft_claim& b) {
  return a.sentence_begin == b.sentence_begin && a.sentence_end == b.sentence_end;
}

bool row_cell(const draft_claim& c) {
  return !c.row.empty() || !c.column.empty();
}

}  // namespace

void separate_unrelated_claims(draft_extract& d) {
  std::map<std::string, std::vector<draft_claim*>> by_id;
  std::set<std::string> taken;
  std::map<const draft_claim*, std::string> original;
  for (draft_claim& c : d.claims) {
    by_id[c.id].push_back(&c);
    taken.insert(c.id);
    original.emplace(&c, c.id);
  }
  std::vector<std::tuple<const draft_claim*, std::string, std::string>> moves;
  // One count for the whole draft, so that no two figures kept apart share a number: a pattern
  // variable binds a segment, and "trade.imports_2" beside "trade.2020-07/2020-10.imports_2"
  // (two figures kept apart from two others) would make them one series of two periods.
  int n = 1;
  for (auto& [id, claims] : by_id) {
    // A figure of its own, which no rule names until the editor renames it.
    auto keep_apart = [&, &id = id](draft_claim* c) {
      std::string fresh;
      do {
        fresh = numbered(id, ++n);
      } while (taken.contains(fresh));
      taken.insert(fresh);
      c->id = fresh;
      moves.emplace_back(c, id, fresh);
    };
    std::vector<draft_claim*> named;
    for (draft_claim* c : claims) {
      const bool row_twice =
          row_cell(*c) && std::any_of(claims.begin(), claims.end(), [&](auto* o) {
            return o != c && row_cell(*o) && same_sentence(*o, *c) &&
                   cell_key(o->column) != cell_key(c->column);
          });
      if (row_twice)
        keep_apart(c);
      else
        named.push_back(c);
    }
    if (named.empty()) continue;
    std::vector<draft_claim*> figure{named.front()};
    for (std::size_t i = 1; i < named.size(); ++i) {
      const bool said_in_sentence = std::any_of(figure.begin(), figure.end(), [&](auto* o) {
        if (!same_sentence(*o, *named[i]) || row_cell(*o) != row_cell(*named[i])) return false;
        return row_cell(*o) || !(o->span_after && named[i]->span_after);
      });
      if (!said_in_sentence && same_figure(*named.front(), *named[i], d.period)) {
        figure.push_back(named[i]);
        continue;
      }
      keep_apart(named[i]);
    }
    read_round_restatements(figure);
  }
  for (const auto& [moved, from, to] : moves) move_dependents(d, *moved, from, to, original);
}

std::optional<figure_set> figures_from_draft(const std::string& draft_path, diagnostics& diags) {
  auto extracted = extract_draft(draft_path, diags);
  if (!extracted) return std::nullopt;
  separate_unrelated_claims(*extracted);
  // The in-memory figures file sits beside the draft, so [document] source is its file name
  // and findings name the draft as the user wrote its path.
  const std::string source = std::filesystem::path(draft_path).filename().string();
  diagnostics loaded;
  auto set = load_figures_text(draft_path + " (extracted figures)",
                               to_figures_toml(*extracted, source), loaded);
  // The counted things are the draft's own words ("19 member states"), which the extractor
  // chose; a warning that they are not units crossfoot knows would point into a file the user
  // never sees and could not fix there. The extractor quotes each number as the draft writes
  // it, in text order, so a number written twice is a repeated quote (CF2108) the loader places
  // in order: not the editor's to fix either. The extractor's ids carry a table column's or
  // a phrase's period as the draft writes it; one after the draft's own period is the draft's
  // outlook or carry-over, and the warning would again point into the unseen file.
  std::erase_if(loaded.items(), [](const diagnostic& d) {
    return d.code == unknown_counted_thing || d.code == "CF2108" || d.code == period_after_document;
  });
  diags.append(loaded);
  return set;
}

}  // namespace crossfoot
