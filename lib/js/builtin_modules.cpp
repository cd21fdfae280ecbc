#include "js/builtin_modules.h"

#include "js/embedded_modules.h"
#include "js/lz_block.h"
#include "log/log.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace netjs::js {

namespace {

// Index of the module in the tables, or -1.
long find_index(const char* name) {
  for (long i = 0; kEmbeddedModules[i].name; ++i) {
    if (std::strcmp(kEmbeddedModules[i].name, name) == 0) return i;
  }
  return -1;
}

// False in a build without the module sources (NETJS_EMBED_SOURCES=OFF: a null source).
bool sources_embedded() {
  for (long i = 0; kEmbeddedModules[i].name; ++i) {
    if (!kEmbeddedModules[i].source) return false;
  }
  return true;
}

// Whether to load the embedded bytecode; decided once. NETJS_NO_BYTECODE=1 compiles every module
// from source instead (to rule the bytecode out when something looks wrong; the test suite runs
// the JS tests both ways).
bool bytecode_usable() {
  static const bool usable = [] {
    if (kEmbeddedBytecodeCount == 0) {
      log::get()->debug("built-in modules: compiled from source (this build embeds no bytecode)");
      return false;
    }
    // A build without the sources (NETJS_EMBED_SOURCES=OFF) has only its bytecode, made by the
    // same build for this engine: nothing to fall back on, and nothing to check.
    if (!sources_embedded()) {
      log::get()->debug("built-in modules: bytecode only (this build embeds no sources)");
      return true;
    }
    const char* off = std::getenv("NETJS_NO_BYTECODE");
    if (off && *off && std::strcmp(off, "0") != 0) {
      log::get()->debug("built-in modules: compiled from source (NETJS_NO_BYTECODE)");
      return false;
    }
    if (bytecode_matches(kEmbeddedBytecodeFingerprint)) {
      log::get()->debug("built-in modules: bytecode for '{}'", kEmbeddedBytecodeFingerprint);
      return true;
    }
    log::get()->debug("embedded bytecode made for '{}', engine is '{}': compiling modules from source",
                      kEmbeddedBytecodeFingerprint, bytecode_fingerprint());
    return false;
  }();
  return usable;
}

}  // namespace

bool bytecode_matches(const char* made_for) { return std::strcmp(made_for, bytecode_fingerprint()) == 0; }

bool has_builtin(const char* name) { return find_index(name) >= 0; }

bool push_builtin_function(duk_context* ctx, const char* name) {
  long i = find_index(name);
  if (i < 0) return false;
  if (bytecode_usable() && static_cast<std::size_t>(i) < kEmbeddedBytecodeCount && kEmbeddedBytecode[i].data) {
    // Loaded in place, or unpacked into a buffer of ours: Duktape copies what it keeps, so the static
    // bytes are never written and the buffer can go once loaded.
    const EmbeddedBytecode& bc = kEmbeddedBytecode[i];
    std::unique_ptr<unsigned char[]> unpacked;
    if (bc.unpacked_length == 0) {
      log::get()->trace("load built-in module {} ({} bytes of bytecode)", name, bc.length);
    } else {
      log::get()->trace("load built-in module {} ({} bytes of bytecode, unpacked from {})", name,
                        bc.unpacked_length, bc.length);
      unpacked.reset(new unsigned char[bc.unpacked_length]);
      if (!lz_unpack(bc.data, bc.length, unpacked.get(), bc.unpacked_length)) {
        (void)duk_error(ctx, DUK_ERR_ERROR, "built-in module %s: its packed bytecode is damaged", name);
      }
    }
    duk_push_external_buffer(ctx);
    duk_config_buffer(ctx, -1, unpacked ? unpacked.get() : const_cast<unsigned char*>(bc.data),
                      unpacked ? bc.unpacked_length : bc.length);
    duk_load_function(ctx);
    return true;
  }
  const EmbeddedModule& m = kEmbeddedModules[i];
  if (!m.source) (void)duk_error(ctx, DUK_ERR_ERROR, "built-in module %s: no bytecode and no source", name);
  log::get()->trace("compile built-in module {} ({} bytes of source)", name, m.length);
  std::string filename = std::string(name) + ".js";
  compile_wrapped(ctx, builtin_wrapper_prefix(name), m.source, m.length, filename.c_str());
  return true;
}

}  // namespace netjs::js
