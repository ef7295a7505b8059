// Every claim with all its fields, for editors' tools. Written field by field rather than
// through a JSON tree: a claim-dense 10 MB draft has half a million claims, and a tree of maps
// for them cost more than the extraction itself. The layout is what nlohmann's dump(2) gives
// (keys sorted, two-space indent), so the output is unchanged; nlohmann still escapes each
// string and formats each number.
#include <nlohmann/json.hpp>

#include "extract/extract.hpp"

namespace crossfoot {

namespace {

std::string place(const line_col& p) {
  return std::to_string(p.line) + ":" + std::to_string(p.col);
}

std::string scalar(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

class object_writer {
 public:
  explicit object_writer(std::string& out) : out_(out) {}
  // Fields must come in sorted key order, as nlohmann's std::map keeps them.
  void field(std::string_view key, const nlohmann::json& value) {
    out_ += first_ ? "{\n      \"" : ",\n      \"";
    out_ += key;
    out_ += "\": ";
    out_ += scalar(value);
    first_ = false;
  }
  void close() { out_ += "\n    }"; }

 private:
  std::string& out_;
  bool first_ = true;
};

void write_claim(std::string& out, const draft_claim& c) {
  object_writer w(out);
  if (!c.denominator.empty()) w.field("denominator", c.denominator);
  w.field("from", place(c.from));
  w.field("id", c.id);
  w.field("kind", to_string(c.kind));
  w.field("number", c.q.number);
  w.field("qualifier", c.q.qual == qualifier::none ? "exact" : to_string(c.q.qual));
  w.field("scale", c.q.written_unit.scale_word);
  w.field("sentence", c.sentence);
  w.field("subject", c.subject);
  w.field("to", place(c.to));
  w.field("unit", editor_unit(c));
  if (c.upper) w.field("upper", *c.upper);
  w.field("value", editor_value(c));
  w.field("written", c.written);
  w.close();
}

}  // namespace

std::string to_json(const draft_extract& d) {
  std::string out = "{\n  \"claims\": [";
  for (std::size_t i = 0; i < d.claims.size(); ++i) {
    out += i == 0 ? "\n    " : ",\n    ";
    write_claim(out, d.claims[i]);
  }
  out += d.claims.empty() ? "]" : "\n  ]";
  out += ",\n  \"draft\": " + scalar(d.draft->name()) + "\n}\n";
  return out;
}

}  // namespace crossfoot
