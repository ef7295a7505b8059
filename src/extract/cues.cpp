// The words that tell what a number is: qualifiers, direction words and the nouns of counted
// things. Kept apart from the rules that use them so the lists can grow without touching logic.
#include "extract/detail/cues.hpp"

#include "extract/detail/words.hpp"

namespace crossfoot::extract_detail {

std::optional<qualifier> qualifier_word(std::string_view w) {
  if (one_of(w, {"almost", "nearly"})) return qualifier::nearly;
  if (one_of(w, {"about", "around", "approximately", "roughly", "some"})) return qualifier::about;
  if (one_of(w, {"over", "exceeded", "exceeding", "exceeds", "exceed", "above", "surpassed",
                 "topped", "beyond"}))
    return qualifier::more_than;
  if (one_of(w, {"under", "below"})) return qualifier::less_than;
  return std::nullopt;
}

std::optional<qualifier> qualifier_pair(std::string_view first, std::string_view second) {
  if (first == "more" && second == "than") return qualifier::more_than;
  if (first == "less" && second == "than") return qualifier::less_than;
  if (first == "fewer" && second == "than") return qualifier::less_than;
  if (first == "at" && second == "least") return qualifier::at_least;
  if (first == "at" && second == "most") return qualifier::at_most;
  if (first == "up" && second == "to") return qualifier::at_most;
  if (first == "close" && second == "to") return qualifier::nearly;
  return std::nullopt;
}

std::optional<qualifier> trailing_qualifier(std::string_view first, std::string_view second) {
  if (first == "at" && second == "most") return qualifier::at_most;
  if (first == "at" && second == "least") return qualifier::at_least;
  if ((first == "or" || first == "and") && one_of(second, {"more", "above", "over"}))
    return qualifier::at_least;
  if (first == "or" && one_of(second, {"less", "below", "fewer"})) return qualifier::at_most;
  return std::nullopt;
}

direction direction_of(std::string_view w) {
  if (one_of(w, {"increase",  "increased",    "increases", "increasing", "up",       "rise",
                 "rises",     "rose",         "risen",     "grew",       "grow",     "grows",
                 "grown",     "growth",       "growing",   "gain",       "gained",   "gains",
                 "jump",      "jumped",       "surge",     "surged",     "expanded", "expansion",
                 "rate",      "year-on-year", "climbed",   "change",     "changed",  "pace",
                 "rebounded", "accelerated",  "boosted",   "higher"}))
    return direction::up;
  if (one_of(w, {"drop",     "dropped",    "drops",       "down",      "fell",     "fall",
                 "falls",    "fallen",     "decline",     "declined",  "declines", "declining",
                 "decrease", "decreased",  "decreases",   "reduce",    "reduced",  "reduces",
                 "reducing", "reduction",  "cut",         "cuts",      "shrank",   "shrink",
                 "shrunk",   "contracted", "contraction", "lower",     "slid",     "slipped",
                 "lost",     "plunged",    "slumped",     "shortened", "shortens", "saving",
                 "saved",    "lowered"}))
    return direction::down;
  return direction::none;
}

bool level_word(std::string_view w) {
  return one_of(
      w, {"to",         "from",        "reaching",     "reached",      "reach",      "reaches",
          "accounting", "accounted",   "accounts",     "account",      "share",      "proportion",
          "was",        "is",          "were",         "are",          "at",         "contributed",
          "making",     "represented", "representing", "constituting", "comprising", "level",
          "stood",      "standing",    "remained",     "remain",       "remains",    "covering",
          "covered",    "ratio"});
}

noun_class class_of_noun(std::string_view head) {
  if (one_of(head, {"year", "month", "week", "day", "hour", "minute", "second", "decade"}))
    return noun_class::time;
  if (one_of(head, {"vehicle", "car",      "unit",      "train",  "ton",       "tonne",
                    "teu",     "feu",      "container", "barrel", "ship",      "vessel",
                    "flight",  "trip",     "kilowatt",  "litre",  "liter",     "kilogram",
                    "kg",      "piece",    "set",       "truck",  "aircraft",  "passenger-trip",
                    "parcel",  "item-set", "head",      "kwh",    "mwh",       "gwh",
                    "twh",     "cubic",    "metre",     "meter",  "kilometre", "kilometer",
                    "point"}))
    return noun_class::physical;
  if (one_of(
          head,
          {"factor",  "highlight", "aspect",    "characteristic", "indicator", "step",  "area",
           "way",     "principle", "priority",  "pillar",         "task",      "theme", "feature",
           "reason",  "goal",      "dimension", "category",       "stage",     "phase", "respect",
           "element", "trend",     "lesson",    "challenge",      "pathway",   "focus"}))
    return noun_class::enumeration;
  return noun_class::entity;
}

}  // namespace crossfoot::extract_detail
