#pragma once
// Findings of a dataset: a failing or undecided row becomes the `finding` a figures file would
// give for the same numbers (the rule's sides, each cell as a figure), located at its CSV cell
// through a source of just that record, numbered as in the file.
#include "dataset/detail/chunk.hpp"

namespace crossfoot::dataset_detail {

/// The verdict on lane `lane` after `rp`'s program ran: unknown, pass or fail.
finding_kind lane_verdict(const rule_plan& rp, register_file& regs, std::size_t lane);

/// The finding of lane `lane` after `rp`'s program ran: sides as the figures path picks them
/// (the first comparison decided, or the first that cannot hold) and each cell's interval.
pending_finding rule_finding(const rule_plan& rp, const dataset_plan& plan, register_file& regs,
                             std::size_t lane, finding_kind kind);

/// The finding with its places: cells found in the record's text, the key shown as a binding.
finding locate(pending_finding&& pf, const dataset_spec& spec, const dataset_plan& plan,
               const dialect& d);

}  // namespace crossfoot::dataset_detail
