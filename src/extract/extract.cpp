// The extract stage: check the draft is text, fold it, then scan, classify and name the
// claims of each block, and map them back to the draft's own bytes and lines.
#include "extract/extract.hpp"

#include <cmath>

#include "core/input.hpp"
#include "extract/detail/codes.hpp"
#include "extract/detail/found.hpp"
#include "extract/detail/naming.hpp"
#include "extract/detail/words.hpp"

namespace crossfoot {

namespace {

using namespace extract_detail;

// "¥" is yuan in a draft that otherwise writes RMB or yuan, and yen in one that writes yen.
std::string document_currency(std::string_view text) {
  std::size_t yuan = 0, yen = 0;
  // One word at a time: a vector of every word of a 10 MB draft is hundreds of megabytes.
  for_each_word(text, 0, text.size(), [&](word&& w) {
    if (one_of(w.lower, {"rmb", "yuan", "cny", "renminbi"})) ++yuan;
    if (one_of(w.lower, {"yen", "jpy"})) ++yen;
  });
  return yuan > yen ? "RMB" : "JPY";
}

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
std::string sentence_text(const std::string& text, std::size_t begin, std::size_t end,
                          std::size_t claim_begin, std::size_t claim_end) {
  constexpr std::size_t room = 200;
  const bool cut_left = claim_begin > begin + room, cut_right = end > claim_end + room;
  if (cut_left) begin = utf8_ceil(text, claim_begin - room);
  if (cut_right) end = utf8_ceil(text, claim_end + room);
  return (cut_left ? "..." : "") + text.substr(begin, end - begin) + (cut_right ? "..." : "");
}

draft_claim finish(const folded_text& t, const source_ptr& src, const found& f,
                   position_walker& where) {
  draft_claim c;
  c.begin = t.from[f.begin];
  c.end = t.from[f.end];
  c.written = src->text().substr(c.begin, c.end - c.begin);
  c.q = f.q;
  c.q.written_unit = claim_unit(f);
  c.upper = f.upper;
  c.kind = f.kind;
  c.denominator = f.denominator;
  c.subject = f.subject;
  c.from = where.at(c.begin);
  c.to = where.at(c.end);
  // Nothing to name it after: its line, which the editor renames.
  c.id = f.id.empty() ? "line_" + std::to_string(c.from.line) : f.id;
  c.own_subject = !f.id.empty() && !f.noun_borrowed && !f.named_by_noun;
  c.sentence_begin = t.from[f.sentence_begin];
  c.sentence_end = t.from[f.sentence_end];
  c.sentence = sentence_text(src->text(), c.sentence_begin, c.sentence_end, c.begin, c.end);
  return c;
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

std::optional<draft_extract> extract_draft_text(const std::string& name, std::string text,
                                                diagnostics& diags) {
  source_ptr src = make_source(name, std::move(text));
  if (auto problem = find_text_problem(src->text())) {
    text_error(diags, src, *problem);
    return std::nullopt;
  }
  const folded_text t = fold(src->text());
  const std::string currency = document_currency(t.text);
  draft_extract out{src, {}};
  position_walker where(src->text());
  naming_context naming = naming_context_for(t);
  for (const block& b : t.blocks) {
    std::vector<found> claims = scan_block(t, b, currency);
    classify_block(t, b, claims);
    name_block(t, b, claims, naming);
    for (const found& f : claims) out.claims.push_back(finish(t, src, f, where));
  }
  return out;
}

std::optional<draft_extract> extract_draft(const std::string& path, diagnostics& diags) {
  auto text = read_input(path, input_kind::draft, {}, diags);
  if (!text) return std::nullopt;
  return extract_draft_text(path, text->text(), diags);
}

}  // namespace crossfoot
