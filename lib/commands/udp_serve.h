// `netjs serve -u`: one UDP socket answering per datagram (echo, discard, sink), as `ncat -u -l` does.
// No connections: a peer is known by its address, and the summary counts datagrams and peers.
#pragma once

#include "commands/serve_connection.h"
#include "commands/serve_options.h"

namespace netjs::commands {

int run_udp_server(const ServeOptions& opts, ServeMode mode);

}  // namespace netjs::commands
