// run_script: the exit codes of the runtime (each call builds and closes its own loop and heap).
#include "js/script.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

using netjs::js::ScriptOptions;
using netjs::js::run_script;

namespace {

int run_eval(const std::string& code) {
  ScriptOptions opts;
  opts.eval = code;
  opts.is_eval = true;
  opts.exec_path = "netjs";
  return run_script(opts);
}

// A script in a temporary file, removed when the test is done.
class TempScript {
 public:
  explicit TempScript(const std::string& source) {
    char tmpl[] = "/tmp/netjs-unit-XXXXXX.js";
    int fd = mkstemps(tmpl, 3);
    REQUIRE(fd >= 0);
    close(fd);
    path_ = tmpl;
    std::ofstream(path_) << source;
  }
  ~TempScript() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }
  int run(std::vector<std::string> args = {}) const {
    ScriptOptions opts;
    opts.file = path_;
    opts.args = std::move(args);
    opts.exec_path = "netjs";
    return run_script(opts);
  }

 private:
  std::string path_;
};

}  // namespace

TEST_CASE("run_script: a script that finishes normally exits 0") {
  CHECK(run_eval("var x = 1 + 1;") == 0);
  TempScript s("var a = [1, 2, 3].map(function (n) { return n * 2; });\n");
  CHECK(s.run() == 0);
}

TEST_CASE("run_script: process.exit(n) passes n through") {
  CHECK(run_eval("process.exit(3)") == 3);
  CHECK(run_eval("process.exit()") == 0);
  CHECK(run_eval("process.exitCode = 4;") == 4);
  TempScript s("process.exit(7);\nthrow new Error('not reached');\n");
  CHECK(s.run() == 7);
}

TEST_CASE("run_script: process.exit from a timer callback, after the loop ran") {
  CHECK(run_eval("setTimeout(function () { process.exit(5); }, 10);") == 5);
  CHECK(run_eval("setImmediate(function () { process.exitCode = 6; });") == 6);
}

TEST_CASE("run_script: an uncaught exception exits 1") {
  CHECK(run_eval("throw new Error('boom')") == 1);
  CHECK(run_eval("setTimeout(function () { throw new TypeError('later'); }, 1);") == 1);
  TempScript s("undefinedFunction();\n");
  CHECK(s.run() == 1);
}

TEST_CASE("run_script: a syntax error exits 1") {
  CHECK(run_eval("var = ;") == 1);
  TempScript s("function (\n");
  CHECK(s.run() == 1);
}

TEST_CASE("run_script: a missing script file exits 2") {
  ScriptOptions opts;
  opts.file = "/nonexistent/dir/netjs-no-such-script.js";
  opts.exec_path = "netjs";
  CHECK(run_script(opts) == netjs::js::kScriptNotFound);
  CHECK(netjs::js::kScriptNotFound == 2);
}

TEST_CASE("run_script: script arguments reach process.argv") {
  TempScript s("process.exit(process.argv.length === 4 && process.argv[2] === 'a' && process.argv[3] === 'b' ? 0 : 9);\n");
  CHECK(s.run({"a", "b"}) == 0);
}

TEST_CASE("run_script: repeated runs in one process are independent") {
  for (int i = 0; i < 3; ++i) {
    CHECK(run_eval("var leak = typeof leak === 'undefined' ? 0 : 1; process.exit(10 + leak);") == 10);
  }
}
