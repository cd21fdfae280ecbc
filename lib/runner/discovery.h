// Finding test files: named files as given, directories searched recursively for file names that
// match the globs. Sorted by path, each file once.
#pragma once

#include "runner/test_file.h"

#include <string>
#include <vector>

namespace netjs::runner {

struct Discovery {
  std::vector<TestFile> files;
  std::vector<std::string> errors;  // "no such file or directory: x"
};

// `paths` empty: ./test, else ./tests. Directories named node_modules or starting with '.' are not
// searched. Directives are read from every file found.
Discovery discover(const std::vector<std::string>& paths, const std::vector<std::string>& globs);

// Whether `path` matches `pattern`: a glob (fnmatch) when the pattern has *, ? or [, else a substring.
bool filter_matches(const std::string& pattern, const std::string& path);

}  // namespace netjs::runner
