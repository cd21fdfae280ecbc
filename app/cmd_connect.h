// `netjs connect HOST PORT`: stdin to the socket, the socket to stdout, like nc.
#pragma once

#include "commands/connect_options.h"

#include <CLI/CLI.hpp>

namespace netjs::app {

using commands::ConnectOptions;

CLI::App* setup_connect(CLI::App& app, ConnectOptions& opts);
int run_connect(const ConnectOptions& opts);

}  // namespace netjs::app
