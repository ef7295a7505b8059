// Every claim with all its fields, for editors' tools.
#include <nlohmann/json.hpp>

#include "extract/extract.hpp"

namespace crossfoot {

namespace {

std::string place(const line_col& p) {
  return std::to_string(p.line) + ":" + std::to_string(p.col);
}

nlohmann::json claim_json(const draft_claim& c) {
  nlohmann::json j;
  j["id"] = c.id;
  j["written"] = c.written;
  j["number"] = c.q.number;
  if (c.upper) j["upper"] = *c.upper;
  j["value"] = editor_value(c);
  j["unit"] = editor_unit(c);
  j["scale"] = c.q.written_unit.scale_word;
  j["kind"] = to_string(c.kind);
  j["qualifier"] = c.q.qual == qualifier::none ? "exact" : to_string(c.q.qual);
  j["subject"] = c.subject;
  if (!c.denominator.empty()) j["denominator"] = c.denominator;
  j["from"] = place(c.from);
  j["to"] = place(c.to);
  j["sentence"] = c.sentence;
  return j;
}

}  // namespace

std::string to_json(const draft_extract& d) {
  nlohmann::json j;
  j["draft"] = d.draft->name();
  j["claims"] = nlohmann::json::array();
  for (const draft_claim& c : d.claims) j["claims"].push_back(claim_json(c));
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace crossfoot
