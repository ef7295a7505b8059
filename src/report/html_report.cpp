// The HTML report. The server side does all escaping and all the wording: every text comes from
// the finding model through xml_escape, and the page's script only shows, hides and moves focus
// (it builds nothing from the document's text), so a hostile draft cannot inject markup.
#include "report/html_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "report/escape.hpp"
#include "report/finding_text.hpp"
#include "report/html_assets.hpp"
#include "report/inference_text.hpp"
#include "report/places.hpp"

namespace crossfoot {
namespace {

using claim_t = crossfoot::claim;

// Statuses in rising order of concern: a claim shows the worst of the findings that use it.
enum class status { unchecked, consistent, undecided, failing, conflict };

struct status_info {
  const char* css;
  const char* icon;
  const char* words;
};

constexpr status_info statuses[] = {
    {"unchecked", "\u25CB", "unchecked: no rule uses it"},
    {"consistent", "\u2713", "consistent"},
    {"undecided", "?", "undecided"},
    {"failing", "\u2717", "failing"},
    {"conflict", "\u2260", "in conflict"},
};

const status_info& info(status s) {
  return statuses[static_cast<int>(s)];
}

status status_of(finding_kind k) {
  switch (k) {
    case finding_kind::pass:
      return status::consistent;
    case finding_kind::unknown:
      return status::undecided;
    case finding_kind::conflict:
      return status::conflict;
    default:
      return status::failing;
  }
}

std::string e(std::string_view s) {
  return xml_escape(s);
}

// One claim of the document: where it stands and what the findings say of it.
struct mark {
  std::string anchor;  // element id: "c-trade.exports", "c-intermediate.total-2"
  std::string id;
  int claim = 0;
  const claim_t* c = nullptr;
  std::size_t begin = 0, end = 0;
  status worst = status::unchecked;
  bool warning_only = true;          // every failing finding of it is below error severity
  std::vector<int> findings;         // indices into check_result::findings
  std::vector<std::string> aliases;  // claims at the same words, shown by this mark
};

// A file name or stamp written into a script: only characters that need no escaping there.
std::string safe_token(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '/')
      out += c;
  }
  return out;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The first number of a written value: "RMB 12.6 trillion" -> "12.6", "-3.5%" -> "3.5".
std::string number_of(const std::string& written) {
  std::size_t b = 0;
  while (b < written.size() && !is_digit(written[b])) ++b;
  std::size_t e = b;
  while (e < written.size() &&
         (is_digit(written[e]) || ((written[e] == '.' || written[e] == ',') &&
                                   e + 1 < written.size() && is_digit(written[e + 1]))))
    ++e;
  return written.substr(b, e - b);
}

// Within a quote, the words of the value itself: the value as written when the text has it,
// else its number (with a following % sign); the whole quote when neither is there.
std::pair<std::size_t, std::size_t> value_words(const std::string& text, std::size_t begin,
                                                std::size_t end, const std::string& written) {
  std::string_view quote(text.data() + begin, end - begin);
  if (auto at = quote.find(written); !written.empty() && at != std::string_view::npos)
    return {begin + at, begin + at + written.size()};
  std::string n = number_of(written);
  if (n.empty()) return {begin, end};
  for (std::size_t at = quote.find(n); at != std::string_view::npos; at = quote.find(n, at + 1)) {
    std::size_t after = at + n.size();
    bool starts = at == 0 || !(is_digit(quote[at - 1]) || quote[at - 1] == '.');
    bool ends =
        after >= quote.size() ||
        !(is_digit(quote[after]) || ((quote[after] == '.' || quote[after] == ',') &&
                                     after + 1 < quote.size() && is_digit(quote[after + 1])));
    if (!starts || !ends) continue;
    if (after < quote.size() && quote[after] == '%') ++after;
    return {begin + at, begin + after};
  }
  return {begin, end};
}

std::string slug(const std::string& id) {
  std::string out;
  for (char c : id) {
    auto byte = static_cast<unsigned char>(c);  // <cctype> and the escape take the byte's value
    bool keep = std::isalnum(byte) || c == '_' || c == '-' || c == '.';
    out += keep ? std::string(1, c) : fmt::format("_{:02x}", byte);
  }
  return out;
}

class page {
 public:
  page(std::ostream& out, const check_result& result, const report_meta& meta,
       const html_options& options)
      : out_(out), result_(result), meta_(meta), options_(options) {
    collect_marks();
    judge_marks();
  }

