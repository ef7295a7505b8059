#pragma once
// The run's counts as the JSON and SARIF reports both write them (one place, so that the two
// cannot drift apart).
#include <nlohmann/json.hpp>

#include "eval/check.hpp"

namespace crossfoot {

/// {"rules", "instances", "pass", "fail", "fail_warning", "fail_info", "conflict", "unknown",
/// "error", ["decided_per_claim",] "omitted"}: the JSON report also says how many instances were
/// decided per claim of a conflict; SARIF's run properties do not.
nlohmann::ordered_json summary_json(const check_summary& s, bool with_decided_per_claim);

}  // namespace crossfoot
