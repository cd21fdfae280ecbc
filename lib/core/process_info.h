// Facts about the running process that scripts ask through `process`: its user and group ids, its
// file mode creation mask, and the CPU time it has used.
#pragma once

#include <vector>

namespace netjs::core {

struct ProcessIds {
  unsigned uid, gid, euid, egid;
};

ProcessIds process_ids();

// The supplementary group ids (with the effective group id, as getgroups(2) may leave it out).
std::vector<unsigned> process_groups();

// Sets the file mode creation mask and returns the previous one; current_umask() only reads it.
unsigned set_umask(unsigned mask);
unsigned current_umask();

// CPU time used, in microseconds; 0 or a negative libuv error code.
int cpu_usage(double& user_us, double& system_us);

}  // namespace netjs::core
