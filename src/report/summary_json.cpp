#include "report/summary_json.hpp"

namespace crossfoot {

nlohmann::ordered_json summary_json(const check_summary& s, bool with_decided_per_claim) {
  nlohmann::ordered_json out = {
      {"rules", s.rules},       {"instances", s.instances},       {"pass", s.pass},
      {"fail", s.fail},         {"fail_warning", s.fail_warning}, {"fail_info", s.fail_info},
      {"conflict", s.conflict}, {"unknown", s.unknown},           {"error", s.error}};
  if (with_decided_per_claim) out["decided_per_claim"] = s.depend_on_conflict;
  out["omitted"] = s.omitted;
  return out;
}

}  // namespace crossfoot