  void write() {
    head();
    out_ << "<body>\n<a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n";
    header();
    problems();
    out_ << "<div class=\"layout\">\n<main id=\"doc\" class=\"doc\" aria-label=\"document\">\n";
    document();
    out_ << "</main>\n<aside class=\"side\" aria-label=\"report\">\n";
    details_pane();
    findings_section();
    implied_section_html();
    rules_section();
    out_ << "</aside>\n</div>\n";
    if (result_.data) rows_section();
    templates();
    out_ << "<script>\n" << html_script << "</script>\n";
    if (!options_.watch_script.empty()) watch();
    out_ << "</body>\n</html>\n";
  }

 private:
  // ---- the model ----
  void collect_marks() {
    const figure_set* figures = meta_.figures;
    if (!figures) return;
    // The document is the source text the quotes were found in; without one, the figures file.
    for (const auto& f : figures->figures) {
      for (const auto& c : f.claims) {
        if (!doc_ && c.in_text && c.in_text->valid()) doc_ = c.in_text->file;
      }
    }
    if (!doc_) doc_ = figures->file;
    std::set<std::string> taken;
    for (const auto& f : figures->figures) {
      for (std::size_t k = 0; k < f.claims.size(); ++k) {
        const claim_t& c = f.claims[k];
        source_range r = doc_ == figures->file ? c.where : c.in_text ? *c.in_text : source_range{};
        if (!r.valid() || r.file != doc_ || r.end <= r.begin) continue;
        mark m;
        m.anchor = "c-" + slug(f.id) + (k > 0 ? fmt::format("-{}", k + 1) : "");
        while (!taken.insert(m.anchor).second) m.anchor += "_";
        m.id = f.id;
        m.claim = static_cast<int>(k);
        m.c = &c;
        std::tie(m.begin, m.end) = value_words(doc_->text(), r.begin, r.end, c.written);
        by_claim_[{f.id, static_cast<int>(k)}] = marks_.size();
        marks_.push_back(std::move(m));
      }
    }
  }

  void note_use(const figure_use& u, int finding, finding_kind kind, severity level) {
    auto apply = [&](std::size_t at) {
      mark& m = marks_[at];
      if (std::find(m.findings.begin(), m.findings.end(), finding) == m.findings.end())
        m.findings.push_back(finding);
      status s = status_of(kind);
      if (s == status::failing && level == severity::error) m.warning_only = false;
      if (static_cast<int>(s) > static_cast<int>(m.worst)) m.worst = s;
    };
    for (std::size_t at : marks_of(u)) apply(at);
  }

  std::vector<std::size_t> marks_of(const figure_use& u) const {
    std::vector<std::size_t> out;
    if (u.claim >= 0) {
      auto it = by_claim_.find({u.id, u.claim});
      if (it != by_claim_.end()) out.push_back(it->second);
      return out;
    }
    for (auto it = by_claim_.lower_bound({u.id, 0});
         it != by_claim_.end() && it->first.first == u.id; ++it)
      out.push_back(it->second);
    return out;
  }

