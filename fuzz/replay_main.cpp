// Replays a fuzz target's corpus without libFuzzer: every file named on the command line (or
// found in a directory named there) goes once through LLVMFuzzerTestOneInput. The test suite
// builds each target this way (fuzz/CMakeLists.txt), so the seeds, and the inputs that once
// broke a reader (fuzz/seeds/*/crash-*), are checked by every ordinary and sanitizer build; a
// broken invariant traps and fails the test.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void replay(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.eof() && in.fail()) {
    std::cerr << "replay: cannot read " << file << "\n";
    std::exit(2);
  }
  std::cerr << "replay: " << file.string() << " (" << bytes.size() << " bytes)\n";
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path arg(argv[i]);
    if (!std::filesystem::is_directory(arg)) {
      replay(arg);
      ++count;
      continue;
    }
    for (const auto& entry : std::filesystem::directory_iterator(arg)) {
      if (!entry.is_regular_file()) continue;
      replay(entry.path());
      ++count;
    }
  }
  if (count == 0) {
    std::cerr << "replay: no inputs\n";
    return 2;
  }
  std::cout << "replayed " << count << " inputs\n";
  return 0;
}
