// --max-input-size: every command takes it, anywhere among its arguments.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/input.hpp"

namespace crossfoot::cli {

bool take_input_limit(std::vector<std::string>& args, std::string& error) {
  constexpr std::string_view flag = "--max-input-size";
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string value;
    std::size_t taken = 1;
    if (args[i] == flag) {
      if (i + 1 >= args.size()) {
        error = fmt::format("option '{}' needs a value", flag);
        return false;
      }
      value = args[i + 1];
      taken = 2;
    } else if (args[i].rfind(std::string(flag) + "=", 0) == 0) {
      value = args[i].substr(flag.size() + 1);
    } else {
      continue;
    }
    auto bytes = parse_size(value);
    if (!bytes) {
      error = fmt::format("{} takes a size such as 200M or 2G, not '{}'", flag, printable(value));
      return false;
    }
    input_limits limits;
    limits.text = *bytes;
    set_input_limits(limits);
    args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
               args.begin() + static_cast<std::ptrdiff_t>(i + taken));
    --i;
  }
  return true;
}

}  // namespace crossfoot::cli
