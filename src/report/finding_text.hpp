#pragma once
// A finding in words, shared by every report: the text report prints these under its
// compiler-style header; JUnit, SARIF, GitHub and HTML carry the same words.
#include <string>

#include "eval/check.hpp"

namespace crossfoot {

/// The severity a finding is shown at: its rule's for failures, conflicts and errors; `note`
/// for instances that hold or cannot be decided.
severity shown_level(const finding& f);
/// What the finding says, after "error[rule]: ": "exports and imports add up (X = port)".
std::string headline(const finding& f);
/// The rule's name, or "conflict".
std::string finding_rule(const finding& f);
/// The stable code of a finding that belongs to no rule of the user's: CF4080 for claims of
/// one figure that cannot all be true, CF4081 for claims and rules that cannot all be true;
/// "" for a rule instance (its rule's name identifies it).
std::string finding_code(const finding& f);
/// The lines under the headline: the check, both sides and the gap, the figures with their
/// places, a conflict's claims and outcomes, and the likely cause. Each line ends in "\n".
std::string finding_details(const finding& f);

}  // namespace crossfoot
