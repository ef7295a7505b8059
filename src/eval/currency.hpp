#pragma once
// Claims in the wrong currency. A rule instance that adds or compares two currencies (EUR and
// USD) is an error finding, not a skipped binding: one of its claims is most likely written in
// the wrong currency. The claim whose currency the document's other figures do not use is read
// in theirs, and when the instance then holds, that is the finding's cause.
#include <vector>

#include "eval/binder.hpp"
#include "eval/check.hpp"
#include "eval/evaluate.hpp"
#include "eval/figure_index.hpp"

namespace crossfoot {

struct currency_case {
  const rule* r = nullptr;
  binding_map bound;
  std::size_t finding = 0;  // index into the result's findings
};

/// Attaches a wrong-currency cause to each case's finding where one fits. `index` and
/// `states` are the check's own, over `figures`.
void explain_currencies(const figure_set& figures, const figure_index& index,
                        const figure_states& states, const std::vector<currency_case>& cases,
                        std::vector<finding>& findings);

/// For a figure claimed in two currencies (a conflict finding whose alternatives were decided per
/// claim): when the claims of one currency make every instance hold and a claim of the other has
/// the same number, that claim is in the wrong currency.
void explain_mixed_claims(finding& conflict);

/// Whether a figure's claims are in more than one dimension ("$26.9 billion" and "€26.9
/// billion"): they cannot all be true, whatever their numbers.
bool mixed_units(const figure& f);

}  // namespace crossfoot
