// Every claim with all its fields, for editors' tools. Written field by field rather than
// through a JSON tree: a claim-dense 10 MB draft has half a million claims, and a tree of maps
// for them cost more than the extraction itself. `crossfoot extract --format json` writes each
// claim as it is read, so that neither the claims nor the text are held whole. The layout is what
// nlohmann's dump(2) gives (keys sorted, two-space indent), so the output is unchanged; nlohmann
// still formats each number and the draft's name.
#include <algorithm>
#include <array>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "extract/extract.hpp"

namespace crossfoot {

namespace {

std::string scalar(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A claim's strings come from a draft checked to be UTF-8 and are cut at character
// boundaries, so only quotes, backslashes and control bytes need escaping, as nlohmann does.
// A table, not a predicate of comparisons: this test runs on every byte of every sentence.
constexpr std::array<bool, 256> escape_table = [] {
  std::array<bool, 256> t{};
  for (std::size_t c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = true;
  return t;
}();

bool needs_escape(char c) {
  return escape_table[static_cast<unsigned char>(c)];
}

void append_escaped(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  while (!s.empty()) {
    // Runs without anything to escape are copied whole: most of a sentence is one run.
    const auto plain = std::find_if(s.begin(), s.end(), needs_escape) - s.begin();
    out.append(s.substr(0, static_cast<std::size_t>(plain)));
    s.remove_prefix(static_cast<std::size_t>(plain));
    if (s.empty()) break;
    const char c = s.front();
    s.remove_prefix(1);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += hex[(c >> 4) & 0xF];
        out += hex[c & 0xF];
    }
  }
  out += '"';
}

class object_writer {
 public:
  explicit object_writer(std::string& out) : out_(out) {}
  // Fields must come in sorted key order, as nlohmann's std::map keeps them.
  void field(std::string_view key, double value) {
    start(key);
    out_ += scalar(value);
  }
  void field(std::string_view key, std::string_view value) {
    start(key);
    append_escaped(out_, value);
  }
  void close() { out_ += "\n    }"; }

 private:
  void start(std::string_view key) {
    out_ += first_ ? "{\n      \"" : ",\n      \"";
    out_ += key;
    out_ += "\": ";
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

void write_claim(std::string& out, const draft_claim& c, const source_file& draft) {
  object_writer w(out);
  if (!c.column.empty()) w.field("column", c.column);
  if (!c.denominator.empty()) w.field("denominator", c.denominator);
  w.field("from", draft.place(c.begin, c.from));
  w.field("id", c.id);
  w.field("kind", to_string(c.kind));
  w.field("number", c.q.number);
  if (!c.period.empty()) w.field("period", c.period);
  w.field("qualifier", c.q.qual == qualifier::none ? "exact" : to_string(c.q.qual));
  if (!c.row.empty()) w.field("row", c.row);
  w.field("scale", c.q.written_unit.scale_word);
  w.field("sentence", shown_sentence(c, draft));
  w.field("subject", c.subject);
  w.field("to", draft.place(c.end, c.to));
  w.field("unit", editor_unit(c));
  if (c.upper) w.field("upper", *c.upper);
  w.field("value", editor_value(c));
  w.field("written", c.written);
  w.close();
}

// Text is handed to the stream once this much is gathered.
constexpr std::size_t chunk_bytes = 1 << 16;

}  // namespace

claims_json_writer::claims_json_writer(std::ostream& out, source_ptr draft)
    : out_(out), draft_(std::move(draft)) {
  buffer_ = "{\n  \"claims\": [";
}

void claims_json_writer::add(const draft_claim& c) {
  buffer_ += first_ ? "\n    " : ",\n    ";
  first_ = false;
  write_claim(buffer_, c, *draft_);
  if (buffer_.size() >= chunk_bytes) flush();
}

void claims_json_writer::finish() {
  buffer_ += first_ ? "]" : "\n  ]";
  buffer_ += ",\n  \"draft\": " + scalar(draft_->name()) + "\n}\n";
  flush();
}

void claims_json_writer::flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

std::string to_json(const draft_extract& d) {
  std::ostringstream out;
  claims_json_writer json(out, d.draft);
  for (const draft_claim& c : d.claims) json.add(c);
  json.finish();
  return std::move(out).str();
}

}  // namespace crossfoot
