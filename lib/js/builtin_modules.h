// The built-in JS modules compiled into the binary: looked up by name and pushed as ready-to-call
// functions, from Duktape bytecode made at build time when it matches this engine, else by compiling
// the embedded source.
#pragma once

#include <duktape.h>

namespace netjs::js {

// How a module's source is wrapped into one function. Module files get Node's CommonJS wrapper;
// the bootstrap gets (binding, global). Prefix and source share the first line, so stack line
// numbers stay those of the file.
const char* builtin_wrapper_prefix(const char* name);
// Node's CommonJS wrapper, which script files get too.
const char* module_wrapper_prefix();
constexpr const char kBuiltinWrapperSuffix[] = "\n}";

// Identifies the engine build a bytecode dump is valid for (Duktape version, its configuration,
// architecture, pointer size, byte order). Bytecode made under another fingerprint is never loaded.
const char* bytecode_fingerprint();
// Whether bytecode made under the fingerprint `made_for` can be loaded by this engine.
bool bytecode_matches(const char* made_for);

bool has_builtin(const char* name);

// Pushes the module's wrapper function; false (nothing pushed) if there is no such module. A syntax
// error in the source fallback throws.
bool push_builtin_function(duk_context* ctx, const char* name);

// Compiles `prefix + source + suffix` as one function expression, named `filename` in stacks.
void compile_wrapped(duk_context* ctx, const char* prefix, const char* source, duk_size_t length,
                     const char* filename);

}  // namespace netjs::js
