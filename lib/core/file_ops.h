// File-system operations on libuv's uv_fs_* calls: one description of an operation (FileArgs), run
// either synchronously on the calling thread or as a FileRequest on the thread pool. Both report a
// FileResult, so the fs binding handles the two forms alike.
#pragma once

#include "core/error.h"
#include "core/loop.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace netjs::core {

enum class FileOp {
  open, close, read, write, stat, lstat, fstat, mkdir, mkdtemp, rmdir, unlink, rename, scandir,
  ftruncate, fsync, fdatasync, access, copyfile, realpath, readlink, symlink, link, chmod, fchmod,
  utime, futime
};

// The syscall name errors carry, as Node reports it ("open", "scandir", "copyfile", ...).
const char* file_op_syscall(FileOp op);

struct FileArgs {
  FileOp op = FileOp::stat;
  std::string path;
  std::string dest;       // rename, copyfile, link: the new path; symlink: the link's path
  uv_file fd = -1;
  int flags = 0;          // open flags, access mode, copyfile and symlink flags
  int mode = 0;           // open, mkdir, chmod
  char* buf = nullptr;    // read, write: memory the caller keeps valid until the result arrives
  std::size_t len = 0;
  int64_t offset = -1;    // read, write: position (-1 = the file's current one); ftruncate: length
  double atime = 0;       // utime, futime: seconds since the epoch
  double mtime = 0;
};

struct FileStat {
  double dev = 0, mode = 0, nlink = 0, uid = 0, gid = 0, rdev = 0, blksize = 0, ino = 0, size = 0, blocks = 0;
  double atime_ms = 0, mtime_ms = 0, ctime_ms = 0, birthtime_ms = 0;
};

struct DirEntry {
  std::string name;
  int type = 0;  // uv_dirent_type_t
};

struct FileResult {
  Error err;           // code, syscall, address = the path
  int64_t value = 0;   // open: the descriptor; read, write: bytes
  FileStat stat;       // stat, lstat, fstat
  std::string text;    // realpath, readlink, mkdtemp: the path
  std::vector<DirEntry> entries;  // scandir, in libuv's order
};

// Runs `args` on this thread (the uv_fs_* call without a callback).
FileResult run_file_op(Loop& loop, const FileArgs& args);

using FileCallback = std::function<void(FileResult& result)>;

// One operation in flight on the thread pool. Owns its uv_fs_t and itself: deleted after its
// callback. While in flight it keeps the loop alive. close() cancels it if it has not started: the
// callback then gets UV_ECANCELED (or the result, if the thread pool was already done).
class FileRequest final : public Resource {
 public:
  // nullptr and *err < 0 when libuv refuses the request (no callback then).
  static FileRequest* start(Loop& loop, FileArgs args, FileCallback cb, int* err);

  void close() override;
  bool closing() const override { return cancelled_; }
  bool keeps_loop_alive() const override { return !cancelled_; }
  std::string describe() const override;

 private:
  FileRequest(Loop& loop, FileArgs args, FileCallback cb);
  ~FileRequest() override = default;

  uv_fs_t req_{};
  FileArgs args_;
  FileCallback cb_;
  bool cancelled_ = false;
};

}  // namespace netjs::core
