#pragma once
// Text for what inference adds: implied figures, the arithmetic of a conflict among rules, and
// the likely cause of a conflict or failure.
#include <string>

#include "eval/check.hpp"

namespace crossfoot {

/// "share_of_total_trade for bri, yrd, gba; shares_of_total_trade_agree": labels of rule
/// instances grouped by rule.
std::string grouped_labels(const std::vector<std::string>& labels);

/// The section of implied figures; "" when none is bounded.
std::string implied_section(const std::vector<implied_figure>& implied);

/// Rule instances, the disagreement and the likely cause of a conflict or failure.
std::string inference_details(const finding& f);

/// One line saying what the diagnosis found, for the headline of a finding with a cause.
std::string cause_line(const diagnosis& d);

}  // namespace crossfoot
