// A main() for the fuzz targets in builds without libFuzzer (gcc, the ASan build, cross builds under
// qemu): runs LLVMFuzzerTestOneInput once over every file of the directories (or files) given, so the
// committed corpus is a regression suite everywhere. A target reports a failed property by aborting,
// which fails the ctest entry as it would the fuzzer.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool read_file(const fs::path& path, std::vector<std::uint8_t>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
    return 2;
  }
  std::size_t replayed = 0;
  for (int a = 1; a < argc; ++a) {
    fs::path arg = argv[a];
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(arg, ec)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
      // A replay in the same order everywhere makes a failure reproducible by its position.
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(arg);
    }
    if (ec || files.empty()) {
      // An empty or missing corpus would make the test pass without testing anything.
      std::fprintf(stderr, "%s: no inputs in %s%s%s\n", argv[0], argv[a], ec ? ": " : "",
                   ec ? ec.message().c_str() : "");
      return 1;
    }
    for (const auto& file : files) {
      std::vector<std::uint8_t> data;
      if (!read_file(file, &data)) {
        std::fprintf(stderr, "%s: cannot read %s\n", argv[0], file.c_str());
        return 1;
      }
      std::fprintf(stderr, "replay %s (%zu bytes)\n", file.c_str(), data.size());
      // Exactly `size` bytes on the heap, as libFuzzer passes them, so ASan catches a read past the end.
      LLVMFuzzerTestOneInput(data.data(), data.size());
      ++replayed;
    }
  }
  std::fprintf(stderr, "%s: %zu inputs replayed, all passed\n", argv[0], replayed);
  return 0;
}
