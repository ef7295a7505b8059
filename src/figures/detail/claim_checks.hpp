#pragma once
// Checks of claims that load but look wrong, as warnings: an id with two period segments, a
// period after the document's own, a value its own quote does not show.
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "figures/detail/walk.hpp"
#include "quantity/number_convention.hpp"
#include "quantity/quantity.hpp"

namespace crossfoot::figures_detail {

/// Whether the number of `q` appears in `quote`, in any written form the quantity parser
/// reads: "2.7%" in "up 2.7 per cent", "RMB 13.47 trillion" in "13.47 trillion yuan" or in
/// "13,470 billion yuan", "1,075,000 households" in "1 million 75 thousand households" (one
/// number as the draft reader reads it: `match_prose_quantity`). Signs are not compared ("a deficit
/// of €5.0 bn" shows -€5.0 bn). `numbers` receives the numbers the quote shows, as written.
/// The quote is read in its document's decimal mark ("447.206 persons" shows 447206 in a
/// decimal-comma document), as the draft reader reads the document.
bool value_in_quote(const quantity& q, std::string_view quote, std::vector<std::string>& numbers,
                    decimal_mark mark = decimal_mark::unknown);

/// CF2105 (two period segments), CF2106 (a period after [document] period), CF2107 (a value
/// not in its quote; quotes without any digit only locate, and are not checked). `mark` is the
/// decimal mark of the document the quotes come from.
void check_claims(const walked_claims& claims, const document_info& doc, decimal_mark mark,
                  diagnostics& diags);

}  // namespace crossfoot::figures_detail