  void judge_marks() {
    for (std::size_t i = 0; i < result_.findings.size(); ++i) {
      const finding& f = result_.findings[i];
      int at = static_cast<int>(i);
      for (const auto& u : f.figures) note_use(u, at, f.kind, f.level);
      if (f.cause) {
        for (const auto& s : f.cause->suspects) {
          for (const auto& u : s) note_use(u, at, f.kind, f.level);
        }
      }
    }
    std::sort(marks_.begin(), marks_.end(),
              [](const mark& a, const mark& b) { return a.begin < b.begin; });
    // Claims whose words overlap (two figures quoting one number) share the first one's mark.
    std::vector<mark> merged;
    std::vector<std::size_t> into(marks_.size());
    for (std::size_t i = 0; i < marks_.size(); ++i) {
      mark& m = marks_[i];
      if (!merged.empty() && m.begin < merged.back().end) {
        mark& host = merged.back();
        host.aliases.push_back(m.anchor);
        for (int f : m.findings) {
          if (std::find(host.findings.begin(), host.findings.end(), f) == host.findings.end())
            host.findings.push_back(f);
        }
        if (static_cast<int>(m.worst) > static_cast<int>(host.worst)) host.worst = m.worst;
        host.warning_only = host.warning_only && m.warning_only;
        into[i] = merged.size() - 1;
        continue;
      }
      into[i] = merged.size();
      merged.push_back(m);
    }
    all_ = std::move(marks_);
    marks_ = std::move(merged);
    by_claim_.clear();
    for (std::size_t i = 0; i < all_.size(); ++i) {
      by_claim_[{all_[i].id, all_[i].claim}] = into[i];
      anchor_of_[{all_[i].id, all_[i].claim}] = all_[i].anchor;
    }
  }

  // ---- the page ----
  std::string title() const {
    if (meta_.figures && !meta_.figures->document.title.empty())
      return meta_.figures->document.title;
    return meta_.figures_file.empty() ? "crossfoot report" : meta_.figures_file;
  }

  void head() {
    out_ << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         << "style-src 'unsafe-inline'; script-src 'unsafe-inline'"
         << (options_.watch_script.empty() ? "" : " 'self'") << "; img-src data:\">\n"
         << "<title>" << e(title()) << " \u2014 crossfoot</title>\n<style>\n"
         << html_style << "</style>\n</head>\n";
  }

  void header() {
    const auto& s = result_.summary;
    out_ << "<header class=\"top\">\n<p class=\"tool\">crossfoot report</p>\n<h1>" << e(title())
         << "</h1>\n<p class=\"files\">";
    if (doc_) out_ << "text: <code>" << e(doc_->name()) << "</code> \u00B7 ";
    out_ << "figures: <code>" << e(meta_.figures_file) << "</code>";
    for (const auto& r : meta_.rules_files) out_ << " \u00B7 rules: <code>" << e(r) << "</code>";
    out_ << "</p>\n<p class=\"verdict " << (troubled() ? "bad" : "good") << "\">" << e(verdict())
         << "</p>\n";
    out_ << "<ul class=\"counts\" aria-label=\"summary\">\n";
    auto count = [&](status st, long long n, const std::string& words) {
      out_ << fmt::format(
          "<li class=\"st-{}\"><span class=\"icon\" aria-hidden=\"true\">{}</span> <b>{}</b> "
          "{}</li>\n",
          info(st).css, info(st).icon, n, e(words));
    };
    count(status::consistent, s.pass, "instances hold");
    count(status::failing, s.fail + s.fail_warning + s.fail_info + s.error,
          s.fail_warning + s.fail_info > 0
              ? fmt::format("fail ({} below error severity)", s.fail_warning + s.fail_info)
              : "fail");
    count(status::conflict, s.conflict, "conflicts");
    count(status::undecided, s.unknown, "undecided");
    out_ << "</ul>\n";
    if (!marks_.empty()) legend();
    out_ << "</header>\n";
  }

  // Problems met while loading the inputs (quotes not found; for invalid input, why).
  void problems() {
    if (!meta_.diags || meta_.diags->items().empty()) return;
    bool errors = meta_.diags->has_errors();
    out_ << "<section class=\"problems" << (errors ? " bad" : "")
         << "\" aria-labelledby=\"problems-h\"><h2 id=\"problems-h\">"
         << (errors ? "The inputs cannot be checked" : "Problems met while loading")
         << "</h2>\n<pre>" << xml_text(render_all(*meta_.diags)) << "</pre></section>\n";
  }

  bool troubled() const {
    const auto& s = result_.summary;
    return s.fail + s.conflict + s.error > 0;
  }

  std::string verdict() const {
    std::string line = summary_line(result_.summary);
    return line.substr(0, line.size() - 1);
  }

