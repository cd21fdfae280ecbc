#!/usr/bin/env python3
"""Connection churn against an echo server on 127.0.0.1: ROUNDS rounds of N short connections
(connect, 16 bytes, read the echo, close) from CONC threads. After each round it prints the server's
RSS (kB, from /proc/PID/status) once the server has closed every connection of the round; first,
"idle rss_kb K" before any connection.

    churn_client.py PORT SERVER_PID ROUNDS N CONC
Output: one line per round, "round R rss_kb K"; exit 1 if an echo was wrong or a connection failed."""
import socket
import sys
import threading
import time


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def established(port):
    """Connections the server still holds on PORT (server side: local port == PORT)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    local_port = int(fields[1].split(":")[1], 16)
                    state = fields[3]
                    # Anything but LISTEN (0A) and TIME_WAIT (06): the server has not closed it yet.
                    if local_port == port and state not in ("0A", "06"):
                        count += 1
        except FileNotFoundError:
            pass
    return count


def main():
    port, pid, rounds, n, conc = (int(a) for a in sys.argv[1:6])
    payload = b"0123456789abcdef"
    failures = []

    def worker(count):
        for _ in range(count):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                    s.sendall(payload)
                    got = b""
                    while len(got) < len(payload):
                        chunk = s.recv(64)
                        if not chunk:
                            break
                        got += chunk
                    if got != payload:
                        failures.append(f"echo {got!r}")
                        return
            except OSError as e:
                failures.append(str(e))
                return

    print(f"idle rss_kb {rss_kb(pid)}", flush=True)
    for r in range(1, rounds + 1):
        threads = [threading.Thread(target=worker, args=(n // conc,)) for _ in range(conc)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if failures:
            print(f"round {r}: {len(failures)} failure(s), first: {failures[0]}", file=sys.stderr)
            return 1
        # Readiness, not a delay: wait until the server has closed this round's connections.
        deadline = time.monotonic() + 60
        while established(port) > 0:
            if time.monotonic() > deadline:
                print(f"round {r}: server still holds {established(port)} connections", file=sys.stderr)
                return 1
            time.sleep(0.02)
        print(f"round {r} rss_kb {rss_kb(pid)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
