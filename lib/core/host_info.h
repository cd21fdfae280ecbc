// Facts about the machine and the user for the os module: names, interfaces, CPUs, memory, load,
// and the errno/signal/priority constants of this system. Plain data, read through libuv.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace netjs::core {

struct NetworkInterface {
  std::string name;     // "lo", "eth0"
  std::string address;  // numeric, no brackets
  std::string netmask;
  int family = 0;       // 4 or 6
  std::string mac;      // "00:00:00:00:00:00"
  bool internal = false;
  int prefix = -1;      // leading one bits of the netmask; -1 when they are not contiguous
  uint32_t scope_id = 0;
};

struct CpuInfo {
  std::string model;
  int speed_mhz = 0;
  // Milliseconds in each mode since boot.
  uint64_t user = 0, nice = 0, sys = 0, idle = 0, irq = 0;
};

struct UnameInfo {
  std::string sysname, release, version, machine;
};

struct UserInfo {
  long uid = -1, gid = -1;
  std::string username, homedir, shell;
};

// Each returns 0 or a libuv error code.
[[nodiscard]] int host_name(std::string* out);
[[nodiscard]] int network_interfaces(std::vector<NetworkInterface>* out);
[[nodiscard]] int cpu_info(std::vector<CpuInfo>* out);
[[nodiscard]] int uname_info(UnameInfo* out);
[[nodiscard]] int uptime_seconds(double* out);
[[nodiscard]] int home_directory(std::string* out);
[[nodiscard]] int user_info(UserInfo* out);
// Scheduling priority (nice value) of process `pid` (0: this one).
[[nodiscard]] int get_priority(int pid, int* out);
[[nodiscard]] int set_priority(int pid, int priority);

void load_average(double out[3]);
uint64_t total_memory();
uint64_t free_memory();

// This system's errno values by name (E2BIG -> 7, ...), positive, in the order Node lists them.
std::vector<std::pair<const char*, int>> errno_constants();
// The scheduling priorities Node names (PRIORITY_LOW -> 19, ...).
std::vector<std::pair<const char*, int>> priority_constants();
// dlopen()'s flags (RTLD_LAZY, ...).
std::vector<std::pair<const char*, int>> dlopen_constants();

}  // namespace netjs::core
