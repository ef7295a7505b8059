#pragma once
// Periods as releases write them, in headers ("Sep 18", "Jan-Sep 19", "2023Q4", "Dec. 2023")
// and in prose ("in September 2018", "over January to September 2019", "the first quarter of
// 2017", "in April"). All become core periods (core/period.hpp), the one period model.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/period.hpp"
#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

/// Runs of letters and runs of digits, lower case; other characters separate: "Jan-Sep 19" is
/// jan, sep, 19; "2023Q4" is 2023, q, 4. Headers and periods are read from these.
std::vector<std::string> letter_digit_runs(std::string_view text);

/// The year four digits name (within the one year range of periods), or 0.
int year_in(std::string_view digits);

/// The period a header or label names: "Sep 18", "Jan-Sep 19", "2023Q4", "Q4 2023", "Dec.
/// 2023", "September 2019", "May.2008", "2019-09", "2019"; nullopt for anything else.
/// Two-digit years are this century's.
std::optional<period> written_period(std::string_view text);

/// "Dec Qtr 2019 to Mar Qtr 2020" over a column of rates: the period the rates compare with and
/// the period they are of (two single periods of one frequency, the earlier first).
std::optional<std::pair<period, period>> written_from_to(std::string_view text);

/// The month a table cell names alone, without a year ("Jan", "Febr.", "Sept", "March"), or
/// nothing: a row of a table whose columns name the years.
std::optional<int> month_alone(std::string_view text);

/// The quarter a table cell names alone, without a year ("Q3", "Quarter 3", "III" in Roman
/// numerals written in capitals), or nothing: a row under its year's row ("| 2017 | ... |"
/// above "| I | ... |").
std::optional<int> quarter_alone(std::string_view text);

/// The month a capitalised month name alone means in a draft whose own period is `own`: that
/// month in the own period's year, or the year before when it would come after it.
std::optional<period> month_named(const word& w, const std::optional<period>& own);

/// A period written in prose starting at ws[i]: its period and the number of words it takes.
/// A month without a year takes the year of `own` (the draft's period) when there is one.
struct period_words {
  period when;
  std::size_t count = 0;
};
std::optional<period_words> period_at(const prose& p, const std::vector<word>& ws, std::size_t i,
                                      const std::optional<period>& own);
// "so far this year", "year to date" at ws[i] (lexicon year_to_date, phrases of two words or
// more), in a draft of a month: January to that month. Not a period of period_at: the
// reader reads it as a sentence's span only (namer::sentence_period).
std::optional<period_words> year_to_date(const std::vector<word>& ws, std::size_t i,
                                         const std::optional<period>& own);

}  // namespace crossfoot::extract_detail
