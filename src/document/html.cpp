// An HTML draft (a CMS export, a page saved from a browser) read with libxml2's HTML parser,
// which takes real-world markup as browsers do. What a reader of the page sees is read: the
// body's text with white space collapsed, headings, list items and paragraphs as paragraphs,
// tables as tables. Scripts never run and nothing is fetched (HTML_PARSE_NONET); what does not
// show (scripts, styles, templates, hidden elements, deleted text) is left out.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/input.hpp"
#include "core/text.hpp"
#include "document/detail/codes.hpp"
#include "document/detail/layout.hpp"
#include "document/detail/readers.hpp"

namespace crossfoot::document_detail {
namespace {

enum class role {
  inline_text,  // read through: span, a, b, em, ...
  hidden,       // prints nothing
  block,        // ends the paragraph before and after it
  paragraph,    // a paragraph of its own
  heading,      // h1-h6: a paragraph with its level
  line_break,
  preformatted,
  table,
  row,
  cell,
  caption,
  superscript,
};

// Elements by name (the parser lower-cases them); any other element is read through.
const std::unordered_map<std::string_view, role>& roles() {
  static const std::unordered_map<std::string_view, role> map = {
      {"head", role::hidden},       {"script", role::hidden},
      {"style", role::hidden},      {"template", role::hidden},
      {"noscript", role::hidden},   {"svg", role::hidden},
      {"math", role::hidden},       {"iframe", role::hidden},
      {"object", role::hidden},     {"embed", role::hidden},
      {"canvas", role::hidden},     {"audio", role::hidden},
      {"video", role::hidden},      {"select", role::hidden},
      {"textarea", role::hidden},   {"button", role::hidden},
      {"del", role::hidden},        {"s", role::hidden},
      {"strike", role::hidden},     {"datalist", role::hidden},
      {"title", role::hidden},      {"p", role::paragraph},
      {"li", role::paragraph},      {"dt", role::paragraph},
      {"dd", role::paragraph},      {"figcaption", role::paragraph},
      {"address", role::paragraph}, {"summary", role::paragraph},
      {"legend", role::paragraph},  {"div", role::block},
      {"section", role::block},     {"article", role::block},
      {"main", role::block},        {"header", role::block},
      {"footer", role::block},      {"aside", role::block},
      {"nav", role::block},         {"blockquote", role::block},
      {"ul", role::block},          {"ol", role::block},
      {"dl", role::block},          {"figure", role::block},
      {"form", role::block},        {"fieldset", role::block},
      {"details", role::block},     {"center", role::block},
      {"hr", role::block},          {"body", role::block},
      {"h1", role::heading},        {"h2", role::heading},
      {"h3", role::heading},        {"h4", role::heading},
      {"h5", role::heading},        {"h6", role::heading},
      {"br", role::line_break},     {"pre", role::preformatted},
      {"table", role::table},       {"tr", role::row},
      {"td", role::cell},           {"th", role::cell},
      {"caption", role::caption},   {"sup", role::superscript},
  };
  return map;
}

std::string_view name_of(const xmlNode* n) {
  return n->name ? reinterpret_cast<const char*>(n->name) : "";
}

std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string out = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return out;
}

bool has_attribute(const xmlNode* n, const char* name) {
  return xmlHasProp(n, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

// Hidden by the page itself: the hidden attribute or an inline display:none.
bool hidden_by_page(const xmlNode* n) {
  if (has_attribute(n, "hidden")) return true;
  std::string style = ascii_lower(attribute(n, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), is_blank), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

role role_of(const xmlNode* n) {
  auto it = roles().find(name_of(n));
  const role r = it == roles().end() ? role::inline_text : it->second;
  return r != role::hidden && hidden_by_page(n) ? role::hidden : r;
}

// A footnote mark, "<sup><a href="#fn1">1</a></sup>": not part of the figure beside it.
bool footnote_mark(const xmlNode* sup) {
  for (const xmlNode* c = sup->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && name_of(c) == "a" && attribute(c, "href").rfind('#', 0) == 0)
      return true;
  }
  return false;
}

// Visits the nodes below `root` in document order without recursion (see docx.cpp).
template <typename enter_fn, typename leave_fn>
void walk(xmlNode* root, enter_fn enter, leave_fn leave) {
  xmlNode* n = root->children;
  while (n) {
    const bool into = enter(n);
    if (into && n->children) {
      n = n->children;
      continue;
    }
    if (into) leave(n);
    while (!n->next) {
      n = n->parent;
      if (!n || n == root) return;
      leave(n);
    }
    n = n->next;
  }
}

class page_reader {
 public:
  explicit page_reader(layout_builder& out) : out_(out) {}

  void read(xmlNode* root) {
    walk(
        root, [this](xmlNode* n) { return enter(n); }, [this](xmlNode* n) { leave(n); });
  }

 private:
  bool enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) out_.text(reinterpret_cast<const char*>(n->content));
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    const role r = role_of(n);
    switch (r) {
      case role::hidden:
        return false;
      case role::inline_text:
        return true;
      case role::superscript:
        return !footnote_mark(n);
      case role::line_break:
        out_.line_break();
        return false;
      case role::block:
        out_.end_paragraph();
        return true;
      case role::paragraph:
      case role::preformatted:
        out_.end_paragraph();
        out_.begin_paragraph(0);
        if (r == role::preformatted) out_.collapse_white_space(false);
        return true;
      case role::heading:
        out_.end_paragraph();
        out_.begin_paragraph(name_of(n)[1] - '0');  // "h2": level 2
        return true;
      case role::caption:
        // A table's caption is the paragraph before it (it was read when the table began).
        return false;
      case role::table:
        read_caption(n);
        out_.begin_table();
        return true;
      case role::row:
        out_.begin_row();
        return true;
      case role::cell: {
        const int span = std::clamp(std::atoi(attribute(n, "colspan").c_str()), 1, 64);
        out_.begin_cell(static_cast<std::size_t>(span));
        return true;
      }
    }
    return true;
  }

  void leave(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return;
    switch (role_of(n)) {
      case role::preformatted:
        out_.end_paragraph();
        out_.collapse_white_space(true);
        break;
      case role::block:
      case role::paragraph:
      case role::heading:
        out_.end_paragraph();
        break;
      case role::table:
        out_.end_table();
        break;
      case role::row:
        out_.end_row();
        break;
      case role::cell:
        out_.end_cell();
        break;
      default:
        break;
    }
  }

  // The caption of a table of the body, as a paragraph before its rows.
  void read_caption(xmlNode* table) {
    for (xmlNode* c = table->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || role_of(c) != role::caption) continue;
      out_.end_paragraph();
      out_.begin_paragraph(0);
      walk(
          c,
          [this](xmlNode* n) {
            if (n->type == XML_TEXT_NODE && n->content)
              out_.text(reinterpret_cast<const char*>(n->content));
            return n->type == XML_ELEMENT_NODE && role_of(n) != role::hidden;
          },
          [](xmlNode*) {});
      out_.end_paragraph();
      return;
    }
  }

