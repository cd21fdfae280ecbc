// Facts about the running process and machine that the CLI needs but must not ask libuv for itself.
#pragma once

#include <string>

namespace netjs::core {

// Absolute path of the running executable (/proc/self/exe); empty when it cannot be found.
std::string executable_path();

// How many processes can usefully run in parallel: the CPUs this process may use (affinity and
// cgroup limits included), at least 1.
unsigned available_parallelism();

}  // namespace netjs::core
