#include "draft/anchors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "core/edit_distance.hpp"
#include "core/text.hpp"
#include "draft/anchor_search.hpp"
#include "extract/extract.hpp"

namespace crossfoot {
namespace {

using namespace anchor_detail;

// Stable codes of anchor binding (the draft stage's CF51xx).
namespace codes {
inline constexpr const char* not_found = "CF5101";
inline constexpr const char* ambiguous = "CF5102";
inline constexpr const char* no_quantity = "CF5103";
inline constexpr const char* no_draft = "CF5104";
inline constexpr const char* unit_disagrees = "CF5106";
}  // namespace codes

// A cell anchor's row matches a claim's row by its label, or by the period the label names
// ("2012-04" for "| | Apr |" under "| 2012 | Mar |"); its column by the header or the period.
bool period_matches(const std::string& cell_period, const std::string& written) {
  if (cell_period.empty()) return false;
  return cell_period == trim_blank(written) || cell_period == period_written(written);
}
bool row_matches(const draft_claim& q, const std::string& row) {
  return (!q.row.empty() && cell_key(q.row) == cell_key(row)) || period_matches(q.row_period, row);
}
bool column_matches(const draft_claim& q, const std::string& column) {
  return (!q.column.empty() && cell_key(q.column) == cell_key(column)) ||
         period_matches(q.column_period, column);
}

// The kind of quantity a figure's id asks for: its last segment names it in the rules'
// conventions (X.exports.share, X.exports.growth, X.exports.share.change).
struct wanted_kind {
  claim_kind kind, also;
  const char* name;
  bool accepts(claim_kind k) const { return k == kind || k == also; }
};

wanted_kind kind_for(const std::string& id) {
  std::string last = id.substr(id.rfind('.') + 1);
  if (last == "share" || last.starts_with("share_"))
    return {claim_kind::share, claim_kind::share, "share"};
  // "growth", and rates over other spans: "growth_yoy".
  if (last == "growth" || last.starts_with("growth_"))
    return {claim_kind::growth, claim_kind::growth, "growth rate"};
  if (last == "contribution")
    return {claim_kind::pp, claim_kind::pp, "change in percentage points"};
  // A change is in points when it is of a rate, in money when it is of a level.
  if (last == "change") return {claim_kind::pp, claim_kind::level, "change"};
  return {claim_kind::level, claim_kind::count, "level or count"};
}

const char* kind_name(claim_kind k) {
  switch (k) {
    case claim_kind::level:
      return "level";
    case claim_kind::count:
      return "count";
    case claim_kind::growth:
      return "growth rate";
    case claim_kind::share:
      return "share";
    case claim_kind::pp:
      return "change in percentage points";
    case claim_kind::rank:
      return "rank";
    case claim_kind::other:
      break;
  }
  return "quantity of no known kind";
}

std::string ordinal(int n) {
  if (n % 100 >= 11 && n % 100 <= 13) return std::to_string(n) + "th";
  static const char* suffix[] = {"th", "st", "nd", "rd"};
  return std::to_string(n) + (n % 10 <= 3 ? suffix[n % 10] : "th");
}

class anchor_binder {
 public:
  anchor_binder(const draft_extract& d, diagnostics& diags)
      : d_(d), folded_(fold(d.draft->text())), diags_(diags) {}

  /// Finds every anchor still to bind in one pass over the draft, before bind() is called.
  void find_all(const figure_set& set) {
    std::vector<std::string> anchors;
    for (const auto& f : set.figures) {
      for (const auto& c : f.claims) {
        if (c.awaits_draft() && !c.anchor->cell()) anchors.push_back(fold_phrase(c.anchor->text));
      }
    }
    auto places = find_phrases(folded_, anchors);
    for (std::size_t i = 0; i < anchors.size(); ++i)
      places_.emplace(anchors[i], std::move(places[i]));
  }

  bool bind(const std::string& id, claim& c) {
    const anchor_ref& a = *c.anchor;
    if (a.cell()) return bind_cell(id, c);
    const std::string folded = fold_phrase(a.text);
    auto known = places_.find(folded);
    auto found = known != places_.end() ? known->second : find_phrase(folded_, folded);
    if (found.empty()) return not_found(a);
    if (found.size() > 1) return ambiguous(a, found);
    const wanted_kind want = kind_for(id);
    std::vector<const draft_claim*> in_sentence, fitting;
    for (const draft_claim& q : d_.claims) {
      if (q.sentence_begin >= found[0].end || found[0].end > q.sentence_end) continue;
      in_sentence.push_back(&q);
      if (q.begin >= found[0].end && want.accepts(q.kind)) fitting.push_back(&q);
    }
    if (static_cast<int>(fitting.size()) < a.pick)
      return no_quantity(a, want, found[0], in_sentence, fitting.size());
    return fill(c, *fitting[static_cast<std::size_t>(a.pick - 1)]);
  }

 private:
  std::string cell_name(const anchor_ref& a) const {
    return "the cell of row \"" + a.row + "\" and column \"" + a.column + "\"";
  }

