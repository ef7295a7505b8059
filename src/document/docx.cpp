// A .docx is a zip archive of XML parts (Office Open XML). The text is in the main document
// part: paragraphs (w:p) of runs (w:r) of text (w:t), and tables (w:tbl) of rows and cells.
// What prints is read; what does not is left out: deleted and moved-away text of tracked
// changes, field codes (only their results print), hidden runs, comments. Text boxes and
// footnotes live elsewhere and are counted, not read.
#include <fmt/format.h>

#include <algorithm>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

#include "core/text.hpp"
#include "document/detail/codes.hpp"
#include "document/detail/layout.hpp"
#include "document/detail/readers.hpp"
#include "document/detail/zip.hpp"

namespace crossfoot::document_detail {
namespace {

// The parts that say where the others are are small; a larger one is not a Word document's.
constexpr std::size_t max_relationships_bytes = std::size_t{4} << 20;

enum class tag {
  other,    // read through: its children may print
  skipped,  // prints nothing: properties, deleted text, field codes, marks
  paragraph,
  run,
  text,
  tab,
  line_break,
  hyphen,      // a non-breaking hyphen
  removed,     // w:del, w:moveFrom: tracked-away text
  field_char,  // the begin, separate and end marks of a complex field
  table,
  row,
  cell,
  object,     // drawings, pictures, embedded objects and their text boxes
  note_ref,   // a footnote or endnote reference mark
  alternate,  // mc:AlternateContent: the same object in several forms
};

// WordprocessingML's elements by local name. Anything not listed is read through.
const std::unordered_map<std::string_view, tag>& word_tags() {
  static const std::unordered_map<std::string_view, tag> tags = {
      {"p", tag::paragraph},
      {"r", tag::run},
      {"t", tag::text},
      {"tab", tag::tab},
      {"ptab", tag::tab},
      {"br", tag::line_break},
      {"cr", tag::line_break},
      {"noBreakHyphen", tag::hyphen},
      {"del", tag::removed},
      {"moveFrom", tag::removed},
      {"fldChar", tag::field_char},
      {"tbl", tag::table},
      {"tr", tag::row},
      {"tc", tag::cell},
      {"drawing", tag::object},
      {"pict", tag::object},
      {"object", tag::object},
      {"footnoteReference", tag::note_ref},
      {"endnoteReference", tag::note_ref},
      // Properties and marks: no printed text inside.
      {"pPr", tag::skipped},
      {"rPr", tag::skipped},
      {"tblPr", tag::skipped},
      {"tblGrid", tag::skipped},
      {"trPr", tag::skipped},
      {"tcPr", tag::skipped},
      {"sectPr", tag::skipped},
      {"sdtPr", tag::skipped},
      {"sdtEndPr", tag::skipped},
      {"tblPrEx", tag::skipped},
      {"delText", tag::skipped},
      {"instrText", tag::skipped},
      {"delInstrText", tag::skipped},
      {"softHyphen", tag::skipped},
      {"sym", tag::skipped},
      {"commentReference", tag::skipped},
      {"annotationRef", tag::skipped},
      {"footnoteRef", tag::skipped},
      {"endnoteRef", tag::skipped},
      {"separator", tag::skipped},
      {"continuationSeparator", tag::skipped},
      {"lastRenderedPageBreak", tag::skipped},
  };
  return tags;
}

constexpr std::string_view word_namespaces[] = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  // Strict Open XML
};
constexpr std::string_view compatibility_namespace =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

std::string_view local_name(std::string_view qualified) {
  const std::size_t colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

std::string_view prefix_of(std::string_view qualified) {
  const std::size_t colon = qualified.find(':');
  return colon == std::string_view::npos ? std::string_view{} : qualified.substr(0, colon);
}

// An attribute by local name, whatever its prefix ("w:val").
pugi::xml_attribute attribute(pugi::xml_node n, std::string_view name) {
  for (pugi::xml_attribute a : n.attributes()) {
    if (local_name(a.name()) == name) return a;
  }
  return {};
}

// Element names resolve through the prefixes the root element declares: Word writes "w:", but
// any prefix (or none) may be bound to WordprocessingML.
class names {
 public:
  explicit names(pugi::xml_node root) {
    for (pugi::xml_attribute a : root.attributes()) {
      const std::string_view name = a.name(), uri = a.value();
      if (name != "xmlns" && name.substr(0, 6) != "xmlns:") continue;
      const std::string prefix(name == "xmlns" ? "" : name.substr(6));
      if (std::find(std::begin(word_namespaces), std::end(word_namespaces), uri) !=
          std::end(word_namespaces))
        word_.push_back(prefix);
      if (uri == compatibility_namespace) compatibility_.push_back(prefix);
    }
    if (word_.empty()) word_.push_back("w");  // undeclared: Word's own prefix
  }

  tag of(pugi::xml_node n) const {
    if (n.type() != pugi::node_element) return tag::skipped;
    const std::string_view q = n.name();
    const std::string_view prefix = prefix_of(q), local = local_name(q);
    if (std::find(word_.begin(), word_.end(), prefix) != word_.end()) {
      auto it = word_tags().find(local);
      return it == word_tags().end() ? tag::other : it->second;
    }
    if (local == "AlternateContent" &&
        std::find(compatibility_.begin(), compatibility_.end(), prefix) != compatibility_.end())
      return tag::alternate;
    return tag::other;
  }

  // The first child element of `n` with the WordprocessingML local name `local`.
  pugi::xml_node child(pugi::xml_node n, std::string_view local) const {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_element &&
          std::find(word_.begin(), word_.end(), prefix_of(c.name())) != word_.end() &&
          local_name(c.name()) == local)
        return c;
    }
    return {};
  }