  void legend() {
    std::map<status, int> n;
    for (const auto& m : marks_) ++n[m.worst];
    out_ << "<p class=\"legend\" aria-label=\"figures in the text by status\">Figures in the "
            "text:";
    for (status st : {status::failing, status::conflict, status::undecided, status::consistent,
                      status::unchecked}) {
      out_ << fmt::format(
          " <span class=\"key fig st-{}\"><span class=\"icon\" aria-hidden=\"true\">{}</span> {} "
          "{}</span>",
          info(st).css, info(st).icon, n[st], e(info(st).words));
    }
    out_ << "</p>\n";
  }

  void document() {
    if (!doc_) {
      out_ << "<p class=\"nodoc\">This check has no document text to show";
      out_ << (result_.data ? ": it read a dataset; its rules and failing rows are below." : ".");
      out_ << "</p>\n";
      return;
    }
    out_ << "<div class=\"text\" id=\"text\">";
    const std::string& text = doc_->text();
    std::size_t at = 0;
    for (std::size_t i = 0; i < marks_.size(); ++i) {
      mark& m = marks_[i];
      if (m.begin < at) continue;  // cannot happen once merged
      out_ << xml_text(std::string_view(text).substr(at, m.begin - at));
      write_mark(m, text);
      at = m.end;
    }
    out_ << xml_text(std::string_view(text).substr(at)) << "</div>\n";
  }

  void write_mark(const mark& m, const std::string& text) {
    const status_info& st = info(m.worst);
    bool soft = m.worst == status::failing && m.warning_only;
    std::string words = soft ? "failing a warning" : st.words;
    std::string fids, claims = m.anchor, aliases, ids = m.id;
    for (int f : m.findings) fids += fmt::format("{}f{}", fids.empty() ? "" : " ", f);
    for (const auto& a : m.aliases) {
      claims += " " + a;
      aliases += fmt::format("<span class=\"alias\" id=\"{}\"></span>", e(a));
    }
    for (const auto& a : m.aliases) {
      for (const auto& c : all_) {
        if (c.anchor == a) ids += ", " + c.id;
      }
    }
    out_ << fmt::format(
        "<a class=\"fig st-{}{}\" id=\"{}\" href=\"#{}\" role=\"button\" data-findings=\"{}\" "
        "data-claims=\"{}\" aria-describedby=\"{}-s\">{}{}<span class=\"icon\" "
        "aria-hidden=\"true\">{}</span><span class=\"sr\" id=\"{}-s\"> ({}: {})</span></a>",
        st.css, soft ? " soft" : "", e(m.anchor), e(m.anchor), fids, e(claims), e(m.anchor),
        aliases, xml_text(std::string_view(text).substr(m.begin, m.end - m.begin)), st.icon,
        e(m.anchor), e(ids), e(words));
  }

  void details_pane() {
    out_ << "<section id=\"details\" class=\"details\" aria-live=\"polite\" tabindex=\"-1\" "
            "aria-label=\"selected figure\">\n"
            "<p class=\"hint\">Select a marked figure in the text (click it, or Tab to it and "
            "press Enter) to see the rules that use it, their arithmetic, and the likely error."
            "</p>\n</section>\n";
  }

  // A link to a claim in the text, or the claim as text when it has no mark.
  std::string claim_link(const figure_use& u) const {
    std::string label = u.stated ? fmt::format("{} = {}", u.id, u.written) : u.id;
    auto at = marks_of(u);
    if (at.empty()) return "<span class=\"claim\">" + e(label) + "</span>";
    const mark& m = marks_[at.front()];
    return fmt::format("<a class=\"jump st-{}\" href=\"#{}\">{}</a>", info(m.worst).css, m.anchor,
                       e(label));
  }

  std::string figures_list(const std::vector<figure_use>& uses) const {
    if (uses.empty()) return "";
    std::string out = "<ul class=\"uses\">";
    for (const auto& u : uses) {
      out += "<li>" + claim_link(u);
      if (!u.stated && u.implied) {
        out += " <span class=\"muted\">not stated; implied " +
               e(format_interval(u.value, u.display)) + "</span>";
      } else if (!u.stated) {
        out += " <span class=\"muted\">not stated</span>";
      } else {
        std::string range = format_interval(u.value, u.display);
        if (range != u.written) out += " <span class=\"muted\">" + e(range) + "</span>";
        std::string at = place_text(figure_place(u));
        if (!at.empty()) out += " <span class=\"place\">" + e(at) + "</span>";
      }
      out += "</li>";
    }
    return out + "</ul>";
  }