  // `anchor = { row = "...", column = "..." }`: the number of the draft's table cell in that
  // row and column, of the figure's kind (a cell whose kind the table does not say fits any).
  bool bind_cell(const std::string& id, claim& c) {
    const anchor_ref& a = *c.anchor;
    const wanted_kind want = kind_for(id);
    std::vector<const draft_claim*> in_cell, fitting;
    bool any_row = false;
    for (const draft_claim& q : d_.claims) {
      if (!row_matches(q, a.row)) continue;
      any_row = true;
      if (!column_matches(q, a.column)) continue;
      in_cell.push_back(&q);
      if (want.accepts(q.kind) || q.kind == claim_kind::other) fitting.push_back(&q);
    }
    if (in_cell.empty()) return cell_not_found(a, any_row);
    if (static_cast<int>(fitting.size()) < a.pick) {
      diagnostic& d = diags_.error(
          codes::no_quantity, a.where,
          fmt::format("{} holds no {}{}", cell_name(a), want.name,
                      fitting.empty() ? "" : fmt::format(" as pick = {} asks", a.pick)));
      for (const draft_claim* q : in_cell)
        note(d, in_draft(q->begin, q->end),
             fmt::format("\"{}\" is a {}", q->written, kind_name(q->kind)));
      return false;
    }
    if (fitting.size() > 1 && !a.pick_given) {
      diagnostic& d =
          diags_.error(codes::ambiguous, a.where,
                       fmt::format("{} matches {} cells; give a longer column header or a pick",
                                   cell_name(a), fitting.size()));
      for (std::size_t i = 0; i < std::min<std::size_t>(3, fitting.size()); ++i)
        note(d, in_draft(fitting[i]->begin, fitting[i]->end), "it matches here");
      return false;
    }
    return fill(c, *fitting[static_cast<std::size_t>(a.pick - 1)]);
  }

  bool cell_not_found(const anchor_ref& a, bool any_row) {
    diagnostic& d =
        diags_.error(codes::not_found, a.where,
                     fmt::format("{} is not in {}: {}", cell_name(a), d_.draft->name(),
                                 any_row ? "no column of that row has that header or period"
                                         : "no table row has that label or period"));
    // The nearest labels (or headers) the draft's tables do have.
    const std::string wanted = cell_key(any_row ? a.column : a.row);
    std::vector<std::size_t> scratch;
    std::vector<std::pair<std::size_t, const draft_claim*>> near;
    std::vector<std::string> seen;
    for (const draft_claim& q : d_.claims) {
      const std::string_view label = any_row ? q.column : q.row;
      if (label.empty() || (any_row && !row_matches(q, a.row))) continue;
      const std::string text = cell_key(label);
      if (std::find(seen.begin(), seen.end(), text) != seen.end()) continue;
      seen.push_back(text);
      const std::size_t limit = std::max<std::size_t>(2, wanted.size() / 3);
      const std::size_t dist = edit_distance(wanted, text, limit, scratch);
      if (dist <= limit) near.emplace_back(dist, &q);
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::size_t i = 0; i < std::min<std::size_t>(3, near.size()); ++i) {
      const draft_claim& q = *near[i].second;
      const std::string_view label = any_row ? q.column : q.row;
      const std::size_t at = static_cast<std::size_t>(label.data() - d_.draft->text().data());
      note(d, in_draft(at, at + label.size()), fmt::format("did you mean \"{}\"?", label));
    }
    return false;
  }

  source_range in_draft(std::size_t begin, std::size_t end) const { return {d_.draft, begin, end}; }

  diagnostic& note(diagnostic& d, const source_range& where, std::string message) {
    d.notes.push_back({"", severity::note, where, std::move(message), {}});
    return d;
  }

  std::string quoted_anchor(const anchor_ref& a) const {
    return "anchor \"" + shown(a.text, {0, a.text.size()}) + "\"";
  }

  // Suggestions cost a pass over the draft's words each (an edit distance per window): the
  // first few anchors not found get them while the text scanned stays within a budget, the
  // rest (a wrong draft, most likely, or a huge one) do not.
  bool not_found(const anchor_ref& a) {
    diagnostic& d = diags_.error(codes::not_found, a.where,
                                 quoted_anchor(a) + " is not in " + d_.draft->name());
    const std::size_t scanned = (suggested_ + 1) * folded_.text.size();
    if (!d_.draft->quotable() || suggested_ >= max_suggested || scanned > max_suggestion_bytes)
      return false;
    ++suggested_;
    for (const text_span& s : nearest_phrases(folded_, fold_phrase(a.text), 3))
      note(d, in_draft(s.begin, s.end), "did you mean \"" + shown(d_.draft->text(), s) + "\"?");
    return false;
  }

