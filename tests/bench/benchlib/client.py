"""The C load client (tests/bench/tcpload.c): one function per mode, each returning a dict.

The client prints one line of key=value pairs; numbers come back as int or float. Every run is
bounded in time; a failed run raises procs.ChildFailed with the client's own error message.
"""
import os
import select
import subprocess
import time

from . import procs
from .servers import HOST


def parse_result(line):
    result = {}
    for token in line.split():
        key, sep, value = token.partition("=")
        if not sep:
            continue
        try:
            result[key] = int(value)
        except ValueError:
            try:
                result[key] = float(value)
            except ValueError:
                result[key] = value
    return result


class Tcpload:
    def __init__(self, path):
        self.path = path

    def _run(self, mode, port, params, timeout, cpu=None):
        argv = [self.path, mode, HOST, str(port), *(f"{k}={v}" for k, v in params.items())]
        rc, out, err = procs.run(argv, timeout=timeout, cpu=cpu)
        lines = [l for l in out.splitlines() if l.startswith("mode=")]
        if rc != 0 or not lines:
            msg = err.strip().splitlines()[-1] if err.strip() else f"exit status {rc}"
            raise procs.ChildFailed(f"tcpload {mode}: {msg}")
        return parse_result(lines[-1])

    def tput(self, port, mbytes, chunk=65536):
        """One connection, pipelined echo of `mbytes` MB (10^6 bytes) in `chunk`-byte writes."""
        timeout = 60 + mbytes / 10  # even 10 MB/s finishes
        return self._run("tput", port, {"bytes": int(mbytes * 1_000_000), "chunk": chunk}, timeout)

    def rate(self, port, conc, secs, warm, size=16):
        """`conc` workers doing connect / write `size` B / read echo / close for `secs` seconds."""
        return self._run("rate", port, {"conc": conc, "secs": secs, "warm": warm, "size": size},
                         timeout=warm + secs + 40)

    def lat(self, port, n, warm, cpu=None):
        """1-byte ping-pong, `n` timed round trips after `warm` untimed ones."""
        return self._run("lat", port, {"n": n, "warm": warm}, timeout=60 + n / 1000, cpu=cpu)

    def hold(self, port, n):
        """Opens n idle connections; returns a Holder once all are set up (use it with `with`)."""
        return Holder(self.path, port, n)


class Holder:
    """A running `tcpload hold`: all connections are open while the `with` block runs."""

    def __init__(self, path, port, n):
        self.n = n
        self.proc = procs.spawn([path, "hold", HOST, str(port), f"n={n}", "secs=600"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        self.result = None
        self._wait_ready(timeout=60 + n / 100)

    def _readline(self, deadline):
        buf = b""
        fd = self.proc.stdout.fileno()
        while not buf.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 1)
                if not chunk:
                    return buf.decode() or None
                buf += chunk
        return buf.decode()

    def _wait_ready(self, timeout):
        line = self._readline(time.monotonic() + timeout)
        if not line or not line.startswith("ready"):
            err = ""
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace").strip()
            procs.stop(self.proc)
            raise procs.ChildFailed(f"tcpload hold n={self.n}: {err or 'connections not set up in time'}")

    def release(self, timeout=30):
        """Closes all connections (by closing the client's stdin); returns its result line."""
        if self.result is not None or self.proc is None:
            return self.result
        try:
            self.proc.stdin.close()
            line = self._readline(time.monotonic() + timeout)
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            line = None
        finally:
            procs.stop(self.proc)
        self.result = parse_result(line) if line else {}
        return self.result

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()
