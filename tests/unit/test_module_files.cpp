// core/module_files: what require() asks the file system, on a temporary directory.
#include "core/module_files.h"

#include <doctest/doctest.h>
#include <unistd.h>
#include <uv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace core = netjs::core;

namespace {

struct TempDir {
  std::string path;
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/netjs-module-files-XXXXXX";
    char* made = ::mkdtemp(tmpl.data());
    REQUIRE(made != nullptr);
    path = made;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

}  // namespace

TEST_CASE("path_kind tells files, directories and missing paths apart, following links") {
  TempDir dir;
  std::string file = dir.path + "/a.js";
  std::ofstream(file) << "module.exports = 1;\n";
  CHECK(core::path_kind(file.c_str()) == core::PathKind::file);
  CHECK(core::path_kind(dir.path.c_str()) == core::PathKind::directory);
  CHECK(core::path_kind((dir.path + "/missing").c_str()) == core::PathKind::missing);
  std::string link = dir.path + "/link.js";
  REQUIRE(::symlink(file.c_str(), link.c_str()) == 0);
  CHECK(core::path_kind(link.c_str()) == core::PathKind::file);
  std::string dangling = dir.path + "/dangling.js";
  REQUIRE(::symlink((dir.path + "/nowhere").c_str(), dangling.c_str()) == 0);
  CHECK(core::path_kind(dangling.c_str()) == core::PathKind::missing);
}

TEST_CASE("read_whole_file returns the bytes, or ENOENT / EISDIR") {
  TempDir dir;
  std::string file = dir.path + "/data.json";
  std::string content(40000, 'x');  // more than one read
  content[0] = '\0';                // and bytes that are not text
  std::ofstream(file, std::ios::binary) << content;
  std::string out;
  CHECK(core::read_whole_file(file.c_str(), out) == 0);
  CHECK(out == content);
  CHECK(core::read_whole_file((dir.path + "/missing").c_str(), out) == UV_ENOENT);
  CHECK(core::read_whole_file(dir.path.c_str(), out) == UV_EISDIR);
}

TEST_CASE("resolve_real_path resolves links and dot segments") {
  TempDir dir;
  std::string real;
  REQUIRE(core::resolve_real_path(dir.path.c_str(), real) == 0);  // TMPDIR itself may be a link
  std::string file = real + "/a.js";
  std::ofstream(file) << "1";
  REQUIRE(::symlink(file.c_str(), (real + "/b.js").c_str()) == 0);
  std::string out;
  CHECK(core::resolve_real_path((real + "/./b.js").c_str(), out) == 0);
  CHECK(out == file);
  CHECK(core::resolve_real_path((real + "/missing.js").c_str(), out) == UV_ENOENT);
}

TEST_CASE("working_directory follows change_working_directory; a failed change keeps it") {
  TempDir dir;
  std::string before;
  REQUIRE(core::working_directory(before) == 0);
  std::string real;
  REQUIRE(core::resolve_real_path(dir.path.c_str(), real) == 0);
  REQUIRE(core::change_working_directory(real.c_str()) == 0);
  std::string now;
  CHECK(core::working_directory(now) == 0);
  CHECK(now == real);
  CHECK(core::change_working_directory((real + "/missing").c_str()) == UV_ENOENT);
  CHECK(core::working_directory(now) == 0);
  CHECK(now == real);
  REQUIRE(core::change_working_directory(before.c_str()) == 0);
}