  static std::string sides_table(const std::optional<side>& lhs, const std::optional<side>& rhs,
                                 double gap) {
    if (!lhs && !rhs) return "";
    std::string out = "<table class=\"sides\"><tbody>";
    auto row = [&](const char* name, const side& s) {
      out += fmt::format(
          "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td><code>{}</code></td></tr>",
          name, e(format_interval(s.value, s.display)), e(s.text));
    };
    if (lhs) row("left side", *lhs);
    if (rhs) row("right side", *rhs);
    if (lhs && gap > 0)
      out += fmt::format(
          "<tr class=\"gap\"><th scope=\"row\">gap</th><td class=\"num\">{}</td><td>beyond "
          "rounding</td></tr>",
          e(format_value(gap, gap_unit(lhs->display))));
    return out + "</tbody></table>";
  }

  static std::string terms_table(const std::vector<side>& terms) {
    if (terms.empty()) return "";
    std::string out = "<table class=\"sides\"><tbody>";
    for (const auto& t : terms)
      out += fmt::format("<tr><th scope=\"row\"><code>{}</code></th><td class=\"num\">{}</td></tr>",
                         e(t.text), e(format_interval(t.value, t.display)));
    return out + "</tbody></table>";
  }

  std::string cause_html(const diagnosis& d) const {
    std::string out = "<div class=\"cause\">";
    if (!d.fits.empty()) {
      const hypothesis& h = d.fits.front();
      bool tie = d.fits.size() > 1 && d.fits[0].what == d.fits[1].what;
      out += tie ? "<p><b>Possible repairs</b> (the rules cannot tell which):</p><ul>"
                 : "<p><b>Most likely repair:</b></p><ul>";
      for (std::size_t i = 0; i < d.fits.size() && (tie || i == 0); ++i)
        out += "<li>" + repair_html(d.fits[i]) + "</li>";
      out += "</ul>";
      if (!tie) {
        if (!h.arithmetic.empty()) {
          out += "<ul class=\"arith\">";
          for (const auto& a : h.arithmetic) out += "<li><code>" + e(a) + "</code></li>";
          out += "</ul>";
        }
        if (d.fits.size() > 1) {
          out += "<p>Also possible:</p><ul>";
          for (std::size_t i = 1; i < d.fits.size(); ++i)
            out += "<li>" + repair_html(d.fits[i]) + "</li>";
          out += "</ul>";
        }
      }
    } else {
      out += "<p><b>No simple slip explains it.</b></p>";
    }
    if (!d.suspects.empty()) {
      out += "<p>Suspects (removing any one of these makes every rule hold):</p><ul>";
      for (const auto& s : d.suspects) {
        std::string links;
        for (const auto& u : s) links += (links.empty() ? "" : ", ") + claim_link(u);
        out += "<li>" + links + "</li>";
      }
      out += "</ul>";
    }
    return out + "</div>";
  }

  std::string repair_html(const hypothesis& h) const {
    std::string claims;
    for (const auto& u : h.claims) claims += (claims.empty() ? "" : ", ") + claim_link(u);
    std::string what = h.what == hypothesis::kind::relabel
                           ? fmt::format("\u201C{}\u201D is {}, not {}", h.written, h.becomes, h.id)
                           : fmt::format("{} should read {} ({}: {})", h.id, h.becomes,
                                         to_string(h.what), h.detail);
    std::string fits = h.fits.empty() ? "" : "; rules that then hold: " + grouped_labels(h.fits);
    return e(what) + fits_html(fits) + (claims.empty() ? "" : " \u2014 " + claims);
  }

  static std::string fits_html(const std::string& fits) {
    return fits.empty() ? "" : "<span class=\"muted\">" + e(fits) + "</span>";
  }

