#include "core/signal.h"

#include <csignal>
#include <cstring>

namespace netjs::core {

Signal::Signal(Loop& loop, int signum, Callback cb) : Resource(loop), signum_(signum), cb_(std::move(cb)) {
  uv_signal_init(loop.raw(), &handle_);
  handle_.data = this;
}

Signal* Signal::start(Loop& loop, int signum, Callback cb, int* err) {
  auto* s = new Signal(loop, signum, std::move(cb));
  *err = uv_signal_start(
      &s->handle_,
      [](uv_signal_t* h, int sig) {
        auto* self = static_cast<Signal*>(h->data);
        if (self->cb_) self->cb_(*self, sig);
      },
      signum);
  uv_unref(reinterpret_cast<uv_handle_t*>(&s->handle_));
  if (*err != 0) {
    s->close();
    return nullptr;
  }
  return s;
}

bool Signal::keeps_loop_alive() const {
  return !closing_ && has_ref() && uv_is_active(reinterpret_cast<const uv_handle_t*>(&handle_));
}

std::string Signal::describe() const {
  const char* name = signal_abbrev(signum_);
  return std::string("signal watcher SIG") + (name ? name : std::to_string(signum_));
}

void Signal::close() {
  if (closing_) return;
  closing_ = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&handle_), [](uv_handle_t* h) { delete static_cast<Signal*>(h->data); });
}

const char* signal_abbrev(int signum) {
  // By macro, as the numbers differ between architectures (MIPS). Where two names share a number,
  // the first is glibc's: SIGABRT (SIGIOT) and SIGPOLL (SIGIO) -- signal_number() knows the others.
  static const struct {
    int number;
    const char* name;
  } kSignals[] = {
    {SIGHUP, "HUP"},   {SIGINT, "INT"},     {SIGQUIT, "QUIT"},     {SIGILL, "ILL"},   {SIGTRAP, "TRAP"},
    {SIGABRT, "ABRT"}, {SIGBUS, "BUS"},     {SIGFPE, "FPE"},       {SIGKILL, "KILL"}, {SIGUSR1, "USR1"},
    {SIGSEGV, "SEGV"}, {SIGUSR2, "USR2"},   {SIGPIPE, "PIPE"},     {SIGALRM, "ALRM"}, {SIGTERM, "TERM"},
#ifdef SIGSTKFLT
    {SIGSTKFLT, "STKFLT"},
#endif
#ifdef SIGEMT
    {SIGEMT, "EMT"},
#endif
    {SIGCHLD, "CHLD"}, {SIGCONT, "CONT"},   {SIGSTOP, "STOP"},     {SIGTSTP, "TSTP"}, {SIGTTIN, "TTIN"},
    {SIGTTOU, "TTOU"}, {SIGURG, "URG"},     {SIGXCPU, "XCPU"},     {SIGXFSZ, "XFSZ"}, {SIGVTALRM, "VTALRM"},
    {SIGPROF, "PROF"}, {SIGWINCH, "WINCH"}, {SIGPOLL, "POLL"},
#ifdef SIGPWR
    {SIGPWR, "PWR"},
#endif
    {SIGSYS, "SYS"},
  };
  for (const auto& s : kSignals) {
    if (s.number == signum) return s.name;
  }
  return nullptr;
}

int signal_number(const std::string& name) {
  if (name.compare(0, 3, "SIG") != 0) return 0;
  // Second names of a number, which glibc's table (one name per number) leaves out.
  if (name == "SIGIOT") return SIGIOT;
  if (name == "SIGIO") return SIGIO;
  for (int sig = 1; sig < NSIG; ++sig) {
    const char* abbrev = signal_abbrev(sig);
    if (abbrev && name.compare(3, std::string::npos, abbrev) == 0) return sig;
  }
  return 0;
}

std::vector<std::pair<const char*, int>> signal_constants() {
  // Node's names, in Node's order; each number from signal_number(), so there is one table.
  static const char* const kNames[] = {
      "SIGHUP",  "SIGINT",  "SIGQUIT", "SIGILL",    "SIGTRAP", "SIGABRT", "SIGIOT",    "SIGBUS",  "SIGFPE",
      "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2",   "SIGPIPE", "SIGALRM", "SIGTERM",   "SIGCHLD", "SIGSTKFLT",
      "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN",   "SIGTTOU", "SIGURG",  "SIGXCPU",   "SIGXFSZ", "SIGVTALRM",
      "SIGPROF", "SIGWINCH", "SIGIO",  "SIGPOLL",   "SIGPWR",  "SIGSYS"};
  std::vector<std::pair<const char*, int>> out;
  for (const char* name : kNames) {
    if (int n = signal_number(name)) out.emplace_back(name, n);
  }
  return out;
}

std::string signal_name(int signum) {
  const char* abbrev = signum > 0 && signum < NSIG ? signal_abbrev(signum) : nullptr;
  return abbrev ? std::string("SIG") + abbrev : std::string();
}

}  // namespace netjs::core
