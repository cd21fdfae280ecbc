// What require() needs from the file system: what a path names, a file's whole content, a path with
// its symbolic links resolved, and the working directory (read and changed). Synchronous, as Node's
// module loader is: a module is needed before the script can go on.
#pragma once

#include <string>

namespace netjs::core {

enum class PathKind { missing, file, directory };

// What `path` names, following symbolic links; anything that cannot be stat'ed is missing.
PathKind path_kind(const char* path);

// Each returns 0 or a negative libuv error code (UV_ENOENT, UV_EISDIR, ...).
int read_whole_file(const char* path, std::string& out);
int resolve_real_path(const char* path, std::string& out);
int working_directory(std::string& out);
int change_working_directory(const char* path);

}  // namespace netjs::core
