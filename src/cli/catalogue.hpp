#pragma once
// The rule catalogue that comes with crossfoot (rules/ in the source tree, installed under
// share/crossfoot/rules): `--rules trade` names its trade.rules. The binary finds it relative
// to itself, so an installed crossfoot finds the installed catalogue and a build tree finds
// the source tree's; CROSSFOOT_RULES_PATH (directories, colon-separated) comes first.
#include <filesystem>
#include <string>
#include <vector>

namespace crossfoot::cli {

/// The catalogue directories that exist, in search order.
std::vector<std::filesystem::path> catalogue_dirs();

/// The names of the catalogue's rules files ("trade", "common"), sorted, without duplicates.
std::vector<std::string> catalogue_names();

/// A --rules argument as a path: an existing file or directory as given; otherwise a
/// catalogue name ("trade" or "trade.rules") as the catalogue's file; otherwise as given (the
/// loader then says it cannot be read).
std::string resolve_rules(const std::string& arg);

/// The same for a command-line argument: a bare name ("tarde": no directory, no extension)
/// that is neither a file nor in the catalogue is an error that says what the catalogue has.
bool rules_argument(const std::string& arg, std::string& path, std::string& error);

}  // namespace crossfoot::cli