  // A child property that is on: present, and not w:val="false" (or "0", "off").
  bool flag(pugi::xml_node properties, std::string_view local) const {
    pugi::xml_node p = child(properties, local);
    if (!p) return false;
    const std::string_view v = attribute(p, "val").value();
    return v != "false" && v != "0" && v != "off";
  }

 private:
  std::vector<std::string> word_, compatibility_;
};

// Visits every node below `root` in document order without recursion: a document nests as
// deep as it likes. `enter` says whether to visit a node's children; `leave` is called for
// each node whose children were visited, after them.
template <typename enter_fn, typename leave_fn>
void walk(pugi::xml_node root, enter_fn enter, leave_fn leave) {
  pugi::xml_node n = root.first_child();
  while (n) {
    const bool into = enter(n);
    if (into && n.first_child()) {
      n = n.first_child();
      continue;
    }
    if (into) leave(n);
    while (!n.next_sibling()) {
      n = n.parent();
      if (n == root) return;
      leave(n);
    }
    n = n.next_sibling();
  }
}

// Heading levels of paragraph styles, from styles.xml: built-in style names ("heading 2",
// "Title") are the same in every language of Word, style ids are not; an outline level in the
// style says the same. Styles based on a heading are headings.
class heading_styles {
 public:
  heading_styles() = default;
  heading_styles(pugi::xml_node styles_root, const names& w) {
    std::unordered_map<std::string, std::string> based_on;
    for (pugi::xml_node s = styles_root.first_child(); s; s = s.next_sibling()) {
      if (local_name(s.name()) != "style" ||
          std::string_view(attribute(s, "type").value()) != "paragraph")
        continue;
      const std::string id = attribute(s, "styleId").value();
      const int level = own_level(s, w);
      if (level > 0) levels_[id] = level;
      if (pugi::xml_node b = w.child(s, "basedOn")) based_on[id] = attribute(b, "val").value();
    }
    // Follow basedOn a bounded number of steps: a cycle in a hostile file ends.
    for (const auto& [id, base] : based_on) {
      if (levels_.count(id)) continue;
      std::string at = base;
      for (int step = 0; step < 16 && !at.empty(); ++step) {
        if (auto it = levels_.find(at); it != levels_.end()) {
          inherited_[id] = it->second;
          break;
        }
        auto next = based_on.find(at);
        at = next == based_on.end() ? "" : next->second;
      }
    }
    for (const auto& [id, level] : inherited_) levels_[id] = level;
  }

