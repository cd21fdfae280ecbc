// What other bindings may take from the net binding's handles: the child_process binding connects a
// child's stdio to Pipe handles that net.Socket then reads and writes.
#pragma once

#include "core/pipe_socket.h"

#include <duktape.h>

namespace netjs::js {

// The PipeSocket behind the Pipe handle at `idx`; nullptr if it is no open Pipe handle.
core::PipeSocket* pipe_handle_at(duk_context* ctx, duk_idx_t idx);

}  // namespace netjs::js
