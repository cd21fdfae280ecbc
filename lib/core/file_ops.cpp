#include "core/file_ops.h"

#include "log/log.h"

namespace netjs::core {

namespace {

int dispatch(uv_loop_t* loop, uv_fs_t* req, const FileArgs& a, uv_fs_cb cb) {
  const char* path = a.path.c_str();
  const char* dest = a.dest.c_str();
  uv_buf_t buf = uv_buf_init(a.buf, static_cast<unsigned int>(a.len));
  switch (a.op) {
    case FileOp::open: return uv_fs_open(loop, req, path, a.flags, a.mode, cb);
    case FileOp::close: return uv_fs_close(loop, req, a.fd, cb);
    case FileOp::read: return uv_fs_read(loop, req, a.fd, &buf, 1, a.offset, cb);
    case FileOp::write: return uv_fs_write(loop, req, a.fd, &buf, 1, a.offset, cb);
    case FileOp::stat: return uv_fs_stat(loop, req, path, cb);
    case FileOp::lstat: return uv_fs_lstat(loop, req, path, cb);
    case FileOp::fstat: return uv_fs_fstat(loop, req, a.fd, cb);
    case FileOp::mkdir: return uv_fs_mkdir(loop, req, path, a.mode, cb);
    case FileOp::mkdtemp: return uv_fs_mkdtemp(loop, req, path, cb);
    case FileOp::rmdir: return uv_fs_rmdir(loop, req, path, cb);
    case FileOp::unlink: return uv_fs_unlink(loop, req, path, cb);
    case FileOp::rename: return uv_fs_rename(loop, req, path, dest, cb);
    case FileOp::scandir: return uv_fs_scandir(loop, req, path, 0, cb);
    case FileOp::ftruncate: return uv_fs_ftruncate(loop, req, a.fd, a.offset, cb);
    case FileOp::fsync: return uv_fs_fsync(loop, req, a.fd, cb);
    case FileOp::fdatasync: return uv_fs_fdatasync(loop, req, a.fd, cb);
    case FileOp::access: return uv_fs_access(loop, req, path, a.flags, cb);
    case FileOp::copyfile: return uv_fs_copyfile(loop, req, path, dest, a.flags, cb);
    case FileOp::realpath: return uv_fs_realpath(loop, req, path, cb);
    case FileOp::readlink: return uv_fs_readlink(loop, req, path, cb);
    case FileOp::symlink: return uv_fs_symlink(loop, req, path, dest, a.flags, cb);
    case FileOp::link: return uv_fs_link(loop, req, path, dest, cb);
    case FileOp::chmod: return uv_fs_chmod(loop, req, path, a.mode, cb);
    case FileOp::fchmod: return uv_fs_fchmod(loop, req, a.fd, a.mode, cb);
    case FileOp::utime: return uv_fs_utime(loop, req, path, a.atime, a.mtime, cb);
    case FileOp::futime: return uv_fs_futime(loop, req, a.fd, a.atime, a.mtime, cb);
  }
  return UV_EINVAL;
}

double ms(const uv_timespec_t& t) {
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Reads what a finished request produced into `out`; the caller then cleans the request up.
void collect(uv_fs_t* req, const FileArgs& a, FileResult& out) {
  auto result = static_cast<int64_t>(req->result);
  if (result < 0) {
    out.err = make_error(static_cast<int>(result), file_op_syscall(a.op), a.path);
    return;
  }
  out.value = result;
  switch (a.op) {
    case FileOp::stat:
    case FileOp::lstat:
    case FileOp::fstat: {
      const uv_stat_t& s = req->statbuf;
      FileStat& f = out.stat;
      f.dev = static_cast<double>(s.st_dev);
      f.mode = static_cast<double>(s.st_mode);
      f.nlink = static_cast<double>(s.st_nlink);
      f.uid = static_cast<double>(s.st_uid);
      f.gid = static_cast<double>(s.st_gid);
      f.rdev = static_cast<double>(s.st_rdev);
      f.blksize = static_cast<double>(s.st_blksize);
      f.ino = static_cast<double>(s.st_ino);
      f.size = static_cast<double>(s.st_size);
      f.blocks = static_cast<double>(s.st_blocks);
      f.atime_ms = ms(s.st_atim);
      f.mtime_ms = ms(s.st_mtim);
      f.ctime_ms = ms(s.st_ctim);
      f.birthtime_ms = ms(s.st_birthtim);
      break;
    }
    case FileOp::mkdtemp:
      out.text = req->path;
      break;
    case FileOp::realpath:
    case FileOp::readlink:
      out.text = static_cast<const char*>(req->ptr);
      break;
    case FileOp::scandir: {
      uv_dirent_t ent;
      while (uv_fs_scandir_next(req, &ent) == 0) out.entries.push_back(DirEntry{ent.name, ent.type});
      break;
    }
    default:
      break;
  }
}

}  // namespace

const char* file_op_syscall(FileOp op) {
  switch (op) {
    case FileOp::open: return "open";
    case FileOp::close: return "close";
    case FileOp::read: return "read";
    case FileOp::write: return "write";
    case FileOp::stat: return "stat";
    case FileOp::lstat: return "lstat";
    case FileOp::fstat: return "fstat";
    case FileOp::mkdir: return "mkdir";
    case FileOp::mkdtemp: return "mkdtemp";
    case FileOp::rmdir: return "rmdir";
    case FileOp::unlink: return "unlink";
    case FileOp::rename: return "rename";
    case FileOp::scandir: return "scandir";
    case FileOp::ftruncate: return "ftruncate";
    case FileOp::fsync: return "fsync";
    case FileOp::fdatasync: return "fdatasync";
    case FileOp::access: return "access";
    case FileOp::copyfile: return "copyfile";
    case FileOp::realpath: return "realpath";
    case FileOp::readlink: return "readlink";
    case FileOp::symlink: return "symlink";
    case FileOp::link: return "link";
    case FileOp::chmod: return "chmod";
    case FileOp::fchmod: return "fchmod";
    case FileOp::utime: return "utime";
    case FileOp::futime: return "futime";
  }
  return "fs";
}

FileResult run_file_op(Loop& loop, const FileArgs& args) {
  FileResult out;
  uv_fs_t req{};
  int rc = dispatch(loop.raw(), &req, args, nullptr);
  req.result = rc;  // without a callback libuv returns the result (or refuses before setting it)
  collect(&req, args, out);
  uv_fs_req_cleanup(&req);
  return out;
}

FileRequest::FileRequest(Loop& loop, FileArgs args, FileCallback cb)
    : Resource(loop), args_(std::move(args)), cb_(std::move(cb)) {
  req_.data = this;
}

FileRequest* FileRequest::start(Loop& loop, FileArgs args, FileCallback cb, int* err) {
  auto* self = new FileRequest(loop, std::move(args), std::move(cb));
  *err = dispatch(loop.raw(), &self->req_, self->args_, [](uv_fs_t* req) {
    auto* r = static_cast<FileRequest*>(req->data);
    FileResult out;
    collect(req, r->args_, out);
    uv_fs_req_cleanup(req);
    if (out.err) log::get()->debug("fs {} {}: {}", out.err.syscall, r->args_.path, out.err.name());
    FileCallback cb = std::move(r->cb_);
    delete r;
    if (cb) cb(out);
  });
  if (*err < 0) {
    uv_fs_req_cleanup(&self->req_);
    delete self;
    return nullptr;
  }
  return self;
}

void FileRequest::close() {
  if (cancelled_) return;
  cancelled_ = true;
  uv_cancel(reinterpret_cast<uv_req_t*>(&req_));
}

std::string FileRequest::describe() const {
  std::string d = std::string("fs ") + file_op_syscall(args_.op);
  if (!args_.path.empty()) d += " " + args_.path;
  return d;
}

}  // namespace netjs::core
