#include "js/error_report.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace netjs::js {

namespace {

// Duktape decorates stack frames with call flags ("strict", "preventsyield", ...) that mean nothing
// to a script author; keep "    at fn (file:line)" only.
std::string clean_stack(const std::string& stack) {
  std::string out;
  std::size_t pos = 0;
  while (pos < stack.size()) {
    std::size_t eol = stack.find('\n', pos);
    if (eol == std::string::npos) eol = stack.size();
    std::string line = stack.substr(pos, eol - pos);
    if (line.compare(0, 7, "    at ") == 0) {
      std::size_t close = line.rfind(')');
      if (close != std::string::npos) line.erase(close + 1);
    }
    out += line;
    if (eol < stack.size()) out += '\n';
    pos = eol + 1;
  }
  return out;
}

// The first frame of the stack in a script file (an absolute path or [eval]) rather than inside a
// built-in module: that is the line the author has to look at. Empty when there is none.
std::string first_script_frame(const std::string& stack) {
  std::size_t pos = 0;
  while ((pos = stack.find("    at ", pos)) != std::string::npos) {
    std::size_t open = stack.find('(', pos);
    std::size_t close = stack.find(')', pos);
    std::size_t eol = stack.find('\n', pos);
    pos += 7;
    if (open == std::string::npos || close == std::string::npos || (eol != std::string::npos && close > eol)) continue;
    std::string where = stack.substr(open + 1, close - open - 1);
    if (!where.empty() && (where[0] == '/' || where.compare(0, 6, "[eval]") == 0)) return where;
  }
  return {};
}

// In the global stash: the last non-Error value thrown, and where ("file:line").
constexpr const char kThrowSiteValue[] = "throwSiteValue";
constexpr const char kThrowSite[] = "throwSite";

// Where a non-Error value at `idx` was thrown, when it is the value the hook last saw; else empty.
std::string throw_site_of(duk_context* ctx, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  duk_push_global_stash(ctx);
  duk_get_prop_string(ctx, -1, kThrowSiteValue);
  bool same = duk_has_prop_string(ctx, -2, kThrowSiteValue) && duk_strict_equals(ctx, -1, idx);
  duk_pop(ctx);
  std::string site;
  if (same && duk_get_prop_string(ctx, -1, kThrowSite)) site = duk_safe_to_string(ctx, -1);
  duk_pop_2(ctx);
  return site;
}

}  // namespace

void write_stderr(const std::string& text) {
  const char* p = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(2, p, left);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

// Duktape.errThrow: runs as any value is thrown. A thrown Error carries its own stack; anything else
// (`throw 42`, `throw 'boom'`) carries nothing, so the site of the throw (the caller of this hook) is
// noted here, with the value, for the uncaught-error report. Returns the value unchanged.
duk_ret_t errthrow_hook(duk_context* ctx) {
  if (duk_is_error(ctx, 0)) return 1;
  duk_inspect_callstack_entry(ctx, -2);  // -1: this hook; -2: the code that threw
  if (duk_is_object(ctx, -1)) {
    duk_get_prop_string(ctx, -1, "lineNumber");
    duk_get_prop_string(ctx, -2, "function");
    duk_get_prop_string(ctx, -1, "fileName");  // [value entry line fn file]
    if (duk_is_string(ctx, -1) && duk_is_number(ctx, -3)) {
      const std::string site = std::string(duk_get_string(ctx, -1)) + ":" + std::to_string(duk_get_int(ctx, -3));
      duk_push_global_stash(ctx);
      duk_dup(ctx, 0);
      duk_put_prop_string(ctx, -2, kThrowSiteValue);
      duk_push_lstring(ctx, site.data(), site.size());
      duk_put_prop_string(ctx, -2, kThrowSite);
      duk_pop(ctx);
    }
    duk_pop_3(ctx);
  }
  duk_pop(ctx);
  return 1;
}

// Builds the uncaught-error report for the value at index 0 without risking a throw from a getter
// (runs under duk_safe_call): "file:line", a blank line, then the stack (or the message).
duk_ret_t describe_error(duk_context* ctx, void* inspect) {
  std::string out;
  if (duk_is_error(ctx, 0)) {
    duk_get_prop_string(ctx, 0, "name");
    bool syntax = duk_is_string(ctx, -1) && std::strcmp(duk_get_string(ctx, -1), "SyntaxError") == 0;
    duk_pop(ctx);
    std::string stack;
    duk_get_prop_string(ctx, 0, "stack");
    if (duk_is_string(ctx, -1)) stack = clean_stack(duk_get_string(ctx, -1));
    duk_pop(ctx);
    std::string where = syntax ? std::string() : first_script_frame(stack);
    if (where.empty()) {
      duk_get_prop_string(ctx, 0, "fileName");
      duk_get_prop_string(ctx, 0, "lineNumber");
      if (duk_is_string(ctx, -2) && duk_is_number(ctx, -1)) {
        where = std::string(duk_get_string(ctx, -2)) + ":" +
                std::to_string(static_cast<long>(duk_get_number(ctx, -1)));
      }
      duk_pop_2(ctx);
    }
    if (!where.empty()) out += where + "\n\n";
    if (!stack.empty() && !syntax) {
      out += stack;
    } else {
      duk_dup(ctx, 0);
      out += duk_safe_to_string(ctx, -1);
      duk_pop(ctx);
    }
  } else {
    // As Node: where it was thrown, then the value itself (a string as it is, an object inspected).
    std::string where = throw_site_of(ctx, 0);
    if (!where.empty()) out += where + "\n\n";
    bool inspected = false;
    if (inspect && duk_is_object(ctx, 0) && !duk_is_function(ctx, 0)) {
      duk_push_heapptr(ctx, inspect);
      duk_dup(ctx, 0);
      inspected = duk_pcall(ctx, 1) == DUK_EXEC_SUCCESS && duk_is_string(ctx, -1);
      if (!inspected) duk_pop(ctx);
    }
    if (!inspected) duk_dup(ctx, 0);
    out += duk_safe_to_string(ctx, -1);
    duk_pop(ctx);
  }
  out += '\n';
  duk_push_lstring(ctx, out.data(), out.size());
  return 1;
}

}  // namespace netjs::js