  std::string alternatives_html(const finding& f) const {
    if (f.alternatives.empty()) return "";
    std::map<int, std::vector<const alternative_outcome*>> by_claim;
    for (const auto& a : f.alternatives) by_claim[a.alternative].push_back(&a);
    std::string out = "<ul class=\"alts\">";
    for (const auto& [alt, outcomes] : by_claim) {
      int pass = 0;
      std::string fails;
      for (const auto* a : outcomes) {
        pass += a->kind == finding_kind::pass;
        if (a->kind != finding_kind::fail) continue;
        fails += "<li>fails <b>" + e(a->rule) + "</b> " + e(binding_text(a->bound)) +
                 sides_table(a->lhs, a->rhs, a->gap) + "</li>";
      }
      out += fmt::format("<li>With claim {}: {} of {} rule instances hold", alt + 1, pass,
                         outcomes.size());
      out += fails.empty() ? "" : "<ul>" + fails + "</ul>";
      out += "</li>";
    }
    return out + "</ul>";
  }

  std::string cannot_close_html(const finding& f) const {
    if (!f.cannot_close) return "";
    const auto& c = *f.cannot_close;
    std::string out = "<p>The rules meet at <b>" + e(c.id) +
                      "</b> and cannot agree on it:</p>"
                      "<table class=\"sides\"><tbody>";
    for (const auto& [what, value] : c.by)
      out += fmt::format("<tr><td class=\"num\">{}</td><td>by {}</td></tr>",
                         e(format_interval(value, c.display)), e(what));
    return out + "</tbody></table>";
  }

  // The body of a finding: what the details pane shows for a figure, and the findings list.
  std::string finding_body(const finding& f) const {
    std::string out;
    // The likely error first: it is what an editor acts on.
    std::string cause = f.cause ? cause_html(*f.cause) : "";
    if (f.kind != finding_kind::conflict) {
      out += "<p class=\"check\">check <code>" + e(f.check) + "</code></p>";
      out += f.terms.empty() ? sides_table(f.lhs, f.rhs, f.gap) : terms_table(f.terms);
      if (!f.message.empty() && f.kind != finding_kind::error && f.kind != finding_kind::unknown)
        out += "<p>" + e(f.message) + "</p>";
      out += cause + "<p class=\"label\">Figures:</p>" + figures_list(f.figures);
    } else {
      out += cause + "<p class=\"label\">Claims:</p>" + figures_list(f.figures);
      if (!f.instances.empty()) {
        out += "<p class=\"label\">Rules:</p><ul>";
        for (const auto& i : f.instances)
          out += "<li><b>" + e(i.rule) + "</b> " + e(binding_text(i.bound)) + " <code>" +
                 e(i.check) + "</code></li>";
        out += "</ul>";
      }
      out += alternatives_html(f) + cannot_close_html(f);
    }
    return out;
  }

  std::string finding_title(const finding& f) const {
    severity level = shown_level(f);
    std::string kind = f.kind == finding_kind::pass      ? "holds"
                       : f.kind == finding_kind::unknown ? "undecided"
                       : f.kind == finding_kind::conflict
                           ? ""  // the rule column already says "conflict"
                           : (f.kind == finding_kind::error ? "cannot be evaluated" : "fails");
    return fmt::format(
        "<span class=\"icon\" aria-hidden=\"true\">{}</span> <span class=\"sev sev-{}\">{}</span> "
        "<b>{}</b>{}: {}",
        info(status_of(f.kind)).icon, to_string(level), to_string(level), e(finding_rule(f)),
        kind.empty() ? "" : " " + e(kind), e(headline(f)));
  }

  void findings_section() {
    out_ << "<section id=\"findings\" class=\"findings\" aria-labelledby=\"findings-h\">\n"
         << "<h2 id=\"findings-h\">Findings</h2>\n";
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < result_.findings.size(); ++i) {
      if (result_.findings[i].kind != finding_kind::pass) shown.push_back(i);
    }
    if (shown.empty()) out_ << "<p class=\"good\">Every rule instance holds.</p>\n";
    out_ << "<ol class=\"flist\">\n";
    for (std::size_t i : shown) {
      const finding& f = result_.findings[i];
      std::string first;
      for (const auto& u : f.figures) {
        auto at = marks_of(u);
        if (!at.empty()) {
          first = marks_[at.front()].anchor;
          break;
        }
      }
      first = e(first);
      std::string at = place_text(primary_place(f));
      out_ << fmt::format("<li class=\"st-{}\" id=\"f{}\"><details><summary>{}</summary>\n",
                          info(status_of(f.kind)).css, i, finding_title(f));
      if (!first.empty())
        out_ << fmt::format("<p><a class=\"jump\" href=\"#{}\">Show in the text</a>{}</p>", first,
                            at.empty() ? "" : " <span class=\"place\">" + e(at) + "</span>");
      else if (!at.empty())
        out_ << "<p class=\"place\">" << e(at) << "</p>";
      out_ << finding_body(f) << "</details></li>\n";
    }
    out_ << "</ol>\n";
    if (result_.summary.omitted > 0)
      out_ << fmt::format("<p class=\"muted\">{} more findings left out by --max-findings.</p>\n",
                          result_.summary.omitted);
    out_ << "</section>\n";
  }

