/* netjs overrides, spliced into Duktape's duk_config.h at configure time (see lib/CMakeLists.txt). */
/* Errors thrown from native code unwind as C++ exceptions, so RAII in bindings is safe. */
#define DUK_USE_CPP_EXCEPTIONS
/* Integer fast path: byte counts, ports and loop indices stay integers. */
#define DUK_USE_FASTINT
/* Deeper tracebacks for script authors (Node shows 10 too, but ours include internal frames). */
#undef DUK_USE_TRACEBACK_DEPTH
#define DUK_USE_TRACEBACK_DEPTH 16
