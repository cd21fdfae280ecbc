#include "runner/discovery.h"

#include "runner/directives.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace netjs::runner {

namespace {

bool name_matches(const std::vector<std::string>& globs, const std::string& name) {
  for (const std::string& g : globs) {
    if (::fnmatch(g.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

// How a file is shown: relative to the working directory when it is below it, so reports read the
// same wherever the tree is checked out.
std::string display_path(const fs::path& abs, const fs::path& cwd) {
  fs::path rel = abs.lexically_relative(cwd);
  if (!rel.empty() && rel.native().compare(0, 2, "..") != 0) return rel.string();
  return abs.string();
}

TestFile make_file(const fs::path& abs, const fs::path& cwd) {
  TestFile t;
  t.abs_path = abs.string();
  t.path = display_path(abs, cwd);
  t.directives = read_directives(t.abs_path);
  return t;
}

}  // namespace

bool filter_matches(const std::string& pattern, const std::string& path) {
  if (pattern.find_first_of("*?[") != std::string::npos) return ::fnmatch(pattern.c_str(), path.c_str(), 0) == 0;
  return path.find(pattern) != std::string::npos;
}

Discovery discover(const std::vector<std::string>& paths_in, const std::vector<std::string>& globs) {
  Discovery out;
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  std::vector<std::string> paths = paths_in;
  if (paths.empty()) {
    if (fs::is_directory("test", ec)) paths.push_back("test");
    else if (fs::is_directory("tests", ec)) paths.push_back("tests");
    else {
      out.errors.push_back("no test/ or tests/ directory here; name the test files or directories");
      return out;
    }
  }

  std::set<std::string> seen;
  for (const std::string& p : paths) {
    fs::path abs = fs::absolute(p, ec).lexically_normal();
    fs::file_status st = fs::status(abs, ec);
    if (!fs::exists(st)) {
      out.errors.push_back("no such file or directory: " + p);
      continue;
    }
    std::vector<fs::path> found;
    if (fs::is_directory(st)) {
      fs::recursive_directory_iterator it(abs, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        out.errors.push_back("cannot read directory " + p + ": " + ec.message());
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          out.errors.push_back("cannot read below " + p + ": " + ec.message());
          break;
        }
        const std::string name = it->path().filename().string();
        if (it->is_directory(ec)) {
          if (name == "node_modules" || name[0] == '.') it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && name_matches(globs, name)) found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
    } else {
      found.push_back(abs);  // a file named on the command line runs whatever its name
    }
    for (const fs::path& f : found) {
      if (seen.insert(f.string()).second) out.files.push_back(make_file(f, cwd));
    }
  }
  return out;
}

}  // namespace netjs::runner
