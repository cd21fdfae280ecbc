// File-system calls for the fs module, on core/file_ops. Every function takes its arguments and, last,
// a callback or undefined. With a callback the operation runs on the thread pool: the function returns
// 0 (or a negative libuv code when it could not start) and later calls callback(code, value), code 0
// on success. Without one it runs now and returns the value, or the negative libuv code on failure.
// Values: a number (descriptor, bytes), a string (realpath, readlink, mkdtemp), stats as an array of
// 14 numbers (see pushStats), scandir's [names, types], or undefined.
#include "core/file_ops.h"
#include "core/file_watcher.h"
#include "js/bindings/binding_values.h"
#include "js/bindings/bindings.h"
#include "js/bindings/handle_wrap.h"
#include "js/runtime.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>

namespace netjs::js {

namespace {

using core::FileArgs;
using core::FileOp;
using core::FileResult;

void push_stats(duk_context* ctx, const core::FileStat& s) {
  const double values[] = {s.dev,     s.mode,     s.nlink,    s.uid,      s.gid,      s.rdev,     s.blksize,
                           s.ino,     s.size,     s.blocks,   s.atime_ms, s.mtime_ms, s.ctime_ms, s.birthtime_ms};
  push_numbers(ctx, values, sizeof(values) / sizeof(values[0]));
}

void push_value(duk_context* ctx, FileOp op, const FileResult& r) {
  switch (op) {
    case FileOp::open:
    case FileOp::read:
    case FileOp::write:
      duk_push_number(ctx, static_cast<double>(r.value));
      return;
    case FileOp::stat:
    case FileOp::lstat:
    case FileOp::fstat:
      push_stats(ctx, r.stat);
      return;
    case FileOp::mkdtemp:
    case FileOp::realpath:
    case FileOp::readlink:
      duk_push_lstring(ctx, r.text.data(), r.text.size());
      return;
    case FileOp::scandir: {
      duk_push_array(ctx);
      duk_push_array(ctx);
      duk_push_array(ctx);
      for (std::size_t i = 0; i < r.entries.size(); ++i) {
        const auto idx = static_cast<duk_uarridx_t>(i);
        duk_push_lstring(ctx, r.entries[i].name.data(), r.entries[i].name.size());
        duk_put_prop_index(ctx, -3, idx);
        duk_push_int(ctx, r.entries[i].type);
        duk_put_prop_index(ctx, -2, idx);
      }
      duk_put_prop_index(ctx, -3, 1);
      duk_put_prop_index(ctx, -2, 0);
      return;
    }
    default:
      duk_push_undefined(ctx);
      return;
  }
}

// Runs `a` now or, with a function at `cb_idx`, on the thread pool. `keep_idx` (>= 0): an object whose
// memory the operation uses (the read or write buffer), pinned until it ends.
duk_ret_t run(duk_context* ctx, FileArgs a, duk_idx_t cb_idx, duk_idx_t keep_idx = -1) {
  Runtime& rt = Runtime::from(ctx);
  if (!duk_is_function(ctx, cb_idx)) {
    FileResult r = core::run_file_op(rt.loop(), a);
    if (r.err) duk_push_int(ctx, r.err.code);
    else push_value(ctx, a.op, r);
    return 1;
  }
  uint32_t slot = rt.pin(cb_idx);
  uint32_t kept = keep_idx >= 0 ? rt.pin(keep_idx) : 0;
  const FileOp op = a.op;
  int rc = 0;
  core::FileRequest::start(
      rt.loop(), std::move(a),
      [&rt, slot, kept, op](FileResult& r) {
        if (kept) rt.unpin(kept);
        if (!push_pinned_callback(rt, slot)) return;
        duk_context* c = rt.ctx();
        duk_push_int(c, r.err.code);
        if (r.err) duk_push_undefined(c);
        else push_value(c, op, r);
        rt.call(2);
      },
      &rc);
  if (rc < 0) {
    rt.unpin(slot);
    if (kept) rt.unpin(kept);
  }
  duk_push_int(ctx, rc);
  return 1;
}

FileArgs path_op(duk_context* ctx, FileOp op) {
  FileArgs a;
  a.op = op;
  a.path = duk_require_string(ctx, 0);
  return a;
}

FileArgs fd_op(duk_context* ctx, FileOp op) {
  FileArgs a;
  a.op = op;
  a.fd = duk_require_int(ctx, 0);
  return a;
}

// A position or length from JS: -1 for "none" (the current position).
int64_t to_offset(duk_context* ctx, duk_idx_t idx) {
  if (!duk_is_number(ctx, idx)) return -1;
  double d = duk_get_number(ctx, idx);
  if (!std::isfinite(d) || d < 0) return -1;
  return static_cast<int64_t>(d);
}

// open(path, flags, mode, cb)
duk_ret_t fs_open(duk_context* ctx) {
  FileArgs a = path_op(ctx, FileOp::open);
  a.flags = duk_require_int(ctx, 1);
  a.mode = duk_require_int(ctx, 2);
  return run(ctx, std::move(a), 3);
}

duk_ret_t fs_close(duk_context* ctx) { return run(ctx, fd_op(ctx, FileOp::close), 1); }

// read(fd, buffer, offset, length, position, cb) and write(...): offset/length within the buffer,
// checked by the JS side; position null or -1 for the file's current one.
duk_ret_t read_or_write(duk_context* ctx, FileOp op) {
  FileArgs a = fd_op(ctx, op);
  duk_size_t size = 0;
  auto* data = static_cast<char*>(duk_require_buffer_data(ctx, 1, &size));
  const double off = duk_require_number(ctx, 2);
  const double len = duk_require_number(ctx, 3);
  if (!(off >= 0 && len >= 0 && off + len <= static_cast<double>(size))) {
    return duk_range_error(ctx, "buffer range out of bounds");
  }
  a.buf = data + static_cast<std::size_t>(off);
  a.len = static_cast<std::size_t>(len);
  a.offset = to_offset(ctx, 4);
  return run(ctx, std::move(a), 5, 1);
}

duk_ret_t fs_read(duk_context* ctx) { return read_or_write(ctx, FileOp::read); }
duk_ret_t fs_write(duk_context* ctx) { return read_or_write(ctx, FileOp::write); }
duk_ret_t fs_stat(duk_context* ctx) { return run(ctx, path_op(ctx, FileOp::stat), 1); }
duk_ret_t fs_lstat(duk_context* ctx) { return run(ctx, path_op(ctx, FileOp::lstat), 1); }
duk_ret_t fs_fstat(duk_context* ctx) { return run(ctx, fd_op(ctx, FileOp::fstat), 1); }

duk_ret_t fs_mkdir(duk_context* ctx) {
  FileArgs a = path_op(ctx, FileOp::mkdir);
  a.mode = duk_require_int(ctx, 1);
  return run(ctx, std::move(a), 2);
}

// mkdtemp(template ending in XXXXXX, cb)
duk_ret_t fs_mkdtemp(duk_context* ctx) { return run(ctx, path_op(ctx, FileOp::mkdtemp), 1); }
duk_ret_t fs_rmdir(duk_context* ctx) { return run(ctx, path_op(ctx, FileOp::rmdir), 1); }
duk_ret_t fs_unlink(duk_context* ctx) { return run(ctx, path_op(ctx, FileOp::unlink), 1); }
duk_ret_t fs_scandir(duk_context* ctx) { return run(ctx, path_op(ctx, FileOp::scandir), 1); }
duk_ret_t fs_realpath(duk_context* ctx) { return run(ctx, path_op(ctx, FileOp::realpath), 1); }
duk_ret_t fs_readlink(duk_context* ctx) { return run(ctx, path_op(ctx, FileOp::readlink), 1); }
duk_ret_t fs_fsync(duk_context* ctx) { return run(ctx, fd_op(ctx, FileOp::fsync), 1); }
duk_ret_t fs_fdatasync(duk_context* ctx) { return run(ctx, fd_op(ctx, FileOp::fdatasync), 1); }

// Two paths and flags: rename(from, to, cb), link(from, to, cb), copyFile(from, to, flags, cb),
// symlink(target, path, flags, cb).
duk_ret_t two_paths(duk_context* ctx, FileOp op, bool with_flags) {
  FileArgs a = path_op(ctx, op);
  a.dest = duk_require_string(ctx, 1);
  if (with_flags) a.flags = duk_require_int(ctx, 2);
  return run(ctx, std::move(a), with_flags ? 3 : 2);
}

duk_ret_t fs_rename(duk_context* ctx) { return two_paths(ctx, FileOp::rename, false); }
duk_ret_t fs_link(duk_context* ctx) { return two_paths(ctx, FileOp::link, false); }
duk_ret_t fs_copyfile(duk_context* ctx) { return two_paths(ctx, FileOp::copyfile, true); }
duk_ret_t fs_symlink(duk_context* ctx) { return two_paths(ctx, FileOp::symlink, true); }

// ftruncate(fd, length, cb)
duk_ret_t fs_ftruncate(duk_context* ctx) {
  FileArgs a = fd_op(ctx, FileOp::ftruncate);
  a.offset = to_offset(ctx, 1);
  if (a.offset < 0) a.offset = 0;
  return run(ctx, std::move(a), 2);
}

// access(path, mode, cb)
duk_ret_t fs_access(duk_context* ctx) {
  FileArgs a = path_op(ctx, FileOp::access);
  a.flags = duk_require_int(ctx, 1);
  return run(ctx, std::move(a), 2);
}

duk_ret_t fs_chmod(duk_context* ctx) {
  FileArgs a = path_op(ctx, FileOp::chmod);
  a.mode = duk_require_int(ctx, 1);
  return run(ctx, std::move(a), 2);
}

duk_ret_t fs_fchmod(duk_context* ctx) {
  FileArgs a = fd_op(ctx, FileOp::fchmod);
  a.mode = duk_require_int(ctx, 1);
  return run(ctx, std::move(a), 2);
}

// utimes(path, atimeSeconds, mtimeSeconds, cb), futimes(fd, ...)
duk_ret_t times(duk_context* ctx, FileArgs a) {
  a.atime = duk_require_number(ctx, 1);
  a.mtime = duk_require_number(ctx, 2);
  return run(ctx, std::move(a), 3);
}

duk_ret_t fs_utimes(duk_context* ctx) { return times(ctx, path_op(ctx, FileOp::utime)); }
duk_ret_t fs_futimes(duk_context* ctx) { return times(ctx, fd_op(ctx, FileOp::futime)); }

// --- FSEvent: the handle behind fs.watch ---------------------------------------------------------
// new FSEvent(); start(path) -> 0 or a libuv code; close(). Each event calls this.onchange(code,
// renamed, filename) on the handle, code < 0 for an error (the watcher has then stopped).
class FsEventWrap final : public HandleWrap {
 public:
  static constexpr const char* kTypeName = "FSEvent";