  void implied_section_html() {
    std::string rows;
    for (const auto& f : result_.implied) {
      if (!f.value.bounded() || f.value.empty()) continue;
      rows += fmt::format(
          "<tr><th scope=\"row\"><code>{}</code></th><td class=\"num\">{}</td><td>{}</td></tr>\n",
          e(f.id), e(format_interval(f.value, f.display)), e(grouped_labels(f.from)));
    }
    if (rows.empty()) return;
    out_ << "<section class=\"implied\" aria-labelledby=\"implied-h\"><h2 id=\"implied-h\">Implied "
            "figures</h2>\n<p class=\"muted\">Stated nowhere; what the stated figures and the "
            "rules imply.</p>\n<table><thead><tr><th>figure</th><th>implied</th><th>from</th></tr>"
            "</thead><tbody>\n"
         << rows << "</tbody></table></section>\n";
  }

  void rules_section() {
    if (result_.rules.empty()) return;
    out_ << "<section class=\"rules\" aria-labelledby=\"rules-h\"><details"
         << (result_.data ? " open" : "")
         << "><summary><h2 id=\"rules-h\">Rules</h2></summary>\n<table><thead><tr><th>rule</th>"
            "<th>severity</th><th class=\"num\">checked</th><th class=\"num\">pass</th><th "
            "class=\"num\">fail</th><th class=\"num\">conflict</th><th "
            "class=\"num\">undecided</th><th class=\"num\">error</th><th "
            "class=\"num\">omitted</th></tr></thead><tbody>\n";
    for (const auto& r : result_.rules) {
      bool bad = r.fail + r.conflict + r.error > 0;
      out_ << fmt::format(
          "<tr{}><th scope=\"row\" title=\"{}\"><code>{}</code></th><td>{}</td><td "
          "class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
          "class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
          "class=\"num\">{}</td></tr>\n",
          bad ? " class=\"bad\"" : "", e(r.description.empty() ? r.check : r.description),
          e(r.rule), to_string(r.level), r.instances, r.pass, r.fail, r.conflict, r.unknown,
          r.error, r.omitted);
    }
    out_ << "</tbody></table></details></section>\n";
  }

