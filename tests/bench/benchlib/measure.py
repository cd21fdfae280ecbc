"""One network measurement: start a fresh server, drive it with tcpload, stop the server.

Each function returns one sample: the client's key=value result plus what was read about the
server from /proc while the client ran (server_cpu_pct: the server's user+system CPU over the
client's run, 100 = one core; RSS for the memory measurement).
"""
import os
import time

from . import procs, servers


class NetworkBench:
    def __init__(self, tcpload, log_dir):
        self.tcpload = tcpload      # client.Tcpload
        self.log_dir = log_dir

    def _start(self, spec, cpu=None):
        return servers.start(spec, os.path.join(self.log_dir, spec.key + ".log"), cpu=cpu)

    def _drive(self, spec, run_client, cpu=None):
        """Runs run_client(port) against a fresh server; adds the server's CPU% to its result."""
        with self._start(spec, cpu=cpu) as server:
            cpu0, t0 = procs.cpu_seconds(server.pid), time.monotonic()
            try:
                sample = run_client(server.port)
            except procs.ChildFailed as e:
                raise procs.ChildFailed(f"{e}{self._server_state(server)}") from None
            wall = time.monotonic() - t0
            if not server.alive():
                raise procs.ChildFailed(f"{spec.label} died during the run{self._server_state(server)}")
            sample["server_cpu_pct"] = 100.0 * (procs.cpu_seconds(server.pid) - cpu0) / wall
            return sample

    @staticmethod
    def _server_state(server):
        if server.alive():
            return ""
        tail = server.log_tail()
        return f" (server exit status {server.proc.returncode}{': ' + tail if tail else ''})"

    def rate(self, spec, conc, secs, warm):
        return self._drive(spec, lambda port: self.tcpload.rate(port, conc, secs, warm))

    def tput(self, spec, mbytes):
        return self._drive(spec, lambda port: self.tcpload.tput(port, mbytes))

    def lat(self, spec, n, warm, cpu=0):
        """Server and client both pinned to CPU `cpu`."""
        return self._drive(spec, lambda port: self.tcpload.lat(port, n, warm, cpu=cpu), cpu=cpu)

    def memory(self, spec, n):
        """Server RSS growth per idle connection with n connections open (bytes)."""
        with self._start(spec) as server:
            before = procs.settled_rss_kib(server.pid)
            try:
                with self.tcpload.hold(server.port, n) as holder:
                    if not server.alive():
                        raise procs.ChildFailed(f"{spec.label} died{self._server_state(server)}")
                    after = procs.settled_rss_kib(server.pid)
                    client = holder.release()
            except procs.ChildFailed as e:
                raise procs.ChildFailed(f"{e}{self._server_state(server)}") from None
            return {
                "conns": n,
                "rss_before_kib": before,
                "rss_after_kib": after,
                "bytes_per_conn": (after - before) * 1024.0 / n,
                "cpu_pct": client.get("cpu_pct"),
            }
