#include "js/builtin_modules.h"

#include <cstdint>
#include <string>
#include <cstring>

// The part of the built-in module machinery the build-time bytecode generator shares with netjs:
// how a module is wrapped and compiled, and which engine build its bytecode belongs to.
namespace netjs::js {

namespace {

constexpr const char kModulePrefix[] = "function (exports, require, module, __filename, __dirname) {";
constexpr const char kBootstrapPrefix[] = "function (binding, global) {";

// The host's byte order, as the bytecode's multi-byte fields are written in it.
const char* byte_order() {
  const std::uint16_t probe = 1;
  return *reinterpret_cast<const unsigned char*>(&probe) == 1 ? "le" : "be";
}

}  // namespace

const char* module_wrapper_prefix() { return kModulePrefix; }

const char* builtin_wrapper_prefix(const char* name) {
  return std::strcmp(name, "internal/bootstrap") == 0 ? kBootstrapPrefix : kModulePrefix;
}

const char* bytecode_fingerprint() {
  static const std::string fp = "duktape " + std::to_string(DUK_VERSION) + " " DUK_GIT_DESCRIBE " config " +
                                NETJS_DUK_CONFIG_HASH + " " DUK_USE_ARCH_STRING " " +
                                std::to_string(sizeof(void*) * 8) + "-bit " + byte_order();
  return fp.c_str();
}

void compile_wrapped(duk_context* ctx, const char* prefix, const char* source, duk_size_t length,
                     const char* filename) {
  std::string code(prefix);
  code.append(source, length);
  code += kBuiltinWrapperSuffix;
  duk_push_lstring(ctx, code.data(), code.size());
  duk_push_string(ctx, filename);
  duk_compile(ctx, DUK_COMPILE_FUNCTION);
}

}  // namespace netjs::js