  // A dataset: the data summary and each rule's failing rows as a table.
  void rows_section() {
    const auto& d = *result_.data;
    out_ << "<section class=\"rows\" aria-labelledby=\"rows-h\"><h2 id=\"rows-h\">Data</h2>\n"
         << fmt::format("<p><code>{}</code>: {} rows read, {} checked", e(d.file), d.rows_read,
                        d.rows_checked);
    for (const auto& [reason, rows] : d.skipped)
      out_ << fmt::format("; {} skipped ({})", rows, e(reason));
    out_ << ".</p>\n";
    std::map<std::string, std::vector<const finding*>> by_rule;
    for (const auto& f : result_.findings) {
      if (f.kind != finding_kind::pass && !f.rule.empty()) by_rule[f.rule].push_back(&f);
    }
    for (const auto& r : result_.rules) {
      const auto& rows = by_rule[r.rule];
      if (rows.empty()) continue;
      std::vector<std::string> columns;
      for (const finding* f : rows) {
        for (const auto& u : f->figures) {
          if (std::find(columns.begin(), columns.end(), u.id) == columns.end())
            columns.push_back(u.id);
        }
      }
      out_ << "<h3><code>" << e(r.rule) << "</code> " << e(r.description) << "</h3>\n"
           << "<table class=\"failing\"><thead><tr><th>place</th><th>binding</th>";
      for (const auto& c : columns) out_ << "<th><code>" << e(c) << "</code></th>";
      out_ << "<th>left side</th><th>right side</th><th>gap</th></tr></thead><tbody>\n";
      for (const finding* f : rows) {
        out_ << "<tr><td class=\"place\">" << e(place_text(primary_place(*f))) << "</td><td>"
             << e(binding_text(f->bound)) << "</td>";
        for (const auto& c : columns) {
          std::string v;
          for (const auto& u : f->figures) {
            if (u.id == c) v = u.stated ? u.written : "(missing)";
          }
          out_ << "<td class=\"num\">" << e(v) << "</td>";
        }
        auto side_text = [](const std::optional<side>& s) {
          return s ? format_interval(s->value, s->display) : std::string();
        };
        out_ << "<td class=\"num\">" << e(side_text(f->lhs)) << "</td><td class=\"num\">"
             << e(side_text(f->rhs)) << "</td><td class=\"num\">"
             << e(f->gap > 0 && f->lhs ? format_value(f->gap, gap_unit(f->lhs->display)) : "")
             << "</td></tr>\n";
      }
      out_ << "</tbody></table>\n";
      if (r.omitted > 0)
        out_ << fmt::format(
            "<p class=\"muted\">{} more failing rows left out by --max-findings.</p>\n", r.omitted);
    }
    out_ << "</section>\n";
  }

  // Per figure in the text: its header in the details pane; the findings are cloned from the
  // list above by the script.
  void templates() {
    out_ << "<div hidden id=\"figs\">\n";
    for (const auto& m : all_) {
      const status_info& st = info(m.worst);
      bool soft = m.worst == status::failing && m.warning_only;
      std::string place = place_text(source_range{doc_, m.begin, m.end});
      out_ << fmt::format(
          "<div data-for=\"{}\"><h2 class=\"st-{}\"><span class=\"icon\" "
          "aria-hidden=\"true\">{}</span> <code>{}</code></h2><p class=\"status\">{} \u00B7 "
          "written <b>{}</b> \u00B7 {}</p><p class=\"place\">{}</p>",
          e(m.anchor), st.css, st.icon, e(m.id), e(soft ? "failing a warning" : st.words),
          e(m.c->written), e(format_interval(m.c->value, m.c->q.written_unit)), e(place));
      if (m.findings.empty()) out_ << "<p>No rule uses this figure.</p>";
      // What holds is shown here only (the findings list leaves passes out).
      for (int i : m.findings) {
        const finding& f = result_.findings[static_cast<std::size_t>(i)];
        if (f.kind != finding_kind::pass) continue;
        out_ << "<div class=\"held\"><p class=\"ftitle\">" << finding_title(f) << "</p>"
             << finding_body(f) << "</div>";
      }
      out_ << "</div>\n";
    }
    out_ << "</div>\n";
  }

  void watch() {
    out_ << "<script>\n"
         << fmt::format("var crossfootWatch = {{script: \"{}\", stamp: \"{}\"}};\n",
                        safe_token(options_.watch_script), safe_token(options_.stamp))
         << html_watch_poller << "</script>\n";
  }

  std::ostream& out_;
  const check_result& result_;
  const report_meta& meta_;
  const html_options& options_;
  source_ptr doc_;
  std::vector<mark> marks_;  // as shown: overlapping claims merged
  std::vector<mark> all_;    // one per claim in the text
  std::map<std::pair<std::string, int>, std::size_t> by_claim_;
  std::map<std::pair<std::string, int>, std::string> anchor_of_;
};

}  // namespace

void html_report(std::ostream& out, const check_result& result, const report_meta& meta,
                 const html_options& options) {
  page(out, result, meta, options).write();
}

std::string html_report(const check_result& result, const report_meta& meta,
                        const html_options& options) {
  std::ostringstream out;
  html_report(out, result, meta, options);
  return out.str();
}

std::string html_watch_script(const std::string& stamp) {
  return fmt::format("crossfootStamp(\"{}\");\n", safe_token(stamp));
}

}  // namespace crossfoot
