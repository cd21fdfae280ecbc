// The embedded modules: every one has bytecode made for this very engine, and every one still
// compiles from its source, which is what netjs falls back to when the bytecode does not match.
#include "js/builtin_modules.h"
#include "js/embedded_modules.h"

#include <doctest/doctest.h>
#include <duktape.h>

#include <string>

namespace js = netjs::js;

namespace {

struct Heap {
  duk_context* ctx = duk_create_heap_default();
  ~Heap() { duk_destroy_heap(ctx); }
};

duk_ret_t compile_source(duk_context* ctx, void* udata) {
  const auto* m = static_cast<const js::EmbeddedModule*>(udata);
  js::compile_wrapped(ctx, js::builtin_wrapper_prefix(m->name), m->source, m->length,
                      (std::string(m->name) + ".js").c_str());
  return 1;
}

duk_ret_t load_builtin(duk_context* ctx, void* udata) {
  if (!js::push_builtin_function(ctx, static_cast<const char*>(udata))) duk_push_undefined(ctx);
  return 1;
}

}  // namespace

TEST_CASE("every embedded module compiles from source into one function") {
  Heap heap;
  int count = 0;
  for (const auto* m = js::kEmbeddedModules; m->name; ++m, ++count) {
    CAPTURE(m->name);
    if (!m->source) continue;  // a build without the sources (NETJS_EMBED_SOURCES=OFF)
    REQUIRE(duk_safe_call(heap.ctx, compile_source, const_cast<js::EmbeddedModule*>(m), 0, 1) == DUK_EXEC_SUCCESS);
    CHECK(duk_is_ecmascript_function(heap.ctx, -1));
    duk_pop(heap.ctx);
  }
  CHECK(count > 20);
}

TEST_CASE("the embedded bytecode belongs to this engine and loads as functions") {
  if (js::kEmbeddedBytecodeCount == 0) {
    MESSAGE("this build embeds no bytecode (NETJS_BYTECODE=OFF)");
    return;
  }
  CHECK(js::bytecode_matches(js::kEmbeddedBytecodeFingerprint));
  Heap heap;
  std::size_t count = 0;
  for (const auto* m = js::kEmbeddedModules; m->name; ++m, ++count) {
    CAPTURE(m->name);
    REQUIRE(count < js::kEmbeddedBytecodeCount);
    CHECK(js::kEmbeddedBytecode[count].data != nullptr);
    REQUIRE(duk_safe_call(heap.ctx, load_builtin, const_cast<char*>(m->name), 0, 1) == DUK_EXEC_SUCCESS);
    CHECK(duk_is_ecmascript_function(heap.ctx, -1));
    duk_pop(heap.ctx);
  }
  CHECK(count == js::kEmbeddedBytecodeCount);
}

TEST_CASE("bytecode made for another engine build is refused") {
  std::string fp = js::bytecode_fingerprint();
  CHECK(js::bytecode_matches(fp.c_str()));
  CHECK_FALSE(js::bytecode_matches(""));
  CHECK_FALSE(js::bytecode_matches((fp + "x").c_str()));
  std::string other = fp;
  other.replace(other.find("-bit"), 4, "-bat");
  CHECK_FALSE(js::bytecode_matches(other.c_str()));
  CHECK(fp.find("duktape") == 0);
}

TEST_CASE("an unknown module name is not a builtin") {
  Heap heap;
  CHECK_FALSE(js::has_builtin("no/such/module"));
  CHECK(js::has_builtin("net"));
  REQUIRE(duk_safe_call(heap.ctx, load_builtin, const_cast<char*>("no/such/module"), 0, 1) == DUK_EXEC_SUCCESS);
  CHECK(duk_is_undefined(heap.ctx, -1));
  duk_pop(heap.ctx);
}
