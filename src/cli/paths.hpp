#pragma once
// Paths the command line writes into files it produces.
#include <string>

namespace crossfoot::cli {

/// `target` as a file written at `file` should name it: relative to that file's directory
/// (files are read relative to the file that names them), or absolute when no relative path
/// exists.
std::string path_from(const std::string& file, const std::string& target);

}  // namespace crossfoot::cli
