#include "core/file_watcher.h"

namespace netjs::core {

FileWatcher::FileWatcher(Loop& loop, Listener listener, CloseCallback on_close)
    : Resource(loop), listener_(std::move(listener)), on_close_(std::move(on_close)) {
  uv_fs_event_init(loop.raw(), &handle_);
  handle_.data = this;
}

FileWatcher* FileWatcher::create(Loop& loop, Listener listener, CloseCallback on_close) {
  return new FileWatcher(loop, std::move(listener), std::move(on_close));
}

int FileWatcher::start(const std::string& path) {
  if (closing_) return UV_EINVAL;
  path_ = path;
  return uv_fs_event_start(
      &handle_,
      [](uv_fs_event_t* h, const char* filename, int events, int status) {
        auto* self = static_cast<FileWatcher*>(h->data);
        if (self->closing_) return;
        Error err;
        if (status < 0) {
          err = make_error(status, "watch", self->path_);
          uv_fs_event_stop(h);
        }
        if (self->listener_) self->listener_(err, (events & UV_RENAME) != 0, filename ? filename : "");
      },
      path.c_str(), 0);
}

bool FileWatcher::keeps_loop_alive() const {
  const auto* h = reinterpret_cast<const uv_handle_t*>(&handle_);
  return !closing_ && uv_is_active(h) && uv_has_ref(h);
}

void FileWatcher::close() {
  if (closing_) return;
  closing_ = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&handle_), [](uv_handle_t* h) {
    auto* self = static_cast<FileWatcher*>(h->data);
    CloseCallback cb = std::move(self->on_close_);
    if (cb) cb();
    delete self;
  });
}

}  // namespace netjs::core
