// The extract stage: check the draft is text, fold it, then scan, classify and name the
// claims of each block, and map them back to the draft's own bytes and lines.
#include "extract/extract.hpp"

#include <cmath>

#include "document/document.hpp"
#include "extract/detail/codes.hpp"
#include "extract/detail/found.hpp"
#include "extract/detail/money.hpp"
#include "extract/detail/naming.hpp"
#include "extract/detail/periods.hpp"
#include "extract/detail/table.hpp"
#include "extract/detail/words.hpp"

namespace crossfoot {

namespace {

using namespace extract_detail;

// Line and column of increasing offsets in one walk: a claim-dense 10 MB line stays linear.
class position_walker {
 public:
  explicit position_walker(std::string_view text) : text_(text) {}
  line_col at(std::size_t offset) {
    if (offset < offset_) *this = position_walker(text_);
    for (; offset_ < offset && offset_ < text_.size(); ++offset_) {
      const char c = text_[offset_];
      if (c == '\n') {
        ++here_.line;
        here_.col = 1;
      } else if (!is_utf8_continuation(c)) {
        ++here_.col;
      }
    }
    return here_;
  }

 private:
  std::string_view text_;
  std::size_t offset_ = 0;
  line_col here_{1, 1};
};

unit claim_unit(const found& f) {
  const unit& u = f.q.written_unit;
  if (f.noun.empty() || !u.dim.dimensionless() || u.style == unit_style::percent ||
      u.style == unit_style::points)
    return u;
  return unit::level(counted_unit_name(f.noun), u.scale_exp, u.scale_word);
}

// The sentence, or a window of it around the claim when it is very long (a text without full
// stops), so output stays proportional to the draft.
std::string_view sentence_window(std::string_view text, std::size_t begin, std::size_t end,
                                 std::size_t claim_begin, std::size_t claim_end) {
  constexpr std::size_t room = 200;
  if (claim_begin > begin + room) begin = utf8_ceil(text, claim_begin - room);
  if (end > claim_end + room) end = utf8_ceil(text, claim_end + room);
  return text.substr(begin, end - begin);
}

std::string_view in_draft(const folded_text& t, std::string_view text, std::size_t begin,
                          std::size_t end) {
  const std::size_t b = t.origin(begin), e = t.origin(end);
  return text.substr(b, e - b);
}

std::string unnamed_id(const source_file& src, std::size_t offset, int line) {
  const text_place* p = src.place_of(offset);
  if (!p) return "line_" + std::to_string(line);
  if (p->table == 0) return "paragraph_" + std::to_string(p->paragraph);
  return "table_" + std::to_string(p->table) + "_row_" + std::to_string(p->row);
}

// "(non-ferrous metals -58,2 million eur, iron and steel -17,7 million eur)", "of which road
// vehicles -167,6 million eur": in prose, a hyphen glued to an amount right after a name and a
// blank stands where a dash would, between the name and its amount. It is no minus when the
// amount is a flow's level (an id ending in exports or imports), which is never negative; a
// balance ("balance -2 010,5 million eur") or a change keeps its sign, and so does a table's
// cell, where some releases show debits negative.
bool dash_before_flow_amount(const folded_text& t, const block& b, const found& f) {
  if (b.table != table_style::none || f.kind != claim_kind::level || f.change) return false;
  if (f.q.number >= 0) return false;
  const std::string_view s = t.text;
  const std::size_t at = f.number_begin;
  if (at < b.begin + 2 || s[at] != '-' || s[at - 1] != ' ' || !is_ascii_letter(s[at - 2]))
    return false;
  return f.id.ends_with(".exports") || f.id.ends_with(".imports");
}

draft_claim finish(const folded_text& t, const source_ptr& src, const found& f,
                   const document_money& money, position_walker& where) {
  const std::string_view text = src->text();
  draft_claim c;
  c.begin = t.origin(f.begin);
  c.end = t.origin(f.end);
  c.written = text.substr(c.begin, c.end - c.begin);
  c.q = f.q;
  c.q.written_unit = money.read(claim_unit(f), c.written);
  c.upper = f.upper;
  c.kind = f.kind;
  if (f.has_denominator())
    c.denominator = in_draft(t, text, f.denominator_begin, f.denominator_end);
  c.subject = f.subject;
  c.period = f.prev ? "prev" : f.period;
  c.period_stated = f.period_stated;
  c.said_period = f.said_period;
  c.span_after = f.span_after;
  if (f.row_end > f.row_begin) c.row = in_draft(t, text, f.row_begin, f.row_end);
  if (f.column_end > f.column_begin) c.column = in_draft(t, text, f.column_begin, f.column_end);
  c.row_period = f.row_period;
  c.column_period = f.column_period;
  c.caption_period = f.caption_period;
  c.series = f.series_said;
  c.from = where.at(c.begin);
  c.to = where.at(c.end);
  // Nothing to name it after: its line (a .docx's or page's paragraph or table row), which
  // the editor renames.
  c.id = f.id.empty() ? unnamed_id(*src, c.begin, c.from.line) : f.id;
  c.own_subject = !f.id.empty() && (!f.noun_borrowed || f.object_named) && !f.named_by_noun &&
                  !f.bare_bracket && !f.named_by_place;
  c.named_by_place = !f.id.empty() && f.named_by_place;
  c.stock_count = !f.id.empty() && !f.named_by_noun && f.noun_borrowed &&
                  f.noun.find(' ') == std::string::npos &&
                  lexicon::is(lexicon::counted_name(f.noun), lexicon::word_class::noun_stock);
  c.sentence_begin = t.origin(f.sentence_begin);
  c.sentence_end = t.origin(f.sentence_end);
  c.sentence = sentence_window(text, c.sentence_begin, c.sentence_end, c.begin, c.end);
  return c;
}

void warn_unit_like(diagnostics& diags, const source_ptr& src, const folded_text& t,
                    const found& f) {
  const std::size_t begin = t.origin(f.unit_like_begin), end = t.origin(f.unit_like_end);
  const std::string word = ascii_lower(src->text().substr(begin, end - begin));
  diags.warning(codes::unknown_unit_word, {src, begin, end},
                "'" + word + "' after a number is not a unit crossfoot knows (did you mean '" +
                    nearest_unit_word(word) + "'?); the number is read without a unit");
}

diagnostic& text_error(diagnostics& diags, const source_ptr& src, const text_problem& p) {
  return diags.error(p.code, {src, p.offset, std::min(p.offset + 1, src->text().size())},
                     p.message);
}

}  // namespace

const char* to_string(claim_kind k) {
  switch (k) {
    case claim_kind::level:
      return "level";
    case claim_kind::growth:
      return "growth";
    case claim_kind::share:
      return "share";
    case claim_kind::pp:
      return "pp";
    case claim_kind::count:
      return "count";
    case claim_kind::rank:
      return "rank";
    case claim_kind::other:
      return "other";
  }
  return "other";
}

double editor_value(const draft_claim& c) {
  const unit& u = c.q.written_unit;
  if (u.style == unit_style::percent || u.style == unit_style::points) return c.q.number;
  return c.q.number * std::pow(10.0, u.scale_exp);
}

std::string editor_unit(const draft_claim& c) {
  const unit& u = c.q.written_unit;
  if (u.style == unit_style::percent) return "%";
  if (u.style == unit_style::points) return "pp";
  return u.dim.dimensionless() ? "" : u.dim.to_string();
}

std::string cell_key(std::string_view s) {
  s = trim_blank(s);
  // Sub-row marks: "– energy", "- energy", "• energy", "* energy".
  for (bool more = true; more;) {
    more = false;
    for (std::string_view mark : {"-", "*", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2"}) {
      if (s.starts_with(mark)) {
        s = trim_blank(s.substr(mark.size()));
        more = true;
      }
    }
  }
  while (!s.empty() && s.back() == '*') s = trim_blank(s.substr(0, s.size() - 1));
  std::string out;
  for (char c : s) {
    if (is_blank(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += ascii_lower(c);
    }
  }
  return out;
}

std::string period_written(std::string_view text) {
  auto p = written_period(text);
  return p ? p->to_string() : "";
}

std::string shown_sentence(const draft_claim& c, const draft_extract& d) {
  return shown_sentence(c, *d.draft);
}

std::string shown_sentence(const draft_claim& c, const source_file& draft) {
  const char* start = draft.text().data();
  const bool cut_left = c.sentence.data() > start + c.sentence_begin;
  const bool cut_right = c.sentence.data() + c.sentence.size() < start + c.sentence_end;
  return (cut_left ? "..." : "") + std::string(c.sentence) + (cut_right ? "..." : "");
}

bool check_draft_text(const source_ptr& draft, diagnostics& diags) {
  const auto problem = find_text_problem(draft->text());
  if (problem) text_error(diags, draft, *problem);
  return !problem;
}

std::optional<draft_extract> extract_draft_text(const std::string& name, std::string text,
                                                diagnostics& diags) {
  return extract_draft_source(make_source(name, std::move(text)), diags);
}

std::optional<draft_extract> extract_draft_source(source_ptr src, diagnostics& diags) {
  std::vector<draft_claim> claims;
  auto out = extract_draft_each(std::move(src), diags,
                                [&](draft_claim&& c) { claims.push_back(std::move(c)); });
  if (out) out->claims = std::move(claims);
  return out;
}

std::optional<draft_extract> extract_draft_each(source_ptr src, diagnostics& diags,
                                                const std::function<void(draft_claim&&)>& each) {
  if (!check_draft_text(src, diags)) return std::nullopt;
  folded_text t = fold(src->text());
  t.jobs_counted = draft_counts_jobs(t.lower);
  const document_money money = document_money::of(t.view());
  const std::vector<table_model> tables = read_tables(t);
  const row_index rows(t, tables);
  draft_extract out{src, {}, {}};
  position_walker where(src->text());
  naming_context naming = naming_context_for(t, &tables);
  naming.tables = &tables;
  if (naming.own) out.period = naming.own->to_string();
  // A block at a time: claims are read, named and finished before the next block is read.
  std::vector<found> claims;
  for (const block& b : t.blocks) {
    t.index_words(b);
    claims = scan_block(t, tables, b, std::move(claims));
    classify_block(t, tables, rows, b, claims);
    name_block(t, b, claims, naming);
    const bool title = &b == &t.blocks.front() && b.heading;
    for (found& f : claims) {
      if (dash_before_flow_amount(t, b, f)) f.q.number = -f.q.number;
      draft_claim c = finish(t, src, f, money, where);
      c.in_title = title;
      each(std::move(c));
      if (f.unit_like_end > f.unit_like_begin) warn_unit_like(diags, src, t, f);
    }
  }
  return out;
}

std::optional<draft_extract> extract_draft(const std::string& path, diagnostics& diags) {
  source_ptr draft = read_draft(path, diags);
  if (!draft) return std::nullopt;
  return extract_draft_source(std::move(draft), diags);
}

}  // namespace crossfoot
