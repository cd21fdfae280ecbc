"""Child processes: every one the suite starts is registered here and stopped by its own PID.

Servers are started in a session of their own (a terminal's Ctrl-C does not reach them directly);
stop_all() ends whatever is still running -- run.py calls it from a `finally`, and SIGTERM/SIGHUP
are turned into SystemExit so that `finally` runs for them as well as for Ctrl-C and exceptions.
"""
import os
import signal
import subprocess
import time

_live = {}  # pid -> Popen, everything started and not yet reaped


class ChildFailed(RuntimeError):
    """A helper or server exited badly, or did not finish in time."""


def spawn(argv, *, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
          cpu=None, text=False):
    """Start argv (optionally pinned to one CPU with taskset) and register it. Returns the Popen."""
    if cpu is not None:
        argv = ["taskset", "-c", str(cpu), *argv]  # taskset execs argv: the PID stays the same
    try:
        proc = subprocess.Popen(argv, stdin=stdin, stdout=stdout, stderr=stderr,
                                start_new_session=True, text=text, close_fds=True)
    except OSError as e:
        raise ChildFailed(f"cannot run {argv[0]}: {e.strerror}") from None
    _live[proc.pid] = proc
    return proc


def stop(proc, grace=3.0):
    """SIGTERM, then SIGKILL after `grace` seconds; reaps the process. Safe to call twice."""
    if proc is None:
        return
    if proc.poll() is None:
        try:
            os.kill(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            try:
                os.kill(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream:
            try:
                stream.close()
            except OSError:
                pass
    _live.pop(proc.pid, None)


def stop_all():
    """Stops every registered child that is still running (each by its PID)."""
    for proc in list(_live.values()):
        try:
            stop(proc, grace=1.0)
        except Exception:  # keep going: the others must be stopped too
            pass


def run(argv, *, timeout, cpu=None, stdin_data=None):
    """Runs argv to completion within `timeout` seconds. Returns (returncode, stdout, stderr)."""
    proc = spawn(argv, stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, cpu=cpu, text=True)
    try:
        out, err = proc.communicate(stdin_data, timeout=timeout)
    except subprocess.TimeoutExpired:
        stop(proc, grace=0.5)
        raise ChildFailed(f"{' '.join(argv)}: no result within {timeout:.0f} s")
    finally:
        if proc.poll() is not None:
            _live.pop(proc.pid, None)
    return proc.returncode, out, err


def _exit_on_signal(signum, frame):
    raise SystemExit(128 + signum)


def install_signal_handlers():
    """SIGTERM and SIGHUP raise SystemExit (Ctrl-C already raises KeyboardInterrupt)."""
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)


# --- reading a running process's figures from /proc -------------------------------------------

_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User + system CPU seconds used so far by process pid (all its threads)."""
    with open(f"/proc/{pid}/stat") as f:
        stat = f.read()
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime


def rss_kib(pid):
    """Resident set size (VmRSS) of process pid in KiB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise ChildFailed(f"no VmRSS for pid {pid}")


def settled_rss_kib(pid, max_wait=2.0, interval=0.05):
    """VmRSS once two samples in a row agree within 1% (or after max_wait seconds)."""
    deadline = time.monotonic() + max_wait
    last = rss_kib(pid)
    while time.monotonic() < deadline:
        time.sleep(interval)
        now = rss_kib(pid)
        if abs(now - last) <= max(4, last // 100):
            return now
        last = now
    return last
