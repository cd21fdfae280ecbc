// Change notifications for a file or directory (libuv's uv_fs_event_t: inotify on Linux), for fs.watch.
#pragma once

#include "core/error.h"
#include "core/loop.h"

#include <functional>
#include <string>

namespace netjs::core {

class FileWatcher final : public Resource {
 public:
  // `renamed`: the entry appeared, disappeared or was renamed; otherwise its contents changed.
  // `filename`: the entry in a watched directory (the file's own name when a file is watched); may
  // be empty. An error (err.code < 0, syscall "watch") stops the watcher.
  using Listener = std::function<void(const Error& err, bool renamed, const std::string& filename)>;
  using CloseCallback = std::function<void()>;

  // Owns itself until closed; `on_close` runs just before it is deleted.
  static FileWatcher* create(Loop& loop, Listener listener, CloseCallback on_close = {});

  // Starts watching `path`; a libuv error code (UV_ENOENT, ...) when it cannot.
  [[nodiscard]] int start(const std::string& path);

  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override { return "fs watch " + path_; }

 private:
  FileWatcher(Loop& loop, Listener listener, CloseCallback on_close);
  ~FileWatcher() override = default;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(&handle_); }

  uv_fs_event_t handle_{};
  Listener listener_;
  CloseCallback on_close_;
  std::string path_;
  bool closing_ = false;
};

}  // namespace netjs::core
