// FileArgs run now (run_file_op) and on the thread pool (FileRequest): results, errors with the
// syscall and path, and a request that keeps the loop alive until its callback, then deletes itself.
#include "core/file_ops.h"
#include "helpers.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <cstdlib>

using namespace netjs::test;

namespace {

// A fresh directory under $TMPDIR (or /tmp), removed with what is in it at the end of the scenario.
struct TempDir {
  std::string path;
  Loop& loop;
  explicit TempDir(Loop& l) : loop(l) {
    const char* base = std::getenv("TMPDIR");
    FileArgs a;
    a.op = FileOp::mkdtemp;
    a.path = std::string(base && *base ? base : "/tmp") + "/netjs-file-ops-XXXXXX";
    FileResult r = run_file_op(loop, a);
    REQUIRE_FALSE(r.err);
    path = r.text;
  }
  ~TempDir() {
    FileArgs list;
    list.op = FileOp::scandir;
    list.path = path;
    for (const DirEntry& e : run_file_op(loop, list).entries) {
      FileArgs rm;
      rm.op = FileOp::unlink;
      rm.path = path + "/" + e.name;
      run_file_op(loop, rm);
    }
    FileArgs rmdir;
    rmdir.op = FileOp::rmdir;
    rmdir.path = path;
    run_file_op(loop, rmdir);
  }
};

FileArgs path_args(FileOp op, const std::string& path) {
  FileArgs a;
  a.op = op;
  a.path = path;
  return a;
}

struct Recorded {
  int calls = 0;
  FileResult result;
  FileCallback callback() {
    return [this](FileResult& r) {
      ++calls;
      result = r;
    };
  }
};

}  // namespace

TEST_CASE("run_file_op: open, write, read at a position, fstat, close") {
  Loop loop;
  {
    TempDir dir(loop);
    FileArgs open = path_args(FileOp::open, dir.path + "/f");
    open.flags = O_CREAT | O_RDWR | O_TRUNC;
    open.mode = 0600;
    FileResult fd = run_file_op(loop, open);
    REQUIRE_FALSE(fd.err);
    REQUIRE(fd.value >= 0);

    std::string text = "hello file";
    FileArgs w;
    w.op = FileOp::write;
    w.fd = static_cast<uv_file>(fd.value);
    w.buf = text.data();
    w.len = text.size();
    FileResult wr = run_file_op(loop, w);
    CHECK_FALSE(wr.err);
    CHECK(wr.value == static_cast<int64_t>(text.size()));

    char buf[4] = {};
    FileArgs r;
    r.op = FileOp::read;
    r.fd = w.fd;
    r.buf = buf;
    r.len = sizeof buf;
    r.offset = 6;
    FileResult rd = run_file_op(loop, r);
    CHECK(rd.value == 4);
    CHECK(std::string(buf, 4) == "file");

    FileArgs st;
    st.op = FileOp::fstat;
    st.fd = w.fd;
    FileResult s = run_file_op(loop, st);
    CHECK(s.stat.size == 10);
    CHECK((static_cast<int>(s.stat.mode) & S_IFMT) == S_IFREG);
    CHECK(s.stat.mtime_ms > 0);

    FileArgs close;
    close.op = FileOp::close;
    close.fd = w.fd;
    CHECK_FALSE(run_file_op(loop, close).err);
    FileResult again = run_file_op(loop, close);
    CHECK(again.err.code == UV_EBADF);
    CHECK(again.err.syscall == "close");
  }
  CHECK(loop.close() == 0);
}

TEST_CASE("run_file_op: a missing path fails with the code, syscall and path") {
  Loop loop;
  FileResult r = run_file_op(loop, path_args(FileOp::stat, "/nonexistent/netjs/file"));
  CHECK(r.err.code == UV_ENOENT);
  CHECK(r.err.syscall == "stat");
  CHECK(r.err.address == "/nonexistent/netjs/file");
  FileArgs rename = path_args(FileOp::rename, "/nonexistent/a");
  rename.dest = "/nonexistent/b";
  CHECK(run_file_op(loop, rename).err.syscall == "rename");
  CHECK(std::string(file_op_syscall(FileOp::scandir)) == "scandir");
  CHECK(loop.close() == 0);
}

TEST_CASE("run_file_op: scandir lists names with types; symlink, readlink, realpath") {
  Loop loop;
  {
    TempDir dir(loop);
    FileArgs mk = path_args(FileOp::open, dir.path + "/b");
    mk.flags = O_CREAT | O_WRONLY;
    mk.mode = 0644;
    FileResult fd = run_file_op(loop, mk);
    FileArgs close;
    close.op = FileOp::close;
    close.fd = static_cast<uv_file>(fd.value);
    run_file_op(loop, close);
    FileArgs link = path_args(FileOp::symlink, "b");
    link.dest = dir.path + "/a";
    CHECK_FALSE(run_file_op(loop, link).err);

    FileResult list = run_file_op(loop, path_args(FileOp::scandir, dir.path));
    REQUIRE(list.entries.size() == 2);
    CHECK(list.entries[0].name == "a");
    CHECK(list.entries[0].type == UV_DIRENT_LINK);
    CHECK(list.entries[1].name == "b");
    CHECK(list.entries[1].type == UV_DIRENT_FILE);
    CHECK(run_file_op(loop, path_args(FileOp::readlink, dir.path + "/a")).text == "b");
    FileResult real = run_file_op(loop, path_args(FileOp::realpath, dir.path + "/a"));
    CHECK_FALSE(real.err);
    CHECK(real.text.size() > 2);
    CHECK(real.text.substr(real.text.size() - 2) == "/b");
  }
  CHECK(loop.close() == 0);
}

TEST_CASE("FileRequest: runs on the thread pool, keeps the loop alive, calls back once, deletes itself") {
  Recorded ok, missing;
  Loop loop;
  Watchdog dog(loop);
  int err = -1;
  FileRequest* req = FileRequest::start(loop, path_args(FileOp::stat, "/"), ok.callback(), &err);
  REQUIRE(err == 0);
  REQUIRE(req != nullptr);
  CHECK(req->keeps_loop_alive());
  CHECK(req->describe() == "fs stat /");
  CHECK(ok.calls == 0);  // never synchronously
  REQUIRE(FileRequest::start(loop, path_args(FileOp::lstat, "/nonexistent/x"), missing.callback(), &err) != nullptr);
  CHECK(loop.run() == false);
  CHECK(ok.calls == 1);
  CHECK_FALSE(ok.result.err);
  CHECK((static_cast<int>(ok.result.stat.mode) & S_IFMT) == S_IFDIR);
  CHECK(missing.calls == 1);
  CHECK(missing.result.err.code == UV_ENOENT);
  CHECK(missing.result.err.syscall == "lstat");
  CHECK(missing.result.err.address == "/nonexistent/x");
  CHECK(loop.resource_count() == 1);  // only the watchdog
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("FileRequest: closing the loop with requests in flight ends them (result or ECANCELED)") {
  Recorded rs[8];
  Loop loop;
  int err = -1;
  for (auto& r : rs) REQUIRE(FileRequest::start(loop, path_args(FileOp::stat, "/"), r.callback(), &err) != nullptr);
  CHECK(loop.close() == 0);
  for (auto& r : rs) {
    CHECK(r.calls == 1);
    CHECK((r.result.err.code == 0 || r.result.err.code == UV_ECANCELED));
  }
  CHECK(loop.resource_count() == 0);
}