  FsEventWrap(Runtime& rt, duk_idx_t idx) : HandleWrap(rt, idx) {
    watcher_ = core::FileWatcher::create(
        rt.loop(), [this](const core::Error& err, bool renamed, const std::string& name) { fire(err, renamed, name); },
        [this]() {
          watcher_ = nullptr;
          resource_closed_now();
        });
  }

  core::FileWatcher* watcher() { return watcher_; }
  core::Resource* resource() const override { return watcher_; }

 private:
  void fire(const core::Error& err, bool renamed, const std::string& name) {
    if (!push_method("onchange")) return;
    Runtime& rt = runtime();
    duk_context* ctx = rt.ctx();
    duk_push_int(ctx, err.code);
    duk_push_boolean(ctx, renamed);
    duk_push_lstring(ctx, name.data(), name.size());
    rt.call(3);
  }
  void close_resource() override {
    if (watcher_) watcher_->close();
  }

  core::FileWatcher* watcher_ = nullptr;
};

duk_ret_t fs_event_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_type_error(ctx, "FSEvent must be called with new");
  duk_push_this(ctx);
  new FsEventWrap(Runtime::from(ctx), -1);
  return 0;
}

duk_ret_t fs_event_start(duk_context* ctx) {
  auto* w = HandleWrap::unwrap_this<FsEventWrap>(ctx);
  std::string path = duk_require_string(ctx, 0);
  duk_push_int(ctx, w->watcher() ? w->watcher()->start(path) : UV_EINVAL);
  return 1;
}

duk_ret_t fs_event_close(duk_context* ctx) {
  auto* w = HandleWrap::unwrap_this<FsEventWrap>(ctx);
  if (w->watcher()) w->watcher()->close();
  return 0;
}

void push_fs_event_class(duk_context* ctx) {
  static const duk_function_list_entry kMethods[] = {
      {"start", fs_event_start, 1}, {"close", fs_event_close, 0}, {nullptr, nullptr, 0}};
  duk_push_c_function(ctx, fs_event_construct, 0);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kMethods);
  HandleWrap::put_ref_methods(ctx, -1);
  duk_put_prop_string(ctx, -2, "prototype");
}

