#include "core/host_info.h"

#include "core/address.h"

#include <dlfcn.h>
#include <netinet/in.h>
#include <uv.h>

#include <cerrno>
#include <cstdio>

namespace netjs::core {

namespace {

// Leading one bits of a netmask, -1 if a one follows a zero.
int prefix_length(const unsigned char* bytes, std::size_t len) {
  int ones = 0;
  bool zero_seen = false;
  for (std::size_t i = 0; i < len; ++i) {
    for (int bit = 7; bit >= 0; --bit) {
      if (bytes[i] & (1u << bit)) {
        if (zero_seen) return -1;
        ++ones;
      } else {
        zero_seen = true;
      }
    }
  }
  return ones;
}

std::string mac_text(const char* phys) {
  char buf[18];
  const auto* b = reinterpret_cast<const unsigned char*>(phys);
  std::snprintf(buf, sizeof buf, "%02x:%02x:%02x:%02x:%02x:%02x", b[0], b[1], b[2], b[3], b[4], b[5]);
  return buf;
}

}  // namespace

int host_name(std::string* out) {
  char buf[UV_MAXHOSTNAMESIZE];
  std::size_t size = sizeof buf;
  int rc = uv_os_gethostname(buf, &size);
  if (rc == 0) out->assign(buf, size);
  return rc;
}

int network_interfaces(std::vector<NetworkInterface>* out) {
  uv_interface_address_t* list = nullptr;
  int count = 0;
  int rc = uv_interface_addresses(&list, &count);
  if (rc != 0) return rc;
  out->clear();
  for (int i = 0; i < count; ++i) {
    const uv_interface_address_t& ifa = list[i];
    NetworkInterface ni;
    ni.name = ifa.name;
    Endpoint address = from_sockaddr(reinterpret_cast<const sockaddr*>(&ifa.address));
    Endpoint netmask = from_sockaddr(reinterpret_cast<const sockaddr*>(&ifa.netmask));
    ni.address = address.address;
    ni.netmask = netmask.address;
    ni.family = address.family;
    ni.mac = mac_text(ifa.phys_addr);
    ni.internal = ifa.is_internal != 0;
    if (ni.family == 4) {
      ni.prefix = prefix_length(reinterpret_cast<const unsigned char*>(&ifa.netmask.netmask4.sin_addr), 4);
    } else if (ni.family == 6) {
      ni.prefix = prefix_length(ifa.netmask.netmask6.sin6_addr.s6_addr, 16);
      ni.scope_id = ifa.address.address6.sin6_scope_id;
    } else {
      continue;
    }
    out->push_back(std::move(ni));
  }
  uv_free_interface_addresses(list, count);
  return 0;
}

int cpu_info(std::vector<CpuInfo>* out) {
  uv_cpu_info_t* cpus = nullptr;
  int count = 0;
  int rc = uv_cpu_info(&cpus, &count);
  if (rc != 0) return rc;
  out->clear();
  for (int i = 0; i < count; ++i) {
    CpuInfo c;
    c.model = cpus[i].model ? cpus[i].model : "unknown";
    c.speed_mhz = cpus[i].speed;
    c.user = cpus[i].cpu_times.user;
    c.nice = cpus[i].cpu_times.nice;
    c.sys = cpus[i].cpu_times.sys;
    c.idle = cpus[i].cpu_times.idle;
    c.irq = cpus[i].cpu_times.irq;
    out->push_back(std::move(c));
  }
  uv_free_cpu_info(cpus, count);
  return 0;
}

int uname_info(UnameInfo* out) {
  uv_utsname_t u;
  int rc = uv_os_uname(&u);
  if (rc != 0) return rc;
  out->sysname = u.sysname;
  out->release = u.release;
  out->version = u.version;
  out->machine = u.machine;
  return 0;
}

int uptime_seconds(double* out) { return uv_uptime(out); }

int home_directory(std::string* out) {
  char buf[4096];
  std::size_t size = sizeof buf;
  int rc = uv_os_homedir(buf, &size);
  if (rc == 0) out->assign(buf, size);
  return rc;
}

int user_info(UserInfo* out) {
  uv_passwd_t pwd;
  int rc = uv_os_get_passwd(&pwd);
  if (rc != 0) return rc;
  out->uid = pwd.uid;
  out->gid = pwd.gid;
  out->username = pwd.username ? pwd.username : "";
  out->homedir = pwd.homedir ? pwd.homedir : "";
  out->shell = pwd.shell ? pwd.shell : "";
  uv_os_free_passwd(&pwd);
  return 0;
}

int get_priority(int pid, int* out) { return uv_os_getpriority(static_cast<uv_pid_t>(pid), out); }

int set_priority(int pid, int priority) { return uv_os_setpriority(static_cast<uv_pid_t>(pid), priority); }

void load_average(double out[3]) { uv_loadavg(out); }

uint64_t total_memory() { return uv_get_total_memory(); }

uint64_t free_memory() { return uv_get_free_memory(); }

std::vector<std::pair<const char*, int>> errno_constants() {
#define NETJS_ERRNO(name) {#name, name}
  return {
      NETJS_ERRNO(E2BIG),        NETJS_ERRNO(EACCES),          NETJS_ERRNO(EADDRINUSE),   NETJS_ERRNO(EADDRNOTAVAIL),
      NETJS_ERRNO(EAFNOSUPPORT), NETJS_ERRNO(EAGAIN),          NETJS_ERRNO(EALREADY),     NETJS_ERRNO(EBADF),
      NETJS_ERRNO(EBADMSG),      NETJS_ERRNO(EBUSY),           NETJS_ERRNO(ECANCELED),    NETJS_ERRNO(ECHILD),
      NETJS_ERRNO(ECONNABORTED), NETJS_ERRNO(ECONNREFUSED),    NETJS_ERRNO(ECONNRESET),   NETJS_ERRNO(EDEADLK),
      NETJS_ERRNO(EDESTADDRREQ), NETJS_ERRNO(EDOM),            NETJS_ERRNO(EDQUOT),       NETJS_ERRNO(EEXIST),
      NETJS_ERRNO(EFAULT),       NETJS_ERRNO(EFBIG),           NETJS_ERRNO(EHOSTUNREACH), NETJS_ERRNO(EIDRM),
      NETJS_ERRNO(EILSEQ),       NETJS_ERRNO(EINPROGRESS),     NETJS_ERRNO(EINTR),        NETJS_ERRNO(EINVAL),
      NETJS_ERRNO(EIO),          NETJS_ERRNO(EISCONN),         NETJS_ERRNO(EISDIR),       NETJS_ERRNO(ELOOP),
      NETJS_ERRNO(EMFILE),       NETJS_ERRNO(EMLINK),          NETJS_ERRNO(EMSGSIZE),     NETJS_ERRNO(EMULTIHOP),
      NETJS_ERRNO(ENAMETOOLONG), NETJS_ERRNO(ENETDOWN),        NETJS_ERRNO(ENETRESET),    NETJS_ERRNO(ENETUNREACH),
      NETJS_ERRNO(ENFILE),       NETJS_ERRNO(ENOBUFS),         NETJS_ERRNO(ENODATA),      NETJS_ERRNO(ENODEV),
      NETJS_ERRNO(ENOENT),       NETJS_ERRNO(ENOEXEC),         NETJS_ERRNO(ENOLCK),       NETJS_ERRNO(ENOLINK),
      NETJS_ERRNO(ENOMEM),       NETJS_ERRNO(ENOMSG),          NETJS_ERRNO(ENOPROTOOPT),  NETJS_ERRNO(ENOSPC),
      NETJS_ERRNO(ENOSR),        NETJS_ERRNO(ENOSTR),          NETJS_ERRNO(ENOSYS),       NETJS_ERRNO(ENOTCONN),
      NETJS_ERRNO(ENOTDIR),      NETJS_ERRNO(ENOTEMPTY),       NETJS_ERRNO(ENOTSOCK),     NETJS_ERRNO(ENOTSUP),
      NETJS_ERRNO(ENOTTY),       NETJS_ERRNO(ENXIO),           NETJS_ERRNO(EOPNOTSUPP),   NETJS_ERRNO(EOVERFLOW),
      NETJS_ERRNO(EPERM),        NETJS_ERRNO(EPIPE),           NETJS_ERRNO(EPROTO),       NETJS_ERRNO(EPROTONOSUPPORT),
      NETJS_ERRNO(EPROTOTYPE),   NETJS_ERRNO(ERANGE),          NETJS_ERRNO(EROFS),        NETJS_ERRNO(ESPIPE),
      NETJS_ERRNO(ESRCH),        NETJS_ERRNO(ESTALE),          NETJS_ERRNO(ETIME),        NETJS_ERRNO(ETIMEDOUT),
      NETJS_ERRNO(ETXTBSY),      NETJS_ERRNO(EWOULDBLOCK),     NETJS_ERRNO(EXDEV),
  };
#undef NETJS_ERRNO
}

std::vector<std::pair<const char*, int>> priority_constants() {
  return {{"PRIORITY_LOW", UV_PRIORITY_LOW},         {"PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL},
          {"PRIORITY_NORMAL", UV_PRIORITY_NORMAL},   {"PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL},
          {"PRIORITY_HIGH", UV_PRIORITY_HIGH},       {"PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST}};
}

std::vector<std::pair<const char*, int>> dlopen_constants() {
  return {{"RTLD_LAZY", RTLD_LAZY},
          {"RTLD_NOW", RTLD_NOW},
          {"RTLD_GLOBAL", RTLD_GLOBAL},
          {"RTLD_LOCAL", RTLD_LOCAL},
          {"RTLD_DEEPBIND", RTLD_DEEPBIND}};
}

}  // namespace netjs::core
