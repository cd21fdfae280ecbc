#include "core/module_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <climits>
#include <cstdlib>

namespace netjs::core {

PathKind path_kind(const char* path) {
  struct stat st;
  if (::stat(path, &st) != 0) return PathKind::missing;
  return S_ISDIR(st.st_mode) ? PathKind::directory : PathKind::file;
}

int read_whole_file(const char* path, std::string& out) {
  int fd;
  do fd = ::open(path, O_RDONLY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) return uv_translate_sys_error(errno);
  out.clear();
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
      static_cast<unsigned long long>(st.st_size) < out.max_size()) {
    out.reserve(static_cast<std::size_t>(st.st_size));
  }
  char buf[16384];
  int rc = 0;
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof(buf));
    if (n > 0) {
      out.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      rc = uv_translate_sys_error(errno);  // EISDIR for a directory
      break;
    }
  }
  ::close(fd);
  return rc;
}

int resolve_real_path(const char* path, std::string& out) {
  char* resolved = ::realpath(path, nullptr);
  if (!resolved) return uv_translate_sys_error(errno);
  out = resolved;
  std::free(resolved);
  return 0;
}

int working_directory(std::string& out) {
  char buf[PATH_MAX];
  std::size_t size = sizeof(buf);
  int rc = uv_cwd(buf, &size);
  if (rc == 0) out.assign(buf, size);
  return rc;
}

int change_working_directory(const char* path) { return uv_chdir(path); }

}  // namespace netjs::core
