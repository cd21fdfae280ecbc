/* netjs overrides, spliced into Duktape's duk_config.h at configure time (see lib/CMakeLists.txt). */
/* Errors thrown from native code unwind as C++ exceptions, so RAII in bindings is safe. */
#define DUK_USE_CPP_EXCEPTIONS
/* Integer fast path: byte counts, ports and loop indices stay integers. */
#define DUK_USE_FASTINT
/* Deeper tracebacks for script authors (Node shows 10 too, but ours include internal frames). */
#undef DUK_USE_TRACEBACK_DEPTH
#define DUK_USE_TRACEBACK_DEPTH 16
/* Marking recurses up to this depth, then falls back to rescanning the whole heap, once per level
   past it: a long linked structure (a chain of 100k pending promises, each holding the next through
   its reaction) made every collection quadratic (30k: 4.7 s instead of 0.2 s). A level costs a few
   hundred bytes of C stack: 8192 levels stay far inside the main thread's stack. */
#undef DUK_USE_MARK_AND_SWEEP_RECLIMIT
#define DUK_USE_MARK_AND_SWEEP_RECLIMIT 8192
