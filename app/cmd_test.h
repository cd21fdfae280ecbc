// `netjs test`: the JS test runner (lib/runner) on the command line.
#pragma once

#include "runner/test_runner.h"

#include <CLI/CLI.hpp>

namespace netjs::app {

CLI::App* setup_test(CLI::App& app, runner::RunnerOptions& opts);
int run_test(const runner::RunnerOptions& opts);

}  // namespace netjs::app
