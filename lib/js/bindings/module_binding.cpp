// Native half of require(): the built-in modules, file access and compilation. Resolution,
// caching and cycles live in modules/internal/module.js.
#include "core/module_files.h"
#include "js/bindings/bindings.h"
#include "js/builtin_modules.h"
#include "js/embedded_modules.h"

#include <uv.h>

#include <cstring>
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

// Each file operation returns its result, or a negative libuv code that module.js turns into
// Node's error (it knows the request and the syscall's wording).
duk_ret_t push_result(duk_context* ctx, int rc, const std::string& value) {
  if (rc < 0) duk_push_int(ctx, rc);
  else duk_push_lstring(ctx, value.data(), value.size());
  return 1;
}

// readFile(path) -> string (raw bytes; module sources are UTF-8) | errno
duk_ret_t read_file(duk_context* ctx) {
  std::string text;
  int rc = core::read_whole_file(duk_require_string(ctx, 0), text);
  return push_result(ctx, rc, text);
}

// stat(path) -> 0 missing, 1 file, 2 directory
duk_ret_t stat_path(duk_context* ctx) {
  core::PathKind kind = core::path_kind(duk_require_string(ctx, 0));
  duk_push_int(ctx, kind == core::PathKind::missing ? 0 : kind == core::PathKind::file ? 1 : 2);
  return 1;
}

// realpath(path) -> string | errno
duk_ret_t real_path(duk_context* ctx) {
  std::string resolved;
  int rc = core::resolve_real_path(duk_require_string(ctx, 0), resolved);
  return push_result(ctx, rc, resolved);
}

// cwd() -> string; throws Node's error ("ENOENT: no such file or directory, uv_cwd" once the
// directory was removed). process.cwd is this function itself: a JS wrapper would cost start-up time.
duk_ret_t cwd(duk_context* ctx) {
  std::string dir;
  int rc = core::working_directory(dir);
  if (rc < 0) {
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s: %s, uv_cwd", uv_err_name(rc), uv_strerror(rc));
    duk_push_int(ctx, rc);
    duk_put_prop_string(ctx, -2, "errno");
    duk_push_string(ctx, uv_err_name(rc));
    duk_put_prop_string(ctx, -2, "code");
    duk_push_string(ctx, "uv_cwd");
    duk_put_prop_string(ctx, -2, "syscall");
    return duk_throw(ctx);
  }
  duk_push_lstring(ctx, dir.data(), dir.size());
  return 1;
}

// chdir(path) -> 0 | errno
duk_ret_t chdir(duk_context* ctx) {
  duk_push_int(ctx, core::change_working_directory(duk_require_string(ctx, 0)));
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
      {"chdir", chdir, 1},                  {"compile", compile, 2},              {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  return 1;
}

}  // namespace netjs::js
