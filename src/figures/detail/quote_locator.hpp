#pragma once
// Finds short quotes in a long text regardless of line breaks, runs of white space and
// typographic quote marks. The text is normalised once, and all quotes are found in one pass.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/source.hpp"

namespace crossfoot::figures_detail {

/// Collapses white space runs to one space, maps curly quotes to straight ones and trims.
std::string normalise_quote(std::string_view text);

class quote_locator {
 public:
  explicit quote_locator(source_ptr text);

  /// The first place the quote occurs, as a range of the original text; nullopt if nowhere.
  std::optional<source_range> locate(std::string_view quote) const;
  /// Every place the quote occurs, in text order, up to `limit` of them.
  std::vector<source_range> locate_all(std::string_view quote, std::size_t limit) const;
  /// locate_all() for each quote, in one pass over the text however many quotes there are:
  /// 10,000 quotes in a 10 MB source cost one walk, not 10,000.
  std::vector<std::vector<source_range>> locate_each(const std::vector<std::string_view>& quotes,
                                                     std::size_t limit) const;

 private:
  source_ptr text_;
  std::string normal_;
  // For each byte of normal_, where the character it came from starts and ends in the text.
  std::vector<std::size_t> begins_;
  std::vector<std::size_t> ends_;
};

}  // namespace crossfoot::figures_detail
