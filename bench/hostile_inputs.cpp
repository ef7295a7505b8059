// Writes every hostile input of tests/e2e/hostile_cases.hpp at a scale into a directory, one
// sub-directory per case, and prints "NAME<TAB>ALLOWED_EXITS<TAB>ARGS" per case for
// bench/resources.sh. Usage: crossfoot_hostile_inputs DIR [SCALE]
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "hostile_cases.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: crossfoot_hostile_inputs DIR [SCALE]\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const fs::path root = fs::absolute(argv[1]);
  const int scale = argc > 2 ? std::atoi(argv[2]) : 1;
  for (const auto& c : crossfoot::hostile::cases(scale)) {
    fs::path dir = root / c.name;
    fs::create_directories(dir);
    for (const auto& f : c.files) {
      fs::create_directories((dir / f.name).parent_path());
      std::ofstream(dir / f.name, std::ios::binary) << f.text();
    }
    if (c.prepare) c.prepare(dir.string());
    std::string args = crossfoot::hostile::with_dir(c.args, dir.string()), exits;
    for (int e : c.exits) exits += (exits.empty() ? "" : ",") + std::to_string(e);
    std::cout << c.name << '\t' << exits << '\t' << args << '\n';
  }
}
