// Native half of require(): the built-in modules, file access and compilation. Resolution,
// caching and cycles live in modules/internal/module.js.
#include "js/bindings/bindings.h"
#include "js/builtin_modules.h"
#include "js/embedded_modules.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace netjs::js {

namespace {

// hasBuiltin(name) -> boolean
duk_ret_t has_builtin_module(duk_context* ctx) {
  duk_push_boolean(ctx, has_builtin(duk_require_string(ctx, 0)));
  return 1;
}

// loadBuiltin(name) -> function (exports, require, module, __filename, __dirname) | undefined
duk_ret_t load_builtin(duk_context* ctx) {
  return push_builtin_function(ctx, duk_require_string(ctx, 0)) ? 1 : 0;
}

// builtinNames() -> [names] (public modules only, not internal/*)
duk_ret_t builtin_names(duk_context* ctx) {
  duk_push_array(ctx);
  duk_uarridx_t i = 0;
  for (const EmbeddedModule* m = kEmbeddedModules; m->name; ++m) {
    if (std::strncmp(m->name, "internal/", 9) == 0) continue;
    duk_push_string(ctx, m->name);
    duk_put_prop_index(ctx, -2, i++);
  }
  return 1;
}

duk_ret_t throw_errno(duk_context* ctx, const char* syscall, const char* path, int err) {
  duk_push_error_object(ctx, DUK_ERR_ERROR, "%s: %s, %s '%s'", err == ENOENT ? "ENOENT" : "EIO",
                        std::strerror(err), syscall, path);
  duk_push_string(ctx, err == ENOENT ? "ENOENT" : err == EACCES ? "EACCES" : err == EISDIR ? "EISDIR" : "EIO");
  duk_put_prop_string(ctx, -2, "code");
  duk_push_string(ctx, path);
  duk_put_prop_string(ctx, -2, "path");
  return duk_throw(ctx);
}

// readFile(path) -> string (raw bytes; module sources are UTF-8)
duk_ret_t read_file(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  std::ifstream in(path, std::ios::binary);
  if (!in) return throw_errno(ctx, "open", path, errno ? errno : ENOENT);
  std::ostringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  duk_push_lstring(ctx, s.data(), s.size());
  return 1;
}

// stat(path) -> 0 missing, 1 file, 2 directory
duk_ret_t stat_path(duk_context* ctx) {
  struct stat st;
  if (::stat(duk_require_string(ctx, 0), &st) != 0) duk_push_int(ctx, 0);
  else duk_push_int(ctx, S_ISDIR(st.st_mode) ? 2 : 1);
  return 1;
}

duk_ret_t real_path(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  char buf[PATH_MAX];
  if (!::realpath(path, buf)) return throw_errno(ctx, "realpath", path, errno);
  duk_push_string(ctx, buf);
  return 1;
}

duk_ret_t cwd(duk_context* ctx) {
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof(buf))) return throw_errno(ctx, "getcwd", ".", errno);
  duk_push_string(ctx, buf);
  return 1;
}

// compile(source, filename) -> function (exports, require, module, __filename, __dirname)
// The wrapper shares the first line with the source so line numbers in stacks stay true.
duk_ret_t compile(duk_context* ctx) {
  duk_size_t len;
  const char* src = duk_require_lstring(ctx, 0, &len);
  const char* filename = duk_require_string(ctx, 1);
  std::string prefix = module_wrapper_prefix();
  if (len >= 2 && src[0] == '#' && src[1] == '!') prefix += "//";  // a shebang line becomes a comment
  compile_wrapped(ctx, prefix.c_str(), src, len, filename);  // a SyntaxError propagates to require()'s caller
  return 1;
}

}  // namespace

duk_ret_t open_module_binding(duk_context* ctx) {
  static const duk_function_list_entry kFuncs[] = {
      {"hasBuiltin", has_builtin_module, 1}, {"loadBuiltin", load_builtin, 1}, {"builtinNames", builtin_names, 0}, {"readFile", read_file, 1},
      {"stat", stat_path, 1},               {"realpath", real_path, 1},       {"cwd", cwd, 0},
      {"compile", compile, 2},              {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  return 1;
}

}  // namespace netjs::js