  int level(const std::string& style_id) const {
    auto it = levels_.find(style_id);
    return it == levels_.end() ? 0 : it->second;
  }

  // A level from an outline level property (0-8 are headings 1-9, 9 is body text).
  static int outline_level(pugi::xml_node properties, const names& w) {
    pugi::xml_node o = w.child(properties, "outlineLvl");
    if (!o) return 0;
    const int v = attribute(o, "val").as_int(9);
    return v >= 0 && v < 9 ? v + 1 : 0;
  }

 private:
  static int own_level(pugi::xml_node style, const names& w) {
    const std::string name = ascii_lower(attribute(w.child(style, "name"), "val").value());
    if (name == "title") return 1;
    if (name.size() == 9 && name.rfind("heading ", 0) == 0 && name[8] >= '1' && name[8] <= '9')
      return name[8] - '0';
    return outline_level(w.child(style, "pPr"), w);
  }

  std::unordered_map<std::string, int> levels_, inherited_;
};

// What was not read, for the warning that says so.
struct not_read {
  std::size_t text_boxes = 0, notes = 0;
};

class body_reader {
 public:
  body_reader(const names& w, const heading_styles& styles, layout_builder& out)
      : w_(w), styles_(styles), out_(out) {}

  void read(pugi::xml_node body) {
    walk(
        body, [this](pugi::xml_node n) { return enter(n); },
        [this](pugi::xml_node n) { leave(n); });
  }

  const not_read& skipped() const { return skipped_; }

 private:
  bool enter(pugi::xml_node n) {
    switch (w_.of(n)) {
      case tag::paragraph:
        out_.begin_paragraph(heading_of(n));
        return true;
      case tag::run:
        return !w_.flag(w_.child(n, "rPr"), "vanish");  // hidden text does not print
      case tag::text:
        if (printing()) out_.text(n.child_value());
        return false;
      case tag::tab:
        if (printing()) out_.text("\t");
        return false;
      case tag::line_break:
        if (printing()) out_.line_break();
        return false;
      case tag::hyphen:
        if (printing()) out_.text("-");
        return false;
      case tag::field_char:
        field_mark(attribute(n, "fldCharType").value());
        return false;
      case tag::table:
        out_.begin_table();
        return true;
      case tag::row:
        if (w_.child(w_.child(n, "trPr"), "del")) return false;  // a deleted row
        out_.begin_row();
        return true;
      case tag::cell:
        return begin_cell(n);
      case tag::object:
      case tag::alternate:
        if (holds_text(n)) ++skipped_.text_boxes;
        return false;
      case tag::note_ref:
        ++skipped_.notes;
        return false;
      case tag::removed:
      case tag::skipped:
        return false;
      case tag::other:
        return true;
    }
    return true;
  }

  void leave(pugi::xml_node n) {
    switch (w_.of(n)) {
      case tag::paragraph: {
        // A deleted paragraph mark joins the paragraph to the next once the change is
        // accepted.
        pugi::xml_node mark = w_.child(w_.child(n, "pPr"), "rPr");
        if (!w_.child(mark, "del") && !w_.child(mark, "moveFrom")) out_.end_paragraph();
        break;
      }
      case tag::table:
        out_.end_table();
        break;
      case tag::row:
        out_.end_row();
        break;
      case tag::cell:
        out_.end_cell();
        break;
      default:
        break;
    }
  }

  int heading_of(pugi::xml_node paragraph) const {
    pugi::xml_node properties = w_.child(paragraph, "pPr");
    if (!properties) return 0;
    if (int level = heading_styles::outline_level(properties, w_)) return level;
    return styles_.level(attribute(w_.child(properties, "pStyle"), "val").value());
  }

