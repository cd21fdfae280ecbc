#include "core/process_info.h"

#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>

namespace netjs::core {

ProcessIds process_ids() {
  return {static_cast<unsigned>(::getuid()), static_cast<unsigned>(::getgid()),
          static_cast<unsigned>(::geteuid()), static_cast<unsigned>(::getegid())};
}

std::vector<unsigned> process_groups() {
  std::vector<unsigned> out;
  int n = ::getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? static_cast<std::size_t>(n) : 0);
  if (n > 0) n = ::getgroups(n, groups.data());
  for (int i = 0; i < n; ++i) out.push_back(static_cast<unsigned>(groups[static_cast<std::size_t>(i)]));
  // As Node: the effective group id is part of the list even where getgroups(2) leaves it out.
  unsigned egid = static_cast<unsigned>(::getegid());
  if (std::find(out.begin(), out.end(), egid) == out.end()) out.push_back(egid);
  return out;
}

unsigned set_umask(unsigned mask) { return static_cast<unsigned>(::umask(static_cast<mode_t>(mask & 0777))); }

unsigned current_umask() {
  mode_t old = ::umask(0);
  ::umask(old);
  return static_cast<unsigned>(old);
}

int cpu_usage(double& user_us, double& system_us) {
  uv_rusage_t ru;
  int rc = uv_getrusage(&ru);
  if (rc != 0) return rc;
  user_us = static_cast<double>(ru.ru_utime.tv_sec) * 1e6 + static_cast<double>(ru.ru_utime.tv_usec);
  system_us = static_cast<double>(ru.ru_stime.tv_sec) * 1e6 + static_cast<double>(ru.ru_stime.tv_usec);
  return 0;
}

}  // namespace netjs::core
