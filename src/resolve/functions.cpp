#include <fmt/format.h>

#include "resolve/detail/pieces.hpp"

namespace crossfoot {
namespace resolve_detail {
namespace {

constexpr std::size_t unbounded = static_cast<std::size_t>(-1);
constexpr function_info functions[] = {
    {"sum", function::sum, 1, unbounded},
    {"min", function::min, 1, unbounded},
    {"max", function::max, 1, unbounded},
    {"abs", function::abs, 1, 1},
    {"prev", function::prev, 1, 1},
    {"growth", function::growth, 1, 1},
    {"year_ago", function::year_ago, 1, 1},
    {"growth_yoy", function::growth_yoy, 1, 1},
    {"exists", function::exists, 1, 1},
    {"agree", function::agree, 2, unbounded},
    {"months", function::months, 1, 1},
    {"quarters", function::quarters, 1, 1},
    {"years", function::years, 1, 1},
    {"children", function::children, 1, 1},
    {"mean", function::mean, 1, unbounded},
    {"count", function::count, 1, 1},
    {"unique", function::unique, 1, unbounded},
    {"at", function::at, 1, 1},
};

constexpr std::pair<binds, const char*> kind_words[] = {
    {binds::levels, "levels"},
    {binds::shares, "shares"},
    {binds::growth_rates, "growth_rates"},
    {binds::changes, "changes"},
    {binds::periods, "periods"},
    {binds::years, "years"},
    {binds::quarters, "quarters"},
    {binds::months, "months"},
};

const char* plural(std::size_t n) {
  return n == 1 ? "" : "s";
}

}  // namespace

const function_info* find_function(const std::string& name) {
  for (const auto& f : functions) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

}  // namespace resolve_detail

const char* name_of(function fn) {
  for (const auto& f : resolve_detail::functions) {
    if (f.fn == fn) return f.name;
  }
  return "?";
}

namespace resolve_detail {

std::vector<std::string> function_names() {
  std::vector<std::string> out;
  for (const auto& f : functions) out.push_back(f.name);
  return out;
}

std::string arity_message(const function_info& f, std::size_t given) {
  if (f.min_args == f.max_args) {
    return fmt::format("{}() takes {} argument{}, not {}", f.name, f.min_args, plural(f.min_args),
                       given);
  }
  return fmt::format("{}() takes at least {} argument{}, not {}", f.name, f.min_args,
                     plural(f.min_args), given);
}

std::optional<binds> find_kind(const std::string& word) {
  for (const auto& [b, w] : kind_words) {
    if (word == w) return b;
  }
  return std::nullopt;
}

std::vector<std::string> kind_names() {
  std::vector<std::string> out;
  for (const auto& [b, w] : kind_words) out.push_back(w);
  return out;
}

bool takes_wildcards(function fn) {
  return fn == function::sum || fn == function::min || fn == function::max;
}

bool is_comparison(syntax::op o) {
  return o >= syntax::op::eq && o <= syntax::op::ge;
}

bool is_logical(syntax::op o) {
  return o == syntax::op::logical_and || o == syntax::op::logical_or ||
         o == syntax::op::logical_not;
}

}  // namespace resolve_detail

std::optional<frequency> parts_frequency(function fn) {
  switch (fn) {
    case function::months:
      return frequency::month;
    case function::quarters:
      return frequency::quarter;
    case function::years:
      return frequency::year;
    default:
      return std::nullopt;
  }
}

const char* to_string(binds b) {
  if (b == binds::anything) return "anything";
  if (b == binds::members) return "members";
  for (const auto& [k, w] : resolve_detail::kind_words) {
    if (k == b) return w;
  }
  return "anything";
}

bool rexpr::is_boolean() const {
  switch (k) {
    case kind::chain:
      return true;
    case kind::binary:
    case kind::unary:
      return !ops.empty() &&
             (resolve_detail::is_comparison(ops[0]) || resolve_detail::is_logical(ops[0]));
    case kind::call:
      return fn == function::exists || fn == function::agree || fn == function::unique;
    case kind::literal:
    case kind::ref:
      break;
  }
  return false;
}

}  // namespace crossfoot