  bool begin_cell(pugi::xml_node n) {
    pugi::xml_node properties = w_.child(n, "tcPr");
    if (w_.child(properties, "cellDel")) return false;
    const int span = attribute(w_.child(properties, "gridSpan"), "val").as_int(1);
    out_.begin_cell(static_cast<std::size_t>(std::max(span, 1)));
    return true;
  }

  // A complex field is begin, its code, separate, its result, end; only the result prints.
  // Fields nest (a PAGE inside an IF), so each level is tracked.
  void field_mark(std::string_view type) {
    if (type == "begin") {
      in_code_.push_back(true);
      ++code_levels_;
    } else if (type == "separate" && !in_code_.empty() && in_code_.back()) {
      in_code_.back() = false;
      --code_levels_;
    } else if (type == "end" && !in_code_.empty()) {
      if (in_code_.back()) --code_levels_;
      in_code_.pop_back();
    }
  }

  bool printing() const { return code_levels_ == 0; }

  bool holds_text(pugi::xml_node n) const {
    return static_cast<bool>(n.find_node(
        [this](pugi::xml_node c) { return w_.of(c) == tag::text && *c.child_value() != '\0'; }));
  }

  const names& w_;
  const heading_styles& styles_;
  layout_builder& out_;
  std::vector<bool> in_code_;
  std::size_t code_levels_ = 0;
  not_read skipped_;
};

class docx_file {
 public:
  docx_file(const std::string& name, std::string_view bytes, diagnostics& diags,
            const draft_limits& limits)
      : name_(name), zip_(bytes), diags_(diags), limits_(limits) {}

  source_ptr read() {
    if (!zip_.ok()) {
      fail(codes::bad_zip,
           "the .docx cannot be opened: the file is damaged or truncated (" + zip_.error() + ")");
      return nullptr;
    }
    const std::string main = main_part();
    if (main.empty()) return nullptr;
    std::string xml;
    pugi::xml_document document;
    if (!load(main, limits_.max_part_bytes, xml, document)) return nullptr;
    pugi::xml_node root = document.document_element();
    const names w(root);
    pugi::xml_node body = w.child(root, "body");
    if (local_name(root.name()) != "document" || !body) {
      fail(codes::not_word, main + " has no document body: this is not a Word document");
      return nullptr;
    }
    const heading_styles styles = read_styles(main, w);
    layout_builder out(false);
    body_reader reader(w, styles, out);
    reader.read(body);
    warn_not_read(reader.skipped());
    return out.finish(name_);
  }

 private:
  void fail(const char* code, const std::string& message) {
    diags_.error(code, {}, name_ + ": " + message);
  }

  bool load(const std::string& part, std::size_t cap, std::string& xml,
            pugi::xml_document& document) {
    std::string error;
    switch (zip_.read(part, cap, xml, error)) {
      case part_status::ok:
        break;
      case part_status::missing:
        fail(codes::not_word, "the archive has no " + part + ": this is not a Word document");
        return false;
      case part_status::too_large:
        fail(codes::zip_bomb,
             fmt::format("{} decompresses to more than {} MiB, the limit for one part of a .docx "
                         "(a damaged file or a zip bomb)",
                         part, cap >> 20));
        return false;
      case part_status::corrupt:
        fail(codes::bad_zip, "the .docx is damaged: " + part + " cannot be read (" + error + ")");
        return false;
      case part_status::encrypted:
        fail(codes::encrypted, "the .docx is encrypted: save a copy without a password");
        return false;
    }
    const pugi::xml_parse_result parsed = document.load_buffer_inplace(
        xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!parsed) {
      fail(codes::bad_xml, fmt::format("{} is not well-formed XML ({} at byte {})", part,
                                       parsed.description(), parsed.offset));
      return false;
    }
    return true;
  }