  // A short anchor can occur thousands of times; the first few places say enough.
  bool ambiguous(const anchor_ref& a, const std::vector<text_span>& found) {
    constexpr std::size_t listed = 5, shown_notes = 3;
    std::string places;
    for (std::size_t i = 0; i < std::min(listed, found.size()); ++i) {
      places += (places.empty() ? "" : ", ") + d_.draft->place(found[i].begin);
    }
    if (found.size() > listed) places += fmt::format(" and {} more", found.size() - listed);
    diagnostic& d = diags_.error(
        codes::ambiguous, a.where,
        fmt::format("{} is in {} {}{} times (at {}); lengthen it with words around the one "
                    "meant, so that it occurs once",
                    quoted_anchor(a), d_.draft->name(),
                    found.size() >= max_places ? "at least " : "", found.size(), places));
    for (std::size_t i = 0; i < std::min(shown_notes, found.size()); ++i)
      note(d, in_draft(found[i].begin, found[i].end), "it occurs here");
    return false;
  }

  bool no_quantity(const anchor_ref& a, const wanted_kind& want, const text_span& at,
                   const std::vector<const draft_claim*>& in_sentence, std::size_t fitting) {
    std::string message =
        fitting == 0 ? fmt::format("no {} follows {} in its sentence", want.name, quoted_anchor(a))
                     : fmt::format(
                           "pick = {} asks for the {} {} after {}, but only {} follows "
                           "it in its sentence",
                           a.pick, ordinal(a.pick), want.name, quoted_anchor(a), fitting);
    diagnostic& d = diags_.error(codes::no_quantity, a.where, message);
    // A draft without full stops is one long sentence; its first quantities say enough.
    constexpr std::size_t listed = 8;
    std::string here = "the anchor is here";
    if (in_sentence.empty()) here += "; its sentence holds no quantity";
    if (in_sentence.size() > listed)
      here += fmt::format("; its sentence holds {} quantities, the first {} follow",
                          in_sentence.size(), listed);
    note(d, in_draft(at.begin, at.end), here);
    for (std::size_t i = 0; i < std::min(listed, in_sentence.size()); ++i) {
      const draft_claim& q = *in_sentence[i];
      note(d, in_draft(q.begin, q.end),
           fmt::format("\"{}\" is a {}{}", q.written, kind_name(q.kind),
                       q.begin < at.end ? ", before the anchor" : ""));
    }
    return false;
  }

  // The claim takes the number as a `value` key holding it would; a range ("1-2 days") is its
  // middle, give or take half its width, as `extract` writes it. A `unit` key beside the anchor
  // gives a bare number its unit, and must agree with a number that has one.
  bool fill(claim& c, const draft_claim& q) {
    quantity value = q.q;
    if (c.anchor->unit_of) {
      const unit& key = *c.anchor->unit_of;
      unit& written = value.written_unit;
      const bool bare = written.style == unit_style::number && written.dim.dimensionless();
      if (bare) {
        written = key;
      } else if (written.name() != key.name()) {
        diagnostic& d = diags_.error(
            codes::unit_disagrees, c.anchor->unit_where,
            fmt::format(
                "the unit key says {} but the draft writes \"{}\" ({}); remove the unit key "
                "or anchor another number",
                key.name().empty() ? "a plain number" : key.name(), q.written,
                written.name().empty() ? "a plain number" : written.name()));
        note(d, in_draft(q.begin, q.end), "the anchored number is here");
        return false;
      }
    }
    precision implied;
    if (q.upper) {
      value.number = (q.q.number + *q.upper) / 2;
      value.decimals += 1;
      implied = {precision::kind::half_width, (*q.upper - q.q.number) / 2};
    }
    set_claim_value(c, value, implied);
    c.written = q.written;
    c.quote = std::string(q.written);
    c.in_text = in_draft(q.begin, q.end);
    c.anchor->bound = true;
    return true;
  }

  static constexpr std::size_t max_suggested = 20;
  static constexpr std::size_t max_suggestion_bytes = std::size_t{8} << 20;

  const draft_extract& d_;
  folded_text folded_;
  diagnostics& diags_;
  std::unordered_map<std::string, std::vector<text_span>> places_;  // folded anchor -> places
  std::size_t suggested_ = 0;
};

const anchor_ref* first_unbound(const figure_set& set) {
  for (const auto& f : set.figures) {
    for (const auto& c : f.claims) {
      if (c.awaits_draft()) return &*c.anchor;
    }
  }
  return nullptr;
}

}  // namespace

bool anchor_accepts(const std::string& id, claim_kind k) {
  return kind_for(id).accepts(k);
}

bool bind_anchors(figure_set& set, const std::string& draft_path, diagnostics& diags) {
  const anchor_ref* first = first_unbound(set);
  if (!first) return true;
  const std::string& path = draft_path.empty() ? set.document.source_path : draft_path;
  if (path.empty()) {
    diags.error(codes::no_draft, first->where,
                "the figures are anchored to a draft, but none is named: give [document] source "
                "or --draft");
    return false;
  }
  auto draft = extract_draft(path, diags);
  return draft && bind_anchors(set, *draft, diags);
}

bool bind_anchors(figure_set& set, const draft_extract& draft, diagnostics& diags) {
  anchor_binder binder(draft, diags);
  binder.find_all(set);
  bool ok = true;
  for (auto& f : set.figures) {
    for (auto& c : f.claims) {
      if (c.awaits_draft()) ok = binder.bind(f.id, c) && ok;
    }
  }
  return ok;
}

}  // namespace crossfoot