// fs.constants: this platform's values (O_DIRECTORY and O_NOFOLLOW differ between x86 and ARM).
void push_constants(duk_context* ctx) {
  struct Constant {
    const char* name;
    double value;
  };
  static const Constant kConstants[] = {
      {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR}, {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
      {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN}, {"UV_DIRENT_FILE", UV_DIRENT_FILE}, {"UV_DIRENT_DIR", UV_DIRENT_DIR},
      {"UV_DIRENT_LINK", UV_DIRENT_LINK}, {"UV_DIRENT_FIFO", UV_DIRENT_FIFO}, {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
      {"UV_DIRENT_CHAR", UV_DIRENT_CHAR}, {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
      {"S_IFMT", S_IFMT}, {"S_IFREG", S_IFREG}, {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR}, {"S_IFBLK", S_IFBLK},
      {"S_IFIFO", S_IFIFO}, {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK},
      {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"UV_FS_O_FILEMAP", 0}, {"O_NOCTTY", O_NOCTTY},
      {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOATIME", O_NOATIME},
      {"O_NOFOLLOW", O_NOFOLLOW}, {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC}, {"O_DIRECT", O_DIRECT},
      {"O_NONBLOCK", O_NONBLOCK},
      {"S_IRWXU", S_IRWXU}, {"S_IRUSR", S_IRUSR}, {"S_IWUSR", S_IWUSR}, {"S_IXUSR", S_IXUSR},
      {"S_IRWXG", S_IRWXG}, {"S_IRGRP", S_IRGRP}, {"S_IWGRP", S_IWGRP}, {"S_IXGRP", S_IXGRP},
      {"S_IRWXO", S_IRWXO}, {"S_IROTH", S_IROTH}, {"S_IWOTH", S_IWOTH}, {"S_IXOTH", S_IXOTH},
      {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
      {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL}, {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
      {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE}, {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
      {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
      {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE}};
  duk_push_object(ctx);
  for (const Constant& c : kConstants) {
    duk_push_number(ctx, c.value);
    duk_put_prop_string(ctx, -2, c.name);
  }
}

}  // namespace

duk_ret_t open_fs_binding(duk_context* ctx) {
  static const duk_function_list_entry kFuncs[] = {
      {"open", fs_open, 4},         {"close", fs_close, 2},         {"read", fs_read, 6},
      {"write", fs_write, 6},       {"stat", fs_stat, 2},           {"lstat", fs_lstat, 2},
      {"fstat", fs_fstat, 2},       {"mkdir", fs_mkdir, 3},         {"mkdtemp", fs_mkdtemp, 2},
      {"rmdir", fs_rmdir, 2},       {"unlink", fs_unlink, 2},       {"scandir", fs_scandir, 2},
      {"realpath", fs_realpath, 2}, {"readlink", fs_readlink, 2},   {"fsync", fs_fsync, 2},
      {"fdatasync", fs_fdatasync, 2}, {"rename", fs_rename, 3},     {"link", fs_link, 3},
      {"copyFile", fs_copyfile, 4}, {"symlink", fs_symlink, 4},     {"ftruncate", fs_ftruncate, 3},
      {"access", fs_access, 3},     {"chmod", fs_chmod, 3},         {"fchmod", fs_fchmod, 3},
      {"utimes", fs_utimes, 4},     {"futimes", fs_futimes, 4},     {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  push_constants(ctx);
  duk_put_prop_string(ctx, -2, "constants");
  push_fs_event_class(ctx);
  duk_put_prop_string(ctx, -2, "FSEvent");
  return 1;
}

}  // namespace netjs::js
