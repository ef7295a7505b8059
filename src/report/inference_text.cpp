#include "report/inference_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/places.hpp"

namespace crossfoot {
namespace {

std::string claim_place(const figure_use& u) {
  std::string at = place_text(figure_place(u));
  return at.empty() ? u.id : at;
}

// "the claim at f:69:350 ("RMB 11.24 trillion", "47.3%")" for one claim with its children;
// "the claims at f:9:41 ("$118.3 billion") and f:14:31 ("$131.2 billion")" for a pair.
std::string suspect_text(const std::vector<figure_use>& uses) {
  if (uses.empty()) return "";
  const std::string& head = uses.front().id;
  bool one_table = std::all_of(uses.begin(), uses.end(), [&](const figure_use& u) {
    return u.id == head || u.id.rfind(head + ".", 0) == 0;
  });
  if (one_table) {
    std::string values;
    for (const auto& u : uses)
      values += fmt::format("{}\"{}\"", values.empty() ? "" : ", ", u.written);
    return fmt::format("the claim at {} ({})", claim_place(uses.front()), values);
  }
  std::vector<std::string> each;
  for (const auto& u : uses) each.push_back(fmt::format("{} (\"{}\")", claim_place(u), u.written));
  return fmt::format("the claims at {}", fmt::join(each, " and "));
}

std::string hypothesis_text(const hypothesis& h) {
  std::string fits = grouped_labels(h.fits);
  switch (h.what) {
    case hypothesis::kind::relabel: {
      std::string from = h.id.substr(h.id.rfind('.') + 1);
      std::string to = h.becomes.substr(h.becomes.rfind('.') + 1);
      return fmt::format(
          "fits every rule as {} ({}); \"{}\" looks mislabelled as {} where {} is "
          "meant",
          h.becomes, fits, h.written, from, to);
    }
    default: {
      // A figure claimed twice needs no rule: the repair makes the claims agree.
      std::string uses = fits.empty() ? "it then agrees with the other claims of " + h.id
                                      : "rules that use it: " + fits;
      return fmt::format("fits every rule if {} is {} ({}: {}); {}", h.id, h.becomes,
                         to_string(h.what), h.detail, uses);
    }
  }
}

}  // namespace

std::string grouped_labels(const std::vector<std::string>& labels) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::string>> bound;
  for (const auto& l : labels) {
    auto at = l.find(" for ");
    std::string rule = at == std::string::npos ? l : l.substr(0, at);
    if (!bound.count(rule)) order.push_back(rule);
    auto& list = bound[rule];
    if (at != std::string::npos) list.push_back(l.substr(at + 5));
  }
  std::string out;
  for (const auto& rule : order) {
    if (!out.empty()) out += "; ";
    out += rule;
    if (!bound[rule].empty()) out += fmt::format(" for {}", fmt::join(bound[rule], ", "));
  }
  return out;
}

std::string implied_section(const std::vector<implied_figure>& implied) {
  std::string out;
  for (const auto& f : implied) {
    if (!f.value.bounded() || f.value.empty()) continue;
    out += fmt::format("  {} (not stated): {}", f.id, format_interval(f.value, f.display));
    if (!f.from.empty()) out += ", from " + grouped_labels(f.from);
    out += "\n";
  }
  if (out.empty()) return out;
  return "implied figures (stated nowhere; what the stated figures and the rules imply):\n" + out;
}

std::string cause_line(const diagnosis& d) {
  if (!d.fits.empty()) {
    const hypothesis& h = d.fits.front();
    return suspect_text(h.claims) + " " + hypothesis_text(h);
  }
  std::vector<std::string> who;
  for (const auto& s : d.suspects) who.push_back(suspect_text(s));
  return fmt::format("no simple slip explains it; suspects: {}", fmt::join(who, "; or "));
}

std::string inference_details(const finding& f) {
  std::string out;
  if (!f.instances.empty()) {
    out += "  rules:\n";
    for (const auto& i : f.instances) {
      std::string bound = binding_text(i.bound);
      out += fmt::format("    {}{}{}: {}\n", i.rule, bound.empty() ? "" : " ", bound, i.check);
    }
  }
  if (f.cannot_close) {
    const auto& c = *f.cannot_close;
    out += fmt::format("  cannot close: {} is\n", c.id);
    for (const auto& [what, value] : c.by) {
      out += fmt::format("    {}  by {}\n", format_interval(value, c.display), what);
    }
  }
  if (f.cause) {
    const auto& fits = f.cause->fits;
    // Two repairs of the same kind on different claims: the rules cannot tell which is wrong.
    bool tie = fits.size() > 1 && fits[0].what == fits[1].what;
    if (fits.empty()) {
      out += "  " + cause_line(*f.cause) + "\n";
    } else if (!tie) {
      out += "  likely cause: " + cause_line(*f.cause) + "\n";
      for (const auto& line : fits.front().arithmetic) out += "    " + line + "\n";
      for (std::size_t i = 1; i < fits.size(); ++i) {
        out += "  also possible: " + suspect_text(fits[i].claims) + " " + hypothesis_text(fits[i]) +
               "\n";
      }
    } else {
      out += "  possible causes (the rules cannot tell which):\n";
      for (const auto& h : fits)
        out += "    " + suspect_text(h.claims) + " " + hypothesis_text(h) + "\n";
    }
  }
  return out;
}

}  // namespace crossfoot
