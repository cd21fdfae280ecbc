"""Echo servers under test: start one on 127.0.0.1 with an OS-chosen port, find that port, stop it.

Every server is given port 0, so the kernel picks a free port when it binds (no race with other
programs). The port is then read from the kernel: the server process's socket descriptors
(/proc/PID/fd) matched against the LISTEN sockets of /proc/net/tcp. That is also the readiness
check -- no probe connection is made and no fixed delay is used.
"""
import os
import subprocess
import time
from dataclasses import dataclass

from . import procs

HOST = "127.0.0.1"
_LISTEN = "0A"  # TCP state code in /proc/net/tcp


@dataclass(frozen=True)
class ServerSpec:
    key: str        # short name used in results, e.g. "netjs_data"
    label: str      # for people, e.g. "netjs echo_data.js"
    argv: tuple     # the command; "{port}" is replaced by the port to listen on (always 0)


class Server:
    def __init__(self, spec, proc, port, log_path):
        self.spec, self.proc, self.port, self.log_path = spec, proc, port, log_path

    @property
    def pid(self):
        return self.proc.pid

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        procs.stop(self.proc)

    def log_tail(self, lines=5):
        try:
            with open(self.log_path, errors="replace") as f:
                return " | ".join(f.read().strip().splitlines()[-lines:])
        except OSError:
            return ""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def _socket_inodes(pid):
    inodes = set()
    fd_dir = f"/proc/{pid}/fd"
    try:
        names = os.listdir(fd_dir)
    except OSError:
        return inodes
    for name in names:
        try:
            target = os.readlink(f"{fd_dir}/{name}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def listening_ports(pid):
    """TCP ports that process pid has a LISTEN socket on (IPv4 or IPv6)."""
    inodes = _socket_inodes(pid)
    ports = set()
    if not inodes:
        return ports
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[3] == _LISTEN and fields[9] in inodes:
                        ports.add(int(fields[1].rsplit(":", 1)[1], 16))
        except OSError:
            continue
    return ports


def start(spec, log_path, cpu=None, timeout=20.0):
    """Starts spec's server (pinned to `cpu` if given) and returns a Server once it listens."""
    argv = [a.replace("{port}", "0") for a in spec.argv]
    log = open(log_path, "wb")
    try:
        proc = procs.spawn(argv, stdout=subprocess.DEVNULL, stderr=log, cpu=cpu)
    finally:
        log.close()
    server = Server(spec, proc, None, log_path)
    deadline = time.monotonic() + timeout
    delay = 0.002
    while True:
        ports = listening_ports(proc.pid)
        if ports:
            server.port = min(ports)
            return server
        if proc.poll() is not None:
            tail = server.log_tail()
            server.stop()
            raise procs.ChildFailed(f"{spec.label} exited with status {proc.returncode} before "
                                    f"listening{': ' + tail if tail else ''}")
        if time.monotonic() > deadline:
            server.stop()
            raise procs.ChildFailed(f"{spec.label} not listening after {timeout:.0f} s")
        time.sleep(delay)  # polling interval of the readiness check, not a start-up allowance
        delay = min(delay * 2, 0.05)