  // The relationship of `type` (its last path segment) in a relationships part, resolved
  // against `directory`; "" when there is none.
  std::string target(const std::string& rels, const std::string& directory, std::string_view type) {
    std::string xml, error;
    if (zip_.read(rels, max_relationships_bytes, xml, error) != part_status::ok) return "";
    pugi::xml_document doc;
    if (!doc.load_buffer_inplace(xml.data(), xml.size())) return "";
    for (pugi::xml_node r : doc.document_element().children()) {
      const std::string_view t = attribute(r, "Type").value();
      if (local_name(r.name()) != "Relationship" || t.size() < type.size() + 1 ||
          t.substr(t.size() - type.size()) != type || t[t.size() - type.size() - 1] != '/')
        continue;
      std::string path = attribute(r, "Target").value();
      if (std::string_view(attribute(r, "TargetMode").value()) == "External") return "";
      if (!path.empty() && path[0] == '/') return path.substr(1);
      while (path.rfind("./", 0) == 0) path.erase(0, 2);
      return directory + path;
    }
    return "";
  }

  // The main document part, or "" with an error that says what the archive is instead.
  std::string main_part() {
    std::string main = target("_rels/.rels", "", "officeDocument");
    if (main.empty()) main = "word/document.xml";
    if (zip_.has(main)) {
      if (main.rfind("xl/", 0) == 0 || main.rfind("ppt/", 0) == 0) {
        fail(codes::not_word, std::string("this is ") +
                                  (main[0] == 'x' ? "an Excel workbook" : "a PowerPoint file") +
                                  ", not a Word document");
        return "";
      }
      return main;
    }
    std::string mimetype, error;
    zip_.read("mimetype", 256, mimetype, error);
    if (mimetype.rfind("application/vnd.oasis.opendocument", 0) == 0) {
      fail(codes::not_word,
           "this is an OpenDocument file (" + mimetype + "): save the draft as .docx");
    } else {
      fail(codes::not_word, "a zip archive without " + main + ": this is not a Word document");
    }
    return "";
  }

  heading_styles read_styles(const std::string& main, const names& w) {
    const std::size_t slash = main.rfind('/');
    const std::string directory = slash == std::string::npos ? "" : main.substr(0, slash + 1);
    const std::string file = main.substr(directory.size());
    std::string part = target(directory + "_rels/" + file + ".rels", directory, "styles");
    if (part.empty()) part = directory + "styles.xml";
    std::string xml, error;
    pugi::xml_document doc;
    // Styles only name headings: a document without readable styles is read without them.
    if (zip_.read(part, limits_.max_part_bytes, xml, error) != part_status::ok ||
        !doc.load_buffer_inplace(xml.data(), xml.size()))
      return {};
    return heading_styles(doc.document_element(), w);
  }

  void warn_not_read(const not_read& s) {
    std::vector<std::string> parts;
    if (s.text_boxes > 0)
      parts.push_back(fmt::format("{} text box{} or drawing{}", s.text_boxes,
                                  s.text_boxes == 1 ? "" : "es", s.text_boxes == 1 ? "" : "s"));
    if (s.notes > 0)
      parts.push_back(fmt::format("{} footnote{} or endnote{}", s.notes, s.notes == 1 ? "" : "s",
                                  s.notes == 1 ? "" : "s"));
    if (parts.empty()) return;
    std::string what = parts[0] + (parts.size() > 1 ? " and " + parts[1] : "");
    diags_.warning(codes::not_read, {},
                   name_ + ": the text of " + what + " is not read; figures there are not checked");
  }

  const std::string& name_;
  zip_archive zip_;
  diagnostics& diags_;
  const draft_limits& limits_;
};

}  // namespace

source_ptr read_docx(const std::string& name, std::string_view bytes, diagnostics& diags,
                     const draft_limits& limits) {
  return docx_file(name, bytes, diags, limits).read();
}

}  // namespace crossfoot::document_detail
