// How an uncaught error is reported, as Node prints it: "file:line" of the script frame to look at,
// a blank line, then the stack (or the message; a thrown non-Error value inspected, with the place
// it was thrown, noted by the Duktape.errThrow hook since such a value carries no stack).
#pragma once

#include <duktape.h>

#include <string>

namespace netjs::js {

// Writes all of `text` to stderr (fd 2) directly, past EINTR/EAGAIN; gives up on other errors.
void write_stderr(const std::string& text);

// Duktape.errThrow: notes the throw site of a non-Error value; returns the value unchanged.
duk_ret_t errthrow_hook(duk_context* ctx);

// Under duk_safe_call, for the value at index 0: pushes the report text (ending in a newline).
// `inspect`: the heap pointer of util.inspect, for a thrown object; nullptr before it is set up.
duk_ret_t describe_error(duk_context* ctx, void* inspect);

}  // namespace netjs::js