  layout_builder& out_;
};

struct document_freer {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

// libxml2 reads a page without a declared encoding as ISO-8859-1; drafts are UTF-8 unless
// they say otherwise.
const char* default_encoding(std::string_view bytes) {
  const std::string head = ascii_lower(bytes.substr(0, 2048));
  return head.find("charset") != std::string::npos && bytes.substr(0, 3) != "\xEF\xBB\xBF"
             ? nullptr
             : "UTF-8";
}

// Whether libxml2 read the page as UTF-8: it declared nothing (default_encoding) or UTF-8.
// libxml2 passes bytes that are not UTF-8 through, or rereads the page as Latin-1 after one,
// turning every other character into others without a word.
bool read_as_utf8(std::string_view bytes, const xmlDoc& doc) {
  if (default_encoding(bytes)) return true;
  if (!doc.encoding) return false;
  const std::string e = ascii_lower(reinterpret_cast<const char*>(doc.encoding));
  return e == "utf-8" || e == "utf8";
}

}  // namespace

source_ptr read_html(const std::string& name, std::string_view bytes, diagnostics& diags,
                     input_kind kind) {
  layout_builder out(true);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return out.finish(name);
  xmlInitParser();
  // XML_PARSE_HUGE lifts the depth limit (256), past which libxml2 drops the rest of the page
  // without a word; the parse and the walk below are loops, and the file size is capped.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  std::unique_ptr<xmlDoc, document_freer> doc(
      htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name.c_str(),
                     default_encoding(bytes), options));
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) {
    diags.error(codes::bad_html, {}, name + ": the HTML page cannot be read: no document in it");
    return nullptr;
  }
  if (read_as_utf8(bytes, *doc) && find_encoding_problem(bytes)) {
    text_input(name, std::string(bytes), kind, diags);  // reports the byte's line and column
    return nullptr;
  }
  page_reader(out).read(root);
  return out.finish(name);
}

}  // namespace crossfoot::document_detail
